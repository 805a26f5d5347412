//! Entity for the `shortlist_choices` table (mirrors the migration that creates it).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "shortlist_choices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub round_id: i32,
    pub submission_id: i32,
    pub position: i32,
    pub shortlisted: bool,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
}

impl ActiveModelBehavior for ActiveModel {}
