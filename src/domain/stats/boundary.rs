//! The σ²_e = 0 boundary of the juror model, used when the scores fit μ + f_i + b_j exactly.
//!
//! With residual df > 0 but no residual variation, the REML criterion falls without bound as
//! σ²_e → 0, so the estimate is the boundary σ²_e = 0 (an optimiser bound on γ = σ²/σ²_e would
//! distort σ²_p and σ²_j instead). The data then fix (μ, f, b) up to the shifts that leave every
//! μ + f_i + b_j unchanged: f + a_k, b − a_k on each connected component k, and μ − κ, b + κ.
//! With μ flat and f ~ N(0, σ²_p), b ~ N(0, σ²_j), the restricted likelihood of (σ²_p, σ²_j) is the
//! prior mass over that affine set:
//! −2ℓ = n_p ln σ²_p + n_j ln σ²_j + ln|H| + min_t Q(t), t = (a_1..a_c, κ),
//! Q = Σ(f₀_i + a_k)²/σ²_p + Σ(b₀_j − a_k + κ)²/σ²_j, H = ½∇²Q (an arrowhead matrix).
//! With one component this gives σ²_p = Σ(f₀ − f̄₀)²/(n_p − 1) and σ²_j = Σ(b₀ − b̄₀)²/(n_j − 1)
//! (the ANOVA estimates of a complete design with EMS = 0); with several it is minimised by
//! Nelder–Mead. The BLUPs are the minimiser of Q, and the prediction variance of f_i is (H⁻¹)_kk.
//!
//! The same solution is used when σ²_e is merely negligible, ≤ 1e-6 × every non-zero factor scale
//! ([`error_is_negligible`]): REML then agrees with it to that relative accuracy, and σ²_e is
//! reported as SSE/df, its first-order REML value (REML ratios that large would also sit beyond the
//! optimiser's bound).

use super::design::Design;
use super::mme::FixedSolution;
use super::optimize::minimise_in_box;

/// The boundary estimate: σ²_e = 0, the other components, BLUPs and prediction SEs of f.
#[derive(Debug, Clone, PartialEq)]
pub struct BoundaryFit {
    pub var_project: f64,
    pub var_juror: f64,
    pub mu: f64,
    pub f: Vec<f64>,
    pub b: Vec<f64>,
    pub se: Vec<f64>,
}

/// A variance below this share of the score variance is reported as 0.
pub const ZERO_SHARE: f64 = 1e-14;
/// σ²_e is negligible when at most this share of every non-zero factor scale.
const NEGLIGIBLE_SHARE: f64 = 1e-6;
/// Search range of ln σ² around ln(score variance).
const LN_BELOW: f64 = 40.0;
const LN_ABOVE: f64 = 10.0;

struct Setup<'a> {
    fixed: &'a FixedSolution,
    comp_p: Vec<usize>,
    comp_j: Vec<usize>,
    np_k: Vec<f64>,
    nj_k: Vec<f64>,
    fsum_k: Vec<f64>,
    bsum_k: Vec<f64>,
}

struct Eval {
    value: f64,
    a: Vec<f64>,
    kappa: f64,
    var_a: Vec<f64>,
}

fn eval(s: &Setup, sp: f64, sj: f64) -> Eval {
    let c = s.np_k.len();
    let (np, nj) = (s.comp_p.len() as f64, s.comp_j.len() as f64);
    let h: Vec<f64> = (0..c).map(|k| s.np_k[k] / sp + s.nj_k[k] / sj).collect();
    let hw: Vec<f64> = (0..c).map(|k| -s.nj_k[k] / sj).collect();
    // Schur complement of the κ row, written without cancellation.
    let sigma: f64 = (0..c)
        .map(|k| (s.nj_k[k] / sj) * (s.np_k[k] / sp) / h[k])
        .sum();
    let g: Vec<f64> = (0..c)
        .map(|k| s.fsum_k[k] / sp - s.bsum_k[k] / sj)
        .collect();
    let gw = s.bsum_k.iter().sum::<f64>() / sj;
    let xw = (gw - (0..c).map(|k| hw[k] * g[k] / h[k]).sum::<f64>()) / sigma;
    let a: Vec<f64> = (0..c).map(|k| -(g[k] - hw[k] * xw) / h[k]).collect();
    let kappa = -xw;
    let qf: f64 = s
        .comp_p
        .iter()
        .enumerate()
        .map(|(i, &k)| (s.fixed.f[i] + a[k]).powi(2))
        .sum();
    let qb: f64 = s
        .comp_j
        .iter()
        .enumerate()
        .map(|(j, &k)| (s.fixed.b[j] - a[k] + kappa).powi(2))
        .sum();
    let value = np * sp.ln()
        + nj * sj.ln()
        + h.iter().map(|v| v.ln()).sum::<f64>()
        + sigma.ln()
        + qf / sp
        + qb / sj;
    let var_a = (0..c)
        .map(|k| 1.0 / h[k] + (hw[k] / h[k]).powi(2) / sigma)
        .collect();
    Eval {
        value,
        a,
        kappa,
        var_a,
    }
}

