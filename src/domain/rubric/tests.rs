//! Unit tests of rubric parsing and validation.

use super::*;

const VALID: &str = r#"
key = "tiny"
name = "Tiny rubric"
overall_threshold = 2.5

[[criteria]]
key = "alpha"
name = "Alpha"
weight = 0.6
threshold = 3
core = true
tie_break_priority = 1
guiding_questions = ["Why?"]
[criteria.descriptors]
0 = "none"
1 = "poor"
2 = "fair"
3 = "good"
4 = "very good"
5 = "excellent"

[[criteria]]
key = "beta"
name = "Beta"
weight = 0.4
threshold = 1
tie_break_priority = 2
[criteria.descriptors]
0 = "none"
1 = "poor"
2 = "fair"
3 = "good"
4 = "very good"
5 = "excellent"
"#;

fn parse(source: &str) -> Result<Rubric, Vec<RubricError>> {
    parse_rubric("tiny.toml", source, Some("tiny"))
}

fn only_error(source: &str) -> RubricError {
    let errors = parse(source).expect_err("the rubric should be refused");
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.into_iter().next().expect("one error")
}

#[test]
fn a_valid_rubric_parses_with_exact_weights_and_the_default_scale() {
    let rubric = parse(VALID).expect("valid");
    assert_eq!(rubric.scale.max, HalfPoints(10));
    assert_eq!(rubric.scale.step, HalfPoints(1));
    assert_eq!(rubric.overall_threshold, HalfPoints(5));
    assert_eq!(rubric.criteria[0].weight_bp, 6000);
    assert_eq!(rubric.criteria[1].weight_bp, 4000);
    assert_eq!(rubric.criteria[0].threshold, HalfPoints(6));
    assert!(rubric.criteria[0].core);
    assert_eq!(rubric.criteria[0].weight_percent(), "60%");
}

#[test]
fn weights_that_sum_to_095_are_refused_without_tolerance() {
    let error = only_error(&VALID.replace("weight = 0.4", "weight = 0.35"));
    assert_eq!(error.field.as_deref(), Some("criteria.weight"));
    assert!(error.message.contains("sum to 0.95"), "{}", error.message);
}

#[test]
fn weights_that_are_equal_on_paper_sum_to_exactly_one() {
    let source = VALID
        .replace("weight = 0.6", "weight = 0.7")
        .replace("weight = 0.4", "weight = 0.3");
    assert!(parse(&source).is_ok(), "0.7 + 0.3 is exactly 1");
}

#[test]
fn an_unknown_field_is_refused_with_its_line() {
    let error = only_error(&VALID.replace("core = true", "core = true\nwieght = 1"));
    assert!(error.message.contains("wieght"), "{}", error.message);
    assert_eq!(error.line, Some(12));
}

#[test]
fn a_duplicate_criterion_key_is_refused() {
    let error = only_error(&VALID.replace("key = \"beta\"", "key = \"alpha\""));
    assert_eq!(error.field.as_deref(), Some("criteria[1].key"));
    assert!(error.message.contains("more than one"), "{}", error.message);
}

#[test]
fn a_missing_descriptor_is_named_with_its_level() {
    let error = only_error(&VALID.replacen("4 = \"very good\"\n", "", 1));
    assert_eq!(error.field.as_deref(), Some("criteria[0].descriptors"));
    assert!(error.message.contains("missing 4"), "{}", error.message);
}

#[test]
fn a_threshold_off_the_half_point_grid_is_refused_with_its_line() {
    let error = only_error(&VALID.replace("threshold = 3", "threshold = 3.3"));
    assert_eq!(error.field.as_deref(), Some("criteria[0].threshold"));
    assert_eq!(error.line, Some(10));
}

#[test]
fn a_key_that_differs_from_the_file_name_is_refused() {
    let errors = parse_rubric("other.toml", VALID, Some("other")).expect_err("refused");
    assert!(errors[0].message.contains("other.toml"), "{errors:?}");
    assert_eq!(errors[0].to_string().split(':').next(), Some("other.toml"));
}

