//! Submitted versions of an application: immutable snapshots, one per submission act.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SubmissionSnapshots {
    Table,
    Id,
    SubmissionId,
    Number,
    Content,
    SubmittedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SubmissionSnapshots::Table)
                    .col(pk_auto(SubmissionSnapshots::Id))
                    .col(integer(SubmissionSnapshots::SubmissionId))
                    .col(integer(SubmissionSnapshots::Number))
                    .col(text(SubmissionSnapshots::Content))
                    .col(timestamp_with_time_zone(SubmissionSnapshots::SubmittedAt))
                    .foreign_key(&mut crate::foreign_key(
                        SubmissionSnapshots::Table,
                        SubmissionSnapshots::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "submission_snapshots",
                "submission_number",
                &["submission_id", "number"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionSnapshots::Table).to_owned())
            .await
    }
}
