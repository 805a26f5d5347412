//! Which round each jury membership (the round's panel), assignment, consensus score and award
//! decision belongs to, and when a round closed (its shortlist adopted). Every existing row
//! belongs to its edition's first round, the only one any edition has so far.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Rounds {
    Table,
    ClosedAt,
}

#[derive(DeriveIden)]
enum RoundId {
    RoundId,
}

/// The tables that gain a round, with how a row finds its edition.
const OWNED: [(&str, &str); 4] = [
    ("jury_memberships", "jury_memberships.edition_id"),
    ("award_decisions", "award_decisions.edition_id"),
    (
        "assignments",
        "(SELECT s.edition_id FROM submissions s WHERE s.id = assignments.submission_id)",
    ),
    (
        "consensus_scores",
        "(SELECT s.edition_id FROM submissions s WHERE s.id = consensus_scores.submission_id)",
    ),
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .add_column(timestamp_with_time_zone_null(Rounds::ClosedAt))
                    .to_owned(),
            )
            .await?;
        for (table, edition) in OWNED {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(integer_null(RoundId::RoundId))
                        .to_owned(),
                )
                .await?;
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "UPDATE {table} SET round_id = (SELECT r.id FROM rounds r \
                     WHERE r.edition_id = {edition} AND r.position = 1)"
                ))
                .await?;
            manager
                .create_index(
                    Index::create()
                        .name(format!("idx_{table}_round"))
                        .table(Alias::new(table))
                        .col(RoundId::RoundId)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, _) in OWNED {
            manager
                .drop_index(
                    Index::drop()
                        .name(format!("idx_{table}_round"))
                        .table(Alias::new(table))
                        .to_owned(),
                )
                .await?;
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(RoundId::RoundId)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::ClosedAt)
                    .to_owned(),
            )
            .await
    }
}
