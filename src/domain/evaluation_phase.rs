//! Moving between the jury evaluation and the consensus phase: what the secretariat is told
//! before opening the consensus (the scorecards by state), when going back to the jury
//! evaluation is allowed, and the reason it needs. Pure rules; the database and the pages are
//! elsewhere.

use super::edition::EditionStatus;
use super::message::Message;

/// The fewest characters a reason for going back may have.
pub const MIN_REASON_CHARS: usize = 10;

/// Where the jury evaluation of an edition stands: the figures shown before the consensus
/// phase is opened. Suspended scorecards (a conflict of interest keeps their juror away) are
/// counted apart and in none of the other states.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvaluationCounts {
    /// Eligible submissions, the ones the jury evaluates.
    pub submissions: usize,
    /// Eligible submissions without any submitted scorecard.
    pub submissions_unscored: usize,
    /// Jury assignments that count (not suspended).
    pub assignments: usize,
    /// Scorecards submitted.
    pub submitted: usize,
    /// Scorecards started but not submitted (drafts, reopened scorecards).
    pub in_progress: usize,
    /// Scorecards not started.
    pub not_started: usize,
    /// Scorecards suspended by a conflict of interest.
    pub suspended: usize,
}

impl EvaluationCounts {
    /// Adds one assignment in the state `status` (`submitted`, `not_started`, anything else is
    /// in progress), or to the suspended ones.
    pub fn add(&mut self, status: &str, suspended: bool) {
        if suspended {
            self.suspended += 1;
            return;
        }
        self.assignments += 1;
        match status {
            "submitted" => self.submitted += 1,
            "not_started" => self.not_started += 1,
            _ => self.in_progress += 1,
        }
    }

    /// Scorecards that are not submitted.
    pub fn unfinished(&self) -> usize {
        self.in_progress + self.not_started
    }

    /// What the secretariat should know before opening the consensus phase, if anything is
    /// unfinished: scorecards not submitted, submissions with no submitted scorecard.
    pub fn warnings(&self) -> Vec<Message> {
        let mut warnings = Vec::new();
        if self.unfinished() > 0 {
            warnings.push(
                Message::new("consensus-open-warning-unfinished")
                    .number("count", self.unfinished())
                    .number("total", self.assignments)
                    .number("progress", self.in_progress)
                    .number("unstarted", self.not_started),
            );
        }
        if self.submissions_unscored > 0 {
            warnings.push(
                Message::new("consensus-open-warning-unscored")
                    .number("count", self.submissions_unscored)
                    .number("total", self.submissions),
            );
        }
        if self.assignments == 0 {
            warnings.push(Message::new("consensus-open-warning-unassigned"));
        }
        warnings
    }
}

/// Whether an edition in `status` may open its consensus phase; the error says why not.
pub fn may_open_consensus(status: EditionStatus) -> Result<(), super::message::Message> {
    status.check_transition(EditionStatus::Consensus)
}

/// Why an edition cannot go back to the jury evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackRefused {
    /// Only the consensus phase can go back to the jury evaluation.
    NotInConsensus(EditionStatus),
    /// A consensus is recorded for some submissions: their discussion has happened.
    ConsensusRecorded(usize),
    /// The jury has recorded award decisions.
    DecisionsRecorded(usize),
}

impl BackRefused {
    /// Why, as a part of a sentence ("The edition cannot go back to the jury evaluation: …").
    pub fn message(&self) -> Message {
        match self {
            BackRefused::NotInConsensus(status) => {
                Message::new("back-refused-phase").message("phase", status.name())
            }
            BackRefused::ConsensusRecorded(n) => {
                Message::new("back-refused-consensus").number("count", *n)
            }
            BackRefused::DecisionsRecorded(n) => {
                Message::new("back-refused-decisions").number("count", *n)
            }
        }
    }
}

/// Whether an edition in `status`, with consensus recorded for `with_consensus` submissions and
/// `decisions` award decisions, may go back from the consensus phase to the jury evaluation.
pub fn may_return_to_evaluation(
    status: EditionStatus,
    with_consensus: usize,
    decisions: usize,
) -> Result<(), BackRefused> {
    if status != EditionStatus::Consensus {
        return Err(BackRefused::NotInConsensus(status));
    }
    if with_consensus > 0 {
        return Err(BackRefused::ConsensusRecorded(with_consensus));
    }
    if decisions > 0 {
        return Err(BackRefused::DecisionsRecorded(decisions));
    }
    Ok(())
}

/// Reads the reason for going back: trimmed, at least [`MIN_REASON_CHARS`] characters and at
/// most [`super::limits::REASON`]. The error names the field.
pub fn parse_reason(typed: &str) -> Result<String, super::message::Message> {
    let why = super::message::Message::new("why-back-to-evaluation");
    super::limits::check_reason(typed, MIN_REASON_CHARS, why)?;
    Ok(typed.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suspended_scorecards_are_counted_apart_from_the_unfinished_ones() {
        let mut counts = EvaluationCounts::default();
        for (status, suspended) in [
            ("submitted", false),
            ("draft", false),
            ("not_started", false),
            ("not_started", true),
        ] {
            counts.add(status, suspended);
        }
        assert_eq!(counts.assignments, 3);
        assert_eq!(
            (counts.submitted, counts.in_progress, counts.not_started),
            (1, 1, 1)
        );
        assert_eq!(counts.suspended, 1);
        assert_eq!(counts.unfinished(), 2);
        let warning = crate::i18n::say(crate::domain::language::Lang::EN, &counts.warnings()[0]);
        assert!(
            warning.starts_with("2 of 3 scorecards are not submitted"),
            "{warning}"
        );
    }

    #[test]
    fn a_finished_evaluation_has_no_warning() {
        let counts = EvaluationCounts {
            submissions: 1,
            assignments: 3,
            submitted: 3,
            ..EvaluationCounts::default()
        };
        assert!(counts.warnings().is_empty());
    }

    #[test]
    fn going_back_needs_the_consensus_phase_and_nothing_agreed_yet() {
        assert!(may_return_to_evaluation(EditionStatus::Consensus, 0, 0).is_ok());
        assert_eq!(
            may_return_to_evaluation(EditionStatus::Consensus, 1, 0),
            Err(BackRefused::ConsensusRecorded(1))
        );
        assert_eq!(
            may_return_to_evaluation(EditionStatus::Consensus, 0, 2),
            Err(BackRefused::DecisionsRecorded(2))
        );
        assert_eq!(
            may_return_to_evaluation(EditionStatus::Decided, 0, 0),
            Err(BackRefused::NotInConsensus(EditionStatus::Decided))
        );
    }

    #[test]
    fn the_consensus_opens_only_from_the_jury_evaluation() {
        assert!(may_open_consensus(EditionStatus::JuryEvaluation).is_ok());
        assert!(may_open_consensus(EditionStatus::Screening).is_err());
        assert!(may_open_consensus(EditionStatus::Consensus).is_err());
    }

    #[test]
    fn a_reason_is_required_and_bounded() {
        assert!(parse_reason("   ").expect_err("refused").id == "problem-say-why");
        assert_eq!(
            parse_reason("  A juror was missing.  ").as_deref(),
            Ok("A juror was missing.")
        );
        let long = "x".repeat(crate::domain::limits::REASON + 1);
        assert!(parse_reason(&long).expect_err("refused").id == "problem-length");
    }
}
