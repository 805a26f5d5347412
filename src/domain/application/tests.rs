//! Unit tests of draft validation.

use super::*;

fn ctx() -> ValidationContext {
    ValidationContext {
        criteria: vec![
            (
                "participation".to_owned(),
                "Resident participation".to_owned(),
            ),
            ("impact".to_owned(), "Results and local impact".to_owned()),
        ],
        languages: vec!["en".to_owned(), "fr".to_owned()],
        categories: Vec::new(),
        current_year: 2026,
    }
}

pub fn complete_draft() -> Draft {
    Draft {
        title: "Shared waste collection".to_owned(),
        summary: "Neighbourhood committees plan waste rounds in both towns.".to_owned(),
        start_date: "2023-02-01".to_owned(),
        ongoing: true,
        language: "en".to_owned(),
        lead: OrganisationEntry {
            name: "City of Roeselare".to_owned(),
            kind: "municipality".to_owned(),
            country: "BE".to_owned(),
        },
        partners: vec![PartnerEntry {
            organisation: OrganisationEntry {
                name: "Commune of Dogbo".to_owned(),
                kind: "municipality".to_owned(),
                country: "bj".to_owned(),
            },
            role: "partner_lrg".to_owned(),
            since_year: "2015".to_owned(),
        }],
        budget_total_eur: "250 000".to_owned(),
        funding: vec![FundingEntry {
            source: "European Union".to_owned(),
            amount_eur: "125000.50".to_owned(),
            is_eu: true,
        }],
        beneficiaries: "12000".to_owned(),
        primary_sdg: "11".to_owned(),
        secondary_sdgs: vec!["6".to_owned(), String::new()],
        sdg_targets: "11.6, 6.A".to_owned(),
        answers: [
            (
                "participation".to_owned(),
                "Committees in both towns.".to_owned(),
            ),
            ("impact".to_owned(), "Collection doubled.".to_owned()),
        ]
        .into_iter()
        .collect(),
        lessons_learned: "Start with the committees.".to_owned(),
        links: "https://example.org/project\n".to_owned(),
        media_consent: false,
        data_consent: true,
        declaration_name: "Ann Mayor".to_owned(),
        declaration_role: "Mayor".to_owned(),
        declaration_signed: true,
        ..Draft::default()
    }
}

/// A problem as the English interface says it.
fn english(problem: &Problem) -> String {
    crate::i18n::say(crate::domain::language::Lang::EN, &problem.message)
}

fn fields(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn a_complete_draft_becomes_an_application_with_normalised_values() {
    let app = validate(&complete_draft(), &ctx()).expect("valid");
    assert_eq!(app.budget_total_cents, 25_000_000);
    assert_eq!(app.funding[0].1, 12_500_050);
    assert_eq!(app.partners[0].country, "BJ");
    assert_eq!(app.secondary_sdgs, vec![6]);
    assert_eq!(app.sdg_targets, vec!["11.6", "6.a"]);
    assert_eq!(app.end_date, None);
    assert_eq!(app.lead.role, "lead");
}

#[test]
fn an_empty_draft_lists_every_missing_field_at_once() {
    let problems = validate(&Draft::default(), &ctx()).expect_err("refused");
    let found = fields(&problems);
    for field in [
        "title",
        "summary",
        "start_date",
        "end_date",
        "language",
        "lead.name",
        "lead.kind",
        "lead.country",
        "partners",
        "budget_total_eur",
        "beneficiaries",
        "primary_sdg",
        "answers.participation",
        "answers.impact",
        "lessons_learned",
        "data_consent",
        "declaration_name",
        "declaration_role",
        "declaration_signed",
    ] {
        assert!(
            found.contains(&field),
            "missing problem for {field}: {found:?}"
        );
    }
}

#[test]
fn a_summary_over_the_limit_is_refused_with_its_length() {
    let mut draft = complete_draft();
    draft.summary = "é".repeat(SUMMARY_LIMIT + 1);
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert_eq!(
        english(&problems[0]),
        format!(
            "Summary: has {} characters; the limit is {SUMMARY_LIMIT}",
            SUMMARY_LIMIT + 1
        )
    );
    draft.summary = "é".repeat(SUMMARY_LIMIT);
    assert!(
        validate(&draft, &ctx()).is_ok(),
        "the limit counts characters, not bytes"
    );
}

#[test]
fn an_end_date_before_the_start_is_refused() {
    let mut draft = complete_draft();
    draft.ongoing = false;
    draft.end_date = "2022-12-31".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert_eq!(fields(&problems), ["end_date"]);
    draft.end_date = "31/12/2025".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert!(english(&problems[0]).contains("write it as YYYY-MM-DD"));
}

#[test]
fn a_partnership_needs_a_partner_government() {
    let mut draft = complete_draft();
    draft.partners[0].role = "associate".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert_eq!(fields(&problems), ["partners"]);
}

#[test]
fn an_unknown_country_and_a_future_since_year_are_named() {
    let mut draft = complete_draft();
    draft.partners[0].organisation.country = "ZZ".to_owned();
    draft.partners[0].since_year = "2030".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert_eq!(
        fields(&problems),
        ["partners.0.country", "partners.0.since_year"]
    );
}

#[test]
fn amounts_must_be_numbers_and_funding_cannot_exceed_the_budget() {
    let mut draft = complete_draft();
    draft.budget_total_eur = "about 1000".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert!(english(&problems[0]).contains("is not an amount"));
    draft.budget_total_eur = "100000".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert_eq!(fields(&problems), ["funding"]);
}

#[test]
fn sdg_rules_limit_secondary_goals_and_check_targets() {
    let mut draft = complete_draft();
    draft.secondary_sdgs = ["1", "2", "3", "4", "5"].map(str::to_owned).to_vec();
    draft.sdg_targets = "18.1 4.2".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    let messages: Vec<String> = problems.iter().map(english).collect();
    assert!(
        messages.iter().any(|m| m.contains("choose at most 4")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("18.1")), "{messages:?}");
    draft.secondary_sdgs = vec!["11".to_owned()];
    draft.sdg_targets = "4.2".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    let messages: Vec<String> = problems.iter().map(english).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("already the primary goal"))
    );
    assert!(messages.iter().any(|m| m.contains("4.2 belongs to goal 4")));
}

