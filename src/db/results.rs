//! Results: the official method recorded per edition (locked once results are first shown; a
//! change afterwards needs a reason), and the data the results are computed from.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{assignment, consensus_score, edition, score, user};
use crate::domain::results::{OfficialMethod, ResultsInput, ScorecardInput, SubmissionInput};
use crate::domain::rubric::Rubric;

/// Bootstrap replicates behind the rank intervals and P(top 3).
pub const REPLICATES: usize = 2000;

/// What is recorded about an edition's official method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodRecord {
    /// The method, once chosen.
    pub method: Option<OfficialMethod>,
    /// When it was chosen (or last changed).
    pub recorded_at: Option<DateTime<Utc>>,
    /// The bootstrap seed.
    pub seed: Option<u64>,
    /// When results were first shown; from then on a change needs a reason.
    pub first_shown_at: Option<DateTime<Utc>>,
}

/// Why a method could not be recorded.
#[derive(Debug, thiserror::Error)]
pub enum MethodError {
    /// Results have been shown: a change needs a written reason.
    #[error("results have already been shown, so a change of method needs a reason")]
    ReasonNeeded,
    /// No such edition.
    #[error("no such edition")]
    NotFound,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The recorded method of an edition.
pub async fn method_record(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Option<MethodRecord>, DbErr> {
    Ok(edition::Entity::find_by_id(edition_id)
        .one(db)
        .await?
        .map(|m| MethodRecord {
            method: m.official_method.and_then(|s| s.parse().ok()),
            recorded_at: m.official_method_at,
            seed: m.results_seed.and_then(|s| u64::try_from(s).ok()),
            first_shown_at: m.results_first_shown_at,
        }))
}

fn new_seed() -> Result<i64, DbErr> {
    let mut bytes = [0_u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| DbErr::Custom(format!("no randomness: {e}")))?;
    Ok(i64::from_le_bytes(bytes) & i64::MAX)
}

/// Records the official method (the first time, with a fresh bootstrap seed). Once results have
/// been shown, a different method needs a reason. Audited.
pub async fn record_method<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    method: OfficialMethod,
    reason: Option<&str>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), MethodError> {
    let txn = db.begin().await?;
    // Under the edition's lock: a first showing of the results committed meanwhile must make the
    // reason required, not be read as "not shown yet".
    let model = super::editions::locked(&txn, edition_id)
        .await?
        .ok_or(MethodError::NotFound)?;
    let before = model.official_method.clone();
    if before.as_deref() == Some(method.as_str()) {
        return Ok(());
    }
    let shown = model.results_first_shown_at.is_some();
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if shown && reason.is_none() {
        return Err(MethodError::ReasonNeeded);
    }
    let seed = match model.results_seed {
        Some(seed) => seed,
        None => new_seed()?,
    };
    let mut change: edition::ActiveModel = model.into();
    change.official_method = Set(Some(method.as_str().to_owned()));
    change.official_method_at = Set(Some(now));
    change.results_seed = Set(Some(seed));
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: if before.is_none() {
                "results.method_recorded"
            } else {
                "results.method_changed"
            },
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({
                "before": before,
                "after": method.as_str(),
                "results_already_shown": shown,
                "reason": reason,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Notes that results are being shown for the first time (which locks the method). Audited once.
pub async fn mark_shown<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    mark_shown_by(db, edition_id, Some(actor_id), "results_page", now).await
}

/// Notes that results are being shown for the first time, by `actor_id` (`None` on the command
/// line) through `via` (`results_page`, or the export, e.g. `export:ranking`), which locks the
/// method. Audited once.
pub async fn mark_shown_by<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    actor_id: Option<i32>,
    via: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let Some(model) = super::editions::locked(&txn, edition_id).await? else {
        return Ok(());
    };
    if model.results_first_shown_at.is_some() {
        return Ok(());
    }
    let method = model.official_method.clone();
    let mut change: edition::ActiveModel = model.into();
    change.results_first_shown_at = Set(Some(now));
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id,
            action: "results.first_shown",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({"method": method, "via": via}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Loads what the results of round `round_id` of an edition are computed from.
pub async fn input(
    db: &impl ConnectionTrait,
    (edition_id, round_id): (i32, i32),
    rubric: Rubric,
    method: OfficialMethod,
    seed: u64,
) -> Result<ResultsInput, DbErr> {
    let submissions: Vec<SubmissionInput> = super::assignments::in_round(db, edition_id, round_id)
        .await?
        .into_iter()
        .map(|s| SubmissionInput {
            id: s.id,
            title: s.title,
        })
        .collect();
    let ids: Vec<i32> = submissions.iter().map(|s| s.id).collect();
    let cards = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.is_in(ids.clone()))
        .filter(assignment::Column::RoundId.eq(round_id))
        .filter(assignment::Column::Status.eq("submitted"))
        .filter(assignment::Column::Suspended.eq(false))
        .all(db)
        .await?;
    let names: BTreeMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(cards.iter().map(|c| c.juror_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let mut half_points: BTreeMap<i32, BTreeMap<String, u16>> = BTreeMap::new();
    for s in score::Entity::find()
        .filter(score::Column::AssignmentId.is_in(cards.iter().map(|c| c.id).collect::<Vec<_>>()))
        .all(db)
        .await?
    {
        if let Some(hp) = s.half_points.and_then(|v| u16::try_from(v).ok()) {
            half_points
                .entry(s.assignment_id)
                .or_default()
                .insert(s.criterion_key, hp);
        }
    }
    let scorecards = cards
        .into_iter()
        .map(|c| ScorecardInput {
            assignment_id: c.id,
            submission_id: c.submission_id,
            juror_id: c.juror_id,
            juror_name: names.get(&c.juror_id).cloned().unwrap_or_default(),
            half_points: half_points.remove(&c.id).unwrap_or_default(),
        })
        .collect();
    let mut consensus: BTreeMap<i32, BTreeMap<String, u16>> = BTreeMap::new();
    for c in consensus_score::Entity::find()
        .filter(consensus_score::Column::SubmissionId.is_in(ids))
        .filter(consensus_score::Column::RoundId.eq(round_id))
        .all(db)
        .await?
    {
        if let Ok(hp) = u16::try_from(c.half_points) {
            consensus
                .entry(c.submission_id)
                .or_default()
                .insert(c.criterion_key, hp);
        }
    }
    Ok(ResultsInput {
        edition_id,
        rubric,
        submissions,
        scorecards,
        consensus,
        method,
        seed,
        replicates: REPLICATES,
        shortlist: None,
    })
}
