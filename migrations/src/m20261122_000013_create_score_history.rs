//! Score history: every write to a score, with who, when, the old and the new value.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;
use crate::m20261122_000012_create_scores::Scores;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ScoreHistory {
    Table,
    Id,
    ScoreId,
    ChangedBy,
    ChangedAt,
    OldHalfPoints,
    NewHalfPoints,
    OldComment,
    NewComment,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ScoreHistory::Table)
                    .col(pk_auto(ScoreHistory::Id))
                    .col(integer(ScoreHistory::ScoreId))
                    .col(integer(ScoreHistory::ChangedBy))
                    .col(timestamp_with_time_zone(ScoreHistory::ChangedAt))
                    .col(small_integer_null(ScoreHistory::OldHalfPoints))
                    .col(small_integer_null(ScoreHistory::NewHalfPoints))
                    .col(text_null(ScoreHistory::OldComment))
                    .col(text_null(ScoreHistory::NewComment))
                    .col(integer(ScoreHistory::Revision))
                    .foreign_key(&mut crate::foreign_key(
                        ScoreHistory::Table,
                        ScoreHistory::ScoreId,
                        Scores::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        ScoreHistory::Table,
                        ScoreHistory::ChangedBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index("score_history", "score", &["score_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ScoreHistory::Table).to_owned())
            .await
    }
}
