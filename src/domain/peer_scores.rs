//! When jurors see each other's (anonymous) scores: an edition's setting, and the rule that
//! applies it to one juror, one scorecard and the edition's state.

use std::fmt;
use std::str::FromStr;

use super::edition::EditionStatus;

/// An edition's choice of when jurors see the other jurors' scores of a submission they score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PeerScores {
    /// From the consensus phase on (the default): scoring stays independent.
    #[default]
    AtConsensus,
    /// As soon as the juror has submitted their own scorecard of that submission.
    AfterOwnScorecard,
    /// Never on the scorecard: only the rapporteur and the chair, on the consensus page.
    RapporteurOnly,
}

impl PeerScores {
    /// Every choice, the default first.
    pub const ALL: [PeerScores; 3] = [
        PeerScores::AtConsensus,
        PeerScores::AfterOwnScorecard,
        PeerScores::RapporteurOnly,
    ];

    /// The stable name stored in the database and sent by forms.
    pub fn as_str(self) -> &'static str {
        match self {
            PeerScores::AtConsensus => "at_consensus",
            PeerScores::AfterOwnScorecard => "after_own_scorecard",
            PeerScores::RapporteurOnly => "rapporteur_only",
        }
    }

    /// The choice as the secretariat reads it.
    pub fn label(self) -> &'static str {
        match self {
            PeerScores::AtConsensus => "From the consensus phase on",
            PeerScores::AfterOwnScorecard => {
                "Once the juror has submitted their own scorecard of that submission"
            }
            PeerScores::RapporteurOnly => "Never on scorecards; only the rapporteur and the chair",
        }
    }

    /// Whether a juror, on the scorecard of a submission they score, sees the other jurors'
    /// submitted scores. Before the jury evaluation nobody scores, so nobody sees anything.
    pub fn visible(self, status: EditionStatus, own_scorecard_submitted: bool) -> bool {
        let consensus_or_later = status.is_at_or_after(EditionStatus::Consensus);
        match self {
            PeerScores::AtConsensus => consensus_or_later,
            PeerScores::AfterOwnScorecard => {
                consensus_or_later
                    || (status == EditionStatus::JuryEvaluation && own_scorecard_submitted)
            }
            PeerScores::RapporteurOnly => false,
        }
    }
}

impl fmt::Display for PeerScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PeerScores {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|choice| choice.as_str() == s)
            .ok_or_else(|| format!("unknown choice `{s}` for when jurors see each other's scores"))
    }
}

/// Whether a juror may still change their scorecard: during the jury evaluation, and during the
/// consensus phase only a scorecard the secretariat has reopened (a revision after the first).
pub fn scoring_open(status: EditionStatus, revision: i32) -> bool {
    status == EditionStatus::JuryEvaluation || (status == EditionStatus::Consensus && revision > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_default_nobody_sees_other_scores_during_the_jury_evaluation() {
        let setting = PeerScores::default();
        assert!(!setting.visible(EditionStatus::JuryEvaluation, true));
        assert!(setting.visible(EditionStatus::Consensus, false));
        assert!(setting.visible(EditionStatus::Announced, false));
    }

    #[test]
    fn after_own_scorecard_opens_once_the_juror_has_submitted() {
        let setting = PeerScores::AfterOwnScorecard;
        assert!(!setting.visible(EditionStatus::JuryEvaluation, false));
        assert!(setting.visible(EditionStatus::JuryEvaluation, true));
        assert!(!setting.visible(EditionStatus::Screening, true));
    }

    #[test]
    fn rapporteur_only_never_shows_other_scores_on_a_scorecard() {
        for status in EditionStatus::ALL {
            assert!(!PeerScores::RapporteurOnly.visible(status, true));
        }
    }

    #[test]
    fn choices_round_trip_through_their_stored_names() {
        for choice in PeerScores::ALL {
            assert_eq!(choice.as_str().parse::<PeerScores>(), Ok(choice));
        }
        assert!("sometimes".parse::<PeerScores>().is_err());
    }

    #[test]
    fn only_a_reopened_scorecard_changes_during_the_consensus_phase() {
        assert!(scoring_open(EditionStatus::JuryEvaluation, 1));
        assert!(!scoring_open(EditionStatus::Consensus, 1));
        assert!(scoring_open(EditionStatus::Consensus, 2));
        assert!(!scoring_open(EditionStatus::Screening, 1));
        assert!(!scoring_open(EditionStatus::Decided, 3));
    }
}
