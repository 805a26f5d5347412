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

    /// A kind of organisation, by its key (`municipality`, `ngo`, …).
    pub fn organisation_kind(&self, key: &str) -> String {
        let id = match key {
            "municipality" => msg("kind-municipality"),
            "province" => msg("kind-province"),
            "region" => msg("kind-region"),
            "metropolitan" => msg("kind-metropolitan"),
            "lrg_association" => msg("kind-lrg-association"),
            "ngo" => msg("kind-ngo"),
            "diaspora" => msg("kind-diaspora"),
            "university" => msg("kind-university"),
            "private" => msg("kind-private"),
            "other" => msg("kind-other"),
            unknown => return unknown.to_owned(),
        };
        self.t(id)
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
