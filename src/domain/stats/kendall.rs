//! Kendall's coefficient of concordance W with tie correction, on a complete block (jurors are the blocks).

use super::describe::{average_ranks, chi2_sf, finite, tie_groups};
use serde::Serialize;

/// Kendall's W, its uncorrected value, and Friedman's chi-square test.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KendallW {
    pub w: Option<f64>,
    pub w_uncorrected: Option<f64>,
    pub chi2: Option<f64>,
    pub df: f64,
    pub p: Option<f64>,
}

/// W of an n × m complete matrix (rows = projects, columns = jurors); needs n ≥ 2 and m ≥ 2.
pub fn kendall_w(x: &[Vec<f64>]) -> Option<KendallW> {
    let n = x.len();
    let m = x.first()?.len();
    if n < 2 || m < 2 || x.iter().any(|r| r.len() != m) {
        return None;
    }
    let (nf, mf) = (n as f64, m as f64);
    let mut rank_sums = vec![0.0; n];
    let mut t = 0.0;
    for j in 0..m {
        let col: Vec<f64> = x.iter().map(|r| r[j]).collect();
        for (i, r) in average_ranks(&col, false).into_iter().enumerate() {
            rank_sums[i] += r;
        }
        t += tie_groups(&col)
            .into_iter()
            .map(|g| (g * g * g - g) as f64)
            .sum::<f64>();
    }
    let centre = mf * (nf + 1.0) / 2.0;
    let s: f64 = rank_sums.iter().map(|r| (r - centre).powi(2)).sum();
    let full = mf * mf * (nf * nf * nf - nf);
    let w = finite(12.0 * s / (full - mf * t));
    let chi2 = w.map(|w| mf * (nf - 1.0) * w);
    let df = nf - 1.0;
    Some(KendallW {
        w,
        w_uncorrected: finite(12.0 * s / full),
        chi2,
        df,
        p: chi2.and_then(|c| chi2_sf(c, df)),
    })
}
