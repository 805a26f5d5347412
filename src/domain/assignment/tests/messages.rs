//! The design summary, its notes and the reasons of an infeasible request as messages: said in
//! English they say what the `Display` says, and said in French they read otherwise.

use super::*;
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::i18n::say;

fn french() -> Lang {
    crate::i18n::lang("fr").expect("French is a language of the interface")
}

/// Each message said in `lang`.
fn said_in(lang: Lang, messages: &[Message]) -> Vec<String> {
    messages.iter().map(|m| say(lang, m)).collect()
}

#[test]
fn a_connected_summary_said_in_english_reads_line_for_line_as_its_display() {
    let req = input(subs(4, &["en"]), jurors(EN4));
    let plan = assign(&req, &opts(3, 0, 1)).unwrap();
    let names = Names::default();
    let messages = Named(&plan.summary, &names).messages();
    let english = said_in(Lang::EN, &messages);
    let display = plan.summary.to_string();
    assert_eq!(english, display.lines().collect::<Vec<_>>(), "{display}");
    assert!(english[0].contains("12 assignments"), "{}", english[0]);
}

#[test]
fn every_line_of_the_summary_said_in_french_differs_from_the_english_one() {
    let req = input(subs(4, &["en"]), jurors(EN4));
    let plan = assign(&req, &opts(3, 0, 1)).unwrap();
    let names = Names::default();
    let messages = Named(&plan.summary, &names).messages();
    let english = said_in(Lang::EN, &messages);
    let in_french = said_in(french(), &messages);
    assert_eq!(english.len(), in_french.len());
    for (en, fr) in english.iter().zip(&in_french) {
        assert_ne!(en, fr);
    }
    assert!(in_french[0].contains("12 attributions"), "{}", in_french[0]);
}

#[test]
fn kept_assignments_forcing_imbalance_make_the_loads_line_say_not_balanced_and_add_a_note() {
    let mut req = input(subs(6, &["en"]), jurors(EN4));
    req.keep = (1..=6).map(|s| Pair::new(101, s)).collect();
    let plan = assign(&req, &opts(2, 0, 5)).unwrap();
    let names = Names::default();
    let english = said_in(Lang::EN, &Named(&plan.summary, &names).messages());
    let display = plan.summary.to_string();
    let lines: Vec<&str> = display.lines().collect();
    // The header, loads, language and overlap lines read the same.
    assert_eq!(&english[..4], &lines[..4], "{display}");
    assert!(english[0].contains("(6 kept,"), "{}", english[0]);
    assert!(english[1].ends_with("), not balanced"), "{}", english[1]);
    assert!(
        english
            .iter()
            .any(|l| l.starts_with("Note: Loads range from 2 to 6 assignments per juror")),
        "{english:#?}"
    );
}

#[test]
fn a_design_in_separate_components_has_a_line_per_component_and_a_note_saying_why() {
    let req = input(subs(5, &["en"]), jurors(&[&["en"] as &[&str]; 15]));
    let plan = assign(&req, &opts(3, 0, 1)).unwrap();
    let names = Names::default();
    let english = said_in(Lang::EN, &Named(&plan.summary, &names).messages());
    let display = plan.summary.to_string();
    assert!(
        english.iter().any(|l| l == "Connectivity: 5 components"),
        "{english:#?}"
    );
    let groups = &plan.summary.connectivity.groups;
    assert_eq!(groups.len(), 5);
    for (i, g) in groups.iter().enumerate() {
        let jurors = names.juror_list(&g.jurors);
        let line = format!("Component {}: jurors {jurors}; 1 submission", i + 1);
        assert!(english.contains(&line), "{line} in {english:#?}");
        let shown = format!("{}: jurors {jurors}; 1 submissions", i + 1);
        assert!(display.contains(&shown), "{shown} in {display}");
    }
    assert!(
        english.iter().any(|l| l.starts_with("Note: ")
            && l.contains("needs at least 19 assignments and this one has 15")),
        "{english:#?}"
    );
    assert!(
        display.contains("needs at least 19 assignments, this one has 15"),
        "{display}"
    );
}

#[test]
fn a_note_said_in_english_is_its_display_as_a_sentence() {
    let names = Names::new(
        BTreeMap::from([(1, "Water points".to_owned())]),
        BTreeMap::from([(101, "Ada".to_owned())]),
    );
    let over = Notice::OverAssigned {
        submission: 1,
        kept: 4,
        required: 2,
    };
    let message = Named(&over, &names).message();
    let english = say(Lang::EN, &message);
    assert_eq!(english, format!("{}.", Named(&over, &names)));
    assert_ne!(say(french(), &message), english);
    let above = Notice::AboveCap {
        juror: 101,
        load: 5,
        cap: 3,
    };
    let english = say(Lang::EN, &Named(&above, &names).message());
    assert!(
        english.starts_with("Ada already has 5 assignments, above their load cap of 3"),
        "{english}"
    );
    assert!(
        Named(&above, &names)
            .to_string()
            .starts_with("Ada already has 5 assignments, above their cap of 3")
    );
}

