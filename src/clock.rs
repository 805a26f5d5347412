//! The time as Laurel sees it: the system clock, which tests may move forward.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, Duration, Utc};

/// A clock shared by every request of one app instance.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_ns: Arc<AtomicI64>,
}

impl Clock {
    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::nanoseconds(self.offset_ns.load(Ordering::Relaxed))
    }

    /// Moves this clock forward (tests use it to let lockouts and deadlines pass).
    pub fn advance(&self, by: Duration) {
        self.offset_ns
            .fetch_add(by.num_nanoseconds().unwrap_or(i64::MAX), Ordering::Relaxed);
    }
}
