use super::*;

const SMALL: &str = include_str!("../../../../rubrics/city-partnership-small.toml");
const PLATFORMA: &str = include_str!("../../../../rubrics/platforma.toml");

fn small() -> Rubric {
    parse_rubric("small.toml", SMALL, None).expect("valid")
}

#[test]
fn a_shipped_rubric_typed_back_unchanged_is_the_same_rubric_with_its_translations() {
    for source in [SMALL, PLATFORMA] {
        let rubric = parse_rubric("shipped.toml", source, None).expect("valid");
        let again = RubricTyped::of(&rubric)
            .check(Some(&rubric))
            .expect("valid");
        assert_eq!(again, rubric);
    }
}

#[test]
fn every_problem_is_named_on_its_field_at_once() {
    let mut typed = RubricTyped::of(&small());
    typed.key = "Bad Key".to_owned();
    typed.name = "  ".to_owned();
    typed.overall_threshold = "9".to_owned();
    typed.criteria[0].weight = "lots".to_owned();
    typed.criteria[1].threshold = "2.25".to_owned();
    typed.criteria[2].tie_break_priority = "1".to_owned();
    typed.criteria[2]
        .descriptors
        .insert("3".to_owned(), " ".to_owned());
    let problems = typed.check(None).expect_err("refused");
    assert_eq!(
        problems.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "criteria[0].weight",
            "criteria[1].threshold",
            "criteria[2].descriptors[3]",
            "criteria[2].tie_break_priority",
            "key",
            "name",
            "overall_threshold",
        ]
    );
    assert_eq!(problems["criteria[0].weight"], "must be a number, not lots");
    assert_eq!(
        problems["criteria[1].threshold"],
        "must be a multiple of 0.5 between 0 and 100, not 2.25"
    );
    assert_eq!(problems["overall_threshold"], "is 9, outside the scale 1–4");
    assert_eq!(problems["criteria[2].descriptors[3]"], "must not be empty");
    assert_eq!(
        problems["criteria[2].tie_break_priority"],
        "1 is used by more than one criterion"
    );
}

#[test]
fn weights_that_do_not_sum_to_one_are_refused_with_the_rubric_check_message() {
    let mut typed = RubricTyped::of(&small());
    typed.criteria[2].weight = "0,3".to_owned();
    let problems = typed.check(None).expect_err("refused");
    assert_eq!(
        problems,
        BTreeMap::from([(
            "criteria.weight".to_owned(),
            "the weights sum to 1.05; they must sum to exactly 1".to_owned()
        )])
    );
}

#[test]
fn the_weights_sum_is_named_beside_other_problems_when_every_weight_is_a_number() {
    let mut typed = RubricTyped::of(&small());
    typed.key = "Bad Key".to_owned();
    typed.criteria[2].weight = "0.3".to_owned();
    let problems = typed.check(None).expect_err("refused");
    assert_eq!(
        problems.keys().map(String::as_str).collect::<Vec<_>>(),
        ["criteria.weight", "key"]
    );
}

#[test]
fn numbers_typed_with_leading_zeros_are_read_as_numbers() {
    let mut typed = RubricTyped::of(&small());
    typed.criteria[0].tie_break_priority = "01".to_owned();
    typed.criteria[0].weight = "00.40".to_owned();
    typed.scale_max = "04".to_owned();
    let rubric = typed.check(None).expect("valid");
    assert_eq!(rubric.criteria[0].tie_break_priority, 1);
    assert_eq!(rubric.criteria[0].weight_bp, 4_000);
}

#[test]
fn a_key_longer_than_a_file_name_may_be_is_refused_on_the_key() {
    let mut typed = RubricTyped::of(&small());
    typed.key = "a".repeat(81);
    let problems = typed.check(None).expect_err("refused");
    assert_eq!(problems["key"], "must be at most 80 characters long");
}

#[test]
fn a_decimal_comma_is_read_as_a_point() {
    let mut typed = RubricTyped::of(&small());
    typed.criteria[0].weight = "0,4".to_owned();
    typed.overall_threshold = "2,5".to_owned();
    let rubric = typed.check(None).expect("valid");
    assert_eq!(rubric.criteria[0].weight_bp, 4_000);
    assert_eq!(rubric.overall_threshold.0, 5);
}

