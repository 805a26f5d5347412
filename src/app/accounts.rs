//! Accounts: checking a login under the throttles of the client address and of the account,
//! an applicant's registration and a juror's acceptance of their invitation under the sign-up
//! throttle, and changing one's password (the current one checked under the account's throttle).
//! Every check is admitted by both throttles before the password is looked at, so however many
//! requests arrive together, on any number of instances, at most the configured number of
//! checks run per window; an unknown email costs as much as a wrong password.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::config::AppConfig;
use crate::db;
use crate::db::jury::InvitationError;
use crate::db::users::CreateAccountError;
use crate::domain::account::{Account, NewAccount};
use crate::domain::application::OrganisationEntry;
use crate::domain::jury::token_hash;
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::domain::password::{
    MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, PasswordProblem, check_password, has_password,
    hash_password, normalise_email,
};
use crate::domain::throttle::{Admission, ThrottlePolicy};
use crate::error::{AppError, AppResult};
use crate::hashing::PasswordWork;
use crate::i18n::{self, msg};
use crate::mail::MailSetup;

/// A hash checked when the email is unknown, so that a wrong email takes as long as a wrong
/// password (no account enumeration by timing).
static DECOY_HASH: OnceLock<String> = OnceLock::new();

fn decoy_hash() -> String {
    DECOY_HASH
        .get_or_init(|| hash_password("a decoy password that no account has").unwrap_or_default())
        .clone()
}

/// Why a login was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum LoginRefused {
    /// Too many failures from this address or for this account: paused until then.
    Locked(DateTime<Utc>),
    /// Too many checks at this moment: try again in a few seconds.
    Busy,
    /// The account is deactivated.
    Deactivated,
    /// The email or the password is not right.
    Wrong,
}

impl LoginRefused {
    /// The problem in words, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            LoginRefused::Locked(until) => {
                let until = crate::domain::time::in_zone(*until, "UTC");
                i18n::text_with(lang, "login-refused-locked", &[("until", &until)])
            }
            LoginRefused::Busy => i18n::text(lang, "login-refused-busy"),
            LoginRefused::Deactivated => i18n::text(lang, "login-refused-deactivated"),
            LoginRefused::Wrong => i18n::text(lang, "login-refused-wrong"),
        }
    }
}

/// Gives back the throttle slots of checks that did not happen or succeeded.
async fn give_back(
    db: &DatabaseConnection,
    admitted: &[(&String, ThrottlePolicy)],
    now: DateTime<Utc>,
) -> AppResult<()> {
    for (key, policy) in admitted {
        db::throttle::succeeded(db, key, *policy, now).await?;
    }
    Ok(())
}

/// The account whose email and password these are, from `address`, or why not.
pub async fn log_in(
    db: &DatabaseConnection,
    config: &AppConfig,
    work: &PasswordWork,
    (email, password): (&str, &str),
    address: &str,
    now: DateTime<Utc>,
) -> AppResult<Result<Account, LoginRefused>> {
    let email = normalise_email(email).unwrap_or_else(|_| email.trim().to_lowercase());
    let keys = [
        (format!("address:{address}"), config.address_throttle()),
        (format!("account:{email}"), config.account_throttle()),
    ];
    let mut admitted = Vec::new();
    for (key, policy) in &keys {
        let refused = match db::throttle::admit(db, key, *policy, now).await? {
            Admission::Admitted => {
                admitted.push((key, *policy));
                continue;
            }
            Admission::LockedUntil(until) => LoginRefused::Locked(until),
            Admission::Busy => LoginRefused::Busy,
        };
        give_back(db, &admitted, now).await?;
        return Ok(Err(refused));
    }
    let found = db::users::find_for_login(db, &email).await?;
    let hash = found
        .as_ref()
        .map(|(_, hash)| hash.clone())
        .filter(|hash| has_password(hash))
        .unwrap_or_else(decoy_hash);
    let Ok(matches) = work.verify(password.to_owned(), hash).await else {
        give_back(db, &admitted, now).await?;
        return Ok(Err(LoginRefused::Busy));
    };
    match found {
        Some((account, stored)) if matches && has_password(&stored) => {
            give_back(db, &admitted, now).await?;
            if !account.active {
                return Ok(Err(LoginRefused::Deactivated));
            }
            Ok(Ok(account))
        }
        _ => {
            let mut locked = None;
            for (key, policy) in &admitted {
                if let Some(until) = db::throttle::failed(db, key, *policy, now).await? {
                    locked = locked.max(Some(until));
                }
            }
            Ok(Err(locked.map_or(LoginRefused::Wrong, LoginRefused::Locked)))
        }
    }
}

