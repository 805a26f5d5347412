//! Conflict-of-interest declarations: what each juror declared towards each eligible submission,
//! and the secretariat's decisions on potential conflicts; all audited.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{
    conflict_declaration, jury_membership, organisation, submission, submission_partner, user,
};
use crate::domain::conflicts::{ConflictDecision, ConflictLevel, Standing, check_own_change};
use crate::domain::jury::JuryRole;

/// A submission as a juror sees it before declaring: names and countries only.
#[derive(Clone, Debug)]
pub struct Screened {
    /// Submission id.
    pub submission_id: i32,
    /// Title.
    pub title: String,
    /// Lead and partners: (name, country).
    pub parties: Vec<(String, String)>,
    /// The applicant's email (for flagging only; never shown).
    pub applicant_email: String,
    /// The juror's declaration: (level, reason, details, decision).
    pub declaration: Option<Declaration>,
}

/// A declaration as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declaration {
    /// Id.
    pub id: i32,
    /// Submission.
    pub submission_id: i32,
    /// Juror.
    pub juror_id: i32,
    /// How strong.
    pub level: ConflictLevel,
    /// Reason code.
    pub reason: String,
    /// The juror's words.
    pub details: String,
    /// Allowed or excluded, once decided.
    pub decision: Option<ConflictDecision>,
    /// The juror's pending request to lower or withdraw it, if any.
    pub request: Option<ReviewRequest>,
}

/// A juror's request to lower or withdraw their declaration, which someone else decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRequest {
    /// The level asked for: none or potential (then allowed).
    pub level: ConflictLevel,
    /// The reason code asked for (potential only).
    pub reason: String,
    /// The juror's explanation.
    pub explanation: String,
    /// When it was asked.
    pub at: DateTime<Utc>,
}

/// Why a declaration or a review was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConflictError {
    /// The juror tried to lower their own declaration.
    #[error("a declaration can only be lowered by a decision of the secretariat or the chair")]
    WouldLower,
    /// A request is already waiting for a decision.
    #[error("a request to lower this declaration is already waiting for a decision")]
    RequestPending,
    /// There is no request to decide (decided meanwhile).
    #[error("there is no request waiting for a decision")]
    NoRequest,
    /// The declaration changed meanwhile, so the request no longer lowers it.
    #[error("the request no longer lowers the declaration")]
    RequestOutdated,
    /// Only a potential conflict is decided.
    #[error("only a potential conflict is decided")]
    NotPotential,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The level a stored name means; an unknown one is an error, never a milder level.
pub fn level_of(stored: &str) -> Result<ConflictLevel, DbErr> {
    ConflictLevel::parse(stored)
        .ok_or_else(|| DbErr::Custom(format!("unknown conflict level {stored:?}")))
}

/// The decision a stored name means; an unknown one is an error.
pub fn decision_of(stored: Option<&str>) -> Result<Option<ConflictDecision>, DbErr> {
    stored
        .map(|d| {
            ConflictDecision::parse(d)
                .ok_or_else(|| DbErr::Custom(format!("unknown conflict decision {d:?}")))
        })
        .transpose()
}

/// Where a stored declaration leaves its juror.
pub fn standing_of(model: &conflict_declaration::Model) -> Result<Standing, DbErr> {
    Ok(Standing::of(
        level_of(&model.level)?,
        decision_of(model.decision.as_deref())?,
    ))
}

fn to_declaration(m: conflict_declaration::Model) -> Result<Declaration, DbErr> {
    let request = match m.requested_level.as_deref().zip(m.requested_at) {
        Some((level, at)) => Some(ReviewRequest {
            level: level_of(level)?,
            reason: m.requested_reason_code.clone().unwrap_or_default(),
            explanation: m.request_reason.clone().unwrap_or_default(),
            at,
        }),
        None => None,
    };
    Ok(Declaration {
        id: m.id,
        submission_id: m.submission_id,
        juror_id: m.juror_id,
        level: level_of(&m.level)?,
        reason: m.reason_code.unwrap_or_default(),
        details: m.details,
        request,
        decision: decision_of(m.decision.as_deref())?,
    })
}

