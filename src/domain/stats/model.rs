//! Additive juror-bias model x_ij = μ + f_i + b_j + ε_ij: REML variance components, BLUPs and their SEs.
//!
//! The mixed-model equations C·[μ; f; b] = [Σx; x_i·; x_·j] (C = [X'X X'Z; Z'X Z'Z + Γ⁻¹], Γ the variance
//! ratios σ²/σ²_e) are solved by absorbing the larger factor, whose block is diagonal, into a dense
//! Schur complement over μ and the smaller factor; the cost is O(Σ n_i² + min(n, m)³) per evaluation.
//! The REML criterion, profiled over σ²_e, is
//! −2ℓ = (N−1) ln(y'Py) + q_p ln γ_p + q_j ln γ_j + ln|C|, with y'Py = y'y − sol'rhs,
//! minimised over (ln γ_p, ln γ_j) by Nelder–Mead (components at the boundary are reported as 0).

use super::design::Design;
use super::optimize::nelder_mead;

/// Variance components of the additive model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VarianceComponents {
    pub var_project: f64,
    pub var_juror: f64,
    pub var_error: f64,
}

/// A fitted juror model: BLUPs given the variance components, with prediction SEs of f_i.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelFit {
    pub mu: f64,
    pub project_effect: Vec<f64>,
    pub project_se: Vec<Option<f64>>,
    pub juror_offset: Vec<f64>,
    pub var: VarianceComponents,
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

    /// Residuals e_ij = x_ij − μ̂ − f̂_i − b̂_j, in observation order.
    pub fn residuals(&self, d: &Design) -> Vec<f64> {
        d.obs
            .iter()
            .map(|o| o.x - self.mu - self.project_effect[o.p] - self.juror_offset[o.j])
            .collect()
    }
}

/// Precomputed sufficient statistics of the mixed-model equations.
pub struct Mme {
    absorb_projects: bool,
    n_obs: f64,
    y_mean: f64,
    yy: f64,
    cnt_a: Vec<f64>,
    cnt_b: Vec<f64>,
    r_a: Vec<f64>,
    r_b: Vec<f64>,
    /// For each absorbed level, the (b level, count) cells it shares.
    rows: Vec<Vec<(usize, f64)>>,
}

/// One solve of the mixed-model equations for given variance ratios.
pub struct Solved {
    pub logdet: f64,
    pub ypy: f64,
    pub mu: f64,
    pub f: Vec<f64>,
    pub b: Vec<f64>,
    chol: Vec<f64>,
    d_a: Vec<f64>,
    q: usize,
}

impl Mme {
    pub fn new(d: &Design) -> Self {
        let absorb_projects = d.n_projects() >= d.n_jurors();
        let (na, nb) = if absorb_projects {
            (d.n_projects(), d.n_jurors())
        } else {
            (d.n_jurors(), d.n_projects())
        };
        let n_obs = d.obs.len() as f64;
        let y_mean = if d.obs.is_empty() {
            0.0
        } else {
            d.obs.iter().map(|o| o.x).sum::<f64>() / n_obs
        };
        let mut s = Mme {
            absorb_projects,
            n_obs,
            y_mean,
            yy: 0.0,
            cnt_a: vec![0.0; na],
            cnt_b: vec![0.0; nb],
            r_a: vec![0.0; na],
            r_b: vec![0.0; nb],
            rows: vec![Vec::new(); na],
        };
        for o in &d.obs {
            let (a, b) = if absorb_projects {
                (o.p, o.j)
            } else {
                (o.j, o.p)
            };
            let y = o.x - y_mean;
            s.yy += y * y;
            s.cnt_a[a] += 1.0;
            s.cnt_b[b] += 1.0;
            s.r_a[a] += y;
            s.r_b[b] += y;
            match s.rows[a].iter_mut().find(|(k, _)| *k == b) {
                Some(cell) => cell.1 += 1.0,
                None => s.rows[a].push((b, 1.0)),
            }
        }
        s
    }

