//! Reads for the CSV exports, one page at a time (keyset on id, ascending), so that an export
//! holds one page of rows in memory whatever the size of the edition.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::entities::{
    assignment, audit_entry, award_decision, conflict_declaration, jury_membership, score,
    submission, user,
};
use crate::domain::decisions::Prize;

/// How many records one page reads.
pub const PAGE: u64 = 1000;

/// A submitted scorecard, without its scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scorecard {
    /// The assignment id.
    pub id: i32,
    /// The submission scored.
    pub submission_id: i32,
    /// The juror.
    pub juror_id: i32,
    /// Scoring phase.
    pub phase: String,
    /// Revision.
    pub revision: i32,
    /// When it was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
}

/// One score of a scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// The scorecard (assignment).
    pub assignment_id: i32,
    /// Criterion key.
    pub criterion_key: String,
    /// The score in half-points.
    pub half_points: u16,
    /// The juror's comment.
    pub comment: String,
}

/// The next page of the submitted scorecards of round `round_id` after assignment id `after`.
pub async fn submitted_scorecards(
    db: &impl ConnectionTrait,
    round_id: i32,
    after: i32,
) -> Result<Vec<Scorecard>, DbErr> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::RoundId.eq(round_id))
        .filter(assignment::Column::Status.eq("submitted"))
        .filter(assignment::Column::Suspended.eq(false))
        .filter(assignment::Column::Id.gt(after))
        .order_by_asc(assignment::Column::Id)
        .limit(PAGE)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Scorecard {
            id: a.id,
            submission_id: a.submission_id,
            juror_id: a.juror_id,
            phase: a.phase,
            revision: a.revision,
            submitted_at: a.submitted_at,
        })
        .collect())
}

/// The given scorecards' scores (those with a value).
pub async fn scores_of(
    db: &impl ConnectionTrait,
    assignment_ids: Vec<i32>,
) -> Result<Vec<Score>, DbErr> {
    Ok(score::Entity::find()
        .filter(score::Column::AssignmentId.is_in(assignment_ids))
        .order_by_asc(score::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|s| {
            Some(Score {
                half_points: u16::try_from(s.half_points?).ok()?,
                assignment_id: s.assignment_id,
                criterion_key: s.criterion_key,
                comment: s.comment,
            })
        })
        .collect())
}

/// The titles of every submission of an edition, by id.
pub async fn titles(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<BTreeMap<i32, String>, DbErr> {
    Ok(submission::Entity::find()
        .select_only()
        .column(submission::Column::Id)
        .column(submission::Column::Title)
        .filter(submission::Column::EditionId.eq(edition_id))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// The ids of every assignment of an edition.
pub async fn assignment_ids(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<BTreeSet<i32>, DbErr> {
    Ok(assignment::Entity::find()
        .select_only()
        .column(assignment::Column::Id)
        .filter(
            assignment::Column::SubmissionId
                .in_subquery(super::applications::ids_of_edition(edition_id)),
        )
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// The accounts on the edition's jury, and those who were on it and have been removed (so that
/// a removed juror stays a pseudonym in the exports).
pub async fn jury_ids(db: &impl ConnectionTrait, edition_id: i32) -> Result<BTreeSet<i32>, DbErr> {
    let mut ids: BTreeSet<i32> = jury_membership::Entity::find()
        .select_only()
        .column(jury_membership::Column::UserId)
        .filter(jury_membership::Column::EditionId.eq(edition_id))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let removals: Vec<String> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Details)
        .filter(audit_entry::Column::Action.eq(super::jury_removal::REMOVED_ACTION))
        .filter(audit_entry::Column::SubjectType.eq("edition"))
        .filter(audit_entry::Column::SubjectId.eq(edition_id.to_string()))
        .into_tuple::<String>()
        .all(db)
        .await?;
    ids.extend(removals.iter().filter_map(|details| {
        let value: serde_json::Value = serde_json::from_str(details).ok()?;
        i32::try_from(value.get("juror")?.as_i64()?).ok()
    }));
    Ok(ids)
}

/// Account names by id.
pub async fn names(
    db: &impl ConnectionTrait,
    ids: Vec<i32>,
) -> Result<BTreeMap<i32, String>, DbErr> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::Name)
        .filter(user::Column::Id.is_in(ids))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// A conflict-of-interest declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// Id.
    pub id: i32,
    /// Submission.
    pub submission_id: i32,
    /// Juror.
    pub juror_id: i32,
    /// none, potential or disqualifying.
    pub level: String,
    /// Reason code.
    pub reason_code: String,
    /// allowed or excluded, once decided.
    pub decision: String,
    /// When declared.
    pub declared_at: DateTime<Utc>,
    /// When decided.
    pub decided_at: Option<DateTime<Utc>>,
}

/// The next page of the edition's conflict declarations after id `after`.
pub async fn conflicts(
    db: &impl ConnectionTrait,
    edition_id: i32,
    after: i32,
) -> Result<Vec<Conflict>, DbErr> {
    Ok(conflict_declaration::Entity::find()
        .filter(
            conflict_declaration::Column::SubmissionId
                .in_subquery(super::applications::ids_of_edition(edition_id)),
        )
        .filter(conflict_declaration::Column::Id.gt(after))
        .order_by_asc(conflict_declaration::Column::Id)
        .limit(PAGE)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Conflict {
            id: c.id,
            submission_id: c.submission_id,
            juror_id: c.juror_id,
            level: c.level,
            reason_code: c.reason_code.unwrap_or_default(),
            decision: c.decision.unwrap_or_default(),
            declared_at: c.declared_at,
            decided_at: c.decided_at,
        })
        .collect())
}

/// The award decisions of an edition, in the order of the ceremony (first, second, third,
/// special prizes, no prize), then as recorded. An edition has a handful: read at once.
pub async fn decisions(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<award_decision::Model>, DbErr> {
    let mut rows = award_decision::Entity::find()
        .filter(award_decision::Column::EditionId.eq(edition_id))
        .order_by_asc(award_decision::Column::Id)
        .all(db)
        .await?;
    let order = |prize: &str| {
        Prize::ALL
            .iter()
            .position(|p| p.as_str() == prize)
            .unwrap_or(Prize::ALL.len())
    };
    rows.sort_by_key(|r| (order(&r.prize), r.id));
    Ok(rows)
}

/// The next page of audit events about editions, submissions or assignments after id `after`
/// (the caller keeps those of one edition).
pub async fn audit(
    db: &impl ConnectionTrait,
    after: i64,
) -> Result<Vec<super::audit::AuditRecordWithId>, DbErr> {
    Ok(audit_entry::Entity::find()
        .filter(audit_entry::Column::SubjectType.is_in(["edition", "submission", "assignment"]))
        .filter(audit_entry::Column::Id.gt(after))
        .order_by_asc(audit_entry::Column::Id)
        .limit(PAGE)
        .all(db)
        .await?
        .into_iter()
        .map(|row| super::audit::AuditRecordWithId {
            id: row.id,
            record: super::audit::AuditRecord {
                at: row.at,
                actor_id: row.actor_id,
                action: row.action,
                subject_type: row.subject_type,
                subject_id: row.subject_id,
                details: row.details,
            },
        })
        .collect())
}
