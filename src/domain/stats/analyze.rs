//! `analyze`: runs every statistic on a set of scores and assembles the [`Report`].
//!
//! Fallbacks, each with a warning: when the juror model cannot be estimated the `bias_corrected`
//! ranking shows the plain mean, and a bootstrap whose method has no values (e.g. `bias_corrected`
//! without a model) uses the mean. Every reported number is finite or `null`.

use super::agreement::agreement;
use super::bootstrap::{
    BootstrapConfig, BootstrapSummary, DEFAULT_REPLICATES, bootstrap, method_values,
};
use super::cautions::Caution;
use super::condorcet::{kemeny, pairwise};
use super::describe::finite;
use super::design::{Design, ScoreRow, StatsError};
use super::fleiss::fleiss_kappa_design;
use super::icc::{icc_all, icc1_unbalanced};
use super::juror_report::juror_model_report;
use super::kendall::kendall_w;
use super::krippendorff::alpha_all;
use super::model::{FitKind, ModelFit, fit};
use super::outliers::{flag_residual_outliers, leave_one_out};
use super::rankings::{
    Method, bias_corrected_values, borda_values, juror_z_scores, juror_z_values, mean_values,
    median_values, order, order_within, ranked_list, ranked_list_within, schulze_values, tie_key,
    trimmed_mean_values,
};
use super::report::{CompleteBlock, DesignSummary, Rankings, Report};
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
    // The same scores in any order give the same figures, to the last bit: every sum is taken
    // in the order of (project, juror), whatever order the rows came in.
    let mut sorted = scores.to_vec();
    sorted.sort_by(|a, b| (&a.project, &a.juror).cmp(&(&b.project, &b.juror)));
    let d = Design::new(&sorted)?;
    Ok(analyze_design(&d, options))
}

/// Values of every method on a design; `fit` supplies the bias-corrected values (the plain mean
/// without a fit). Non-finite values become `None`.
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
        fit.map_or_else(|| mean_values(d), |f| bias_corrected_values(d, f)),
    );
    v.insert(Method::Borda, borda_values(d));
    if d.n_projects() <= opts.schulze_max_projects {
        v.insert(Method::Schulze, schulze_values(d));
    }
    for values in v.values_mut() {
        for x in values.iter_mut() {
            *x = x.and_then(finite);
        }
    }
    v
}

fn rankings(
    d: &Design,
    values: &BTreeMap<Method, Vec<Option<f64>>>,
    opts: &AnalyzeOptions,
) -> Rankings {
    let (component, _, _) = d.component_index();
    let list = |m: Method| values.get(&m).map(|v| ranked_list(d, v));
    Rankings {
        mean: list(Method::Mean).unwrap_or_default(),
        median: list(Method::Median).unwrap_or_default(),
        trimmed_mean: list(Method::TrimmedMean).unwrap_or_default(),
        juror_z: list(Method::JurorZ).unwrap_or_default(),
        bias_corrected: values
            .get(&Method::BiasCorrected)
            .map(|v| ranked_list_within(d, v, &component))
            .unwrap_or_default(),
        borda: list(Method::Borda).unwrap_or_default(),
        schulze: list(Method::Schulze),
        kemeny: kemeny(d, &pairwise(d), opts.kemeny_max_projects),
    }
}

/// Warnings about the juror model.
fn model_warnings(model: &Result<ModelFit, super::model::ModelIssue>, warnings: &mut Vec<Caution>) {
    match model {
        Err(issue) => warnings.push(Caution::ModelNotEstimable(*issue)),
        Ok(f) if f.kind == FitKind::ExactFit => warnings.push(Caution::ExactFit {
            exact: f.var.var_error == 0.0,
        }),
        Ok(f) if f.kind == FitKind::RatioAtBound => warnings.push(Caution::RatioAtBound),
        Ok(_) => {}
    }
}

/// Analyse an already validated design.
pub fn analyze_design(d: &Design, opts: &AnalyzeOptions) -> Report {
    let mut warnings = Vec::new();
    let components = d.components();
    let (component_of, _, _) = d.component_index();
    let connected = components.len() <= 1;
    if !connected {
        let sizes = components
            .iter()
            .map(|c| (c.projects.len(), c.jurors.len()))
            .collect();
        warnings.push(Caution::Disconnected { components: sizes });
    }
    let (block_p, block_j) = d.complete_block();
    let block = d.complete_matrix();
    let model_result = fit(d);
    model_warnings(&model_result, &mut warnings);
    let model = model_result.ok();
    let values = all_values(d, model.as_ref(), opts);
    if !values.contains_key(&Method::Schulze) {
        warnings.push(Caution::SchulzeSkipped {
            max: opts.schulze_max_projects,
        });
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
        let f2 = fit(&d2).ok();
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

    let (z, standardised) = juror_z_scores(d);
    let left_jurors = standardised.iter().filter(|s| !**s).count();
    if left_jurors > 0 {
        let left_scores = z.iter().filter(|v| v.is_none()).count();
        let no_value = values
            .get(&Method::JurorZ)
            .map_or(0, |v| v.iter().filter(|x| x.is_none()).count());
        warnings.push(Caution::JurorZLeftOut {
            scores: left_scores,
            jurors: left_jurors,
            without_value: no_value,
        });
    }

    let juror_model = juror_model_report(d, model.as_ref(), connected, &standardised);
    let bootstrap = (opts.replicates > 0).then(|| {
        run_bootstrap(
            d,
            model.as_ref(),
            &values,
            &component_of,
            opts,
            &mut warnings,
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
        warnings: super::cautions::english(&warnings),
        cautions: warnings,
    }
}

/// The bootstrap of `opts.method`, falling back to the mean (with a warning) when that method has
/// no values: `bias_corrected` without an estimable model, or no project with a value.
fn run_bootstrap(
    d: &Design,
    model: Option<&ModelFit>,
    values: &BTreeMap<Method, Vec<Option<f64>>>,
    component_of: &[usize],
    opts: &AnalyzeOptions,
    warnings: &mut Vec<Caution>,
) -> BootstrapSummary {
    let gammas = model.map(ModelFit::ratios);
    let mut method = opts.method;
    let reference_of = |m: Method| {
        values
            .get(&m)
            .cloned()
            .unwrap_or_else(|| method_values(d, m, gammas))
    };
    let mut reference = reference_of(method);
    if method == Method::BiasCorrected && gammas.is_none() {
        warnings.push(Caution::BootstrapWithoutModel);
        method = Method::Mean;
        reference = reference_of(method);
    } else if reference.iter().all(Option::is_none) && method != Method::Mean {
        warnings.push(Caution::BootstrapWithoutValues { method });
        method = Method::Mean;
        reference = reference_of(method);
    }
    let full_order = if method == Method::BiasCorrected {
        order_within(d, &reference, component_of)
    } else {
        order(d, &reference)
    };
    let ref_order: Vec<usize> = full_order
        .into_iter()
        .filter(|&p| reference[p].is_some())
        .collect();
    let summary = bootstrap(
        d,
        &ref_order,
        BootstrapConfig {
            replicates: opts.replicates,
            seed: opts.seed,
            method,
            top_k: opts.top_k,
            gammas,
        },
    );
    if summary.adjacent_skipped > 0 {
        warnings.push(Caution::BootstrapPairsSkipped {
            pairs: summary.adjacent_skipped,
            method,
        });
    }
    summary
}
