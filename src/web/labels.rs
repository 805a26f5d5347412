//! The names of states as a page shows them, in the page's language: a submission's status and
//! an eligibility outcome (of the application, or of one rule).

use super::pages::Nav;
use crate::domain::application::SubmissionStatus;
use crate::domain::eligibility::Outcome;
use crate::i18n::msg;

impl Nav {
    /// A submission's status.
    pub fn status(&self, status: &SubmissionStatus) -> String {
        self.t(match status {
            SubmissionStatus::Draft => msg("status-draft"),
            SubmissionStatus::Submitted => msg("status-submitted"),
        })
    }

    /// An application's eligibility.
    pub fn eligibility(&self, outcome: &Outcome) -> String {
        self.t(match outcome {
            Outcome::Pass => msg("eligibility-pass"),
            Outcome::NeedsReview => msg("eligibility-needs-review"),
            Outcome::Fail => msg("eligibility-fail"),
        })
    }

    /// The result of one eligibility rule.
    pub fn rule_result(&self, outcome: &Outcome) -> String {
        self.t(match outcome {
            Outcome::Pass => msg("rule-met"),
            Outcome::NeedsReview => msg("eligibility-needs-review"),
            Outcome::Fail => msg("rule-not-met"),
        })
    }
}
