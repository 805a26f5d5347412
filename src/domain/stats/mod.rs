//! Laurel's pure statistics engine: agreement, juror leniency, outliers, rankings, uncertainty, rubric arithmetic.
//!
//! No web or database code lives here; everything is a function of a slice of [`ScoreRow`]s
//! (long form: project, juror, score; higher is better). Method spec: `shared/docs/statistics.md`.
//!
//! # Conventions
//! * Rank 1 is best; ties share their average rank. Ranked lists order tied projects by more scores,
//!   then by project id (only the listing order; the rank stays the average).
//! * Project and juror ids are sorted internally, so row order never matters.
//! * ICC (Shrout & Fleiss 1979 / McGraw & Wong 1996) is computed on the complete block: the projects
//!   scored by every juror in the data, when it has ≥ 2 projects and ≥ 2 jurors. p-values use
//!   df2 = n(k−1) for ICC1 and (n−1)(k−1) for ICC2/ICC3 (as psych and pingouin); the ICC2 CI uses the
//!   Satterthwaite df; the ICC2k CI is the Spearman–Brown step-up of the ICC2 bounds, and a bound L
//!   with 1+(k−1)L ≤ 0 (outside the step-up's domain) is `None`. ICC values are not truncated: with
//!   BMS < EMS they are negative, and ICC2k can even exceed 1 (negative denominator).
//! * Kendall's W uses the complete block with jurors as blocks and the tie correction.
//! * Fleiss' κ treats distinct score values as nominal categories and needs the same number (≥ 2)
//!   of scores for every project; CI is κ ± 1.96·SE0.
//! * Krippendorff's α uses projects as units; units with fewer than 2 scores are ignored. Ratio α
//!   is `None` when any pairable score is negative (the ratio metric needs an absolute zero).
//! * Quantiles are Hyndman–Fan type 7 (numpy/R default). p-values are upper tails (`sf`), never 1 − cdf.
//!   statrs provides every distribution.
//! * Juror model: x = μ + f_i + b_j + ε, variance components by REML, f and b as BLUPs; the
//!   `bias_corrected` ranking uses μ̂ + f̂_i. The model needs ≥ 2 projects, ≥ 2 jurors and residual
//!   df N − n_p − n_j + c > 0; otherwise variance components, effects, ICCs, reliabilities and SEs
//!   are `None` and `bias_corrected` shows the plain mean (with a warning). Scores that fit the
//!   additive model exactly get σ²_e = 0 and the boundary REML solution; σ²_p = 0 makes every
//!   calibrated score equal (all tie).
//! * Disconnected juror–project graph: `bias_corrected` ranks within each component (each entry
//!   carries its `component`), and bootstrap adjacent pairs never pair projects of different components.
//! * Juror z: z = (x − x̄_j)/s_j for jurors with ≥ 5 scores and s_j > 0. The scores of other jurors
//!   are left out of the juror-z mean (a project left with none has no value and is ranked last);
//!   the report warns how many jurors and scores were left out.
//! * Outliers: robust z of model residuals with the global MAD, flagged when |z| > 3.5; never dropped.
//!   A MAD ≤ 1e-9 × the range of the scores is rounding noise and counts as 0 (nothing flagged).
//! * Bootstrap over jurors with ChaCha8 seeded by `seed`: the same seed gives the same numbers. When
//!   the chosen method has no values (e.g. `bias_corrected` without a model) it uses the mean (warned).
//! * Input: scores must be finite with |score| ≤ 1e100 (larger ones overflow sums of squares).
//! * Undefined statistics are `None` (JSON `null`), never NaN or a made-up number.

pub mod agreement;
pub mod analyze;
pub mod bootstrap;
pub mod boundary;
pub mod cautions;
pub mod condorcet;
pub mod describe;
pub mod design;
pub mod fleiss;
pub mod icc;
pub mod juror_report;
pub mod kendall;
pub mod krippendorff;
pub mod mme;
pub mod model;
pub mod optimize;
pub mod outliers;
pub mod rankings;
pub mod report;
pub mod tie_steps;
pub mod totals;

pub use analyze::{AnalyzeOptions, analyze, analyze_design};
pub use design::{Design, ScoreRow, StatsError};
pub use rankings::Method;
pub use report::Report;
pub use totals::rank_entries;
#[cfg(test)]
mod tests;
