//! Mixed-model equations of the additive juror model: penalised solves for given variance ratios
//! (REML criterion, BLUPs, prediction SEs) and the unpenalised least-squares (fixed-effects) solve.
//!
//! The equations C·[μ; f; b] = [Σx; x_i·; x_·j] (C = [X'X X'Z; Z'X Z'Z + Γ⁻¹], Γ the variance ratios
//! σ²/σ²_e) are solved by absorbing the larger factor, whose block is diagonal, into a dense Schur
//! complement over μ and the smaller factor; the cost is O(Σ n_i² + min(n, m)³) per evaluation.

use super::design::Design;

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

/// A least-squares solution of the unpenalised additive model (not unique: see [`Mme::fixed_solve`]).
pub struct FixedSolution {
    pub mu: f64,
    pub f: Vec<f64>,
    pub b: Vec<f64>,
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

    /// One particular least-squares solution (μ, f, b) of the unpenalised additive model
    /// x_ij = μ + f_i + b_j. The normal equations are singular (a shift between μ, f and b in each
    /// connected component is free); dependent columns are fixed at 0 by skipping zero pivots, which
    /// is valid because the equations are consistent. Levels without scores get 0.
    pub fn fixed_solve(&self) -> Option<FixedSolution> {
        let nb = self.cnt_b.len();
        let q = nb + 1;
        let mut s = vec![0.0; q * q];
        let mut rhs = vec![0.0; q];
        s[0] = self.n_obs;
        for k in 0..nb {
            s[k + 1] = self.cnt_b[k];
            s[(k + 1) * q] = self.cnt_b[k];
            s[(k + 1) * q + k + 1] = self.cnt_b[k];
            rhs[k + 1] = self.r_b[k];
        }
        let scale: Vec<f64> = (0..q).map(|k| s[k * q + k]).collect();
        let mut u: Vec<(usize, f64)> = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            if self.cnt_a[i] <= 0.0 {
                continue;
            }
            u.clear();
            u.push((0, self.cnt_a[i]));
            u.extend(row.iter().map(|&(k, c)| (k + 1, c)));
            let inv = 1.0 / self.cnt_a[i];
            for &(x, ux) in &u {
                rhs[x] -= ux * self.r_a[i] * inv;
                for &(y, uy) in &u {
                    s[x * q + y] -= ux * uy * inv;
                }
            }
        }
        semi_cholesky(&mut s, q, &scale)?;
        let sol_b = chol_solve(&s, q, &rhs);
        let sol_a: Vec<f64> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                if self.cnt_a[i] <= 0.0 {
                    return 0.0;
                }
                let dot = self.cnt_a[i] * sol_b[0]
                    + row.iter().map(|&(k, c)| c * sol_b[k + 1]).sum::<f64>();
                (self.r_a[i] - dot) / self.cnt_a[i]
            })
            .collect();
        let mu = sol_b[0] + self.y_mean;
        let other = sol_b[1..].to_vec();
        let (f, b) = if self.absorb_projects {
            (sol_a, other)
        } else {
            (other, sol_a)
        };
        Some(FixedSolution { mu, f, b })
    }

    /// Number of scores N.
    pub fn n_obs(&self) -> f64 {
        self.n_obs
    }

    /// Sum of squares of the centred scores, Σ(x − x̄)².
    pub fn total_ss(&self) -> f64 {
        self.yy
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
        if self.absorb_projects {
            self.absorbed_se(s, var_error)
        } else {
            self.kept_se(s, var_error)
        }
    }

    /// Prediction standard errors of the juror offsets, √(σ²_e · diag C⁻¹).
    pub fn juror_se(&self, s: &Solved, var_error: f64) -> Vec<Option<f64>> {
        if self.absorb_projects {
            self.kept_se(s, var_error)
        } else {
            self.absorbed_se(s, var_error)
        }
    }

    /// SEs of the absorbed factor's levels, through the Schur complement.
    fn absorbed_se(&self, s: &Solved, var_error: f64) -> Vec<Option<f64>> {
        let q = s.q;
        {
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
        }
    }

    /// SEs of the factor kept in the Cholesky system (after μ).
    fn kept_se(&self, s: &Solved, var_error: f64) -> Vec<Option<f64>> {
        let q = s.q;
        {
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

/// Lower Cholesky factor of a positive semi-definite matrix: a pivot below 1e-10 × `scale[j]` (the
/// column's size before elimination) is rounding noise of a dependent column, which is zeroed.
/// (The matrix is PSD in exact arithmetic, so a small negative pivot is rounding too.) `None` on NaN.
fn semi_cholesky(a: &mut [f64], q: usize, scale: &[f64]) -> Option<()> {
    for j in 0..q {
        let mut diag = a[j * q + j];
        for k in 0..j {
            diag -= a[j * q + k] * a[j * q + k];
        }
        let tol = 1e-10 * scale[j].abs();
        if diag.is_nan() {
            return None;
        }
        if diag <= tol {
            for i in j..q {
                a[i * q + j] = 0.0;
            }
            continue;
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

/// Solve L w = b (a zero pivot, from [`semi_cholesky`], fixes its unknown at 0).
fn forward(l: &[f64], q: usize, b: &[f64]) -> Vec<f64> {
    let mut w = b.to_vec();
    for i in 0..q {
        if l[i * q + i] == 0.0 {
            w[i] = 0.0;
            continue;
        }
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
        if l[i * q + i] == 0.0 {
            x[i] = 0.0;
            continue;
        }
        let mut v = x[i];
        for k in i + 1..q {
            v -= l[k * q + i] * x[k];
        }
        x[i] = v / l[i * q + i];
    }
    x
}
