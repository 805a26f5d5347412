//! Emails waiting in the outbox: the text of an invitation, and when a failed delivery is tried
//! again.

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
}

/// The invitation a new juror receives: who invites them to which jury, the one-time link and
/// until when it works.
pub fn invitation(
    recipient: &str,
    name: &str,
    edition: &str,
    role: &str,
    link: &str,
    expires: &str,
) -> Email {
    Email {
        kind: "invitation",
        recipient: recipient.to_owned(),
        subject: format!("Invitation to the jury of {edition}"),
        body: format!(
            "Dear {name},\n\n\
             The secretariat invites you to the jury of {edition} ({role}).\n\n\
             Open this link to set your password; it works once, until {expires}:\n\n\
             {link}\n\n\
             If you did not expect this invitation, you can ignore this message.\n"
        ),
    }
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
    fn an_invitation_names_the_jury_the_link_and_its_expiry() {
        let email = invitation(
            "awa@example.org",
            "Awa Ndiaye",
            "Awards 2027",
            "Rapporteur",
            "https://awards.example.org/invitations/abc",
            "15 Dec 2026, 10:00 UTC",
        );
        assert_eq!(email.subject, "Invitation to the jury of Awards 2027");
        assert!(email.body.contains("Dear Awa Ndiaye"));
        assert!(
            email
                .body
                .contains("https://awards.example.org/invitations/abc")
        );
        assert!(email.body.contains("until 15 Dec 2026, 10:00 UTC"));
    }

    #[test]
    fn failed_deliveries_wait_longer_each_time_then_give_up() {
        let waits: Vec<_> = (1..MAX_ATTEMPTS)
            .map(|a| retry_after(a).expect("a wait before giving up"))
            .collect();
        assert!(waits.windows(2).all(|w| w[0] < w[1]), "{waits:?}");
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
    }
}
