//! Confirmed email addresses. An applicant who registers while mail is set up gets a link to
//! confirm the address and cannot submit before following it; the applicant or the secretariat
//! can send it again. Moving an account to a new address confirms the new one first (the old
//! address is told once it moves). Without mail there is nothing to confirm with: addresses
//! count as confirmed and a change applies at once.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::config::AppConfig;
use crate::db;
use crate::db::email_confirmations::{ConfirmError, Confirmed, NewConfirmation};
use crate::domain::account::Account;
use crate::domain::jury::{new_invitation_token, token_hash};
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::domain::one_time_link::confirmation_lifetime;
use crate::domain::outbox::Email;
use crate::domain::password::normalise_email;
use crate::domain::throttle::Admission;
use crate::error::{AppError, AppResult, Refusal};
use crate::hashing::PasswordWork;
use crate::i18n::{self, msg};
use crate::mail::MailSetup;

/// The path of a confirmation link, without the public address.
pub fn link_path(token: &str) -> String {
    format!("/email/confirm/{token}")
}

/// Who a link is for, as its email needs it.
pub struct Recipient<'a> {
    /// Their name.
    pub name: &'a str,
    /// The language they read.
    pub lang: Lang,
    /// Their time zone.
    pub zone: &'a str,
    /// The address to confirm.
    pub email: &'a str,
}

/// A link made and its email, ready to store.
pub struct Prepared {
    /// The hash of its token.
    pub token_hash: String,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// The email that carries it.
    pub message: Email,
}

/// Makes a link for `to` and its email (the first confirmation, or a move to a new address);
/// `None` when mail is not set up.
pub fn prepare(
    mail: &MailSetup,
    to: &Recipient<'_>,
    moving: bool,
    now: DateTime<Utc>,
) -> AppResult<Option<Prepared>> {
    let Some(base) = mail.public_url.as_deref().filter(|_| mail.enabled()) else {
        return Ok(None);
    };
    let token =
        new_invitation_token().ok_or_else(|| AppError::Internal("no randomness".to_owned()))?;
    let expires_at = now + confirmation_lifetime();
    let link = format!("{base}{}", link_path(&token));
    let until = i18n::instant(to.lang, expires_at, to.zone);
    let args = [
        ("name", to.name),
        ("email", to.email),
        ("link", link.as_str()),
        ("until", until.as_str()),
    ];
    let (kind, subject, body) = if moving {
        (
            "email_change",
            msg("confirm-change-subject"),
            msg("confirm-change-body"),
        )
    } else {
        (
            "email_confirmation",
            msg("confirm-email-subject"),
            msg("confirm-email-body"),
        )
    };
    Ok(Some(Prepared {
        token_hash: token_hash(&token),
        expires_at,
        message: Email {
            kind,
            recipient: to.email.to_owned(),
            subject: i18n::text_with(to.lang, subject, &args),
            body: i18n::text_with(to.lang, body, &args),
            edition_id: None,
        },
    }))
}

/// Counts one more link emailed to `email` (the limit of password reset emails per address);
/// 429 past it.
async fn admit(
    db: &DatabaseConnection,
    config: &AppConfig,
    email: &str,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let key = format!("confirm-email:{email}");
    match db::throttle::admit(db, &key, config.reset_email_throttle(), now).await? {
        Admission::Admitted => Ok(()),
        _ => Err(AppError::TooManyRequests(Message::new(
            "confirm-refused-later",
        ))),
    }
}

/// Sends the link that confirms the address of account `id` again (asked by the account or by
/// the secretariat, `actor_id`); earlier links stop working. 404 without mail; 409
/// `email_already_confirmed`; 429 past the limit per address.
pub async fn resend(
    db: &DatabaseConnection,
    config: &AppConfig,
    mail: &MailSetup,
    id: i32,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<String> {
    let account = db::users::find(db, id).await?.ok_or(AppError::NotFound)?;
    if account.email_confirmed {
        return Err(AppError::Conflict {
            code: Refusal::EmailAlreadyConfirmed,
            message: Message::new("confirm-already"),
        });
    }
    let to = Recipient {
        name: &account.name,
        lang: account.language,
        zone: &account.time_zone,
        email: &account.email,
    };
    let prepared = prepare(mail, &to, false, now)?.ok_or(AppError::NotFound)?;
    admit(db, config, &account.email, now).await?;
    let link = NewConfirmation {
        user_id: account.id,
        email: &account.email,
        token_hash: &prepared.token_hash,
        expires_at: prepared.expires_at,
        message: &prepared.message,
    };
    db::email_confirmations::issue(db, &link, None, actor_id, now).await?;
    Ok(account.email)
}

/// What a change of address did.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    /// A link was sent to the new address; the account moves when it is followed.
    LinkSent(String),
    /// Mail is off: the account moved at once.
    Moved(String),
}

