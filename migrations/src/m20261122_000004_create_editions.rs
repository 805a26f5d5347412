//! Editions of the award, each with its lifecycle state and adopted rubric.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000003_create_rubrics::Rubrics;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Editions {
    Table,
    Id,
    Name,
    Year,
    Status,
    TimeZone,
    OpensAt,
    ClosesAt,
    RubricId,
    ShortlistSize,
    Languages,
    Settings,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Editions::Table)
                    .col(pk_auto(Editions::Id))
                    .col(string(Editions::Name))
                    .col(integer(Editions::Year))
                    .col(string_len(Editions::Status, 24))
                    .col(string(Editions::TimeZone))
                    .col(timestamp_with_time_zone(Editions::OpensAt))
                    .col(timestamp_with_time_zone(Editions::ClosesAt))
                    .col(integer(Editions::RubricId))
                    .col(integer(Editions::ShortlistSize))
                    .col(string(Editions::Languages))
                    .col(text(Editions::Settings))
                    .col(timestamp_with_time_zone(Editions::CreatedAt))
                    .col(timestamp_with_time_zone(Editions::UpdatedAt))
                    .foreign_key(&mut crate::foreign_key(
                        Editions::Table,
                        Editions::RubricId,
                        Rubrics::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index("editions", "rubric", &["rubric_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Editions::Table).to_owned())
            .await
    }
}
