//! The secretariat's editions: the form, the lifecycle, screening, overrides, lists and exports.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::Status;

use crate::fixtures::{self, fill, save, start, submit};
use crate::helpers::TestApp;

fn edition_fields<'a>(opens: &'a str, closes: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "PLATFORMAwards 2027"),
        ("year", "2027"),
        ("time_zone", "Europe/Brussels"),
        ("opens_at", opens),
        ("closes_at", closes),
        ("rubric", "platforma"),
        ("shortlist_size", "12"),
        ("languages", "en"),
        ("languages", "fr"),
        ("categories", "CLIMATE | Climate and environment"),
        ("lead_countries", "BE FR ES"),
        ("partner_countries", "SN BJ UA XK"),
        ("started_after", "2021-01-01"),
        ("active_or_ended_after", ""),
        ("peer_scores", "at_consensus"),
    ]
}

#[rocket::async_test]
async fn the_secretariat_creates_an_edition_whose_deadline_is_read_in_its_time_zone() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let answer = browser
        .post(
            "/secretariat/editions",
            &edition_fields("2027-01-10T09:00", "2027-06-30T23:59"),
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let page = browser.get(answer.location.as_deref().unwrap()).await;
    assert!(page.body.contains("Status: Draft"));
    assert!(
        page.body
            .contains("30 June 2027 at 23:59 Central European Summer Time (edition time, Europe/Brussels; 30 June 2027 at 21:59 Coordinated Universal Time your time)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Climate and environment (CLIMATE)"));
    let editions = laurel::db::editions::list(app.db()).await.unwrap();
    assert_eq!(
        editions[0].eligibility.partner_countries,
        ["SN", "BJ", "UA", "XK"]
    );
}

/// Posts an edition form with an opening the clock change skips, no language and an unknown
/// lead country; it must come back refused.
async fn post_bad_edition_form(
    browser: &mut crate::helpers::Browser<'_>,
) -> crate::helpers::Answer {
    let mut fields = edition_fields("2027-03-28T02:30", "2027-01-01T10:00");
    fields.retain(|(k, _)| *k != "languages" && *k != "lead_countries");
    fields.push(("lead_countries", "BE QQ"));
    let answer = browser.post("/secretariat/editions", &fields).await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    answer
}

#[rocket::async_test]
async fn a_bad_edition_form_names_every_field_including_a_time_the_clock_change_skips() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let answer = post_bad_edition_form(&mut browser).await;
    for problem in [
        "Opens: 2027-03-28 02:30 does not exist in Europe/Brussels",
        "Languages: accept at least one language",
        "Lead countries: not ISO 3166 country codes: QQ",
    ] {
        assert!(answer.body.contains(problem), "missing {problem}");
    }
    assert!(
        answer.body.contains("value=\"PLATFORMAwards 2027\""),
        "the values are kept"
    );
    assert!(
        laurel::db::editions::list(app.db())
            .await
            .unwrap()
            .is_empty()
    );
}

#[rocket::async_test]
async fn a_transition_the_lifecycle_forbids_is_refused_with_why_and_allowed_ones_are_audited() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(3),
        EditionStatus::Draft,
    )
    .await;
    let mut browser = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/editions/{}/status", edition.id);
    browser.post(&path, &[("to", "decided")]).await;
    let page = browser
        .get(&format!("/secretariat/editions/{}", edition.id))
        .await;
    assert!(
        page.body
            .contains("An edition in the phase “Draft” can only move to “Open for applications”")
    );
    browser.post(&path, &[("to", "open")]).await;
    let page = browser
        .get(&format!("/secretariat/editions/{}", edition.id))
        .await;
    assert!(page.body.contains("Status: Open for applications"));
    let events = laurel::db::audit::for_subject(app.db(), "edition", &edition.id.to_string())
        .await
        .unwrap();
    assert_eq!(events[0].action, "edition.status_changed");
    assert!(events[0].details.contains("\"to\":\"open\""));
}

#[rocket::async_test]
async fn screening_reruns_the_rules_and_an_override_needs_a_reason_that_the_applicant_reads() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Applicant, "lead@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(3),
        EditionStatus::Open,
    )
    .await;
    let mut applicant = app.logged_in("lead@example.org").await;
    let id = start(&mut applicant, edition.id).await;
    fill(&mut applicant, id).await;
    save(
        &mut applicant,
        id,
        "partnership",
        &[
            ("lead_name", "City of Roeselare"),
            ("lead_kind", "municipality"),
            ("lead_country", "BE"),
            ("partners[0].name", "Dogbo Development Association"),
            ("partners[0].kind", "ngo"),
            ("partners[0].country", "BJ"),
            ("partners[0].role", "partner_lrg"),
        ],
    )
    .await;
    assert_eq!(submit(&mut applicant, id).await.status, Status::SeeOther);
    let mut sec = app.logged_in("sec@example.org").await;
    let status_path = format!("/secretariat/editions/{}/status", edition.id);
    sec.post(&status_path, &[("to", "closed")]).await;
    sec.post(&status_path, &[("to", "screening")]).await;
    let page = sec
        .get(&format!("/secretariat/editions/{}", edition.id))
        .await;
    assert!(
        page.body
            .contains("The eligibility rules ran again on 1 submissions."),
        "{}",
        page.body
    );
    let queue = sec
        .get(&format!(
            "/secretariat/editions/{}/submissions?eligibility=needs_review",
            edition.id
        ))
        .await;
    assert!(queue.body.contains("Shared waste collection"));
    let path = format!("/secretariat/submissions/{id}/eligibility");
    let refused = sec
        .post(&path, &[("outcome", "pass"), ("reason", "ok")])
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(refused.body.contains(
        "Reason: say why it is eligible or not, for the applicant to read (at least 10 characters)"
    ));
    let reason = "The association is the development agency of the commune.";
    let decided = sec
        .post(&path, &[("outcome", "pass"), ("reason", reason)])
        .await;
    assert_eq!(decided.status, Status::SeeOther);
    let events = laurel::db::audit::for_subject(app.db(), "submission", &id.to_string())
        .await
        .unwrap();
    assert_eq!(events[0].action, "eligibility.overridden");
    let overview = applicant
        .get(&format!("/applicant/applications/{id}"))
        .await;
    assert!(overview.body.contains("The secretariat decided: Eligible."));
    assert!(overview.body.contains(reason));
    assert!(
        !overview.body.contains("Test Secretariat"),
        "the applicant does not see who decided"
    );
}

