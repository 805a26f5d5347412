//! Entity for the `editions` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "editions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub year: i32,
    pub status: String,
    pub time_zone: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub rubric_id: i32,
    pub shortlist_size: i32,
    pub languages: String,
    #[sea_orm(column_type = "Text")]
    pub settings: String,
    pub peer_scores: String,
    pub scoring_deadline: Option<DateTimeUtc>,
    pub official_method: Option<String>,
    pub official_method_at: Option<DateTimeUtc>,
    pub results_seed: Option<i64>,
    pub results_first_shown_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text")]
    pub texts: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
