//! Award decisions: prizes the jury adopted, with rationale and vote.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;
use crate::m20261122_000004_create_editions::Editions;
use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AwardDecisions {
    Table,
    Id,
    EditionId,
    SubmissionId,
    Prize,
    Rationale,
    VotesFor,
    VotesAgainst,
    VotesAbstain,
    ExAequo,
    ConfirmedBy,
    ConfirmedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AwardDecisions::Table)
                    .col(pk_auto(AwardDecisions::Id))
                    .col(integer(AwardDecisions::EditionId))
                    .col(integer(AwardDecisions::SubmissionId))
                    .col(string_len(AwardDecisions::Prize, 32))
                    .col(text(AwardDecisions::Rationale))
                    .col(integer(AwardDecisions::VotesFor))
                    .col(integer(AwardDecisions::VotesAgainst))
                    .col(integer(AwardDecisions::VotesAbstain))
                    .col(boolean(AwardDecisions::ExAequo).default(false))
                    .col(integer_null(AwardDecisions::ConfirmedBy))
                    .col(timestamp_with_time_zone_null(AwardDecisions::ConfirmedAt))
                    .col(timestamp_with_time_zone(AwardDecisions::CreatedAt))
                    .foreign_key(&mut crate::foreign_key(
                        AwardDecisions::Table,
                        AwardDecisions::EditionId,
                        Editions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        AwardDecisions::Table,
                        AwardDecisions::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        AwardDecisions::Table,
                        AwardDecisions::ConfirmedBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "award_decisions",
                "edition_submission_prize",
                &["edition_id", "submission_id", "prize"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AwardDecisions::Table).to_owned())
            .await
    }
}