    /// Solve for variance ratios γ_p = σ²_p/σ²_e and γ_j = σ²_j/σ²_e (both > 0).
    pub fn solve(&self, gamma_p: f64, gamma_j: f64) -> Option<Solved> {
        let (ga, gb) = if self.absorb_projects {
            (gamma_p, gamma_j)
        } else {
            (gamma_j, gamma_p)
        };
        let nb = self.cnt_b.len();
        let q = nb + 1;
        let mut s = vec![0.0; q * q];
        let mut rhs = vec![0.0; q];
        s[0] = self.n_obs;
        rhs[0] = 0.0; // Σ(y − ȳ) = 0
        for k in 0..nb {
            s[k + 1] = self.cnt_b[k];
            s[(k + 1) * q] = self.cnt_b[k];
            s[(k + 1) * q + k + 1] = self.cnt_b[k] + 1.0 / gb;
            rhs[k + 1] = self.r_b[k];
        }
        let d_a: Vec<f64> = self.cnt_a.iter().map(|c| c + 1.0 / ga).collect();
        let mut u: Vec<(usize, f64)> = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            u.clear();
            u.push((0, self.cnt_a[i]));
            u.extend(row.iter().map(|&(k, c)| (k + 1, c)));
            let inv = 1.0 / d_a[i];
            for &(x, ux) in &u {
                rhs[x] -= ux * self.r_a[i] * inv;
                for &(y, uy) in &u {
                    s[x * q + y] -= ux * uy * inv;
                }
            }
        }
        cholesky(&mut s, q)?;
        let mut logdet: f64 = d_a.iter().map(|v| v.ln()).sum();
        logdet += 2.0 * (0..q).map(|k| s[k * q + k].ln()).sum::<f64>();
        let sol_b = chol_solve(&s, q, &rhs);
        let sol_a: Vec<f64> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let dot = self.cnt_a[i] * sol_b[0]
                    + row.iter().map(|&(k, c)| c * sol_b[k + 1]).sum::<f64>();
                (self.r_a[i] - dot) / d_a[i]
            })
            .collect();
        let fit = sol_b[1..]
            .iter()
            .zip(&self.r_b)
            .map(|(a, b)| a * b)
            .sum::<f64>()
            + sol_a.iter().zip(&self.r_a).map(|(a, b)| a * b).sum::<f64>();
        let ypy = self.yy - fit;
        let mu = sol_b[0] + self.y_mean;
        let other = sol_b[1..].to_vec();
        let (f, b) = if self.absorb_projects {
            (sol_a, other)
        } else {
            (other, sol_a)
        };
        Some(Solved {
            logdet,
            ypy,
            mu,
            f,
            b,
            chol: s,
            d_a,
            q,
        })
    }

    /// Profiled REML deviance (up to a constant) at θ = (ln γ_p, ln γ_j).
    pub fn reml_deviance(&self, theta: [f64; 2]) -> f64 {
        let (np, nj) = if self.absorb_projects {
            (self.cnt_a.len(), self.cnt_b.len())
        } else {
            (self.cnt_b.len(), self.cnt_a.len())
        };
        match self.solve(theta[0].exp(), theta[1].exp()) {
            Some(s) if s.ypy > 0.0 => {
                (self.n_obs - 1.0) * s.ypy.ln()
                    + np as f64 * theta[0]
                    + nj as f64 * theta[1]
                    + s.logdet
            }
            _ => f64::INFINITY,
        }
    }

    /// Prediction standard errors of the project effects, √(σ²_e · diag C⁻¹).
    pub fn project_se(&self, s: &Solved, var_error: f64) -> Vec<Option<f64>> {
        let q = s.q;
        if self.absorb_projects {
            self.rows
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    let mut u = vec![0.0; q];
                    u[0] = self.cnt_a[i];
                    for &(k, c) in row {
                        u[k + 1] = c;
                    }
                    let w = forward(&s.chol, q, &u);
                    let quad: f64 = w.iter().map(|v| v * v).sum();
                    let v = var_error * (1.0 / s.d_a[i] + quad / (s.d_a[i] * s.d_a[i]));
                    (v.is_finite() && v >= 0.0).then(|| v.sqrt())
                })
                .collect()
        } else {
            (1..q)
                .map(|k| {
                    let mut e = vec![0.0; q];
                    e[k] = 1.0;
                    let w = forward(&s.chol, q, &e);
                    let v = var_error * w.iter().map(|v| v * v).sum::<f64>();
                    (v.is_finite() && v >= 0.0).then(|| v.sqrt())
                })
                .collect()
        }
    }
}

