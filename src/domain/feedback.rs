//! An applicant's feedback: the consensus score and comment per criterion in rubric order, and
//! the weighted total with the ranking's own exact arithmetic.

use std::collections::BTreeMap;

use crate::domain::results::totals_rubric;
use crate::domain::rubric::{HalfPoints, Rubric};
use crate::domain::stats::totals::{self, Entry};

/// One criterion of the feedback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionFeedback {
    /// The criterion's name.
    pub name: String,
    /// Its weight, e.g. "20%".
    pub weight: String,
    /// The consensus score, if recorded.
    pub score: Option<HalfPoints>,
    /// The consensus comment.
    pub comment: String,
}

/// The feedback of one submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feedback {
    /// Every criterion, in rubric order.
    pub criteria: Vec<CriterionFeedback>,
    /// The weighted total in points with two decimals, once every criterion has a consensus.
    pub total: Option<String>,
    /// Whether any consensus is recorded at all.
    pub any_consensus: bool,
}

/// Builds the feedback from the consensus per criterion key: (half-points, comment).
pub fn feedback(rubric: &Rubric, consensus: &BTreeMap<String, (u16, String)>) -> Feedback {
    let criteria = rubric
        .criteria
        .iter()
        .map(|c| {
            let recorded = consensus.get(&c.key);
            CriterionFeedback {
                name: c.name.clone(),
                weight: c.weight_percent(),
                score: recorded.map(|(hp, _)| HalfPoints(*hp)),
                comment: recorded.map(|(_, text)| text.clone()).unwrap_or_default(),
            }
        })
        .collect();
    Feedback {
        criteria,
        total: weighted_total(rubric, consensus),
        any_consensus: rubric
            .criteria
            .iter()
            .any(|c| consensus.contains_key(&c.key)),
    }
}

/// The weighted total of the consensus scores with two decimals, as the ranking computes it;
/// `None` unless every criterion has a consensus score.
pub fn weighted_total(
    rubric: &Rubric,
    consensus: &BTreeMap<String, (u16, String)>,
) -> Option<String> {
    let mut scores = BTreeMap::new();
    for c in &rubric.criteria {
        let (hp, _) = consensus.get(&c.key)?;
        scores.insert(c.key.clone(), vec![u8::try_from(*hp).ok()?]);
    }
    let entry = Entry {
        id: "feedback".to_owned(),
        scores,
    };
    let ranked = totals::rank_entries(&totals_rubric(rubric), &[entry]).ok()?;
    ranked.into_iter().next().map(|e| e.weighted_total_display)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rubric() -> Rubric {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rubrics/platforma.toml"
        ))
        .expect("the platforma rubric");
        crate::domain::rubric::parse_rubric("platforma.toml", &text, Some("platforma"))
            .expect("a valid rubric")
    }

    #[test]
    fn the_total_is_the_exact_weighted_sum_and_needs_every_criterion() {
        let rubric = rubric();
        let mut consensus: BTreeMap<String, (u16, String)> = rubric
            .criteria
            .iter()
            .map(|c| (c.key.clone(), (7, format!("About {}", c.name))))
            .collect();
        let done = feedback(&rubric, &consensus);
        assert_eq!(done.total.as_deref(), Some("3.50"));
        assert_eq!(done.criteria.len(), rubric.criteria.len());
        assert_eq!(done.criteria[0].score, Some(HalfPoints(7)));
        let (first, second) = (
            rubric.criteria[0].key.clone(),
            rubric.criteria[1].key.clone(),
        );
        consensus.insert(first.clone(), (9, String::new()));
        consensus.insert(second, (8, String::new()));
        assert_eq!(
            weighted_total(&rubric, &consensus).as_deref(),
            Some("3.78"),
            "4.5 x 0.20 + 4 x 0.15 + 3.5 x 0.65 = 3.775, rounded half up exactly"
        );
        consensus.remove(&first);
        let partial = feedback(&rubric, &consensus);
        assert_eq!(partial.total, None);
        assert!(partial.any_consensus);
        assert_eq!(partial.criteria[0].score, None);
        assert!(!feedback(&rubric, &BTreeMap::new()).any_consensus);
    }
}
