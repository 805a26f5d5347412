//! Confirmed email addresses: an applicant registered while mail is set up confirms the address
//! through an emailed link before submitting (the draft is kept meanwhile); the link can be sent
//! again by the applicant or the secretariat, and only the newest works; moving an account to a
//! new address confirms the new one first and tells the old one.

use std::sync::Arc;

use laurel::domain::role::Role;
use rocket::http::{Method, Status};

use crate::api::{call, json_of, make_token, script};
use crate::fixtures;
use crate::helpers::{PASSWORD, TestApp, all_at_once};
use crate::smtp::{SmtpServer, deliver, link_in};

const CONFIRM_LINK: &str = "https://awards.example.org/email/confirm/";
const ANN: &str = "ann@roeselare.example";

async fn app_with(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(|f| smtp.configure(f)).await
}

/// The path of the newest confirmation link delivered to `email`.
async fn newest_link(app: &TestApp, smtp: &SmtpServer, email: &str) -> String {
    deliver(app).await;
    let received = smtp.received_by(email);
    let last = received.last().expect("a message");
    link_in(&last.text, CONFIRM_LINK)
        .trim_start_matches("https://awards.example.org")
        .to_owned()
}

/// Asks to move the account of `browser` to `email`, with `password`.
async fn move_to(
    browser: &mut crate::helpers::Browser<'_>,
    email: &str,
    password: &str,
) -> crate::helpers::Answer {
    browser
        .post(
            "/account/email",
            &[("new_email", email), ("email_password", password)],
        )
        .await
}

async fn confirmed(app: &TestApp, email: &str) -> bool {
    laurel::db::users::find_for_login(app.db(), email)
        .await
        .unwrap()
        .unwrap()
        .0
        .email_confirmed
}

#[rocket::async_test]
async fn an_applicant_confirms_the_address_through_the_emailed_link_before_submitting() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let edition = fixtures::open_call(&app).await;
    let mut ann = fixtures::register_in_dakar(&app, ANN).await;
    let dashboard = ann.get("/applicant").await;
    assert!(
        dashboard
            .body
            .contains("We sent a link to ann@roeselare.example: follow it"),
        "{}",
        dashboard.body
    );
    assert!(dashboard.body.contains("Confirm your email address"));
    assert!(!confirmed(&app, ANN).await);

    let id = fixtures::start(&mut ann, edition.id).await;
    fixtures::fill(&mut ann, id).await;
    let refused = fixtures::submit(&mut ann, id).await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(
        refused.body.contains("Confirm your email address first"),
        "{}",
        refused.body
    );
    let overview = ann.get(&format!("/applicant/applications/{id}")).await;
    assert!(overview.body.contains("Draft"), "the draft is kept");

    let received = {
        deliver(&app).await;
        smtp.received_by(ANN)
    };
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].subject, "Confirm your email address for Laurel");
    assert!(
        received[0].text.starts_with("Dear Ann Applicant,"),
        "{}",
        received[0].text
    );
    let path = link_in(&received[0].text, CONFIRM_LINK)
        .trim_start_matches("https://awards.example.org")
        .to_owned();

    let mut elsewhere = app.browser().await;
    let page = elsewhere.get(&path).await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body
            .contains("Confirm that ann@roeselare.example is your address")
    );
    assert!(
        !confirmed(&app, ANN).await,
        "opening the link confirms nothing: the button does"
    );
    let done = elsewhere.post(&path, &[]).await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    assert!(confirmed(&app, ANN).await);
    assert_eq!(elsewhere.get(&path).await.status, Status::Gone);

    assert_eq!(
        fixtures::submit(&mut ann, id).await.status,
        Status::SeeOther
    );
    let dashboard = ann.get("/applicant").await;
    assert!(
        !dashboard.body.contains("We sent a link to"),
        "{}",
        dashboard.body
    );
}