/// Lower bound of ln γ: components this small are reported as zero.
const LN_GAMMA_MIN: f64 = -20.0;
const LN_GAMMA_MAX: f64 = 12.0;

/// REML estimates of the variance components, or `None` when the data cannot support them
/// (fewer than 3 scores, or no residual variation).
pub fn reml(d: &Design) -> Option<VarianceComponents> {
    let m = Mme::new(d);
    if m.n_obs < 3.0 || m.yy <= 0.0 {
        return None;
    }
    let clamp = |t: [f64; 2]| t.map(|v| v.clamp(LN_GAMMA_MIN, LN_GAMMA_MAX));
    let obj = |t: [f64; 2]| m.reml_deviance(clamp(t));
    let mut best = [0.0, 0.0];
    for _ in 0..3 {
        best = clamp(nelder_mead(&obj, best, 1.0, 1e-13, 4000));
    }
    let s = m.solve(best[0].exp(), best[1].exp())?;
    let var_error = s.ypy / (m.n_obs - 1.0);
    let comp = |t: f64| {
        if t <= LN_GAMMA_MIN + 1e-6 {
            0.0
        } else {
            t.exp() * var_error
        }
    };
    Some(VarianceComponents {
        var_project: comp(best[0]),
        var_juror: comp(best[1]),
        var_error,
    })
}

/// BLUPs and SEs given variance components (zero components are treated as a tiny ratio).
pub fn fit_given(d: &Design, var: VarianceComponents) -> Option<ModelFit> {
    let m = Mme::new(d);
    if var.var_error <= 0.0 {
        return None;
    }
    let floor = LN_GAMMA_MIN.exp();
    let gp = (var.var_project / var.var_error).max(floor);
    let gj = (var.var_juror / var.var_error).max(floor);
    let s = m.solve(gp, gj)?;
    let project_se = m.project_se(&s, var.var_error);
    Some(ModelFit {
        mu: s.mu,
        project_effect: s.f,
        project_se,
        juror_offset: s.b,
        var,
    })
}

/// REML then BLUPs. Constant data gives a degenerate fit with zero effects and variances.
pub fn fit(d: &Design) -> Option<ModelFit> {
    match reml(d) {
        Some(var) => fit_given(d, var),
        None if !d.obs.is_empty() && Mme::new(d).yy <= 0.0 => Some(ModelFit {
            mu: d.obs[0].x,
            project_effect: vec![0.0; d.n_projects()],
            project_se: vec![Some(0.0); d.n_projects()],
            juror_offset: vec![0.0; d.n_jurors()],
            var: VarianceComponents {
                var_project: 0.0,
                var_juror: 0.0,
                var_error: 0.0,
            },
        }),
        None => None,
    }
}

/// In-place lower Cholesky factor of a q × q row-major SPD matrix; `None` if not positive definite.
fn cholesky(a: &mut [f64], q: usize) -> Option<()> {
    for j in 0..q {
        let mut diag = a[j * q + j];
        for k in 0..j {
            diag -= a[j * q + k] * a[j * q + k];
        }
        if diag.is_nan() || diag <= 0.0 {
            return None;
        }
        let ljj = diag.sqrt();
        a[j * q + j] = ljj;
        for i in j + 1..q {
            let mut v = a[i * q + j];
            for k in 0..j {
                v -= a[i * q + k] * a[j * q + k];
            }
            a[i * q + j] = v / ljj;
        }
    }
    Some(())
}

/// Solve L w = b.
fn forward(l: &[f64], q: usize, b: &[f64]) -> Vec<f64> {
    let mut w = b.to_vec();
    for i in 0..q {
        let mut v = w[i];
        for k in 0..i {
            v -= l[i * q + k] * w[k];
        }
        w[i] = v / l[i * q + i];
    }
    w
}

/// Solve L L' x = b.
fn chol_solve(l: &[f64], q: usize, b: &[f64]) -> Vec<f64> {
    let mut x = forward(l, q, b);
    for i in (0..q).rev() {
        let mut v = x[i];
        for k in i + 1..q {
            v -= l[k * q + i] * x[k];
        }
        x[i] = v / l[i * q + i];
    }
    x
}
