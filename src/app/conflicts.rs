//! Conflicts of interest, the juror's side: the submissions they declare on, a declaration (only
//! ever made stricter by the juror) and a request to lower one, which someone else decides. The
//! pages and the API share these rules.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::conflicts::{ConflictError, ReviewRequest, Screened};
use crate::db::jury::Membership;
use crate::domain::conflicts::{
    ConflictLevel, check_declaration, check_review_request, reason_label,
};
use crate::error::{AppError, AppResult, Refusal};

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
    pub fn summary(&self) -> String {
        let said = match self.level {
            ConflictLevel::None => "no conflict.".to_owned(),
            level => {
                let label = reason_label(&self.reason);
                let reason = label.rsplit_once(" (").map_or(label, |(reason, _)| reason);
                let then = if level == ConflictLevel::Potential {
                    "You will not see or score it unless the secretariat allows it."
                } else {
                    "You will not see or score it."
                };
                format!("a {} conflict. Reason: {reason}. {then}", level.as_str())
            }
        };
        format!("Recorded for \"{}\": {said}", self.title)
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

fn invalid((field, message): (String, String)) -> AppError {
    AppError::Invalid(BTreeMap::from([(field, message)]))
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
            message: "You have not declared a conflict on this submission.".to_owned(),
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
    match error {
        ConflictError::Db(e) => e.into(),
        ConflictError::WouldLower => AppError::Conflict {
            code: Refusal::DeclarationWouldLower,
            message: "Your declaration can only be made stricter here. To lower or withdraw it, ask for a review: the secretariat or the chair decides.".to_owned(),
        },
        ConflictError::RequestPending => AppError::Conflict {
            code: Refusal::ReviewAlreadyRequested,
            message: "A request to lower this declaration is already waiting for a decision."
                .to_owned(),
        },
        ConflictError::NoRequest => AppError::Conflict {
            code: Refusal::NoReviewRequested,
            message: "There is no request waiting for a decision on this declaration; it may have been decided meanwhile.".to_owned(),
        },
        ConflictError::NotPotential => AppError::Conflict {
            code: Refusal::NotAPotentialConflict,
            message: "Only a potential conflict is decided, as allowed or excluded; a disqualifying one always excludes.".to_owned(),
        },
        ConflictError::RequestOutdated => AppError::Conflict {
            code: Refusal::ReviewOutdated,
            message: "The declaration changed meanwhile; reload the page.".to_owned(),
        },
    }
}
