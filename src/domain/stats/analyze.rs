//! `analyze`: runs every statistic on a set of scores and assembles the [`Report`].

use super::agreement::agreement;
use super::bootstrap::{BootstrapConfig, DEFAULT_REPLICATES, bootstrap, method_values};
use super::condorcet::{kemeny, pairwise};
use super::describe::{finite, mean, std_dev};
use super::design::{Design, ScoreRow, StatsError};
use super::fleiss::fleiss_kappa_design;
use super::icc::{icc_all, icc1_unbalanced};
use super::kendall::kendall_w;
use super::krippendorff::alpha_all;
use super::model::{ModelFit, fit};
use super::outliers::{flag_residual_outliers, leave_one_out};
use super::rankings::{
    Method, bias_corrected_values, borda_values, juror_z_scores, juror_z_values, mean_values,
    median_values, order, ranked_list, schulze_values, tie_key, trimmed_mean_values,
};
use super::report::{
    CompleteBlock, DesignSummary, JurorModelReport, JurorSummary, ProjectSummary, Rankings, Report,
};
use std::collections::BTreeMap;

/// Options of [`analyze`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnalyzeOptions {
    /// Aggregation used by the bootstrap, the adjacent pairs and the tie flags.
    pub method: Method,
    /// Bootstrap replicates B (0 = no bootstrap).
    pub replicates: usize,
    pub seed: u64,
    /// k of P(top k) and of the top-k overlap between methods.
    pub top_k: usize,
    /// Exact Kemeny–Young up to this many projects (at most 20).
    pub kemeny_max_projects: usize,
    /// Schulze (O(n³)) up to this many projects.
    pub schulze_max_projects: usize,
    /// Number of leave-one-out deviations reported.
    pub leave_one_out_top: usize,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        Self {
            method: Method::BiasCorrected,
            replicates: DEFAULT_REPLICATES,
            seed: 1,
            top_k: 10,
            kemeny_max_projects: 10,
            schulze_max_projects: 1000,
            leave_one_out_top: 10,
        }
    }
}

/// Analyse long-form scores. Errors only on invalid input (empty, non-finite, duplicate, empty id).
pub fn analyze(scores: &[ScoreRow], options: &AnalyzeOptions) -> Result<Report, StatsError> {
    let d = Design::new(scores)?;
    Ok(analyze_design(&d, options))
}

/// Values of every method on a design; `fit` supplies the bias-corrected values.
fn all_values(
    d: &Design,
    fit: Option<&ModelFit>,
    opts: &AnalyzeOptions,
) -> BTreeMap<Method, Vec<Option<f64>>> {
    let mut v = BTreeMap::new();
    v.insert(Method::Mean, mean_values(d));
    v.insert(Method::Median, median_values(d));
    v.insert(Method::TrimmedMean, trimmed_mean_values(d));
    v.insert(Method::JurorZ, juror_z_values(d));
    v.insert(
        Method::BiasCorrected,
        fit.map_or_else(
            || vec![None; d.n_projects()],
            |f| bias_corrected_values(d, f),
        ),
    );
    v.insert(Method::Borda, borda_values(d));
    if d.n_projects() <= opts.schulze_max_projects {
        v.insert(Method::Schulze, schulze_values(d));
    }
    v
}

fn rankings(
    d: &Design,
    values: &BTreeMap<Method, Vec<Option<f64>>>,
    opts: &AnalyzeOptions,
) -> Rankings {
    let list = |m: Method| values.get(&m).map(|v| ranked_list(d, v));
    Rankings {
        mean: list(Method::Mean).unwrap_or_default(),
        median: list(Method::Median).unwrap_or_default(),
        trimmed_mean: list(Method::TrimmedMean).unwrap_or_default(),
        juror_z: list(Method::JurorZ).unwrap_or_default(),
        bias_corrected: list(Method::BiasCorrected).unwrap_or_default(),
        borda: list(Method::Borda).unwrap_or_default(),
        schulze: list(Method::Schulze),
        kemeny: kemeny(d, &pairwise(d), opts.kemeny_max_projects),
    }
}

