//! Rules of a scorecard: scores on the rubric's scale, a comment for every criterion, a longer
//! justification for a low score (2 or less), and an overall comment before submitting.

use std::collections::BTreeMap;

use super::limits;
use super::message::Message;
use super::rubric::{HalfPoints, Rubric};

/// A low score (in half-points: 2.0) needs a justification.
pub const LOW_SCORE: u16 = 4;
/// The shortest justification of a low score, in characters.
pub const MIN_JUSTIFICATION: usize = 40;

/// Where a juror's scorecard stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ScorecardStatus {
    /// Nothing saved yet.
    NotStarted,
    /// Saved as a draft.
    Draft,
    /// Submitted and locked.
    Submitted,
}

impl ScorecardStatus {
    /// Every state, in the order a scorecard goes through them.
    pub const ALL: [ScorecardStatus; 3] = [
        ScorecardStatus::NotStarted,
        ScorecardStatus::Draft,
        ScorecardStatus::Submitted,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ScorecardStatus::NotStarted => "not_started",
            ScorecardStatus::Draft => "draft",
            ScorecardStatus::Submitted => "submitted",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<ScorecardStatus> {
        ScorecardStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == value)
    }

    /// For people.
    pub fn label(self) -> &'static str {
        match self {
            ScorecardStatus::NotStarted => "Not started",
            ScorecardStatus::Draft => "Draft",
            ScorecardStatus::Submitted => "Submitted",
        }
    }

    /// Whether the scorecard is submitted (and so locked).
    pub fn is_submitted(self) -> bool {
        self == ScorecardStatus::Submitted
    }
}

/// Parses a score as typed ("3.5" or "3,5"); None when empty.
pub fn parse_score(text: &str) -> Result<Option<HalfPoints>, Message> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    let echoed = crate::domain::text::echo(&text).to_string();
    let value: f64 = text
        .parse()
        .map_err(|_| Message::new("scorecard-not-a-score").text("value", &echoed))?;
    let doubled = value * 2.0;
    if !doubled.is_finite() || doubled.fract() != 0.0 || !(0.0..=200.0).contains(&doubled) {
        return Err(Message::new("scorecard-not-on-scale").text("value", &echoed));
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "checked: a whole number in 0..=200"
    )]
    Ok(Some(HalfPoints(doubled as u16)))
}

/// Checks a scorecard; `complete` asks for everything a submission needs. Problems are keyed by
/// field id (`score-<key>`, `comment-<key>`, `overall`).
pub fn check(
    rubric: &Rubric,
    entries: &BTreeMap<String, (Option<HalfPoints>, String)>,
    overall: &str,
    complete: bool,
) -> BTreeMap<String, Message> {
    let mut problems = BTreeMap::new();
    for criterion in &rubric.criteria {
        let (score, comment) = entries
            .get(&criterion.key)
            .cloned()
            .unwrap_or((None, String::new()));
        let named = |message: Message| message.text("name", &criterion.name);
        let score_field = format!("score-{}", criterion.key);
        match score {
            Some(s) if !rubric.scale.allows(s) => {
                let problem = named(Message::new("scorecard-off-scale"))
                    .text("score", s)
                    .text("min", rubric.scale.min)
                    .text("max", rubric.scale.max);
                problems.insert(score_field, problem);
            }
            None if complete => {
                problems.insert(score_field, named(Message::new("scorecard-score-missing")));
            }
            _ => {}
        }
        let comment_field = format!("comment-{}", criterion.key);
        let length = comment.chars().count();
        let words = comment.trim().chars().count();
        if length > limits::COMMENT {
            let problem = Message::new("problem-length")
                .message("label", named(Message::new("scorecard-comment-of")))
                .number("max", limits::COMMENT)
                .number("count", length);
            problems.insert(comment_field, problem);
        } else if complete && words == 0 {
            problems.insert(
                comment_field,
                named(Message::new("scorecard-comment-missing")),
            );
        } else if complete && score.is_some_and(|s| s.0 <= LOW_SCORE) && words < MIN_JUSTIFICATION {
            let problem = named(Message::new("scorecard-justify")).number("min", MIN_JUSTIFICATION);
            problems.insert(comment_field, problem);
        }
    }
    let length = overall.chars().count();
    if length > limits::LONG_COMMENT {
        let problem = Message::new("problem-length")
            .message("label", Message::new("scorecard-overall"))
            .number("max", limits::LONG_COMMENT)
            .number("count", length);
        problems.insert("overall".to_owned(), problem);
    } else if complete && overall.trim().is_empty() {
        problems.insert(
            "overall".to_owned(),
            Message::new("scorecard-overall-missing"),
        );
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scorecard_status_round_trips_through_its_stored_name() {
        for status in ScorecardStatus::ALL {
            assert_eq!(ScorecardStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(ScorecardStatus::parse("locked"), None);
    }

    fn rubric() -> Rubric {
        let source = r#"
key = "r"
name = "R"
overall_threshold = 1
[[criteria]]
key = "a"
name = "Alpha"
weight = 1
threshold = 1
tie_break_priority = 1
[criteria.descriptors]
0 = "x"
1 = "x"
2 = "x"
3 = "x"
4 = "x"
5 = "x"
"#;
        crate::domain::rubric::parse_rubric("r.toml", source, Some("r")).expect("valid")
    }

    #[test]
    fn scores_are_read_in_half_points_with_a_comma_or_a_point() {
        assert_eq!(parse_score("3,5"), Ok(Some(HalfPoints(7))));
        assert_eq!(parse_score(" 4 "), Ok(Some(HalfPoints(8))));
        assert_eq!(parse_score(""), Ok(None));
        assert!(parse_score("3.3").is_err());
        assert!(parse_score("abc").is_err());
    }

    #[test]
    fn a_draft_may_be_partial_but_a_submission_needs_everything() {
        let r = rubric();
        let empty = BTreeMap::new();
        assert!(check(&r, &empty, "", false).is_empty());
        let problems = check(&r, &empty, "", true);
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn a_low_score_needs_a_justification_and_off_scale_scores_are_refused() {
        let r = rubric();
        let low = BTreeMap::from([("a".to_owned(), (Some(HalfPoints(3)), "Weak.".to_owned()))]);
        let problems = check(&r, &low, "Fine overall.", true);
        assert_eq!(
            problems["comment-a"].id, "scorecard-justify",
            "{problems:?}"
        );
        let off = BTreeMap::from([(
            "a".to_owned(),
            (Some(HalfPoints(12)), "Too high.".to_owned()),
        )]);
        assert_eq!(
            check(&r, &off, "", false)["score-a"].id,
            "scorecard-off-scale"
        );
    }
}
