//! Confirmed email addresses: when an account's address was confirmed (existing accounts count as
//! confirmed from their creation), and the one-time links that confirm an address, at
//! registration or before an account moves to a new one.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;

#[derive(DeriveIden, Clone, Copy)]
enum Added {
    EmailConfirmedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum EmailConfirmations {
    Table,
    Id,
    UserId,
    Email,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
    RevokedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(timestamp_with_time_zone_null(Added::EmailConfirmedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::update()
                    .table(Users::Table)
                    .value(Added::EmailConfirmedAt, Expr::col(Added::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmailConfirmations::Table)
                    .col(pk_auto(EmailConfirmations::Id))
                    .col(integer(EmailConfirmations::UserId))
                    .col(string_len(EmailConfirmations::Email, 254))
                    .col(string_len_uniq(EmailConfirmations::TokenHash, 64))
                    .col(timestamp_with_time_zone(EmailConfirmations::CreatedAt))
                    .col(timestamp_with_time_zone(EmailConfirmations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(EmailConfirmations::UsedAt))
                    .col(timestamp_with_time_zone_null(EmailConfirmations::RevokedAt))
                    .foreign_key(&mut crate::foreign_key(
                        EmailConfirmations::Table,
                        EmailConfirmations::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::index("email_confirmations", "user", &["user_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EmailConfirmations::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Added::EmailConfirmedAt)
                    .to_owned(),
            )
            .await
    }
}
