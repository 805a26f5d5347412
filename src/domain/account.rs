//! Accounts as the rest of Laurel sees them (never the stored password hash).

use super::language::Lang;
use super::role::Role;

/// A user account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// Database id.
    pub id: i32,
    /// Normalised (lowercase) email, used to log in.
    pub email: String,
    /// Display name.
    pub name: String,
    /// What the account may do.
    pub role: Role,
    /// Deactivated accounts cannot log in and their sessions end.
    pub active: bool,
    /// Bumped to end every session of the account (logout everywhere, password change).
    pub session_version: i32,
    /// IANA time zone in which the person reads dates.
    pub time_zone: String,
    /// The language the person reads Laurel in.
    pub language: Lang,
    /// Whether the person confirmed the email address (through a link sent to it, or because
    /// staff created the account); an applicant must before submitting.
    pub email_confirmed: bool,
}

/// A new account to create, already validated.
#[derive(Clone, Debug)]
pub struct NewAccount {
    /// Normalised email.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// A password that passed [`super::password::check_password`].
    pub password: String,
    /// The language the person reads Laurel in.
    pub language: Lang,
}
