//! Submissions: an applicant's project, from draft to decision.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000001_create_organisations::Organisations;
use crate::m20261122_000002_create_users::Users;
use crate::m20261122_000004_create_editions::Editions;
use crate::m20261122_000005_create_categories::Categories;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Submissions {
    Table,
    Id,
    EditionId,
    CategoryId,
    LeadOrganisationId,
    ApplicantUserId,
    Status,
    Language,
    Title,
    Summary,
    StartDate,
    EndDate,
    IsOngoing,
    BudgetTotalCents,
    Beneficiaries,
    Answers,
    Version,
    SubmittedAt,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(pk_auto(Submissions::Id))
                    .col(integer(Submissions::EditionId))
                    .col(integer_null(Submissions::CategoryId))
                    .col(integer(Submissions::LeadOrganisationId))
                    .col(integer(Submissions::ApplicantUserId))
                    .col(string_len(Submissions::Status, 24))
                    .col(string_len(Submissions::Language, 8))
                    .col(string(Submissions::Title))
                    .col(text(Submissions::Summary))
                    .col(date_null(Submissions::StartDate))
                    .col(date_null(Submissions::EndDate))
                    .col(boolean(Submissions::IsOngoing).default(false))
                    .col(big_integer_null(Submissions::BudgetTotalCents))
                    .col(big_integer_null(Submissions::Beneficiaries))
                    .col(text(Submissions::Answers))
                    .col(integer(Submissions::Version).default(1))
                    .col(timestamp_with_time_zone_null(Submissions::SubmittedAt))
                    .col(timestamp_with_time_zone(Submissions::CreatedAt))
                    .col(timestamp_with_time_zone(Submissions::UpdatedAt))
                    .foreign_key(&mut crate::foreign_key(
                        Submissions::Table,
                        Submissions::EditionId,
                        Editions::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        Submissions::Table,
                        Submissions::CategoryId,
                        Categories::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        Submissions::Table,
                        Submissions::LeadOrganisationId,
                        Organisations::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        Submissions::Table,
                        Submissions::ApplicantUserId,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index(
                "submissions",
                "edition_status",
                &["edition_id", "status"],
            ))
            .await?;
        manager
            .create_index(crate::index(
                "submissions",
                "applicant",
                &["applicant_user_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Submissions::Table).to_owned())
            .await
    }
}
