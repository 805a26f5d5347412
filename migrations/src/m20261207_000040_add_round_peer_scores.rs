//! When a round's panel members see each other's scores, if the round says (otherwise as the
//! edition sets it): `at_consensus`, `after_own_scorecard` or `rapporteur_only`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Rounds {
    Table,
    PeerScores,
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
                    .add_column(string_len_null(Rounds::PeerScores, 40))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::PeerScores)
                    .to_owned(),
            )
            .await
    }
}
