//! Additive juror-bias model x_ij = μ + f_i + b_j + ε_ij: REML variance components, BLUPs and their SEs.
//!
//! The REML criterion, profiled over σ²_e, is
//! −2ℓ = (N−1) ln(y'Py) + q_p ln γ_p + q_j ln γ_j + ln|C|, with y'Py = y'y − sol'rhs (see [`super::mme`]),
//! minimised over (ln γ_p, ln γ_j) ∈ [−20, 20]² by Nelder–Mead; a component at the lower bound, or
//! whose deviance there is within 1e-7 of the optimum, is reported as 0.
//!
//! What cannot be estimated is not reported ([`ModelIssue`]): the model needs ≥ 2 projects and
//! ≥ 2 jurors with scores and residual df = N − n_p − n_j + c > 0 (c = connected components);
//! otherwise σ²_e is confounded with σ²_p or σ²_j. Two boundary cases are handled explicitly
//! ([`FitKind`]): scores that fit the additive model exactly or nearly (σ²_e = 0 or negligible, fitted
//! on the σ²_e → 0 boundary by [`super::boundary`]), and, as a safety net, an optimum at the upper
//! bound of a ratio, whose variance components are distorted by the bound and so are not reported.
//! When σ²_p = 0 every project effect is exactly 0 (all calibrated scores tie).

use super::boundary::{ZERO_SHARE, error_is_negligible, exact_fit};
use super::design::Design;
use super::mme::Mme;
use super::optimize::{minimise_in_bounds, minimise_in_box};
use std::fmt;

/// Variance components of the additive model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VarianceComponents {
    pub var_project: f64,
    pub var_juror: f64,
    pub var_error: f64,
}

/// How the variance components were obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitKind {
    /// Interior REML optimum (or a component at its lower bound, reported as 0).
    Reml,
    /// The scores fit μ + f_i + b_j exactly (σ²_e = 0) or nearly (σ²_e = SSE/df ≤ 1e-6 × each
    /// non-zero component): boundary REML solution of [`super::boundary`].
    ExactFit,
    /// The optimum sits at the upper bound of σ²/σ²_e: the BLUPs are usable (close to the
    /// fixed-effects fit), the variance components and SEs are not.
    RatioAtBound,
}

/// Why the juror model cannot be estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelIssue {
    TooFewProjects,
    TooFewJurors,
    NoResidualDf,
    NotFinite,
}

impl fmt::Display for ModelIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ModelIssue::TooFewProjects => {
                "fewer than 2 projects: the project variance cannot be estimated"
            }
            ModelIssue::TooFewJurors => "fewer than 2 jurors: the juror variance cannot be estimated",
            ModelIssue::NoResidualDf => {
                "no residual degrees of freedom (N − projects − jurors + components ≤ 0): the error variance cannot be told apart from the project and juror variances"
            }
            ModelIssue::NotFinite => "the estimates are not finite numbers",
        })
    }
}

impl std::error::Error for ModelIssue {}

/// A fitted juror model: BLUPs given the variance components, with prediction SEs of f_i.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelFit {
    pub mu: f64,
    pub project_effect: Vec<f64>,
    pub project_se: Vec<Option<f64>>,
    pub juror_offset: Vec<f64>,
    /// Prediction SEs of the juror offsets (`None` where not available, e.g. on the exact-fit boundary).
    pub juror_se: Vec<Option<f64>>,
    pub var: VarianceComponents,
    pub kind: FitKind,
}

impl ModelFit {
    /// Calibrated score μ̂ + f̂_i.
    pub fn calibrated(&self) -> Vec<f64> {
        self.project_effect.iter().map(|f| self.mu + f).collect()
    }

    /// Bias-corrected mean: mean over the project's scores of x_ij − b̂_j (`None` without scores).
    pub fn bias_corrected_mean(&self, d: &Design) -> Vec<Option<f64>> {
        d.by_project
            .iter()
            .map(|ks| {
                if ks.is_empty() {
                    return None;
                }
                let s: f64 = ks
                    .iter()
                    .map(|&k| d.obs[k].x - self.juror_offset[d.obs[k].j])
                    .sum();
                Some(s / ks.len() as f64)
            })
            .collect()
    }

