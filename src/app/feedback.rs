//! An applicant's feedback on their own application, once the edition's winners are announced:
//! the prizes it won and the consensus score and comment per criterion with the weighted total.
//! Never a juror's name, an individual score or the jury's dissent. The page and the API share it.

use sea_orm::DatabaseConnection;

use super::applications::Loaded;
use crate::db;
use crate::db::feedback::{PublishedPrize, results_public};
use crate::domain::account::Account;
use crate::domain::feedback::{Feedback, feedback};
use crate::error::AppResult;

/// What the applicant may read about their application now.
pub struct ApplicantFeedback {
    /// The application, with its edition and rubric.
    pub loaded: Loaded,
    /// Whether the results are public (the winners are announced).
    pub public: bool,
    /// Whether the application was submitted.
    pub submitted: bool,
    /// Once public and submitted: the prizes it won.
    pub prizes: Vec<PublishedPrize>,
    /// Once public and submitted: the consensus per criterion and the weighted total.
    pub feedback: Option<Feedback>,
}

/// The feedback on application `id` for its owner ("not found" for anyone else), the criteria
/// named in the owner's language.
pub async fn of_owner(
    db: &DatabaseConnection,
    id: i32,
    owner: &Account,
) -> AppResult<ApplicantFeedback> {
    let loaded = Loaded::of_owner(db, id, owner).await?;
    let public = results_public(loaded.edition.status);
    let submitted = !loaded.record.status.is_draft();
    let (prizes, feedback) = if public && submitted {
        let consensus = db::feedback::consensus_for_applicant(db, id).await?;
        (
            db::feedback::prizes_of(db, id).await?,
            Some(feedback(
                &loaded.rubric.in_language(owner.language.code()),
                &consensus,
            )),
        )
    } else {
        (Vec::new(), None)
    };
    Ok(ApplicantFeedback {
        loaded,
        public,
        submitted,
        prizes,
        feedback,
    })
}

/// The winners of edition `id` once they are announced (confirmed award decisions, the prizes
/// in order); "not found" before that.
pub async fn winners(db: &DatabaseConnection, id: i32) -> AppResult<Vec<db::feedback::Winner>> {
    db::editions::find(db, id)
        .await?
        .filter(|e| results_public(e.status))
        .ok_or(crate::error::AppError::NotFound)?;
    Ok(db::feedback::winners(db, id).await?)
}
