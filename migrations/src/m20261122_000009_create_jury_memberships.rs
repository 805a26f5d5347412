//! Jury memberships: who sits on the jury of which edition, and in what role.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;
use crate::m20261122_000004_create_editions::Editions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum JuryMemberships {
    Table,
    Id,
    EditionId,
    UserId,
    JuryRole,
    Affiliation,
    Country,
    Languages,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JuryMemberships::Table)
                    .col(pk_auto(JuryMemberships::Id))
                    .col(integer(JuryMemberships::EditionId))
                    .col(integer(JuryMemberships::UserId))
                    .col(string_len(JuryMemberships::JuryRole, 16))
                    .col(string(JuryMemberships::Affiliation))
                    .col(string_len(JuryMemberships::Country, 2))
                    .col(string(JuryMemberships::Languages))
                    .col(timestamp_with_time_zone(JuryMemberships::CreatedAt))
                    .foreign_key(&mut crate::foreign_key(
                        JuryMemberships::Table,
                        JuryMemberships::EditionId,
                        Editions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::foreign_key(
                        JuryMemberships::Table,
                        JuryMemberships::UserId,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index(
                "jury_memberships",
                "edition_user",
                &["edition_id", "user_id"],
            ))
            .await?;
        manager
            .create_index(crate::index("jury_memberships", "user", &["user_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(JuryMemberships::Table).to_owned())
            .await
    }
}
