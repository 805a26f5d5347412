//! Consensus: the individual scores of the submitted scorecards of a submission, and the
//! consensus the rapporteur records per criterion (audited).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{assignment, consensus_score, score, submission};
use crate::domain::edition::EditionStatus;
use crate::domain::rubric::HalfPoints;

/// Why a consensus was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The edition is no longer (or not yet) in the consensus phase: the consensus cannot change.
    #[error("the edition is in the phase \"{}\"", .0.label())]
    Closed(EditionStatus),
    /// The consensus changed since the version the writer read: what is recorded now.
    #[error("the consensus changed since it was read")]
    Stale(BTreeMap<String, Recorded>),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// What was recorded for one criterion: (half-points, comment, dissent).
pub type Recorded = (HalfPoints, String, String);

/// The individual scores per criterion key in round `round_id`, from submitted scorecards only.
pub async fn individual_scores(
    db: &impl ConnectionTrait,
    round_id: i32,
    submission_id: i32,
) -> Result<BTreeMap<String, Vec<HalfPoints>>, DbErr> {
    let submitted: Vec<i32> = assignment::Entity::find()
        .filter(assignment::Column::RoundId.eq(round_id))
        .filter(assignment::Column::SubmissionId.eq(submission_id))
        .filter(assignment::Column::Status.eq("submitted"))
        .filter(assignment::Column::Suspended.eq(false))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let mut scores: BTreeMap<String, Vec<HalfPoints>> = BTreeMap::new();
    for s in score::Entity::find()
        .filter(score::Column::AssignmentId.is_in(submitted))
        .all(db)
        .await?
    {
        if let Some(hp) = s.half_points.and_then(|v| u16::try_from(v).ok()) {
            scores
                .entry(s.criterion_key)
                .or_default()
                .push(HalfPoints(hp));
        }
    }
    Ok(scores)
}

/// A submitted scorecard, without who wrote it.
#[derive(Clone, Debug)]
pub struct AnonymousScorecard {
    /// The assignment (to tell the reader's own scorecard apart; never shown).
    pub assignment_id: i32,
    /// Per criterion key: (score, comment).
    pub scores: BTreeMap<String, (Option<HalfPoints>, String)>,
    /// The overall comment.
    pub overall: String,
}

/// The submitted scorecards of a submission in round `round_id`, in a stable order (by
/// assignment).
pub async fn submitted_scorecards(
    db: &impl ConnectionTrait,
    round_id: i32,
    submission_id: i32,
) -> Result<Vec<AnonymousScorecard>, DbErr> {
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::RoundId.eq(round_id))
        .filter(assignment::Column::SubmissionId.eq(submission_id))
        .filter(assignment::Column::Status.eq("submitted"))
        .filter(assignment::Column::Suspended.eq(false))
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = assignments.iter().map(|a| a.id).collect();
    let mut cards: Vec<AnonymousScorecard> = assignments
        .into_iter()
        .map(|a| AnonymousScorecard {
            assignment_id: a.id,
            scores: BTreeMap::new(),
            overall: a.overall_comment,
        })
        .collect();
    for s in score::Entity::find()
        .filter(score::Column::AssignmentId.is_in(ids))
        .all(db)
        .await?
    {
        if let Some(card) = cards
            .iter_mut()
            .find(|c| c.assignment_id == s.assignment_id)
        {
            let value = s
                .half_points
                .and_then(|v| u16::try_from(v).ok())
                .map(HalfPoints);
            card.scores.insert(s.criterion_key, (value, s.comment));
        }
    }
    Ok(cards)
}

/// The consensus recorded so far in round `round_id`, per criterion key.
pub async fn recorded(
    db: &impl ConnectionTrait,
    round_id: i32,
    submission_id: i32,
) -> Result<BTreeMap<String, Recorded>, DbErr> {
    Ok(consensus_score::Entity::find()
        .filter(consensus_score::Column::RoundId.eq(round_id))
        .filter(consensus_score::Column::SubmissionId.eq(submission_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| {
            let hp = u16::try_from(c.half_points).ok()?;
            Some((c.criterion_key, (HalfPoints(hp), c.comment, c.dissent)))
        })
        .collect())
}

/// Records the consensus of every criterion given, replacing earlier values; one transaction,
/// which first locks the edition's row and checks that it is in the consensus phase (so that
/// the edition going back to the jury evaluation at the same moment and this consensus never
/// both succeed).
pub async fn record<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    submission_id: i32,
    entries: &BTreeMap<String, Recorded>,
    expected_version: Option<i64>,
    rapporteur: i32,
    now: DateTime<Utc>,
) -> Result<(), RecordError> {
    let txn = db.begin().await?;
    let edition_id = submission::Entity::find_by_id(submission_id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("submission {submission_id}")))?
        .edition_id;
    let edition = super::editions::locked(&txn, edition_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("edition {edition_id}")))?;
    let status = super::editions::status_of(&edition)?;
    if status != EditionStatus::Consensus {
        return Err(RecordError::Closed(status));
    }
    let round_id = super::rounds::current_id(&txn, edition_id).await?;
    if let Some(expected) = expected_version {
        let current = recorded(&txn, round_id, submission_id).await?;
        if crate::domain::consensus::version(&current) != expected {
            return Err(RecordError::Stale(current));
        }
    }
    consensus_score::Entity::delete_many()
        .filter(consensus_score::Column::RoundId.eq(round_id))
        .filter(consensus_score::Column::SubmissionId.eq(submission_id))
        .filter(
            consensus_score::Column::CriterionKey
                .is_in(entries.keys().cloned().collect::<Vec<_>>()),
        )
        .exec(&txn)
        .await?;
    for (key, (hp, comment, dissent)) in entries {
        consensus_score::ActiveModel {
            round_id: Set(Some(round_id)),
            submission_id: Set(submission_id),
            criterion_key: Set(key.clone()),
            half_points: Set(i16::try_from(hp.0).unwrap_or(i16::MAX)),
            comment: Set(comment.clone()),
            dissent: Set(dissent.clone()),
            recorded_by: Set(rapporteur),
            recorded_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let values: BTreeMap<&String, u16> = entries.iter().map(|(k, v)| (k, v.0.0)).collect();
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(rapporteur),
            action: "consensus.recorded",
            subject_type: "submission",
            subject_id: Some(submission_id.to_string()),
            details: json!({"half_points": values}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
