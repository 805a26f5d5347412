//! The rubrics made in the browser: listed, created and saved (audited). A rubric an edition
//! scores against cannot change; an edition still in draft takes the saved rubric at once.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{edition, library_rubric, round, rubric as snapshot};
use crate::domain::edition::EditionStatus;
use crate::domain::rubric::Rubric;

/// A rubric made in the browser, with the version its next save must name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryRubric {
    pub rubric: Rubric,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

/// Why a rubric was not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Another rubric has the key.
    #[error("the key is taken")]
    KeyTaken,
    /// The rubric was saved by someone else since the editor was opened: as it is now.
    #[error("saved meanwhile")]
    Stale(Box<LibraryRubric>),
    /// Editions past their draft score against it: their names.
    #[error("in use")]
    InUse(Vec<String>),
    /// No rubric has the key.
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] DbErr),
}

fn to_library(model: library_rubric::Model) -> Result<LibraryRubric, DbErr> {
    let rubric = Rubric::from_snapshot_json(&model.rubric)
        .map_err(|e| DbErr::Custom(format!("library rubric {}: {e}", model.key)))?;
    Ok(LibraryRubric {
        rubric,
        version: model.version,
        updated_at: model.updated_at,
    })
}

fn json_of(rubric: &Rubric) -> Result<String, DbErr> {
    rubric
        .snapshot_json()
        .map_err(|e| DbErr::Custom(format!("rubric {}: {e}", rubric.key)))
}

/// Every rubric made in the browser, by key.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<LibraryRubric>, DbErr> {
    library_rubric::Entity::find()
        .order_by_asc(library_rubric::Column::Key)
        .all(db)
        .await?
        .into_iter()
        .map(to_library)
        .collect()
}

/// The rubric made in the browser with `key`, if any.
pub async fn find(db: &impl ConnectionTrait, key: &str) -> Result<Option<LibraryRubric>, DbErr> {
    library_rubric::Entity::find()
        .filter(library_rubric::Column::Key.eq(key))
        .one(db)
        .await?
        .map(to_library)
        .transpose()
}

/// The rubric made in the browser with `key` as stored now, for an edition to adopt: read under
/// a shared lock on PostgreSQL (a save holds the row exclusively until it has updated the
/// editions in draft).
pub async fn for_adoption(txn: &impl ConnectionTrait, key: &str) -> Result<Option<Rubric>, DbErr> {
    let mut query = library_rubric::Entity::find().filter(library_rubric::Column::Key.eq(key));
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_shared();
    }
    query
        .one(txn)
        .await?
        .map(to_library)
        .transpose()
        .map(|made| made.map(|m| m.rubric))
}

/// Stores a new rubric; `KeyTaken` when one with its key exists (also under a concurrent save)
/// or an edition has adopted a rubric with its key (a file since removed, say): a new rubric
/// must never be taken for one an edition scores against.
pub async fn create<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    rubric: &Rubric,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<LibraryRubric, SaveError> {
    let txn = db.begin().await?;
    let adopted = snapshot::Entity::find()
        .filter(snapshot::Column::Key.eq(&rubric.key))
        .one(&txn)
        .await?;
    if adopted.is_some() {
        return Err(SaveError::KeyTaken);
    }
    let inserted = library_rubric::ActiveModel {
        key: Set(rubric.key.clone()),
        rubric: Set(json_of(rubric)?),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let model = match inserted {
        Ok(model) => model,
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(SaveError::KeyTaken);
        }
        Err(e) => return Err(e.into()),
    };
    record(&txn, now, actor_id, "rubric.created", rubric, json!({})).await?;
    txn.commit().await?;
    Ok(to_library(model)?)
}

/// Saves `rubric` over the stored one with its key: only at `expected_version` when given,
/// never while an edition past its draft scores against it (itself or in one of its rounds);
/// editions in draft, and the rounds of their own rubric, adopt it.
pub async fn update<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    rubric: &Rubric,
    expected_version: Option<i64>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<LibraryRubric, SaveError> {
    let txn = db.begin().await?;
    let mut query =
        library_rubric::Entity::find().filter(library_rubric::Column::Key.eq(&rubric.key));
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_exclusive();
    }
    let model = query.one(&txn).await?.ok_or(SaveError::NotFound)?;
    if expected_version.is_some_and(|expected| expected != model.version) {
        return Err(SaveError::Stale(Box::new(to_library(model)?)));
    }
    let (drafts, draft_rounds) = editions_to_adopt(&txn, &rubric.key).await?;
    let snapshot_id = super::rubrics::snapshot(&txn, rubric, now).await?;
    for draft in &drafts {
        let mut change: edition::ActiveModel = draft.clone().into();
        change.rubric_id = Set(snapshot_id);
        change.updated_at = Set(now);
        change.update(&txn).await?;
    }
    for round_id in draft_rounds {
        round::ActiveModel {
            id: Set(round_id),
            rubric_id: Set(Some(snapshot_id)),
            ..Default::default()
        }
        .update(&txn)
        .await?;
    }
    let version = model.version + 1;
    let mut change: library_rubric::ActiveModel = model.into();
    change.rubric = Set(json_of(rubric)?);
    change.version = Set(version);
    change.updated_at = Set(now);
    let model = change.update(&txn).await?;
    let adopted: Vec<i32> = drafts.iter().map(|e| e.id).collect();
    let details = json!({"editions_adopting": adopted});
    record(&txn, now, actor_id, "rubric.updated", rubric, details).await?;
    txn.commit().await?;
    Ok(to_library(model)?)
}

