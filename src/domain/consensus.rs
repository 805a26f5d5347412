//! Consensus per criterion: the proposal is the median of the individual scores rounded down to
//! a half point, and a spread of 2 points or more is flagged for discussion.

use std::collections::BTreeMap;

use super::limits;
use super::message::Message;
use super::rubric::{HalfPoints, Rubric};
use super::scoring::parse_score;

/// A spread (max − min) of this many half-points or more is flagged: 2 points.
pub const DISCUSS_SPREAD: u16 = 4;

/// The median of the scores, rounded down to a half point; None without scores.
pub fn proposal(scores: &[HalfPoints]) -> Option<HalfPoints> {
    let mut sorted: Vec<u16> = scores.iter().map(|s| s.0).collect();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => sorted.get(n / 2).copied().map(HalfPoints),
        _ => {
            let (low, high) = (sorted.get(n / 2 - 1)?, sorted.get(n / 2)?);
            Some(HalfPoints((low + high) / 2))
        }
    }
}

/// The spread of the scores in half-points (0 without scores).
pub fn spread(scores: &[HalfPoints]) -> u16 {
    let max = scores.iter().map(|s| s.0).max().unwrap_or(0);
    let min = scores.iter().map(|s| s.0).min().unwrap_or(0);
    max - min
}

/// Whether the criterion must be discussed before agreeing.
pub fn needs_discussion(scores: &[HalfPoints]) -> bool {
    spread(scores) >= DISCUSS_SPREAD
}

/// One criterion's consensus as typed: (score, comment, dissent).
pub type TypedConsensus = (String, String, String);

/// One criterion's agreed consensus: (score, comment, dissent), trimmed.
pub type AgreedConsensus = (HalfPoints, String, String);

/// Checks a consensus as typed: every criterion needs a score on the scale and a comment (the
/// applicant reads it); comments and dissent have the comment limit. Problems are keyed
/// `score-KEY`, `comment-KEY` or `dissent-KEY`.
pub fn check_consensus(
    rubric: &Rubric,
    typed: &BTreeMap<String, TypedConsensus>,
) -> Result<BTreeMap<String, AgreedConsensus>, BTreeMap<String, Message>> {
    let mut entries = BTreeMap::new();
    let mut problems = BTreeMap::new();
    for c in &rubric.criteria {
        let (score, comment, dissent) = typed.get(&c.key).cloned().unwrap_or_default();
        let named = |message: Message| message.text("name", &c.name);
        let too_long = |label: Message, text: &str| {
            let count = text.chars().count();
            (count > limits::COMMENT).then(|| {
                Message::new("problem-length")
                    .message("label", label)
                    .number("max", limits::COMMENT)
                    .number("count", count)
            })
        };
        if let Some(problem) = too_long(named(Message::new("consensus-comment-of")), &comment) {
            problems.insert(format!("comment-{}", c.key), problem);
        }
        if let Some(problem) = too_long(named(Message::new("consensus-dissent-of")), &dissent) {
            problems.insert(format!("dissent-{}", c.key), problem);
        }
        match parse_score(&score) {
            Ok(Some(hp)) if rubric.scale.allows(hp) && !comment.trim().is_empty() => {
                let agreed = (hp, comment.trim().to_owned(), dissent.trim().to_owned());
                entries.insert(c.key.clone(), agreed);
            }
            Ok(Some(hp)) if rubric.scale.allows(hp) => {
                let problem = named(Message::new("consensus-comment-missing"));
                problems.insert(format!("comment-{}", c.key), problem);
            }
            _ => {
                let problem = named(Message::new("consensus-score-missing"));
                problems.insert(format!("score-{}", c.key), problem);
            }
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// The version of a submission's recorded consensus, for optimistic locking: a hash of every
/// criterion's agreed score, comment and dissent, so it changes whenever what a reader saw
/// changes (0 when nothing is recorded).
pub fn version(recorded: &BTreeMap<String, AgreedConsensus>) -> i64 {
    if recorded.is_empty() {
        return 0;
    }
    let halves: Vec<[u8; 2]> = recorded
        .values()
        .map(|(s, _, _)| s.0.to_be_bytes())
        .collect();
    super::version::of_parts(recorded.iter().zip(&halves).flat_map(
        |((key, (_, comment, dissent)), half)| {
            [
                key.as_bytes(),
                half.as_slice(),
                comment.as_bytes(),
                dissent.as_bytes(),
            ]
        },
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_consensus_version_changes_with_any_score_comment_or_dissent_and_is_never_negative() {
        let entry = |score: u16, comment: &str, dissent: &str| {
            BTreeMap::from([(
                "participation".to_owned(),
                (HalfPoints(score), comment.to_owned(), dissent.to_owned()),
            )])
        };
        let base = version(&entry(7, "Strong.", ""));
        assert_eq!(base, version(&entry(7, "Strong.", "")));
        assert!(base > 0);
        assert_ne!(base, version(&entry(8, "Strong.", "")));
        assert_ne!(base, version(&entry(7, "Strong!", "")));
        assert_ne!(base, version(&entry(7, "Strong.", "Ana disagrees.")));
        assert_ne!(
            version(&entry(7, "ab", "c")),
            version(&entry(7, "a", "bc")),
            "fields are delimited"
        );
        assert_eq!(version(&BTreeMap::new()), 0);
    }

    use super::*;

    fn hp(values: &[u16]) -> Vec<HalfPoints> {
        values.iter().copied().map(HalfPoints).collect()
    }

    #[test]
    fn the_proposal_is_the_median_rounded_down_to_a_half_point() {
        assert_eq!(proposal(&hp(&[6, 8, 7])), Some(HalfPoints(7)));
        assert_eq!(
            proposal(&hp(&[6, 7])),
            Some(HalfPoints(6)),
            "3.25 rounds down to 3"
        );
        assert_eq!(proposal(&hp(&[6, 8])), Some(HalfPoints(7)));
        assert_eq!(proposal(&[]), None);
    }

    #[test]
    fn a_spread_of_two_points_is_flagged() {
        assert!(needs_discussion(&hp(&[4, 8])));
        assert!(!needs_discussion(&hp(&[5, 8])));
        assert_eq!(spread(&[]), 0);
    }
}
