//! The Sustainable Development Goals and targets a submission contributes to.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SubmissionSdgs {
    Table,
    SubmissionId,
    Goal,
    IsPrimary,
    Targets,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SubmissionSdgs::Table)
                    .col(integer(SubmissionSdgs::SubmissionId))
                    .col(small_integer(SubmissionSdgs::Goal))
                    .col(boolean(SubmissionSdgs::IsPrimary))
                    .col(string(SubmissionSdgs::Targets).default(""))
                    .primary_key(
                        Index::create()
                            .col(SubmissionSdgs::SubmissionId)
                            .col(SubmissionSdgs::Goal),
                    )
                    .foreign_key(&mut crate::foreign_key(
                        SubmissionSdgs::Table,
                        SubmissionSdgs::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index("submission_sdgs", "goal", &["goal"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionSdgs::Table).to_owned())
            .await
    }
}