/// The editions past their draft and not yet announced whose rubric has `key`: while there are
/// any, the rubric made in the browser with that key cannot change.
pub async fn scored_against_by(db: &impl ConnectionTrait, key: &str) -> Result<Vec<String>, DbErr> {
    let snapshot_ids: Vec<i32> = snapshot::Entity::find()
        .filter(snapshot::Column::Key.eq(key))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let through_rounds: Vec<i32> = round::Entity::find()
        .filter(round::Column::RubricId.is_in(snapshot_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.edition_id)
        .collect();
    let mut names = Vec::new();
    for model in edition::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(edition::Column::RubricId.is_in(snapshot_ids))
                .add(edition::Column::Id.is_in(through_rounds)),
        )
        .order_by_asc(edition::Column::Id)
        .all(db)
        .await?
    {
        let status = super::editions::status_of(&model)?;
        if !matches!(
            status,
            EditionStatus::Draft | EditionStatus::Announced | EditionStatus::Archived
        ) {
            names.push(model.name);
        }
    }
    Ok(names)
}

/// The editions in draft whose rubric has `key`, locked; `InUse` when an edition past its draft
/// and not yet announced scores against it.
/// The editions in draft whose rubric has `key`, and the rounds of editions in draft that
/// score against their own rubric with `key` (by id); refused while an edition past its draft
/// and not yet announced scores against it, itself or in a round.
async fn editions_to_adopt(
    txn: &impl ConnectionTrait,
    key: &str,
) -> Result<(Vec<edition::Model>, Vec<i32>), SaveError> {
    let snapshot_ids: Vec<i32> = snapshot::Entity::find()
        .filter(snapshot::Column::Key.eq(key))
        .all(txn)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let rounds = round::Entity::find()
        .filter(round::Column::RubricId.is_in(snapshot_ids.clone()))
        .all(txn)
        .await?;
    let mut ids: Vec<i32> = edition::Entity::find()
        .filter(edition::Column::RubricId.is_in(snapshot_ids.clone()))
        .all(txn)
        .await?
        .into_iter()
        .map(|e| e.id)
        .chain(rounds.iter().map(|r| r.edition_id))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut drafts = Vec::new();
    let mut draft_rounds = Vec::new();
    let mut in_use = Vec::new();
    for id in ids {
        let Some(model) = super::editions::locked(txn, id).await? else {
            continue;
        };
        match super::editions::status_of(&model)? {
            EditionStatus::Draft => {
                // Read again under the edition's lock: a plan of rounds saved meanwhile may
                // have given a round another rubric, which must stay.
                let still = round::Entity::find()
                    .filter(round::Column::EditionId.eq(id))
                    .filter(round::Column::RubricId.is_in(snapshot_ids.clone()))
                    .all(txn)
                    .await?;
                draft_rounds.extend(still.into_iter().map(|r| r.id));
                if snapshot_ids.contains(&model.rubric_id) {
                    drafts.push(model);
                }
            }
            EditionStatus::Announced | EditionStatus::Archived => {}
            _ => in_use.push(model.name),
        }
    }
    if in_use.is_empty() {
        Ok((drafts, draft_rounds))
    } else {
        Err(SaveError::InUse(in_use))
    }
}

async fn record(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor_id: i32,
    action: &str,
    rubric: &Rubric,
    mut details: serde_json::Value,
) -> Result<(), DbErr> {
    let hash = rubric
        .content_hash()
        .map_err(|e| DbErr::Custom(format!("rubric {}: {e}", rubric.key)))?;
    details["content_hash"] = json!(hash);
    audit::record(
        txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action,
            subject_type: "rubric",
            subject_id: Some(rubric.key.clone()),
            details,
        },
    )
    .await
}
