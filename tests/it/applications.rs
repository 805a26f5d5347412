//! The applicant's journey: registration, drafts over several sessions, validation, the deadline,
//! concurrent saves, submission with eligibility, withdrawal, and privacy between applicants.

use chrono::Duration;
use laurel::domain::application::SubmissionStatus;
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;

use crate::fixtures::{self, fill, save, start, submit};
use crate::helpers::TestApp;

async fn register<'a>(app: &'a TestApp, email: &str) -> crate::helpers::Browser<'a> {
    fixtures::register_in_dakar(app, email).await
}

#[rocket::async_test]
async fn an_applicant_registers_drafts_over_two_sessions_submits_and_sees_eligibility() {
    let app = TestApp::spawn().await;
    let closes = app.clock().now() + Duration::days(10);
    let edition = fixtures::edition(&app, closes, EditionStatus::Open).await;
    let mut first_session = register(&app, "ann@roeselare.example").await;
    let dashboard = first_session.get("/applicant").await;
    assert!(
        dashboard.body.contains("Test Awards 2027"),
        "the open call is listed"
    );
    let id = start(&mut first_session, edition.id).await;
    let lead = first_session
        .get(&format!("/applicant/applications/{id}/partnership"))
        .await;
    assert!(
        lead.body.contains("value=\"City of Roeselare\""),
        "the lead is prefilled"
    );
    let saved = save(
        &mut first_session,
        id,
        "project",
        &[("title", "Shared waste collection")],
    )
    .await;
    assert_eq!(saved.status, Status::SeeOther);
    first_session.post("/logout", &[]).await;

    let mut second_session = app.browser().await;
    second_session
        .login("ann@roeselare.example", "a long applicant password")
        .await;
    let page = second_session
        .get(&format!("/applicant/applications/{id}/project"))
        .await;
    assert!(
        page.body.contains("value=\"Shared waste collection\""),
        "the draft survived"
    );
    assert!(page.body.contains("Last saved:"));
    fill(&mut second_session, id).await;
    let overview = second_session
        .get(&format!("/applicant/applications/{id}"))
        .await;
    assert!(
        overview.body.contains("Greenwich Mean Time your time"),
        "the deadline is shown in the applicant's zone: {}",
        overview.body
    );
    assert!(overview.body.contains("Central European"));
    let answer = submit(&mut second_session, id).await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let overview = second_session
        .get(&format!("/applicant/applications/{id}"))
        .await;
    assert!(
        overview
            .body
            .contains("Your application has been submitted.")
    );
    assert!(
        overview
            .body
            .contains("Eligibility: <span class=\"status status-pass\">Eligible</span>")
    );
    assert!(
        overview
            .body
            .contains(
                "<span translate=\"no\">E2</span>: At least one partner local government is in a partner country"
            )
    );
    let again = save(
        &mut second_session,
        id,
        "project",
        &[("title", "Changed after submission")],
    )
    .await;
    assert_eq!(
        again.status,
        Status::Conflict,
        "a submitted application is frozen"
    );
}

#[rocket::async_test]
async fn submitting_an_incomplete_draft_lists_every_problem_with_a_link_to_its_field() {
    let app = TestApp::spawn().await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(10),
        EditionStatus::Open,
    )
    .await;
    let mut browser = register(&app, "ann@roeselare.example").await;
    let id = start(&mut browser, edition.id).await;
    save(
        &mut browser,
        id,
        "project",
        &[("title", "Only a title"), ("summary", &"x".repeat(1501))],
    )
    .await;
    let answer = submit(&mut browser, id).await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(answer.body.contains("Your application was not submitted"));
    assert!(
        answer
            .body
            .contains("Summary: has 1501 characters; the limit is 1500")
    );
    assert!(answer.body.contains(&format!(
        "/applicant/applications/{id}/sdgs?check=true#primary_sdg"
    )));
    assert!(
        answer
            .body
            .contains("Declaration: the authorised person must tick the declaration")
    );
    let section = browser
        .get(&format!("/applicant/applications/{id}/project?check=true"))
        .await;
    assert!(
        section
            .body
            .contains("<p class=\"field-error\">Summary: has 1501 characters"),
        "next to its field"
    );
    assert!(section.body.contains("Only a title"), "the input is kept");
}

