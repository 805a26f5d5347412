//! Accounts, the secretariat's side: creating one with an initial password, deactivating and
//! reactivating one (never one's own), and setting a new password for someone who lost theirs
//! (their sessions end). Audited in `db::users`; the pages and the API share these rules.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::users::CreateAccountError;
use crate::domain::account::{Account, NewAccount};
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::domain::password::{check_name, check_password, hash_password, normalise_email};
use crate::domain::role::Role;
use crate::error::{AppError, AppResult, Refusal};

/// A new account as typed.
#[derive(Clone, Debug, Default)]
pub struct AccountTyped {
    /// Full name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// `applicant`, `juror` or `secretariat`.
    pub role: String,
    /// The initial password.
    pub password: String,
}

fn check(typed: &AccountTyped) -> Result<NewAccount, BTreeMap<String, Message>> {
    let mut errors = BTreeMap::new();
    let name = check_name(&typed.name)
        .map_err(|p| errors.insert("name".to_owned(), p.message(Message::new("label-name"))))
        .ok();
    let email = normalise_email(&typed.email)
        .map_err(|p| errors.insert("email".to_owned(), p.message(Message::new("label-email"))))
        .ok();
    let role = typed
        .role
        .parse::<Role>()
        .map_err(|_| errors.insert("role".to_owned(), Message::new("accounts-problem-role")))
        .ok();
    if let Err(p) = check_password(&typed.password) {
        let label = Message::new("label-initial-password");
        errors.insert("password".to_owned(), p.message(label));
    }
    match (name, email, role) {
        (Some(name), Some(email), Some(role)) if errors.is_empty() => Ok(NewAccount {
            email,
            name,
            role,
            password: typed.password.clone(),
            language: Lang::EN,
        }),
        _ => Err(errors),
    }
}

/// Creates an account (audited); every problem is named by its field, a taken address on
/// `email`.
pub async fn create(
    db: &DatabaseConnection,
    typed: &AccountTyped,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Account> {
    let new = check(typed).map_err(AppError::Invalid)?;
    match db::users::create(db, new, Some(actor_id), now).await {
        Ok(account) => Ok(account),
        Err(CreateAccountError::EmailTaken) => Err(AppError::invalid(
            "email",
            Message::new("accounts-problem-email-taken"),
        )),
        Err(CreateAccountError::Hashing(e)) => Err(AppError::Internal(e)),
        Err(CreateAccountError::Db(e)) => Err(e.into()),
    }
}

/// Deactivates (its sessions end, it can no longer log in) or reactivates account `id`
/// (audited); 409 `own_account` for the secretariat's own; 403 when the actor's own account was
/// deactivated meanwhile (so two members deactivating each other at once leave one active).
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &Account,
    id: i32,
    active: bool,
    now: DateTime<Utc>,
) -> AppResult<Account> {
    if id == actor.id {
        return Err(AppError::conflict(
            Refusal::OwnAccount,
            Message::new("accounts-refused-own"),
        ));
    }
    db::users::find(db, id).await?.ok_or(AppError::NotFound)?;
    db::users::set_active(db, id, active, actor.id, now)
        .await?
        .ok_or(AppError::Forbidden)
}

/// Sets a new password for account `id` (audited); every session of the account ends. 422 on
/// `new_password` for one that is too weak.
pub async fn reset_password(
    db: &DatabaseConnection,
    id: i32,
    new_password: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Account> {
    let account = db::users::find(db, id).await?.ok_or(AppError::NotFound)?;
    check_password(new_password).map_err(|problem| {
        AppError::invalid(
            "new_password",
            problem.message(Message::new("label-new-password")),
        )
    })?;
    let new_password = new_password.to_owned();
    let hash = tokio::task::spawn_blocking(move || hash_password(&new_password))
        .await
        .map_err(|e| AppError::Internal(format!("password hashing: {e}")))?
        .map_err(AppError::Internal)?;
    db::users::end_sessions(db, id, Some(hash), actor_id, now).await?;
    Ok(account)
}
