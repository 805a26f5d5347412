//! Personal API tokens: stored only as the SHA-256 of the token, with a scope, an expiry and a
//! revocation time, so that a leaked database never yields a usable token.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261122_000002_create_users::Users;

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    Scope,
    CreatedAt,
    ExpiresAt,
    RevokedAt,
    LastUsedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ApiTokens::Table)
                    .col(pk_auto(ApiTokens::Id))
                    .col(integer(ApiTokens::UserId))
                    .col(string_len(ApiTokens::Name, 100))
                    .col(string_len(ApiTokens::TokenHash, 64))
                    .col(string_len(ApiTokens::Scope, 16))
                    .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                    .col(timestamp_with_time_zone(ApiTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                    .foreign_key(&mut crate::foreign_key(
                        ApiTokens::Table,
                        ApiTokens::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(crate::unique_index("api_tokens", "hash", &["token_hash"]))
            .await?;
        manager
            .create_index(crate::index("api_tokens", "user", &["user_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ApiTokens::Table).to_owned())
            .await
    }
}
