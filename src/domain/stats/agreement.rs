//! Agreement between two rankings of the same projects: Kendall tau-b, Spearman rho, top-k overlap.

use super::describe::{average_ranks, finite};
use serde::Serialize;

/// Agreement of two value vectors (higher = better) over the same projects.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MethodAgreement {
    pub kendall_tau_b: Option<f64>,
    pub spearman_rho: Option<f64>,
    /// |top-k(A) ∩ top-k(B)| / k, with k = `top_k` (ties at the cut broken by input order).
    pub top_k_overlap: Option<f64>,
    pub k: usize,
}

/// Kendall's tau-b (ties in either variable handled as in scipy `kendalltau`).
pub fn kendall_tau_b(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len();
    if n != y.len() || n < 2 {
        return None;
    }
    let (mut conc, mut disc, mut tx, mut ty) = (0.0_f64, 0.0_f64, 0.0_f64, 0.0_f64);
    for i in 0..n {
        for j in i + 1..n {
            let dx = x[i] - x[j];
            let dy = y[i] - y[j];
            if dx == 0.0 && dy == 0.0 {
                continue;
            } else if dx == 0.0 {
                tx += 1.0;
            } else if dy == 0.0 {
                ty += 1.0;
            } else if (dx > 0.0) == (dy > 0.0) {
                conc += 1.0;
            } else {
                disc += 1.0;
            }
        }
    }
    // n0 − n1 = pairs not tied in x = conc + disc + ty; n0 − n2 = conc + disc + tx.
    let den = ((conc + disc + ty) * (conc + disc + tx)).sqrt();
    if den == 0.0 {
        None
    } else {
        finite((conc - disc) / den)
    }
}

/// Pearson correlation; `None` when either variable is constant.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len();
    if n != y.len() || n < 2 {
        return None;
    }
    let mx = x.iter().sum::<f64>() / n as f64;
    let my = y.iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    if sxx == 0.0 || syy == 0.0 {
        None
    } else {
        finite(sxy / (sxx * syy).sqrt())
    }
}

/// Spearman's rho = Pearson r of average ranks.
pub fn spearman_rho(x: &[f64], y: &[f64]) -> Option<f64> {
    pearson(&average_ranks(x, false), &average_ranks(y, false))
}

/// Share of the first k entries of two orders (lists of project indices) that coincide.
pub fn top_k_overlap(a: &[usize], b: &[usize], k: usize) -> Option<f64> {
    if k == 0 || a.len() < k || b.len() < k {
        return None;
    }
    let common = a[..k].iter().filter(|p| b[..k].contains(p)).count();
    Some(common as f64 / k as f64)
}

/// All three agreement measures; `order_*` are the ranked project indices, best first.
pub fn agreement(
    x: &[f64],
    y: &[f64],
    order_x: &[usize],
    order_y: &[usize],
    k: usize,
) -> MethodAgreement {
    let k = k.min(order_x.len()).min(order_y.len());
    MethodAgreement {
        kendall_tau_b: kendall_tau_b(x, y),
        spearman_rho: spearman_rho(x, y),
        top_k_overlap: top_k_overlap(order_x, order_y, k),
        k,
    }
}
