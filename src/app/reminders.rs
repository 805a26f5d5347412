//! Deadline reminders, computed from the database by whichever instance's sender looks first:
//! when one is due for an open call, every applicant whose application is still a draft gets
//! one email (in their language, with the deadline in their time zone), and the reminder is
//! recorded in the same transaction, so that it goes out once however many instances run.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::domain::edition::{Edition, EditionStatus};
use crate::domain::message::Message;
use crate::domain::notification::{Notification, due_reminders};
use crate::domain::outbox::Email;
use crate::error::AppResult;
use crate::i18n::{self, msg};
use crate::mail::MailSetup;

/// The reminder of one draft.
fn reminder(
    base: &str,
    edition: &Edition,
    days: i64,
    draft: &(i32, String, crate::domain::account::Account),
) -> Email {
    let (id, title, applicant) = draft;
    let lang = applicant.language;
    let deadline = i18n::instant(lang, edition.closes_at, &applicant.time_zone);
    let link = format!("{base}/applicant/applications/{id}");
    let untitled = i18n::text(lang, msg("notice-untitled"));
    let title = if title.trim().is_empty() {
        untitled.as_str()
    } else {
        title.trim()
    };
    let days_before = days;
    let args = [
        ("name", applicant.name.as_str()),
        ("title", title),
        ("edition", edition.name_in(lang.code())),
        ("deadline", deadline.as_str()),
        ("link", link.as_str()),
    ];
    Email {
        kind: Notification::DeadlineReminder.kind(),
        recipient: applicant.email.clone(),
        subject: i18n::say(
            lang,
            &Message::new("notice-reminder-subject")
                .text("title", title)
                .number("days", days_before),
        ),
        body: i18n::text_with(lang, msg("notice-reminder-body"), &args),
        edition_id: Some(edition.id),
    }
}

/// Queues every reminder due at `now`; the answer is how many emails were queued. A reminder
/// switched off for an edition is recorded as done without emails.
pub async fn queue_due(
    db: &DatabaseConnection,
    mail: &MailSetup,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let Some(base) = mail.public_url.as_deref().filter(|_| mail.enabled()) else {
        return Ok(0);
    };
    let mut queued = 0;
    for edition in db::editions::list(db).await? {
        if edition.status != EditionStatus::Open || edition.opens_at > now {
            continue;
        }
        let sent = db::deadline_reminders::sent(db, edition.id).await?;
        let Some((days, due)) = due_reminders(edition.closes_at, now, &sent) else {
            continue;
        };
        let mut ordered = vec![days];
        ordered.extend(due.into_iter().filter(|d| *d != days));
        let emails: Vec<Email> =
            if db::mail_settings::sends(db, edition.id, Notification::DeadlineReminder).await? {
                db::deadline_reminders::drafts(db, edition.id)
                    .await?
                    .iter()
                    .map(|draft| reminder(base, &edition, days, draft))
                    .collect()
            } else {
                Vec::new()
            };
        if db::deadline_reminders::claim(db, edition.id, &ordered, &emails, now).await? {
            queued += emails.len();
        }
    }
    Ok(queued)
}
