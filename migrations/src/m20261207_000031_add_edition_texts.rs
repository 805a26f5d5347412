//! An edition's call texts beyond its name: the introduction to the call, and the name and
//! introduction in other languages (JSON, see `domain::edition_texts`); existing editions have
//! none.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000004_create_editions::Editions;

#[derive(DeriveIden, Clone, Copy)]
enum Added {
    Texts,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .add_column(text(Added::Texts).default("{}"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Editions::Table)
                    .drop_column(Added::Texts)
                    .to_owned(),
            )
            .await
    }
}
