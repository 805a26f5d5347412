//! Consensus scores: per submission and criterion, what the jury agreed, with dissent noted.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;
use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConsensusScores {
    Table,
    Id,
    SubmissionId,
    CriterionKey,
    HalfPoints,
    Comment,
    Dissent,
    RecordedBy,
    RecordedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsensusScores::Table)
                    .col(pk_auto(ConsensusScores::Id))
                    .col(integer(ConsensusScores::SubmissionId))
                    .col(string_len(ConsensusScores::CriterionKey, 64))
                    .col(small_integer(ConsensusScores::HalfPoints))
                    .col(text(ConsensusScores::Comment))
                    .col(text(ConsensusScores::Dissent))
                    .col(integer(ConsensusScores::RecordedBy))
                    .col(timestamp_with_time_zone(ConsensusScores::RecordedAt))
                    .foreign_key(&mut crate::foreign_key(
                        ConsensusScores::Table,
                        ConsensusScores::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        ConsensusScores::Table,
                        ConsensusScores::RecordedBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "consensus_scores",
                "submission_criterion",
                &["submission_id", "criterion_key"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ConsensusScores::Table).to_owned())
            .await
    }
}
