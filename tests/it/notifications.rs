//! Notifications of an edition: the receipt of a submitted application (with the fingerprint of
//! the stored snapshot) and the notice of a withdrawal, sent through a real SMTP server, each
//! switchable on the edition's Mail page, which shows every message's state and tries a failed
//! one again; two instances sending at once send each message once.

use chrono::Duration;
use laurel::domain::role::Role;
use laurel::mail::{MailSetup, deliver_due};
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use sha2::{Digest, Sha256};

use crate::fixtures;
use crate::helpers::TestApp;
use crate::smtp::{SmtpServer, deliver};

const ANN: &str = "ann@roeselare.example";

/// Marks an address confirmed, as following its link would.
async fn confirm_directly(app: &TestApp, email: &str) {
    laurel::db::entities::user::Entity::update_many()
        .col_expr(
            laurel::db::entities::user::Column::EmailConfirmedAt,
            Expr::value(app.clock().now()),
        )
        .filter(laurel::db::entities::user::Column::Email.eq(email))
        .exec(app.db())
        .await
        .unwrap();
}

/// An applicant registered and confirmed, with a complete draft in an open call.
async fn applicant_with_draft(app: &TestApp) -> (crate::helpers::Browser<'_>, i32, i32) {
    let edition = fixtures::open_call(app).await;
    let mut ann = fixtures::register_in_dakar(app, ANN).await;
    confirm_directly(app, ANN).await;
    let id = fixtures::start(&mut ann, edition.id).await;
    fixtures::fill(&mut ann, id).await;
    (ann, edition.id, id)
}

async fn stored_fingerprint(app: &TestApp, id: i32) -> String {
    let snapshot = laurel::db::entities::submission_snapshot::Entity::find()
        .filter(laurel::db::entities::submission_snapshot::Column::SubmissionId.eq(id))
        .order_by_desc(laurel::db::entities::submission_snapshot::Column::Number)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    hex::encode(Sha256::digest(snapshot.content.as_bytes()))
}

#[rocket::async_test]
async fn a_submission_gets_a_receipt_with_the_fingerprint_of_what_was_stored_and_a_withdrawal_a_notice()
 {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|f| smtp.configure(f)).await;
    let (mut ann, _, id) = applicant_with_draft(&app).await;
    // The confirmation sent at registration goes first.
    deliver(&app).await;
    assert_eq!(
        fixtures::submit(&mut ann, id).await.status,
        Status::SeeOther
    );
    assert_eq!(deliver(&app).await.sent, 1);
    let received = smtp.received_by(ANN);
    let receipt = received.last().unwrap();
    assert!(
        receipt.subject.starts_with("Application received: "),
        "{}",
        receipt.subject
    );
    let fingerprint = stored_fingerprint(&app, id).await;
    assert!(
        receipt.text.contains(&fingerprint),
        "{}\n{fingerprint}",
        receipt.text
    );
    assert!(receipt.text.contains(&format!(
        "https://awards.example.org/applicant/applications/{id}"
    )));
    assert!(
        receipt.text.contains("Greenwich Mean Time"),
        "in the applicant's zone: {}",
        receipt.text
    );
    assert!(
        receipt
            .text
            .contains("You receive this message because you submitted")
    );

    let withdrawn = ann
        .post(&format!("/applicant/applications/{id}/withdraw"), &[])
        .await;
    assert_eq!(withdrawn.status, Status::SeeOther);
    assert_eq!(deliver(&app).await.sent, 1);
    let notice = smtp.received_by(ANN).pop().unwrap();
    assert!(
        notice.subject.starts_with("Application withdrawn: "),
        "{}",
        notice.subject
    );
    assert!(notice.text.contains("is a draft again"));
}

