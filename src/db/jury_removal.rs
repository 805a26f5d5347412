//! Removing a juror from an edition's jury: what it would do (their assignments by state), and
//! doing it in one transaction. The membership ends (its row is deleted, its content kept in the
//! audit record); unsubmitted assignments are removed with their scorecards archived in the
//! audit as any removed assignment is; submitted scorecards are kept and keep counting, unless
//! the secretariat withdraws them too (then archived the same way).

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ModelTrait, QueryFilter, TransactionSession,
    TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{assignment, edition, jury_membership};
use crate::domain::edition::EditionStatus;
use crate::domain::jury::JuryRole;
use crate::domain::message::Message;

/// A juror's assignments in the edition, by state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AssignmentCounts {
    /// Not opened yet.
    pub not_started: usize,
    /// Drafts (also reopened scorecards).
    pub drafts: usize,
    /// Submitted scorecards.
    pub submitted: usize,
}

/// What removing a juror would do, and whether it is allowed.
#[derive(Clone, Debug)]
pub struct RemovalImpact {
    /// Their role on the jury.
    pub jury_role: JuryRole,
    /// Their assignments in the edition.
    pub counts: AssignmentCounts,
    /// Why the removal is refused, if it is.
    pub refused: Option<RemovalRefused>,
}

/// Why a juror cannot be removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RemovalRefused {
    /// From the decision on, the jury that decided is part of the record.
    #[error("the edition is {0}: from the decision on, the jury that decided stays as it was")]
    TooLate(EditionStatus),
    /// The chair confirms the decisions; a jury needs one.
    #[error("they are the only chair, who confirms the jury's decisions: add another chair first")]
    LastChair,
}

impl RemovalRefused {
    /// Why, as a part of a sentence ("The juror cannot be removed: …").
    pub fn message(self) -> Message {
        match self {
            RemovalRefused::TooLate(status) => {
                Message::new("removal-too-late").message("phase", status.name())
            }
            RemovalRefused::LastChair => Message::new("removal-last-chair"),
        }
    }
}

/// Why a removal did not happen.
#[derive(Debug, thiserror::Error)]
pub enum RemovalError {
    /// The edition does not exist or the person is not on its jury.
    #[error("not on the jury")]
    NotMember,
    /// Refused by the rules.
    #[error(transparent)]
    Refused(#[from] RemovalRefused),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// What a removal did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RemovalOutcome {
    /// Assignments removed (unsubmitted ones, and withdrawn scorecards).
    pub removed: usize,
    /// Of which submitted scorecards withdrawn.
    pub withdrawn: usize,
    /// Submitted scorecards kept.
    pub kept: usize,
}

struct Found {
    membership: jury_membership::Model,
    role: JuryRole,
    status: EditionStatus,
    assignments: Vec<assignment::Model>,
    other_chairs: usize,
}

async fn find(
    db: &impl ConnectionTrait,
    edition_id: i32,
    user_id: i32,
) -> Result<Option<Found>, DbErr> {
    let Some(edition) = edition::Entity::find_by_id(edition_id).one(db).await? else {
        return Ok(None);
    };
    let round_id = super::rounds::current_id(db, edition_id).await?;
    let members = jury_membership::Entity::find()
        .filter(jury_membership::Column::RoundId.eq(round_id))
        .all(db)
        .await?;
    let Some(membership) = members.iter().find(|m| m.user_id == user_id).cloned() else {
        return Ok(None);
    };
    let other_chairs = members
        .iter()
        .filter(|m| m.user_id != user_id && m.jury_role == JuryRole::Chair.as_str())
        .count();
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::JurorId.eq(user_id))
        .filter(assignment::Column::RoundId.eq(round_id))
        .all(db)
        .await?;
    let status = edition
        .status
        .parse::<EditionStatus>()
        .map_err(DbErr::Custom)?;
    Ok(Some(Found {
        role: super::jury::role_of(&membership)?,
        membership,
        status,
        assignments,
        other_chairs,
    }))
}

fn counts(assignments: &[assignment::Model]) -> AssignmentCounts {
    let mut counts = AssignmentCounts::default();
    for a in assignments {
        match a.status.as_str() {
            "submitted" => counts.submitted += 1,
            "not_started" => counts.not_started += 1,
            _ => counts.drafts += 1,
        }
    }
    counts
}

fn refusal(found: &Found) -> Option<RemovalRefused> {
    if found.status.is_at_or_after(EditionStatus::Decided) {
        return Some(RemovalRefused::TooLate(found.status));
    }
    (found.role == JuryRole::Chair && found.other_chairs == 0).then_some(RemovalRefused::LastChair)
}

/// What removing `user_id` from the jury of `edition_id` would do; `None` if they are not on it.
pub async fn removal_impact(
    db: &impl ConnectionTrait,
    edition_id: i32,
    user_id: i32,
) -> Result<Option<RemovalImpact>, DbErr> {
    Ok(find(db, edition_id, user_id)
        .await?
        .map(|found| RemovalImpact {
            jury_role: found.role,
            counts: counts(&found.assignments),
            refused: refusal(&found),
        }))
}

/// Removes `user_id` from the jury of `edition_id`, in one transaction: the membership ends,
/// unsubmitted assignments are removed (archived in the audit), submitted scorecards are kept
/// unless `withdraw_submitted` (then removed and archived too). Audited with the reason.
pub async fn remove_member<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    user_id: i32,
    reason: &str,
    withdraw_submitted: bool,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<RemovalOutcome, RemovalError> {
    let txn = db.begin().await?;
    // Under the edition's lock: two removals at once must not each count the other's chair, and
    // a move to "decided" committed meanwhile must be seen.
    super::editions::locked(&txn, edition_id).await?;
    let found = find(&txn, edition_id, user_id)
        .await?
        .ok_or(RemovalError::NotMember)?;
    if let Some(refused) = refusal(&found) {
        return Err(refused.into());
    }
    let before = counts(&found.assignments);
    let mut outcome = RemovalOutcome::default();
    let why = format!("the juror was removed from the jury: {reason}");
    for model in found.assignments {
        let submitted = model.status == "submitted";
        if submitted && !withdraw_submitted {
            outcome.kept += 1;
            continue;
        }
        super::assignments::remove_archived(&txn, model, &why, actor_id, now).await?;
        outcome.removed += 1;
        outcome.withdrawn += usize::from(submitted);
    }
    let membership = found.membership;
    let archived = json!({
        "role": membership.jury_role,
        "affiliation": membership.affiliation,
        "country": membership.country,
        "languages": membership.languages,
        "since": membership.created_at.to_rfc3339(),
    });
    membership.delete(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: REMOVED_ACTION,
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({
                "juror": user_id,
                "reason": reason,
                "membership": archived,
                "not_started": before.not_started,
                "drafts": before.drafts,
                "submitted": before.submitted,
                "submitted_withdrawn": withdraw_submitted,
                "assignments_removed": outcome.removed,
                "scorecards_kept": outcome.kept,
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(outcome)
}

/// The audit action of a removal from a jury.
pub const REMOVED_ACTION: &str = "jury.member_removed";
