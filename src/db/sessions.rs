//! Server-side sessions: a row per login, keyed by the SHA-256 of a random token that only the
//! browser's encrypted cookie holds, so that logging out ends the session on every instance
//! even if a copy of the cookie survives.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

use super::entities::session;

/// The stored id of a session token.
pub fn id_of(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Records a new session of `user_id` for `token`, valid until `expires_at`.
pub async fn create(
    db: &impl ConnectionTrait,
    token: &str,
    user_id: i32,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    session::Entity::insert(session::ActiveModel {
        id: Set(id_of(token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(expires_at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Whether `token` is a live session of `user_id` at `now`.
pub async fn is_live(
    db: &impl ConnectionTrait,
    token: &str,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(session::Entity::find_by_id(id_of(token))
        .one(db)
        .await?
        .is_some_and(|s| s.user_id == user_id && s.expires_at > now))
}

/// Ends the session of `token`.
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(id_of(token)).exec(db).await?;
    Ok(())
}

/// Ends every session of an account.
pub async fn end_all(db: &impl ConnectionTrait, user_id: i32) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets sessions that have expired.
pub async fn purge_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(())
}
