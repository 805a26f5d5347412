//! The rubrics the secretariat made in the browser (the files in `rubrics/` stay the shipped,
//! read-only library): each by its key, as a rubric's snapshot JSON, with a version that every
//! save raises so that a stale save is refused.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum LibraryRubrics {
    Table,
    Id,
    Key,
    Rubric,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LibraryRubrics::Table)
                    .col(pk_auto(LibraryRubrics::Id))
                    .col(string_len(LibraryRubrics::Key, 80))
                    .col(text(LibraryRubrics::Rubric))
                    .col(big_integer(LibraryRubrics::Version).default(1))
                    .col(timestamp_with_time_zone(LibraryRubrics::CreatedAt))
                    .col(timestamp_with_time_zone(LibraryRubrics::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index("library_rubrics", "key", &["key"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LibraryRubrics::Table).to_owned())
            .await
    }
}
