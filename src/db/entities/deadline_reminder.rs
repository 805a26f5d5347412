//! Entity for the `deadline_reminders` table (mirrors the migration that creates it).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deadline_reminders")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub days_before: i32,
    pub sent_at: DateTimeUtc,
    pub recipients: i32,
}

impl ActiveModelBehavior for ActiveModel {}