#[rocket::async_test]
async fn the_submissions_export_is_csv_with_formula_cells_neutralised() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Applicant, "lead@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(3),
        EditionStatus::Open,
    )
    .await;
    let mut applicant = app.logged_in("lead@example.org").await;
    let id = start(&mut applicant, edition.id).await;
    fill(&mut applicant, id).await;
    save(
        &mut applicant,
        id,
        "project",
        &[
            ("title", "=HYPERLINK(\"http://evil.example\")"),
            ("ongoing", "yes"),
        ],
    )
    .await;
    submit(&mut applicant, id).await;
    let mut sec = app.logged_in("sec@example.org").await;
    let csv = sec
        .get(&format!(
            "/secretariat/editions/{}/submissions.csv",
            edition.id
        ))
        .await;
    assert_eq!(csv.status, Status::Ok);
    assert!(
        csv.headers
            .get("content-type")
            .is_some_and(|t| t.starts_with("text/csv"))
    );
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "edition");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][3], "'=HYPERLINK(\"http://evil.example\")");
    assert_eq!(&rows[0][5], "Belgium");
    assert_eq!(&rows[0][9], "pass");
}

#[rocket::async_test]
async fn the_submission_list_filters_by_country_goal_eligibility_and_words() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Applicant, "lead@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(3),
        EditionStatus::Open,
    )
    .await;
    let mut applicant = app.logged_in("lead@example.org").await;
    let submitted = start(&mut applicant, edition.id).await;
    fill(&mut applicant, submitted).await;
    submit(&mut applicant, submitted).await;
    let draft = start(&mut applicant, edition.id).await;
    save(
        &mut applicant,
        draft,
        "project",
        &[("title", "A draft about water")],
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let base = format!("/secretariat/editions/{}/submissions", edition.id);
    let count = |body: &str| body.matches("href=\"/secretariat/submissions/").count();
    assert_eq!(count(&sec.get(&base).await.body), 2);
    assert_eq!(count(&sec.get(&format!("{base}?country=BJ")).await.body), 1);
    assert_eq!(count(&sec.get(&format!("{base}?country=SN")).await.body), 0);
    assert_eq!(count(&sec.get(&format!("{base}?sdg=6")).await.body), 1);
    assert_eq!(
        count(&sec.get(&format!("{base}?eligibility=pass")).await.body),
        1
    );
    assert_eq!(
        count(&sec.get(&format!("{base}?status=draft")).await.body),
        1
    );
    assert_eq!(count(&sec.get(&format!("{base}?q=water")).await.body), 1);
    let view = sec
        .get(&format!("/secretariat/submissions/{submitted}"))
        .await;
    assert!(
        view.body.contains("Our answer on resident_participation."),
        "read as the jury will"
    );
}

#[rocket::async_test]
async fn when_jurors_see_each_others_scores_is_fixed_once_the_jury_evaluation_starts() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(3),
        EditionStatus::Draft,
    )
    .await;
    let mut browser = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/editions/{}", edition.id);
    let mut fields = edition_fields("2027-01-10T09:00", "2027-06-30T23:59");
    fields.retain(|(k, _)| *k != "peer_scores");
    fields.push(("peer_scores", "after_own_scorecard"));
    let changed = browser.post(&path, &fields).await;
    assert_eq!(changed.status, Status::SeeOther, "{}", changed.body);
    let page = browser.get(&path).await;
    assert!(
        page.body
            .contains("Once the juror has submitted their own scorecard")
    );
    fixtures::advance(&app, edition.id, EditionStatus::JuryEvaluation).await;
    fields.retain(|(k, _)| *k != "peer_scores");
    fields.push(("peer_scores", "at_consensus"));
    let refused = browser.post(&path, &fields).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("fixed once the jury evaluation has started")
    );
    let unchanged = laurel::db::editions::find(app.db(), edition.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        unchanged.peer_scores,
        laurel::domain::peer_scores::PeerScores::AfterOwnScorecard
    );
}

#[rocket::async_test]
async fn a_secretariat_reading_french_gets_the_edition_forms_problems_in_french_with_its_values() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    browser
        .post("/language", &[("lang", "fr"), ("back", "/secretariat")])
        .await;
    let answer = post_bad_edition_form(&mut browser).await;
    for problem in [
        "Ouverture : 2027-03-28 02:30 n’existe pas dans le fuseau horaire Europe/Brussels",
        "Langues acceptées : acceptez au moins une langue",
        "Pays du candidat chef de file : ces codes ne sont pas des codes de pays ISO 3166 : QQ",
    ] {
        assert!(answer.body.contains(problem), "missing {problem}");
    }
    assert!(
        !answer.body.contains("does not exist"),
        "nothing in English"
    );
    assert!(answer.body.contains("value=\"PLATFORMAwards 2027\""));
}
