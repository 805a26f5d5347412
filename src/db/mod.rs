//! The database layer: connecting, migrating, and queries that return domain types.
//!
//! Functions take a `&impl ConnectionTrait` (a connection or a transaction); a multi-step write
//! opens one transaction so that nothing is half-written.

pub mod audit;
pub mod dashboards;
pub mod entities;
pub mod rubrics;
pub mod throttle;
pub mod users;

use std::time::Duration;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// Connects to the database named by `url`; SQLite gets a single connection (one writer).
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    let is_sqlite = url.starts_with("sqlite:");
    options
        .max_connections(if is_sqlite { 1 } else { max_connections.max(1) })
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    Database::connect(options).await
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Checks that the database answers.
pub async fn ping(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.ping().await
}