/// Analyse an already validated design.
pub fn analyze_design(d: &Design, opts: &AnalyzeOptions) -> Report {
    let mut warnings = Vec::new();
    let components = d.components();
    let connected = components.len() <= 1;
    if !connected {
        warnings.push(format!(
            "the juror-project graph has {} separate components: juror offsets and calibrated scores are not comparable across them",
            components.len()
        ));
    }
    let (block_p, block_j) = d.complete_block();
    let block = d.complete_matrix();
    let model = fit(d);
    if model.is_none() {
        warnings.push("the juror model could not be estimated (too few scores)".into());
    }
    let values = all_values(d, model.as_ref(), opts);
    if !values.contains_key(&Method::Schulze) {
        warnings.push(format!(
            "Schulze skipped: more than {} projects",
            opts.schulze_max_projects
        ));
    }

    // Outliers from model residuals, and rankings without them.
    let outliers = model
        .as_ref()
        .map(|f| flag_residual_outliers(d, &f.residuals(d)))
        .unwrap_or_default();
    let rankings_without_outliers = (!outliers.is_empty()).then(|| {
        let drop: Vec<usize> = outliers.iter().map(|o| o.obs).collect();
        let kept: Vec<_> = d
            .obs
            .iter()
            .enumerate()
            .filter(|(k, _)| !drop.contains(k))
            .map(|(_, o)| *o)
            .collect();
        let d2 = Design::from_parts(d.projects.clone(), d.jurors.clone(), kept);
        let f2 = fit(&d2);
        rankings(&d2, &all_values(&d2, f2.as_ref(), opts), opts)
    });

    // Agreement between methods.
    let mut method_agreement = BTreeMap::new();
    let methods: Vec<Method> = Method::ALL
        .into_iter()
        .filter(|m| values.contains_key(m))
        .collect();
    for (i, &a) in methods.iter().enumerate() {
        for &b in &methods[i + 1..] {
            let (Some(va), Some(vb)) = (values.get(&a), values.get(&b)) else {
                continue;
            };
            let both: Vec<usize> = (0..d.n_projects())
                .filter(|&p| va[p].is_some() && vb[p].is_some())
                .collect();
            let xa: Vec<f64> = both.iter().filter_map(|&p| va[p]).map(tie_key).collect();
            let xb: Vec<f64> = both.iter().filter_map(|&p| vb[p]).map(tie_key).collect();
            let ag = agreement(&xa, &xb, &order(d, va), &order(d, vb), opts.top_k);
            method_agreement.insert(format!("{a}~{b}"), ag);
        }
    }

    let (_, standardised) = juror_z_scores(d);
    let unstandardised = standardised.iter().filter(|s| !**s).count();
    if unstandardised > 0 {
        warnings.push(format!(
            "{unstandardised} juror(s) have fewer than 5 scores or no spread: their scores enter juror_z unstandardised"
        ));
    }

    let juror_model = juror_model_report(d, model.as_ref(), connected, &standardised);
    let gammas = model.as_ref().and_then(|f| {
        (f.var.var_error > 0.0).then(|| {
            let floor = 1e-9;
            (
                (f.var.var_project / f.var.var_error).max(floor),
                (f.var.var_juror / f.var.var_error).max(floor),
            )
        })
    });
    let bootstrap = (opts.replicates > 0).then(|| {
        let reference = method_values(d, opts.method, gammas);
        let ref_order: Vec<usize> = order(d, &reference)
            .into_iter()
            .filter(|&p| reference[p].is_some())
            .collect();
        bootstrap(
            d,
            &ref_order,
            BootstrapConfig {
                replicates: opts.replicates,
                seed: opts.seed,
                method: opts.method,
                top_k: opts.top_k,
                gammas,
            },
        )
    });

    Report {
        design: DesignSummary {
            projects: d.n_projects(),
            jurors: d.n_jurors(),
            scores: d.obs.len(),
            connected,
            complete_block: CompleteBlock {
                projects: block_p.iter().map(|&p| d.projects[p].clone()).collect(),
                jurors: if block_p.is_empty() {
                    Vec::new()
                } else {
                    block_j.iter().map(|&j| d.jurors[j].clone()).collect()
                },
            },
            components,
        },
        krippendorff_alpha: alpha_all(d),
        icc: block.as_deref().and_then(icc_all),
        icc1_unbalanced: icc1_unbalanced(d),
        kendall_w: block.as_deref().and_then(kendall_w),
        fleiss_kappa: fleiss_kappa_design(d),
        juror_model,
        outliers,
        leave_one_out: leave_one_out(d, opts.leave_one_out_top),
        rankings: rankings(d, &values, opts),
        rankings_without_outliers,
        method_agreement,
        bootstrap,
        warnings,
    }
}

fn juror_model_report(
    d: &Design,
    model: Option<&ModelFit>,
    connected: bool,
    standardised: &[bool],
) -> JurorModelReport {
    let var = model.map(|f| f.var);
    let jurors = (0..d.n_jurors())
        .map(|j| {
            let xs = d.juror_scores(j);
            let s = JurorSummary {
                offset: model.and_then(|f| finite(f.juror_offset[j])),
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
                let den = v.var_project + (v.var_juror + v.var_error) / n_i as f64;
                (den > 0.0).then(|| v.var_project / den)
            });
            let s = ProjectSummary {
                effect: model.and_then(|f| finite(f.project_effect[p])),
                se: model.and_then(|f| f.project_se[p]),
                calibrated: model.and_then(|f| finite(f.mu + f.project_effect[p])),
                bias_corrected_mean: bcm.as_ref().and_then(|b| b[p]),
                reliability_of_mean: reliability,
                scores: n_i,
            };
            (d.projects[p].clone(), s)
        })
        .collect();
    let ratio = |num: f64, den: f64| (den > 0.0).then(|| num / den);
    JurorModelReport {
        connected,
        mu: model.and_then(|f| finite(f.mu)),
        var_project: var.map(|v| v.var_project),
        var_juror: var.map(|v| v.var_juror),
        var_error: var.map(|v| v.var_error),
        icc_agreement: var
            .and_then(|v| ratio(v.var_project, v.var_project + v.var_juror + v.var_error)),
        icc_consistency: var.and_then(|v| ratio(v.var_project, v.var_project + v.var_error)),
        jurors,
        projects,
    }
}
