//! Documents attached to an applicant's own draft: added (a PDF by its content, at most three of
//! 10 MB, never the same file twice) and removed while it is a draft. The pages and the API share
//! these rules.

use std::path::Path;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use super::applications::Loaded;
use crate::db;
use crate::db::attachments::{AddOutcome, Attachment};
use crate::domain::attachment::{MAX_ATTACHMENTS, check_attachment, safe_file_name};
use crate::domain::message::Message;
use crate::error::{AppError, AppResult, Refusal};

/// Why a document was not added or removed. Nothing was written.
#[derive(Debug)]
pub enum AttachRefused {
    /// The application is not a draft.
    NotADraft,
    /// Not a PDF, empty or too large: why.
    Invalid(Message),
    /// The same file is attached already, under this name.
    Duplicate(String),
    /// The application has as many documents as it may.
    Full,
}

impl AttachRefused {
    /// The problem, naming the documents field.
    pub fn message(&self) -> Message {
        match self {
            AttachRefused::NotADraft => Message::new("documents-not-draft"),
            AttachRefused::Invalid(problem) => {
                Message::new("documents-problem").message("problem", problem.clone())
            }
            AttachRefused::Duplicate(name) => {
                Message::new("documents-duplicate").text("name", name)
            }
            AttachRefused::Full => Message::new("documents-full").number("max", MAX_ATTACHMENTS),
        }
    }

    /// As the error the API answers with.
    pub fn into_error(self) -> AppError {
        let message = self.message();
        let code = match self {
            AttachRefused::Invalid(_) => return AppError::invalid("file", message),
            AttachRefused::NotADraft => Refusal::NotADraft,
            AttachRefused::Duplicate(_) => Refusal::DuplicateAttachment,
            AttachRefused::Full => Refusal::TooManyAttachments,
        };
        AppError::Conflict { code, message }
    }
}

/// Attaches `bytes` (sent as `raw_name`) to the applicant's draft.
pub async fn attach(
    db: &DatabaseConnection,
    data_dir: &Path,
    own: &Loaded,
    actor_id: i32,
    (raw_name, bytes): (&str, &[u8]),
    now: DateTime<Utc>,
) -> AppResult<Result<Attachment, AttachRefused>> {
    let id = own.record.id;
    if !own.record.status.is_draft() {
        return Ok(Err(AttachRefused::NotADraft));
    }
    let existing = db::attachments::of_submission(db, id).await?.len();
    if existing >= MAX_ATTACHMENTS {
        return Ok(Err(AttachRefused::Full));
    }
    if let Err(problem) = check_attachment(bytes, existing) {
        return Ok(Err(AttachRefused::Invalid(problem)));
    }
    let attachment = Attachment {
        id: 0,
        submission_id: id,
        file_name: safe_file_name(raw_name),
        content_hash: crate::storage::content_hash(bytes),
        size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        uploaded_at: now,
    };
    let outcome =
        db::attachments::add(db, &attachment, bytes, data_dir, MAX_ATTACHMENTS, actor_id).await?;
    Ok(match outcome {
        AddOutcome::Added => {
            let stored = db::attachments::of_submission(db, id).await?;
            let added = stored
                .into_iter()
                .rfind(|a| a.content_hash == attachment.content_hash);
            Ok(added.unwrap_or(attachment))
        }
        AddOutcome::Duplicate(name) => Err(AttachRefused::Duplicate(name)),
        AddOutcome::Full => Err(AttachRefused::Full),
        AddOutcome::Frozen => Err(AttachRefused::NotADraft),
    })
}

/// One of the application's documents; "not found" for any other.
pub async fn find(db: &DatabaseConnection, own: &Loaded, aid: i32) -> AppResult<Attachment> {
    db::attachments::find(db, aid)
        .await?
        .filter(|a| a.submission_id == own.record.id)
        .ok_or(AppError::NotFound)
}

/// Removes one of the draft's documents (audited).
pub async fn remove(
    db: &DatabaseConnection,
    data_dir: &Path,
    own: &Loaded,
    aid: i32,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<Attachment, AttachRefused>> {
    let attachment = find(db, own, aid).await?;
    if !own.record.status.is_draft()
        || !db::attachments::remove(db, &attachment, data_dir, actor_id, now).await?
    {
        return Ok(Err(AttachRefused::NotADraft));
    }
    Ok(Ok(attachment))
}
