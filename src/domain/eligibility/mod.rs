//! Eligibility rules E1–E8 (docs: the award's rules): each gives pass, fail or needs review with
//! its reason, and the overall outcome is the worst of them. Evaluated when an application is
//! submitted and again when screening starts; a person may override with a written reason.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::application::{Application, is_lrg_kind};
use super::countries;
use super::message::Message;

/// The outcome of one rule, or of all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The rule is met.
    Pass,
    /// A person must look (the data cannot decide).
    NeedsReview,
    /// The rule is not met.
    Fail,
}

impl Outcome {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::NeedsReview => "needs_review",
            Outcome::Fail => "fail",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Pass => "Eligible",
            Outcome::NeedsReview => "Needs review",
            Outcome::Fail => "Not eligible",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Outcome {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Outcome::Pass, Outcome::NeedsReview, Outcome::Fail]
            .into_iter()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| format!("unknown eligibility outcome `{s}`"))
    }
}

/// The result of one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleResult {
    /// E1 … E8.
    pub code: String,
    /// What the rule asks.
    pub rule: String,
    /// Its outcome.
    pub outcome: Outcome,
    /// Why, in words an applicant understands (a reason stored before reasons were messages is
    /// read back as its text).
    #[serde(deserialize_with = "reason_or_text")]
    pub reason: Message,
}

/// A stored reason: a message, or the English text stored before reasons were messages.
fn reason_or_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Message, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Stored {
        Message(Message),
        Text(String),
    }
    Ok(match Stored::deserialize(deserializer)? {
        Stored::Message(message) => message,
        Stored::Text(text) => Message::new("eligibility-stored-reason").text("text", text),
    })
}

/// The eligibility settings of an edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EligibilitySettings {
    /// Countries where a lead applicant may be (ISO alpha-2).
    pub lead_countries: Vec<String>,
    /// Countries where a partner government may be (ISO alpha-2).
    pub partner_countries: Vec<String>,
    /// The project must have started on or after this date.
    pub started_after: Option<NaiveDate>,
    /// The project must be ongoing or have ended on or after this date.
    pub active_or_ended_after: Option<NaiveDate>,
}

impl Default for EligibilitySettings {
    /// EU-27 leads; partners from the DAC list of ODA recipients and the Eastern Partnership.
    fn default() -> Self {
        EligibilitySettings {
            lead_countries: countries::EU27.iter().map(|c| (*c).to_owned()).collect(),
            partner_countries: countries::partner_countries()
                .countries
                .iter()
                .map(|c| c.code.clone())
                .collect(),
            started_after: None,
            active_or_ended_after: None,
        }
    }
}

/// A partnership that won a first, second or third prize before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastWinner {
    /// Lead's name and country.
    pub lead: (String, String),
    /// Partners' names and countries.
    pub partners: Vec<(String, String)>,
    /// Which edition and prize, for the reason.
    pub label: String,
}

/// Everything the rules look at.
pub struct EligibilityInput<'a> {
    /// The application.
    pub application: &'a Application,
    /// The edition's settings.
    pub settings: &'a EligibilitySettings,
    /// Accepted languages.
    pub languages: &'a [String],
    /// The deadline.
    pub closes_at: DateTime<Utc>,
    /// The edition's time zone, in which the reasons write the deadline.
    pub time_zone: &'a str,
    /// When it was received.
    pub submitted_at: DateTime<Utc>,
    /// Earlier winners.
    pub past_winners: &'a [PastWinner],
}

fn result(code: &str, rule: &str, outcome: Outcome, reason: Message) -> RuleResult {
    RuleResult {
        code: code.to_owned(),
        rule: rule.to_owned(),
        outcome,
        reason,
    }
}

/// Compares organisation names loosely: case, accents aside, punctuation and spacing ignored.
fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    key(a) == key(b)
}

fn e1(input: &EligibilityInput<'_>) -> RuleResult {
    let lead = &input.application.lead;
    let rule = "The lead applicant is a local or regional government in an eligible country";
    let in_list = input.settings.lead_countries.contains(&lead.country);
    let (outcome, reason) = match (is_lrg_kind(&lead.kind), in_list) {
        (true, true) => (
            Outcome::Pass,
            Message::new("eligibility-e1-met")
                .text("name", &lead.name)
                .country("country", &lead.country),
        ),
        (false, _) => (
            Outcome::Fail,
            Message::new("eligibility-e1-not-government").text("name", &lead.name),
        ),
        (true, false) => (
            Outcome::Fail,
            Message::new("eligibility-e1-country").country("country", &lead.country),
        ),
    };
    result("E1", rule, outcome, reason)
}

