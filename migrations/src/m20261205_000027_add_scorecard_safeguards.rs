//! Safeguards for jurors' work: a request to lower a conflict declaration (decided by someone
//! else), a suspended flag that keeps a scorecard out of every use while a conflict excludes its
//! juror, and a scorecard version that every save bumps (the stale-page check).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000011_create_assignments::Assignments;

#[derive(DeriveIden, Clone, Copy)]
enum ConflictDeclarations {
    Table,
    RequestedLevel,
    RequestedReasonCode,
    RequestReason,
    RequestedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Added {
    Suspended,
    Version,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len_null(ConflictDeclarations::RequestedLevel, 16),
            string_len_null(ConflictDeclarations::RequestedReasonCode, 32),
            text_null(ConflictDeclarations::RequestReason),
            timestamp_with_time_zone_null(ConflictDeclarations::RequestedAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ConflictDeclarations::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            boolean(Added::Suspended).default(false).to_owned(),
            integer(Added::Version).default(0).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Assignments::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Added::Version, Added::Suspended] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Assignments::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            ConflictDeclarations::RequestedAt,
            ConflictDeclarations::RequestReason,
            ConflictDeclarations::RequestedReasonCode,
            ConflictDeclarations::RequestedLevel,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ConflictDeclarations::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
