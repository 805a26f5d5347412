//! Outlier scores: robust z of juror-model residuals (global MAD, |z| > 3.5) and leave-one-out deviations.
//! Scores are flagged for review, never dropped. A MAD that is rounding noise (≤ 1e-9 × the range of
//! the scores, e.g. when the scores fit the model exactly) counts as 0, and then nothing is flagged.

use super::describe::{mad, median};
use super::design::Design;
use serde::Serialize;

/// |robust z| above which a score is flagged (Iglewicz & Hoaglin 1993).
pub const OUTLIER_Z: f64 = 3.5;
/// Consistency constant of the MAD for the normal distribution.
pub const MAD_SCALE: f64 = 1.4826;
/// A MAD at most this share of the range of the scores is rounding noise and counts as 0.
pub const MAD_NOISE_SHARE: f64 = 1e-9;

/// A flagged score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlier {
    pub project: String,
    pub juror: String,
    pub score: f64,
    pub z: f64,
    /// Observation index in the design (not serialised).
    #[serde(skip)]
    pub obs: usize,
}

/// A leave-one-out deviation d_ij = x_ij − mean of the project's other scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LooDeviation {
    pub project: String,
    pub juror: String,
    pub score: f64,
    pub deviation: f64,
}

/// Robust z of residuals, z = (e − med e)/(1.4826·MAD(e)) over all scores; `None` if the MAD is 0
/// or at most 1e-9 × `score_range` (the range of the scores the residuals come from).
pub fn residual_z(residuals: &[f64], score_range: f64) -> Option<Vec<f64>> {
    let m = median(residuals)?;
    let raw = mad(residuals)?;
    if !raw.is_finite() || raw <= MAD_NOISE_SHARE * score_range.abs() {
        return None;
    }
    let s = raw * MAD_SCALE;
    if s <= 0.0 || !s.is_finite() {
        return None;
    }
    let z: Vec<f64> = residuals.iter().map(|e| (e - m) / s).collect();
    z.iter().all(|v| v.is_finite()).then_some(z)
}

/// Range (max − min) of the scores of a design; 0 without scores.
pub fn score_range(d: &Design) -> f64 {
    let lo = d.obs.iter().map(|o| o.x).fold(f64::INFINITY, f64::min);
    let hi = d.obs.iter().map(|o| o.x).fold(f64::NEG_INFINITY, f64::max);
    if hi >= lo { hi - lo } else { 0.0 }
}

/// Scores whose residual robust z exceeds 3.5 in absolute value, largest |z| first.
pub fn flag_residual_outliers(d: &Design, residuals: &[f64]) -> Vec<Outlier> {
    let Some(z) = residual_z(residuals, score_range(d)) else {
        return Vec::new();
    };
    let mut out: Vec<Outlier> = z
        .iter()
        .enumerate()
        .filter(|(_, z)| z.abs() > OUTLIER_Z)
        .map(|(k, &z)| {
            let o = d.obs[k];
            Outlier {
                project: d.projects[o.p].clone(),
                juror: d.jurors[o.j].clone(),
                score: o.x,
                z,
                obs: k,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.z.abs()
            .total_cmp(&a.z.abs())
            .then_with(|| a.obs.cmp(&b.obs))
    });
    out
}

/// The `top` largest |leave-one-out deviations| (projects with ≥ 2 scores).
pub fn leave_one_out(d: &Design, top: usize) -> Vec<LooDeviation> {
    let mut all = Vec::new();
    for (p, ks) in d.by_project.iter().enumerate() {
        if ks.len() < 2 {
            continue;
        }
        let total: f64 = ks.iter().map(|&k| d.obs[k].x).sum();
        let others = (ks.len() - 1) as f64;
        for &k in ks {
            let o = d.obs[k];
            all.push(LooDeviation {
                project: d.projects[p].clone(),
                juror: d.jurors[o.j].clone(),
                score: o.x,
                deviation: o.x - (total - o.x) / others,
            });
        }
    }
    all.retain(|l| l.deviation.is_finite());
    all.sort_by(|a, b| {
        b.deviation
            .abs()
            .total_cmp(&a.deviation.abs())
            .then_with(|| a.project.cmp(&b.project))
            .then_with(|| a.juror.cmp(&b.juror))
    });
    all.truncate(top);
    all
}