fn e2(input: &EligibilityInput<'_>) -> RuleResult {
    let rule = "At least one partner local government is in a partner country";
    let partner_govs: Vec<_> = input
        .application
        .partners
        .iter()
        .filter(|p| p.role == "partner_lrg")
        .collect();
    let eligible = partner_govs
        .iter()
        .find(|p| is_lrg_kind(&p.kind) && input.settings.partner_countries.contains(&p.country));
    let (outcome, reason) = if let Some(p) = eligible {
        (
            Outcome::Pass,
            Message::new("eligibility-e2-met")
                .text("name", &p.name)
                .country("country", &p.country),
        )
    } else if let Some(p) = partner_govs
        .iter()
        .find(|p| input.settings.partner_countries.contains(&p.country))
    {
        (
            Outcome::NeedsReview,
            Message::new("eligibility-e2-kind")
                .text("name", &p.name)
                .country("country", &p.country),
        )
    } else {
        let named = partner_govs.iter().fold(None, |list: Option<Message>, p| {
            let one = Message::new("eligibility-named")
                .text("name", &p.name)
                .country("country", &p.country);
            Some(match list {
                None => one,
                Some(list) => Message::new("eligibility-list")
                    .message("first", list)
                    .message("next", one),
            })
        });
        let named = named.unwrap_or_else(|| Message::new("eligibility-none-named"));
        (
            Outcome::Fail,
            Message::new("eligibility-e2-not-met").message("named", named),
        )
    };
    result("E2", rule, outcome, reason)
}

fn e3(input: &EligibilityInput<'_>) -> RuleResult {
    let rule = "The project's dates fall within the edition's project window";
    let app = input.application;
    let s = input.settings;
    let mut problems = Vec::new();
    if let Some(after) = s.started_after.filter(|after| app.start_date < *after) {
        let problem = Message::new("eligibility-e3-started-before")
            .date("start", app.start_date)
            .date("after", after);
        problems.push(problem);
    }
    if let (Some(after), Some(end)) = (s.active_or_ended_after, app.end_date)
        && end < after
    {
        let problem = Message::new("eligibility-e3-ended-before")
            .date("end", end)
            .date("after", after);
        problems.push(problem);
    }
    let outside = problems.into_iter().reduce(|first, next| {
        Message::new("eligibility-list")
            .message("first", first)
            .message("next", next)
    });
    match (outside, app.end_date) {
        (Some(outside), _) => result(
            "E3",
            rule,
            Outcome::Fail,
            Message::new("eligibility-e3-outside").message("problems", outside),
        ),
        (None, Some(end)) => result(
            "E3",
            rule,
            Outcome::Pass,
            Message::new("eligibility-e3-ended")
                .date("start", app.start_date)
                .date("end", end),
        ),
        (None, None) => result(
            "E3",
            rule,
            Outcome::Pass,
            Message::new("eligibility-e3-ongoing").date("start", app.start_date),
        ),
    }
}

/// Evaluates the eight rules, in order.
pub fn evaluate(input: &EligibilityInput<'_>) -> Vec<RuleResult> {
    let app = input.application;
    let mut results = vec![e1(input), e2(input), e3(input)];
    results.push(result(
        "E4",
        "The project contributes to at least one Sustainable Development Goal",
        Outcome::Pass,
        Message::new("eligibility-e4-met").number("goal", app.primary_sdg),
    ));
    let language_ok = input.languages.contains(&app.language);
    results.push(result(
        "E5",
        "Every mandatory field is filled in and the language is accepted",
        if language_ok {
            Outcome::Pass
        } else {
            Outcome::Fail
        },
        if language_ok {
            Message::new("eligibility-e5-met")
        } else {
            Message::new("eligibility-e5-language").language("language", &app.language)
        },
    ));
    results.push(result(
        "E6",
        "The declaration is signed by an authorised person",
        Outcome::Pass,
        Message::new("eligibility-e6-met")
            .text("name", &app.declaration_name)
            .text("role", &app.declaration_role),
    ));
    let on_time = input.submitted_at < input.closes_at;
    results.push(result(
        "E7",
        "The application was received before the deadline",
        if on_time {
            Outcome::Pass
        } else {
            Outcome::Fail
        },
        if on_time {
            Message::new("eligibility-e7-met")
        } else {
            Message::new("eligibility-e7-late")
        }
        .instant("received", input.submitted_at, input.time_zone)
        .instant("deadline", input.closes_at, input.time_zone)
        .text("zone", input.time_zone),
    ));
    results.push(e8(input));
    results
}

fn e8(input: &EligibilityInput<'_>) -> RuleResult {
    let rule = "The same partnership has not already won a first, second or third prize";
    let app = input.application;
    let lead_matches =
        |w: &PastWinner| same_name(&w.lead.0, &app.lead.name) && w.lead.1 == app.lead.country;
    let partner_matches = |w: &PastWinner| {
        app.partners.iter().any(|p| {
            w.partners
                .iter()
                .any(|(name, country)| same_name(name, &p.name) && *country == p.country)
        })
    };
    if let Some(w) = input
        .past_winners
        .iter()
        .find(|w| lead_matches(w) && partner_matches(w))
    {
        return result(
            "E8",
            rule,
            Outcome::Fail,
            Message::new("eligibility-e8-won").text("prize", &w.label),
        );
    }
    if let Some(w) = input.past_winners.iter().find(|w| lead_matches(w)) {
        return result(
            "E8",
            rule,
            Outcome::NeedsReview,
            Message::new("eligibility-e8-lead-won").text("prize", &w.label),
        );
    }
    result(
        "E8",
        rule,
        Outcome::Pass,
        Message::new("eligibility-e8-met"),
    )
}

/// The overall outcome: the worst outcome of the rules.
pub fn overall(results: &[RuleResult]) -> Outcome {
    results
        .iter()
        .map(|r| r.outcome)
        .max()
        .unwrap_or(Outcome::NeedsReview)
}

#[cfg(test)]
mod tests;
