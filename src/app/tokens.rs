//! Personal API tokens: issuing one (the secret is returned once), revoking one, and knowing who
//! a presented secret belongs to.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::api_tokens::CreateError;
use crate::domain::account::Account;
use crate::domain::api_token::{ApiToken, TOKEN_PREFIX, TokenRequest, TokenState};
use crate::error::{AppError, AppResult, Refusal};

/// A token just made, with its secret: shown to its owner once, never again.
pub struct Issued {
    /// The stored token.
    pub token: ApiToken,
    /// The secret to put in `Authorization: Bearer …`.
    pub secret: String,
}

/// Makes a token for `account`.
pub async fn issue(
    db: &DatabaseConnection,
    account: &Account,
    request: &TokenRequest,
    now: DateTime<Utc>,
) -> AppResult<Issued> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(format!("token secret: {e}")))?;
    let secret = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    match db::api_tokens::create(db, account.id, request, &secret, now).await {
        Ok(token) => Ok(Issued { token, secret }),
        Err(CreateError::TooMany) => Err(AppError::Conflict {
            code: Refusal::TooManyTokens,
            message: crate::domain::message::Message::new("tokens-refused-too-many")
                .number("max", crate::domain::api_token::MAX_ACTIVE_TOKENS),
        }),
        Err(CreateError::Db(e)) => Err(e.into()),
    }
}

/// Revokes one of the account's tokens; not found if it is not theirs or already revoked.
pub async fn revoke(
    db: &DatabaseConnection,
    account: &Account,
    token_id: i32,
    now: DateTime<Utc>,
) -> AppResult<()> {
    if db::api_tokens::revoke(db, account.id, token_id, now).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The active account and usable token a presented secret belongs to, if any.
pub async fn authenticate(
    db: &DatabaseConnection,
    secret: &str,
    now: DateTime<Utc>,
) -> AppResult<Option<(Account, ApiToken)>> {
    if !secret.starts_with(TOKEN_PREFIX) {
        return Ok(None);
    }
    let Some(token) = db::api_tokens::find_by_secret(db, secret).await? else {
        return Ok(None);
    };
    if token.state(now) != TokenState::Active {
        return Ok(None);
    }
    let Some(account) = db::users::find(db, token.user_id)
        .await?
        .filter(|a| a.active)
    else {
        return Ok(None);
    };
    db::api_tokens::touch(db, &token, now).await?;
    Ok(Some((account, token)))
}
