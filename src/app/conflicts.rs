//! Conflicts of interest, the juror's side: the submissions they declare on, a declaration (only
//! ever made stricter by the juror) and a request to lower one, which someone else decides. The
//! pages and the API share these rules.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::conflicts::{ConflictError, ReviewRequest, Screened};
use crate::db::jury::Membership;
use crate::domain::conflicts::{
    ConflictLevel, check_declaration, check_review_request, reason_message,
};

use crate::domain::message::Message;
use crate::error::{AppError, AppResult, Refusal};
use crate::i18n::msg;

/// What the juror sent: a declaration, or a request to lower one.
#[derive(Clone, Debug, Default)]
pub struct Asked {
    /// `none`, `potential` or `disqualifying` as typed.
    pub level: String,
    /// The reason code.
    pub reason: String,
    /// The juror's words (details of a declaration, explanation of a request).
    pub words: String,
}

/// A recorded declaration, to confirm it in words.
pub struct Declared {
    /// The submission's title.
    pub title: String,
    /// The level recorded.
    pub level: ConflictLevel,
    /// The reason code.
    pub reason: String,
}

impl Declared {
    /// "Recorded for …": what the declaration means for the juror.
    pub fn summary(&self) -> Message {
        let said = match self.level {
            ConflictLevel::None => Message::new("conflict-recorded-none"),
            ConflictLevel::Potential => Message::new("conflict-recorded-potential"),
            ConflictLevel::Disqualifying => Message::new("conflict-recorded-disqualifying"),
        };
        said.text("title", &self.title)
            .message("reason", reason_message(&self.reason))
    }
}

/// The juror's membership of the edition's jury, and the submissions they declare on; "not
/// found" for anyone not on that jury.
pub async fn listed(
    db: &DatabaseConnection,
    edition_id: i32,
    juror_id: i32,
) -> AppResult<(Membership, Vec<Screened>)> {
    let membership = db::jury::membership(db, edition_id, juror_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        membership,
        db::conflicts::for_juror(db, edition_id, juror_id).await?,
    ))
}

async fn screened(
    db: &DatabaseConnection,
    edition_id: i32,
    juror_id: i32,
    submission_id: i32,
) -> AppResult<Screened> {
    let (_, listed) = listed(db, edition_id, juror_id).await?;
    listed
        .into_iter()
        .find(|s| s.submission_id == submission_id)
        .ok_or(AppError::NotFound)
}

/// A problem of a form.
fn invalid((field, problem): (String, Message)) -> AppError {
    AppError::invalid(&field, problem)
}

/// Records the juror's declaration on one submission: a first one, or a stricter one. Lowering
/// it is refused (`declaration_would_lower`): that takes a review.
pub async fn declare(
    db: &DatabaseConnection,
    edition_id: i32,
    juror_id: i32,
    submission_id: i32,
    asked: &Asked,
    now: DateTime<Utc>,
) -> AppResult<Declared> {
    let title = screened(db, edition_id, juror_id, submission_id)
        .await?
        .title;
    let level = check_declaration(
        ConflictLevel::parse(&asked.level),
        &asked.reason,
        &asked.words,
    )
    .map_err(invalid)?;
    db::conflicts::declare(
        db,
        submission_id,
        juror_id,
        level,
        &asked.reason,
        &asked.words,
        now,
        edition_id,
    )
    .await
    .map_err(conflict_error)?;
    Ok(Declared {
        title,
        level,
        reason: asked.reason.clone(),
    })
}

/// The juror asks to lower or withdraw their declaration; it keeps its full effect until the
/// secretariat or the chair decides. Returns the submission's title.
pub async fn request_review(
    db: &DatabaseConnection,
    edition_id: i32,
    juror_id: i32,
    submission_id: i32,
    asked: &Asked,
    now: DateTime<Utc>,
) -> AppResult<String> {
    let screened = screened(db, edition_id, juror_id, submission_id).await?;
    let Some(current) = screened.declaration.as_ref() else {
        return Err(AppError::Conflict {
            code: Refusal::NothingToReview,
            message: Message::new("conflict-nothing-declared"),
        });
    };
    let level = check_review_request(
        (current.level, current.decision),
        ConflictLevel::parse(&asked.level),
        &asked.reason,
        &asked.words,
    )
    .map_err(invalid)?;
    let request = ReviewRequest {
        level,
        reason: asked.reason.clone(),
        explanation: asked.words.clone(),
        at: now,
    };
    db::conflicts::request_review(db, submission_id, juror_id, &request)
        .await
        .map_err(conflict_error)?;
    Ok(screened.title)
}

/// A refused conflict change as the error it is.
pub fn conflict_error(error: ConflictError) -> AppError {
    let (code, id) = match error {
        ConflictError::Db(e) => return e.into(),
        ConflictError::WouldLower => (Refusal::DeclarationWouldLower, msg("conflict-would-lower")),
        ConflictError::RequestPending => (
            Refusal::ReviewAlreadyRequested,
            msg("conflict-request-pending"),
        ),
        ConflictError::NoRequest => (Refusal::NoReviewRequested, msg("conflict-no-request")),
        ConflictError::NotPotential => (
            Refusal::NotAPotentialConflict,
            msg("conflict-not-potential"),
        ),
        ConflictError::RequestOutdated => (Refusal::ReviewOutdated, msg("conflict-outdated")),
    };
    AppError::conflict(code, Message::new(id))
}
