//! The official ranking method of an edition, recorded before results are first shown, with the
//! bootstrap seed that makes its statistics reproducible.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000004_create_editions::Editions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Added {
    OfficialMethod,
    OfficialMethodAt,
    ResultsSeed,
    ResultsFirstShownAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len_null(Added::OfficialMethod, 24),
            timestamp_with_time_zone_null(Added::OfficialMethodAt),
            big_integer_null(Added::ResultsSeed),
            timestamp_with_time_zone_null(Added::ResultsFirstShownAt),
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
        for column in [
            Added::ResultsFirstShownAt,
            Added::ResultsSeed,
            Added::OfficialMethodAt,
            Added::OfficialMethod,
        ] {
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
