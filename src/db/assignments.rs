//! Assignments of jurors to submissions: what automatic assignment needs to know (eligible
//! submissions, scoring jurors, conflicts, existing assignments), and writing its plan, manual
//! additions and removals; each change audited.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{
    assignment, conflict_declaration, jury_membership, score, score_history, submission, user,
};
use crate::domain::assignment::{
    AssignmentInput, AssignmentPlan, JurorInput, Origin, Pair, SubmissionInput,
};
use crate::domain::eligibility::Outcome;
use crate::domain::jury::JuryRole;
use crate::domain::scoring::ScorecardStatus;

/// The phase of the jury's individual evaluation.
pub const JURY_PHASE: &str = "jury";

/// An assignment as listed.
#[derive(Clone, Debug)]
pub struct AssignmentRow {
    /// Id.
    pub id: i32,
    /// Submission.
    pub submission_id: i32,
    /// Its title.
    pub title: String,
    /// Juror.
    pub juror_id: i32,
    /// Their name.
    pub juror: String,
    /// Scorecard state.
    pub status: ScorecardStatus,
    /// Suspended while a conflict of interest excludes the juror.
    pub suspended: bool,
}

/// The submissions in the edition's current round (see [`in_round`]).
pub async fn eligible_submissions(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<submission::Model>, DbErr> {
    let round_id = super::rounds::current_id(db, edition_id).await?;
    in_round(db, edition_id, round_id).await
}

/// The submissions in round `round_id` of the edition: the submitted ones that are eligible (by
/// the rules or an override) in its first round, and in every later round those the round
/// before it shortlisted.
pub async fn in_round(
    db: &impl ConnectionTrait,
    edition_id: i32,
    round_id: i32,
) -> Result<Vec<submission::Model>, DbErr> {
    let rounds = super::rounds::of_edition(db, edition_id).await?;
    let previous = rounds
        .iter()
        .take_while(|r| r.id != round_id)
        .last()
        .map(|r| r.id);
    let passed_on = match previous {
        Some(round_id) => Some(super::shortlists::passed_on(db, round_id).await?),
        None => None,
    };
    Ok(submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.eq("submitted"))
        .all(db)
        .await?
        .into_iter()
        .filter(|s| {
            s.eligibility_override
                .as_deref()
                .or(s.eligibility.as_deref())
                .and_then(|o| o.parse::<Outcome>().ok())
                == Some(Outcome::Pass)
        })
        .filter(|s| passed_on.as_ref().is_none_or(|ids| ids.contains(&s.id)))
        .collect())
}

