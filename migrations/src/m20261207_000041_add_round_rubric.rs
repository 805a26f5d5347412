//! A round may score against its own rubric snapshot (rounds may use different rubrics); none:
//! the edition's rubric, as every round before this column.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Rounds {
    Table,
    RubricId,
}

#[derive(DeriveIden)]
enum Rubrics {
    Table,
    Id,
}

const FOREIGN_KEY: &str = "fk_rounds_rubric";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .add_column(integer_null(Rounds::RubricId))
                    .to_owned(),
            )
            .await?;
        // SQLite cannot add a foreign key to an existing table; PostgreSQL checks it.
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            manager
                .create_foreign_key(
                    ForeignKey::create()
                        .name(FOREIGN_KEY)
                        .from(Rounds::Table, Rounds::RubricId)
                        .to(Rubrics::Table, Rubrics::Id)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            manager
                .drop_foreign_key(
                    ForeignKey::drop()
                        .name(FOREIGN_KEY)
                        .table(Rounds::Table)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::RubricId)
                    .to_owned(),
            )
            .await
    }
}
