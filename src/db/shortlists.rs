//! The shortlist a round adopts: the secretariat records the committee's choices, the round's
//! chair confirms them, and the confirmation closes the round and takes the edition into the
//! next round's evaluation. Each step is one transaction under the edition's lock, audited.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::editions::{self, EditionError};
use super::entities::{jury_membership, round, shortlist_choice};
use crate::domain::edition::EditionStatus;
use crate::domain::jury::JuryRole;
use crate::domain::round::{Round, RoundOutcome};
use crate::domain::shortlist::ShortlistChoice;

/// The audit action of a recorded shortlist.
pub const RECORDED_ACTION: &str = "shortlist.recorded";
/// The audit action of a confirmed shortlist (its round closes).
pub const CONFIRMED_ACTION: &str = "shortlist.confirmed";

/// Why a shortlist was not recorded or confirmed. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ShortlistError {
    /// No such round or edition, or the round is not the edition's current round.
    #[error("no such round in evaluation")]
    NotFound,
    /// The round ends in the prizes, not a shortlist.
    #[error("this round decides the prizes")]
    NoShortlist,
    /// The edition is not deliberating on this round (its phase).
    #[error("the edition is in the phase {0:?}")]
    Phase(EditionStatus),
    /// Nothing recorded to confirm.
    #[error("no shortlist recorded")]
    NothingRecorded,
    /// The shortlist was recorded since the writer or the confirming chair read it: when it was
    /// recorded now.
    #[error("the shortlist changed since it was read")]
    Stale(Option<DateTime<Utc>>),
    /// The confirming account does not chair the round's panel.
    #[error("not the chair of this round's panel")]
    NotChair,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl From<EditionError> for ShortlistError {
    fn from(e: EditionError) -> Self {
        match e {
            EditionError::NotFound => ShortlistError::NotFound,
            EditionError::Db(e) => ShortlistError::Db(e),
            other => ShortlistError::Db(DbErr::Custom(other.to_string())),
        }
    }
}