#[rocket::async_test]
async fn a_notification_switched_off_on_the_mail_page_is_not_sent() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|f| smtp.configure(f)).await;
    let (mut ann, edition, id) = applicant_with_draft(&app).await;
    deliver(&app).await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut sec = app.logged_in("sec@example.org").await;
    let page = sec
        .get(&format!("/secretariat/editions/{edition}/mail"))
        .await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body
            .contains(r#"value="application_submitted" checked"#),
        "{}",
        page.body
    );
    let saved = sec
        .post(
            &format!("/secretariat/editions/{edition}/mail/settings"),
            &[
                ("shown", "application_submitted"),
                ("shown", "application_withdrawn"),
                ("shown", "deadline_reminder"),
                ("send", "application_withdrawn"),
            ],
        )
        .await;
    assert_eq!(saved.status, Status::SeeOther);
    let page = sec
        .get(&format!("/secretariat/editions/{edition}/mail"))
        .await;
    assert!(
        page.body
            .contains("The notifications of this edition are saved.")
    );
    assert!(
        !page
            .body
            .contains(r#"value="application_submitted" checked"#)
    );
    assert!(
        page.body
            .contains(r#"value="application_withdrawn" checked"#)
    );

    assert_eq!(
        fixtures::submit(&mut ann, id).await.status,
        Status::SeeOther
    );
    assert_eq!(deliver(&app).await.sent, 0, "the receipt is switched off");
    ann.post(&format!("/applicant/applications/{id}/withdraw"), &[])
        .await;
    assert_eq!(
        deliver(&app).await.sent,
        1,
        "the withdrawal notice is still on"
    );
}

#[rocket::async_test]
async fn the_mail_page_shows_retries_and_a_failure_and_tries_a_failed_message_again() {
    let smtp = SmtpServer::refusing().await;
    let app = TestApp::spawn_with(|f| smtp.configure(f)).await;
    let (mut ann, edition, id) = applicant_with_draft(&app).await;
    assert_eq!(
        fixtures::submit(&mut ann, id).await.status,
        Status::SeeOther
    );
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut sec = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/editions/{edition}/mail");
    assert!(sec.get(&path).await.body.contains("Queued"));

    deliver(&app).await;
    let page = sec.get(&path).await;
    assert!(
        page.body.contains("Not delivered after 1 tries"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("552"),
        "the server's refusal is shown: {}",
        page.body
    );
    for _ in 2..=laurel::domain::outbox::MAX_ATTEMPTS {
        app.clock().advance(Duration::hours(5));
        deliver(&app).await;
    }
    let mut sec = app.logged_in("sec@example.org").await;
    let page = sec.get(&path).await;
    assert!(page.body.contains("Failed ("), "{}", page.body);
    let retry = page
        .body
        .split('"')
        .find(|s| {
            s.starts_with(&format!("/secretariat/editions/{edition}/mail/"))
                && s.ends_with("/retry")
        })
        .unwrap()
        .to_owned();
    let again = sec.post(&retry, &[]).await;
    assert_eq!(again.status, Status::SeeOther);
    let page = sec.get(&path).await;
    assert!(page.body.contains("will be tried again"), "{}", page.body);
    assert!(!page.body.contains("Failed ("));
    assert_eq!(deliver(&app).await.failed, 1, "tried again at once");
    let twice = sec.post(&retry, &[]).await;
    assert_eq!(twice.status, Status::SeeOther);
    assert!(
        sec.get(&path)
            .await
            .body
            .contains("is not waiting for a new try")
    );
}

#[rocket::async_test]
async fn two_instances_sending_at_once_send_each_message_once() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|f| smtp.configure(f)).await;
    let other = app.second_instance().await;
    for n in 0..12 {
        let mut browser = app
            .browser()
            .await
            .at_address(&format!("198.51.100.{n}:4000"));
        let email = format!("nobody{n}@example.org");
        let asked = browser.post("/password/forgot", &[("email", &email)]).await;
        assert_eq!(asked.status, Status::Ok);
    }
    let mailer = app
        .client
        .rocket()
        .state::<MailSetup>()
        .unwrap()
        .mailer
        .clone()
        .unwrap();
    let now = app.clock().now();
    let (first, second) = rocket::tokio::join!(
        deliver_due(app.db(), &mailer, now),
        deliver_due(other.db(), &mailer, now)
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first.sent + second.sent, 12, "{first:?} {second:?}");
    let received = smtp.received();
    assert_eq!(received.len(), 12);
    let mut recipients: Vec<_> = received.iter().map(|m| m.to.clone()).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 12, "no message twice");
}

async fn queue_reminders(app: &TestApp) -> usize {
    let setup = app.client.rocket().state::<MailSetup>().unwrap();
    laurel::app::reminders::queue_due(app.db(), setup, app.clock().now())
        .await
        .unwrap()
}

