//! Entity for the `award_decisions` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "award_decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub edition_id: i32,
    pub submission_id: i32,
    pub prize: String,
    #[sea_orm(column_type = "Text")]
    pub rationale: String,
    pub votes_for: i32,
    pub votes_against: i32,
    pub votes_abstain: i32,
    pub ex_aequo: bool,
    pub confirmed_by: Option<i32>,
    pub confirmed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub special_name: Option<String>,
    pub round_id: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}
