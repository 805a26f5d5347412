//! Laurel: a self-hosted system for award competitions in decentralised cooperation.
//!
//! A map of the code, dependencies pointing one way (`web → app → db → domain`):
//! - [`domain`]: pure rules, importing neither `rocket` nor `sea_orm`: roles and accounts,
//!   rubrics, the edition lifecycle and time, applications and their validation, eligibility,
//!   conflicts of interest, automatic assignment (`domain::assignment`), scoring, consensus,
//!   decisions, the official results (`domain::results`) and the statistics engine
//!   (`domain::stats`: agreement, the juror model, rankings, the bootstrap).
//! - [`app`]: the application layer between `db` and its adapters (pages, command line,
//!   exports): the official results are computed there and nowhere else.
//! - [`db`]: connecting, migrating (the `migrations` crate), entities, and queries that return
//!   domain types; multi-step writes are one transaction.
//! - [`web`]: Rocket routes, one module per role; roles (and roles on one edition's jury) are
//!   request guards; Askama templates are compiled into the binary; `web::errors` renders an
//!   [`error::AppError`] (the one error type, with stable refusal codes) as an HTML page or JSON
//!   under `/api/`.
//! - [`export`]: CSV exports written page by page to any sink (web and command line);
//!   [`mail`]: the outbox's background sender; [`storage`]: attached documents on disk;
//!   [`hashing`]: password hashing on its own threads.
//! - [`config`]: Figment configuration (`LAUREL_*`); [`clock`]: the time, movable in tests;
//!   [`rubric_files`]: reading `rubrics/*.toml` (or the built-in copies); [`demo`]: the demo
//!   award of `serve --demo`; [`cli`]: the `laurel` command line.

#![cfg_attr(
    test,
    allow(clippy::expect_used, reason = "a failing test fails loudly")
)]

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod hashing;
pub mod mail;
pub mod rubric_files;
pub mod storage;
pub mod web;

use rocket::figment::Figment;
use rocket::{Build, Rocket};

use crate::clock::Clock;
use crate::config::AppConfig;
use crate::domain::rubric::RubricError;

/// Why Laurel could not start; each variant prints as one line that says what to fix.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// The configuration could not be read.
    #[error("the configuration is invalid: {0}")]
    Config(String),
    /// Release builds refuse to run without a stable secret key.
    #[error(
        "LAUREL_SECRET_KEY is not set: generate one with `openssl rand -base64 32` and set it (the same on every instance)"
    )]
    MissingSecretKey,
    /// The database could not be reached.
    #[error("cannot connect to the database {url}: {reason} (check LAUREL_DATABASE_URL)")]
    Database {
        /// The URL without its password.
        url: String,
        /// What the driver said.
        reason: String,
    },
    /// A migration failed.
    #[error("the database could not be migrated: {0}")]
    Migration(String),
    /// The built-in partner-country list does not parse.
    #[error("the built-in partner-country list is invalid: {0}")]
    PartnerCountries(String),
    /// A rubric file is invalid.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Rubrics(Vec<RubricError>),
}

/// A database URL as shown before connecting: without its password, and saying so.
pub fn url_without_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!(
                    "{}{user}{} (password hidden)",
                    &url[..scheme_end + 3],
                    &url[at..]
                ),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// The line printed on standard error before connecting, so that a slow or unreachable
/// database is never met with silence.
pub fn connecting_line(url: &str) -> String {
    format!(
        "Connecting to the database at {}…",
        url_without_password(url)
    )
}

/// Removes the password from a database URL, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Reads the configuration, checks the secret key, loads the rubrics, connects to the database
/// and migrates it, then builds the Rocket application. Any failure stops the launch.
pub async fn build(figment: Figment) -> Result<Rocket<Build>, StartupError> {
    let config: AppConfig = figment
        .extract()
        .map_err(|e| StartupError::Config(e.to_string()))?;
    let rocket_config: rocket::Config = figment
        .extract()
        .map_err(|e| StartupError::Config(e.to_string()))?;
    if figment.profile() == rocket::Config::RELEASE_PROFILE && rocket_config.secret_key.is_zero() {
        return Err(StartupError::MissingSecretKey);
    }
    domain::countries::check_partner_countries()
        .map_err(|e| StartupError::PartnerCountries(e.to_string()))?;
    let mail = mail::MailSetup::from_config(&config).map_err(StartupError::Config)?;
    let rubrics = rubric_files::load(&config.rubrics_dir).map_err(StartupError::Rubrics)?;
    let timeout = config.database_connect_timeout();
    let db = db::connect(
        &config.database_url,
        config.database_max_connections,
        timeout,
    )
    .await
    .map_err(|e| StartupError::Database {
        url: redact_url(&config.database_url),
        reason: db::describe(&e),
    })?;
    db::migrate_at_startup(&config.database_url, &db, timeout)
        .await
        .map_err(|e| StartupError::Migration(e.to_string()))?;
    let rocket = rocket::custom(figment)
        .manage(db)
        .manage(config)
        .manage(rubrics)
        .manage(mail)
        .manage(Clock::default())
        .manage(crate::hashing::PasswordWork::for_this_machine())
        .attach(mail::sender());
    Ok(web::mount(rocket))
}