#[rocket::async_test]
async fn a_submission_one_second_before_the_deadline_counts_and_one_second_after_is_refused() {
    let app = TestApp::spawn().await;
    let closes = app.clock().now() + Duration::hours(2);
    let edition = fixtures::edition(&app, closes, EditionStatus::Open).await;
    let mut on_time = register(&app, "on-time@example.org").await;
    let mut late = register(&app, "late@example.org").await;
    let first = start(&mut on_time, edition.id).await;
    let second = start(&mut late, edition.id).await;
    fill(&mut on_time, first).await;
    fill(&mut late, second).await;
    let until_deadline = closes - app.clock().now();
    app.clock().advance(until_deadline - Duration::seconds(1));
    assert_eq!(submit(&mut on_time, first).await.status, Status::SeeOther);
    app.clock().advance(Duration::seconds(2));
    let refused = submit(&mut late, second).await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(
        refused.body.contains("The deadline has passed"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Your draft is kept."));
    let record = laurel::db::applications::find(app.db(), second)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.status, SubmissionStatus::Draft);
    assert_eq!(record.draft.title, "Shared waste collection");
    let withdraw = on_time
        .post(&format!("/applicant/applications/{first}/withdraw"), &[])
        .await;
    assert_eq!(withdraw.status, Status::SeeOther);
    let after = laurel::db::applications::find(app.db(), first)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        after.status,
        SubmissionStatus::Submitted,
        "no withdrawal after the deadline"
    );
}

#[rocket::async_test]
async fn two_tabs_saving_the_same_draft_never_overwrite_each_other_silently() {
    let app = TestApp::spawn().await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(10),
        EditionStatus::Open,
    )
    .await;
    let mut browser = register(&app, "ann@roeselare.example").await;
    let id = start(&mut browser, edition.id).await;
    let opened_in_both = fixtures::stamp(&mut browser, id, "project").await;
    let first = browser
        .post(
            &format!("/applicant/applications/{id}/project"),
            &[
                ("stamp", &opened_in_both),
                ("action", "save"),
                ("title", "Written in tab one"),
            ],
        )
        .await;
    assert_eq!(first.status, Status::SeeOther);
    let second = browser
        .post(
            &format!("/applicant/applications/{id}/project"),
            &[
                ("stamp", &opened_in_both),
                ("action", "save"),
                ("title", "Written in tab two"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(second.status, Status::Conflict);
    assert!(second.body.contains("Your changes were not saved"));
    assert!(
        second.body.contains("Written in tab two"),
        "the applicant's text is shown to copy"
    );
    assert!(
        second.body.contains("<dd class=\"prewrap\">French</dd>"),
        "codes are shown as people read them: {}",
        second.body
    );
    let record = laurel::db::applications::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.draft.title, "Written in tab one");
}

#[rocket::async_test]
async fn a_submitted_application_can_be_withdrawn_before_the_deadline_and_resubmitted() {
    let app = TestApp::spawn().await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(10),
        EditionStatus::Open,
    )
    .await;
    let mut browser = register(&app, "ann@roeselare.example").await;
    let id = start(&mut browser, edition.id).await;
    fill(&mut browser, id).await;
    submit(&mut browser, id).await;
    let answer = browser
        .post(&format!("/applicant/applications/{id}/withdraw"), &[])
        .await;
    assert_eq!(answer.status, Status::SeeOther);
    let record = laurel::db::applications::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.status, SubmissionStatus::Draft);
    save(
        &mut browser,
        id,
        "project",
        &[("title", "Improved title"), ("ongoing", "yes")],
    )
    .await;
    assert_eq!(submit(&mut browser, id).await.status, Status::SeeOther);
    let snapshot = laurel::db::applications::latest_snapshot(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(snapshot.title, "Improved title");
}

#[rocket::async_test]
async fn an_applicant_never_sees_or_changes_another_applicants_application() {
    let app = TestApp::spawn().await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(10),
        EditionStatus::Open,
    )
    .await;
    let mut owner = register(&app, "owner@example.org").await;
    let id = start(&mut owner, edition.id).await;
    save(&mut owner, id, "project", &[("title", "Secret project")]).await;
    let mut other = register(&app, "other@example.org").await;
    for path in [
        format!("/applicant/applications/{id}"),
        format!("/applicant/applications/{id}/project"),
    ] {
        let answer = other.get(&path).await;
        assert_eq!(answer.status, Status::NotFound, "{path}");
        assert!(!answer.body.contains("Secret project"));
    }
    for path in ["project", "submit", "withdraw"] {
        let answer = other
            .post(
                &format!("/applicant/applications/{id}/{path}"),
                &[("version", "2"), ("title", "Hijacked")],
            )
            .await;
        assert_eq!(answer.status, Status::NotFound, "{path}");
    }
    let dashboard = other.get("/applicant").await;
    assert!(!dashboard.body.contains("Secret project"));
    let record = laurel::db::applications::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.draft.title, "Secret project");
}

