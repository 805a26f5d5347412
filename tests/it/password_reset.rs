//! "Forgot your password?": a one-time link sent through a real SMTP server, that works once,
//! for an hour, until a newer link or a password change; the same answer for every address;
//! throttles per email address and per client address; two uses at once set one password.

use std::sync::Arc;

use chrono::Duration;
use laurel::domain::role::Role;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{PASSWORD, TestApp, all_at_once, csrf_in};
use crate::smtp::{SmtpServer, deliver, link_in};

const NEW_PASSWORD: &str = "a brand new password 2027";
const RESET_LINK: &str = "https://awards.example.org/password/reset/";

async fn app_with(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(|f| smtp.configure(f)).await
}

/// Asks for a link from a fresh browser and returns the answer.
async fn ask(app: &TestApp, email: &str) -> crate::helpers::Answer {
    let mut browser = app.browser().await;
    browser.post("/password/forgot", &[("email", email)]).await
}

/// Asks for a link for `email`, delivers it, and returns the path of the link it carries.
async fn emailed_link(app: &TestApp, smtp: &SmtpServer, email: &str) -> String {
    let before = smtp.received_by(email).len();
    assert_eq!(ask(app, email).await.status, Status::Ok);
    deliver(app).await;
    let received = smtp.received_by(email);
    assert_eq!(received.len(), before + 1, "{received:?}");
    let link = link_in(&received[before].text, RESET_LINK);
    link.trim_start_matches("https://awards.example.org")
        .to_owned()
}

/// The answer to a new password sent through `path` from a fresh browser.
async fn use_link(app: &TestApp, path: &str, password: &str) -> crate::helpers::Answer {
    let mut browser = app.browser().await;
    browser
        .post(
            path,
            &[("password", password), ("confirm_password", password)],
        )
        .await
}

fn audit_actions(entries: &[laurel::db::entities::audit_entry::Model]) -> Vec<String> {
    entries.iter().map(|e| e.action.clone()).collect()
}