/// The assignments of the edition's current round, by submission title.
pub async fn list(db: &impl ConnectionTrait, edition_id: i32) -> Result<Vec<AssignmentRow>, DbErr> {
    let round_id = super::rounds::current_id(db, edition_id).await?;
    let submissions: HashMap<i32, String> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.title))
        .collect();
    let names: HashMap<i32, String> = user::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let mut rows: Vec<AssignmentRow> = assignment::Entity::find()
        .filter(
            assignment::Column::SubmissionId.is_in(submissions.keys().copied().collect::<Vec<_>>()),
        )
        .filter(assignment::Column::RoundId.eq(round_id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| {
            let status = ScorecardStatus::parse(&a.status)
                .ok_or_else(|| DbErr::Custom(format!("unknown scorecard state {:?}", a.status)))?;
            Ok(AssignmentRow {
                id: a.id,
                title: submissions
                    .get(&a.submission_id)
                    .cloned()
                    .unwrap_or_default(),
                submission_id: a.submission_id,
                juror: names.get(&a.juror_id).cloned().unwrap_or_default(),
                juror_id: a.juror_id,
                status,
                suspended: a.suspended,
            })
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    rows.sort_by(|a, b| (&a.title, &a.juror).cmp(&(&b.title, &b.juror)));
    Ok(rows)
}

/// The request for automatic assignment in the edition's current round: the submissions in
/// it, the members of its panel who score (not observers), the pairs a conflict forbids, and
/// the assignments to keep.
pub async fn planning_input(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<AssignmentInput, DbErr> {
    let round_id = super::rounds::current_id(db, edition_id).await?;
    let submissions = eligible_submissions(db, edition_id).await?;
    let ids: Vec<i32> = submissions.iter().map(|s| s.id).collect();
    let jurors: Vec<JurorInput> = jury_membership::Entity::find()
        .filter(jury_membership::Column::RoundId.eq(round_id))
        .filter(jury_membership::Column::JuryRole.ne(JuryRole::Observer.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|m| JurorInput {
            id: m.user_id,
            languages: m
                .languages
                .split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            max_load: None,
        })
        .collect();
    let mut forbidden = Vec::new();
    for c in conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::SubmissionId.is_in(ids.clone()))
        .all(db)
        .await?
    {
        if super::conflicts::standing_of(&c)?.excludes() {
            forbidden.push(Pair::new(c.juror_id, c.submission_id));
        }
    }
    let juror_ids: Vec<i32> = jurors.iter().map(|j| j.id).collect();
    let keep = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.is_in(ids))
        .filter(assignment::Column::RoundId.eq(round_id))
        .filter(assignment::Column::Suspended.eq(false))
        .all(db)
        .await?
        .into_iter()
        .filter(|a| juror_ids.contains(&a.juror_id))
        .map(|a| Pair::new(a.juror_id, a.submission_id))
        .collect();
    Ok(AssignmentInput {
        submissions: submissions
            .into_iter()
            .map(|s| SubmissionInput {
                id: s.id,
                language: s.language,
            })
            .collect(),
        jurors,
        forbidden,
        keep,
    })
}

/// Assigns a submission to a juror in the round `round_id`.
async fn insert(
    txn: &impl ConnectionTrait,
    round_id: i32,
    submission_id: i32,
    juror_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    assignment::ActiveModel {
        round_id: Set(Some(round_id)),
        submission_id: Set(submission_id),
        juror_id: Set(juror_id),
        phase: Set(JURY_PHASE.to_owned()),
        status: Set(ScorecardStatus::NotStarted.as_str().to_owned()),
        overall_comment: Set(String::new()),
        revision: Set(1),
        submitted_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Writes the new assignments of a plan (kept ones exist already), in one transaction.
pub async fn apply_plan<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    plan: &AssignmentPlan,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let txn = db.begin().await?;
    let mut added = 0;
    let round_id = super::rounds::current_id(&txn, edition_id).await?;
    for a in plan.assignments.iter().filter(|a| a.origin != Origin::Kept) {
        insert(&txn, round_id, a.submission, a.juror, now).await?;
        added += 1;
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "assignment.automatic",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({"added": added, "seed": plan.summary.seed, "per_submission": plan.summary.jurors_per_submission}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(added)
}

/// The whole scorecard of an assignment (state, scores, comments and every write in the score
/// history) as JSON, kept in the audit record of its removal so that nothing scored is lost.
async fn scorecard_archive(
    txn: &impl ConnectionTrait,
    model: &assignment::Model,
) -> Result<serde_json::Value, DbErr> {
    let scores = score::Entity::find()
        .filter(score::Column::AssignmentId.eq(model.id))
        .order_by_asc(score::Column::Id)
        .all(txn)
        .await?;
    let history = score_history::Entity::find()
        .filter(score_history::Column::ScoreId.is_in(scores.iter().map(|s| s.id)))
        .all(txn)
        .await?;
    let scores: Vec<serde_json::Value> = scores
        .iter()
        .map(|s| {
            let writes: Vec<serde_json::Value> = history
                .iter()
                .filter(|h| h.score_id == s.id)
                .map(|h| {
                    json!({
                        "changed_by": h.changed_by,
                        "changed_at": h.changed_at.to_rfc3339(),
                        "revision": h.revision,
                        "old_half_points": h.old_half_points,
                        "new_half_points": h.new_half_points,
                        "old_comment": h.old_comment,
                        "new_comment": h.new_comment,
                    })
                })
                .collect();
            json!({
                "criterion": s.criterion_key,
                "half_points": s.half_points,
                "comment": s.comment,
                "history": writes,
            })
        })
        .collect();
    Ok(json!({
        "assignment": model.id,
        "status": model.status,
        "revision": model.revision,
        "submitted_at": model.submitted_at.map(|t| t.to_rfc3339()),
        "overall_comment": model.overall_comment,
        "scores": scores,
    }))
}

/// Removes an assignment, with the reason (audited, with the whole scorecard).
pub async fn remove<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let model = assignment::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("assignment {id}")))?;
    remove_archived(&txn, model, reason, actor_id, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Deletes an assignment inside the caller's transaction, its whole scorecard kept in the
/// `assignment.removed` audit record with the reason.
pub async fn remove_archived(
    txn: &impl ConnectionTrait,
    model: assignment::Model,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let (id, submission_id, juror_id) = (model.id, model.submission_id, model.juror_id);
    let scorecard = scorecard_archive(txn, &model).await?;
    assignment::Entity::delete_by_id(id).exec(txn).await?;
    audit::record(
        txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "assignment.removed",
            subject_type: "submission",
            subject_id: Some(submission_id.to_string()),
            details: json!({"juror": juror_id, "reason": reason, "scorecard": scorecard}),
        },
    )
    .await
}

/// Finds the edition of an assignment.
pub async fn edition_of(db: &impl ConnectionTrait, id: i32) -> Result<Option<i32>, DbErr> {
    let Some(a) = assignment::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(submission::Entity::find_by_id(a.submission_id)
        .one(db)
        .await?
        .map(|s| s.edition_id))
}

/// The edition's suspended assignments.
pub async fn suspended_of_edition(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<assignment::Model>, DbErr> {
    let ids: Vec<i32> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.is_in(ids))
        .filter(assignment::Column::Suspended.eq(true))
        .all(db)
        .await
}

/// Suspends (or resumes) the juror's scorecards on a submission, as a conflict of interest
/// starts or stops excluding them: nothing is deleted, and a resumed scorecard counts again
/// exactly as it was. Each change is audited.
pub async fn set_suspended(
    txn: &impl ConnectionTrait,
    submission_id: i32,
    juror_id: i32,
    suspended: bool,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let found = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.eq(submission_id))
        .filter(assignment::Column::JurorId.eq(juror_id))
        .filter(assignment::Column::Suspended.ne(suspended))
        .all(txn)
        .await?;
    for model in found {
        let id = model.id;
        let status = model.status.clone();
        let mut change: assignment::ActiveModel = model.into();
        change.suspended = Set(suspended);
        change.update(txn).await?;
        audit::record(
            txn,
            now,
            AuditEvent {
                actor_id: Some(actor_id),
                action: if suspended {
                    "scorecard.suspended"
                } else {
                    "scorecard.resumed"
                },
                subject_type: "assignment",
                subject_id: Some(id.to_string()),
                details: json!({
                    "submission": submission_id,
                    "juror": juror_id,
                    "status": status,
                    "reason": if suspended {
                        "a conflict of interest excludes the juror"
                    } else {
                        "the conflict of interest no longer excludes the juror"
                    },
                }),
            },
        )
        .await?;
    }
    Ok(())
}

/// Reopens a submitted scorecard for changes, with the reason: a new revision begins; the
/// history keeps every earlier value. Audited.
pub async fn reopen<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    // Two reopenings at once: the scorecard's row is locked, so the second sees it reopened.
    let mut query = assignment::Entity::find_by_id(id);
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_exclusive();
    }
    let model = query
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("assignment {id}")))?;
    if ScorecardStatus::parse(&model.status) != Some(ScorecardStatus::Submitted) {
        return Ok(false);
    }
    let revision = model.revision + 1;
    let version = model.version + 1;
    let submission_id = model.submission_id;
    let mut change: assignment::ActiveModel = model.into();
    change.version = Set(version);
    change.status = Set(ScorecardStatus::Draft.as_str().to_owned());
    change.revision = Set(revision);
    change.submitted_at = Set(None);
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "scorecard.reopened",
            subject_type: "assignment",
            subject_id: Some(id.to_string()),
            details: json!({"submission": submission_id, "revision": revision, "reason": reason}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Why a manual assignment was refused.
#[derive(Debug, thiserror::Error)]
pub enum ManualError {
    /// The juror is not a scoring member of the edition's jury.
    #[error("this juror is not a scoring member of the jury")]
    NotOnJury,
    /// The submission is not eligible.
    #[error("this submission is not eligible")]
    NotEligible,
    /// A conflict of interest excludes the juror.
    #[error("a conflict of interest excludes this juror from this submission")]
    Conflicted,
    /// Already assigned.
    #[error("this juror is already assigned to this submission")]
    Duplicate,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl ManualError {
    /// Why, in the reader's language.
    pub fn message(&self) -> crate::domain::message::Message {
        use crate::domain::message::Message;
        match self {
            ManualError::NotOnJury => Message::new("assign-refused-not-on-jury"),
            ManualError::NotEligible => Message::new("assign-refused-not-eligible"),
            ManualError::Conflicted => Message::new("assign-refused-conflicted"),
            ManualError::Duplicate => Message::new("assign-refused-duplicate"),
            ManualError::Db(_) => Message::new("error-message-500"),
        }
    }
}

/// Assigns one juror to one submission by hand, after the same checks as automatic assignment;
/// audited.
pub async fn add_manual<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    juror_id: i32,
    submission_id: i32,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ManualError> {
    let input = planning_input(db, edition_id).await?;
    if !input.jurors.iter().any(|j| j.id == juror_id) {
        return Err(ManualError::NotOnJury);
    }
    if !input.submissions.iter().any(|s| s.id == submission_id) {
        return Err(ManualError::NotEligible);
    }
    let pair = Pair::new(juror_id, submission_id);
    if input.forbidden.contains(&pair) {
        return Err(ManualError::Conflicted);
    }
    if input.keep.contains(&pair) {
        return Err(ManualError::Duplicate);
    }
    let txn = db.begin().await?;
    let round_id = super::rounds::current_id(&txn, edition_id).await?;
    insert(&txn, round_id, submission_id, juror_id, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "assignment.added",
            subject_type: "submission",
            subject_id: Some(submission_id.to_string()),
            details: json!({"juror": juror_id}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
