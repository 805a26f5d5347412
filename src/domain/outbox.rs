//! Emails waiting in the outbox, and when a failed delivery is tried again.

use chrono::Duration;

/// Deliveries tried before a message is given up (then shown as failed to the secretariat).
pub const MAX_ATTEMPTS: i32 = 6;

/// An email to queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    /// What kind of message it is (`invitation`).
    pub kind: &'static str,
    /// The address it goes to.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// The edition it is about, if any (it then shows on the edition's Mail page).
    pub edition_id: Option<i32>,
}

/// How long to wait after the `attempts`-th failed delivery before trying again; `None` once
/// the message is given up.
pub fn retry_after(attempts: i32) -> Option<Duration> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let minutes = [1, 5, 15, 60, 240];
    let index = usize::try_from(attempts.max(1) - 1).unwrap_or(0);
    Some(Duration::minutes(
        minutes.get(index).copied().unwrap_or(240),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_deliveries_wait_longer_each_time_then_give_up() {
        let waits: Vec<_> = (1..MAX_ATTEMPTS)
            .map(|a| retry_after(a).expect("a wait before giving up"))
            .collect();
        assert!(waits.windows(2).all(|w| w[0] < w[1]), "{waits:?}");
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
    }
}
