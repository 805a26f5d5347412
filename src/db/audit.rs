//! The append-only audit log: who did what to which record, and when.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::entities::audit_entry;

/// One event to record.
pub struct AuditEvent<'a> {
    /// The account that acted, if any (None for the command line or the system).
    pub actor_id: Option<i32>,
    /// What happened, e.g. `account.deactivated`.
    pub action: &'a str,
    /// The kind of record acted on, e.g. `user`.
    pub subject_type: &'a str,
    /// Its id.
    pub subject_id: Option<String>,
    /// Further facts, as JSON.
    pub details: serde_json::Value,
}

/// Appends an event to the audit log (inside the caller's transaction).
pub async fn record(
    db: &impl ConnectionTrait,
    at: DateTime<Utc>,
    event: AuditEvent<'_>,
) -> Result<(), DbErr> {
    entry(at, event).insert(db).await?;
    Ok(())
}

/// Appends many events at once (inside the caller's transaction), a few hundred per statement.
pub async fn record_many(
    db: &impl ConnectionTrait,
    at: DateTime<Utc>,
    events: Vec<AuditEvent<'_>>,
) -> Result<(), DbErr> {
    let mut entries = Vec::with_capacity(events.len());
    for event in events {
        entries.push(entry(at, event));
    }
    let mut entries = entries.into_iter().peekable();
    while entries.peek().is_some() {
        let batch: Vec<_> = entries.by_ref().take(ROWS_PER_STATEMENT).collect();
        audit_entry::Entity::insert_many(batch)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// How many entries one insert carries (well within every backend's limit on parameters).
const ROWS_PER_STATEMENT: usize = 500;

fn entry(at: DateTime<Utc>, event: AuditEvent<'_>) -> audit_entry::ActiveModel {
    audit_entry::ActiveModel {
        at: Set(at),
        actor_id: Set(event.actor_id),
        action: Set(event.action.to_owned()),
        subject_type: Set(event.subject_type.to_owned()),
        subject_id: Set(event.subject_id),
        details: Set(event.details.to_string()),
        ..Default::default()
    }
}

/// A recorded event, for display.
#[derive(Clone, Debug)]
pub struct AuditRecord {
    /// When.
    pub at: DateTime<Utc>,
    /// Who (account id).
    pub actor_id: Option<i32>,
    /// What.
    pub action: String,
    /// On what kind of record.
    pub subject_type: String,
    /// On which record.
    pub subject_id: Option<String>,
    /// Details as JSON text.
    pub details: String,
}

/// The most recent events about one record, newest first.
pub async fn for_subject(
    db: &impl ConnectionTrait,
    subject_type: &str,
    subject_id: &str,
) -> Result<Vec<AuditRecord>, DbErr> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let rows = audit_entry::Entity::find()
        .filter(audit_entry::Column::SubjectType.eq(subject_type))
        .filter(audit_entry::Column::SubjectId.eq(subject_id))
        .order_by_desc(audit_entry::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| AuditRecord {
            at: row.at,
            actor_id: row.actor_id,
            action: row.action,
            subject_type: row.subject_type,
            subject_id: row.subject_id,
            details: row.details,
        })
        .collect())
}

/// A recorded event with its position in the log.
#[derive(Clone, Debug)]
pub struct AuditRecordWithId {
    /// Position in the log (ascending with time).
    pub id: i64,
    /// The event.
    pub record: AuditRecord,
}
