//! The notifications an edition sends on its own, each of which the secretariat can switch off
//! for the edition (every one is on unless switched off), and when deadline reminders are due.

use chrono::{DateTime, Duration, Utc};

/// A notification Laurel sends when something happens in an edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notification {
    /// The receipt of a submitted application, to the person who submitted it.
    ApplicationSubmitted,
    /// The notice that an application was withdrawn, to the person who withdrew it.
    ApplicationWithdrawn,
    /// A reminder of the deadline, to applicants whose application is still a draft.
    DeadlineReminder,
}

impl Notification {
    /// Every notification that can be switched, in the order the Mail page lists them.
    pub const ALL: [Notification; 3] = [
        Notification::ApplicationSubmitted,
        Notification::ApplicationWithdrawn,
        Notification::DeadlineReminder,
    ];

    /// Its stable name: the outbox's kind and the setting's key.
    pub fn kind(self) -> &'static str {
        match self {
            Notification::ApplicationSubmitted => "application_submitted",
            Notification::ApplicationWithdrawn => "application_withdrawn",
            Notification::DeadlineReminder => "deadline_reminder",
        }
    }

    /// The notification of a stable name.
    pub fn of_kind(kind: &str) -> Option<Notification> {
        Notification::ALL.into_iter().find(|n| n.kind() == kind)
    }
}

/// How many days before the deadline applicants with a draft are reminded.
pub const REMINDER_DAYS: [i64; 2] = [7, 1];

/// Which reminder to send now for a call closing at `closes_at`, given the ones already sent
/// (days before): the most imminent one that is due, if any, and every due one it makes
/// pointless (a sender that was down for a week sends the one-day reminder, not both).
pub fn due_reminders(
    closes_at: DateTime<Utc>,
    now: DateTime<Utc>,
    sent: &[i64],
) -> Option<(i64, Vec<i64>)> {
    if now >= closes_at {
        return None;
    }
    let due: Vec<i64> = REMINDER_DAYS
        .into_iter()
        .filter(|days| closes_at - Duration::days(*days) <= now && !sent.contains(days))
        .collect();
    let send = due.iter().copied().min()?;
    Some((send, due))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + Duration::hours(hours)
    }

    #[test]
    fn a_reminder_is_due_from_its_day_until_the_deadline_and_once() {
        let closes = at(30 * 24);
        assert_eq!(due_reminders(closes, at(22 * 24), &[]), None);
        assert_eq!(due_reminders(closes, at(23 * 24), &[]), Some((7, vec![7])));
        assert_eq!(due_reminders(closes, at(25 * 24), &[7]), None);
        assert_eq!(due_reminders(closes, at(29 * 24), &[7]), Some((1, vec![1])));
        assert_eq!(due_reminders(closes, at(30 * 24), &[7]), None, "closed");
    }

    #[test]
    fn a_late_sender_sends_the_most_imminent_reminder_only() {
        let closes = at(30 * 24);
        assert_eq!(
            due_reminders(closes, at(29 * 24 + 1), &[]),
            Some((1, vec![7, 1]))
        );
    }

    #[test]
    fn every_notification_is_found_by_its_kind_and_kinds_are_distinct() {
        for n in Notification::ALL {
            assert_eq!(Notification::of_kind(n.kind()), Some(n));
        }
        assert_eq!(Notification::of_kind("invitation"), None);
    }
}
