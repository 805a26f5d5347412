//! Login throttling policy: how many failures lock an account or an address, and for how long.
//!
//! The counters live in the database (so that every app instance sees them); this module only
//! decides, given a counter's state and the time, what the new state is.

use chrono::{DateTime, Duration, Utc};

/// Limits for one kind of key (an account, or a client address).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThrottlePolicy {
    /// Failures within `window` that trigger a lockout.
    pub max_failures: u32,
    /// How far back failures are counted.
    pub window: Duration,
    /// How long a lockout lasts.
    pub lockout: Duration,
}

/// The stored counter of one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThrottleState {
    /// Failures counted in the current window.
    pub failures: u32,
    /// When the current window began.
    pub window_started_at: DateTime<Utc>,
    /// Until when logins are refused, if locked.
    pub locked_until: Option<DateTime<Utc>>,
}

impl ThrottleState {
    /// Returns the end of the lockout if the key is locked at `now`.
    pub fn locked_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.locked_until.filter(|until| *until > now)
    }
}

impl ThrottlePolicy {
    /// Returns the counter after one more attempt at `now`, counted before the password is
    /// checked (so that parallel attempts cannot exceed the limit); it never locks by itself.
    pub fn after_attempt(&self, state: Option<ThrottleState>, now: DateTime<Utc>) -> ThrottleState {
        match state {
            Some(s) if s.locked_at(now).is_some() => s,
            Some(s) if now - s.window_started_at < self.window => ThrottleState {
                failures: s.failures + 1,
                locked_until: None,
                ..s
            },
            _ => ThrottleState {
                failures: 1,
                window_started_at: now,
                locked_until: None,
            },
        }
    }

    /// Whether a counter has gone past the limit (more attempts than allowed in the window).
    pub fn exceeded(&self, state: &ThrottleState) -> bool {
        state.failures > self.max_failures
    }

    /// Locks a counter from `now` for the lockout.
    pub fn locked(&self, now: DateTime<Utc>) -> ThrottleState {
        ThrottleState {
            failures: 0,
            window_started_at: now,
            locked_until: Some(now + self.lockout),
        }
    }

    /// Returns the counter after one more failure at `now`; it locks when the limit is reached.
    pub fn after_failure(&self, state: Option<ThrottleState>, now: DateTime<Utc>) -> ThrottleState {
        let fresh = ThrottleState {
            failures: 0,
            window_started_at: now,
            locked_until: None,
        };
        let mut state = match state {
            Some(s) if s.locked_at(now).is_some() => return s,
            Some(s) if now - s.window_started_at < self.window => ThrottleState {
                locked_until: None,
                ..s
            },
            _ => fresh,
        };
        state.failures += 1;
        if state.failures >= self.max_failures {
            state = ThrottleState {
                failures: 0,
                window_started_at: now,
                locked_until: Some(now + self.lockout),
            };
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> ThrottlePolicy {
        ThrottlePolicy {
            max_failures: 3,
            window: Duration::minutes(15),
            lockout: Duration::minutes(10),
        }
    }

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + Duration::minutes(minutes)
    }

    #[test]
    fn the_third_failure_within_the_window_locks_for_the_lockout() {
        let p = policy();
        let s = p.after_failure(None, at(0));
        let s = p.after_failure(Some(s), at(1));
        assert_eq!(s.locked_at(at(1)), None);
        let s = p.after_failure(Some(s), at(2));
        assert_eq!(s.locked_at(at(2)), Some(at(12)));
        assert_eq!(s.locked_at(at(12)), None);
    }

    #[test]
    fn failures_older_than_the_window_are_forgotten() {
        let p = policy();
        let s = p.after_failure(None, at(0));
        let s = p.after_failure(Some(s), at(1));
        let s = p.after_failure(Some(s), at(20));
        assert_eq!(s.failures, 1);
        assert_eq!(s.locked_at(at(20)), None);
    }

    #[test]
    fn attempts_counted_ahead_exceed_the_limit_only_past_it() {
        let p = policy();
        let mut s = None;
        for minute in 0..3 {
            s = Some(p.after_attempt(s, at(minute)));
        }
        let third = s.expect("counted");
        assert_eq!(third.failures, 3);
        assert!(
            !p.exceeded(&third),
            "the third of three attempts may still be checked"
        );
        let fourth = p.after_attempt(Some(third), at(3));
        assert!(p.exceeded(&fourth));
        assert_eq!(p.locked(at(3)).locked_at(at(4)), Some(at(13)));
    }

    #[test]
    fn failures_during_a_lockout_do_not_extend_it() {
        let p = policy();
        let locked = ThrottleState {
            failures: 0,
            window_started_at: at(0),
            locked_until: Some(at(10)),
        };
        assert_eq!(p.after_failure(Some(locked), at(5)), locked);
    }
}