#[test]
fn a_scale_step_other_than_half_or_whole_is_refused() {
    let source = VALID.replace(
        "overall_threshold = 2.5",
        "overall_threshold = 2.5\n[scale]\nmin = 0\nmax = 5\nstep = 0.25",
    );
    let errors = parse(&source).expect_err("refused");
    assert!(
        errors
            .iter()
            .any(|e| e.field.as_deref() == Some("scale.step"))
    );
}

#[test]
fn the_content_hash_ignores_comments_and_layout() {
    let a = parse(VALID).expect("valid");
    let b = parse(&format!("# a comment\n{VALID}\n\n")).expect("valid");
    assert_eq!(a.content_hash().ok(), b.content_hash().ok());
    let c = parse(&VALID.replace("\"Why?\"", "\"Why not?\"")).expect("valid");
    assert_ne!(a.content_hash().ok(), c.content_hash().ok());
}

#[test]
fn a_snapshot_reads_back_to_the_same_rubric() {
    let rubric = parse(VALID).expect("valid");
    let json = rubric.snapshot_json().expect("serialises");
    assert_eq!(
        Rubric::from_snapshot_json(&json).expect("reads back"),
        rubric
    );
}

#[test]
fn a_whole_point_scale_allows_only_whole_scores() {
    let scale = Scale {
        min: HalfPoints(2),
        max: HalfPoints(8),
        step: HalfPoints(2),
    };
    assert!(scale.allows(HalfPoints(4)));
    assert!(!scale.allows(HalfPoints(5)));
    assert!(!scale.allows(HalfPoints(0)));
    assert_eq!(scale.whole_levels(), vec![1, 2, 3, 4]);
}

#[test]
fn a_weight_with_more_decimals_than_a_decimal_holds_is_refused_with_its_line() {
    let long = format!("0.4{}1", "0".repeat(42));
    let error = only_error(&VALID.replace("weight = 0.4", &format!("weight = {long}")));
    assert_eq!(error.field.as_deref(), Some("criteria[1].weight"));
    assert_eq!(error.line, Some(25));
    assert!(
        error.message.contains("44 decimal places"),
        "{}",
        error.message
    );
}

#[test]
fn a_weight_with_a_fifth_decimal_is_read_as_written_and_refused() {
    let error = only_error(&VALID.replace("weight = 0.4", "weight = 0.40000000000000001"));
    assert_eq!(error.field.as_deref(), Some("criteria[1].weight"));
    assert!(
        error.message.contains("at most 4 decimals"),
        "{}",
        error.message
    );
}

#[test]
fn weights_written_with_underscores_exponents_or_trailing_zeros_are_exact() {
    let source = VALID
        .replace("weight = 0.6", "weight = 6e-1")
        .replace("weight = 0.4", "weight = 0.400_0");
    let rubric = parse(&source).expect("valid");
    assert_eq!(rubric.criteria[0].weight_bp, 6000);
    assert_eq!(rubric.criteria[1].weight_bp, 4000);
}

#[test]
fn a_threshold_a_hair_above_a_half_point_is_read_as_written_and_refused() {
    let error = only_error(&VALID.replace("threshold = 3", "threshold = 3.0000000000000000001"));
    assert_eq!(error.field.as_deref(), Some("criteria[0].threshold"));
    assert!(
        error.message.contains("multiple of 0.5"),
        "{}",
        error.message
    );
}

#[test]
fn a_huge_or_infinite_weight_is_refused_rather_than_overflowing() {
    for weight in ["9e27", "7.9e28", "inf", "nan"] {
        let error = only_error(&VALID.replace("weight = 0.4", &format!("weight = {weight}")));
        assert_eq!(
            error.field.as_deref(),
            Some("criteria[1].weight"),
            "{weight}"
        );
    }
}

