//! Exact rubric arithmetic: weighted totals from integer half-points and basis-point weights (no floats),
//! thresholds per criterion and overall, and tie-breaking by criterion priority with a trace.
//!
//! A criterion's score is the mean of the half-point scores given (one consensus score, or every
//! juror's); totals are exact rationals, so two totals equal on paper compare equal. Entries that pass
//! every threshold rank above those that do not; within each group: weighted total, then criterion
//! scores in priority order. Entries still equal share a rank (1, 2, 2, 4) and are flagged
//! `tie_unresolved`: the later, human steps (region, member state, vote) are the web app's.

use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use super::tie_steps::TieStep;

/// Sum of the weights, in basis points.
pub const WEIGHT_TOTAL_BP: u32 = 10_000;
/// Highest score in half-points (5.0 points).
pub const MAX_HALF_POINTS: u8 = 10;

/// A rubric criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Criterion {
    pub code: String,
    /// Weight in basis points; the rubric's weights sum to 10 000.
    pub weight_bp: u32,
    /// Minimum criterion score in half-points, if any (e.g. 6 = 3.0).
    pub threshold_half_points: Option<u8>,
    /// Tie-break priority, 1 first; `None` = not used for tie-breaks.
    pub priority: Option<u32>,
}

/// A rubric: criteria and the overall threshold on the weighted total, in half-points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rubric {
    pub criteria: Vec<Criterion>,
    pub overall_threshold_half_points: Option<u8>,
}

/// One submission's half-point scores per criterion code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub scores: BTreeMap<String, Vec<u8>>,
}

/// Invalid rubric or scores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricError {
    WeightsDoNotSumTo10000 {
        sum: u64,
    },
    DuplicateCriterion {
        code: String,
    },
    ScoreOutOfRange {
        entry: String,
        criterion: String,
        half_points: u8,
    },
    MissingScore {
        entry: String,
        criterion: String,
    },
    UnknownCriterion {
        entry: String,
        criterion: String,
    },
}

impl fmt::Display for RubricError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WeightsDoNotSumTo10000 { sum } => {
                write!(f, "weights sum to {sum} basis points, not 10000")
            }
            Self::DuplicateCriterion { code } => write!(f, "criterion {code} appears twice"),
            Self::ScoreOutOfRange {
                entry,
                criterion,
                half_points,
            } => {
                write!(
                    f,
                    "{entry}: {criterion} has {half_points} half-points (0..=10)"
                )
            }
            Self::MissingScore { entry, criterion } => {
                write!(f, "{entry}: no score for {criterion}")
            }
            Self::UnknownCriterion { entry, criterion } => {
                write!(f, "{entry}: unknown criterion {criterion}")
            }
        }
    }
}

impl std::error::Error for RubricError {}

/// An exact non-negative rational number of points (num/den, den > 0, reduced).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Exact {
    pub num: i128,
    pub den: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

impl Exact {
    pub fn new(num: i128, den: i128) -> Self {
        let g = gcd(num, den);
        let s = if den < 0 { -1 } else { 1 };
        Exact {
            num: s * num / g,
            den: s * den / g,
        }
    }

    pub fn plus(self, o: Exact) -> Exact {
        Exact::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }

    /// Decimal with `places` digits, rounded half up (exact).
    pub fn to_decimal(self, places: u32) -> String {
        let scale = 10i128.pow(places);
        let scaled = (2 * self.num * scale + self.den) / (2 * self.den);
        if places == 0 {
            return scaled.to_string();
        }
        format!(
            "{}.{:0width$}",
            scaled / scale,
            scaled % scale,
            width = places as usize
        )
    }

    /// Approximate value, for display and charts only.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

impl Ord for Exact {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.num * o.den).cmp(&(o.num * self.den))
    }
}

impl PartialOrd for Exact {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// One line of the rubric ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedEntry {
    pub id: String,
    /// Weighted total in points (0–5), exact.
    pub weighted_total: Exact,
    /// The total with 2 decimals, rounded half up.
    pub weighted_total_display: String,
    /// Criterion scores in points (mean of the half-point scores / 2), exact.
    pub criterion_scores: BTreeMap<String, Exact>,
    pub passes_thresholds: bool,
    /// Criterion codes (and "overall") whose threshold is not met.
    pub failed_thresholds: Vec<String>,
    pub rank: usize,
    pub tie_unresolved: bool,
    pub tie_break_trace: Vec<String>,
    /// The same comparisons as data, one list of steps per neighbour, for the results page.
    #[serde(skip)]
    pub tie_break_steps: Vec<Vec<TieStep>>,
}

fn half_points(hp: i128) -> Exact {
    Exact::new(hp, 2)
}

