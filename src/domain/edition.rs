//! The lifecycle of an edition of the award, and which transitions between its states are allowed.

use std::fmt;
use std::str::FromStr;

/// Where an edition stands in its procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditionStatus {
    /// Being configured; not visible to applicants.
    Draft,
    /// The call for applications is open.
    Open,
    /// The deadline has passed; no more submissions.
    Closed,
    /// The secretariat checks eligibility.
    Screening,
    /// Jurors declare conflicts and score.
    JuryEvaluation,
    /// The jury has adopted its decisions.
    Decided,
    /// The winners are public and applicants see their feedback.
    Announced,
    /// Read-only record.
    Archived,
}

impl EditionStatus {
    /// Every state, in procedural order.
    pub const ALL: [EditionStatus; 8] = [
        EditionStatus::Draft,
        EditionStatus::Open,
        EditionStatus::Closed,
        EditionStatus::Screening,
        EditionStatus::JuryEvaluation,
        EditionStatus::Decided,
        EditionStatus::Announced,
        EditionStatus::Archived,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            EditionStatus::Draft => "draft",
            EditionStatus::Open => "open",
            EditionStatus::Closed => "closed",
            EditionStatus::Screening => "screening",
            EditionStatus::JuryEvaluation => "jury_evaluation",
            EditionStatus::Decided => "decided",
            EditionStatus::Announced => "announced",
            EditionStatus::Archived => "archived",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            EditionStatus::Draft => "Draft",
            EditionStatus::Open => "Open for applications",
            EditionStatus::Closed => "Closed",
            EditionStatus::Screening => "Eligibility screening",
            EditionStatus::JuryEvaluation => "Jury evaluation",
            EditionStatus::Decided => "Decided",
            EditionStatus::Announced => "Announced",
            EditionStatus::Archived => "Archived",
        }
    }

    /// The state that normally follows this one, if any.
    pub fn next(self) -> Option<EditionStatus> {
        let position = Self::ALL.iter().position(|s| *s == self)?;
        Self::ALL.get(position + 1).copied()
    }

    /// Checks a transition; the error says why it is not allowed.
    pub fn check_transition(self, to: EditionStatus) -> Result<(), String> {
        if self.next() == Some(to) {
            Ok(())
        } else if to == self {
            Err(format!("the edition is already {}", self.label()))
        } else {
            match self.next() {
                Some(next) => Err(format!(
                    "an edition that is {} can only move to {}",
                    self.label(),
                    next.label()
                )),
                None => Err(format!("an edition that is {} is final", self.label())),
            }
        }
    }
}

impl fmt::Display for EditionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EditionStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| format!("unknown edition status `{s}`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_edition_can_close_but_not_jump_to_decided() {
        assert!(
            EditionStatus::Open
                .check_transition(EditionStatus::Closed)
                .is_ok()
        );
        let refusal = EditionStatus::Open
            .check_transition(EditionStatus::Decided)
            .expect_err("refused");
        assert!(refusal.contains("can only move to Closed"), "{refusal}");
    }

    #[test]
    fn an_archived_edition_is_final() {
        assert!(
            EditionStatus::Archived
                .check_transition(EditionStatus::Draft)
                .expect_err("refused")
                .contains("final")
        );
    }

    #[test]
    fn statuses_round_trip_through_their_stored_names() {
        for status in EditionStatus::ALL {
            assert_eq!(status.as_str().parse::<EditionStatus>(), Ok(status));
        }
    }
}
