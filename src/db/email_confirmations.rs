//! Links that confirm an email address: issued with their email in the transaction of what asks
//! for them (a registration, a resend, a change of address), ending the account's earlier ones,
//! and used once under a conditional update. Following a link to a new address moves the account
//! to it, unless another account took it meanwhile.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, SqlErr, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{email_confirmation, user};
use crate::domain::account::Account;
use crate::domain::one_time_link::{LinkState, state};
use crate::domain::outbox::Email;

/// Why a confirmation link cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    /// No such link.
    #[error("this confirmation link is not valid")]
    Unknown,
    /// It has been used.
    #[error("this confirmation link has already been used")]
    Used,
    /// A newer link, or another change of address, ended it.
    #[error("this confirmation link was replaced by a newer one")]
    Replaced,
    /// Its time is over.
    #[error("this confirmation link has expired")]
    Expired,
    /// Another account uses the address now.
    #[error("another account uses this address")]
    Taken,
    /// The account was deactivated.
    #[error("this account has been deactivated")]
    Deactivated,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// A new link for an account and an address.
pub struct NewConfirmation<'a> {
    /// The account.
    pub user_id: i32,
    /// The address it confirms (the account's, or the one it moves to).
    pub email: &'a str,
    /// The hash of the link's token.
    pub token_hash: &'a str,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// The email that carries it.
    pub message: &'a Email,
}

/// Inside the caller's transaction: ends the account's outstanding links, records a new one and
/// queues its email.
pub async fn issue_in(
    txn: &impl ConnectionTrait,
    link: &NewConfirmation<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    end_outstanding(txn, link.user_id, now).await?;
    email_confirmation::ActiveModel {
        user_id: Set(link.user_id),
        email: Set(link.email.to_owned()),
        token_hash: Set(link.token_hash.to_owned()),
        created_at: Set(now),
        expires_at: Set(link.expires_at),
        used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    super::outbox::enqueue(txn, link.message, now).await
}

/// Issues a link in its own transaction, under the account's lock, with `notice` (to the current
/// address, when the link moves the account) queued beside it; `actor_id` asked for it (the
/// account itself, or the secretariat). Audited.
pub async fn issue<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    link: &NewConfirmation<'_>,
    notice: Option<&Email>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    super::users::lock_account(&txn, link.user_id).await?;
    issue_in(&txn, link, now).await?;
    if let Some(notice) = notice {
        super::outbox::enqueue(&txn, notice, now).await?;
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "account.confirmation_sent",
            subject_type: "user",
            subject_id: Some(link.user_id.to_string()),
            details: json!({"email": link.email}),
        },
    )
    .await?;
    txn.commit().await
}

