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
//!   Satterthwaite df; the ICC2k CI is the Spearman–Brown step-up of the ICC2 bounds.
//! * Kendall's W uses the complete block with jurors as blocks and the tie correction.
//! * Fleiss' κ treats distinct score values as nominal categories and needs the same number (≥ 2)
//!   of scores for every project; CI is κ ± 1.96·SE0.
//! * Krippendorff's α uses projects as units; units with fewer than 2 scores are ignored.
//! * Quantiles are Hyndman–Fan type 7 (numpy/R default). p-values are upper tails (`sf`), never 1 − cdf.
//!   statrs provides every distribution.
//! * Juror model: x = μ + f_i + b_j + ε, variance components by REML, f and b as BLUPs; the
//!   `bias_corrected` ranking uses μ̂ + f̂_i. Juror z-scores need ≥ 5 scores and sd > 0 (else raw, flagged).
//! * Outliers: robust z of model residuals with the global MAD, flagged when |z| > 3.5; never dropped.
//! * Bootstrap over jurors with ChaCha8 seeded by `seed`: the same seed gives the same numbers.
//! * Undefined statistics are `None` (JSON `null`), never NaN or a made-up number.

pub mod agreement;
pub mod analyze;
pub mod bootstrap;
pub mod condorcet;
pub mod describe;
pub mod design;
pub mod fleiss;
pub mod icc;
pub mod kendall;
pub mod krippendorff;
pub mod model;
pub mod optimize;
pub mod outliers;
pub mod rankings;
pub mod report;
pub mod totals;

pub use analyze::{AnalyzeOptions, analyze, analyze_design};
pub use design::{Design, ScoreRow, StatsError};
pub use rankings::Method;
pub use report::Report;
pub use totals::rank_entries;
#[cfg(test)]
mod tests;
