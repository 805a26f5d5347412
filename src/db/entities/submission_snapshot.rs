//! Entity for the `submission_snapshots` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_snapshots")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    pub number: i32,
    #[sea_orm(column_type = "Text")]
    pub content: String,
    pub submitted_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
