//! Entity for the `submission_partners` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_partners")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    pub organisation_id: i32,
    pub role: String,
    pub since_year: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}