#[rocket::async_test]
async fn a_forgotten_password_is_reset_through_the_emailed_link_once_ending_every_other_session() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let account = app.account(Role::Applicant, "ana@example.org").await;
    let mut old_session = app.logged_in("ana@example.org").await;

    let mut browser = app.browser().await;
    let login = browser.get("/login").await;
    assert!(
        login
            .body
            .contains(r#"<a href="/password/forgot">Forgot your password?</a>"#)
    );
    let form = browser.get("/password/forgot").await;
    assert_eq!(form.status, Status::Ok);
    assert!(form.body.contains("Send me a link"), "{}", form.body);
    let sent = browser
        .post("/password/forgot", &[("email", " Ana@Example.org ")])
        .await;
    assert_eq!(sent.status, Status::Ok);
    assert!(sent.body.contains("Check your inbox"), "{}", sent.body);
    assert!(sent.body.contains("If an account uses Ana@Example.org"));

    assert_eq!(deliver(&app).await.sent, 1);
    let received = smtp.received_by("ana@example.org");
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].subject, "Choose a new Laurel password");
    assert!(
        received[0].text.starts_with("Dear Test Applicant,"),
        "{}",
        received[0].text
    );
    assert!(
        received[0]
            .text
            .contains("You receive this message because")
    );
    let link = link_in(&received[0].text, RESET_LINK);
    let path = link.trim_start_matches("https://awards.example.org");

    let page = browser.get(path).await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains("For the account of Test Applicant"));

    let refused = browser
        .post(
            path,
            &[("password", "short"), ("confirm_password", "other")],
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("New password: at least 12 characters"),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("New password, again: the two passwords are not the same")
    );

    let done = browser
        .post(
            path,
            &[
                ("password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    assert_eq!(done.location.as_deref(), Some("/applicant"));
    let start = browser.get("/applicant").await;
    assert_eq!(start.status, Status::Ok);
    assert!(
        start
            .body
            .contains("Your new password is set and you are logged in")
    );

    assert_eq!(
        old_session.get("/applicant").await.status,
        Status::SeeOther,
        "the session opened before the reset has ended"
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("ana@example.org", PASSWORD).await.status,
        Status::UnprocessableEntity
    );
    assert_eq!(
        fresh.login("ana@example.org", NEW_PASSWORD).await.status,
        Status::SeeOther
    );

    let again = use_link(&app, path, "yet another long password").await;
    assert_eq!(again.status, Status::Gone);
    assert!(
        again.body.contains("has already been used"),
        "{}",
        again.body
    );
    assert_eq!(app.browser().await.get(path).await.status, Status::Gone);

    let audit = laurel::db::entities::audit_entry::Entity::find()
        .filter(laurel::db::entities::audit_entry::Column::SubjectId.eq(account.id.to_string()))
        .all(app.db())
        .await
        .unwrap();
    let actions = audit_actions(&audit);
    assert!(
        actions.contains(&"account.password_reset_requested".to_owned()),
        "{actions:?}"
    );
    assert!(
        actions.contains(&"account.password_reset_by_link".to_owned()),
        "{actions:?}"
    );
}

#[rocket::async_test]
async fn a_reset_link_stops_working_after_an_hour() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    app.account(Role::Juror, "jo@example.org").await;
    let path = emailed_link(&app, &smtp, "jo@example.org").await;
    app.clock().advance(Duration::minutes(61));
    let page = app.browser().await.get(&path).await;
    assert_eq!(page.status, Status::Gone);
    assert!(
        page.body.contains("has expired (links work for one hour)"),
        "{}",
        page.body
    );
    assert_eq!(
        use_link(&app, &path, NEW_PASSWORD).await.status,
        Status::Gone
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("jo@example.org", PASSWORD).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn a_newer_link_or_a_password_change_ends_the_earlier_link() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    app.account(Role::Applicant, "ana@example.org").await;
    let first = emailed_link(&app, &smtp, "ana@example.org").await;
    let second = emailed_link(&app, &smtp, "ana@example.org").await;
    assert_ne!(first, second);
    let replaced = app.browser().await.get(&first).await;
    assert_eq!(replaced.status, Status::Gone);
    assert!(
        replaced.body.contains("a newer link was asked for"),
        "{}",
        replaced.body
    );
    assert_eq!(app.browser().await.get(&second).await.status, Status::Ok);

    let mut ana = app.logged_in("ana@example.org").await;
    let changed = ana
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(changed.status, Status::SeeOther, "{}", changed.body);
    assert_eq!(
        use_link(&app, &second, "somebody else's password")
            .await
            .status,
        Status::Gone
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("ana@example.org", NEW_PASSWORD).await.status,
        Status::SeeOther
    );
}

/// A page with its CSRF token taken out, to compare two answers.
fn without_token(body: &str) -> String {
    match csrf_in(body) {
        Some(token) => body.replace(&token, "TOKEN"),
        None => body.to_owned(),
    }
}

#[rocket::async_test]
async fn every_address_gets_the_same_answer_and_one_without_an_active_account_gets_a_notice_instead_of_a_link()
 {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    app.account(Role::Applicant, "known@example.org").await;
    let gone = app.account(Role::Applicant, "gone@example.org").await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut sec = app.logged_in("sec@example.org").await;
    let deactivated = sec
        .post(
            &format!("/secretariat/accounts/{}/deactivate", gone.id),
            &[],
        )
        .await;
    assert_eq!(deactivated.status, Status::SeeOther, "{}", deactivated.body);

    let known = ask(&app, "known@example.org").await;
    let unknown = ask(&app, "unknown@example.org").await;
    let inactive = ask(&app, "gone@example.org").await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(known.status, inactive.status);
    let answer =
        |a: &crate::helpers::Answer, email: &str| without_token(&a.body).replace(email, "EMAIL");
    assert_eq!(
        answer(&known, "known@example.org"),
        answer(&unknown, "unknown@example.org")
    );
    assert_eq!(
        answer(&known, "known@example.org"),
        answer(&inactive, "gone@example.org")
    );

    let round = deliver(&app).await;
    let rows = laurel::db::entities::outbox::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(round.sent, 3, "{round:?} {rows:?}");
    for address in ["unknown@example.org", "gone@example.org"] {
        let received = smtp.received_by(address);
        assert_eq!(received.len(), 1, "{address}");
        assert_eq!(received[0].subject, "About your Laurel password request");
        assert!(received[0].text.contains("no active account uses it"));
        assert!(
            received[0]
                .text
                .contains("https://awards.example.org/login")
        );
        assert!(
            !received[0].text.contains("/password/reset/"),
            "{}",
            received[0].text
        );
    }
    assert_eq!(smtp.received_by("known@example.org").len(), 1);
}

#[rocket::async_test]
async fn every_answer_waits_for_the_same_floor_whether_or_not_an_account_uses_the_address() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    app.account(Role::Applicant, "known@example.org").await;
    for email in ["known@example.org", "unknown@example.org", "not an address"] {
        let mut browser = app.browser().await;
        let started = std::time::Instant::now();
        browser.post("/password/forgot", &[("email", email)]).await;
        assert!(
            started.elapsed() >= laurel::app::password_reset::ANSWER_FLOOR,
            "{email}: {:?}",
            started.elapsed()
        );
    }
}

#[rocket::async_test]
async fn requests_are_throttled_per_email_address_and_per_client_address() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|f| {
        smtp.configure(f)
            .merge(("password_resets_per_email_per_hour", 2))
            .merge(("password_resets_per_address_per_hour", 4))
    })
    .await;
    app.account(Role::Applicant, "ana@example.org").await;

    for _ in 0..2 {
        let mut browser = app.browser().await.at_address("198.51.100.1:4000");
        let answer = browser
            .post("/password/forgot", &[("email", "ana@example.org")])
            .await;
        assert_eq!(answer.status, Status::Ok);
    }
    let mut elsewhere = app.browser().await.at_address("203.0.113.9:4000");
    let refused = elsewhere
        .post("/password/forgot", &[("email", "ana@example.org")])
        .await;
    assert_eq!(
        refused.status,
        Status::TooManyRequests,
        "the email's limit holds from any client"
    );
    assert!(
        refused.body.contains("Too many password reset requests"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains(r#"value="ana@example.org""#),
        "the address is kept"
    );

    for n in 0..2 {
        let mut browser = app.browser().await.at_address("198.51.100.1:4000");
        let email = format!("other{n}@example.org");
        let answer = browser.post("/password/forgot", &[("email", &email)]).await;
        assert_eq!(answer.status, Status::Ok);
    }
    let mut same_client = app.browser().await.at_address("198.51.100.1:4000");
    let refused = same_client
        .post("/password/forgot", &[("email", "fresh@example.org")])
        .await;
    assert_eq!(
        refused.status,
        Status::TooManyRequests,
        "the client's limit holds for any email"
    );

    app.clock().advance(Duration::minutes(61));
    let mut later = app.browser().await.at_address("198.51.100.1:4000");
    let answer = later
        .post("/password/forgot", &[("email", "ana@example.org")])
        .await;
    assert_eq!(
        answer.status,
        Status::Ok,
        "an hour later both limits start again"
    );
    assert_eq!(deliver(&app).await.sent, 5);
    assert_eq!(smtp.received_by("ana@example.org").len(), 3);
}

#[rocket::async_test]
async fn a_burst_of_requests_for_one_address_sends_no_more_than_its_limit() {
    let smtp = SmtpServer::start().await;
    let app = Arc::new(app_with(&smtp).await);
    app.account(Role::Applicant, "ana@example.org").await;
    let mut requests = Vec::new();
    for n in 0..8 {
        let mut browser = app
            .browser()
            .await
            .at_address(&format!("198.51.100.{n}:4000"));
        requests.push(
            browser
                .prepare_post("/password/forgot", &[("email", "ana@example.org")])
                .await,
        );
    }
    let answers = all_at_once(&app, requests).await;
    let sent = answers.iter().filter(|a| a.status == Status::Ok).count();
    let refused = answers
        .iter()
        .filter(|a| a.status == Status::TooManyRequests)
        .count();
    assert_eq!(
        (sent, refused),
        (3, 5),
        "{:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    let usable = laurel::db::entities::password_reset::Entity::find()
        .filter(laurel::db::entities::password_reset::Column::RevokedAt.is_null())
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(usable.len(), 1, "only the newest link works");
}

#[rocket::async_test]
async fn two_uses_of_one_link_at_once_set_one_password_and_refuse_the_other() {
    let smtp = SmtpServer::start().await;
    let app = Arc::new(app_with(&smtp).await);
    app.account(Role::Applicant, "ana@example.org").await;
    let path = emailed_link(&app, &smtp, "ana@example.org").await;
    let passwords = ["first new password 2027", "second new password 2027"];
    let mut requests = Vec::new();
    for password in passwords {
        let mut browser = app.browser().await;
        requests.push(
            browser
                .prepare_post(
                    &path,
                    &[("password", password), ("confirm_password", password)],
                )
                .await,
        );
    }
    let answers = all_at_once(&app, requests).await;
    let statuses: Vec<_> = answers.iter().map(|a| a.status).collect();
    let winner = match statuses.as_slice() {
        [Status::SeeOther, Status::Gone] => passwords[0],
        [Status::Gone, Status::SeeOther] => passwords[1],
        other => panic!("one use must win and one be refused: {other:?}"),
    };
    let loser = if winner == passwords[0] {
        passwords[1]
    } else {
        passwords[0]
    };
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("ana@example.org", loser).await.status,
        Status::UnprocessableEntity
    );
    assert_eq!(
        fresh.login("ana@example.org", winner).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn the_link_comes_in_the_language_of_the_account() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let account = app.account(Role::Applicant, "amelie@example.org").await;
    laurel::db::users::set_language(app.db(), account.id, laurel::i18n::lang("fr").unwrap())
        .await
        .unwrap();
    assert_eq!(ask(&app, "amelie@example.org").await.status, Status::Ok);
    deliver(&app).await;
    let received = smtp.received_by("amelie@example.org");
    assert_eq!(
        received[0].subject,
        "Choisir un nouveau mot de passe Laurel"
    );
    assert!(
        received[0].text.starts_with("Bonjour Test Applicant,"),
        "{}",
        received[0].text
    );
    assert!(received[0].text.contains(RESET_LINK));
}

#[rocket::async_test]
async fn an_address_that_is_not_one_comes_back_named_with_what_was_typed() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let answer = ask(&app, "ana at example").await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("Email address: must be an email address"),
        "{}",
        answer.body
    );
    assert!(answer.body.contains(r#"value="ana at example""#));
    assert_eq!(deliver(&app).await.sent, 0);
}

#[rocket::async_test]
async fn without_mail_the_page_says_whom_to_ask_and_nothing_is_queued() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "ana@example.org").await;
    let mut browser = app.browser().await;
    let page = browser.get("/password/forgot").await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body.contains("does not send email. Ask the award"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("Send me a link"));
    let asked = browser
        .post("/password/forgot", &[("email", "ana@example.org")])
        .await;
    assert_eq!(asked.status, Status::NotFound);
    let queued = laurel::db::entities::outbox::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert!(queued.is_empty());
}

#[rocket::async_test]
async fn a_made_up_link_is_refused() {
    let smtp = SmtpServer::start().await;
    let app = app_with(&smtp).await;
    let page = app
        .browser()
        .await
        .get("/password/reset/not-a-real-token")
        .await;
    assert_eq!(page.status, Status::Gone);
    assert!(
        page.body.contains("this password reset link is not valid"),
        "{}",
        page.body
    );
    assert_eq!(
        use_link(&app, "/password/reset/not-a-real-token", NEW_PASSWORD)
            .await
            .status,
        Status::Gone
    );
}
