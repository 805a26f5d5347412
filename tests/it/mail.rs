//! Invitation emails: queued with the invitation when mail is set up, sent over SMTP (to an
//! aiosmtpd server run by the test), tried again after a refusal, and shown to the secretariat.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use laurel::mail::Round;
use rocket::http::Status;
use sea_orm::EntityTrait;

use crate::fixtures;
use crate::helpers::TestApp;
use crate::smtp::{SmtpServer, deliver};

async fn app_with_mail(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(|f| smtp.configure(f)).await
}

async fn invite(app: &TestApp) -> (i32, String) {
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Draft,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let answer = sec
        .post(
            &format!("/secretariat/editions/{}/jury", edition.id),
            &[
                ("name", "Awa Ndiaye"),
                ("email", "awa@example.org"),
                ("jury_role", "member"),
                ("country", "SN"),
                ("languages", "fr"),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::Ok, "{}", answer.body);
    (edition.id, answer.body)
}

async fn jury_page(app: &TestApp, edition: i32) -> String {
    let mut sec = app.logged_in("sec@example.org").await;
    let page = sec
        .get(&format!("/secretariat/editions/{edition}/jury"))
        .await;
    assert_eq!(page.status, Status::Ok);
    page.body
}

#[rocket::async_test]
async fn an_invitation_is_emailed_once_with_its_link_and_the_stored_copy_is_erased_when_sent() {
    let smtp = SmtpServer::start().await;
    let app = app_with_mail(&smtp).await;
    let (edition, body) = invite(&app).await;
    assert!(
        body.contains("An email with this link is queued to awa@example.org"),
        "{body}"
    );
    let start = body
        .find("https://awards.example.org/invitations/")
        .unwrap();
    let link: String = body[start..].chars().take_while(|c| *c != '<').collect();
    assert!(jury_page(&app, edition).await.contains("Email queued"));
    let queued = laurel::db::entities::outbox::Entity::find()
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        queued.subject, "Invitation à rejoindre le jury de Test Awards 2027",
        "the juror reads French first: the invitation is in French"
    );
    assert!(
        queued.body.contains("Bonjour Awa Ndiaye,"),
        "{}",
        queued.body
    );

    assert_eq!(deliver(&app).await, Round { sent: 1, failed: 0 });
    assert_eq!(deliver(&app).await, Round::default(), "sent once only");
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, "awa@example.org");
    assert_eq!(
        received[0].subject,
        "Invitation à rejoindre le jury de Test Awards 2027"
    );
    assert!(received[0].text.contains(&link), "{:?}", received[0]);
    let stored = laurel::db::entities::outbox::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        stored[0].body, "",
        "the one-time link is not kept once sent"
    );
    assert!(stored[0].sent_at.is_some());
    assert!(jury_page(&app, edition).await.contains("Email sent"));
}

#[rocket::async_test]
async fn a_failed_delivery_is_tried_again_later_then_given_up_and_the_secretariat_sees_it() {
    let smtp = SmtpServer::refusing().await;
    let app = app_with_mail(&smtp).await;
    let (edition, _) = invite(&app).await;
    assert_eq!(deliver(&app).await, Round { sent: 0, failed: 1 });
    assert_eq!(deliver(&app).await, Round::default(), "not again at once");
    let page = jury_page(&app, edition).await;
    assert!(page.contains("Email not delivered after 1 tries"), "{page}");
    for _ in 2..=laurel::domain::outbox::MAX_ATTEMPTS {
        app.clock().advance(Duration::hours(5));
        assert_eq!(deliver(&app).await, Round { sent: 0, failed: 1 });
    }
    app.clock().advance(Duration::days(1));
    assert_eq!(deliver(&app).await, Round::default(), "given up");
    let page = jury_page(&app, edition).await;
    assert!(page.contains("Email failed"), "{page}");
}

#[rocket::async_test]
async fn without_mail_set_up_the_link_is_only_shown_to_pass_on() {
    let app = TestApp::spawn().await;
    let (edition, body) = invite(&app).await;
    assert!(body.contains("Pass this link on to Awa Ndiaye"), "{body}");
    assert!(body.contains("mail is not set up"));
    let queued = laurel::db::entities::outbox::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert!(queued.is_empty());
    let page = jury_page(&app, edition).await;
    assert!(page.contains("Invitation not used yet"));
    assert!(!page.contains("Email queued") && !page.contains("Email sent"));
}

#[rocket::async_test]
async fn an_incomplete_mail_setting_stops_the_launch_naming_the_missing_variable() {
    let figment = crate::helpers::test_figment().merge(("mail_smtp_url", "smtp://127.0.0.1:2525"));
    let error = laurel::build(figment).await.err().unwrap().to_string();
    assert!(error.contains("LAUREL_MAIL_FROM"), "{error}");
    let figment = crate::helpers::test_figment()
        .merge(("mail_smtp_url", "smtp://127.0.0.1:2525"))
        .merge(("mail_from", "awards@example.org"));
    let error = laurel::build(figment).await.err().unwrap().to_string();
    assert!(error.contains("LAUREL_PUBLIC_URL"), "{error}");
}
