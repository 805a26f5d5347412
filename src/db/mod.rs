//! The database layer: connecting, migrating, and queries that return domain types.
//!
//! Functions take a `&impl ConnectionTrait` (a connection or a transaction); a multi-step write
//! opens one transaction so that nothing is half-written.

pub mod api_tokens;
pub mod applications;
pub mod assignments;
pub mod attachments;
pub mod audit;
pub mod conflicts;
pub mod consensus;
pub mod dashboards;
pub mod deadline_reminders;
pub mod decisions;
pub mod editions;
pub mod email_confirmations;
pub mod entities;
pub mod evaluation_phase;
pub mod exports;
pub mod feedback;
pub mod imports;
pub mod jury;
pub mod jury_removal;
pub mod library_rubrics;
pub mod mail_settings;
pub mod outbox;
pub mod password_resets;
pub mod registration;
pub mod results;
pub mod rounds;
pub mod rubrics;
pub mod scores;
pub mod screening;
pub mod sessions;
pub mod shortlists;
pub mod submission_rows;
pub mod throttle;
pub mod users;

use std::time::Duration;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DbErr,
};

/// Connects to the database named by `url`; SQLite gets a single connection (one writer).
/// Gives up after `timeout` when the server does not answer (the pool would otherwise keep
/// retrying a refused connection until its 10 s acquire timeout).
pub async fn connect(
    url: &str,
    max_connections: u32,
    timeout: Duration,
) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    let is_sqlite = url.starts_with("sqlite:");
    options
        .max_connections(if is_sqlite { 1 } else { max_connections.max(1) })
        .connect_timeout(timeout)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    match tokio::time::timeout(timeout, Database::connect(options)).await {
        Ok(outcome) => outcome,
        Err(_) => Err(DbErr::Custom(format!(
            "no connection within {} s (is the server running, and is the address right?)",
            timeout.as_secs_f64()
        ))),
    }
}

/// What went wrong with the database, in words (a message of Laurel's own without the driver's
/// "Custom Error:" prefix).
pub fn describe(error: &DbErr) -> String {
    match error {
        DbErr::Custom(message) => message.clone(),
        other => other.to_string(),
    }
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// An arbitrary, fixed key for the PostgreSQL advisory lock that serialises migrations.
const MIGRATION_LOCK_KEY: i64 = 0x4c61_7572_656c;

/// Applies pending migrations at start-up. On PostgreSQL, instances that start together take
/// turns: the migrations run on one dedicated connection that holds an advisory lock.
pub async fn migrate_at_startup(
    url: &str,
    db: &DatabaseConnection,
    timeout: Duration,
) -> Result<(), DbErr> {
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return migrate(db).await;
    }
    let locked = connect(url, 1, timeout).await?;
    locked
        .execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))
        .await?;
    let outcome = migrate(&locked).await;
    locked
        .execute_unprepared(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))
        .await?;
    locked.close().await?;
    outcome
}

/// Checks that the database answers.
pub async fn ping(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.ping().await
}
