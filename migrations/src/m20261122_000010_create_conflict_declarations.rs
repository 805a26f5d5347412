//! Conflict-of-interest declarations of jurors towards submissions, and their decisions.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;
use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConflictDeclarations {
    Table,
    Id,
    SubmissionId,
    JurorId,
    Level,
    ReasonCode,
    Details,
    Decision,
    DecidedBy,
    DecidedAt,
    DeclaredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConflictDeclarations::Table)
                    .col(pk_auto(ConflictDeclarations::Id))
                    .col(integer(ConflictDeclarations::SubmissionId))
                    .col(integer(ConflictDeclarations::JurorId))
                    .col(string_len(ConflictDeclarations::Level, 16))
                    .col(string_len_null(ConflictDeclarations::ReasonCode, 32))
                    .col(text(ConflictDeclarations::Details))
                    .col(string_len_null(ConflictDeclarations::Decision, 16))
                    .col(integer_null(ConflictDeclarations::DecidedBy))
                    .col(timestamp_with_time_zone_null(
                        ConflictDeclarations::DecidedAt,
                    ))
                    .col(timestamp_with_time_zone(ConflictDeclarations::DeclaredAt))
                    .foreign_key(&mut crate::foreign_key(
                        ConflictDeclarations::Table,
                        ConflictDeclarations::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        ConflictDeclarations::Table,
                        ConflictDeclarations::JurorId,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        ConflictDeclarations::Table,
                        ConflictDeclarations::DecidedBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "conflict_declarations",
                "submission_juror",
                &["submission_id", "juror_id"],
            ))
            .await?;
        manager
            .create_index(crate::index(
                "conflict_declarations",
                "juror",
                &["juror_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ConflictDeclarations::Table).to_owned())
            .await
    }
}
