//! Entity for the `rounds` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rounds")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub edition_id: i32,
    pub position: i32,
    pub name: Option<String>,
    pub consensus: bool,
    pub shortlist_size: Option<i32>,
    pub created_at: DateTimeUtc,
    pub closed_at: Option<DateTimeUtc>,
    pub jurors_per_submission: i32,
    pub shortlist_recorded_at: Option<DateTimeUtc>,
    pub shortlist_recorded_by: Option<i32>,
    pub closed_by: Option<i32>,
    pub outcome_at_once: bool,
    pub sees_previous_consensus: bool,
    pub scoring_deadline: Option<DateTimeUtc>,
    pub peer_scores: Option<String>,
    pub rubric_id: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}
