//! The analysis report: the serialisable JSON contract of issue 3 (keys kept exactly; extra keys added).
//! Undefined statistics are `None`, serialised as `null`, never NaN.

use super::agreement::MethodAgreement;
use super::bootstrap::BootstrapSummary;
use super::condorcet::Kemeny;
use super::design::Component;
use super::fleiss::FleissKappa;
use super::icc::{IccSet, OneWayIcc};
use super::kendall::KendallW;
use super::krippendorff::AlphaSet;
use super::outliers::{LooDeviation, Outlier};
use super::rankings::RankEntry;
use serde::Serialize;
use std::collections::BTreeMap;

/// Top-level report returned by [`super::analyze`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub design: DesignSummary,
    pub krippendorff_alpha: AlphaSet,
    pub icc: Option<IccSet>,
    pub icc1_unbalanced: OneWayIcc,
    pub kendall_w: Option<KendallW>,
    pub fleiss_kappa: Option<FleissKappa>,
    pub juror_model: JurorModelReport,
    pub outliers: Vec<Outlier>,
    /// Largest leave-one-out deviations (extra).
    pub leave_one_out: Vec<LooDeviation>,
    pub rankings: Rankings,
    /// The same rankings with the flagged outlier scores removed; `null` when nothing is flagged (extra).
    pub rankings_without_outliers: Option<Rankings>,
    pub method_agreement: BTreeMap<String, MethodAgreement>,
    /// `null` when the bootstrap was not requested (0 replicates).
    pub bootstrap: Option<BootstrapSummary>,
    /// Plain-language cautions (disconnected design, juror model not estimable or at a boundary,
    /// jurors left out of juror_z, fallbacks of the bias_corrected ranking and the bootstrap, skipped methods).
    pub warnings: Vec<String>,
    /// The same cautions as data, for the results page in the reader's language.
    #[serde(skip)]
    pub cautions: Vec<super::cautions::Caution>,
}

/// Size and shape of the design.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DesignSummary {
    pub projects: usize,
    pub jurors: usize,
    pub scores: usize,
    pub connected: bool,
    pub complete_block: CompleteBlock,
    /// Connected components of the juror–project graph (one when connected).
    pub components: Vec<Component>,
}

/// The projects scored by every juror, and those jurors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompleteBlock {
    pub projects: Vec<String>,
    pub jurors: Vec<String>,
}

/// Juror leniency: the additive model's variance components, offsets and project effects.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JurorModelReport {
    pub connected: bool,
    /// How the variance components were obtained: `reml`, `exact_fit_boundary` (σ²_e = 0),
    /// `ratio_at_bound` (not reported) or `not_estimable` (extra).
    pub estimation: String,
    pub mu: Option<f64>,
    pub var_project: Option<f64>,
    pub var_juror: Option<f64>,
    pub var_error: Option<f64>,
    /// σ²_p/(σ²_p+σ²_j+σ²_e) (extra).
    pub icc_agreement: Option<f64>,
    /// σ²_p/(σ²_p+σ²_e) (extra).
    pub icc_consistency: Option<f64>,
    pub jurors: BTreeMap<String, JurorSummary>,
    pub projects: BTreeMap<String, ProjectSummary>,
}

/// One juror's offset and raw-score summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JurorSummary {
    pub offset: Option<f64>,
    /// Prediction SE of the offset (extra; `null` where the model cannot support it).
    pub offset_se: Option<f64>,
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    pub scores: usize,
    /// Whether the juror's scores were z-standardised for `juror_z` (≥ 5 scores, sd > 0) (extra).
    pub z_standardised: bool,
}

/// One project's effect with its prediction SE.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectSummary {
    pub effect: Option<f64>,
    pub se: Option<f64>,
    /// μ̂ + f̂_i (extra).
    pub calibrated: Option<f64>,
    /// Mean of x_ij − b̂_j (extra).
    pub bias_corrected_mean: Option<f64>,
    /// Reliability of the project's raw mean, σ²_p/(σ²_p + (σ²_j+σ²_e)/n_i) (extra).
    pub reliability_of_mean: Option<f64>,
    pub scores: usize,
}

/// Full ranked lists by method; `schulze` is `null` above the configured project limit and
/// `kemeny` above the exact-search limit. `bias_corrected` ranks within the connected components of
/// the design (each entry has a `component` index; one component when connected) and shows the plain
/// mean when the juror model cannot be estimated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rankings {
    pub mean: Vec<RankEntry>,
    pub median: Vec<RankEntry>,
    pub trimmed_mean: Vec<RankEntry>,
    pub juror_z: Vec<RankEntry>,
    pub bias_corrected: Vec<RankEntry>,
    pub borda: Vec<RankEntry>,
    pub schulze: Option<Vec<RankEntry>>,
    pub kemeny: Option<Kemeny>,
}
