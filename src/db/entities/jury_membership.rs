//! Entity for the `jury_memberships` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jury_memberships")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub edition_id: i32,
    pub user_id: i32,
    pub jury_role: String,
    pub affiliation: String,
    pub country: String,
    pub languages: String,
    pub created_at: DateTimeUtc,
    pub round_id: Option<i32>,
}

impl ActiveModelBehavior for ActiveModel {}
