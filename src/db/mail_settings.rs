//! Which notifications an edition sends: every one is on unless the secretariat switched it off.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, TransactionSession,
    TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::edition_mail_setting;
use crate::domain::notification::Notification;

/// Whether edition `edition_id` sends `notification`.
pub async fn sends(
    db: &impl ConnectionTrait,
    edition_id: i32,
    notification: Notification,
) -> Result<bool, DbErr> {
    Ok(
        edition_mail_setting::Entity::find_by_id((edition_id, notification.kind().to_owned()))
            .one(db)
            .await?
            .is_none_or(|row| row.enabled),
    )
}

/// Every switchable notification of the edition and whether it is sent.
pub async fn of_edition(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<(Notification, bool)>, DbErr> {
    let stored: BTreeMap<String, bool> = edition_mail_setting::Entity::find()
        .filter(edition_mail_setting::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.kind, row.enabled))
        .collect();
    Ok(Notification::ALL
        .into_iter()
        .map(|n| (n, stored.get(n.kind()).copied().unwrap_or(true)))
        .collect())
}

/// Records which notifications the edition sends, in one transaction. Audited.
pub async fn save<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    settings: &[(Notification, bool)],
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    for (notification, enabled) in settings {
        edition_mail_setting::Entity::insert(edition_mail_setting::ActiveModel {
            edition_id: Set(edition_id),
            kind: Set(notification.kind().to_owned()),
            enabled: Set(*enabled),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([
                edition_mail_setting::Column::EditionId,
                edition_mail_setting::Column::Kind,
            ])
            .update_columns([
                edition_mail_setting::Column::Enabled,
                edition_mail_setting::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    let details: BTreeMap<&str, bool> = settings.iter().map(|(n, on)| (n.kind(), *on)).collect();
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "edition.mail_settings",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!(details),
        },
    )
    .await?;
    txn.commit().await
}
