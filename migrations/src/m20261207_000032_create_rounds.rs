//! An edition's rounds of evaluation, in order: each round's name (none: the interface's default
//! name for a single jury), whether it ends with a consensus, and the size of the shortlist it
//! passes on (none: it decides the prizes). Every existing edition gets one round: its jury,
//! deciding the prizes after a consensus, as it always did.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000004_create_editions::Editions;

#[derive(DeriveIden)]
enum Rounds {
    Table,
    Id,
    EditionId,
    Position,
    Name,
    Consensus,
    ShortlistSize,
    CreatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Rounds::Table)
                    .col(pk_auto(Rounds::Id))
                    .col(integer(Rounds::EditionId))
                    .col(integer(Rounds::Position))
                    .col(string_len_null(Rounds::Name, 80))
                    .col(boolean(Rounds::Consensus).default(true))
                    .col(integer_null(Rounds::ShortlistSize))
                    .col(timestamp_with_time_zone(Rounds::CreatedAt))
                    .foreign_key(&mut crate::foreign_key(
                        Rounds::Table,
                        Rounds::EditionId,
                        Editions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "rounds",
                "edition_position",
                &["edition_id", "position"],
            ))
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO rounds (edition_id, position, consensus, created_at) \
                 SELECT id, 1, TRUE, created_at FROM editions",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Rounds::Table).to_owned())
            .await
    }
}
