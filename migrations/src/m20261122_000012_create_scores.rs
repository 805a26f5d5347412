//! Individual scores: one per assignment (juror x submission x phase) and criterion.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000011_create_assignments::Assignments;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Scores {
    Table,
    Id,
    AssignmentId,
    CriterionKey,
    HalfPoints,
    Comment,
    Version,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Scores::Table)
                    .col(pk_auto(Scores::Id))
                    .col(integer(Scores::AssignmentId))
                    .col(string_len(Scores::CriterionKey, 64))
                    .col(small_integer_null(Scores::HalfPoints))
                    .col(text(Scores::Comment).default(""))
                    .col(integer(Scores::Version).default(1))
                    .col(timestamp_with_time_zone(Scores::UpdatedAt))
                    .check(Expr::col(Scores::HalfPoints).gte(0))
                    .foreign_key(&mut crate::foreign_key(
                        Scores::Table,
                        Scores::AssignmentId,
                        Assignments::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "scores",
                "assignment_criterion",
                &["assignment_id", "criterion_key"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Scores::Table).to_owned())
            .await
    }
}
