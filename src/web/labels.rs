//! The names of states as a page shows them, in the page's language: a submission's status and
//! an eligibility outcome (of the application, or of one rule).

use chrono::{DateTime, Utc};

use super::pages::Nav;
use crate::db::feedback::PublishedPrize;
use crate::domain::application::{Section, SubmissionStatus};
use crate::domain::decisions::{Prize, Tally};
use crate::domain::edition::EditionStatus;
use crate::domain::eligibility::{Outcome, RuleResult};
use crate::domain::jury::JuryRole;
use crate::domain::scoring::ScorecardStatus;
use crate::i18n::{self, msg};

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

    /// A section of the application form.
    pub fn section(&self, section: &Section) -> String {
        self.t(match section {
            Section::Project => msg("section-project"),
            Section::Partnership => msg("section-partnership"),
            Section::Budget => msg("section-budget"),
            Section::Sdgs => msg("section-sdgs"),
            Section::Answers => msg("section-answers"),
            Section::Evidence => msg("section-evidence"),
            Section::Declaration => msg("section-declaration"),
        })
    }

    /// A partner's role in the partnership, by its key.
    pub fn partner_role(&self, key: &str) -> String {
        let id = match key {
            "partner_lrg" => msg("partner-role-government"),
            "co_applicant" => msg("partner-role-co-applicant"),
            "associate" => msg("partner-role-associate"),
            unknown => return unknown.to_owned(),
        };
        self.t(id)
    }

    /// A country's name, by its ISO code.
    pub fn country(&self, code: &str) -> String {
        i18n::country_name(self.lang, code)
    }

    /// A language's name, by its code.
    pub fn language_name(&self, code: &str) -> String {
        i18n::language_name(self.lang, code)
    }

    /// An instant in time zone `zone`, the reader's way.
    pub fn when(&self, at: DateTime<Utc>, zone: &str) -> String {
        i18n::instant(self.lang, at, zone)
    }

    /// An instant in an edition's zone, and in the reader's when it is another one.
    pub fn edition_time(&self, at: DateTime<Utc>, edition_zone: &str, zone: &str) -> String {
        i18n::edition_time(self.lang, at, edition_zone, zone)
    }

    /// An amount of euro cents, the reader's way.
    pub fn euros(&self, cents: i64) -> String {
        i18n::euros(self.lang, cents)
    }

    /// A decimal written with a point ("3.75", "2.5", "12") written the reader's way ("3,75").
    pub fn decimal_text(&self, text: &str) -> String {
        let places = text.split_once('.').map_or(0, |(_, f)| f.len());
        match text.parse::<f64>() {
            Ok(value) => i18n::decimal(self.lang, value, i16::try_from(places).unwrap_or(0)),
            Err(_) => text.to_owned(),
        }
    }

    /// A whole number, the reader's way.
    pub fn number(&self, value: i64) -> String {
        i18n::number(self.lang, value)
    }

    /// A scorecard's state.
    pub fn scorecard_status(&self, status: &ScorecardStatus) -> String {
        self.t(match status {
            ScorecardStatus::NotStarted => msg("scorecard-not-started"),
            ScorecardStatus::Draft => msg("status-draft"),
            ScorecardStatus::Submitted => msg("status-submitted"),
        })
    }

    /// A role on a jury.
    pub fn jury_role(&self, role: &JuryRole) -> String {
        self.t(match role {
            JuryRole::Chair => msg("jury-role-chair"),
            JuryRole::Member => msg("jury-role-member"),
            JuryRole::Rapporteur => msg("jury-role-rapporteur"),
            JuryRole::Observer => msg("jury-role-observer"),
        })
    }

    /// An edition's phase.
    pub fn phase(&self, phase: &EditionStatus) -> String {
        self.say(&phase.name())
    }

    /// A vote's tally: "3 for, 1 against, 0 abstaining".
    pub fn tally(&self, tally: &Tally) -> String {
        let args = [
            ("for", tally.for_.to_string()),
            ("against", tally.against.to_string()),
            ("abstain", tally.abstain.to_string()),
        ];
        let args: Vec<(&'static str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        i18n::text_with(self.lang, msg("decisions-tally"), &args)
    }

    /// A prize.
    pub fn prize(&self, prize: &Prize) -> String {
        self.t(match prize {
            Prize::First => msg("prize-first"),
            Prize::Second => msg("prize-second"),
            Prize::Third => msg("prize-third"),
            Prize::Special => msg("prize-special"),
            Prize::NoPrize => msg("prize-none"),
        })
    }

    /// A published prize, a special prize with its name.
    pub fn published_prize(&self, published: &PublishedPrize) -> String {
        match (
            published.prize,
            published.special_name.as_deref().map(str::trim),
        ) {
            (Prize::Special, Some(name)) if !name.is_empty() => {
                self.t_with("prize-special-named", "name", name)
            }
            (prize, _) => self.prize(&prize),
        }
    }

    /// The secretariat's eligibility decision by hand, with its reason.
    pub fn eligibility_decision(&self, outcome: &Outcome, reason: &str) -> String {
        let outcome = self.eligibility(outcome);
        i18n::text_with(
            self.lang,
            "eligibility-decided",
            &[("outcome", &outcome), ("reason", reason)],
        )
    }

    /// What an eligibility rule asks (as it was stored, for a rule this version does not know).
    pub fn rule(&self, rule: &RuleResult) -> String {
        let id = match rule.code.as_str() {
            "E1" => msg("rule-e1"),
            "E2" => msg("rule-e2"),
            "E3" => msg("rule-e3"),
            "E4" => msg("rule-e4"),
            "E5" => msg("rule-e5"),
            "E6" => msg("rule-e6"),
            "E7" => msg("rule-e7"),
            "E8" => msg("rule-e8"),
            _ => return rule.rule.clone(),
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