/// Compute totals, thresholds and the ranking with tie-break traces.
pub fn rank_entries(rubric: &Rubric, entries: &[Entry]) -> Result<Vec<RankedEntry>, RubricError> {
    let sum: u64 = rubric.criteria.iter().map(|c| u64::from(c.weight_bp)).sum();
    if sum != u64::from(WEIGHT_TOTAL_BP) {
        return Err(RubricError::WeightsDoNotSumTo10000 { sum });
    }
    for (i, c) in rubric.criteria.iter().enumerate() {
        if rubric.criteria[..i].iter().any(|d| d.code == c.code) {
            return Err(RubricError::DuplicateCriterion {
                code: c.code.clone(),
            });
        }
    }
    let mut out = Vec::with_capacity(entries.len());
    for e in entries {
        if let Some(code) = e
            .scores
            .keys()
            .find(|k| !rubric.criteria.iter().any(|c| &c.code == *k))
        {
            return Err(RubricError::UnknownCriterion {
                entry: e.id.clone(),
                criterion: code.clone(),
            });
        }
        let mut total = Exact::new(0, 1);
        let mut scores = BTreeMap::new();
        let mut failed = Vec::new();
        for c in &rubric.criteria {
            let given = e
                .scores
                .get(&c.code)
                .filter(|v| !v.is_empty())
                .ok_or_else(|| RubricError::MissingScore {
                    entry: e.id.clone(),
                    criterion: c.code.clone(),
                })?;
            if let Some(&bad) = given.iter().find(|&&h| h > MAX_HALF_POINTS) {
                return Err(RubricError::ScoreOutOfRange {
                    entry: e.id.clone(),
                    criterion: c.code.clone(),
                    half_points: bad,
                });
            }
            let hp_sum: i128 = given.iter().map(|&h| i128::from(h)).sum();
            let n = given.len() as i128;
            let score = Exact::new(hp_sum, 2 * n);
            if let Some(t) = c.threshold_half_points
                && score < half_points(i128::from(t))
            {
                failed.push(c.code.clone());
            }
            total = total.plus(Exact::new(
                hp_sum * i128::from(c.weight_bp),
                2 * n * i128::from(WEIGHT_TOTAL_BP),
            ));
            scores.insert(c.code.clone(), score);
        }
        if let Some(t) = rubric.overall_threshold_half_points
            && total < half_points(i128::from(t))
        {
            failed.push("overall".to_string());
        }
        out.push(RankedEntry {
            id: e.id.clone(),
            weighted_total: total,
            weighted_total_display: total.to_decimal(2),
            criterion_scores: scores,
            passes_thresholds: failed.is_empty(),
            failed_thresholds: failed,
            rank: 0,
            tie_unresolved: false,
            tie_break_trace: Vec::new(),
            tie_break_steps: Vec::new(),
        });
    }
    let mut priority: Vec<&Criterion> = rubric
        .criteria
        .iter()
        .filter(|c| c.priority.is_some())
        .collect();
    priority.sort_by_key(|c| (c.priority, c.code.clone()));
    let key = |a: &RankedEntry, b: &RankedEntry| -> Ordering {
        b.passes_thresholds
            .cmp(&a.passes_thresholds)
            .then_with(|| b.weighted_total.cmp(&a.weighted_total))
            .then_with(|| {
                priority
                    .iter()
                    .map(|c| {
                        b.criterion_scores
                            .get(&c.code)
                            .cmp(&a.criterion_scores.get(&c.code))
                    })
                    .find(|o| o.is_ne())
                    .unwrap_or(Ordering::Equal)
            })
    };
    out.sort_by(|a, b| key(a, b).then_with(|| a.id.cmp(&b.id)));
    for i in 0..out.len() {
        out[i].rank = if i > 0 && key(&out[i - 1], &out[i]).is_eq() {
            out[i - 1].rank
        } else {
            i + 1
        };
        if i + 1 < out.len() {
            let (steps, unresolved) = explain(&out[i], &out[i + 1], &priority);
            let trace = super::tie_steps::english(&steps);
            out[i].tie_break_trace.push(trace.clone());
            out[i + 1].tie_break_trace.push(trace);
            out[i].tie_break_steps.push(steps.clone());
            out[i + 1].tie_break_steps.push(steps);
            if unresolved {
                out[i].tie_unresolved = true;
                out[i + 1].tie_unresolved = true;
            }
        }
    }
    Ok(out)
}

/// Why `a` is listed above `b`, and whether they remain tied.
fn explain(a: &RankedEntry, b: &RankedEntry, priority: &[&Criterion]) -> (Vec<TieStep>, bool) {
    let (above, below) = (a.id.clone(), b.id.clone());
    if a.passes_thresholds != b.passes_thresholds {
        return (vec![TieStep::Thresholds { above, below }], false);
    }
    if a.weighted_total != b.weighted_total {
        let step = TieStep::Total {
            above,
            below,
            higher: a.weighted_total_display.clone(),
            lower: b.weighted_total_display.clone(),
        };
        return (vec![step], false);
    }
    let mut steps = vec![TieStep::SameTotal {
        first: above.clone(),
        second: below.clone(),
        total: a.weighted_total_display.clone(),
    }];
    for c in priority {
        let (sa, sb) = (
            a.criterion_scores.get(&c.code),
            b.criterion_scores.get(&c.code),
        );
        let show = |s: Option<&Exact>| s.map_or_else(|| "-".to_string(), |s| s.to_decimal(2));
        if sa != sb {
            steps.push(TieStep::CriterionHigher {
                criterion: c.code.clone(),
                priority: c.priority.unwrap_or(0),
                higher: show(sa),
                lower: show(sb),
            });
            steps.push(TieStep::Above { above, below });
            return (steps, false);
        }
        steps.push(TieStep::CriterionEqual {
            criterion: c.code.clone(),
            priority: c.priority.unwrap_or(0),
            score: show(sa),
        });
    }
    steps.push(TieStep::Unresolved);
    (steps, true)
}
