//! Fleiss' kappa for nominal categories (distinct score values), with the SE under H0 (Fleiss, Levin & Paik).

use super::describe::{finite, normal_quantile, normal_sf};
use super::design::Design;
use serde::Serialize;

/// Fleiss' kappa with z test and Wald 95% CI (κ ± 1.96·SE0, as DescTools).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FleissKappa {
    pub kappa: Option<f64>,
    pub se0: Option<f64>,
    pub z: Option<f64>,
    pub p: Option<f64>,
    pub ci95: [Option<f64>; 2],
    pub p_bar: f64,
    pub pe_bar: f64,
    pub raters_per_project: usize,
    pub categories: usize,
}

/// Kappa of `units` (each the category values of one project); every unit needs the same r ≥ 2 ratings.
pub fn fleiss_kappa(units: &[Vec<f64>]) -> Option<FleissKappa> {
    let r = units.first()?.len();
    if r < 2 || units.iter().any(|u| u.len() != r) {
        return None;
    }
    let mut cats: Vec<f64> = units.iter().flatten().copied().collect();
    cats.sort_by(f64::total_cmp);
    cats.dedup();
    let nunits = units.len() as f64;
    let rf = r as f64;
    let mut totals = vec![0.0; cats.len()];
    let mut p_sum = 0.0;
    for u in units {
        let mut counts = vec![0.0; cats.len()];
        for &v in u {
            if let Ok(c) = cats.binary_search_by(|a| a.total_cmp(&v)) {
                counts[c] += 1.0;
            }
        }
        let sq: f64 = counts.iter().map(|c| c * c).sum();
        p_sum += (sq - rf) / (rf * (rf - 1.0));
        for (t, c) in totals.iter_mut().zip(&counts) {
            *t += c;
        }
    }
    let p_bar = p_sum / nunits;
    let pc: Vec<f64> = totals.iter().map(|t| t / (nunits * rf)).collect();
    let pe_bar: f64 = pc.iter().map(|p| p * p).sum();
    let kappa = finite((p_bar - pe_bar) / (1.0 - pe_bar));
    let spq: f64 = pc.iter().map(|p| p * (1.0 - p)).sum();
    let spqqp: f64 = pc.iter().map(|p| p * (1.0 - p) * ((1.0 - p) - p)).sum();
    let var = 2.0 * (spq * spq - spqqp) / (spq * spq * nunits * rf * (rf - 1.0));
    let se0 = finite(var.sqrt()).filter(|s| *s > 0.0);
    let z = match (kappa, se0) {
        (Some(k), Some(s)) => finite(k / s),
        _ => None,
    };
    let zq = normal_quantile(0.975);
    let ci = |sign: f64| match (kappa, se0, zq) {
        (Some(k), Some(s), Some(q)) => finite(k + sign * q * s),
        _ => None,
    };
    Some(FleissKappa {
        kappa,
        se0,
        z,
        p: z.and_then(|z| normal_sf(z.abs()))
            .map(|p| (2.0 * p).min(1.0)),
        ci95: [ci(-1.0), ci(1.0)],
        p_bar,
        pe_bar,
        raters_per_project: r,
        categories: cats.len(),
    })
}

/// Kappa with projects as units, when every project has the same number (≥ 2) of scores.
pub fn fleiss_kappa_design(d: &Design) -> Option<FleissKappa> {
    let units: Vec<Vec<f64>> = (0..d.n_projects()).map(|p| d.project_scores(p)).collect();
    fleiss_kappa(&units)
}
