//! Eligibility of a submission: the automatic result with every rule's reason, and an override
//! by a person with a written reason.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000006_create_submissions::Submissions;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Added {
    Eligibility,
    EligibilityRules,
    EligibilityCheckedAt,
    EligibilityOverride,
    EligibilityOverrideReason,
    EligibilityOverrideBy,
    EligibilityOverrideAt,
}

fn columns() -> Vec<ColumnDef> {
    vec![
        string_len_null(Added::Eligibility, 16),
        text_null(Added::EligibilityRules),
        timestamp_with_time_zone_null(Added::EligibilityCheckedAt),
        string_len_null(Added::EligibilityOverride, 16),
        text_null(Added::EligibilityOverrideReason),
        integer_null(Added::EligibilityOverrideBy),
        timestamp_with_time_zone_null(Added::EligibilityOverrideAt),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table(Submissions::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Added::Eligibility,
            Added::EligibilityRules,
            Added::EligibilityCheckedAt,
            Added::EligibilityOverride,
            Added::EligibilityOverrideReason,
            Added::EligibilityOverrideBy,
            Added::EligibilityOverrideAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Submissions::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