    /// Variance ratios (γ_p, γ_j) for re-solving the BLUPs on resampled data with
    /// [`super::rankings::bias_corrected_fixed`]; γ_p = 0 when σ²_p = 0 (all projects tie).
    pub fn ratios(&self) -> (f64, f64) {
        let floor = LN_GAMMA_MIN.exp();
        let v = self.var;
        if v.var_project <= 0.0 {
            return (0.0, 1.0);
        }
        if self.kind != FitKind::ExactFit && v.var_error > 0.0 {
            return (
                (v.var_project / v.var_error).max(floor),
                (v.var_juror / v.var_error).max(floor),
            );
        }
        // (Nearly) exact fit: σ²_e ≈ 0, approximated by the largest ratio the optimiser allows.
        let big = LN_GAMMA_MAX.exp() / v.var_project.max(v.var_juror);
        (
            (v.var_project * big).max(floor),
            (v.var_juror * big).max(floor),
        )
    }

    /// Whether every number of the fit is finite.
    pub fn is_finite(&self) -> bool {
        let v = self.var;
        [self.mu, v.var_project, v.var_juror, v.var_error]
            .iter()
            .chain(&self.project_effect)
            .chain(&self.juror_offset)
            .chain(self.project_se.iter().flatten())
            .all(|x| x.is_finite())
    }

    /// Residuals e_ij = x_ij − μ̂ − f̂_i − b̂_j, in observation order.
    pub fn residuals(&self, d: &Design) -> Vec<f64> {
        d.obs
            .iter()
            .map(|o| o.x - self.mu - self.project_effect[o.p] - self.juror_offset[o.j])
            .collect()
    }
}

/// Lower bound of ln γ: components this small are reported as zero.
const LN_GAMMA_MIN: f64 = -20.0;
/// Upper bound of ln γ (conditioning of the mixed-model equations).
const LN_GAMMA_MAX: f64 = 20.0;
/// Deviance difference (−2 log-likelihood units) below which a ratio is set to its lower bound.
const SNAP_DEVIANCE: f64 = 1e-7;

/// Residual degrees of freedom of the additive model, N − n_p − n_j + c.
pub fn residual_df(d: &Design) -> i64 {
    let (_, _, c) = d.component_index();
    d.obs.len() as i64 - d.n_projects() as i64 - d.n_jurors() as i64 + c as i64
}

/// Whether the variance components can be estimated at all.
pub fn check(d: &Design) -> Result<(), ModelIssue> {
    if d.by_project.iter().filter(|ks| !ks.is_empty()).count() < 2 {
        return Err(ModelIssue::TooFewProjects);
    }
    if d.by_juror.iter().filter(|ks| !ks.is_empty()).count() < 2 {
        return Err(ModelIssue::TooFewJurors);
    }
    if residual_df(d) <= 0 {
        return Err(ModelIssue::NoResidualDf);
    }
    Ok(())
}

/// Interior REML: the variance components and whether a ratio sits at its upper bound.
fn reml_interior(m: &Mme) -> Option<(VarianceComponents, bool)> {
    let obj = |t: [f64; 2]| m.reml_deviance(t);
    let mut best = minimise_in_box(&obj, [0.0, 0.0], LN_GAMMA_MIN, LN_GAMMA_MAX);
    // Near γ = 0 the deviance is flat in ln γ (its slope vanishes like γ), so the optimiser stops
    // anywhere close to the lower bound: snap a ratio to the bound (σ² = 0) when the data cannot
    // tell the difference.
    // The other ratio is then re-optimised with the snapped one pinned at the bound.
    let lo = [LN_GAMMA_MIN; 2];
    let mut hi = [LN_GAMMA_MAX; 2];
    for k in 0..2 {
        let mut t = best;
        t[k] = LN_GAMMA_MIN;
        if obj(t) <= obj(best) + SNAP_DEVIANCE {
            best = t;
            hi[k] = LN_GAMMA_MIN;
        }
    }
    if hi != [LN_GAMMA_MAX; 2] {
        best = minimise_in_bounds(&obj, best, lo, hi);
    }
    let s = m.solve(best[0].exp(), best[1].exp())?;
    let var_error = s.ypy / (m.n_obs() - 1.0);
    let comp = |t: f64| {
        if t <= LN_GAMMA_MIN + 1e-6 {
            0.0
        } else {
            t.exp() * var_error
        }
    };
    let at_bound = best.iter().any(|&t| t >= LN_GAMMA_MAX - 1e-3);
    let var = VarianceComponents {
        var_project: comp(best[0]),
        var_juror: comp(best[1]),
        var_error,
    };
    let finite = var.var_project.is_finite() && var.var_juror.is_finite() && var_error.is_finite();
    (finite && var_error > 0.0).then_some((var, at_bound))
}

