//! An edition's rounds of evaluation: read in their order, the single jury round every new
//! edition starts with, and the plan of rounds the secretariat sets before the evaluation begins.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{assignment, jury_membership, round};
use crate::domain::edition::EditionStatus;
use crate::domain::peer_scores::PeerScores;
use crate::domain::round::{Round, RoundOutcome, RoundSettings};
use crate::domain::rubric::Rubric;

fn to_round(model: round::Model) -> Result<Round, DbErr> {
    let number = |value: i32| u32::try_from(value).map_err(|e| DbErr::Custom(e.to_string()));
    Ok(Round {
        id: model.id,
        edition_id: model.edition_id,
        position: number(model.position)?,
        name: model.name,
        consensus: model.consensus,
        outcome: match model.shortlist_size {
            Some(size) => RoundOutcome::Shortlist(number(size)?),
            None => RoundOutcome::Prizes,
        },
        jurors_per_submission: number(model.jurors_per_submission)?,
        shortlist_recorded_at: model.shortlist_recorded_at,
        closed_at: model.closed_at,
        outcome_at_once: model.outcome_at_once,
        sees_previous_consensus: model.sees_previous_consensus,
        scoring_deadline: model.scoring_deadline,
        peer_scores: model
            .peer_scores
            .map(|p| p.parse::<PeerScores>().map_err(DbErr::Custom))
            .transpose()?,
        rubric_id: model.rubric_id,
    })
}

/// The round `round_id`, if there is one.
pub async fn find(db: &impl ConnectionTrait, round_id: i32) -> Result<Option<Round>, DbErr> {
    round::Entity::find_by_id(round_id)
        .one(db)
        .await?
        .map(to_round)
        .transpose()
}

/// The round an edition evaluates in now (see [`current_id`]).
pub async fn current(db: &impl ConnectionTrait, edition_id: i32) -> Result<Round, DbErr> {
    let id = current_id(db, edition_id).await?;
    find(db, id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("round {id}")))
}

