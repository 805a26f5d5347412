//! Entity for the `conflict_declarations` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conflict_declarations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub submission_id: i32,
    pub juror_id: i32,
    pub level: String,
    pub reason_code: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub details: String,
    pub decision: Option<String>,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    pub declared_at: DateTimeUtc,
    pub requested_level: Option<String>,
    pub requested_reason_code: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub request_reason: Option<String>,
    pub requested_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
