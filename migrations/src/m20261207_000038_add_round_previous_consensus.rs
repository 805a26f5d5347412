//! Whether a round's panel reads the consensus comments of the round before it (never its
//! scores by juror or its jurors' names).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Rounds {
    Table,
    SeesPreviousConsensus,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .add_column(boolean(Rounds::SeesPreviousConsensus).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::SeesPreviousConsensus)
                    .to_owned(),
            )
            .await
    }
}
