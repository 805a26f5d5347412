//! Editions: creating and editing them with their categories and rubric snapshot, and moving
//! them through their lifecycle; every change audited.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{category, edition};
use crate::domain::edition::{Edition, EditionStatus};
use crate::domain::edition_texts::EditionTexts;
use crate::domain::eligibility::EligibilitySettings;
use crate::domain::message::Message;
use crate::domain::peer_scores::PeerScores;
use crate::domain::rubric::Rubric;

/// What the secretariat sets on an edition.
#[derive(Clone, Debug)]
pub struct EditionInput {
    /// Name.
    pub name: String,
    /// Year.
    pub year: i32,
    /// IANA time zone.
    pub time_zone: String,
    /// Opening instant.
    pub opens_at: DateTime<Utc>,
    /// Closing instant (the deadline).
    pub closes_at: DateTime<Utc>,
    /// The rubric to adopt (snapshotted).
    pub rubric: Rubric,
    /// Whether it was made in the browser: then the version adopted is the one stored when the
    /// edition is saved (read under a lock that a save of the rubric waits for).
    pub rubric_made_here: bool,
    /// Shortlist size.
    pub shortlist_size: i32,
    /// Accepted languages.
    pub languages: Vec<String>,
    /// Eligibility settings.
    pub eligibility: EligibilitySettings,
    /// Categories: (code, name).
    pub categories: Vec<(String, String)>,
    /// When jurors see each other's scores.
    pub peer_scores: PeerScores,
    /// When scorecards are due, if set.
    pub scoring_deadline: Option<DateTime<Utc>>,
    /// The call's introduction, and its texts in other languages.
    pub texts: EditionTexts,
}

/// Why an edition change was refused.
#[derive(Debug, thiserror::Error)]
pub enum EditionError {
    /// The lifecycle forbids it; the message says why.
    #[error("{0}")]
    NotAllowed(Message),
    /// A setting that can no longer change: the form field and why.
    #[error("{why}")]
    Fixed {
        /// The form field.
        field: &'static str,
        /// Why it is fixed.
        why: Message,
    },
    /// No such edition.
    #[error("no such edition")]
    NotFound,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

async fn to_edition(db: &impl ConnectionTrait, model: edition::Model) -> Result<Edition, DbErr> {
    let status = model
        .status
        .parse::<EditionStatus>()
        .map_err(DbErr::Custom)?;
    let eligibility: EligibilitySettings =
        serde_json::from_str(&model.settings).unwrap_or_default();
    let categories = category::Entity::find()
        .filter(category::Column::EditionId.eq(model.id))
        .order_by_asc(category::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code, c.name))
        .collect();
    Ok(Edition {
        id: model.id,
        name: model.name,
        year: model.year,
        status,
        time_zone: model.time_zone,
        opens_at: model.opens_at,
        closes_at: model.closes_at,
        rubric_id: model.rubric_id,
        shortlist_size: model.shortlist_size,
        languages: model
            .languages
            .split(',')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        eligibility,
        categories,
        peer_scores: model.peer_scores.parse().map_err(DbErr::Custom)?,
        scoring_deadline: model.scoring_deadline,
        texts: serde_json::from_str(&model.texts).map_err(|e| DbErr::Custom(e.to_string()))?,
    })
}

/// Finds an edition.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<Edition>, DbErr> {
    match edition::Entity::find_by_id(id).one(db).await? {
        Some(model) => Ok(Some(to_edition(db, model).await?)),
        None => Ok(None),
    }
}

/// Reads an edition's row for change: on PostgreSQL it stays locked (`SELECT ... FOR UPDATE`)
/// until the transaction ends, so that changes of its phase and the writes that depend on the
/// phase take turns; SQLite has one writer at a time, so its transaction suffices.
pub async fn locked(txn: &impl ConnectionTrait, id: i32) -> Result<Option<edition::Model>, DbErr> {
    let mut query = edition::Entity::find_by_id(id);
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_exclusive();
    }
    query.one(txn).await
}

