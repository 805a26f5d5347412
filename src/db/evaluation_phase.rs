//! The jury evaluation and the consensus phase in the database: the figures of the evaluation
//! (scorecards by state), and going back from the consensus phase to the jury evaluation in one
//! transaction that locks the edition row, so that a consensus recorded at the same moment and
//! the way back never both succeed. Opening the consensus phase is an ordinary transition
//! ([`super::editions::transition`]).

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::assignments::eligible_submissions;
use super::editions::{self, EditionError};
use super::entities::{assignment, award_decision, consensus_score};
use crate::domain::edition::{Edition, EditionStatus};
use crate::domain::evaluation_phase::{BackRefused, EvaluationCounts, may_return_to_evaluation};

/// The audit action of a return from the consensus phase to the jury evaluation.
pub const BACK_ACTION: &str = "edition.returned_to_evaluation";

/// Why going back to the jury evaluation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackError {
    /// No such edition.
    #[error("no such edition")]
    NotFound,
    /// The rules refuse it.
    #[error("refused: {0:?}")]
    Refused(BackRefused),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl From<EditionError> for BackError {
    fn from(e: EditionError) -> Self {
        match e {
            EditionError::NotFound => BackError::NotFound,
            EditionError::Db(e) => BackError::Db(e),
            other => BackError::Db(DbErr::Custom(other.to_string())),
        }
    }
}

/// The scorecards of the edition's current round by state, with the submissions in it.
pub async fn counts(db: &impl ConnectionTrait, edition_id: i32) -> Result<EvaluationCounts, DbErr> {
    let round_id = super::rounds::current_id(db, edition_id).await?;
    let eligible: Vec<i32> = eligible_submissions(db, edition_id)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.is_in(eligible.clone()))
        .filter(assignment::Column::RoundId.eq(round_id))
        .all(db)
        .await?;
    let mut counts = EvaluationCounts {
        submissions: eligible.len(),
        ..EvaluationCounts::default()
    };
    let mut scored = HashSet::new();
    for a in &assignments {
        counts.add(&a.status, a.suspended);
        if a.status == "submitted" && !a.suspended {
            scored.insert(a.submission_id);
        }
    }
    counts.submissions_unscored = eligible.iter().filter(|s| !scored.contains(s)).count();
    Ok(counts)
}

/// How many submissions have a consensus recorded (for any criterion) in the edition's current
/// round.
pub async fn submissions_with_consensus(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<usize, DbErr> {
    let round_id = super::rounds::current_id(db, edition_id).await?;
    let ids: HashSet<i32> = consensus_score::Entity::find()
        .filter(consensus_score::Column::RoundId.eq(round_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.submission_id)
        .collect();
    Ok(ids.len())
}

/// How many award decisions the edition has.
pub async fn decisions(db: &impl ConnectionTrait, edition_id: i32) -> Result<usize, DbErr> {
    let n = award_decision::Entity::find()
        .filter(award_decision::Column::EditionId.eq(edition_id))
        .count(db)
        .await?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

/// Why the edition cannot go back to the jury evaluation now, if it cannot (for the page; the
/// change itself checks again under the lock).
pub async fn back_refused(
    db: &impl ConnectionTrait,
    edition: &Edition,
) -> Result<Option<BackRefused>, DbErr> {
    if edition.status != EditionStatus::Consensus {
        return Ok(Some(BackRefused::NotInConsensus(edition.status)));
    }
    let with_consensus = submissions_with_consensus(db, edition.id).await?;
    let decisions = decisions(db, edition.id).await?;
    Ok(may_return_to_evaluation(edition.status, with_consensus, decisions).err())
}

/// Moves the edition from the consensus phase back to the jury evaluation, with the reason,
/// while no consensus (and no decision) is recorded. One transaction: the edition row is locked
/// first, then the rules are checked, the status changes and the change is audited.
pub async fn back_to_evaluation<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Edition, BackError> {
    let txn = db.begin().await?;
    let model = editions::locked(&txn, edition_id)
        .await?
        .ok_or(BackError::NotFound)?;
    let from = editions::status_of(&model)?;
    let with_consensus = submissions_with_consensus(&txn, edition_id).await?;
    let decisions = decisions(&txn, edition_id).await?;
    may_return_to_evaluation(from, with_consensus, decisions).map_err(BackError::Refused)?;
    let edition = editions::set_status(
        &txn,
        model,
        from,
        EditionStatus::JuryEvaluation,
        BACK_ACTION,
        json!({"reason": reason}),
        actor_id,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(edition)
}
