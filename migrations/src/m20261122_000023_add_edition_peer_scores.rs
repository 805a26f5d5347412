//! When jurors see each other's scores, chosen per edition (`at_consensus` by default), and the
//! optional date by which jurors are asked to submit their scorecards.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000004_create_editions::Editions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Added {
    PeerScores,
    ScoringDeadline,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len(Added::PeerScores, 24)
                .default("at_consensus")
                .to_owned(),
            timestamp_with_time_zone_null(Added::ScoringDeadline),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Editions::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Added::ScoringDeadline, Added::PeerScores] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Editions::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
