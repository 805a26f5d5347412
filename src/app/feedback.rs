//! An applicant's feedback on their own application, once the edition's winners are announced
//! (or, for an application a round's shortlist left out, once that outcome is released): the
//! prizes it won and the consensus score and comment per criterion with the weighted total.
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
    /// Once public (or its round's outcome released) and submitted: the consensus per criterion
    /// and the weighted total, from the last round that recorded one.
    pub feedback: Option<Feedback>,
    /// The round whose shortlist left it out, once that outcome is released: as soon as the
    /// shortlist is confirmed when the round says so, else with the winners.
    pub left_out: Option<crate::domain::round::Round>,
    /// The rubric the feedback's scores are on: that of the round that recorded them.
    pub rubric: crate::domain::rubric::Rubric,
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
    let left_out = db::shortlists::left_out_by(db, id)
        .await?
        .filter(|round| public || round.outcome_at_once);
    let mut scored_on = loaded.rubric.clone();
    let (prizes, feedback) = if (public || left_out.is_some()) && submitted {
        let (round_id, consensus) = db::feedback::consensus_for_applicant(db, id).await?;
        // The round that recorded the consensus may have scored against its own rubric.
        let own_rubric = match round_id {
            Some(round_id) => db::rounds::find(db, round_id)
                .await?
                .and_then(|r| r.rubric_id),
            None => None,
        };
        if let Some(rubric_id) = own_rubric {
            scored_on = db::rubrics::load(db, rubric_id).await?.0;
        }
        let rubric = &scored_on;
        (
            db::feedback::prizes_of(db, id).await?,
            Some(feedback(
                &rubric.in_language(owner.language.code()),
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
        left_out,
        rubric: scored_on,
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
