//! Scorecards: a juror's scores and comments for one assignment, saved as drafts with a check
//! against stale pages, submitted (then locked), every write kept in the score history.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{assignment, score, score_history};

/// A scorecard as stored.
#[derive(Clone, Debug)]
pub struct Scorecard {
    /// The assignment.
    pub assignment: assignment::Model,
    /// Per criterion key: (half-points, comment).
    pub scores: BTreeMap<String, (Option<i16>, String)>,
    /// The scorecard's version, bumped by every save (scores, comments and the overall comment
    /// alike) and every reopening; a form carries it to detect a stale page.
    pub stamp: i64,
}

impl Scorecard {
    /// Where the scorecard stands (an unknown stored state reads as not started).
    pub fn status(&self) -> crate::domain::scoring::ScorecardStatus {
        crate::domain::scoring::ScorecardStatus::parse(&self.assignment.status)
            .unwrap_or(crate::domain::scoring::ScorecardStatus::NotStarted)
    }
}

/// One criterion as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Criterion key.
    pub key: String,
    /// Half-points, if scored.
    pub half_points: Option<i16>,
    /// Comment.
    pub comment: String,
}

/// Why a save was refused.
#[derive(Debug, thiserror::Error)]
pub enum ScoreError {
    /// Saved elsewhere since the page was opened.
    #[error("the scorecard was changed in another window")]
    Stale(Box<Scorecard>),
    /// Submitted already.
    #[error("the scorecard is submitted and locked")]
    Locked,
    /// Suspended while a conflict of interest excludes the juror.
    #[error("the scorecard is suspended while a conflict of interest is decided")]
    Suspended,
    /// Scoring is closed in the edition's phase (checked under the edition's lock, so a save
    /// and the opening of the consensus phase take turns).
    #[error("scoring is closed: the edition is in the phase {0:?}")]
    Closed(crate::domain::edition::EditionStatus),
    /// The scorecard's round has ended (its shortlist adopted).
    #[error("scoring is closed: the round has ended")]
    RoundClosed,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Loads the scorecard of an assignment.
pub async fn load(
    db: &impl ConnectionTrait,
    assignment_id: i32,
) -> Result<Option<Scorecard>, DbErr> {
    let Some(assignment) = super::entities::assignment::Entity::find_by_id(assignment_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let rows = score::Entity::find()
        .filter(score::Column::AssignmentId.eq(assignment_id))
        .all(db)
        .await?;
    let stamp = i64::from(assignment.version);
    let scores = rows
        .into_iter()
        .map(|s| (s.criterion_key, (s.half_points, s.comment)))
        .collect();
    Ok(Some(Scorecard {
        assignment,
        scores,
        stamp,
    }))
}

/// Saves the entries (a draft, or the final version when `submit`), recording every change in
/// the history; refuses a stale stamp or a locked scorecard. One transaction.
pub async fn save<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    assignment_id: i32,
    stamp: i64,
    entries: &[Entry],
    overall_comment: &str,
    submit: bool,
    now: DateTime<Utc>,
) -> Result<(), ScoreError> {
    let txn = db.begin().await?;
    let edition_id = super::assignments::edition_of(&txn, assignment_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("assignment {assignment_id}")))?;
    let edition = super::editions::locked(&txn, edition_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("edition {edition_id}")))?;
    let phase = super::editions::status_of(&edition)?;
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        use sea_orm::QuerySelect;
        assignment::Entity::find_by_id(assignment_id)
            .lock_exclusive()
            .one(&txn)
            .await?;
    }
    let current = load(&txn, assignment_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("assignment {assignment_id}")))?;
    if current.assignment.suspended {
        return Err(ScoreError::Suspended);
    }
    if let Some(round_id) = current.assignment.round_id
        && super::rounds::find(&txn, round_id)
            .await?
            .is_some_and(|r| r.closed_at.is_some())
    {
        return Err(ScoreError::RoundClosed);
    }
    if !crate::domain::peer_scores::scoring_open(phase, current.assignment.revision) {
        return Err(ScoreError::Closed(phase));
    }
    if current.status().is_submitted() {
        return Err(ScoreError::Locked);
    }
    if current.stamp != stamp {
        return Err(ScoreError::Stale(Box::new(current)));
    }
    let juror = current.assignment.juror_id;
    let revision = current.assignment.revision;
    for entry in entries {
        let existing = score::Entity::find()
            .filter(score::Column::AssignmentId.eq(assignment_id))
            .filter(score::Column::CriterionKey.eq(&entry.key))
            .one(&txn)
            .await?;
        let (score_id, old) = match existing {
            Some(model)
                if model.half_points == entry.half_points && model.comment == entry.comment =>
            {
                continue;
            }
            Some(model) => {
                let old = (model.half_points, model.comment.clone());
                let version = model.version;
                let id = model.id;
                let mut change: score::ActiveModel = model.into();
                change.half_points = Set(entry.half_points);
                change.comment = Set(entry.comment.clone());
                change.version = Set(version + 1);
                change.updated_at = Set(now);
                change.update(&txn).await?;
                (id, Some(old))
            }
            None if entry.half_points.is_none() && entry.comment.trim().is_empty() => continue,
            None => {
                let model = score::ActiveModel {
                    assignment_id: Set(assignment_id),
                    criterion_key: Set(entry.key.clone()),
                    half_points: Set(entry.half_points),
                    comment: Set(entry.comment.clone()),
                    version: Set(1),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                (model.id, None)
            }
        };
        score_history::ActiveModel {
            score_id: Set(score_id),
            changed_by: Set(juror),
            changed_at: Set(now),
            old_half_points: Set(old.as_ref().and_then(|o| o.0)),
            new_half_points: Set(entry.half_points),
            old_comment: Set(old.map(|o| o.1)),
            new_comment: Set(Some(entry.comment.clone())),
            revision: Set(revision),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let version = current.assignment.version;
    let mut change: assignment::ActiveModel = current.assignment.into();
    change.version = Set(version + 1);
    change.overall_comment = Set(overall_comment.to_owned());
    change.status = Set(if submit {
        crate::domain::scoring::ScorecardStatus::Submitted
    } else {
        crate::domain::scoring::ScorecardStatus::Draft
    }
    .as_str()
    .to_owned());
    if submit {
        change.submitted_at = Set(Some(now));
    }
    change.update(&txn).await?;
    if submit {
        audit::record(
            &txn,
            now,
            AuditEvent {
                actor_id: Some(juror),
                action: "scorecard.submitted",
                subject_type: "assignment",
                subject_id: Some(assignment_id.to_string()),
                details: json!({"revision": revision}),
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