#[test]
fn a_removed_criterion_is_left_out_and_later_problems_keep_their_typed_position() {
    let mut typed = RubricTyped::of(&small());
    typed.criteria[0].remove = true;
    typed.criteria[2].key = "Learning".to_owned();
    let problems = typed.check(None).expect_err("refused");
    assert!(problems.contains_key("criteria[2].key"), "{problems:?}");
    assert_eq!(
        problems["criteria.weight"],
        "the weights sum to 0.6; they must sum to exactly 1"
    );
}

#[test]
fn a_wider_scale_asks_for_the_missing_descriptors_and_a_mistyped_scale_does_not() {
    let mut typed = RubricTyped::of(&small());
    typed.scale_max = "5".to_owned();
    let problems = typed.check(None).expect_err("refused");
    assert_eq!(
        problems["criteria[0].descriptors"],
        "needs a descriptor for every whole level; missing 5"
    );
    assert_eq!(typed.whole_levels(), [1, 2, 3, 4, 5]);
    typed.scale_max = "five".to_owned();
    let problems = typed.check(None).expect_err("refused");
    assert_eq!(
        problems.keys().collect::<Vec<_>>(),
        ["scale.max"],
        "{problems:?}"
    );
    typed.scale_max = "1".to_owned();
    typed.criteria[1].weight = "heavy".to_owned();
    let problems = typed.check(None).expect_err("refused");
    assert_eq!(
        problems.keys().collect::<Vec<_>>(),
        ["criteria[1].weight", "scale.max"],
        "a wrong scale hides no other problem: {problems:?}"
    );
    assert!(typed.whole_levels().is_empty());
}

#[test]
fn an_empty_form_names_every_missing_value() {
    let problems = RubricTyped::default().check(None).expect_err("refused");
    let fields = [
        "key",
        "name",
        "overall_threshold",
        "scale.min",
        "scale.max",
        "criteria",
    ];
    for field in fields {
        assert!(problems.contains_key(field), "{field}: {problems:?}");
    }
    assert_eq!(problems["scale.min"], "must be given");
}

#[test]
fn a_blank_rubric_filled_in_is_valid() {
    let mut typed = RubricTyped::blank();
    typed.key = "my-prize".to_owned();
    typed.name = "My prize".to_owned();
    typed.overall_threshold = "2.5".to_owned();
    let criterion = &mut typed.criteria[0];
    criterion.key = "impact".to_owned();
    criterion.name = "Impact".to_owned();
    criterion.weight = "1".to_owned();
    criterion.threshold = "2".to_owned();
    criterion.guiding_questions = "What changed?\n\n  For whom?  ".to_owned();
    for level in 0..=5 {
        criterion
            .descriptors
            .insert(level.to_string(), format!("Level {level}"));
    }
    let rubric = typed.check(None).expect("valid");
    assert_eq!(
        rubric.criteria[0].guiding_questions,
        ["What changed?", "For whom?"]
    );
    assert_eq!(rubric.criteria[0].tie_break_priority, 1);
    assert_eq!(rubric.scale.values().len(), 11);
    typed.add_criterion();
    assert_eq!(typed.criteria[1].tie_break_priority, "2");
}

#[test]
fn a_translation_is_kept_only_while_the_text_it_translates_is_unchanged() {
    let rubric = parse_rubric("platforma.toml", PLATFORMA, None).expect("valid");
    let language = rubric
        .translations
        .keys()
        .next()
        .expect("the shipped rubric is translated")
        .clone();
    let key = rubric.criteria[0].key.clone();
    let mut typed = RubricTyped::of(&rubric);
    typed.criteria[0].name = "A new name".to_owned();
    let edited = typed.check(Some(&rubric)).expect("valid");
    let before = &rubric.translations[&language].criteria[&key];
    let after = &edited.translations[&language].criteria[&key];
    assert!(before.name.is_some());
    assert_eq!(after.name, None);
    assert_eq!(after.description, before.description);
    assert_eq!(after.descriptors, before.descriptors);
}