#[rocket::async_test]
async fn an_unconfirmed_applicant_is_refused_by_the_api_with_a_stable_code() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let edition = fixtures::open_call(&app).await;
    let mut ann = fixtures::register_in_dakar(&app, ANN).await;
    let id = fixtures::start(&mut ann, edition.id).await;
    fixtures::fill(&mut ann, id).await;
    let token = make_token(&mut ann, "script", "read_write").await;
    let mut client = script(&app).await;
    let path = format!("/api/v1/applications/{id}");
    let etag = call(&mut client, Method::Get, &path, &token, &[], None)
        .await
        .headers["etag"]
        .clone();
    let refused = call(
        &mut client,
        Method::Post,
        &format!("{path}/submit"),
        &token,
        &[("If-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(refused.status, Status::Conflict);
    assert_eq!(json_of(&refused)["code"], "email_unconfirmed");
    let me = call(&mut client, Method::Get, "/api/v1/me", &token, &[], None).await;
    assert_eq!(json_of(&me)["email_confirmed"], false, "{}", me.body);
}

#[rocket::async_test]
async fn without_mail_a_registered_applicant_counts_as_confirmed() {
    let app = TestApp::spawn().await;
    let edition = fixtures::open_call(&app).await;
    let mut ann = fixtures::register_in_dakar(&app, ANN).await;
    assert!(confirmed(&app, ANN).await);
    let id = fixtures::start(&mut ann, edition.id).await;
    fixtures::fill(&mut ann, id).await;
    assert_eq!(
        fixtures::submit(&mut ann, id).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn the_link_is_sent_again_by_the_applicant_or_the_secretariat_and_only_the_newest_works() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let mut ann = fixtures::register_in_dakar(&app, ANN).await;
    let first = newest_link(&app, &smtp, ANN).await;

    let resent = ann.post("/account/email/confirmation", &[]).await;
    assert_eq!(resent.status, Status::SeeOther);
    let after = ann.get("/applicant").await;
    assert!(
        after
            .body
            .contains("We sent a new link to ann@roeselare.example"),
        "{}",
        after.body
    );
    let second = newest_link(&app, &smtp, ANN).await;
    assert_ne!(first, second);

    app.account(Role::Secretariat, "sec@example.org").await;
    let mut sec = app.logged_in("sec@example.org").await;
    let ann_id = laurel::db::users::find_for_login(app.db(), ANN)
        .await
        .unwrap()
        .unwrap()
        .0
        .id;
    let list = sec.get("/secretariat/accounts").await;
    assert!(list.body.contains("not confirmed"), "{}", list.body);
    let detail = sec.get(&format!("/secretariat/accounts/{ann_id}")).await;
    assert!(detail.body.contains("Send the confirmation link again"));
    let by_staff = sec
        .post(&format!("/secretariat/accounts/{ann_id}/confirmation"), &[])
        .await;
    assert_eq!(by_staff.status, Status::SeeOther);
    let third = newest_link(&app, &smtp, ANN).await;
    assert_eq!(smtp.received_by(ANN).len(), 3);

    for old in [&first, &second] {
        let page = app.browser().await.get(old).await;
        assert_eq!(page.status, Status::Gone);
        assert!(
            page.body.contains("a newer link was sent since"),
            "{}",
            page.body
        );
    }
    let mut browser = app.browser().await;
    assert_eq!(browser.post(&third, &[]).await.status, Status::SeeOther);
    assert!(confirmed(&app, ANN).await);
    let history = sec.get(&format!("/secretariat/accounts/{ann_id}")).await;
    assert!(
        history.body.contains("Email address confirmed"),
        "{}",
        history.body
    );
    assert!(history.body.contains("Confirmation link sent"));

    let again = ann.post("/account/email/confirmation", &[]).await;
    assert_eq!(again.status, Status::SeeOther);
    let said = ann.get("/applicant").await;
    assert!(said.body.contains("already confirmed"), "{}", said.body);
}

#[rocket::async_test]
async fn an_account_moves_to_a_new_address_only_once_it_is_confirmed_and_the_old_one_is_told() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    app.account(Role::Juror, "jo@example.org").await;
    app.account(Role::Applicant, "taken@example.org").await;
    let mut jo = app.logged_in("jo@example.org").await;

    let wrong = move_to(&mut jo, "jo@new.example", "not my password").await;
    assert_eq!(wrong.status, Status::UnprocessableEntity);
    assert!(
        wrong
            .body
            .contains("Your password: this is not your current password"),
        "{}",
        wrong.body
    );
    assert!(
        wrong.body.contains(r#"value="jo@new.example""#),
        "the address typed is kept"
    );
    let taken = move_to(&mut jo, "Taken@Example.org", PASSWORD).await;
    assert_eq!(taken.status, Status::UnprocessableEntity);
    assert!(taken.body.contains("another account uses this address"));

    let asked = move_to(&mut jo, "jo@new.example", PASSWORD).await;
    assert_eq!(asked.status, Status::SeeOther, "{}", asked.body);
    let account = jo.get("/account").await;
    assert!(
        account.body.contains("A link was sent to jo@new.example"),
        "{}",
        account.body
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("jo@example.org", PASSWORD).await.status,
        Status::SeeOther,
        "not moved yet"
    );

    let path = newest_link(&app, &smtp, "jo@new.example").await;
    let received = smtp.received_by("jo@new.example");
    assert_eq!(
        received[0].subject,
        "Confirm your new email address for Laurel"
    );
    assert_eq!(
        app.browser().await.post(&path, &[]).await.status,
        Status::SeeOther
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("jo@new.example", PASSWORD).await.status,
        Status::SeeOther
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("jo@example.org", PASSWORD).await.status,
        Status::UnprocessableEntity
    );

    deliver(&app).await;
    let told = smtp.received_by("jo@example.org");
    assert_eq!(told.len(), 2, "warned when asked, told when moved");
    assert_eq!(
        told[0].subject,
        "Someone asked to move your Laurel account to another address"
    );
    assert_eq!(
        told[1].subject,
        "Your Laurel account uses a new email address"
    );
    assert!(told[1].text.contains("now uses jo@new.example"));
}

#[rocket::async_test]
async fn a_link_to_an_address_another_account_took_meanwhile_moves_nothing() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    app.account(Role::Juror, "jo@example.org").await;
    let mut jo = app.logged_in("jo@example.org").await;
    let asked = move_to(&mut jo, "jo@new.example", PASSWORD).await;
    assert_eq!(asked.status, Status::SeeOther);
    let path = newest_link(&app, &smtp, "jo@new.example").await;
    fixtures::register_in_dakar(&app, "jo@new.example").await;
    let refused = app.browser().await.post(&path, &[]).await;
    assert_eq!(refused.status, Status::Gone);
    assert!(
        refused
            .body
            .contains("another account uses this address now"),
        "{}",
        refused.body
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("jo@example.org", PASSWORD).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn two_confirmations_of_one_link_at_once_confirm_once() {
    let smtp = SmtpServer::start().await;
    let app = Arc::new(app_with(&smtp).await);
    fixtures::register_in_dakar(&app, ANN).await;
    let path = newest_link(&app, &smtp, ANN).await;
    let mut requests = Vec::new();
    for _ in 0..2 {
        let mut browser = app.browser().await;
        requests.push(browser.prepare_post(&path, &[]).await);
    }
    let mut statuses: Vec<_> = all_at_once(&app, requests)
        .await
        .iter()
        .map(|a| a.status.code)
        .collect();
    statuses.sort();
    assert_eq!(statuses, vec![303, 410]);
    assert!(confirmed(&app, ANN).await);
}

#[rocket::async_test]
async fn without_mail_a_change_of_address_applies_at_once_after_the_password() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "jo@example.org").await;
    let mut jo = app.logged_in("jo@example.org").await;
    let moved = move_to(&mut jo, "jo@new.example", PASSWORD).await;
    assert_eq!(moved.status, Status::SeeOther, "{}", moved.body);
    let account = jo.get("/account").await;
    assert!(
        account
            .body
            .contains("Your account now uses jo@new.example"),
        "{}",
        account.body
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("jo@new.example", PASSWORD).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn the_old_address_is_warned_and_a_password_change_cancels_a_pending_move() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    app.account(Role::Juror, "jo@example.org").await;
    let mut intruder = app.logged_in("jo@example.org").await;
    let asked = move_to(&mut intruder, "intruder@evil.example", PASSWORD).await;
    assert_eq!(asked.status, Status::SeeOther);
    let path = newest_link(&app, &smtp, "intruder@evil.example").await;
    let warned = smtp.received_by("jo@example.org");
    assert_eq!(warned.len(), 1);
    assert!(
        warned[0]
            .text
            .contains("asked to move it to intruder@evil.example"),
        "{}",
        warned[0].text
    );

    let mut jo = app.logged_in("jo@example.org").await;
    let changed = jo
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "jo's brand new password"),
                ("confirm_password", "jo's brand new password"),
            ],
        )
        .await;
    assert_eq!(changed.status, Status::SeeOther, "{}", changed.body);
    let refused = app.browser().await.post(&path, &[]).await;
    assert_eq!(refused.status, Status::Gone, "{}", refused.body);
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh
            .login("jo@example.org", "jo's brand new password")
            .await
            .status,
        Status::SeeOther,
        "the account did not move"
    );
}

