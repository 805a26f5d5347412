//! An edition's rounds of evaluation: read in their order, and the single jury round every new
//! edition starts with.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::entities::round;
use crate::domain::round::{Round, RoundOutcome};

fn to_round(model: round::Model) -> Result<Round, DbErr> {
    let number = |value: i32| u32::try_from(value).map_err(|e| DbErr::Custom(e.to_string()));
    Ok(Round {
        id: model.id,
        edition_id: model.edition_id,
        position: number(model.position)?,
        name: model.name,
        consensus: model.consensus,
        outcome: match model.shortlist_size {
            Some(size) => RoundOutcome::Shortlist(number(size)?),
            None => RoundOutcome::Prizes,
        },
    })
}

/// An edition's rounds, first first.
pub async fn of_edition(db: &impl ConnectionTrait, edition_id: i32) -> Result<Vec<Round>, DbErr> {
    round::Entity::find()
        .filter(round::Column::EditionId.eq(edition_id))
        .order_by_asc(round::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(to_round)
        .collect()
}

/// The round an edition evaluates in now: its first round not closed (a round closes when its
/// shortlist is adopted; the round deciding the prizes never does).
pub async fn current_id(db: &impl ConnectionTrait, edition_id: i32) -> Result<i32, DbErr> {
    round::Entity::find()
        .filter(round::Column::EditionId.eq(edition_id))
        .filter(round::Column::ClosedAt.is_null())
        .order_by_asc(round::Column::Position)
        .one(db)
        .await?
        .map(|r| r.id)
        .ok_or_else(|| DbErr::RecordNotFound(format!("an open round of edition {edition_id}")))
}

/// Every edition's current round: edition id to round id.
pub async fn current_ids(db: &impl ConnectionTrait) -> Result<HashMap<i32, i32>, DbErr> {
    let mut current = HashMap::new();
    for r in round::Entity::find()
        .filter(round::Column::ClosedAt.is_null())
        .order_by_desc(round::Column::Position)
        .all(db)
        .await?
    {
        current.insert(r.edition_id, r.id);
    }
    Ok(current)
}

/// The round that decides an edition's prizes: its last.
pub async fn final_id(db: &impl ConnectionTrait, edition_id: i32) -> Result<i32, DbErr> {
    round::Entity::find()
        .filter(round::Column::EditionId.eq(edition_id))
        .order_by_desc(round::Column::Position)
        .one(db)
        .await?
        .map(|r| r.id)
        .ok_or_else(|| DbErr::RecordNotFound(format!("the rounds of edition {edition_id}")))
}

/// Gives a new edition its one round: the jury, deciding the prizes after a consensus (in the
/// caller's transaction).
pub async fn create_single_jury(
    db: &impl ConnectionTrait,
    edition_id: i32,
    now: DateTime<Utc>,
) -> Result<Round, DbErr> {
    let model = round::ActiveModel {
        edition_id: Set(edition_id),
        position: Set(1),
        name: Set(None),
        consensus: Set(true),
        shortlist_size: Set(None),
        created_at: Set(now),
        closed_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    to_round(model)
}
