//! One-time links sent by email (a password reset, an address to confirm): how long each kind
//! works, and whether a stored link can still be used (once, before it expires, unless a newer
//! link or a change to the account ended it).

use chrono::{DateTime, Duration, Utc};

/// How long a password reset link works.
pub fn reset_lifetime() -> Duration {
    Duration::hours(1)
}

/// How long a link that confirms an email address works.
pub fn confirmation_lifetime() -> Duration {
    Duration::days(7)
}

/// Where a stored one-time link stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkState {
    /// It can be used.
    Usable,
    /// It was used already.
    Used,
    /// A newer link was asked for, or the account changed, since it was sent.
    Replaced,
    /// Its time is over.
    Expired,
}

/// What a stored link is at `now`, given when it was used, ended and stops working.
pub fn state(
    used_at: Option<DateTime<Utc>>,
    revoked_at: Option<DateTime<Utc>>,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> LinkState {
    if used_at.is_some() {
        LinkState::Used
    } else if revoked_at.is_some() {
        LinkState::Replaced
    } else if expires_at <= now {
        LinkState::Expired
    } else {
        LinkState::Usable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + Duration::minutes(minutes)
    }

    #[test]
    fn a_link_works_until_its_hour_is_over() {
        let expires = at(0) + reset_lifetime();
        assert_eq!(state(None, None, expires, at(59)), LinkState::Usable);
        assert_eq!(state(None, None, expires, at(60)), LinkState::Expired);
    }

    #[test]
    fn a_used_link_says_so_even_after_it_would_have_expired() {
        let expires = at(60);
        assert_eq!(state(Some(at(5)), None, expires, at(10)), LinkState::Used);
        assert_eq!(state(Some(at(5)), None, expires, at(90)), LinkState::Used);
    }

    #[test]
    fn a_replaced_link_no_longer_works_within_its_hour() {
        assert_eq!(
            state(None, Some(at(5)), at(60), at(10)),
            LinkState::Replaced
        );
    }
}
