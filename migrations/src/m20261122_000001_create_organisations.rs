//! Organisations: local and regional governments and their partners.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Organisations {
    Table,
    Id,
    Name,
    Kind,
    IsLrg,
    Country,
    ContactName,
    ContactEmail,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(pk_auto(Organisations::Id))
                    .col(string(Organisations::Name))
                    .col(string(Organisations::Kind))
                    .col(boolean(Organisations::IsLrg))
                    .col(string_len(Organisations::Country, 2))
                    .col(string_null(Organisations::ContactName))
                    .col(string_null(Organisations::ContactEmail))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index("organisations", "country", &["country"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Organisations::Table).to_owned())
            .await
    }
}
