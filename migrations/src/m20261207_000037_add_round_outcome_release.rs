//! Whether applicants left out of a round's shortlist learn it as soon as the shortlist is
//! confirmed, or (the default) with the announcement of the winners.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Rounds {
    Table,
    OutcomeAtOnce,
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
                    .add_column(boolean(Rounds::OutcomeAtOnce).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::OutcomeAtOnce)
                    .to_owned(),
            )
            .await
    }
}
