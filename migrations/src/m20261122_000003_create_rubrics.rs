//! Rubric snapshots: the exact criteria an edition adopted, keyed by content hash.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Rubrics {
    Table,
    Id,
    Key,
    Name,
    ContentHash,
    Snapshot,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Rubrics::Table)
                    .col(pk_auto(Rubrics::Id))
                    .col(string(Rubrics::Key))
                    .col(string(Rubrics::Name))
                    .col(string_len(Rubrics::ContentHash, 64))
                    .col(text(Rubrics::Snapshot))
                    .col(timestamp_with_time_zone(Rubrics::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "rubrics",
                "key_hash",
                &["key", "content_hash"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Rubrics::Table).to_owned())
            .await
    }
}
