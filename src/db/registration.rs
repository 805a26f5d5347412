//! Self-registration of applicants: the account and its organisation, in one transaction.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{organisation, user};
use super::users::CreateAccountError;
use crate::domain::account::{Account, NewAccount};
use crate::domain::application::{OrganisationEntry, is_lrg_kind};
use crate::domain::role::Role;

/// Creates an applicant account with its organisation and time zone.
pub async fn register_applicant<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    new: NewAccount,
    organisation: &OrganisationEntry,
    time_zone: &str,
    now: DateTime<Utc>,
) -> Result<Account, CreateAccountError> {
    let password = new.password.clone();
    let hash =
        tokio::task::spawn_blocking(move || crate::domain::password::hash_password(&password))
            .await
            .map_err(|e| CreateAccountError::Hashing(e.to_string()))?
            .map_err(CreateAccountError::Hashing)?;
    let txn = db.begin().await?;
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(&new.email))
        .count(&txn)
        .await?;
    if taken > 0 {
        return Err(CreateAccountError::EmailTaken);
    }
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
    let model = user::ActiveModel {
        email: Set(new.email.clone()),
        name: Set(new.name.clone()),
        role: Set(Role::Applicant.as_str().to_owned()),
        password_hash: Set(hash),
        active: Set(true),
        session_version: Set(1),
        organisation_id: Set(Some(org.id)),
        time_zone: Set(time_zone.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(model.id),
            action: "account.registered",
            subject_type: "user",
            subject_id: Some(model.id.to_string()),
            details: json!({"email": new.email, "organisation": organisation.name}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Account {
        id: model.id,
        email: model.email,
        name: model.name,
        role: Role::Applicant,
        active: true,
        session_version: model.session_version,
        time_zone: model.time_zone,
    })
}