/// The status of a locked edition row (see [`locked`]).
pub fn status_of(model: &edition::Model) -> Result<EditionStatus, DbErr> {
    model.status.parse::<EditionStatus>().map_err(DbErr::Custom)
}

/// Every edition, newest first.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<Edition>, DbErr> {
    let models = edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .order_by_desc(edition::Column::Id)
        .all(db)
        .await?;
    let mut editions = Vec::with_capacity(models.len());
    for model in models {
        editions.push(to_edition(db, model).await?);
    }
    Ok(editions)
}

fn texts_json(texts: &EditionTexts) -> Result<String, DbErr> {
    serde_json::to_string(texts).map_err(|e| DbErr::Custom(e.to_string()))
}

fn settings_json(settings: &EligibilitySettings) -> Result<String, DbErr> {
    serde_json::to_string(settings).map_err(|e| DbErr::Custom(e.to_string()))
}

async fn replace_categories(
    db: &impl ConnectionTrait,
    edition_id: i32,
    categories: &[(String, String)],
) -> Result<(), DbErr> {
    category::Entity::delete_many()
        .filter(category::Column::EditionId.eq(edition_id))
        .exec(db)
        .await?;
    for (code, name) in categories {
        category::ActiveModel {
            edition_id: Set(edition_id),
            code: Set(code.clone()),
            name: Set(name.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Creates an edition in the draft state, adopting a snapshot of its rubric.
pub async fn create<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    input: EditionInput,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Edition, DbErr> {
    let txn = db.begin().await?;
    let rubric = adopted_rubric(&txn, &input).await?;
    let rubric_id = super::rubrics::snapshot(&txn, &rubric, now).await?;
    let model = edition::ActiveModel {
        name: Set(input.name.clone()),
        year: Set(input.year),
        status: Set(EditionStatus::Draft.as_str().to_owned()),
        time_zone: Set(input.time_zone.clone()),
        opens_at: Set(input.opens_at),
        closes_at: Set(input.closes_at),
        rubric_id: Set(rubric_id),
        shortlist_size: Set(input.shortlist_size),
        languages: Set(input.languages.join(",")),
        settings: Set(settings_json(&input.eligibility)?),
        peer_scores: Set(input.peer_scores.as_str().to_owned()),
        scoring_deadline: Set(input.scoring_deadline),
        texts: Set(texts_json(&input.texts)?),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    replace_categories(&txn, model.id, &input.categories).await?;
    super::rounds::create_single_jury(&txn, model.id, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "edition.created",
            subject_type: "edition",
            subject_id: Some(model.id.to_string()),
            details: json!({"name": input.name, "rubric": input.rubric.key}),
        },
    )
    .await?;
    let edition = to_edition(&txn, model).await?;
    txn.commit().await?;
    Ok(edition)
}

/// The rubric an edition adopts: a rubric made in the browser as stored now, read under a
/// shared lock so that a save of it in progress is waited for, and one that starts later waits
/// for this transaction (and then finds the edition and updates it if it is still a draft).
async fn adopted_rubric(txn: &impl ConnectionTrait, input: &EditionInput) -> Result<Rubric, DbErr> {
    if !input.rubric_made_here {
        return Ok(input.rubric.clone());
    }
    Ok(super::library_rubrics::for_adoption(txn, &input.rubric.key)
        .await?
        .unwrap_or_else(|| input.rubric.clone()))
}

/// Updates an edition. Its rubric can change only while it is a draft (then it is frozen).
pub async fn update<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    input: EditionInput,
    expected_version: Option<i64>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Result<Edition, Box<Edition>>, EditionError> {
    let txn = db.begin().await?;
    // Before the edition's lock, as a save of the rubric takes them (no deadlock).
    let rubric = adopted_rubric(&txn, &input).await?;
    // Under the edition's lock: a transition committed meanwhile (the call opening, the jury
    // evaluation starting) must be seen before the rules of a frozen rubric are checked.
    let model = locked(&txn, id).await?.ok_or(EditionError::NotFound)?;
    if let Some(expected) = expected_version {
        let current = to_edition(&txn, model.clone()).await?;
        if current.version() != expected {
            return Ok(Err(Box::new(current)));
        }
    }
    let status = model
        .status
        .parse::<EditionStatus>()
        .map_err(DbErr::Custom)?;
    if matches!(status, EditionStatus::Announced | EditionStatus::Archived) {
        return Err(EditionError::NotAllowed(
            Message::new("edition-refused-locked").message("phase", status.name()),
        ));
    }
    let rubric_id = super::rubrics::snapshot(&txn, &rubric, now).await?;
    if rubric_id != model.rubric_id && status != EditionStatus::Draft {
        return Err(EditionError::Fixed {
            field: "rubric",
            why: Message::new("edition-refused-rubric-frozen"),
        });
    }
    if status.is_at_or_after(EditionStatus::JuryEvaluation)
        && input.peer_scores.as_str() != model.peer_scores
    {
        return Err(EditionError::Fixed {
            field: "peer_scores",
            why: Message::new("edition-refused-peer-scores-fixed"),
        });
    }
    let peer_scores_before = model.peer_scores.clone();
    let mut change: edition::ActiveModel = model.into();
    change.name = Set(input.name.clone());
    change.peer_scores = Set(input.peer_scores.as_str().to_owned());
    change.scoring_deadline = Set(input.scoring_deadline);
    change.year = Set(input.year);
    change.time_zone = Set(input.time_zone.clone());
    change.opens_at = Set(input.opens_at);
    change.closes_at = Set(input.closes_at);
    change.rubric_id = Set(rubric_id);
    change.shortlist_size = Set(input.shortlist_size);
    change.languages = Set(input.languages.join(","));
    change.settings = Set(settings_json(&input.eligibility)?);
    change.texts = Set(texts_json(&input.texts)?);
    change.updated_at = Set(now);
    let model = change.update(&txn).await?;
    replace_categories(&txn, id, &input.categories).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "edition.updated",
            subject_type: "edition",
            subject_id: Some(id.to_string()),
            details: json!({
                "closes_at": input.closes_at.to_rfc3339(),
                "peer_scores": {"before": peer_scores_before, "after": input.peer_scores.as_str()},
            }),
        },
    )
    .await?;
    let edition = to_edition(&txn, model).await?;
    txn.commit().await?;
    Ok(Ok(edition))
}

/// Moves an edition to its next state inside the caller's transaction (its row locked, see
/// [`locked`]); refuses with why.
pub async fn transition(
    txn: &impl ConnectionTrait,
    id: i32,
    to: EditionStatus,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Edition, EditionError> {
    let model = locked(txn, id).await?.ok_or(EditionError::NotFound)?;
    let from = status_of(&model)?;
    from.check_transition(to)
        .map_err(EditionError::NotAllowed)?;
    set_status(
        txn,
        model,
        from,
        to,
        "edition.status_changed",
        json!({}),
        actor_id,
        now,
    )
    .await
}

/// Writes a new status on a locked edition row and audits it as `action`, with `from`, `to`
/// and the `extra` details.
#[expect(
    clippy::too_many_arguments,
    reason = "one change of phase and its facts"
)]
pub async fn set_status(
    txn: &impl ConnectionTrait,
    model: edition::Model,
    from: EditionStatus,
    to: EditionStatus,
    action: &str,
    extra: serde_json::Value,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Edition, EditionError> {
    let id = model.id;
    let mut change: edition::ActiveModel = model.into();
    change.status = Set(to.as_str().to_owned());
    change.updated_at = Set(now);
    let model = change.update(txn).await?;
    let mut details = json!({"from": from.as_str(), "to": to.as_str()});
    if let (Some(details), serde_json::Value::Object(extra)) = (details.as_object_mut(), extra) {
        details.extend(extra);
    }
    audit::record(
        txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action,
            subject_type: "edition",
            subject_id: Some(id.to_string()),
            details,
        },
    )
    .await?;
    Ok(to_edition(txn, model).await?)
}
