//! Personal API tokens: what a person asks for (a name, a scope, a lifetime) and the rules a
//! token obeys (read-only or read-write; unusable once expired or revoked).

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};

/// What a token lets its holder do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenScope {
    /// Reads only: every `GET` the account may make.
    ReadOnly,
    /// Reads and writes, with the account's own rights.
    ReadWrite,
}

impl TokenScope {
    /// Both scopes, the safer first.
    pub const ALL: [TokenScope; 2] = [TokenScope::ReadOnly, TokenScope::ReadWrite];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::ReadOnly => "read",
            TokenScope::ReadWrite => "read_write",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Option<TokenScope> {
        TokenScope::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// For people.
    pub fn label(self) -> &'static str {
        match self {
            TokenScope::ReadOnly => "Read only",
            TokenScope::ReadWrite => "Read and write",
        }
    }

    /// Whether the scope allows changes.
    pub fn may_write(self) -> bool {
        self == TokenScope::ReadWrite
    }
}

/// The lifetimes a person can choose, in days.
pub const LIFETIME_DAYS: [u32; 4] = [7, 30, 90, 365];

/// How many usable tokens one account may hold at once.
pub const MAX_ACTIVE_TOKENS: usize = 20;

/// The longest token name.
pub const MAX_NAME_CHARS: usize = 100;

/// A valid request for a new token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRequest {
    /// What the person calls it ("Website winners page").
    pub name: String,
    /// What it may do.
    pub scope: TokenScope,
    /// How long it lives.
    pub lifetime_days: u32,
}

impl TokenRequest {
    /// Checks what was typed; problems are keyed by field.
    pub fn parse(
        name: &str,
        scope: &str,
        lifetime_days: &str,
    ) -> Result<TokenRequest, BTreeMap<String, String>> {
        let mut problems = BTreeMap::new();
        let name = name.trim();
        if name.is_empty() {
            problems.insert(
                "token_name".to_owned(),
                "Name: give the token a name, so that you recognise it later".to_owned(),
            );
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.insert(
                "token_name".to_owned(),
                format!("Name: at most {MAX_NAME_CHARS} characters"),
            );
        }
        let scope = TokenScope::parse(scope);
        if scope.is_none() {
            problems.insert(
                "token_scope".to_owned(),
                "Access: choose read only, or read and write".to_owned(),
            );
        }
        let days = lifetime_days
            .parse::<u32>()
            .ok()
            .filter(|d| LIFETIME_DAYS.contains(d));
        if days.is_none() {
            problems.insert(
                "token_days".to_owned(),
                "Valid for: choose 7, 30, 90 or 365 days".to_owned(),
            );
        }
        match (scope, days) {
            (Some(scope), Some(lifetime_days)) if problems.is_empty() => Ok(TokenRequest {
                name: name.to_owned(),
                scope,
                lifetime_days,
            }),
            _ => Err(problems),
        }
    }

    /// When a token made at `now` expires.
    pub fn expires_at(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now + Duration::days(i64::from(self.lifetime_days))
    }
}

/// A token as its owner sees it (never the secret).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiToken {
    /// Row id.
    pub id: i32,
    /// The owner's account.
    pub user_id: i32,
    /// The owner's name for it.
    pub name: String,
    /// What it may do.
    pub scope: TokenScope,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// When its owner revoked it.
    pub revoked_at: Option<DateTime<Utc>>,
    /// When it was last used.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// Whether a token works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenState {
    /// It works.
    Active,
    /// Its lifetime is over.
    Expired,
    /// Its owner revoked it.
    Revoked,
}

impl TokenState {
    /// For people.
    pub fn label(self) -> &'static str {
        match self {
            TokenState::Active => "Active",
            TokenState::Expired => "Expired",
            TokenState::Revoked => "Revoked",
        }
    }
}

impl ApiToken {
    /// Whether the token works at `now`.
    pub fn state(&self, now: DateTime<Utc>) -> TokenState {
        if self.revoked_at.is_some() {
            TokenState::Revoked
        } else if self.expires_at <= now {
            TokenState::Expired
        } else {
            TokenState::Active
        }
    }
}

/// The prefix of every token, so that secret scanners and people recognise one.
pub const TOKEN_PREFIX: &str = "laurel_";

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + i64::from(day) * 86_400, 0).expect("a time")
    }

    #[test]
    fn a_request_with_a_name_a_scope_and_an_offered_lifetime_is_accepted() {
        let request = TokenRequest::parse("  Website  ", "read", "30").expect("valid");
        assert_eq!(request.name, "Website");
        assert_eq!(request.scope, TokenScope::ReadOnly);
        assert_eq!(request.expires_at(at(0)), at(30));
    }

    #[test]
    fn every_bad_field_of_a_request_is_named() {
        let problems = TokenRequest::parse(" ", "admin", "1000").expect_err("invalid");
        assert_eq!(
            problems.keys().collect::<Vec<_>>(),
            ["token_days", "token_name", "token_scope"]
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let problems = TokenRequest::parse(&long, "read_write", "7").expect_err("too long");
        assert!(problems["token_name"].contains("at most"));
    }

    #[test]
    fn a_token_stops_working_when_revoked_or_expired() {
        let token = ApiToken {
            id: 1,
            user_id: 1,
            name: "t".to_owned(),
            scope: TokenScope::ReadWrite,
            created_at: at(0),
            expires_at: at(7),
            revoked_at: None,
            last_used_at: None,
        };
        assert_eq!(token.state(at(6)), TokenState::Active);
        assert_eq!(token.state(at(7)), TokenState::Expired);
        let revoked = ApiToken {
            revoked_at: Some(at(1)),
            ..token
        };
        assert_eq!(revoked.state(at(2)), TokenState::Revoked);
    }

    #[test]
    fn only_the_read_write_scope_may_write_and_both_scopes_round_trip() {
        for scope in TokenScope::ALL {
            assert_eq!(TokenScope::parse(scope.as_str()), Some(scope));
        }
        assert!(TokenScope::ReadWrite.may_write());
        assert!(!TokenScope::ReadOnly.may_write());
    }
}