/// Moves `account` to the address typed, once the current password is right (checked under the
/// account's login throttle) and the new address confirmed through a link sent to it. Problems
/// come back on `new_email` and `email_password`; 429 while the account is locked.
pub async fn change(
    db: &DatabaseConnection,
    config: &AppConfig,
    work: &PasswordWork,
    mail: &MailSetup,
    account: &Account,
    (typed, password): (&str, &str),
    now: DateTime<Utc>,
) -> AppResult<Change> {
    let on_email = |id: &str| AppError::invalid("new_email", Message::new(id));
    let email = normalise_email(typed).map_err(|p| {
        AppError::invalid("new_email", p.message(Message::new("account-new-email")))
    })?;
    if email == account.email {
        return Err(on_email(msg("account-problem-same-email")));
    }
    let password_ok =
        super::accounts::check_own_password(db, config, work, account, password, now).await?;
    if !password_ok {
        return Err(AppError::invalid(
            "email_password",
            Message::new("account-problem-email-password"),
        ));
    }
    // Only someone who knows the password learns whether another account uses the address.
    if db::registration::email_taken(db, &email).await? {
        return Err(on_email(msg("account-problem-email-taken")));
    }
    let to = Recipient {
        name: &account.name,
        lang: account.language,
        zone: &account.time_zone,
        email: &email,
    };
    let Some(prepared) = prepare(mail, &to, true, now)? else {
        return match db::email_confirmations::move_unconfirmed(db, account, &email, now).await {
            Ok(_) => Ok(Change::Moved(email)),
            Err(ConfirmError::Taken) => Err(on_email(msg("account-problem-email-taken"))),
            Err(e) => Err(AppError::Internal(e.to_string())),
        };
    };
    admit(db, config, &format!("account:{}", account.id), now).await?;
    admit(db, config, &email, now).await?;
    let link = NewConfirmation {
        user_id: account.id,
        email: &email,
        token_hash: &prepared.token_hash,
        expires_at: prepared.expires_at,
        message: &prepared.message,
    };
    let lang = account.language;
    let args = [("name", account.name.as_str()), ("email", email.as_str())];
    let warning = Email {
        kind: "email_change_asked",
        recipient: account.email.clone(),
        subject: i18n::text(lang, msg("confirm-asked-subject")),
        body: i18n::text_with(lang, msg("confirm-asked-body"), &args),
        edition_id: None,
    };
    db::email_confirmations::issue(db, &link, Some(&warning), account.id, now).await?;
    Ok(Change::LinkSent(email))
}

/// Why a link cannot be used, as a message id.
pub fn gone_id(error: &ConfirmError) -> &'static str {
    match error {
        ConfirmError::Used => msg("confirm-link-used"),
        ConfirmError::Replaced => msg("confirm-link-replaced"),
        ConfirmError::Expired => msg("confirm-link-expired"),
        ConfirmError::Taken => msg("confirm-link-taken"),
        ConfirmError::Deactivated => msg("reset-link-deactivated"),
        ConfirmError::Unknown | ConfirmError::Db(_) => msg("confirm-link-unknown"),
    }
}

/// The account a link is for and the address it confirms, or why it cannot be used.
pub async fn link_of(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<Result<(Account, String), &'static str>> {
    match db::email_confirmations::usable(db, &token_hash(token), now).await {
        Ok((link, account)) => Ok(Ok((account, link.email))),
        Err(ConfirmError::Db(e)) => Err(e.into()),
        Err(e) => Ok(Err(gone_id(&e))),
    }
}

/// Follows a link once: the address is confirmed, or the account moves to it (the old address
/// is told, in the account's language).
pub async fn confirm(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> AppResult<Result<Confirmed, &'static str>> {
    let (account, email) = match link_of(db, token, now).await? {
        Ok(found) => found,
        Err(why) => return Ok(Err(why)),
    };
    let lang = account.language;
    let notice = Email {
        kind: "email_changed",
        recipient: account.email.clone(),
        subject: i18n::text(lang, msg("confirm-moved-subject")),
        body: i18n::text_with(
            lang,
            msg("confirm-moved-body"),
            &[("name", account.name.as_str()), ("email", email.as_str())],
        ),
        edition_id: None,
    };
    let notice = (email != account.email).then_some(&notice);
    match db::email_confirmations::confirm(db, &token_hash(token), notice, now).await {
        Ok(confirmed) => Ok(Ok(confirmed)),
        Err(ConfirmError::Db(e)) => Err(e.into()),
        Err(e) => Ok(Err(gone_id(&e))),
    }
}
