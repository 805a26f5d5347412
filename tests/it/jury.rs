//! The jury of an edition: inviting jurors with a one-time link that expires.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::Status;

use crate::fixtures;
use crate::helpers::{TestApp, csrf_in};

fn invite_fields<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", email),
        ("jury_role", "rapporteur"),
        ("affiliation", "UCLG Africa"),
        ("country", "SN"),
        ("languages", "fr"),
        ("languages", "en"),
    ]
}

fn link_in(body: &str) -> String {
    let start = body.find("/invitations/").expect("a link");
    let end = body[start..].find('<').expect("the end of the link") + start;
    body[start..end].to_owned()
}

#[rocket::async_test]
async fn an_invited_juror_sets_a_password_through_the_link_once_and_is_logged_in() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Draft,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/editions/{}/jury", edition.id);
    let answer = sec
        .post(&path, &invite_fields("Awa Ndiaye", "awa@example.org"))
        .await;
    assert_eq!(answer.status, Status::Ok, "{}", answer.body);
    assert!(answer.body.contains("Invitation for Awa Ndiaye"));
    let link = link_in(&answer.body);
    let mut juror = app.browser().await;
    let form = juror.get(&link).await;
    assert_eq!(form.status, Status::Ok);
    assert!(form.body.contains("Welcome to the jury, Awa Ndiaye"));
    let token = csrf_in(&form.body).unwrap();
    let short = juror
        .post_raw(
            &link,
            &[
                ("csrf_token", &token),
                ("password", "short"),
                ("confirm_password", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    let password = "a juror's long password";
    let done = juror
        .post_raw(
            &link,
            &[
                ("csrf_token", &token),
                ("password", password),
                ("confirm_password", password),
            ],
        )
        .await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    assert_eq!(done.location.as_deref(), Some("/jury"));
    assert_eq!(juror.get("/jury").await.status, Status::Ok, "logged in");
    assert_eq!(
        juror.get(&link).await.status,
        Status::Gone,
        "the link works once"
    );
    let mut again = app.browser().await;
    assert_eq!(
        again.login("awa@example.org", password).await.status,
        Status::SeeOther
    );
    let page = sec.get(&path).await;
    assert!(page.body.contains("Awa Ndiaye") && page.body.contains("Rapporteur"));
    assert!(page.body.contains("Ready"));
    let events = laurel::db::audit::for_subject(app.db(), "edition", &edition.id.to_string())
        .await
        .unwrap();
    assert!(events.iter().any(|e| e.action == "jury.invited"));
}

#[rocket::async_test]
async fn an_invitation_expires_and_an_unknown_link_is_refused() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Draft,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let answer = sec
        .post(
            &format!("/secretariat/editions/{}/jury", edition.id),
            &invite_fields("Late Juror", "late@example.org"),
        )
        .await;
    let link = link_in(&answer.body);
    app.clock().advance(Duration::days(15));
    let mut juror = app.browser().await;
    let expired = juror.get(&link).await;
    assert_eq!(expired.status, Status::Gone);
    assert!(expired.body.contains("has expired"));
    assert_eq!(
        juror.get("/invitations/not-a-real-token").await.status,
        Status::Gone
    );
}

#[rocket::async_test]
async fn an_applicant_cannot_be_put_on_a_jury_and_nobody_twice() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Applicant, "lead@example.org").await;
    app.account(Role::Juror, "juror@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Draft,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/editions/{}/jury", edition.id);
    let refused = sec
        .post(&path, &invite_fields("Lead", "lead@example.org"))
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("belongs to an applicant or secretariat account")
    );
    let added = sec
        .post(&path, &invite_fields("Existing Juror", "juror@example.org"))
        .await;
    assert_eq!(added.status, Status::Ok);
    assert!(
        !added.body.contains("/invitations/"),
        "an existing juror needs no link"
    );
    let twice = sec
        .post(&path, &invite_fields("Existing Juror", "juror@example.org"))
        .await;
    assert_eq!(twice.status, Status::UnprocessableEntity);
    assert!(twice.body.contains("already on the jury"));
    let bad = sec
        .post(
            &path,
            &[
                ("name", ""),
                ("email", "x"),
                ("jury_role", "king"),
                ("country", "ZZ"),
            ],
        )
        .await;
    assert_eq!(bad.status, Status::UnprocessableEntity);
    for problem in [
        "Name: please fill this in",
        "Role on the jury: choose one",
        "Country: choose a country",
        "Languages: tick at least one",
    ] {
        assert!(bad.body.contains(problem), "missing {problem}");
    }
}
