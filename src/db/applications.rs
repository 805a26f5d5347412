//! Applications: drafts saved section by section with a stale check per section (two tabs never
//! silently overwrite each other), submission as an immutable snapshot with its eligibility, and withdrawal.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession,
    TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{
    category, organisation, submission, submission_partner, submission_sdg, submission_snapshot,
    user,
};
use super::submission_rows as rows;
use crate::domain::application::{Application, Draft, Section, SubmissionStatus, is_lrg_kind};
use crate::domain::eligibility::{Outcome, RuleResult};
use crate::domain::message::Message;
use crate::domain::outbox::Email;

/// The state of an application's eligibility.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EligibilityState {
    /// What the rules gave.
    pub automatic: Outcome,
    /// Each rule's result.
    pub rules: Vec<RuleResult>,
    /// When the rules ran.
    pub checked_at: Option<DateTime<Utc>>,
    /// A person's decision, if any.
    pub override_decision: Option<EligibilityDecision>,
}

/// A person's eligibility decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EligibilityDecision {
    /// The outcome decided.
    pub outcome: Outcome,
    /// Why (the applicant reads it).
    pub reason: String,
    /// Who decided.
    pub by: Option<i32>,
    /// When.
    pub at: Option<DateTime<Utc>>,
}

impl EligibilityState {
    /// The outcome that counts: the override when there is one.
    pub fn outcome(&self) -> Outcome {
        self.override_decision
            .as_ref()
            .map_or(self.automatic, |d| d.outcome)
    }
}

/// An application as stored.
#[derive(Clone, Debug)]
pub struct ApplicationRecord {
    /// Id.
    pub id: i32,
    /// Edition.
    pub edition_id: i32,
    /// The account that owns it.
    pub applicant_id: i32,
    /// Draft or submitted.
    pub status: SubmissionStatus,
    /// What the applicant typed.
    pub draft: Draft,
    /// Bumped at every save.
    pub version: i32,
    /// Last save.
    pub updated_at: DateTime<Utc>,
    /// Last submission.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Eligibility, once submitted.
    pub eligibility: Option<EligibilityState>,
}

/// Why a save or submission was refused.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Someone saved since the form was opened.
    #[error("the draft was changed in another window")]
    Stale(Box<ApplicationRecord>),
    /// It is not a draft any more.
    #[error("the application cannot be changed now ({})", .0.id)]
    NotEditable(Message),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

fn eligibility_of(model: &submission::Model) -> Option<EligibilityState> {
    let automatic = model.eligibility.as_deref()?.parse::<Outcome>().ok()?;
    let rules = model
        .eligibility_rules
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default();
    let override_decision = model
        .eligibility_override
        .as_deref()
        .and_then(|o| o.parse::<Outcome>().ok())
        .map(|outcome| EligibilityDecision {
            outcome,
            reason: model
                .eligibility_override_reason
                .clone()
                .unwrap_or_default(),
            by: model.eligibility_override_by,
            at: model.eligibility_override_at,
        });
    Some(EligibilityState {
        automatic,
        rules,
        checked_at: model.eligibility_checked_at,
        override_decision,
    })
}

/// Reads a stored row as a record.
pub fn to_record(model: submission::Model) -> ApplicationRecord {
    let draft = serde_json::from_str(&model.answers).unwrap_or_default();
    ApplicationRecord {
        eligibility: eligibility_of(&model),
        id: model.id,
        edition_id: model.edition_id,
        applicant_id: model.applicant_user_id,
        // Only these two names are ever stored; an unknown one is read as submitted, which
        // nobody can edit, rather than as an editable draft.
        status: model.status.parse().unwrap_or(SubmissionStatus::Submitted),
        draft,
        version: model.version,
        updated_at: model.updated_at,
        submitted_at: model.submitted_at,
    }
}

/// Finds an application.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<ApplicationRecord>, DbErr> {
    Ok(submission::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_record))
}

