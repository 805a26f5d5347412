//! Unit tests of the eligibility rules.

use chrono::TimeZone;

use super::*;
use crate::domain::application::{ValidationContext, validate};

fn application() -> Application {
    let ctx = ValidationContext {
        criteria: vec![],
        languages: vec!["en".to_owned()],
        categories: vec![],
        current_year: 2026,
    };
    validate(
        &crate::domain::application::tests_support::complete_draft(),
        &ctx,
    )
    .expect("valid")
}

fn settings() -> EligibilitySettings {
    EligibilitySettings {
        started_after: NaiveDate::from_ymd_opt(2021, 1, 1),
        active_or_ended_after: NaiveDate::from_ymd_opt(2024, 1, 1),
        ..EligibilitySettings::default()
    }
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, day, hour, 0, 0)
        .single()
        .expect("valid")
}

fn outcomes(
    app: &Application,
    winners: &[PastWinner],
    submitted: DateTime<Utc>,
) -> Vec<(String, Outcome)> {
    let languages = vec!["en".to_owned()];
    let settings = settings();
    let input = EligibilityInput {
        application: app,
        settings: &settings,
        languages: &languages,
        closes_at: at(30, 12),
        time_zone: "Europe/Brussels",
        submitted_at: submitted,
        past_winners: winners,
    };
    evaluate(&input)
        .into_iter()
        .map(|r| (r.code, r.outcome))
        .collect()
}

#[test]
fn a_eu_lead_with_a_beninese_partner_in_the_window_passes_every_rule() {
    let app = application();
    let results = outcomes(&app, &[], at(1, 9));
    assert_eq!(results.len(), 8);
    assert!(
        results.iter().all(|(_, o)| *o == Outcome::Pass),
        "{results:?}"
    );
}

#[test]
fn a_lead_outside_the_eu_fails_e1() {
    let mut app = application();
    app.lead.country = "CH".to_owned();
    let results = outcomes(&app, &[], at(1, 9));
    assert_eq!(results[0], ("E1".to_owned(), Outcome::Fail));
}

#[test]
fn an_ngo_lead_fails_e1() {
    let mut app = application();
    app.lead.kind = "ngo".to_owned();
    assert_eq!(outcomes(&app, &[], at(1, 9))[0].1, Outcome::Fail);
}

#[test]
fn a_partner_in_a_non_partner_country_fails_e2_and_a_wrong_kind_needs_review() {
    let mut app = application();
    app.partners[0].country = "US".to_owned();
    assert_eq!(outcomes(&app, &[], at(1, 9))[1].1, Outcome::Fail);
    let mut app = application();
    app.partners[0].kind = "ngo".to_owned();
    assert_eq!(outcomes(&app, &[], at(1, 9))[1].1, Outcome::NeedsReview);
}

#[test]
fn kosovo_and_ukraine_are_partner_countries() {
    for country in ["XK", "UA", "MD", "GE"] {
        let mut app = application();
        app.partners[0].country = country.to_owned();
        assert_eq!(
            outcomes(&app, &[], at(1, 9))[1].1,
            Outcome::Pass,
            "{country}"
        );
    }
}

#[test]
fn a_project_that_ended_before_the_window_fails_e3() {
    let mut app = application();
    app.end_date = NaiveDate::from_ymd_opt(2023, 6, 30);
    assert_eq!(outcomes(&app, &[], at(1, 9))[2].1, Outcome::Fail);
}

#[test]
fn a_late_application_fails_e7_even_by_one_second() {
    let app = application();
    let late = at(30, 12) + chrono::Duration::seconds(1);
    assert_eq!(outcomes(&app, &[], late)[6].1, Outcome::Fail);
    let just_in_time = at(30, 12) - chrono::Duration::seconds(1);
    assert_eq!(outcomes(&app, &[], just_in_time)[6].1, Outcome::Pass);
}

#[test]
fn an_earlier_winning_partnership_fails_e8_and_the_same_lead_alone_needs_review() {
    let app = application();
    let same = PastWinner {
        lead: ("city of roeselare".to_owned(), "BE".to_owned()),
        partners: vec![("Commune of DOGBO".to_owned(), "BJ".to_owned())],
        label: "2018, first prize".to_owned(),
    };
    assert_eq!(
        outcomes(&app, std::slice::from_ref(&same), at(1, 9))[7].1,
        Outcome::Fail
    );
    let other = PastWinner {
        partners: vec![("Commune of Abomey".to_owned(), "BJ".to_owned())],
        ..same
    };
    assert_eq!(
        outcomes(&app, &[other], at(1, 9))[7].1,
        Outcome::NeedsReview
    );
}

#[test]
fn the_overall_outcome_is_the_worst_rule() {
    let mut app = application();
    app.partners[0].kind = "ngo".to_owned();
    let languages = vec!["en".to_owned()];
    let settings = settings();
    let input = EligibilityInput {
        application: &app,
        settings: &settings,
        languages: &languages,
        closes_at: at(30, 12),
        time_zone: "Europe/Brussels",
        submitted_at: at(1, 9),
        past_winners: &[],
    };
    assert_eq!(overall(&evaluate(&input)), Outcome::NeedsReview);
    assert_eq!(overall(&[]), Outcome::NeedsReview);
}

#[test]
fn e7_states_receipt_and_deadline_in_edition_time_without_seconds_and_without_a_tense_that_ages() {
    let app = application();
    let languages = vec!["en".to_owned()];
    let settings = settings();
    let received = Utc
        .with_ymd_and_hms(2026, 6, 1, 9, 15, 42)
        .single()
        .expect("valid");
    let input = EligibilityInput {
        application: &app,
        settings: &settings,
        languages: &languages,
        closes_at: at(30, 12),
        time_zone: "Europe/Brussels",
        submitted_at: received,
        past_winners: &[],
    };
    let e7 = evaluate(&input)
        .into_iter()
        .find(|r| r.code == "E7")
        .expect("E7 runs");
    assert_eq!(
        crate::i18n::say(crate::domain::language::Lang::EN, &e7.reason),
        "Received 1 June 2026 at 11:15 Central European Summer Time, before the deadline of 30 June 2026 at 14:00 Central European Summer Time (both in edition time, Europe/Brussels)."
    );
}