/// An open call closing in ten days, with Ann's complete draft and Bea's submitted application.
async fn call_with_a_draft_and_a_submission(app: &TestApp) -> i32 {
    let edition = fixtures::edition(
        app,
        app.clock().now() + Duration::days(10),
        laurel::domain::edition::EditionStatus::Open,
    )
    .await;
    let mut ann = fixtures::register_in_dakar(app, ANN).await;
    let draft = fixtures::start(&mut ann, edition.id).await;
    fixtures::fill(&mut ann, draft).await;
    let mut bea = fixtures::register_in_dakar(app, "bea@example.org").await;
    confirm_directly(app, "bea@example.org").await;
    let submitted = fixtures::start(&mut bea, edition.id).await;
    fixtures::fill(&mut bea, submitted).await;
    assert_eq!(
        fixtures::submit(&mut bea, submitted).await.status,
        Status::SeeOther
    );
    deliver(app).await;
    edition.id
}

#[rocket::async_test]
async fn applicants_with_a_draft_are_reminded_seven_days_and_one_day_before_the_deadline_once_each()
{
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|f| smtp.configure(f)).await;
    call_with_a_draft_and_a_submission(&app).await;
    assert_eq!(
        queue_reminders(&app).await,
        0,
        "ten days before: nothing due"
    );

    app.clock().advance(Duration::days(3) + Duration::hours(1));
    assert_eq!(queue_reminders(&app).await, 1, "one draft, one reminder");
    assert_eq!(queue_reminders(&app).await, 0, "sent once");
    assert_eq!(deliver(&app).await.sent, 1);
    let week = smtp.received_by(ANN).pop().unwrap();
    assert!(
        week.subject.starts_with("The call closes in 7 days: "),
        "{}",
        week.subject
    );
    assert!(week.text.contains("is still a draft"));
    assert!(
        smtp.received_by("bea@example.org")
            .iter()
            .all(|m| !m.subject.contains("closes"))
    );

    app.clock().advance(Duration::days(6));
    assert_eq!(queue_reminders(&app).await, 1);
    deliver(&app).await;
    let day = smtp.received_by(ANN).pop().unwrap();
    assert!(
        day.subject.starts_with("The call closes tomorrow: "),
        "{}",
        day.subject
    );

    app.clock().advance(Duration::days(2));
    assert_eq!(queue_reminders(&app).await, 0, "closed: no reminder");
}

#[rocket::async_test]
async fn two_instances_looking_at_once_queue_a_due_reminder_once() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|f| smtp.configure(f)).await;
    let edition = call_with_a_draft_and_a_submission(&app).await;
    let other = app.second_instance().await;
    app.clock().advance(Duration::days(3) + Duration::hours(1));
    let setup = app.client.rocket().state::<MailSetup>().unwrap();
    let now = app.clock().now();
    let (first, second) = rocket::tokio::join!(
        laurel::app::reminders::queue_due(app.db(), setup, now),
        laurel::app::reminders::queue_due(other.db(), setup, now)
    );
    assert_eq!(first.unwrap() + second.unwrap(), 1);
    let queued = laurel::db::entities::outbox::Entity::find()
        .filter(laurel::db::entities::outbox::Column::Kind.eq("deadline_reminder"))
        .filter(laurel::db::entities::outbox::Column::EditionId.eq(edition))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(queued.len(), 1);
}

#[rocket::async_test]
async fn a_reminder_switched_off_is_recorded_without_emails() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|f| smtp.configure(f)).await;
    let edition = call_with_a_draft_and_a_submission(&app).await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut sec = app.logged_in("sec@example.org").await;
    let saved = sec
        .post(
            &format!("/secretariat/editions/{edition}/mail/settings"),
            &[("shown", "deadline_reminder")],
        )
        .await;
    assert_eq!(saved.status, Status::SeeOther);
    let page = sec
        .get(&format!("/secretariat/editions/{edition}/mail"))
        .await;
    assert!(
        page.body
            .contains(r#"value="application_submitted" checked"#),
        "a kind the form did not show stays as it was: {}",
        page.body
    );
    app.clock().advance(Duration::days(3) + Duration::hours(1));
    assert_eq!(queue_reminders(&app).await, 0);
    assert_eq!(deliver(&app).await.sent, 0);
    let recorded = laurel::db::deadline_reminders::sent(app.db(), edition)
        .await
        .unwrap();
    assert_eq!(
        recorded,
        vec![7],
        "switching it on later does not send a week-old reminder"
    );
}
