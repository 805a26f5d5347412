//! The mail of an edition: which edition each outbox message belongs to (for the edition's Mail
//! page), and which notifications the secretariat switched off for an edition (every one is on
//! unless a row says otherwise).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000004_create_editions::Editions;

#[derive(DeriveIden, Clone, Copy)]
enum Outbox {
    Table,
    EditionId,
}

#[derive(DeriveIden)]
enum EditionMailSettings {
    Table,
    EditionId,
    Kind,
    Enabled,
    UpdatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(integer_null(Outbox::EditionId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index("outbox", "edition", &["edition_id"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EditionMailSettings::Table)
                    .col(integer(EditionMailSettings::EditionId))
                    .col(string_len(EditionMailSettings::Kind, 40))
                    .col(boolean(EditionMailSettings::Enabled))
                    .col(timestamp_with_time_zone(EditionMailSettings::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(EditionMailSettings::EditionId)
                            .col(EditionMailSettings::Kind),
                    )
                    .foreign_key(&mut crate::foreign_key(
                        EditionMailSettings::Table,
                        EditionMailSettings::EditionId,
                        Editions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EditionMailSettings::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_outbox_edition")
                    .table(Outbox::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .drop_column(Outbox::EditionId)
                    .to_owned(),
            )
            .await
    }
}
