//! The `juror_model` section of the report: variance components, juror offsets and project effects,
//! with `null` wherever the model cannot support a number.
//!
//! Variance components, the model ICCs, reliabilities of the project means and SEs are `null` when
//! the model cannot be estimated (see [`super::model::ModelIssue`]) or when the REML optimum sits at
//! the optimiser's bound ([`FitKind::RatioAtBound`]); effects and offsets are `null` only in the first case.

use super::describe::{finite, mean, std_dev};
use super::design::Design;
use super::model::{FitKind, ModelFit};
use super::report::{JurorModelReport, JurorSummary, ProjectSummary};

/// Name of how the variance components were obtained (`estimation` key).
fn estimation(model: Option<&ModelFit>) -> &'static str {
    match model.map(|f| f.kind) {
        None => "not_estimable",
        Some(FitKind::Reml) => "reml",
        Some(FitKind::ExactFit) => "exact_fit_boundary",
        Some(FitKind::RatioAtBound) => "ratio_at_bound",
    }
}

/// `num/den` when the denominator is positive and the result finite.
fn ratio(num: f64, den: f64) -> Option<f64> {
    if den > 0.0 { finite(num / den) } else { None }
}

pub fn juror_model_report(
    d: &Design,
    model: Option<&ModelFit>,
    connected: bool,
    standardised: &[bool],
) -> JurorModelReport {
    let reported = model.filter(|f| f.kind != FitKind::RatioAtBound);
    let var = reported.map(|f| f.var);
    let jurors = (0..d.n_jurors())
        .map(|j| {
            let xs = d.juror_scores(j);
            let s = JurorSummary {
                offset: model.and_then(|f| finite(f.juror_offset[j])),
                offset_se: reported
                    .and_then(|f| f.juror_se.get(j).copied().flatten())
                    .and_then(finite),
                mean: mean(&xs),
                sd: std_dev(&xs),
                scores: xs.len(),
                z_standardised: standardised.get(j).copied().unwrap_or(false),
            };
            (d.jurors[j].clone(), s)
        })
        .collect();
    let bcm = model.map(|f| f.bias_corrected_mean(d));
    let projects = (0..d.n_projects())
        .map(|p| {
            let n_i = d.by_project[p].len();
            let reliability = var.and_then(|v| {
                ratio(
                    v.var_project,
                    v.var_project + (v.var_juror + v.var_error) / n_i as f64,
                )
            });
            let s = ProjectSummary {
                effect: model.and_then(|f| finite(f.project_effect[p])),
                se: reported.and_then(|f| f.project_se[p]).and_then(finite),
                calibrated: model.and_then(|f| finite(f.mu + f.project_effect[p])),
                bias_corrected_mean: bcm.as_ref().and_then(|b| b[p]).and_then(finite),
                reliability_of_mean: reliability,
                scores: n_i,
            };
            (d.projects[p].clone(), s)
        })
        .collect();
    JurorModelReport {
        connected,
        estimation: estimation(model).to_owned(),
        mu: model.and_then(|f| finite(f.mu)),
        var_project: var.and_then(|v| finite(v.var_project)),
        var_juror: var.and_then(|v| finite(v.var_juror)),
        var_error: var.and_then(|v| finite(v.var_error)),
        icc_agreement: var
            .and_then(|v| ratio(v.var_project, v.var_project + v.var_juror + v.var_error)),
        icc_consistency: var.and_then(|v| ratio(v.var_project, v.var_project + v.var_error)),
        jurors,
        projects,
    }
}
