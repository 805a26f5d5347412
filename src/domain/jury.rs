//! The jury of an edition: members' roles, and one-time invitation tokens.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Duration;
use sha2::{Digest, Sha256};

/// The roles a member can have on a jury: (stored name, label).
pub const JURY_ROLES: [(&str, &str); 4] = [
    ("chair", "Chair"),
    ("member", "Member"),
    ("rapporteur", "Rapporteur"),
    ("observer", "Observer (does not score)"),
];

/// The label of a jury role.
pub fn jury_role_label(role: &str) -> &'static str {
    JURY_ROLES
        .iter()
        .find(|(r, _)| *r == role)
        .map_or("Member", |(_, label)| label)
}

/// How long an invitation link stays valid.
pub fn invitation_lifetime() -> Duration {
    Duration::days(14)
}

/// A new invitation token (what goes in the link) from 32 random bytes; None if the operating
/// system has no randomness to give.
pub fn new_invitation_token() -> Option<String> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(URL_SAFE_NO_PAD.encode(bytes))
}

/// A juror's stable pseudonym in one edition: `J-` and the first 8 hexadecimal digits of the
/// SHA-256 of the edition and juror ids. Exports and the statistics engine both know jurors by
/// it, so that `laurel analyze` on an export sees the jurors in the same order as the results
/// page. It carries no name, but anyone with the database can recompute it.
pub fn pseudonym(edition_id: i32, juror_id: i32) -> String {
    let digest = Sha256::digest(format!("laurel-juror:{edition_id}:{juror_id}").as_bytes());
    let mut hex = hex::encode(digest);
    hex.truncate(8);
    format!("J-{hex}")
}

/// The stored form of a token: its SHA-256, so that the database never holds a usable link.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_url_safe_and_stored_only_as_hashes() {
        let a = new_invitation_token().expect("randomness");
        let b = new_invitation_token().expect("randomness");
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn every_jury_role_has_a_label() {
        assert_eq!(jury_role_label("rapporteur"), "Rapporteur");
        assert_eq!(jury_role_label("unknown"), "Member");
    }
}
