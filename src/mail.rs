//! Sends the outbox's emails over SMTP (lettre) when mail is set up: a background task on each
//! instance claims due messages, sends them, and records the outcome.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use rocket::fairing::AdHoc;
use sea_orm::{DatabaseConnection, DbErr};

use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db::outbox::{self, Queued};

/// Messages claimed per round.
const BATCH: u64 = 20;

/// An SMTP connection setting and the sender's address.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// Whether mail is set up, and if so the mailer and the public address that links start with.
#[derive(Clone, Default)]
pub struct MailSetup {
    /// The mailer, when `LAUREL_MAIL_SMTP_URL` is set.
    pub mailer: Option<Arc<Mailer>>,
    /// `LAUREL_PUBLIC_URL` without a trailing slash, for links in emails and on pages.
    pub public_url: Option<String>,
}

impl MailSetup {
    /// Reads the settings; an incomplete or invalid mail setting is an error naming the variable.
    pub fn from_config(config: &AppConfig) -> Result<MailSetup, String> {
        let public_url = config
            .public_url
            .as_deref()
            .map(|u| u.trim_end_matches('/').to_owned());
        let Some(url) = config.mail_smtp_url.as_deref() else {
            return Ok(MailSetup {
                mailer: None,
                public_url,
            });
        };
        let from = config
            .mail_from
            .as_deref()
            .ok_or("LAUREL_MAIL_FROM must be set with LAUREL_MAIL_SMTP_URL (the sender's address)")?
            .parse::<Mailbox>()
            .map_err(|e| format!("LAUREL_MAIL_FROM is not an email address: {e}"))?;
        if public_url.is_none() {
            return Err("LAUREL_PUBLIC_URL must be set with LAUREL_MAIL_SMTP_URL (links in emails start with it, e.g. https://awards.example.org)".to_owned());
        }
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("LAUREL_MAIL_SMTP_URL is not a valid SMTP URL: {e}"))?
            .timeout(Some(StdDuration::from_secs(30)))
            .build();
        Ok(MailSetup {
            mailer: Some(Arc::new(Mailer { transport, from })),
            public_url,
        })
    }

    /// Whether emails are queued (mail is set up).
    pub fn enabled(&self) -> bool {
        self.mailer.is_some()
    }
}

impl Mailer {
    async fn send(&self, message: &Queued) -> Result<(), String> {
        let to = message
            .recipient
            .parse::<Mailbox>()
            .map_err(|e| format!("the address is not valid: {e}"))?;
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())
            .map_err(|e| e.to_string())?;
        self.transport
            .send(email)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// What one round of delivery did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// Messages sent.
    pub sent: usize,
    /// Messages that failed (tried again later, or given up).
    pub failed: usize,
}

/// Sends every due message once and records each outcome.
pub async fn deliver_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> Result<Round, DbErr> {
    let mut round = Round::default();
    for message in outbox::claim_due(db, now, BATCH).await? {
        match mailer.send(&message).await {
            Ok(()) => {
                outbox::mark_sent(db, &message, now).await?;
                round.sent += 1;
            }
            Err(error) => {
                outbox::mark_failed(db, &message, &error, now).await?;
                round.failed += 1;
            }
        }
    }
    Ok(round)
}

/// At lift-off, starts the background sender when mail is set up and the poll interval is not 0.
pub fn sender() -> AdHoc {
    AdHoc::on_liftoff("outbox sender", |rocket| {
        Box::pin(async move {
            let (Some(setup), Some(db), Some(config), Some(clock)) = (
                rocket.state::<MailSetup>(),
                rocket.state::<DatabaseConnection>(),
                rocket.state::<AppConfig>(),
                rocket.state::<Clock>(),
            ) else {
                return;
            };
            let (Some(mailer), seconds) = (setup.mailer.clone(), config.mail_poll_seconds) else {
                return;
            };
            if seconds == 0 {
                return;
            }
            let (db, clock, setup) = (db.clone(), clock.clone(), setup.clone());
            rocket::tokio::spawn(async move {
                let mut tick =
                    rocket::tokio::time::interval(StdDuration::from_secs(u64::from(seconds)));
                loop {
                    tick.tick().await;
                    if let Err(e) = crate::app::reminders::queue_due(&db, &setup, clock.now()).await
                    {
                        rocket::error!("deadline reminders: {e}");
                    }
                    if let Err(e) = deliver_due(&db, &mailer, clock.now()).await {
                        rocket::error!("outbox: {e}");
                    }
                }
            });
        })
    })
}
