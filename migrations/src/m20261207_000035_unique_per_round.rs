//! A person sits once on each round's panel, scores a submission once in each round, and a
//! submission has one consensus score per criterion in each round: the unique indexes that held
//! per edition now hold per round.

use sea_orm_migration::prelude::*;

/// A unique index: its name's suffix and its columns.
type Unique = (&'static str, &'static [&'static str]);

/// Each table's unique index: (table, old, new).
const MOVED: [(&str, Unique, Unique); 3] = [
    (
        "jury_memberships",
        ("edition_user", &["edition_id", "user_id"]),
        ("round_user", &["round_id", "user_id"]),
    ),
    (
        "assignments",
        (
            "submission_juror_phase",
            &["submission_id", "juror_id", "phase"],
        ),
        (
            "round_submission_juror",
            &["round_id", "submission_id", "juror_id"],
        ),
    ),
    (
        "consensus_scores",
        ("submission_criterion", &["submission_id", "criterion_key"]),
        (
            "round_submission_criterion",
            &["round_id", "submission_id", "criterion_key"],
        ),
    ),
];

async fn swap(
    manager: &SchemaManager<'_>,
    table: &str,
    (drop_suffix, _): Unique,
    (create_suffix, create_columns): Unique,
) -> Result<(), DbErr> {
    manager
        .drop_index(
            Index::drop()
                .name(format!("uq_{table}_{drop_suffix}"))
                .table(Alias::new(table))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(crate::unique_index(table, create_suffix, create_columns))
        .await
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, old, new) in MOVED {
            swap(manager, table, old, new).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, old, new) in MOVED {
            swap(manager, table, new, old).await?;
        }
        Ok(())
    }
}
