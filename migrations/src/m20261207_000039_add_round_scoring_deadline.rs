//! When a round's scorecards are due, if it says (otherwise the edition's scoring deadline).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Rounds {
    Table,
    ScoringDeadline,
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
                    .add_column(timestamp_with_time_zone_null(Rounds::ScoringDeadline))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::ScoringDeadline)
                    .to_owned(),
            )
            .await
    }
}