const BILINGUAL: &str = r#"
key = "tiny"
name = { en = "Tiny rubric", fr = "Petite grille" }
description = "Plain text reads in the rubric's language."
overall_threshold = 2.5

[[criteria]]
key = "alpha"
weight = 1
threshold = 3
tie_break_priority = 1
guiding_questions = [{ en = "Why?", fr = "Pourquoi ?" }, "How?"]

[criteria.name]
en = "Alpha"
fr = "Alpha (fr)"

[criteria.descriptors]
0 = { en = "none", fr = "aucun" }
1 = "poor"
2 = "fair"
3 = "good"
4 = "very good"
5 = { en = "excellent", fr = "excellent (fr)" }
"#;

#[test]
fn a_text_may_be_given_per_language_and_the_rubric_reads_in_either() {
    let rubric = parse(BILINGUAL).expect("valid");
    assert_eq!(rubric.language, "en");
    assert_eq!(rubric.name, "Tiny rubric");
    assert_eq!(rubric.criteria[0].guiding_questions, ["Why?", "How?"]);
    let french = rubric.in_language("fr");
    assert_eq!(french.name, "Petite grille");
    assert_eq!(
        french.description,
        "Plain text reads in the rubric's language."
    );
    assert_eq!(french.criteria[0].name, "Alpha (fr)");
    assert_eq!(french.criteria[0].guiding_questions, ["Pourquoi ?", "How?"]);
    assert_eq!(french.criteria[0].descriptors[&0], "aucun");
    assert_eq!(french.criteria[0].descriptors[&1], "poor");
    assert_eq!(
        rubric.in_language("es"),
        rubric,
        "a language it lacks reads as its own"
    );
}

#[test]
fn the_coverage_says_which_languages_are_complete() {
    let rubric = parse(BILINGUAL).expect("valid");
    let coverage = rubric.coverage();
    assert_eq!(coverage.len(), 2);
    assert_eq!(
        (coverage[0].language.as_str(), coverage[0].is_complete()),
        ("en", true)
    );
    // name, description, criterion name, two questions, six descriptors: 11 texts; French
    // gives the rubric's name, the criterion's name, one question and two descriptors.
    assert_eq!((coverage[1].given, coverage[1].total), (5, 11));
    assert!(!coverage[1].is_complete());
}

#[test]
fn a_text_without_the_rubrics_own_language_is_refused_naming_the_field() {
    let source = BILINGUAL.replace(
        r#"name = { en = "Tiny rubric", fr = "Petite grille" }"#,
        r#"language = "it"
name = { it = "Griglia", fr = "Petite grille" }"#,
    );
    let errors = parse(&source).expect_err("refused");
    assert!(
        errors
            .iter()
            .any(|e| e.field.as_deref() == Some("criteria[0].name")
                && e.message.contains("no text in the rubric's language `it`")),
        "{errors:?}"
    );
    let bad_code = BILINGUAL.replace("fr = \"Petite grille\"", "French = \"Petite grille\"");
    let error = only_error(&bad_code);
    assert!(
        error.message.contains("`French` is not a language code"),
        "{error}"
    );
}

#[test]
fn the_snapshot_and_its_hash_cover_every_language() {
    let rubric = parse(BILINGUAL).expect("valid");
    let json = rubric.snapshot_json().expect("serialises");
    assert_eq!(
        Rubric::from_snapshot_json(&json).expect("reads back"),
        rubric
    );
    let changed = parse(&BILINGUAL.replace("Petite grille", "Grille minuscule")).expect("valid");
    assert_ne!(rubric.content_hash().ok(), changed.content_hash().ok());
    let plain = parse(VALID).expect("valid");
    let plain_json = plain.snapshot_json().expect("serialises");
    assert!(
        !plain_json.contains("translations") && !plain_json.contains("\"language\""),
        "a rubric in one language keeps the snapshot (and hash) it always had: {plain_json}"
    );
}