/// Sum of squares about the mean of each group (`group[i]` of `x[i]`) and the number of groups used.
fn within_ss(x: &[f64], group: &[usize], c: usize) -> (f64, usize) {
    let mut sum = vec![0.0; c];
    let mut n = vec![0.0; c];
    for (v, &k) in x.iter().zip(group) {
        sum[k] += v;
        n[k] += 1.0;
    }
    let ss = x
        .iter()
        .zip(group)
        .map(|(v, &k)| (v - sum[k] / n[k]).powi(2))
        .sum();
    (ss, n.iter().filter(|&&v| v > 0.0).count())
}

/// Variances of the least-squares project and juror effects about their component means (rough
/// scales of σ²_p and σ²_j; each includes a share of σ²_e).
pub fn factor_scales(d: &Design, fixed: &FixedSolution) -> (f64, f64) {
    let (comp_p, comp_j, c) = d.component_index();
    let (ssf, gp) = within_ss(&fixed.f, &comp_p, c);
    let (ssb, gj) = within_ss(&fixed.b, &comp_j, c);
    let per = |ss: f64, n: usize, g: usize| ss / n.saturating_sub(g).max(1) as f64;
    (per(ssf, comp_p.len(), gp), per(ssb, comp_j.len(), gj))
}

/// Whether the residual variance `var_error` (SSE/df of the least-squares fit) is negligible next to
/// every factor scale that is not itself zero (≤ 1e-14 × `score_var`); with no such factor, whether
/// the scores are constant.
pub fn error_is_negligible(
    d: &Design,
    fixed: &FixedSolution,
    var_error: f64,
    score_var: f64,
) -> bool {
    if score_var <= 0.0 {
        return true;
    }
    let (sp, sj) = factor_scales(d, fixed);
    let floor = [sp, sj]
        .into_iter()
        .filter(|&v| v > ZERO_SHARE * score_var)
        .fold(f64::INFINITY, f64::min);
    let floor = if floor.is_finite() { floor } else { 0.0 };
    var_error <= NEGLIGIBLE_SHARE * floor
}

fn setup<'a>(d: &Design, fixed: &'a FixedSolution) -> Setup<'a> {
    let (comp_p, comp_j, c) = d.component_index();
    let mut s = Setup {
        fixed,
        comp_p,
        comp_j,
        np_k: vec![0.0; c],
        nj_k: vec![0.0; c],
        fsum_k: vec![0.0; c],
        bsum_k: vec![0.0; c],
    };
    for (i, &k) in s.comp_p.iter().enumerate() {
        s.np_k[k] += 1.0;
        s.fsum_k[k] += fixed.f[i];
    }
    for (j, &k) in s.comp_j.iter().enumerate() {
        s.nj_k[k] += 1.0;
        s.bsum_k[k] += fixed.b[j];
    }
    s
}