#[test]
fn links_must_be_web_addresses() {
    let mut draft = complete_draft();
    draft.links = "www.example.org\njavascript:alert(1)".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert_eq!(fields(&problems), ["links", "links"]);
}

#[test]
fn a_section_is_validated_on_its_own() {
    let draft = Draft {
        title: "Only a title".to_owned(),
        ..Draft::default()
    };
    let problems = validate_section(&draft, &ctx(), Section::Sdgs);
    assert_eq!(fields(&problems), ["primary_sdg"]);
    let done = validate_section(&complete_draft(), &ctx(), Section::Partnership);
    assert!(done.is_empty());
}

#[test]
fn every_field_id_belongs_to_its_section() {
    assert_eq!(
        Section::of_field("partners.0.country"),
        Section::Partnership
    );
    assert_eq!(Section::of_field("answers.impact"), Section::Answers);
    assert_eq!(
        Section::of_field("declaration_signed"),
        Section::Declaration
    );
    assert_eq!(Section::of_field("title"), Section::Project);
}

#[test]
fn a_draft_round_trips_through_json_and_missing_keys_default() {
    let draft = complete_draft();
    let json = serde_json::to_string(&draft).expect("serialises");
    assert_eq!(serde_json::from_str::<Draft>(&json).expect("reads"), draft);
    assert_eq!(
        serde_json::from_str::<Draft>("{}").expect("reads"),
        Draft::default()
    );
}

#[test]
fn an_absurd_budget_is_refused_instead_of_overflowing() {
    let mut draft = complete_draft();
    draft.budget_total_eur = "9999999999999999999999999999".to_owned();
    draft.funding[0].amount_eur = "9000000000000000000".to_owned();
    let problems = validate(&draft, &ctx()).expect_err("refused");
    assert!(
        problems.iter().any(|p| p.field == "budget_total_eur"),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.field == "funding.0.amount_eur"),
        "{problems:?}"
    );
}

#[test]
fn a_section_stamp_changes_only_with_that_sections_own_fields() {
    let draft = complete_draft();
    let mut budget_changed = draft.clone();
    budget_changed.budget_total_eur = "1".to_owned();
    budget_changed.funding.clear();
    for section in Section::ALL {
        let same = draft.section_stamp(section) == budget_changed.section_stamp(section);
        assert_eq!(same, section != Section::Budget, "{section:?}");
    }
    let mut answered = draft.clone();
    answered
        .answers
        .insert("impact".to_owned(), "Changed.".to_owned());
    assert_ne!(
        draft.section_stamp(Section::Answers),
        answered.section_stamp(Section::Answers)
    );
    assert_eq!(
        draft.section_stamp(Section::Project),
        answered.section_stamp(Section::Project)
    );
}

#[test]
fn an_application_status_reads_back_from_its_stored_name_and_only_a_draft_is_editable() {
    use super::SubmissionStatus;
    for status in [SubmissionStatus::Draft, SubmissionStatus::Submitted] {
        assert_eq!(status.as_str().parse::<SubmissionStatus>(), Ok(status));
    }
    assert!(SubmissionStatus::Draft.is_draft());
    assert!(!SubmissionStatus::Submitted.is_draft());
    assert!("withdrawn".parse::<SubmissionStatus>().is_err());
}
