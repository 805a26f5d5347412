//! Rubric snapshots: storing the exact rubric an edition adopts, found again by key and hash.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::entities::rubric;
use crate::domain::rubric::Rubric;

/// Stores a snapshot of `rubric` unless an identical one (same key and hash) exists; returns
/// the snapshot's id.
pub async fn snapshot(
    db: &impl ConnectionTrait,
    rubric: &Rubric,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let hash = rubric
        .content_hash()
        .map_err(|e| DbErr::Custom(format!("rubric {}: {e}", rubric.key)))?;
    if let Some(existing) = rubric::Entity::find()
        .filter(rubric::Column::Key.eq(&rubric.key))
        .filter(rubric::Column::ContentHash.eq(&hash))
        .one(db)
        .await?
    {
        return Ok(existing.id);
    }
    let snapshot = rubric
        .snapshot_json()
        .map_err(|e| DbErr::Custom(format!("rubric {}: {e}", rubric.key)))?;
    let model = rubric::ActiveModel {
        key: Set(rubric.key.clone()),
        name: Set(rubric.name.clone()),
        content_hash: Set(hash),
        snapshot: Set(snapshot),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(model.id)
}

/// Reads a stored snapshot back as a rubric, with its hash.
pub async fn load(db: &impl ConnectionTrait, id: i32) -> Result<(Rubric, String), DbErr> {
    let model = rubric::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("rubric {id}")))?;
    let rubric = Rubric::from_snapshot_json(&model.snapshot)
        .map_err(|e| DbErr::Custom(format!("rubric snapshot {id}: {e}")))?;
    Ok((rubric, model.content_hash))
}