/// The committee's recorded choices in round `round_id`, in the ranking's order.
pub async fn choices(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<ShortlistChoice>, DbErr> {
    shortlist_choice::Entity::find()
        .filter(shortlist_choice::Column::RoundId.eq(round_id))
        .order_by_asc(shortlist_choice::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|c| {
            Ok(ShortlistChoice {
                submission_id: c.submission_id,
                position: u32::try_from(c.position).map_err(|e| DbErr::Custom(e.to_string()))?,
                shortlisted: c.shortlisted,
                reason: c.reason,
            })
        })
        .collect()
}

/// The submissions round `round_id` passed on to the next round (none before its shortlist is
/// confirmed).
pub async fn passed_on(db: &impl ConnectionTrait, round_id: i32) -> Result<Vec<i32>, DbErr> {
    let Some(round) = round::Entity::find_by_id(round_id).one(db).await? else {
        return Ok(Vec::new());
    };
    if round.closed_at.is_none() {
        return Ok(Vec::new());
    }
    Ok(choices(db, round_id)
        .await?
        .into_iter()
        .filter(|c| c.shortlisted)
        .map(|c| c.submission_id)
        .collect())
}

/// Locks the edition of round `round_id` and checks that the round is its current one, ends in
/// a shortlist, and is deliberated on (the edition in the consensus phase).
async fn deliberating(
    txn: &impl ConnectionTrait,
    round_id: i32,
) -> Result<(super::entities::edition::Model, Round, u32), ShortlistError> {
    let found = round::Entity::find_by_id(round_id)
        .one(txn)
        .await?
        .ok_or(ShortlistError::NotFound)?;
    let edition = editions::locked(txn, found.edition_id)
        .await?
        .ok_or(ShortlistError::NotFound)?;
    if super::rounds::current_id(txn, found.edition_id).await? != round_id {
        return Err(ShortlistError::NotFound);
    }
    let round = super::rounds::find(txn, round_id)
        .await?
        .ok_or(ShortlistError::NotFound)?;
    let RoundOutcome::Shortlist(size) = round.outcome else {
        return Err(ShortlistError::NoShortlist);
    };
    let status = editions::status_of(&edition)?;
    if status != EditionStatus::Consensus {
        return Err(ShortlistError::Phase(status));
    }
    Ok((edition, round, size))
}

/// Records the committee's choices (already checked, see
/// [`crate::domain::shortlist::check_shortlist`]) for round `round_id`, replacing any recorded
/// before and not yet confirmed. With `read`, only if the round's recording is still the one the
/// writer read (`Some(None)`: nothing recorded yet).
pub async fn record<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    (round_id, read): (i32, Option<Option<DateTime<Utc>>>),
    adopted: &[ShortlistChoice],
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ShortlistError> {
    let txn = db.begin().await?;
    let (edition, round, size) = deliberating(&txn, round_id).await?;
    if read.is_some_and(|read| read != round.shortlist_recorded_at) {
        return Err(ShortlistError::Stale(round.shortlist_recorded_at));
    }
    shortlist_choice::Entity::delete_many()
        .filter(shortlist_choice::Column::RoundId.eq(round_id))
        .exec(&txn)
        .await?;
    for choice in adopted {
        shortlist_choice::ActiveModel {
            round_id: Set(round_id),
            submission_id: Set(choice.submission_id),
            position: Set(i32::try_from(choice.position).unwrap_or(i32::MAX)),
            shortlisted: Set(choice.shortlisted),
            reason: Set(choice.reason.clone()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let model = round::Entity::find_by_id(round_id)
        .one(&txn)
        .await?
        .ok_or(ShortlistError::NotFound)?;
    let mut change: round::ActiveModel = model.into();
    change.shortlist_recorded_at = Set(Some(now));
    change.shortlist_recorded_by = Set(Some(actor_id));
    change.update(&txn).await?;
    let shortlisted: Vec<i32> = adopted
        .iter()
        .filter(|c| c.shortlisted)
        .map(|c| c.submission_id)
        .collect();
    let reasons: Vec<_> = adopted
        .iter()
        .filter(|c| c.out_of_order(size))
        .map(|c| json!({"submission": c.submission_id, "position": c.position, "shortlisted": c.shortlisted, "reason": c.reason}))
        .collect();
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: RECORDED_ACTION,
            subject_type: "edition",
            subject_id: Some(edition.id.to_string()),
            details: json!({"round": round_id, "size": size, "shortlisted": shortlisted, "out_of_order": reasons}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The chair `chair_id` of round `round_id`'s panel confirms the shortlist recorded at
/// `recorded_at` (as the chair read it): the round closes, and the edition goes back to the
/// jury evaluation, now of the next round, which only the shortlisted submissions enter.
pub async fn confirm<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    round_id: i32,
    recorded_at: DateTime<Utc>,
    chair_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ShortlistError> {
    let txn = db.begin().await?;
    let (edition, _, _) = deliberating(&txn, round_id).await?;
    let chairs = jury_membership::Entity::find()
        .filter(jury_membership::Column::RoundId.eq(round_id))
        .filter(jury_membership::Column::UserId.eq(chair_id))
        .filter(jury_membership::Column::JuryRole.eq(JuryRole::Chair.as_str()))
        .one(&txn)
        .await?;
    if chairs.is_none() {
        return Err(ShortlistError::NotChair);
    }
    let model = round::Entity::find_by_id(round_id)
        .one(&txn)
        .await?
        .ok_or(ShortlistError::NotFound)?;
    let Some(recorded) = model.shortlist_recorded_at else {
        return Err(ShortlistError::NothingRecorded);
    };
    if recorded != recorded_at {
        return Err(ShortlistError::Stale(Some(recorded)));
    }
    let mut change: round::ActiveModel = model.into();
    change.closed_at = Set(Some(now));
    change.closed_by = Set(Some(chair_id));
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(chair_id),
            action: CONFIRMED_ACTION,
            subject_type: "edition",
            subject_id: Some(edition.id.to_string()),
            details: json!({"round": round_id, "recorded_at": recorded}),
        },
    )
    .await?;
    editions::set_status(
        &txn,
        edition,
        EditionStatus::Consensus,
        EditionStatus::JuryEvaluation,
        "edition.next_round",
        json!({"closed_round": round_id}),
        chair_id,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The closed round whose confirmed shortlist left submission `submission_id` out, if one did.
pub async fn left_out_by(
    db: &impl ConnectionTrait,
    submission_id: i32,
) -> Result<Option<Round>, DbErr> {
    let choices = shortlist_choice::Entity::find()
        .filter(shortlist_choice::Column::SubmissionId.eq(submission_id))
        .filter(shortlist_choice::Column::Shortlisted.eq(false))
        .all(db)
        .await?;
    for choice in choices {
        if let Some(round) = super::rounds::find(db, choice.round_id).await?
            && round.closed_at.is_some()
        {
            return Ok(Some(round));
        }
    }
    Ok(None)
}