/// The boundary fit from one exact least-squares solution; `score_var` is the variance of the scores.
pub fn exact_fit(d: &Design, fixed: &FixedSolution, score_var: f64) -> Option<BoundaryFit> {
    let (np, nj) = (d.n_projects(), d.n_jurors());
    if score_var <= 0.0 || !score_var.is_finite() {
        let mu = d.obs.first()?.x;
        return Some(BoundaryFit {
            var_project: 0.0,
            var_juror: 0.0,
            mu,
            f: vec![0.0; np],
            b: vec![0.0; nj],
            se: vec![0.0; np],
        });
    }
    let s = setup(d, fixed);
    let c = s.np_k.len();
    // Closed form for one component; the start of the search otherwise.
    let (ssf, gp) = within_ss(&fixed.f, &s.comp_p, c);
    let all_j = vec![0; nj];
    let (ssb, _) = within_ss(&fixed.b, &all_j, 1);
    let closed = [
        ssf / (np.saturating_sub(gp)).max(1) as f64,
        ssb / (nj.saturating_sub(1)).max(1) as f64,
    ];
    let zero = ZERO_SHARE * score_var;
    let lo = score_var.ln() - LN_BELOW;
    let hi = score_var.ln() + LN_ABOVE;
    let est = if c == 1 {
        closed
    } else {
        let obj = |t: [f64; 2]| eval(&s, t[0].exp(), t[1].exp()).value;
        let start = closed.map(|v| v.max(zero).ln());
        minimise_in_box(&obj, start, lo, hi).map(f64::exp)
    };
    let var_project = if est[0] <= zero { 0.0 } else { est[0] };
    let var_juror = if est[1] <= zero { 0.0 } else { est[1] };
    let floor = lo.exp();
    let e = eval(&s, var_project.max(floor), var_juror.max(floor));
    let f: Vec<f64> = (0..np)
        .map(|i| {
            if var_project == 0.0 {
                0.0
            } else {
                fixed.f[i] + e.a[s.comp_p[i]]
            }
        })
        .collect();
    let b: Vec<f64> = (0..nj)
        .map(|j| {
            if var_juror == 0.0 {
                0.0
            } else {
                fixed.b[j] - e.a[s.comp_j[j]] + e.kappa
            }
        })
        .collect();
    let se = (0..np)
        .map(|i| {
            if var_project == 0.0 {
                0.0
            } else {
                e.var_a[s.comp_p[i]].max(0.0).sqrt()
            }
        })
        .collect();
    let fit = BoundaryFit {
        var_project,
        var_juror,
        mu: fixed.mu - e.kappa,
        f,
        b,
        se,
    };
    let finite = fit.var_project.is_finite()
        && fit.var_juror.is_finite()
        && fit.mu.is_finite()
        && fit
            .f
            .iter()
            .chain(&fit.b)
            .chain(&fit.se)
            .all(|v| v.is_finite());
    finite.then_some(fit)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::stats::design::ScoreRow;
    use crate::domain::stats::mme::Mme;

    #[test]
    fn the_boundary_estimate_of_a_disconnected_exact_fit_minimises_its_criterion() {
        // Two juries without a shared juror, each exactly additive: Nelder–Mead path (c = 2).
        let mut rows = Vec::new();
        for (comp, q, b) in [
            ("A", [1.0, 4.0, 6.0], [0.0, 2.0]),
            ("B", [2.0, 3.0, 9.0], [-1.0, 0.5]),
        ] {
            for (i, qi) in q.iter().enumerate() {
                for (j, bj) in b.iter().enumerate() {
                    rows.push(ScoreRow::new(
                        format!("{comp}{i}"),
                        format!("J{comp}{j}"),
                        qi + bj,
                    ));
                }
            }
        }
        let d = Design::new(&rows).unwrap();
        let fixed = Mme::new(&d).fixed_solve().unwrap();
        let fit = exact_fit(&d, &fixed, 5.0).unwrap();
        let s = setup(&d, &fixed);
        let at =
            |dp: f64, dj: f64| eval(&s, fit.var_project * dp.exp(), fit.var_juror * dj.exp()).value;
        let best = at(0.0, 0.0);
        for (dp, dj) in [
            (0.05, 0.0),
            (-0.05, 0.0),
            (0.0, 0.05),
            (0.0, -0.05),
            (0.05, 0.05),
        ] {
            assert!(at(dp, dj) > best, "({dp}, {dj}): {} vs {best}", at(dp, dj));
        }
        // The fitted values reproduce every score.
        for o in &d.obs {
            let e = o.x - fit.mu - fit.f[o.p] - fit.b[o.j];
            assert!(e.abs() < 1e-9, "{e}");
        }
        assert!(fit.var_project > 0.0 && fit.var_juror > 0.0);
    }
}
