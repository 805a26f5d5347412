//! Entity for the `consensus_scores` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consensus_scores")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    pub criterion_key: String,
    pub half_points: i16,
    #[sea_orm(column_type = "Text")]
    pub comment: String,
    #[sea_orm(column_type = "Text")]
    pub dissent: String,
    pub recorded_by: i32,
    pub recorded_at: DateTimeUtc,
    pub round_id: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}
