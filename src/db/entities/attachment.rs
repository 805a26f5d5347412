//! Entity for the `attachments` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    pub file_name: String,
    pub content_hash: String,
    pub size_bytes: i64,
    pub uploaded_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