/// The declaration of a juror on a submission, locked for the rest of the transaction on
/// PostgreSQL (SQLite has one writer at a time).
async fn locked_declaration(
    txn: &impl ConnectionTrait,
    submission_id: i32,
    juror_id: i32,
) -> Result<Option<conflict_declaration::Model>, DbErr> {
    let mut query = conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::SubmissionId.eq(submission_id))
        .filter(conflict_declaration::Column::JurorId.eq(juror_id));
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_exclusive();
    }
    query.one(txn).await
}

/// Whether the juror's declaration on the submission keeps them away from it now.
pub async fn excludes_pair(
    db: &impl ConnectionTrait,
    submission_id: i32,
    juror_id: i32,
) -> Result<bool, DbErr> {
    Ok(conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::SubmissionId.eq(submission_id))
        .filter(conflict_declaration::Column::JurorId.eq(juror_id))
        .one(db)
        .await?
        .map(|d| standing_of(&d))
        .transpose()?
        .is_some_and(Standing::excludes))
}

/// A declaration by id, locked for the rest of the transaction on PostgreSQL.
async fn locked_by_id(
    txn: &impl ConnectionTrait,
    id: i32,
) -> Result<conflict_declaration::Model, DbErr> {
    let mut query = conflict_declaration::Entity::find_by_id(id);
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_exclusive();
    }
    query
        .one(txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("conflict declaration {id}")))
}

/// Suspends the juror's scorecards on the submission while the declaration excludes them, and
/// lets them count again, unchanged, when it no longer does.
async fn follow_exclusion(
    txn: &impl ConnectionTrait,
    model: &conflict_declaration::Model,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let standing = standing_of(model)?;
    super::assignments::set_suspended(
        txn,
        model.submission_id,
        model.juror_id,
        standing.excludes(),
        actor_id,
        now,
    )
    .await
}

/// The submissions in the edition's current round with this juror's declarations.
pub async fn for_juror(
    db: &impl ConnectionTrait,
    edition_id: i32,
    juror_id: i32,
) -> Result<Vec<Screened>, DbErr> {
    let submissions = super::assignments::eligible_submissions(db, edition_id).await?;
    let mut screened = Vec::new();
    for s in submissions {
        let mut parties = Vec::new();
        if let Some(lead) = organisation::Entity::find_by_id(s.lead_organisation_id)
            .one(db)
            .await?
        {
            parties.push((lead.name, lead.country));
        }
        for link in submission_partner::Entity::find()
            .filter(submission_partner::Column::SubmissionId.eq(s.id))
            .all(db)
            .await?
        {
            if let Some(org) = organisation::Entity::find_by_id(link.organisation_id)
                .one(db)
                .await?
            {
                parties.push((org.name, org.country));
            }
        }
        let applicant_email = user::Entity::find_by_id(s.applicant_user_id)
            .one(db)
            .await?
            .map(|u| u.email)
            .unwrap_or_default();
        let declaration = conflict_declaration::Entity::find()
            .filter(conflict_declaration::Column::SubmissionId.eq(s.id))
            .filter(conflict_declaration::Column::JurorId.eq(juror_id))
            .one(db)
            .await?
            .map(to_declaration)
            .transpose()?;
        screened.push(Screened {
            submission_id: s.id,
            title: s.title,
            parties,
            applicant_email,
            declaration,
        });
    }
    screened.sort_by(|a, b| a.title.cmp(&b.title));
    Ok(screened)
}

