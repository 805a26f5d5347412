//! Conflict-of-interest declarations: what each juror declared towards each eligible submission,
//! and the secretariat's decisions on potential conflicts; all audited.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{
    conflict_declaration, jury_membership, organisation, submission, submission_partner, user,
};
use crate::domain::conflicts::excludes;
use crate::domain::eligibility::Outcome;

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
    /// none, potential or disqualifying.
    pub level: String,
    /// Reason code.
    pub reason: String,
    /// The juror's words.
    pub details: String,
    /// allowed or excluded, once decided.
    pub decision: Option<String>,
}

fn to_declaration(m: conflict_declaration::Model) -> Declaration {
    Declaration {
        id: m.id,
        submission_id: m.submission_id,
        juror_id: m.juror_id,
        level: m.level,
        reason: m.reason_code.unwrap_or_default(),
        details: m.details,
        decision: m.decision,
    }
}

/// The jury membership of a juror in an edition, if any: (role, country, affiliation).
pub async fn membership(
    db: &impl ConnectionTrait,
    edition_id: i32,
    juror_id: i32,
) -> Result<Option<jury_membership::Model>, DbErr> {
    jury_membership::Entity::find()
        .filter(jury_membership::Column::EditionId.eq(edition_id))
        .filter(jury_membership::Column::UserId.eq(juror_id))
        .one(db)
        .await
}

/// The eligible submissions of an edition with this juror's declarations.
pub async fn for_juror(
    db: &impl ConnectionTrait,
    edition_id: i32,
    juror_id: i32,
) -> Result<Vec<Screened>, DbErr> {
    let submissions = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.eq("submitted"))
        .all(db)
        .await?;
    let mut screened = Vec::new();
    for s in submissions {
        let outcome = s
            .eligibility_override
            .as_deref()
            .or(s.eligibility.as_deref())
            .and_then(|o| o.parse::<Outcome>().ok());
        if outcome != Some(Outcome::Pass) {
            continue;
        }
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
            .map(to_declaration);
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

/// Records (or changes) a juror's declaration; a change clears an earlier decision. Audited.
#[expect(clippy::too_many_arguments, reason = "one declaration and its facts")]
pub async fn declare<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    submission_id: i32,
    juror_id: i32,
    level: &str,
    reason: &str,
    details: &str,
    now: DateTime<Utc>,
    edition_id: i32,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let existing = conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::SubmissionId.eq(submission_id))
        .filter(conflict_declaration::Column::JurorId.eq(juror_id))
        .one(&txn)
        .await?;
    let reason = (level != "none").then(|| reason.to_owned());
    let details = if level == "none" {
        String::new()
    } else {
        details.trim().to_owned()
    };
    match existing {
        Some(model) => {
            let mut change: conflict_declaration::ActiveModel = model.into();
            change.level = Set(level.to_owned());
            change.reason_code = Set(reason);
            change.details = Set(details);
            change.decision = Set(None);
            change.decided_by = Set(None);
            change.decided_at = Set(None);
            change.declared_at = Set(now);
            change.update(&txn).await?;
        }
        None => {
            conflict_declaration::ActiveModel {
                submission_id: Set(submission_id),
                juror_id: Set(juror_id),
                level: Set(level.to_owned()),
                reason_code: Set(reason),
                details: Set(details),
                decision: Set(None),
                decided_by: Set(None),
                decided_at: Set(None),
                declared_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    if excludes(level, None) {
        super::assignments::remove_for_conflict(&txn, submission_id, juror_id, juror_id, now)
            .await?;
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(juror_id),
            action: "conflict.declared",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({"submission": submission_id, "level": level}),
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
    Ok(conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::SubmissionId.is_in(ids))
        .filter(conflict_declaration::Column::Level.ne("none"))
        .all(db)
        .await?
        .into_iter()
        .map(to_declaration)
        .collect())
}

/// Finds a declaration.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<Declaration>, DbErr> {
    Ok(conflict_declaration::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_declaration))
}

/// Decides a potential conflict: `allowed` or `excluded`. Audited.
pub async fn decide<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    decision: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let model = conflict_declaration::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("conflict declaration {id}")))?;
    let submission_id = model.submission_id;
    if excludes(&model.level, Some(decision)) {
        super::assignments::remove_for_conflict(&txn, submission_id, model.juror_id, actor_id, now)
            .await?;
    }
    let mut change: conflict_declaration::ActiveModel = model.into();
    change.decision = Set(Some(decision.to_owned()));
    change.decided_by = Set(Some(actor_id));
    change.decided_at = Set(Some(now));
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "conflict.decided",
            subject_type: "submission",
            subject_id: Some(submission_id.to_string()),
            details: json!({"declaration": id, "decision": decision}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
