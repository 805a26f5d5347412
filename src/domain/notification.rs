//! The notifications an edition sends on its own, each of which the secretariat can switch off
//! for the edition (every one is on unless switched off).

/// A notification Laurel sends when something happens in an edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notification {
    /// The receipt of a submitted application, to the person who submitted it.
    ApplicationSubmitted,
    /// The notice that an application was withdrawn, to the person who withdrew it.
    ApplicationWithdrawn,
}

impl Notification {
    /// Every notification that can be switched, in the order the Mail page lists them.
    pub const ALL: [Notification; 2] = [
        Notification::ApplicationSubmitted,
        Notification::ApplicationWithdrawn,
    ];

    /// Its stable name: the outbox's kind and the setting's key.
    pub fn kind(self) -> &'static str {
        match self {
            Notification::ApplicationSubmitted => "application_submitted",
            Notification::ApplicationWithdrawn => "application_withdrawn",
        }
    }

    /// The notification of a stable name.
    pub fn of_kind(kind: &str) -> Option<Notification> {
        Notification::ALL.into_iter().find(|n| n.kind() == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notification_is_found_by_its_kind_and_kinds_are_distinct() {
        for n in Notification::ALL {
            assert_eq!(Notification::of_kind(n.kind()), Some(n));
        }
        assert_eq!(Notification::of_kind("invitation"), None);
    }
}