/// An edition's rounds, first first.
pub async fn of_edition(db: &impl ConnectionTrait, edition_id: i32) -> Result<Vec<Round>, DbErr> {
    round::Entity::find()
        .filter(round::Column::EditionId.eq(edition_id))
        .order_by_asc(round::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(to_round)
        .collect()
}

/// The round an edition evaluates in now: its first round not closed (a round closes when its
/// shortlist is adopted; the round deciding the prizes never does).
pub async fn current_id(db: &impl ConnectionTrait, edition_id: i32) -> Result<i32, DbErr> {
    round::Entity::find()
        .filter(round::Column::EditionId.eq(edition_id))
        .filter(round::Column::ClosedAt.is_null())
        .order_by_asc(round::Column::Position)
        .one(db)
        .await?
        .map(|r| r.id)
        .ok_or_else(|| DbErr::RecordNotFound(format!("an open round of edition {edition_id}")))
}

/// Every edition's current round: edition id to round id.
pub async fn current_ids(db: &impl ConnectionTrait) -> Result<HashMap<i32, i32>, DbErr> {
    let mut current = HashMap::new();
    for r in round::Entity::find()
        .filter(round::Column::ClosedAt.is_null())
        .order_by_desc(round::Column::Position)
        .all(db)
        .await?
    {
        current.insert(r.edition_id, r.id);
    }
    Ok(current)
}

/// The round that decides an edition's prizes: its last.
pub async fn final_id(db: &impl ConnectionTrait, edition_id: i32) -> Result<i32, DbErr> {
    round::Entity::find()
        .filter(round::Column::EditionId.eq(edition_id))
        .order_by_desc(round::Column::Position)
        .one(db)
        .await?
        .map(|r| r.id)
        .ok_or_else(|| DbErr::RecordNotFound(format!("the rounds of edition {edition_id}")))
}

/// Gives a new edition its one round: the jury, deciding the prizes after a consensus (in the
/// caller's transaction).
pub async fn create_single_jury(
    db: &impl ConnectionTrait,
    edition_id: i32,
    now: DateTime<Utc>,
) -> Result<Round, DbErr> {
    let model = round::ActiveModel {
        edition_id: Set(edition_id),
        position: Set(1),
        name: Set(None),
        consensus: Set(true),
        shortlist_size: Set(None),
        jurors_per_submission: Set(3),
        created_at: Set(now),
        closed_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    to_round(model)
}

/// One round of an edition's plan: the stored round it changes (none: a new round), its
/// settings and its own rubric.
#[derive(Clone, Debug)]
pub struct PlannedRound {
    /// The stored round, if it is one.
    pub id: Option<i32>,
    /// Its settings (already checked, see [`crate::domain::round::check_rounds`]).
    pub settings: RoundSettings,
    /// The rubric it scores against, if not the edition's (stored as a snapshot).
    pub rubric: Option<Rubric>,
}

/// The rubric snapshot round `round` of an edition whose rubric is `edition_rubric_id` scores
/// against, with its hash.
pub async fn rubric_of(
    db: &impl ConnectionTrait,
    round: &Round,
    edition_rubric_id: i32,
) -> Result<(Rubric, String), DbErr> {
    super::rubrics::load(db, round.rubric_id_or(edition_rubric_id)).await
}

/// Why an edition's rounds were not changed. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// No such edition, or a round of the plan is not one of its rounds.
    #[error("no such edition or round")]
    NotFound,
    /// The evaluation has begun: the rounds are fixed (the edition's phase).
    #[error("the evaluation has begun: the edition is in the phase {0:?}")]
    Started(EditionStatus),
    /// A round left out of the plan has a panel or assignments (its position).
    #[error("round {0} has a panel")]
    HasPanel(u32),
    /// The rounds changed since the version the writer read: the rounds now.
    #[error("the rounds changed since they were read")]
    Stale(Vec<Round>),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Replaces an edition's rounds with `plan`, in its order, while its evaluation has not begun:
/// stored rounds take their new settings and places, new ones are added, and rounds left out
/// are removed (refused for a round with a panel). With `read_version`, only if the stored
/// rounds are still at that version (see [`crate::domain::round::plan_version`]). One
/// transaction under the edition's lock; audited.
pub async fn replace_plan<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    (edition_id, read_version): (i32, Option<i64>),
    plan: &[PlannedRound],
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<Round>, PlanError> {
    let txn = db.begin().await?;
    let edition = super::editions::locked(&txn, edition_id)
        .await?
        .ok_or(PlanError::NotFound)?;
    let status = super::editions::status_of(&edition)?;
    if status.is_at_or_after(EditionStatus::JuryEvaluation) {
        return Err(PlanError::Started(status));
    }
    let stored = of_edition(&txn, edition_id).await?;
    if read_version.is_some_and(|read| read != crate::domain::round::plan_version(&stored)) {
        return Err(PlanError::Stale(stored));
    }
    if plan
        .iter()
        .filter_map(|p| p.id)
        .any(|id| !stored.iter().any(|r| r.id == id))
    {
        return Err(PlanError::NotFound);
    }
    for gone in stored
        .iter()
        .filter(|r| !plan.iter().any(|p| p.id == Some(r.id)))
    {
        let members = jury_membership::Entity::find()
            .filter(jury_membership::Column::RoundId.eq(gone.id))
            .count(&txn)
            .await?;
        let assigned = assignment::Entity::find()
            .filter(assignment::Column::RoundId.eq(gone.id))
            .count(&txn)
            .await?;
        if members + assigned > 0 {
            return Err(PlanError::HasPanel(gone.position));
        }
        round::Entity::delete_by_id(gone.id).exec(&txn).await?;
    }
    // Out of the way of the unique (edition, place) index while places change.
    for kept in stored
        .iter()
        .filter(|r| plan.iter().any(|p| p.id == Some(r.id)))
    {
        round::ActiveModel {
            id: Set(kept.id),
            position: Set(-kept.id),
            ..Default::default()
        }
        .update(&txn)
        .await?;
    }
    for (i, planned) in plan.iter().enumerate() {
        let settings = &planned.settings;
        let rubric_id = match &planned.rubric {
            Some(rubric) => Some(super::rubrics::snapshot(&txn, rubric, now).await?),
            None => None,
        };
        let mut model = round::ActiveModel {
            rubric_id: Set(rubric_id),
            edition_id: Set(edition_id),
            position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
            name: Set(Some(settings.name.trim().to_owned())),
            consensus: Set(settings.consensus),
            shortlist_size: Set(match settings.outcome {
                RoundOutcome::Shortlist(size) => Some(i32::try_from(size).unwrap_or(i32::MAX)),
                RoundOutcome::Prizes => None,
            }),
            jurors_per_submission: Set(
                i32::try_from(settings.jurors_per_submission).unwrap_or(i32::MAX)
            ),
            outcome_at_once: Set(
                settings.outcome_at_once && matches!(settings.outcome, RoundOutcome::Shortlist(_))
            ),
            sees_previous_consensus: Set(settings.sees_previous_consensus && i > 0),
            scoring_deadline: Set(settings.scoring_deadline),
            peer_scores: Set(settings.peer_scores.map(|p| p.as_str().to_owned())),
            ..Default::default()
        };
        match planned.id {
            Some(id) => {
                model.id = Set(id);
                model.update(&txn).await?;
            }
            None => {
                model.created_at = Set(now);
                model.insert(&txn).await?;
            }
        }
    }
    let rounds = of_edition(&txn, edition_id).await?;
    let summary: Vec<_> = rounds
        .iter()
        .map(|r| {
            json!({
                "round": r.id,
                "name": r.name,
                "consensus": r.consensus,
                "shortlist": match r.outcome {
                    RoundOutcome::Shortlist(size) => Some(size),
                    RoundOutcome::Prizes => None,
                },
                "jurors_per_submission": r.jurors_per_submission,
                "outcome_at_once": r.outcome_at_once,
                "sees_previous_consensus": r.sees_previous_consensus,
                "scoring_deadline": r.scoring_deadline,
                "peer_scores": r.peer_scores.map(PeerScores::as_str),
                "rubric_snapshot": r.rubric_id,
            })
        })
        .collect();
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "rounds.planned",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({"rounds": summary}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(rounds)
}
