//! Entity for the `submissions` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub edition_id: i32,
    pub category_id: Option<i32>,
    pub lead_organisation_id: i32,
    pub applicant_user_id: i32,
    pub status: String,
    pub language: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub start_date: Option<Date>,
    pub end_date: Option<Date>,
    pub is_ongoing: bool,
    pub budget_total_cents: Option<i64>,
    pub beneficiaries: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    pub version: i32,
    pub submitted_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub eligibility: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub eligibility_rules: Option<String>,
    pub eligibility_checked_at: Option<DateTimeUtc>,
    pub eligibility_override: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub eligibility_override_reason: Option<String>,
    pub eligibility_override_by: Option<i32>,
    pub eligibility_override_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
