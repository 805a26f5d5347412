//! How many panel members each round asks to score a submission, and the shortlist a round
//! adopts: who recorded it and when, then the chair's confirmation that closes the round; with
//! the committee's choice on every ranked submission (its place, taken in or not, and the
//! reason for a choice out of rank order).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveIden)]
enum Rounds {
    Table,
    JurorsPerSubmission,
    ShortlistRecordedAt,
    ShortlistRecordedBy,
    ClosedBy,
}

#[derive(DeriveIden)]
enum ShortlistChoices {
    Table,
    Id,
    RoundId,
    SubmissionId,
    Position,
    Shortlisted,
    Reason,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            integer(Rounds::JurorsPerSubmission).default(3).to_owned(),
            timestamp_with_time_zone_null(Rounds::ShortlistRecordedAt),
            integer_null(Rounds::ShortlistRecordedBy),
            integer_null(Rounds::ClosedBy),
        ];
        for column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Rounds::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ShortlistChoices::Table)
                    .col(pk_auto(ShortlistChoices::Id))
                    .col(integer(ShortlistChoices::RoundId))
                    .col(integer(ShortlistChoices::SubmissionId))
                    .col(integer(ShortlistChoices::Position))
                    .col(boolean(ShortlistChoices::Shortlisted))
                    .col(text(ShortlistChoices::Reason))
                    .foreign_key(&mut crate::foreign_key(
                        ShortlistChoices::Table,
                        ShortlistChoices::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        ShortlistChoices::Table,
                        ShortlistChoices::SubmissionId,
                        Submissions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "shortlist_choices",
                "round_submission",
                &["round_id", "submission_id"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ShortlistChoices::Table).to_owned())
            .await?;
        for column in [
            Rounds::JurorsPerSubmission,
            Rounds::ShortlistRecordedAt,
            Rounds::ShortlistRecordedBy,
            Rounds::ClosedBy,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Rounds::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