#[rocket::async_test]
async fn a_deactivated_account_does_not_move() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let jo_account = app.account(Role::Juror, "jo@example.org").await;
    let mut jo = app.logged_in("jo@example.org").await;
    assert_eq!(
        move_to(&mut jo, "jo@new.example", PASSWORD).await.status,
        Status::SeeOther
    );
    let path = newest_link(&app, &smtp, "jo@new.example").await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut sec = app.logged_in("sec@example.org").await;
    let off = sec
        .post(
            &format!("/secretariat/accounts/{}/deactivate", jo_account.id),
            &[],
        )
        .await;
    assert_eq!(off.status, Status::SeeOther);
    assert_eq!(
        app.browser().await.post(&path, &[]).await.status,
        Status::Gone
    );
    assert!(
        laurel::db::users::find_for_login(app.db(), "jo@example.org")
            .await
            .unwrap()
            .is_some()
    );
}

#[rocket::async_test]
async fn an_unconfirmed_applicant_submits_once_mail_is_switched_off() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let edition = fixtures::open_call(&app).await;
    let mut ann = fixtures::register_in_dakar(&app, ANN).await;
    let id = fixtures::start(&mut ann, edition.id).await;
    fixtures::fill(&mut ann, id).await;
    assert_eq!(
        fixtures::submit(&mut ann, id).await.status,
        Status::Conflict
    );
    let without_mail = app.second_instance().await;
    let mut ann = without_mail.browser().await;
    assert_eq!(
        ann.login(ANN, "a long applicant password").await.status,
        Status::SeeOther
    );
    assert_eq!(
        fixtures::submit(&mut ann, id).await.status,
        Status::SeeOther,
        "without mail there is no link to follow, so nothing is asked"
    );
}