/// REML estimates of the variance components; `None` when they cannot be estimated
/// ([`check`]), are not finite, or sit at the optimiser's bound. σ²_e = 0 for an exact fit.
pub fn reml(d: &Design) -> Option<VarianceComponents> {
    fit(d)
        .ok()
        .filter(|f| f.kind != FitKind::RatioAtBound)
        .map(|f| f.var)
}

/// BLUPs and SEs given variance components with σ²_e > 0 (σ²_p = 0 gives zero project effects;
/// a zero σ²_j is treated as a tiny ratio).
pub fn fit_given(d: &Design, var: VarianceComponents) -> Option<ModelFit> {
    fit_with(d, &Mme::new(d), var, FitKind::Reml)
}

fn fit_with(d: &Design, m: &Mme, var: VarianceComponents, kind: FitKind) -> Option<ModelFit> {
    if var.var_error <= 0.0 {
        return None;
    }
    let floor = LN_GAMMA_MIN.exp();
    let gp = (var.var_project / var.var_error).max(floor);
    let gj = (var.var_juror / var.var_error).max(floor);
    let s = m.solve(gp, gj)?;
    let juror_se = m.juror_se(&s, var.var_error);
    let (project_effect, project_se) = if var.var_project <= 0.0 {
        (vec![0.0; d.n_projects()], vec![Some(0.0); d.n_projects()])
    } else {
        let se = m.project_se(&s, var.var_error);
        (s.f, se)
    };
    Some(ModelFit {
        mu: s.mu,
        project_effect,
        project_se,
        juror_offset: s.b,
        juror_se,
        var,
        kind,
    })
}

/// REML then BLUPs, or why the model cannot be estimated.
pub fn fit(d: &Design) -> Result<ModelFit, ModelIssue> {
    check(d)?;
    let m = Mme::new(d);
    let fixed = m.fixed_solve().ok_or(ModelIssue::NotFinite)?;
    let sse: f64 = d
        .obs
        .iter()
        .map(|o| (o.x - fixed.mu - fixed.f[o.p] - fixed.b[o.j]).powi(2))
        .sum();
    if !sse.is_finite() || !m.total_ss().is_finite() {
        return Err(ModelIssue::NotFinite);
    }
    let score_var = m.total_ss() / (m.n_obs() - 1.0);
    let resid_var = sse / residual_df(d) as f64;
    let fit = if error_is_negligible(d, &fixed, resid_var, score_var) {
        let b = exact_fit(d, &fixed, score_var).ok_or(ModelIssue::NotFinite)?;
        ModelFit {
            mu: b.mu,
            project_effect: b.f,
            project_se: b.se.into_iter().map(Some).collect(),
            juror_se: vec![None; b.b.len()],
            juror_offset: b.b,
            var: VarianceComponents {
                var_project: b.var_project,
                var_juror: b.var_juror,
                var_error: if resid_var <= ZERO_SHARE * score_var {
                    0.0
                } else {
                    resid_var
                },
            },
            kind: FitKind::ExactFit,
        }
    } else {
        let (var, at_bound) = reml_interior(&m).ok_or(ModelIssue::NotFinite)?;
        let kind = if at_bound {
            FitKind::RatioAtBound
        } else {
            FitKind::Reml
        };
        fit_with(d, &m, var, kind).ok_or(ModelIssue::NotFinite)?
    };
    if fit.is_finite() {
        Ok(fit)
    } else {
        Err(ModelIssue::NotFinite)
    }
}
