//! Entity for the `submission_sdgs` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_sdgs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub goal: i16,
    pub is_primary: bool,
    pub targets: String,
}

impl ActiveModelBehavior for ActiveModel {}