/// Ends the links of an account that are neither used nor ended.
pub async fn end_outstanding(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    email_confirmation::Entity::update_many()
        .col_expr(email_confirmation::Column::RevokedAt, Expr::value(now))
        .filter(email_confirmation::Column::UserId.eq(user_id))
        .filter(email_confirmation::Column::UsedAt.is_null())
        .filter(email_confirmation::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends the account's outstanding links to an address other than its own (moves asked for and
/// not yet confirmed), keeping a link that confirms the account's own address.
pub async fn end_pending_moves(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some(account) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(());
    };
    email_confirmation::Entity::update_many()
        .col_expr(email_confirmation::Column::RevokedAt, Expr::value(now))
        .filter(email_confirmation::Column::UserId.eq(user_id))
        .filter(email_confirmation::Column::Email.ne(account.email))
        .filter(email_confirmation::Column::UsedAt.is_null())
        .filter(email_confirmation::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The link of this token hash and its account, if it can be used at `now`.
pub async fn usable(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(email_confirmation::Model, Account), ConfirmError> {
    let link = email_confirmation::Entity::find()
        .filter(email_confirmation::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .ok_or(ConfirmError::Unknown)?;
    match state(link.used_at, link.revoked_at, link.expires_at, now) {
        LinkState::Usable => {}
        LinkState::Used => return Err(ConfirmError::Used),
        LinkState::Replaced => return Err(ConfirmError::Replaced),
        LinkState::Expired => return Err(ConfirmError::Expired),
    }
    let account = super::users::find(db, link.user_id)
        .await?
        .ok_or(ConfirmError::Unknown)?;
    if !account.active {
        return Err(ConfirmError::Deactivated);
    }
    Ok((link, account))
}

/// The outstanding link of an account, if any: the address it confirms and until when.
pub async fn outstanding(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<(String, DateTime<Utc>)>, DbErr> {
    let latest = email_confirmation::Entity::find()
        .filter(email_confirmation::Column::UserId.eq(user_id))
        .order_by_desc(email_confirmation::Column::Id)
        .one(db)
        .await?;
    Ok(latest
        .filter(|l| state(l.used_at, l.revoked_at, l.expires_at, now) == LinkState::Usable)
        .map(|l| (l.email, l.expires_at)))
}

/// What following a link did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// The account's address is confirmed.
    Address(Account),
    /// The account moved to a new, confirmed address; the old one is given.
    Moved(Account, String),
}

/// Uses a link once: confirms the account's address, or moves the account to the new address it
/// confirms (unless another account uses it: the unique index decides a race), queuing `notice`
/// to the old address and ending the password reset links sent there. One transaction. Audited.
pub async fn confirm<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    token_hash: &str,
    notice: Option<&Email>,
    now: DateTime<Utc>,
) -> Result<Confirmed, ConfirmError> {
    let txn = db.begin().await?;
    let (link, account) = usable(&txn, token_hash, now).await?;
    let claimed = email_confirmation::Entity::update_many()
        .col_expr(email_confirmation::Column::UsedAt, Expr::value(now))
        .filter(email_confirmation::Column::Id.eq(link.id))
        .filter(email_confirmation::Column::UsedAt.is_null())
        .filter(email_confirmation::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(ConfirmError::Used);
    }
    let confirmed = set_address(&txn, &account, &link.email, now).await?;
    if let (Confirmed::Moved(..), Some(notice)) = (&confirmed, notice) {
        super::outbox::enqueue(&txn, notice, now).await?;
    }
    txn.commit().await?;
    Ok(confirmed)
}

/// Moves an account to a new address at once (mail is off, so there is nothing to confirm it
/// with), unless another account uses it. One transaction. Audited.
pub async fn move_unconfirmed<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    account: &Account,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Confirmed, ConfirmError> {
    let txn = db.begin().await?;
    super::users::lock_account(&txn, account.id).await?;
    let confirmed = set_address(&txn, account, email, now).await?;
    txn.commit().await?;
    Ok(confirmed)
}

/// Inside the caller's transaction: confirms `email` for the account, moving it there when it is
/// a new address. Audited.
async fn set_address(
    txn: &impl ConnectionTrait,
    account: &Account,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Confirmed, ConfirmError> {
    super::users::lock_account(txn, account.id).await?;
    let moves = email != account.email;
    if moves {
        super::users::lock_email(txn, email).await?;
        let taken = user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .count(txn)
            .await?;
        if taken > 0 {
            return Err(ConfirmError::Taken);
        }
        super::password_resets::end_outstanding(txn, account.id, now).await?;
        end_outstanding(txn, account.id, now).await?;
    }
    let model = user::Entity::find_by_id(account.id)
        .one(txn)
        .await?
        .ok_or(ConfirmError::Unknown)?;
    let mut change: user::ActiveModel = model.into();
    change.email = Set(email.to_owned());
    change.email_confirmed_at = Set(Some(now));
    change.updated_at = Set(now);
    match change.update(txn).await {
        Ok(_) => {}
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(ConfirmError::Taken);
        }
        Err(e) => return Err(e.into()),
    }
    let (action, details) = if moves {
        let details = json!({"from": account.email, "to": email});
        ("account.email_changed", details)
    } else {
        ("account.email_confirmed", json!({"email": email}))
    };
    audit::record(
        txn,
        now,
        AuditEvent {
            actor_id: Some(account.id),
            action,
            subject_type: "user",
            subject_id: Some(account.id.to_string()),
            details,
        },
    )
    .await?;
    let updated = super::users::find(txn, account.id)
        .await?
        .ok_or(ConfirmError::Unknown)?;
    Ok(if moves {
        Confirmed::Moved(updated, account.email.clone())
    } else {
        Confirmed::Address(updated)
    })
}
