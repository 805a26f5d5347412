//! The emails an edition sends when something happens to an application, in the recipient's
//! language, built here and queued by the `db` layer in the transaction of the event; each is
//! sent only when mail is set up and the edition has not switched it off.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use sha2::{Digest, Sha256};

use crate::db;
use crate::domain::account::Account;
use crate::domain::application::Application;
use crate::domain::edition::Edition;
use crate::domain::notification::Notification;
use crate::domain::outbox::Email;
use crate::error::AppResult;
use crate::i18n::{self, msg};
use crate::mail::MailSetup;

/// The fingerprint of what was submitted: the SHA-256 of the snapshot as stored (the same
/// serialisation the snapshot is written with).
pub fn fingerprint(application: &Application) -> AppResult<String> {
    let content = serde_json::to_string(application)
        .map_err(|e| crate::error::AppError::Internal(format!("snapshot: {e}")))?;
    Ok(hex::encode(Sha256::digest(content.as_bytes())))
}

/// Whether `notification` goes out for `edition`: mail is set up and the edition sends it.
async fn goes_out(
    db: &DatabaseConnection,
    mail: &MailSetup,
    edition: &Edition,
    notification: Notification,
) -> AppResult<Option<String>> {
    let Some(base) = mail.public_url.clone().filter(|_| mail.enabled()) else {
        return Ok(None);
    };
    Ok(db::mail_settings::sends(db, edition.id, notification)
        .await?
        .then_some(base))
}

/// The receipt of a submitted application, to the person who submitted it: its title, the time
/// in their time zone and the fingerprint of what was submitted.
pub async fn receipt(
    db: &DatabaseConnection,
    mail: &MailSetup,
    (edition, application_id): (&Edition, i32),
    submitter: &Account,
    (title, fingerprint): (&str, &str),
    now: DateTime<Utc>,
) -> AppResult<Option<Email>> {
    let notification = Notification::ApplicationSubmitted;
    let Some(base) = goes_out(db, mail, edition, notification).await? else {
        return Ok(None);
    };
    let lang = submitter.language;
    let at = i18n::instant(lang, now, &submitter.time_zone);
    let deadline = i18n::instant(lang, edition.closes_at, &submitter.time_zone);
    let link = format!("{base}/applicant/applications/{application_id}");
    let edition_name = edition.name_in(lang.code());
    let args = [
        ("name", submitter.name.as_str()),
        ("title", title),
        ("edition", edition_name),
        ("at", at.as_str()),
        ("fingerprint", fingerprint),
        ("link", link.as_str()),
        ("deadline", deadline.as_str()),
    ];
    Ok(Some(Email {
        kind: notification.kind(),
        recipient: submitter.email.clone(),
        subject: i18n::text_with(lang, msg("notice-submitted-subject"), &args),
        body: i18n::text_with(lang, msg("notice-submitted-body"), &args),
        edition_id: Some(edition.id),
    }))
}

/// The notice that an application was withdrawn, to the person who withdrew it.
pub async fn withdrawal(
    db: &DatabaseConnection,
    mail: &MailSetup,
    (edition, application_id): (&Edition, i32),
    actor: &Account,
    title: &str,
    now: DateTime<Utc>,
) -> AppResult<Option<Email>> {
    let notification = Notification::ApplicationWithdrawn;
    let Some(base) = goes_out(db, mail, edition, notification).await? else {
        return Ok(None);
    };
    let lang = actor.language;
    let at = i18n::instant(lang, now, &actor.time_zone);
    let deadline = i18n::instant(lang, edition.closes_at, &actor.time_zone);
    let link = format!("{base}/applicant/applications/{application_id}");
    let edition_name = edition.name_in(lang.code());
    let args = [
        ("name", actor.name.as_str()),
        ("title", title),
        ("edition", edition_name),
        ("at", at.as_str()),
        ("link", link.as_str()),
        ("deadline", deadline.as_str()),
    ];
    Ok(Some(Email {
        kind: notification.kind(),
        recipient: actor.email.clone(),
        subject: i18n::text_with(lang, msg("notice-withdrawn-subject"), &args),
        body: i18n::text_with(lang, msg("notice-withdrawn-body"), &args),
        edition_id: Some(edition.id),
    }))
}