/// The applications of an account, newest first.
pub async fn of_applicant(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Vec<ApplicationRecord>, DbErr> {
    Ok(submission::Entity::find()
        .filter(submission::Column::ApplicantUserId.eq(user_id))
        .order_by_desc(submission::Column::UpdatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(to_record)
        .collect())
}

/// Starts a draft for an edition, the lead prefilled from the applicant's organisation.
pub async fn create_draft<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    applicant_id: i32,
    language: &str,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let txn = db.begin().await?;
    let account = user::Entity::find_by_id(applicant_id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("user {applicant_id}")))?;
    let own = match account.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id).one(&txn).await?,
        None => None,
    };
    let mut draft = Draft {
        language: language.to_owned(),
        ..Draft::default()
    };
    if let Some(org) = &own {
        draft.lead.name.clone_from(&org.name);
        draft.lead.kind.clone_from(&org.kind);
        draft.lead.country.clone_from(&org.country);
    }
    let lead = organisation::ActiveModel {
        name: Set(draft.lead.name.clone()),
        kind: Set(draft.lead.kind.clone()),
        is_lrg: Set(is_lrg_kind(&draft.lead.kind)),
        country: Set(draft.lead.country.clone()),
        contact_name: Set(Some(account.name.clone())),
        contact_email: Set(Some(account.email.clone())),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let model = submission::ActiveModel {
        edition_id: Set(edition_id),
        lead_organisation_id: Set(lead.id),
        applicant_user_id: Set(applicant_id),
        status: Set(SubmissionStatus::Draft.as_str().to_owned()),
        language: Set(language.to_owned()),
        title: Set(String::new()),
        summary: Set(String::new()),
        is_ongoing: Set(false),
        answers: Set(serde_json::to_string(&draft).map_err(|e| DbErr::Custom(e.to_string()))?),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(applicant_id),
            action: "application.started",
            subject_type: "submission",
            subject_id: Some(model.id.to_string()),
            details: json!({"edition": edition_id}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(model.id)
}

/// The ids of an edition's submissions, as a subquery (`column.in_subquery(...)`).
pub fn ids_of_edition(edition_id: i32) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(submission::Column::Id)
        .from(submission::Entity)
        .and_where(submission::Column::EditionId.eq(edition_id))
        .to_owned()
}

/// Reads an application for change: on PostgreSQL the row stays locked until the transaction
/// ends, so that two saves (or a save and a submit) take turns instead of racing.
pub async fn locked(
    txn: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<submission::Model>, DbErr> {
    let mut query = submission::Entity::find_by_id(id);
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_exclusive();
    }
    query.one(txn).await
}

/// Loads a draft for change and checks that it is still a draft at the expected version.
async fn editable(
    txn: &impl ConnectionTrait,
    id: i32,
    expected_version: i32,
) -> Result<submission::Model, SaveError> {
    let model = locked(txn, id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("submission {id}")))?;
    if model.status != SubmissionStatus::Draft.as_str() {
        return Err(SaveError::NotEditable(Message::new(
            "application-submitted-locked",
        )));
    }
    if model.version != expected_version {
        return Err(SaveError::Stale(Box::new(to_record(model))));
    }
    Ok(model)
}

/// Saves one section of a draft: under a lock of the application, refused as stale only when that
/// section changed since the form was opened (`stamp`, see [`Draft::section_stamp`]); `edit`
/// copies the section's fields onto the draft as it is now, so saves of other sections from other
/// tabs are kept. Returns the new version.
pub async fn save_section<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    section: Section,
    stamp: &str,
    edit: impl FnOnce(&mut Draft),
    now: DateTime<Utc>,
) -> Result<i32, SaveError> {
    let txn = db.begin().await?;
    let model = locked(&txn, id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("submission {id}")))?;
    if model.status != SubmissionStatus::Draft.as_str() {
        return Err(SaveError::NotEditable(Message::new(
            "application-submitted-locked",
        )));
    }
    // Answers that no longer read as a draft are refused, never replaced by an empty draft
    // (which would erase every other section).
    let mut draft: Draft = serde_json::from_str(&model.answers)
        .map_err(|e| DbErr::Custom(format!("submission {id}: stored answers unreadable: {e}")))?;
    if draft.section_stamp(section) != stamp {
        return Err(SaveError::Stale(Box::new(to_record(model))));
    }
    edit(&mut draft);
    let version = model.version + 1;
    let mut change: submission::ActiveModel = model.into();
    change.answers = Set(serde_json::to_string(&draft).map_err(|e| DbErr::Custom(e.to_string()))?);
    change.title = Set(draft.title.trim().chars().take(200).collect());
    change.summary = Set(draft.summary.trim().to_owned());
    change.language = Set(draft.language.chars().take(8).collect());
    change.version = Set(version);
    change.updated_at = Set(now);
    change.update(&txn).await?;
    txn.commit().await?;
    Ok(version)
}

