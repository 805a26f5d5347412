//! Invitation emails: queued with the invitation when mail is set up, sent over SMTP (to a small
//! SMTP server run by the test), tried again after a failure, and shown to the secretariat.

use std::sync::{Arc, Mutex};

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use laurel::mail::{MailSetup, Round, deliver_due};
use rocket::http::Status;
use rocket::tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use rocket::tokio::net::TcpListener;
use sea_orm::EntityTrait;

use crate::fixtures;
use crate::helpers::TestApp;

/// Messages a test SMTP server received: the envelope recipients and the data, per message.
type Inbox = Arc<Mutex<Vec<(Vec<String>, String)>>>;

/// A minimal SMTP server on a free local port that accepts every message.
async fn smtp_server() -> (u16, Inbox) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox: Inbox = Arc::default();
    let kept = inbox.clone();
    rocket::tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let inbox = kept.clone();
            rocket::tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut recipients = Vec::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "RCPT" => {
                            recipients.push(line[8..].trim().to_owned());
                            b"250 OK\r\n"
                        }
                        "DATA" => {
                            write.write_all(b"354 go ahead\r\n").await.unwrap();
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                data.push_str(&l);
                                data.push('\n');
                            }
                            inbox
                                .lock()
                                .unwrap()
                                .push((std::mem::take(&mut recipients), data));
                            b"250 queued\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            break;
                        }
                        _ => b"250 OK\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, inbox)
}

/// A local port with nothing listening on it.
async fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

async fn app_with_mail(port: u16) -> TestApp {
    TestApp::spawn_with(|f| {
        f.merge(("mail_smtp_url", format!("smtp://127.0.0.1:{port}")))
            .merge(("mail_from", "Laurel <awards@example.org>"))
            .merge(("public_url", "https://awards.example.org/"))
            .merge(("mail_poll_seconds", 0))
    })
    .await
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

async fn deliver(app: &TestApp) -> Round {
    let setup = app.client.rocket().state::<MailSetup>().unwrap();
    deliver_due(app.db(), setup.mailer.as_ref().unwrap(), app.clock().now())
        .await
        .unwrap()
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
    let (port, inbox) = smtp_server().await;
    let app = app_with_mail(port).await;
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
    let received = inbox.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    let (recipients, data) = &received[0];
    assert_eq!(recipients, &vec!["<awa@example.org>".to_owned()]);
    assert!(data.contains("Subject: "), "{data}");
    let unfolded = data.replace("=\n", "").replace("=3D", "=");
    assert!(unfolded.contains(&link), "{data}");
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
    let app = app_with_mail(closed_port().await).await;
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
