//! Password reset links: issued with their email in one transaction (ending the account's
//! earlier links), looked up by the hash of their token, and used once under a conditional
//! update, so that two uses at the same moment set one password and refuse the other.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::password_reset;
use crate::domain::account::Account;
use crate::domain::one_time_link::{LinkState, state};
use crate::domain::outbox::Email;

/// Why a reset link cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// No such link.
    #[error("this password reset link is not valid")]
    Unknown,
    /// It has been used.
    #[error("this password reset link has already been used")]
    Used,
    /// A newer link, or a password change, ended it.
    #[error("this password reset link was replaced by a newer one")]
    Replaced,
    /// Its hour is over.
    #[error("this password reset link has expired")]
    Expired,
    /// The account was deactivated.
    #[error("this account has been deactivated")]
    Deactivated,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// A new link for an account.
pub struct NewLink<'a> {
    /// The account.
    pub user_id: i32,
    /// The hash of the link's token.
    pub token_hash: &'a str,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// The email that carries it.
    pub email: &'a Email,
}

/// Ends the account's outstanding links, records a new one and queues its email, in one
/// transaction under the account's lock, so that of two requests at once only the later link
/// works. Audited.
pub async fn issue<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    link: &NewLink<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    super::users::lock_account(&txn, link.user_id).await?;
    // The account may have moved to another address, or been deactivated, since it was read:
    // then the link is not sent (the answer to the request is the same either way).
    let still = super::users::find(&txn, link.user_id).await?;
    if !still.is_some_and(|a| a.active && a.email == link.email.recipient) {
        return Ok(());
    }
    end_outstanding(&txn, link.user_id, now).await?;
    password_reset::ActiveModel {
        user_id: Set(link.user_id),
        token_hash: Set(link.token_hash.to_owned()),
        created_at: Set(now),
        expires_at: Set(link.expires_at),
        used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    super::outbox::enqueue(&txn, link.email, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: None,
            action: "account.password_reset_requested",
            subject_type: "user",
            subject_id: Some(link.user_id.to_string()),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await
}

/// Ends the links of an account that are neither used nor ended (a newer link was asked for,
/// or the password changed).
pub async fn end_outstanding(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::RevokedAt, Expr::value(now))
        .filter(password_reset::Column::UserId.eq(user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .filter(password_reset::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The link of this token hash and its active account, if the link can be used at `now`.
pub async fn usable(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(password_reset::Model, Account), LinkError> {
    let link = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .ok_or(LinkError::Unknown)?;
    match state(link.used_at, link.revoked_at, link.expires_at, now) {
        LinkState::Usable => {}
        LinkState::Used => return Err(LinkError::Used),
        LinkState::Replaced => return Err(LinkError::Replaced),
        LinkState::Expired => return Err(LinkError::Expired),
    }
    let account = super::users::find(db, link.user_id)
        .await?
        .ok_or(LinkError::Unknown)?;
    if !account.active {
        return Err(LinkError::Deactivated);
    }
    Ok((link, account))
}

/// Uses a link: sets the password, ends every session and every other link of the account, in
/// one transaction. The link is claimed by an update that only matches while it is usable, so
/// of two uses at once one sets the password and the other is told the link was used. Audited.
pub async fn use_link<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    token_hash: &str,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<Account, LinkError> {
    let txn = db.begin().await?;
    let (link, _) = usable(&txn, token_hash, now).await?;
    let claimed = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::Id.eq(link.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .filter(password_reset::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(LinkError::Used);
    }
    let account =
        super::users::end_sessions_in(&txn, link.user_id, Some(password_hash), now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(account.id),
            action: "account.password_reset_by_link",
            subject_type: "user",
            subject_id: Some(account.id.to_string()),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}
