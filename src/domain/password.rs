//! Account rules that need no database: password policy, argon2id hashing, email normalisation.

use crate::domain::message::Message;
use argon2::{Argon2, PasswordHasher, PasswordVerifier};

/// The shortest password Laurel accepts, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest password Laurel accepts, in characters (bounds hashing work).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// What is wrong with a new password (its `Display` is the English wording).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    /// Shorter than [`MIN_PASSWORD_CHARS`]: how many characters it has.
    #[error("must be at least {MIN_PASSWORD_CHARS} characters long (it has {0})")]
    TooShort(usize),
    /// Longer than [`MAX_PASSWORD_CHARS`].
    #[error("must be at most {MAX_PASSWORD_CHARS} characters long")]
    TooLong,
    /// Nothing but spaces.
    #[error("must not be only spaces")]
    OnlySpaces,
}

impl PasswordProblem {
    /// The problem said of the field labelled `label`.
    pub fn message(self, label: Message) -> Message {
        let problem = match self {
            PasswordProblem::TooShort(chars) => Message::new("problem-password-short")
                .number("min", MIN_PASSWORD_CHARS)
                .number("chars", chars),
            PasswordProblem::TooLong => {
                Message::new("problem-password-long").number("max", MAX_PASSWORD_CHARS)
            }
            PasswordProblem::OnlySpaces => Message::new("problem-password-spaces"),
        };
        problem.message("label", label)
    }
}

/// Checks a new password against the policy and says what is wrong with it.
pub fn check_password(password: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort(chars));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    if password.trim().is_empty() {
        return Err(PasswordProblem::OnlySpaces);
    }
    Ok(())
}

/// Hashes a password with argon2id (random salt, the crate's recommended parameters) into a
/// PHC string. CPU-heavy: call it off the async executor.
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| format!("password hashing failed: {e}"))
}

/// The stored hash of an account that has no password yet (an imported applicant, or a juror
/// until the invitation is accepted): no password matches it.
pub const NO_PASSWORD: &str = "!no-password";

/// Returns true when `hash` is a real password hash (not [`NO_PASSWORD`]).
#[must_use]
pub fn has_password(hash: &str) -> bool {
    hash != NO_PASSWORD
}

/// Returns true if and only if `password` matches the stored PHC `hash`.
pub fn verify_password(password: &str, hash: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

/// An email address that is not one (its `Display` is the English wording).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("must be an email address such as name@example.org")]
pub struct NotAnEmail;

impl NotAnEmail {
    /// The problem said of the field labelled `label`.
    pub fn message(self, label: Message) -> Message {
        Message::new("problem-email").message("label", label)
    }
}

/// Normalises an email address for storage and lookup, or says why it is not one.
pub fn normalise_email(email: &str) -> Result<String, NotAnEmail> {
    let email = email.trim().to_lowercase();
    let Some((local, domain)) = email.split_once('@') else {
        return Err(NotAnEmail);
    };
    let plausible = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
        && !domain.contains('@')
        && email.len() <= 254;
    if plausible {
        Ok(email)
    } else {
        Err(NotAnEmail)
    }
}

/// The longest display name, in characters.
pub const NAME_LIMIT: usize = 120;

/// Checks a display name: present and of reasonable length.
pub fn check_name(name: &str) -> Result<String, NameProblem> {
    let name = name.trim();
    match name.chars().count() {
        0 => Err(NameProblem::Empty),
        n if n > NAME_LIMIT => Err(NameProblem::TooLong),
        _ => Ok(name.to_owned()),
    }
}

/// What is wrong with a display name (its `Display` is the English wording).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NameProblem {
    /// Nothing given.
    #[error("must not be empty")]
    Empty,
    /// Longer than [`NAME_LIMIT`].
    #[error("must be at most {NAME_LIMIT} characters")]
    TooLong,
}

impl NameProblem {
    /// The problem said of the field labelled `label`.
    pub fn message(self, label: Message) -> Message {
        match self {
            NameProblem::Empty => Message::new("problem-empty"),
            NameProblem::TooLong => Message::new("problem-name-long").number("max", NAME_LIMIT),
        }
        .message("label", label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_of_eleven_characters_is_too_short() {
        assert!(check_password("abcdefghijk").is_err());
        assert!(check_password("abcdefghijkl").is_ok());
    }

    #[test]
    fn password_length_counts_characters_not_bytes() {
        assert!(check_password("ééééééééééé").is_err());
        assert!(check_password("éééééééééééé").is_ok());
    }

    #[test]
    fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let hash = hash_password("correct horse battery").expect("hashes");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse battery!", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn emails_are_lowercased_and_trimmed() {
        assert_eq!(
            normalise_email("  Maire@Roeselare.BE "),
            Ok("maire@roeselare.be".to_owned())
        );
    }

    #[test]
    fn a_string_without_at_sign_is_not_an_email() {
        assert!(normalise_email("roeselare.be").is_err());
        assert!(normalise_email("a@b").is_err());
        assert!(normalise_email("a b@c.de").is_err());
    }
}