/// Records a juror's declaration, or makes an earlier one stricter; a declaration is never
/// lowered here (that is [`request_review`]). Scorecards of the pair are suspended while the
/// declaration excludes the juror, never deleted. Audited.
#[expect(clippy::too_many_arguments, reason = "one declaration and its facts")]
pub async fn declare<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    submission_id: i32,
    juror_id: i32,
    level: ConflictLevel,
    reason: &str,
    details: &str,
    now: DateTime<Utc>,
    edition_id: i32,
) -> Result<(), ConflictError> {
    let txn = db.begin().await?;
    // Two first declarations at once would both insert: the juror's membership rows (one per
    // panel they sit on, always taken in the same order) are the lock.
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        jury_membership::Entity::find()
            .filter(jury_membership::Column::EditionId.eq(edition_id))
            .filter(jury_membership::Column::UserId.eq(juror_id))
            .order_by_asc(jury_membership::Column::Id)
            .lock_exclusive()
            .all(&txn)
            .await?;
    }
    let existing = locked_declaration(&txn, submission_id, juror_id).await?;
    let current = match &existing {
        Some(m) => Some((level_of(&m.level)?, decision_of(m.decision.as_deref())?)),
        None => None,
    };
    check_own_change(current, level).map_err(|_| ConflictError::WouldLower)?;
    let declared = level != ConflictLevel::None;
    let reason = declared.then(|| reason.to_owned());
    let details = if !declared {
        String::new()
    } else {
        details.trim().to_owned()
    };
    let stored = match existing {
        Some(model) => {
            let mut change: conflict_declaration::ActiveModel = model.into();
            change.level = Set(level.as_str().to_owned());
            change.reason_code = Set(reason);
            change.details = Set(details);
            change.decision = Set(None);
            change.decided_by = Set(None);
            change.decided_at = Set(None);
            change.declared_at = Set(now);
            change.update(&txn).await?
        }
        None => {
            conflict_declaration::ActiveModel {
                submission_id: Set(submission_id),
                juror_id: Set(juror_id),
                level: Set(level.as_str().to_owned()),
                reason_code: Set(reason),
                details: Set(details),
                decision: Set(None),
                decided_by: Set(None),
                decided_at: Set(None),
                declared_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    follow_exclusion(&txn, &stored, juror_id, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(juror_id),
            action: "conflict.declared",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({"submission": submission_id, "level": level.as_str()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A juror asks to lower or withdraw their declaration (already checked by
/// `domain::conflicts::check_review_request`); the declaration keeps its effect until someone
/// else decides. Audited.
pub async fn request_review<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    submission_id: i32,
    juror_id: i32,
    asked: &ReviewRequest,
) -> Result<(), ConflictError> {
    let txn = db.begin().await?;
    let model = locked_declaration(&txn, submission_id, juror_id)
        .await?
        .ok_or(ConflictError::RequestOutdated)?;
    if model.requested_level.is_some() {
        return Err(ConflictError::RequestPending);
    }
    let id = model.id;
    let mut change: conflict_declaration::ActiveModel = model.into();
    change.requested_level = Set(Some(asked.level.as_str().to_owned()));
    change.requested_reason_code =
        Set((asked.level == ConflictLevel::Potential).then(|| asked.reason.clone()));
    change.request_reason = Set(Some(asked.explanation.trim().to_owned()));
    change.requested_at = Set(Some(asked.at));
    change.update(&txn).await?;
    audit::record(
        &txn,
        asked.at,
        AuditEvent {
            actor_id: Some(juror_id),
            action: "conflict.review_requested",
            subject_type: "submission",
            subject_id: Some(submission_id.to_string()),
            details: json!({
                "declaration": id,
                "requested_level": asked.level.as_str(),
                "explanation": asked.explanation.trim(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Grants or refuses a juror's request to lower their declaration, with the decider's reason.
/// Granted, the declaration becomes "none" or an allowed potential conflict and the juror's
/// suspended scorecards count again, unchanged. Audited either way.
pub async fn decide_review<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    grant: bool,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ConflictError> {
    let txn = db.begin().await?;
    let model = locked_by_id(&txn, id).await?;
    let Some(requested) = model.requested_level.as_deref().map(level_of).transpose()? else {
        return Err(ConflictError::NoRequest);
    };
    let before = (model.level.clone(), model.decision.clone());
    let submission_id = model.submission_id;
    let requested_reason = model.requested_reason_code.clone();
    let explanation = model.request_reason.clone().unwrap_or_default();
    let mut change: conflict_declaration::ActiveModel = model.into();
    change.requested_level = Set(None);
    change.requested_reason_code = Set(None);
    change.request_reason = Set(None);
    change.requested_at = Set(None);
    if grant {
        let potential = requested == ConflictLevel::Potential;
        change.level = Set(requested.as_str().to_owned());
        change.reason_code = Set(if potential { requested_reason } else { None });
        change.details = Set(if potential {
            explanation
        } else {
            String::new()
        });
        change.decision = Set(potential.then(|| ConflictDecision::Allowed.as_str().to_owned()));
        change.decided_by = Set(Some(actor_id));
        change.decided_at = Set(Some(now));
    }
    let stored = change.update(&txn).await?;
    follow_exclusion(&txn, &stored, actor_id, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: if grant {
                "conflict.review_granted"
            } else {
                "conflict.review_refused"
            },
            subject_type: "submission",
            subject_id: Some(submission_id.to_string()),
            details: json!({
                "declaration": id,
                "before": {"level": before.0, "decision": before.1},
                "requested_level": requested.as_str(),
                "reason": reason.trim(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Every declaration other than "none" in an edition.
pub async fn of_edition(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<Declaration>, DbErr> {
    let ids: Vec<i32> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::SubmissionId.is_in(ids))
        .filter(conflict_declaration::Column::Level.ne(ConflictLevel::None.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(to_declaration)
        .collect()
}

/// Returns true if and only if the declaration waits for someone else's decision: a potential
/// conflict not decided yet, or a request to lower a declaration.
pub fn awaits_decision(declaration: &Declaration) -> bool {
    (declaration.level == ConflictLevel::Potential && declaration.decision.is_none())
        || declaration.request.is_some()
}

/// The declarations of other jurors that wait for a chair's decision, in one edition whose jury
/// they chair.
#[derive(Clone, Debug)]
pub struct AwaitingChair {
    /// The edition.
    pub edition_id: i32,
    /// Its name.
    pub edition: String,
    /// The declarations, never the chair's own.
    pub declarations: Vec<Declaration>,
}

/// For every edition whose jury `chair_id` chairs, the other jurors' declarations that wait for a
/// decision; editions with none are left out.
pub async fn awaiting_chair(
    db: &impl ConnectionTrait,
    chair_id: i32,
) -> Result<Vec<AwaitingChair>, DbErr> {
    let chaired = jury_membership::Entity::find()
        .filter(jury_membership::Column::UserId.eq(chair_id))
        .filter(jury_membership::Column::JuryRole.eq(JuryRole::Chair.as_str()))
        .all(db)
        .await?;
    let mut awaiting = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for membership in chaired.into_iter().filter(|m| seen.insert(m.edition_id)) {
        let declarations: Vec<Declaration> = of_edition(db, membership.edition_id)
            .await?
            .into_iter()
            .filter(|d| d.juror_id != chair_id && awaits_decision(d))
            .collect();
        if declarations.is_empty() {
            continue;
        }
        let edition = super::entities::edition::Entity::find_by_id(membership.edition_id)
            .one(db)
            .await?
            .map(|e| e.name)
            .unwrap_or_default();
        awaiting.push(AwaitingChair {
            edition_id: membership.edition_id,
            edition,
            declarations,
        });
    }
    Ok(awaiting)
}

/// Finds a declaration.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<Declaration>, DbErr> {
    conflict_declaration::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_declaration)
        .transpose()
}

/// Decides a potential conflict: `allowed` or `excluded`. Audited.
pub async fn decide<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    decision: ConflictDecision,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ConflictError> {
    let txn = db.begin().await?;
    let model = locked_by_id(&txn, id).await?;
    if level_of(&model.level)? != ConflictLevel::Potential {
        return Err(ConflictError::NotPotential);
    }
    let submission_id = model.submission_id;
    let mut change: conflict_declaration::ActiveModel = model.into();
    change.decision = Set(Some(decision.as_str().to_owned()));
    change.decided_by = Set(Some(actor_id));
    change.decided_at = Set(Some(now));
    let stored = change.update(&txn).await?;
    follow_exclusion(&txn, &stored, actor_id, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "conflict.decided",
            subject_type: "submission",
            subject_id: Some(submission_id.to_string()),
            details: json!({"declaration": id, "decision": decision.as_str()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
