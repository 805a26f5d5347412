//! Deadline reminders already sent: one row per edition and number of days before its deadline,
//! written by whichever instance's sender claims it first, so that each goes out once.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000004_create_editions::Editions;

#[derive(DeriveIden)]
enum DeadlineReminders {
    Table,
    EditionId,
    DaysBefore,
    SentAt,
    Recipients,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DeadlineReminders::Table)
                    .col(integer(DeadlineReminders::EditionId))
                    .col(integer(DeadlineReminders::DaysBefore))
                    .col(timestamp_with_time_zone(DeadlineReminders::SentAt))
                    .col(integer(DeadlineReminders::Recipients))
                    .primary_key(
                        Index::create()
                            .col(DeadlineReminders::EditionId)
                            .col(DeadlineReminders::DaysBefore),
                    )
                    .foreign_key(&mut crate::foreign_key(
                        DeadlineReminders::Table,
                        DeadlineReminders::EditionId,
                        Editions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DeadlineReminders::Table).to_owned())
            .await
    }
}
