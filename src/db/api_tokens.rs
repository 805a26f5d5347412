//! Personal API tokens: made, listed, revoked and looked up by the SHA-256 of the secret (the
//! secret itself is shown once and never stored).

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession,
    TransactionTrait,
};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::audit::{self, AuditEvent};
use super::entities::{api_token, user};
use crate::domain::api_token::{ApiToken, MAX_ACTIVE_TOKENS, TokenRequest, TokenScope};

/// The stored id of a secret.
pub fn hash_of(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn to_token(model: api_token::Model) -> Result<ApiToken, DbErr> {
    let scope = TokenScope::parse(&model.scope)
        .ok_or_else(|| DbErr::Custom(format!("unknown token scope {:?}", model.scope)))?;
    Ok(ApiToken {
        id: model.id,
        user_id: model.user_id,
        name: model.name,
        scope,
        created_at: model.created_at,
        expires_at: model.expires_at,
        revoked_at: model.revoked_at,
        last_used_at: model.last_used_at,
    })
}

/// Why a token was not made.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The account holds as many usable tokens as it may.
    #[error("an account may hold at most {MAX_ACTIVE_TOKENS} usable tokens")]
    TooMany,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Records a token of `user_id` whose secret is `secret`, unless the account already holds the
/// most usable tokens it may (counted under the account's lock). Audited. One transaction.
pub async fn create<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    user_id: i32,
    request: &TokenRequest,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<ApiToken, CreateError> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        user::Entity::find_by_id(user_id)
            .lock_exclusive()
            .one(&txn)
            .await?;
    }
    let usable = api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .filter(api_token::Column::ExpiresAt.gt(now))
        .count(&txn)
        .await?;
    if usize::try_from(usable).unwrap_or(usize::MAX) >= MAX_ACTIVE_TOKENS {
        return Err(CreateError::TooMany);
    }
    let model = api_token::ActiveModel {
        user_id: Set(user_id),
        name: Set(request.name.clone()),
        token_hash: Set(hash_of(secret)),
        scope: Set(request.scope.as_str().to_owned()),
        created_at: Set(now),
        expires_at: Set(request.expires_at(now)),
        revoked_at: Set(None),
        last_used_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(user_id),
            action: "api_token.created",
            subject_type: "api_token",
            subject_id: Some(model.id.to_string()),
            details: json!({"name": request.name, "scope": request.scope.as_str(), "expires_at": model.expires_at}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(to_token(model)?)
}

/// The tokens of an account, newest first.
pub async fn list(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<ApiToken>, DbErr> {
    api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(user_id))
        .order_by_desc(api_token::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_token)
        .collect()
}

/// Revokes a token of `user_id`; false if the account has no such usable-or-expired token
/// (another account's, or revoked already). Audited once, however many revocations race.
pub async fn revoke<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    user_id: i32,
    token_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let changed = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(now))
        .filter(api_token::Column::Id.eq(token_id))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 0 {
        return Ok(false);
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(user_id),
            action: "api_token.revoked",
            subject_type: "api_token",
            subject_id: Some(token_id.to_string()),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// The token whose secret is `secret`, whatever its state.
pub async fn find_by_secret(
    db: &impl ConnectionTrait,
    secret: &str,
) -> Result<Option<ApiToken>, DbErr> {
    api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(hash_of(secret)))
        .one(db)
        .await?
        .map(to_token)
        .transpose()
}

/// How stale a token's "last used" time may get before a request refreshes it (so that a busy
/// client does not write on every request).
pub const LAST_USED_PRECISION: Duration = Duration::minutes(5);

/// Notes that a token was used at `now`, unless it was noted recently.
pub async fn touch(
    db: &impl ConnectionTrait,
    token: &ApiToken,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if token
        .last_used_at
        .is_some_and(|at| now - at < LAST_USED_PRECISION)
    {
        return Ok(());
    }
    api_token::Entity::update_many()
        .col_expr(api_token::Column::LastUsedAt, Expr::value(now))
        .filter(api_token::Column::Id.eq(token.id))
        .exec(db)
        .await?;
    Ok(())
}
