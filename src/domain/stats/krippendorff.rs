//! Krippendorff's alpha (nominal, ordinal, interval, ratio) with missing data, after Krippendorff (2011).
//!
//! Units are projects; only units with ≥ 2 values are pairable. The ratio metric ((c−k)/(c+k))²
//! assumes values on a ratio scale with an absolute zero, so ratio alpha is `None` when any pairable
//! value is negative (where c + k can vanish or change sign). Memory is linear in the number of scores:
//! the observed disagreement is summed unit by unit and the expected one from value frequencies.

use super::describe::finite;
use super::design::Design;
use serde::Serialize;

/// Level of measurement, i.e. the difference function δ².
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Nominal,
    Ordinal,
    Interval,
    Ratio,
}

/// Alpha for the four levels; `None` where undefined (no pairable values or no variation).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlphaSet {
    pub nominal: Option<f64>,
    pub ordinal: Option<f64>,
    pub interval: Option<f64>,
    pub ratio: Option<f64>,
    /// Number of pairable values n.
    pub pairable_values: usize,
}

/// Distinct values (ascending), their pairable frequencies n_c, and each pairable unit as value indices.
struct Prepared {
    values: Vec<f64>,
    freq: Vec<f64>,
    units: Vec<Vec<usize>>,
}

fn prepare(units: &[Vec<f64>]) -> Prepared {
    // `+ 0.0` turns −0.0 into 0.0, so that equal values share one index.
    let mut values: Vec<f64> = units
        .iter()
        .filter(|u| u.len() >= 2)
        .flatten()
        .map(|v| v + 0.0)
        .collect();
    values.sort_by(f64::total_cmp);
    values.dedup_by(|a, b| a.total_cmp(b).is_eq());
    let index = |v: f64| values.binary_search_by(|a| a.total_cmp(&v)).ok();
    let mut freq = vec![0.0; values.len()];
    let mut out = Vec::new();
    for u in units.iter().filter(|u| u.len() >= 2) {
        let idx: Vec<usize> = u.iter().filter_map(|&v| index(v + 0.0)).collect();
        for &c in &idx {
            freq[c] += 1.0;
        }
        out.push(idx);
    }
    Prepared {
        values,
        freq,
        units: out,
    }
}

fn delta2(metric: Metric, p: &Prepared, cum: &[f64], c: usize, k: usize) -> f64 {
    if c == k {
        return 0.0;
    }
    let (a, b) = (p.values[c], p.values[k]);
    match metric {
        Metric::Nominal => 1.0,
        Metric::Interval => (a - b).powi(2),
        Metric::Ratio => {
            let s = a + b;
            if s == 0.0 { 0.0 } else { ((a - b) / s).powi(2) }
        }
        Metric::Ordinal => {
            let (lo, hi) = if c < k { (c, k) } else { (k, c) };
            // Σ_{g=lo..hi} n_g − (n_lo + n_hi)/2, with cum[i] = Σ_{g<i} n_g.
            let s = cum[hi + 1] - cum[lo] - (p.freq[lo] + p.freq[hi]) / 2.0;
            s * s
        }
    }
}

fn alpha_prepared(p: &Prepared, metric: Metric) -> Option<f64> {
    let n: f64 = p.freq.iter().sum();
    if n < 2.0 {
        return None;
    }
    if metric == Metric::Ratio && p.values.first().is_some_and(|&v| v < 0.0) {
        return None;
    }
    let mut cum = vec![0.0; p.freq.len() + 1];
    for (i, f) in p.freq.iter().enumerate() {
        cum[i + 1] = cum[i] + f;
    }
    // Observed: Σ_u Σ_{ordered pairs a≠b in u} δ²/(m_u − 1).
    let mut d_o = 0.0;
    for u in &p.units {
        let mu = u.len() as f64;
        let mut s = 0.0;
        for (i, &c) in u.iter().enumerate() {
            for &k in &u[i + 1..] {
                s += delta2(metric, p, &cum, c, k);
            }
        }
        d_o += 2.0 * s / (mu - 1.0);
    }
    // Expected: Σ_{c≠k} n_c n_k δ².
    let d_e = match metric {
        Metric::Nominal => n * n - p.freq.iter().map(|f| f * f).sum::<f64>(),
        Metric::Interval => {
            let s1: f64 = p.freq.iter().zip(&p.values).map(|(f, v)| f * v).sum();
            let s2: f64 = p.freq.iter().zip(&p.values).map(|(f, v)| f * v * v).sum();
            2.0 * (n * s2 - s1 * s1)
        }
        _ => {
            let mut s = 0.0;
            for c in 0..p.values.len() {
                for k in c + 1..p.values.len() {
                    s += p.freq[c] * p.freq[k] * delta2(metric, p, &cum, c, k);
                }
            }
            2.0 * s
        }
    };
    if d_e <= 0.0 {
        return None;
    }
    finite(1.0 - (n - 1.0) * d_o / d_e)
}

/// Alpha of `units` (each a list of the values given to one unit) for one metric.
pub fn alpha(units: &[Vec<f64>], metric: Metric) -> Option<f64> {
    alpha_prepared(&prepare(units), metric)
}

/// Alpha for all four metrics, units = projects of the design.
pub fn alpha_all(d: &Design) -> AlphaSet {
    let units: Vec<Vec<f64>> = (0..d.n_projects()).map(|p| d.project_scores(p)).collect();
    let p = prepare(&units);
    AlphaSet {
        nominal: alpha_prepared(&p, Metric::Nominal),
        ordinal: alpha_prepared(&p, Metric::Ordinal),
        interval: alpha_prepared(&p, Metric::Interval),
        ratio: alpha_prepared(&p, Metric::Ratio),
        pairable_values: p.freq.iter().sum::<f64>() as usize,
    }
}

/// The coincidence matrix o_ck (row-major over the distinct values, ascending) and those values.
/// Quadratic in the number of distinct values: meant for reports and tests on small scales.
pub fn coincidence_matrix(units: &[Vec<f64>]) -> (Vec<f64>, Vec<Vec<f64>>) {
    let p = prepare(units);
    let v = p.values.len();
    let mut o = vec![vec![0.0; v]; v];
    for u in &p.units {
        let w = 1.0 / (u.len() as f64 - 1.0);
        for (i, &c) in u.iter().enumerate() {
            for (j, &k) in u.iter().enumerate() {
                if i != j {
                    o[c][k] += w;
                }
            }
        }
    }
    (p.values, o)
}
