//! Screening, the secretariat's side: deciding a submitted application's eligibility by hand,
//! over the rules' outcome, always with a written reason the applicant will read (audited).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use super::scoring::Submitted;
use crate::db;
use crate::domain::account::Account;
use crate::domain::application::SubmissionStatus;
use crate::domain::eligibility::Outcome;
use crate::domain::limits;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};

/// Shortest reason for an eligibility decision.
pub const MIN_REASON: usize = 10;

/// Records the secretariat's eligibility decision on submission `id`: `pass` or `fail` with a
/// reason of at least [`MIN_REASON`] characters. Problems come back field by field.
pub async fn override_eligibility(
    db: &DatabaseConnection,
    id: i32,
    outcome: &str,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Outcome> {
    let record = db::applications::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = BTreeMap::new();
    if record.status != SubmissionStatus::Submitted {
        errors.insert(
            "outcome".to_owned(),
            Message::new("screening-problem-not-submitted"),
        );
    }
    let outcome = outcome
        .parse::<Outcome>()
        .ok()
        .filter(|o| *o != Outcome::NeedsReview);
    if outcome.is_none() {
        errors.insert(
            "outcome".to_owned(),
            Message::new("screening-problem-outcome"),
        );
    }
    let reason = reason.trim();
    let why = Message::new("why-eligibility");
    if let Err(problem) = limits::check_reason(reason, MIN_REASON, why) {
        errors.insert("reason".to_owned(), problem);
    }
    match outcome {
        Some(outcome) if errors.is_empty() => {
            db::screening::override_eligibility(db, id, outcome, reason, actor_id, now).await?;
            Ok(outcome)
        }
        _ => Err(AppError::Invalid(errors)),
    }
}

/// One submission as the secretariat reads it: the record, the submitted version with its
/// documents, the applicant's contact, and who decided its eligibility by hand.
pub struct SubmissionFile {
    /// The application as stored (status, draft, eligibility).
    pub record: db::applications::ApplicationRecord,
    /// The latest submitted version with its documents, once submitted.
    pub submitted: Option<Submitted>,
    /// The applicant's account.
    pub applicant: Option<Account>,
    /// The name of the person who decided the eligibility by hand, if anyone did.
    pub decided_by: Option<String>,
}

/// Submission `id` for the secretariat.
pub async fn submission_file(db: &DatabaseConnection, id: i32) -> AppResult<SubmissionFile> {
    let record = db::applications::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let submitted = match db::applications::latest_snapshot(db, id).await? {
        Some(application) => Some(Submitted {
            submission_id: id,
            application,
            documents: db::attachments::of_submission(db, id).await?,
        }),
        None => None,
    };
    let applicant = db::users::find(db, record.applicant_id).await?;
    let decider = record
        .eligibility
        .as_ref()
        .and_then(|e| e.override_decision.as_ref())
        .and_then(|d| d.by);
    let decided_by = match decider {
        Some(by) => db::users::find(db, by).await?.map(|a| a.name),
        None => None,
    };
    Ok(SubmissionFile {
        record,
        submitted,
        applicant,
        decided_by,
    })
}

/// Document `document_id` of submission `submission_id`, for the secretariat: "not found" unless
/// it belongs to that submission.
pub async fn submission_document(
    db: &DatabaseConnection,
    submission_id: i32,
    document_id: i32,
) -> AppResult<db::attachments::Attachment> {
    db::attachments::find(db, document_id)
        .await?
        .filter(|a| a.submission_id == submission_id)
        .ok_or(AppError::NotFound)
}
