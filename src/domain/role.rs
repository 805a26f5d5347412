//! The three kinds of account, and how they are written in the database and on the command line.

use std::fmt;
use std::str::FromStr;

/// What an account may do in Laurel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A local or regional government (or partner) that submits projects.
    Applicant,
    /// A member of the jury who scores assigned projects.
    Juror,
    /// Staff who run editions, screen, assign and rank.
    Secretariat,
}

impl Role {
    /// Every role, in the order they are listed to people.
    pub const ALL: [Role; 3] = [Role::Applicant, Role::Juror, Role::Secretariat];

    /// The stable lowercase name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Applicant => "applicant",
            Role::Juror => "juror",
            Role::Secretariat => "secretariat",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Role::Applicant => "Applicant",
            Role::Juror => "Juror",
            Role::Secretariat => "Secretariat",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text was not one of `applicant`, `juror`, `secretariat`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role `{0}`: expected applicant, juror or secretariat")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == s.trim())
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_stored_names() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
    }

    #[test]
    fn an_unknown_role_name_is_refused() {
        assert!("admin".parse::<Role>().is_err());
    }
}
