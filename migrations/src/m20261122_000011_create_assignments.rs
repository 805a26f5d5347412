//! Assignments of jurors to submissions, per evaluation phase, with scorecard state.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;
use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Assignments {
    Table,
    Id,
    SubmissionId,
    JurorId,
    Phase,
    Status,
    OverallComment,
    Revision,
    SubmittedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Assignments::Table)
                    .col(pk_auto(Assignments::Id))
                    .col(integer(Assignments::SubmissionId))
                    .col(integer(Assignments::JurorId))
                    .col(string_len(Assignments::Phase, 16))
                    .col(string_len(Assignments::Status, 16))
                    .col(text(Assignments::OverallComment).default(""))
                    .col(integer(Assignments::Revision).default(1))
                    .col(timestamp_with_time_zone_null(Assignments::SubmittedAt))
                    .col(timestamp_with_time_zone(Assignments::CreatedAt))
                    .foreign_key(&mut crate::foreign_key(
                        Assignments::Table,
                        Assignments::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        Assignments::Table,
                        Assignments::JurorId,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "assignments",
                "submission_juror_phase",
                &["submission_id", "juror_id", "phase"],
            ))
            .await?;
        manager
            .create_index(crate::index("assignments", "juror", &["juror_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Assignments::Table).to_owned())
            .await
    }
}
