//! The partnership behind a submission: partner governments and associates.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000001_create_organisations::Organisations;
use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SubmissionPartners {
    Table,
    Id,
    SubmissionId,
    OrganisationId,
    Role,
    SinceYear,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SubmissionPartners::Table)
                    .col(pk_auto(SubmissionPartners::Id))
                    .col(integer(SubmissionPartners::SubmissionId))
                    .col(integer(SubmissionPartners::OrganisationId))
                    .col(string_len(SubmissionPartners::Role, 24))
                    .col(integer_null(SubmissionPartners::SinceYear))
                    .foreign_key(&mut crate::foreign_key(
                        SubmissionPartners::Table,
                        SubmissionPartners::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        SubmissionPartners::Table,
                        SubmissionPartners::OrganisationId,
                        Organisations::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "submission_partners",
                "submission_org",
                &["submission_id", "organisation_id"],
            ))
            .await?;
        manager
            .create_index(crate::index(
                "submission_partners",
                "organisation",
                &["organisation_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionPartners::Table).to_owned())
            .await
    }
}
