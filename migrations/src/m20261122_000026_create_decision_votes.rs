//! The jury's vote on each award decision, juror by juror (conflicted jurors never appear), and
//! the name of a special prize.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AwardDecisions {
    Table,
    SpecialName,
}

#[derive(DeriveIden)]
enum DecisionVotes {
    Table,
    Id,
    DecisionId,
    JurorId,
    Vote,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AwardDecisions::Table)
                    .add_column(string_len_null(AwardDecisions::SpecialName, 200))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DecisionVotes::Table)
                    .col(pk_auto(DecisionVotes::Id))
                    .col(integer(DecisionVotes::DecisionId))
                    .col(integer(DecisionVotes::JurorId))
                    .col(string_len(DecisionVotes::Vote, 16))
                    .foreign_key(&mut crate::foreign_key(
                        DecisionVotes::Table,
                        DecisionVotes::DecisionId,
                        AwardDecisions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        DecisionVotes::Table,
                        DecisionVotes::JurorId,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "decision_votes",
                "decision_juror",
                &["decision_id", "juror_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DecisionVotes::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AwardDecisions::Table)
                    .drop_column(AwardDecisions::SpecialName)
                    .to_owned(),
            )
            .await
    }
}
