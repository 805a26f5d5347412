//! Entity for the `score_history` table (mirrors the migration of the same name).

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "score_history")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub score_id: i32,
    pub changed_by: i32,
    pub changed_at: DateTimeUtc,
    pub old_half_points: Option<i16>,
    pub new_half_points: Option<i16>,
    #[sea_orm(column_type = "Text", nullable)]
    pub old_comment: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub new_comment: Option<String>,
    pub revision: i32,
}

impl ActiveModelBehavior for ActiveModel {}