/// Submits a valid application: freezes a snapshot, records partners, goals and eligibility, in
/// one transaction. The caller checked the deadline and the validation.
/// The receipt, when one is given, is queued in the same transaction.
pub async fn submit<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    (id, expected_version): (i32, i32),
    (application, rules): (&Application, &[RuleResult]),
    (actor_id, action): (i32, &str),
    receipt: Option<&Email>,
    now: DateTime<Utc>,
) -> Result<(), SaveError> {
    let txn = db.begin().await?;
    let model = editable(&txn, id, expected_version).await?;
    let lead_id = model.lead_organisation_id;
    if let Some(lead) = organisation::Entity::find_by_id(lead_id).one(&txn).await? {
        let mut change: organisation::ActiveModel = lead.into();
        change.name = Set(application.lead.name.clone());
        change.kind = Set(application.lead.kind.clone());
        change.is_lrg = Set(is_lrg_kind(&application.lead.kind));
        change.country = Set(application.lead.country.clone());
        change.update(&txn).await?;
    }
    submission_partner::Entity::delete_many()
        .filter(submission_partner::Column::SubmissionId.eq(id))
        .exec(&txn)
        .await?;
    for partner in &application.partners {
        let org = rows::organisation(&partner.name, &partner.kind, &partner.country, now)
            .insert(&txn)
            .await?;
        rows::partner_link(id, org.id, partner).insert(&txn).await?;
    }
    submission_sdg::Entity::delete_many()
        .filter(submission_sdg::Column::SubmissionId.eq(id))
        .exec(&txn)
        .await?;
    submission_sdg::Entity::insert_many(rows::goals(id, application))
        .exec_without_returning(&txn)
        .await?;
    let number = submission_snapshot::Entity::find()
        .filter(submission_snapshot::Column::SubmissionId.eq(id))
        .count(&txn)
        .await?;
    let number = i32::try_from(number + 1).unwrap_or(i32::MAX);
    rows::snapshot(id, number, application, now)?
        .insert(&txn)
        .await?;
    let category_id = match &application.category {
        Some(code) => category::Entity::find()
            .filter(category::Column::EditionId.eq(model.edition_id))
            .filter(category::Column::Code.eq(code))
            .one(&txn)
            .await?
            .map(|c| c.id),
        None => None,
    };
    let mut change: submission::ActiveModel = model.into();
    let outcome = rows::mark_submitted(&mut change, application, rules, category_id, now)?;
    change.version = Set(expected_version + 1);
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action,
            subject_type: "submission",
            subject_id: Some(id.to_string()),
            details: json!({"snapshot": number, "eligibility": outcome.as_str()}),
        },
    )
    .await?;
    if let Some(receipt) = receipt {
        super::outbox::enqueue(&txn, receipt, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Withdraws a submitted application back to a draft (its snapshots stay), queuing the notice
/// when one is given in the same transaction. The caller checked the deadline.
pub async fn withdraw<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    actor_id: i32,
    notice: Option<&Email>,
    now: DateTime<Utc>,
) -> Result<(), SaveError> {
    let txn = db.begin().await?;
    let model = locked(&txn, id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("submission {id}")))?;
    if model.status != SubmissionStatus::Submitted.as_str() {
        return Err(SaveError::NotEditable(Message::new(
            "application-withdraw-not-submitted",
        )));
    }
    let version = model.version;
    let mut change: submission::ActiveModel = model.into();
    change.status = Set(SubmissionStatus::Draft.as_str().to_owned());
    change.version = Set(version + 1);
    change.submitted_at = Set(None);
    change.eligibility = Set(None);
    change.eligibility_rules = Set(None);
    change.eligibility_checked_at = Set(None);
    change.updated_at = Set(now);
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "application.withdrawn",
            subject_type: "submission",
            subject_id: Some(id.to_string()),
            details: json!({}),
        },
    )
    .await?;
    if let Some(notice) = notice {
        super::outbox::enqueue(&txn, notice, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The latest submitted snapshot of an application.
pub async fn latest_snapshot(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<Application>, DbErr> {
    let snapshot = submission_snapshot::Entity::find()
        .filter(submission_snapshot::Column::SubmissionId.eq(id))
        .order_by_desc(submission_snapshot::Column::Number)
        .one(db)
        .await?;
    snapshot
        .map(|s| {
            serde_json::from_str(&s.content)
                .map_err(|e| DbErr::Custom(format!("snapshot of {id}: {e}")))
        })
        .transpose()
}
