//! Entity for the `assignments` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    pub juror_id: i32,
    pub phase: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub overall_comment: String,
    pub revision: i32,
    pub submitted_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub suspended: bool,
    pub version: i32,
    pub round_id: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}
