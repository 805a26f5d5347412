//! What results are computed from: the rubric, the submissions, the jurors' submitted
//! scorecards and the consensus, as plain data.

use std::collections::BTreeMap;

use super::OfficialMethod;
use crate::domain::rubric::Rubric;
use crate::domain::stats::totals;

/// A submission that is ranked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubmissionInput {
    /// Id.
    pub id: i32,
    /// Title.
    pub title: String,
}

/// One juror's submitted scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScorecardInput {
    /// The assignment, to link to the scorecard.
    pub assignment_id: i32,
    /// The submission scored.
    pub submission_id: i32,
    /// The juror.
    pub juror_id: i32,
    /// The juror's name (shown to the secretariat only).
    pub juror_name: String,
    /// Half-points per criterion key; a complete scorecard has every criterion.
    pub half_points: BTreeMap<String, u16>,
}

/// Everything results are computed from.
#[derive(Clone, Debug)]
pub struct ResultsInput {
    /// The edition (jurors are known to the statistics engine by their pseudonym in it).
    pub edition_id: i32,
    /// The edition's rubric.
    pub rubric: Rubric,
    /// The submissions to rank (eligible and submitted).
    pub submissions: Vec<SubmissionInput>,
    /// Submitted scorecards.
    pub scorecards: Vec<ScorecardInput>,
    /// Consensus half-points per submission and criterion key.
    pub consensus: BTreeMap<i32, BTreeMap<String, u16>>,
    /// The official method.
    pub method: OfficialMethod,
    /// Bootstrap seed, fixed per edition so that the page and the exports agree.
    pub seed: u64,
    /// Bootstrap replicates.
    pub replicates: usize,
    /// The size of the shortlist a round before the final one cuts its ranking at (each line then
    /// gets its probability of being in it, and the engine's top-k is this size instead of 3);
    /// `None` for the final round.
    pub shortlist: Option<usize>,
}

/// The label of a submission in rankings and tie-break traces: its title and id.
pub fn entry_label(id: i32, title: &str) -> String {
    format!("\u{201c}{title}\u{201d} (#{id})")
}

/// The rubric in the exact-arithmetic form of the ranking engine. Thresholds of 0 and tie-break
/// priorities of 0 mean "none".
pub fn totals_rubric(rubric: &Rubric) -> totals::Rubric {
    let half = |h: u16| u8::try_from(h).ok().filter(|v| *v > 0);
    totals::Rubric {
        criteria: rubric
            .criteria
            .iter()
            .map(|c| totals::Criterion {
                code: c.key.clone(),
                weight_bp: c.weight_bp,
                threshold_half_points: half(c.threshold.0),
                priority: (c.tie_break_priority > 0).then_some(c.tie_break_priority),
            })
            .collect(),
        overall_threshold_half_points: half(rubric.overall_threshold.0),
    }
}
