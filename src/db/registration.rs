//! Self-registration of applicants: the account and its organisation, in one transaction.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::email_confirmations::NewConfirmation;
use super::entities::organisation;
use super::entities::user;
use super::users::{CreateAccountError, insert_account};
use crate::domain::account::{Account, NewAccount};
use crate::domain::application::{OrganisationEntry, is_lrg_kind};
use crate::domain::outbox::Email;
use sea_orm::sea_query::Expr;

/// The link that will confirm a new account's address, and the email that carries it.
pub struct ToConfirm<'a> {
    /// The hash of the link's token.
    pub token_hash: &'a str,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// The email.
    pub message: &'a Email,
}

/// Creates an applicant account with its organisation and time zone; with a link to confirm,
/// the address starts unconfirmed and the link's email is queued in the same transaction.
/// The password is hashed by the caller (through the web layer's bounded gate), after the cheap
/// checks: see [`email_taken`].
pub async fn register_applicant<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    new: NewAccount,
    password_hash: String,
    organisation: &OrganisationEntry,
    time_zone: &str,
    to_confirm: Option<ToConfirm<'_>>,
    now: DateTime<Utc>,
) -> Result<Account, CreateAccountError> {
    let hash = password_hash;
    let txn = db.begin().await?;
    let org = organisation::ActiveModel {
        name: Set(organisation.name.clone()),
        kind: Set(organisation.kind.clone()),
        is_lrg: Set(is_lrg_kind(&organisation.kind)),
        country: Set(organisation.country.clone()),
        contact_name: Set(Some(new.name.clone())),
        contact_email: Set(Some(new.email.clone())),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut account = insert_account(&txn, &new, hash, Some(org.id), Some(time_zone), now).await?;
    if let Some(link) = to_confirm {
        user::Entity::update_many()
            .col_expr(
                user::Column::EmailConfirmedAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(user::Column::Id.eq(account.id))
            .exec(&txn)
            .await?;
        account.email_confirmed = false;
        let confirmation = NewConfirmation {
            user_id: account.id,
            email: &account.email,
            token_hash: link.token_hash,
            expires_at: link.expires_at,
            message: link.message,
        };
        super::email_confirmations::issue_in(&txn, &confirmation, now).await?;
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(account.id),
            action: "account.registered",
            subject_type: "user",
            subject_id: Some(account.id.to_string()),
            details: json!({"email": new.email, "organisation": organisation.name}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}

/// Whether an account already uses this (normalised) email: checked before any hashing.
pub async fn email_taken(db: &impl ConnectionTrait, email: &str) -> Result<bool, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .count(db)
        .await?
        > 0)
}
