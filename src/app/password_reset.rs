//! Self-service password reset. Asking for a link gives the same answer whether or not an
//! account uses the address, and does the same work (one email queued either way: the link, or
//! a notice that no active account uses the address), under throttles per email address and
//! per client address held in the database. Using a link sets the password once and ends every
//! session and every other link of the account.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::config::AppConfig;
use crate::db;
use crate::db::password_resets::{LinkError, NewLink};
use crate::domain::account::Account;
use crate::domain::jury::{new_invitation_token, token_hash};
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::domain::one_time_link::reset_lifetime;
use crate::domain::outbox::Email;
use crate::domain::password::{check_password, normalise_email};
use crate::domain::throttle::Admission;
use crate::error::{AppError, AppResult};
use crate::hashing::PasswordWork;
use crate::i18n::{self, msg};
use crate::mail::MailSetup;

/// The path of a reset link, without the public address.
pub fn link_path(token: &str) -> String {
    format!("/password/reset/{token}")
}

/// The email that carries a reset link, in the account's language.
fn link_email(account: &Account, link: &str, expires: DateTime<Utc>) -> Email {
    let lang = account.language;
    let until = i18n::instant(lang, expires, &account.time_zone);
    let args = [
        ("name", account.name.as_str()),
        ("link", link),
        ("until", until.as_str()),
    ];
    Email {
        kind: "password_reset",
        recipient: account.email.clone(),
        subject: i18n::text(lang, msg("reset-email-subject")),
        body: i18n::text_with(lang, msg("reset-email-body"), &args),
        edition_id: None,
    }
}

/// The email to an address no active account uses, in the language of the request.
fn notice_email(lang: Lang, email: &str, login: &str) -> Email {
    Email {
        kind: "password_reset_unknown",
        recipient: email.to_owned(),
        subject: i18n::text(lang, msg("reset-unknown-subject")),
        body: i18n::text_with(lang, msg("reset-unknown-body"), &[("login", login)]),
        edition_id: None,
    }
}

/// Counts one request under the throttle of `key`; 429 past it.
async fn admit(
    db: &DatabaseConnection,
    key: &str,
    policy: crate::domain::throttle::ThrottlePolicy,
    now: DateTime<Utc>,
) -> AppResult<()> {
    match db::throttle::admit(db, key, policy, now).await? {
        Admission::Admitted => Ok(()),
        Admission::LockedUntil(_) | Admission::Busy => Err(AppError::TooManyRequests(
            Message::new("forgot-refused-later"),
        )),
    }
}

/// How long the answer to a request for a link takes at least: the work for an address with an
/// account (a link, an audit entry) and without (a notice) differs by about a millisecond, which
/// enough requests could measure; every answer waits until this much time has passed.
pub const ANSWER_FLOOR: std::time::Duration = std::time::Duration::from_millis(250);

/// Queues a reset link for the active account of `typed` (an email address), or a notice that no
/// active account uses it; `lang` is the language of the request. 404 when mail is not set up;
/// 422 on `email` for something that is not an address; 429 past a throttle. Every answer but
/// the 404 comes [`ANSWER_FLOOR`] after the request at the earliest.
pub async fn request(
    db: &DatabaseConnection,
    config: &AppConfig,
    mail: &MailSetup,
    typed: (&str, Lang),
    address: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    if !mail.enabled() {
        return Err(AppError::NotFound);
    }
    let floor = tokio::time::Instant::now() + ANSWER_FLOOR;
    let answer = request_now(db, config, mail, typed, address, now).await;
    tokio::time::sleep_until(floor).await;
    answer
}

async fn request_now(
    db: &DatabaseConnection,
    config: &AppConfig,
    mail: &MailSetup,
    (typed, lang): (&str, Lang),
    address: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let Some(base) = mail.public_url.as_deref().filter(|_| mail.enabled()) else {
        return Err(AppError::NotFound);
    };
    let email = normalise_email(typed)
        .map_err(|p| AppError::invalid("email", p.message(Message::new("forgot-email"))))?;
    admit(
        db,
        &format!("reset-address:{address}"),
        config.reset_address_throttle(),
        now,
    )
    .await?;
    admit(
        db,
        &format!("reset-email:{email}"),
        config.reset_email_throttle(),
        now,
    )
    .await?;
    let account = db::users::find_for_login(db, &email)
        .await?
        .map(|(account, _)| account)
        .filter(|account| account.active);
    let Some(account) = account else {
        let notice = notice_email(lang, &email, &format!("{base}/login"));
        return Ok(db::outbox::enqueue(db, &notice, now).await?);
    };
    let token =
        new_invitation_token().ok_or_else(|| AppError::Internal("no randomness".to_owned()))?;
    let expires = now + reset_lifetime();
    let email = link_email(&account, &format!("{base}{}", link_path(&token)), expires);
    let link = NewLink {
        user_id: account.id,
        token_hash: &token_hash(&token),
        expires_at: expires,
        email: &email,
    };
    Ok(db::password_resets::issue(db, &link, now).await?)
}

/// Why a link cannot be used, as a message id.
pub fn gone_id(error: &LinkError) -> &'static str {
    match error {
        LinkError::Used => msg("reset-link-used"),
        LinkError::Replaced => msg("reset-link-replaced"),
        LinkError::Expired => msg("reset-link-expired"),
        LinkError::Deactivated => msg("reset-link-deactivated"),
        LinkError::Unknown | LinkError::Db(_) => msg("reset-link-unknown"),
    }
}

/// Why a reset was not done. Nothing was written.
#[derive(Debug)]
pub enum ResetRefused {
    /// The link cannot be used: why, as a message id.
    Gone(&'static str),
    /// The new password is not acceptable: each problem by field.
    Invalid(BTreeMap<String, Message>),
}

fn gone(error: LinkError) -> AppResult<ResetRefused> {
    match error {
        LinkError::Db(e) => Err(e.into()),
        other => Ok(ResetRefused::Gone(gone_id(&other))),
    }
}

/// The account a link would reset, or why it cannot be used.
pub async fn account_of(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<Result<Account, ResetRefused>> {
    match db::password_resets::usable(db, &token_hash(token), now).await {
        Ok((_, account)) => Ok(Ok(account)),
        Err(e) => gone(e).map(Err),
    }
}

/// Sets a new password through a link (once, within its hour); the answer is the account, whose
/// every session has ended (the caller starts a new one).
pub async fn reset(
    db: &DatabaseConnection,
    work: &PasswordWork,
    token: &str,
    (password, confirm): (&str, &str),
    now: DateTime<Utc>,
) -> AppResult<Result<Account, ResetRefused>> {
    let hash_of_token = token_hash(token);
    if let Err(e) = db::password_resets::usable(db, &hash_of_token, now).await {
        return gone(e).map(Err);
    }
    let mut errors = BTreeMap::new();
    if let Err(problem) = check_password(password) {
        errors.insert(
            "password".to_owned(),
            problem.message(Message::new("reset-password")),
        );
    }
    if password != confirm {
        errors.insert(
            "confirm_password".to_owned(),
            Message::new("reset-problem-confirm"),
        );
    }
    if !errors.is_empty() {
        return Ok(Err(ResetRefused::Invalid(errors)));
    }
    let hash = work
        .hash(password.to_owned())
        .await?
        .map_err(AppError::Internal)?;
    match db::password_resets::use_link(db, &hash_of_token, hash, now).await {
        Ok(account) => Ok(Ok(account)),
        Err(e) => gone(e).map(Err),
    }
}
