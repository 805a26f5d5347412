//! The jury of an edition: members' roles, and one-time invitation tokens.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Duration;
use sha2::{Digest, Sha256};

/// A member's role on the jury of one edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JuryRole {
    /// Leads the jury: decides other members' conflicts, confirms the decisions.
    Chair,
    /// Scores.
    Member,
    /// Scores and records the consensus.
    Rapporteur,
    /// Follows the work without scoring.
    Observer,
}

impl JuryRole {
    /// Every role, in the order forms list them.
    pub const ALL: [JuryRole; 4] = [
        JuryRole::Chair,
        JuryRole::Member,
        JuryRole::Rapporteur,
        JuryRole::Observer,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            JuryRole::Chair => "chair",
            JuryRole::Member => "member",
            JuryRole::Rapporteur => "rapporteur",
            JuryRole::Observer => "observer",
        }
    }

    /// The label people read.
    pub fn label(self) -> &'static str {
        match self {
            JuryRole::Chair => "Chair",
            JuryRole::Member => "Member",
            JuryRole::Rapporteur => "Rapporteur",
            JuryRole::Observer => "Observer (does not score)",
        }
    }

    /// Whether members with this role score (and so vote on decisions).
    pub fn scores(self) -> bool {
        self != JuryRole::Observer
    }

    /// Whether this role records the consensus (the rapporteur, or the chair).
    pub fn records_consensus(self) -> bool {
        matches!(self, JuryRole::Chair | JuryRole::Rapporteur)
    }
}

impl std::str::FromStr for JuryRole {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        JuryRole::ALL
            .into_iter()
            .find(|role| role.as_str() == text)
            .ok_or_else(|| format!("\"{text}\" is not a jury role"))
    }
}

impl std::fmt::Display for JuryRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
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
    fn every_jury_role_reads_back_from_its_stored_name_and_only_observers_do_not_score() {
        for role in JuryRole::ALL {
            assert_eq!(role.as_str().parse::<JuryRole>(), Ok(role));
            assert!(!role.label().is_empty());
            assert_eq!(role.scores(), role != JuryRole::Observer);
        }
        assert!("judge".parse::<JuryRole>().is_err());
        assert!(JuryRole::Rapporteur.records_consensus() && JuryRole::Chair.records_consensus());
        assert!(!JuryRole::Member.records_consensus());
    }
}
