//! PDF attachments of applications, stored on disk under their content hash.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachments {
    Table,
    Id,
    SubmissionId,
    FileName,
    ContentHash,
    SizeBytes,
    UploadedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Attachments::Table)
                    .col(pk_auto(Attachments::Id))
                    .col(integer(Attachments::SubmissionId))
                    .col(string(Attachments::FileName))
                    .col(string_len(Attachments::ContentHash, 64))
                    .col(big_integer(Attachments::SizeBytes))
                    .col(timestamp_with_time_zone(Attachments::UploadedAt))
                    .foreign_key(&mut crate::foreign_key(
                        Attachments::Table,
                        Attachments::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index(
                "attachments",
                "submission",
                &["submission_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Attachments::Table).to_owned())
            .await
    }
}
