//! Attachments: which files belong to which application (the bytes are on disk, see
//! [`crate::storage`]).

use std::path::Path;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, Statement, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::attachment;

/// An attachment as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// Id.
    pub id: i32,
    /// The application.
    pub submission_id: i32,
    /// Safe file name.
    pub file_name: String,
    /// SHA-256 of the content (its name on disk).
    pub content_hash: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// When.
    pub uploaded_at: DateTime<Utc>,
}

fn to_attachment(m: attachment::Model) -> Attachment {
    Attachment {
        id: m.id,
        submission_id: m.submission_id,
        file_name: m.file_name,
        content_hash: m.content_hash,
        size_bytes: m.size_bytes,
        uploaded_at: m.uploaded_at,
    }
}

/// The attachments of an application, oldest first.
pub async fn of_submission(
    db: &impl ConnectionTrait,
    submission_id: i32,
) -> Result<Vec<Attachment>, DbErr> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::SubmissionId.eq(submission_id))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_attachment)
        .collect())
}

/// Finds an attachment.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<Attachment>, DbErr> {
    Ok(attachment::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_attachment))
}

/// What an attempt to attach a document gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddOutcome {
    /// Attached.
    Added,
    /// The application already has the most documents allowed.
    Full,
    /// The application is no longer a draft.
    Frozen,
    /// The application already has this very file (same content), under the name given.
    Duplicate(String),
}

/// Locks the application's row and checks that it is still a draft.
async fn still_draft(txn: &impl ConnectionTrait, submission_id: i32) -> Result<bool, DbErr> {
    Ok(super::applications::locked(txn, submission_id)
        .await?
        .is_some_and(|s| s.status == "draft"))
}

/// Takes the transaction-scoped lock of one stored content, so that storing it for a new record
/// and deleting it after the last record went take turns (PostgreSQL; SQLite's single writer
/// already serialises the two).
async fn lock_content(txn: &impl ConnectionTrait, hash: &str) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            [hash.into()],
        ))
        .await?;
    }
    Ok(())
}

fn storage_error(e: &std::io::Error) -> DbErr {
    DbErr::Custom(format!("storing an attachment: {e}"))
}

/// Records an attachment unless the application is full or no longer a draft (checked under a
/// lock of the application, so concurrent uploads and a submission take turns), or the
/// application already has the same content. The bytes are written to `data_dir` under the
/// content's lock, so a concurrent removal of the last other record cannot delete them.
pub async fn add<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    new: &Attachment,
    bytes: &[u8],
    data_dir: &Path,
    max: usize,
    actor_id: i32,
) -> Result<AddOutcome, DbErr> {
    let txn = db.begin().await?;
    if !still_draft(&txn, new.submission_id).await? {
        return Ok(AddOutcome::Frozen);
    }
    let existing = attachment::Entity::find()
        .filter(attachment::Column::SubmissionId.eq(new.submission_id))
        .count(&txn)
        .await?;
    if let Some(same) = attachment::Entity::find()
        .filter(attachment::Column::SubmissionId.eq(new.submission_id))
        .filter(attachment::Column::ContentHash.eq(new.content_hash.as_str()))
        .one(&txn)
        .await?
    {
        return Ok(AddOutcome::Duplicate(same.file_name));
    }
    if usize::try_from(existing).unwrap_or(usize::MAX) >= max {
        return Ok(AddOutcome::Full);
    }
    lock_content(&txn, &new.content_hash).await?;
    let stored = crate::storage::store_attachment(data_dir, bytes)
        .await
        .map_err(|e| storage_error(&e))?;
    if stored != new.content_hash {
        return Err(DbErr::Custom(
            "an attachment's bytes do not match its hash".to_owned(),
        ));
    }
    let model = attachment::ActiveModel {
        submission_id: Set(new.submission_id),
        file_name: Set(new.file_name.clone()),
        content_hash: Set(new.content_hash.clone()),
        size_bytes: Set(new.size_bytes),
        uploaded_at: Set(new.uploaded_at),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        new.uploaded_at,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "attachment.added",
            subject_type: "submission",
            subject_id: Some(new.submission_id.to_string()),
            details: json!({"attachment": model.id, "file": new.file_name, "sha256": new.content_hash}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(AddOutcome::Added)
}

/// Removes an attachment's record while the application is a draft, and its file when no other
/// record refers to the same content (decided under the content's lock); returns false when the
/// application is no longer a draft.
pub async fn remove<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    attachment: &Attachment,
    data_dir: &Path,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    if !still_draft(&txn, attachment.submission_id).await? {
        return Ok(false);
    }
    attachment::Entity::delete_by_id(attachment.id)
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "attachment.removed",
            subject_type: "submission",
            subject_id: Some(attachment.submission_id.to_string()),
            details: json!({"attachment": attachment.id, "file": attachment.file_name}),
        },
    )
    .await?;
    txn.commit().await?;
    // Only once the record is gone for good: the file goes if nothing refers to its content any
    // more, decided under the content's lock, which an upload of the same content also takes.
    let txn = db.begin().await?;
    lock_content(&txn, &attachment.content_hash).await?;
    let others = attachment::Entity::find()
        .filter(attachment::Column::ContentHash.eq(attachment.content_hash.as_str()))
        .count(&txn)
        .await?;
    if others == 0 {
        crate::storage::delete_attachment(data_dir, &attachment.content_hash)
            .await
            .map_err(|e| storage_error(&e))?;
    }
    txn.commit().await?;
    Ok(true)
}