/// A password change as typed.
pub struct PasswordChange<'a> {
    /// The current password.
    pub current: &'a str,
    /// The new one.
    pub new: &'a str,
    /// The new one again.
    pub confirm: &'a str,
}

/// Changes the account's password if the current one is right (checked under the account's
/// throttle: 429 while locked) and the new one is acceptable and confirmed; every session of
/// the account ends (the caller starts a new one). Problems come back field by field.
pub async fn change_password(
    db: &DatabaseConnection,
    config: &AppConfig,
    work: &PasswordWork,
    account: &Account,
    change: &PasswordChange<'_>,
    now: DateTime<Utc>,
) -> AppResult<Account> {
    let current_ok = check_own_password(db, config, work, account, change.current, now).await?;
    let mut errors = BTreeMap::new();
    if !current_ok {
        errors.insert(
            "current_password".to_owned(),
            Message::new("account-problem-current-password"),
        );
    }
    let problem = match check_password(change.new) {
        Ok(()) => None,
        Err(PasswordProblem::TooShort(chars)) => Some(
            Message::new("account-problem-password-short")
                .number("min", MIN_PASSWORD_CHARS)
                .number("chars", chars),
        ),
        Err(PasswordProblem::TooLong) => {
            Some(Message::new("account-problem-password-long").number("max", MAX_PASSWORD_CHARS))
        }
        Err(PasswordProblem::OnlySpaces) => Some(Message::new("account-problem-password-spaces")),
    };
    if let Some(problem) = problem {
        errors.insert("new_password".to_owned(), problem);
    }
    if change.new != change.confirm {
        errors.insert(
            "confirm_password".to_owned(),
            Message::new("account-problem-confirm"),
        );
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let hash = work
        .hash(change.new.to_owned())
        .await?
        .map_err(AppError::Internal)?;
    Ok(db::users::end_sessions(db, account.id, Some(hash), account.id, now).await?)
}

/// Whether `password` is the account's, checked under the account's login throttle like a login
/// (429 while locked; a wrong one counts as a failure).
pub async fn check_own_password(
    db: &DatabaseConnection,
    config: &AppConfig,
    work: &PasswordWork,
    account: &Account,
    password: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let stored = db::users::find_for_login(db, &account.email)
        .await?
        .ok_or(AppError::Unauthorized)?
        .1;
    let key = format!("account:{}", account.email);
    let policy = config.account_throttle();
    match db::throttle::admit(db, &key, policy, now).await? {
        Admission::Admitted => {}
        Admission::LockedUntil(until) => {
            return Err(AppError::TooManyRequests(
                Message::new("account-refused-locked").instant("until", until, &account.time_zone),
            ));
        }
        Admission::Busy => return Err(crate::hashing::Busy.into()),
    }
    let right = match work.verify(password.to_owned(), stored).await {
        Ok(ok) => ok,
        Err(busy) => {
            db::throttle::succeeded(db, &key, policy, now).await?;
            return Err(busy.into());
        }
    };
    if right {
        db::throttle::succeeded(db, &key, policy, now).await?;
    } else {
        db::throttle::failed(db, &key, policy, now).await?;
    }
    Ok(right)
}

fn email_taken() -> AppError {
    AppError::invalid("email", Message::new("register-problem-email-taken"))
}

/// Creates an applicant's account with their organisation, under the sign-up throttle of the
/// client address (429 past it); an email already taken, also by a registration at the same
/// moment, is refused on the `email` field. When mail is set up, the address starts unconfirmed
/// and the link that confirms it is queued with the account.
pub async fn register_applicant(
    db: &DatabaseConnection,
    (config, mail): (&AppConfig, &MailSetup),
    work: &PasswordWork,
    (account, organisation, zone): (NewAccount, OrganisationEntry, String),
    address: &str,
    now: DateTime<Utc>,
) -> AppResult<Account> {
    if db::registration::email_taken(db, &account.email).await? {
        return Err(email_taken());
    }
    let key = format!("signup:{address}");
    match db::throttle::admit(db, &key, config.signup_throttle(), now).await? {
        Admission::Admitted => {}
        Admission::LockedUntil(until) => {
            return Err(AppError::TooManyRequests(
                Message::new("register-refused-until").instant("until", until, &zone),
            ));
        }
        Admission::Busy => {
            return Err(AppError::TooManyRequests(Message::new(
                "register-refused-later",
            )));
        }
    }
    let hash = work
        .hash(account.password.clone())
        .await?
        .map_err(AppError::Internal)?;
    let to = super::email_confirmation::Recipient {
        name: &account.name,
        lang: account.language,
        zone: &zone,
        email: &account.email,
    };
    let prepared = super::email_confirmation::prepare(mail, &to, false, now)?;
    let to_confirm = prepared.as_ref().map(|p| db::registration::ToConfirm {
        token_hash: &p.token_hash,
        expires_at: p.expires_at,
        message: &p.message,
    });
    let registered = db::registration::register_applicant(
        db,
        account.clone(),
        hash,
        &organisation,
        &zone,
        to_confirm,
        now,
    );
    match registered.await {
        Ok(account) => Ok(account),
        Err(CreateAccountError::EmailTaken) => Err(email_taken()),
        Err(CreateAccountError::Hashing(e)) => Err(AppError::Internal(e)),
        Err(CreateAccountError::Db(e)) => Err(e.into()),
    }
}

/// Why an invitation was not accepted. Nothing was written.
#[derive(Debug)]
pub enum InvitationRefused {
    /// The link cannot be used (unknown, expired, used): why, as a message id.
    Gone(&'static str),
    /// The password is not acceptable: the juror's name, and each problem by field.
    Invalid(String, BTreeMap<String, String>),
}

/// Why an invitation link cannot be used, as a message id.
pub fn gone_id(error: &InvitationError) -> &'static str {
    match error {
        InvitationError::Expired => msg("invitation-expired"),
        InvitationError::Used => msg("invitation-used"),
        _ => msg("invitation-unknown"),
    }
}

fn gone(error: InvitationError) -> AppResult<InvitationRefused> {
    match error {
        InvitationError::Db(e) => Err(AppError::Internal(e.to_string())),
        other => Ok(InvitationRefused::Gone(gone_id(&other))),
    }
}

/// A juror sets their password through their invitation link (once, before it expires, under
/// the sign-up throttle of the client address); the answer is their account.
pub async fn accept_invitation(
    db: &DatabaseConnection,
    config: &AppConfig,
    work: &PasswordWork,
    token: &str,
    (password, confirm): (&str, &str),
    address: &str,
    now: DateTime<Utc>,
) -> AppResult<Result<Account, InvitationRefused>> {
    let hash_of_token = token_hash(token);
    let account = match db::jury::invited_account(db, &hash_of_token, now).await {
        Ok((_, account)) => account,
        Err(e) => return gone(e).map(Err),
    };
    let mut errors = BTreeMap::new();
    let lang = account.language;
    let problem = match check_password(password) {
        Ok(()) => None,
        Err(PasswordProblem::TooShort(chars)) => Some(i18n::text_with(
            lang,
            msg("register-problem-password-short"),
            &[
                ("min", &MIN_PASSWORD_CHARS.to_string()),
                ("chars", &chars.to_string()),
            ],
        )),
        Err(PasswordProblem::TooLong) => Some(i18n::text_with(
            lang,
            msg("register-problem-password-long"),
            &[("max", &MAX_PASSWORD_CHARS.to_string())],
        )),
        Err(PasswordProblem::OnlySpaces) => {
            Some(i18n::text(lang, msg("register-problem-password-spaces")))
        }
    };
    if let Some(problem) = problem {
        errors.insert("password".to_owned(), problem);
    }
    if password != confirm {
        let problem = i18n::text(lang, msg("invitation-problem-confirm"));
        errors.insert("confirm_password".to_owned(), problem);
    }
    if !errors.is_empty() {
        return Ok(Err(InvitationRefused::Invalid(account.name, errors)));
    }
    let key = format!("signup:{address}");
    if db::throttle::admit(db, &key, config.signup_throttle(), now).await? != Admission::Admitted {
        return Err(AppError::TooManyRequests(Message::new(
            "invitation-refused-later",
        )));
    }
    let hash = work
        .hash(password.to_owned())
        .await?
        .map_err(AppError::Internal)?;
    match db::jury::accept_invitation(db, &hash_of_token, hash, now).await {
        Ok(account) => Ok(Ok(account)),
        Err(e) => gone(e).map(Err),
    }
}