#[test]
fn too_few_jurors_said_in_english_counts_and_names_the_submissions_as_the_display_does() {
    let mut req = input(subs(3, &["en"]), jurors(EN4));
    req.forbidden = vec![Pair::new(101, 2), Pair::new(102, 2)];
    let err = assign(&req, &opts(3, 0, 1)).unwrap_err();
    let message = Named(&err, &Names::default()).message();
    let english = say(Lang::EN, &message);
    let display = err.to_string();
    for part in [
        "1 submission has fewer than 3 jurors without a conflict of interest (4 jurors in total, \
         3 needed per submission)",
        "submission 2: 2 without a conflict, 2 conflicted; 1 more needed",
        "Add jurors, resolve pending potential conflicts, or lower the number of jurors per \
         submission.",
    ] {
        assert!(english.contains(part), "{part} in {english}");
        assert!(display.contains(part), "{part} in {display}");
    }
    let in_french = say(french(), &message);
    assert_ne!(in_french, english);
    assert!(
        in_french.contains("1 candidature a moins de 3 membres du jury"),
        "{in_french}"
    );
}

#[test]
fn a_long_list_of_submissions_is_cut_at_twenty_and_the_rest_counted_as_in_the_display() {
    let req = input(subs(25, &["en"]), jurors(&[&["en"], &["en"]]));
    let err = assign(&req, &opts(3, 0, 1)).unwrap_err();
    let english = say(Lang::EN, &Named(&err, &Names::default()).message());
    assert_eq!(
        english.matches(" without a conflict, ").count(),
        20,
        "{english}"
    );
    assert!(english.contains("… and 5 more."), "{english}");
    assert!(err.to_string().contains("… and 5 more"), "{err}");
}

#[test]
fn an_inconsistent_request_said_in_english_gives_each_problem_of_the_display_as_a_sentence() {
    let err = assign(&inconsistent_request(), &opts(0, 0, 1)).unwrap_err();
    let message = Named(&err, &Names::default()).message();
    let english = say(Lang::EN, &message);
    assert!(
        english.starts_with(
            "The assignment request is inconsistent. The number of jurors per submission must \
             be at least 1."
        ),
        "{english}"
    );
    let display = err.to_string();
    for part in [
        "submission 2 is listed twice",
        "the list of conflicts names juror 999, who is not in the request",
        "juror 101 is assigned to submission 1 but has a conflict",
        "the list of assignments to keep names submission 77, which is not in the request",
    ] {
        assert!(english.to_lowercase().contains(part), "{part} in {english}");
        assert!(display.contains(part), "{part} in {display}");
    }
    assert_ne!(say(french(), &message), english);
}

#[test]
fn an_unavailable_calibration_block_said_in_english_is_its_display() {
    let mut req = input(subs(4, &["en"]), jurors(EN4));
    req.forbidden = vec![Pair::new(101, 1), Pair::new(102, 2), Pair::new(103, 3)];
    let err = assign(&req, &opts(2, 2, 1)).unwrap_err();
    let message = Named(&err, &Names::default()).message();
    assert_eq!(say(Lang::EN, &message), err.to_string());
    assert_ne!(say(french(), &message), err.to_string());
    let none = Infeasible::CalibrationUnavailable {
        requested: 1,
        conflict_free: Vec::new(),
    };
    let english = say(Lang::EN, &Named(&none, &Names::default()).message());
    assert!(
        english.starts_with("A calibration block of 1 submission was requested, but every"),
        "{english}"
    );
}

#[test]
fn insufficient_capacity_said_in_english_is_its_display() {
    let (req, options) = over_capacity();
    let err = assign(&req, &options).unwrap_err();
    let message = Named(&err, &Names::default()).message();
    assert_eq!(say(Lang::EN, &message), err.to_string());
    assert_ne!(say(french(), &message), err.to_string());
}

#[test]
fn submissions_starved_by_caps_and_conflicts_said_in_english_are_its_display() {
    let err = assign(&starved_by_caps_and_conflicts(), &opts(2, 0, 1)).unwrap_err();
    assert!(
        matches!(err, Infeasible::CapacityBottleneck { .. }),
        "{err:?}"
    );
    let message = Named(&err, &Names::default()).message();
    assert_eq!(say(Lang::EN, &message), err.to_string());
    assert_ne!(say(french(), &message), err.to_string());
}

#[test]
fn a_list_of_more_than_twenty_names_ends_with_how_many_more_in_the_readers_language() {
    let ids: Vec<i32> = (1..=25).collect();
    let names = Names::default();
    let message = crate::domain::assignment::infeasible::with_list(
        Message::new("assign-summary-calibration"),
        "names",
        &ids,
        |list| names.submission_items(list),
    );
    assert_eq!(
        say(Lang::EN, &message),
        format!(
            "Calibration block (every juror scores it): {}",
            names.submission_list(&ids)
        )
    );
    let in_french = say(french(), &message);
    assert!(in_french.ends_with("20, … et 5 autres"), "{in_french}");
}
