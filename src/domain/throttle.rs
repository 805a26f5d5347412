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

/// What a counter says about one more password check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Admission {
    /// The check may run; it has been counted.
    Admitted,
    /// Refused until then: the limit of failures was reached.
    LockedUntil(DateTime<Utc>),
    /// Refused for now: the other checks of the window are still running; if they fail, the
    /// key locks, and if they succeed, their slots come back.
    Busy,
}

impl ThrottlePolicy {
    /// Counts one more password check at `now` if the limit allows it.
    ///
    /// This is the only way to get a check: it is counted before the password is looked at,
    /// under the row lock, so that however many requests arrive together at most
    /// `max_failures` checks run per window. A check that succeeds gives its slot back
    /// ([`ThrottlePolicy::after_success`]); one that fails keeps it.
    pub fn admit(
        &self,
        state: Option<ThrottleState>,
        now: DateTime<Utc>,
    ) -> (ThrottleState, Admission) {
        let fresh = ThrottleState {
            failures: 1,
            window_started_at: now,
            locked_until: None,
        };
        match state {
            Some(s) => {
                if let Some(until) = s.locked_at(now) {
                    return (s, Admission::LockedUntil(until));
                }
                let lock_ended = s.locked_until.is_some();
                if lock_ended || now - s.window_started_at >= self.window {
                    return (fresh, Admission::Admitted);
                }
                if s.failures >= self.max_failures {
                    return (s, Admission::Busy);
                }
                (
                    ThrottleState {
                        failures: s.failures + 1,
                        ..s
                    },
                    Admission::Admitted,
                )
            }
            None => (fresh, Admission::Admitted),
        }
    }

    /// After an admitted check failed: its slot stays counted, and reaching the limit locks the
    /// key at once (so that the person is told now, not at the next attempt).
    pub fn after_failure(&self, state: ThrottleState, now: DateTime<Utc>) -> ThrottleState {
        if state.locked_at(now).is_none() && state.failures >= self.max_failures {
            ThrottleState {
                locked_until: Some(now + self.lockout),
                ..state
            }
        } else {
            state
        }
    }

    /// After an admitted check succeeded: its slot is given back (a right password is no guess);
    /// failures counted before it stay.
    pub fn after_success(&self, state: ThrottleState) -> ThrottleState {
        ThrottleState {
            failures: state.failures.saturating_sub(1),
            ..state
        }
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
    fn no_more_checks_than_the_limit_run_at_once_and_failing_ones_lock() {
        let p = policy();
        let mut state = None;
        for _ in 0..3 {
            let (s, admission) = p.admit(state, at(0));
            assert_eq!(admission, Admission::Admitted);
            state = Some(s);
        }
        let (full, admission) = p.admit(state, at(0));
        assert_eq!(
            admission,
            Admission::Busy,
            "the fourth waits for the others"
        );
        assert_eq!(full.failures, 3, "and is not counted");
        let locked = p.after_failure(full, at(1));
        let (still, again) = p.admit(Some(locked), at(4));
        assert_eq!(
            again,
            Admission::LockedUntil(at(11)),
            "a lock is never lifted by asking"
        );
        let (_, after) = p.admit(Some(still), at(11));
        assert_eq!(after, Admission::Admitted, "the lockout passes");
    }

    #[test]
    fn the_failure_that_reaches_the_limit_locks_at_once() {
        let p = policy();
        let mut state = None;
        for minute in 0..3 {
            let (s, _) = p.admit(state, at(minute));
            state = Some(p.after_failure(s, at(minute)));
        }
        let state = state.expect("counted");
        assert_eq!(state.locked_at(at(2)), Some(at(12)));
    }

    #[test]
    fn a_success_gives_back_its_own_slot_only() {
        let p = policy();
        let (s, _) = p.admit(None, at(0));
        let s = p.after_failure(s, at(0));
        let (s, _) = p.admit(Some(s), at(1));
        let s = p.after_success(s);
        assert_eq!(s.failures, 1, "the earlier failure stays counted");
    }

    #[test]
    fn checks_older_than_the_window_are_forgotten() {
        let p = policy();
        let (s, _) = p.admit(None, at(0));
        let (s, _) = p.admit(Some(s), at(1));
        let (s, admission) = p.admit(Some(s), at(20));
        assert_eq!(admission, Admission::Admitted);
        assert_eq!(s.failures, 1);
    }
}