#[rocket::async_test]
async fn registration_names_every_problem_and_keeps_the_values() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    let answer = browser
        .post(
            "/register",
            &[
                ("name", "Ann"),
                ("email", "not-an-email"),
                ("password", "short"),
                ("organisation", "City of Roeselare"),
                ("kind", ""),
                ("country", "ZZ"),
                ("time_zone", "Europe/Atlantis"),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    for problem in [
        "Email address: give an address such as name@example.org",
        "Password: at least 12 characters, please (this one has 5)",
        "Kind of organisation: please choose one",
        "Country: please choose a country",
        "Your time zone: “Europe/Atlantis” is not a time zone",
    ] {
        assert!(answer.body.contains(problem), "missing {problem}");
    }
    assert!(answer.body.contains("value=\"City of Roeselare\""));
    assert!(
        !answer.body.contains("value=\"short\""),
        "the password is not sent back"
    );
}

#[rocket::async_test]
async fn a_deadline_just_after_the_spring_clock_change_is_enforced_to_the_second() {
    let app = TestApp::spawn().await;
    let closes =
        laurel::domain::edition::local_to_utc("2027-03-28T03:00", "Europe/Brussels").unwrap();
    assert_eq!(closes.to_rfc3339(), "2027-03-28T01:00:00+00:00");
    let edition = fixtures::edition(&app, closes, EditionStatus::Open).await;
    let mut first = register(&app, "first@example.org").await;
    let mut second = register(&app, "second@example.org").await;
    let a = start(&mut first, edition.id).await;
    let b = start(&mut second, edition.id).await;
    fill(&mut first, a).await;
    fill(&mut second, b).await;
    let overview = first.get(&format!("/applicant/applications/{a}")).await;
    assert!(
        overview
            .body
            .contains("28 March 2027 at 03:00 Central European Summer Time"),
        "edition zone"
    );
    assert!(
        overview
            .body
            .contains("28 March 2027 at 01:00 Greenwich Mean Time"),
        "applicant zone (Africa/Dakar)"
    );
    app.clock()
        .advance(closes - app.clock().now() - Duration::seconds(1));
    // Months have passed: both log in again (sessions last 12 hours).
    first
        .login("first@example.org", "a long applicant password")
        .await;
    second
        .login("second@example.org", "a long applicant password")
        .await;
    app.clock()
        .advance(closes - app.clock().now() - Duration::seconds(1));
    assert_eq!(submit(&mut first, a).await.status, Status::SeeOther);
    app.clock().advance(Duration::seconds(1));
    let late = submit(&mut second, b).await;
    assert_eq!(late.status, Status::Conflict, "at the closing instant");
}

#[rocket::async_test]
async fn a_full_answers_section_in_a_non_latin_script_is_saved_and_line_breaks_count_once() {
    let app = TestApp::spawn().await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(10),
        EditionStatus::Open,
    )
    .await;
    let mut browser = register(&app, "ann@roeselare.example").await;
    let id = start(&mut browser, edition.id).await;
    let paragraph = format!("{}\r\n", "α".repeat(299));
    let answer_text = paragraph.repeat(10);
    assert_eq!(
        answer_text.chars().count(),
        3010,
        "3000 characters with CRLF line breaks"
    );
    let fields: Vec<(String, String)> = fixtures::CRITERIA
        .iter()
        .map(|k| (format!("answers[{k}]"), answer_text.clone()))
        .collect();
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let saved = save(&mut browser, id, "answers", &fields).await;
    assert_eq!(
        saved.status,
        Status::SeeOther,
        "a section far above 32 KiB is accepted"
    );
    let record = laurel::db::applications::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    let stored = &record.draft.answers["resident_participation"];
    assert_eq!(
        stored.chars().count(),
        3000,
        "a line break counts as one character"
    );
    let section = browser
        .get(&format!("/applicant/applications/{id}/answers?check=true"))
        .await;
    assert!(
        !section.body.contains("the limit is 3000"),
        "within the limit"
    );
}
