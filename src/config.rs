//! Configuration through Rocket's Figment: defaults in code, an optional `Laurel.toml`, then
//! `LAUREL_*` environment variables on top (e.g. `LAUREL_DATABASE_URL`, `LAUREL_PORT`).

use std::path::PathBuf;

use chrono::Duration;
use rocket::figment::Figment;
use rocket::figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

use crate::domain::throttle::ThrottlePolicy;

/// The default database: a SQLite file in the working directory, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://laurel.db?mode=rwc";

/// Laurel's own settings (Rocket's, such as `port` and `secret_key`, sit beside them).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default)]
pub struct AppConfig {
    /// `sqlite://FILE?mode=rwc` or `postgres://USER@HOST/DB`.
    pub database_url: String,
    /// Largest number of pooled database connections (SQLite always uses 1).
    pub database_max_connections: u32,
    /// Seconds to wait for the database to answer before giving up at start-up.
    pub database_connect_timeout_seconds: u32,
    /// Directory of the rubric files.
    pub rubrics_dir: PathBuf,
    /// Directory for uploaded documents (outside any web root; shared by every instance).
    pub data_dir: PathBuf,
    /// Mark cookies `Secure`; set when Laurel is served over HTTPS (directly or via a proxy).
    pub secure_cookies: bool,
    /// How long a login lasts, in hours.
    pub session_hours: u32,
    /// Failed logins on one account, within the window, that lock it.
    pub login_max_failures_per_account: u32,
    /// Failed logins from one client address, within the window, that lock it.
    pub login_max_failures_per_address: u32,
    /// The window in which failed logins are counted, in seconds.
    pub login_window_seconds: u32,
    /// How long a lockout lasts, in seconds.
    pub login_lockout_seconds: u32,
    /// Accounts that one client address may try to create in an hour (registrations and
    /// invitation acceptances that reach password hashing).
    pub signups_per_address_per_hour: u32,
    /// Password reset links one email address may be sent in an hour.
    pub password_resets_per_email_per_hour: u32,
    /// Password reset requests one client address may make in an hour.
    pub password_resets_per_address_per_hour: u32,
    /// The address people reach Laurel at (`https://awards.example.org`), for links in emails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// SMTP server for outgoing mail (`smtps://user:password@host`, or `smtp://host:25`); mail
    /// is off without it, and invitations are then only shown to pass on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_smtp_url: Option<String>,
    /// The sender of outgoing mail, e.g. `Laurel <awards@example.org>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_from: Option<String>,
    /// Seconds between two rounds of the background sender (0: no background sender).
    pub mail_poll_seconds: u32,
    /// Offers the tests' pseudo-language (`laurel_lang=qps`), which marks every text that comes
    /// from the message files; never on in production.
    pub pseudo_locale: bool,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            database_url: DEFAULT_DATABASE_URL.to_owned(),
            database_max_connections: 10,
            database_connect_timeout_seconds: 5,
            rubrics_dir: PathBuf::from("rubrics"),
            data_dir: PathBuf::from("laurel-data"),
            secure_cookies: false,
            session_hours: 12,
            login_max_failures_per_account: 5,
            login_max_failures_per_address: 20,
            login_window_seconds: 900,
            login_lockout_seconds: 900,
            signups_per_address_per_hour: 10,
            password_resets_per_email_per_hour: 3,
            password_resets_per_address_per_hour: 10,
            public_url: None,
            mail_smtp_url: None,
            mail_from: None,
            mail_poll_seconds: 30,
            pseudo_locale: false,
        }
    }
}

impl AppConfig {
    /// How long to wait for the database to answer (at least one second).
    pub fn database_connect_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::from(self.database_connect_timeout_seconds.max(1)))
    }

    /// The throttling policy for accounts.
    pub fn account_throttle(&self) -> ThrottlePolicy {
        self.throttle(self.login_max_failures_per_account)
    }

    /// The throttling policy for client addresses.
    pub fn address_throttle(&self) -> ThrottlePolicy {
        self.throttle(self.login_max_failures_per_address)
    }

    /// The throttling policy for creating accounts from one client address.
    pub fn signup_throttle(&self) -> ThrottlePolicy {
        Self::per_hour(self.signups_per_address_per_hour)
    }

    /// The throttling policy for password reset requests about one email address.
    pub fn reset_email_throttle(&self) -> ThrottlePolicy {
        Self::per_hour(self.password_resets_per_email_per_hour)
    }

    /// The throttling policy for password reset requests from one client address.
    pub fn reset_address_throttle(&self) -> ThrottlePolicy {
        Self::per_hour(self.password_resets_per_address_per_hour)
    }

    fn per_hour(max: u32) -> ThrottlePolicy {
        ThrottlePolicy {
            max_failures: max.max(1),
            window: Duration::hours(1),
            lockout: Duration::hours(1),
        }
    }

    fn throttle(&self, max_failures: u32) -> ThrottlePolicy {
        ThrottlePolicy {
            max_failures: max_failures.max(1),
            window: Duration::seconds(i64::from(self.login_window_seconds)),
            lockout: Duration::seconds(i64::from(self.login_lockout_seconds)),
        }
    }
}

/// The full configuration: Rocket's defaults, Laurel's defaults, `Laurel.toml` (or the file named
/// by `LAUREL_CONFIG`), then `LAUREL_*` variables.
pub fn figment() -> Figment {
    let file = std::env::var("LAUREL_CONFIG").unwrap_or_else(|_| "Laurel.toml".to_owned());
    Figment::from(rocket::Config::default())
        .merge(Serialized::defaults(AppConfig::default()))
        .merge(Serialized::default("limits.file", "32MiB"))
        .merge(Serialized::default("limits.data-form", "33MiB"))
        .merge(Serialized::default("limits.form", "1MiB"))
        .merge(Serialized::default("ip_header", false))
        .merge(Toml::file(file))
        .merge(Env::prefixed("LAUREL_").ignore(&["CONFIG"]).global())
}
