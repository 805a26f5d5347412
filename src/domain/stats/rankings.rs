//! Project aggregates by method (mean, median, trimmed mean, juror-z, bias-corrected, Borda, Schulze)
//! and full ranked lists: rank 1 is best, ties share average ranks (values equal to 12 significant
//! digits tie), and the listing order of tied projects is by more scores first, then by project id.
//! Juror-z leaves out the scores of jurors who cannot be standardised (< 5 scores or sd = 0).
//! The model-based list can be ranked within the connected components of a disconnected design
//! ([`ranked_list_within`]), since calibrated scores are not comparable across components.

use super::condorcet::{pairwise, schulze_wins};
use super::describe::{average_ranks, mean, median, std_dev, trimmed_mean};
use super::design::Design;
use super::mme::Mme;
use super::model::ModelFit;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Minimum number of scores for a juror's scores to be z-standardised (else left out of juror-z).
pub const MIN_SCORES_FOR_Z: usize = 5;

/// Aggregation methods that give a value per project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Mean,
    Median,
    TrimmedMean,
    JurorZ,
    BiasCorrected,
    Borda,
    Schulze,
}

impl Method {
    pub const ALL: [Method; 7] = [
        Method::Mean,
        Method::Median,
        Method::TrimmedMean,
        Method::JurorZ,
        Method::BiasCorrected,
        Method::Borda,
        Method::Schulze,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Method::Mean => "mean",
            Method::Median => "median",
            Method::TrimmedMean => "trimmed_mean",
            Method::JurorZ => "juror_z",
            Method::BiasCorrected => "bias_corrected",
            Method::Borda => "borda",
            Method::Schulze => "schulze",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Method {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| format!("unknown method {s:?} (expected one of mean, median, trimmed_mean, juror_z, bias_corrected, borda, schulze)"))
    }
}

/// One line of a ranked list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankEntry {
    pub project: String,
    pub rank: f64,
    pub value: Option<f64>,
    /// Connected component of the project, for lists ranked within components (extra key,
    /// omitted from lists ranked over all projects).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<usize>,
}

/// Per-project aggregate of a simple function of the project's scores.
fn per_project(d: &Design, f: impl Fn(&[f64]) -> Option<f64>) -> Vec<Option<f64>> {
    (0..d.n_projects())
        .map(|p| f(&d.project_scores(p)))
        .collect()
}

pub fn mean_values(d: &Design) -> Vec<Option<f64>> {
    per_project(d, mean)
}

pub fn median_values(d: &Design) -> Vec<Option<f64>> {
    per_project(d, median)
}

/// 20% trimmed mean (scipy `trim_mean(x, 0.2)`).
pub fn trimmed_mean_values(d: &Design) -> Vec<Option<f64>> {
    per_project(d, |x| trimmed_mean(x, 0.2))
}

/// Per-juror standardised scores z = (x − x̄_j)/s_j in observation order (`None` for the scores of
/// jurors who cannot be standardised: fewer than 5 scores or s_j = 0), and which jurors were standardised.
pub fn juror_z_scores(d: &Design) -> (Vec<Option<f64>>, Vec<bool>) {
    let mut z: Vec<Option<f64>> = vec![None; d.obs.len()];
    let mut standardised = vec![false; d.n_jurors()];
    for (j, ks) in d.by_juror.iter().enumerate() {
        let xs = d.juror_scores(j);
        if xs.len() < MIN_SCORES_FOR_Z {
            continue;
        }
        if let (Some(m), Some(s)) = (mean(&xs), std_dev(&xs))
            && s > 0.0
        {
            standardised[j] = true;
            for &k in ks {
                z[k] = Some((d.obs[k].x - m) / s);
            }
        }
    }
    (z, standardised)
}

/// Mean of the standardised scores of each project; `None` when none of its jurors was standardised.
pub fn juror_z_values(d: &Design) -> Vec<Option<f64>> {
    let (z, _) = juror_z_scores(d);
    d.by_project
        .iter()
        .map(|ks| mean(&ks.iter().filter_map(|&k| z[k]).collect::<Vec<_>>()))
        .collect()
}

/// Borda points: each juror gives a project (number of projects the juror scored) − (its average rank).
pub fn borda_values(d: &Design) -> Vec<Option<f64>> {
    let mut pts: Vec<Option<f64>> = vec![None; d.n_projects()];
    for (j, ks) in d.by_juror.iter().enumerate() {
        let xs = d.juror_scores(j);
        let ranks = average_ranks(&xs, true);
        for (&k, r) in ks.iter().zip(ranks) {
            let p = d.obs[k].p;
            *pts[p].get_or_insert(0.0) += ks.len() as f64 - r;
        }
    }
    pts
}

/// Schulze values: the number of projects each project beats on strongest paths (`None` without scores).
pub fn schulze_values(d: &Design) -> Vec<Option<f64>> {
    let wins = schulze_wins(&pairwise(d));
    wins.into_iter()
        .enumerate()
        .map(|(p, w)| (!d.by_project[p].is_empty()).then_some(w as f64))
        .collect()
}

/// Calibrated score μ̂ + f̂_i of a model fit (`None` for projects without scores).
pub fn bias_corrected_values(d: &Design, fit: &ModelFit) -> Vec<Option<f64>> {
    fit.calibrated()
        .into_iter()
        .enumerate()
        .map(|(p, v)| (!d.by_project[p].is_empty()).then_some(v))
        .collect()
}

/// Bias-corrected values with the variance ratios held fixed (used in bootstrap replicates).
/// γ_p = 0 (no project variance) gives every project with scores the same value, the mean score.
pub fn bias_corrected_fixed(d: &Design, gamma_p: f64, gamma_j: f64) -> Vec<Option<f64>> {
    if gamma_p <= 0.0 {
        let all: Vec<f64> = d.obs.iter().map(|o| o.x).collect();
        let m = mean(&all);
        return d
            .by_project
            .iter()
            .map(|ks| if ks.is_empty() { None } else { m })
            .collect();
    }
    match Mme::new(d).solve(gamma_p, gamma_j) {
        Some(s) => {
            s.f.iter()
                .enumerate()
                .map(|(p, f)| (!d.by_project[p].is_empty()).then_some(s.mu + f))
                .collect()
        }
        None => vec![None; d.n_projects()],
    }
}

/// Values rounded to 12 significant digits before ranking, so that estimates equal on paper but for
/// floating-point noise (e.g. symmetric BLUPs) tie instead of being ordered by rounding error.
pub fn tie_key(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(v.abs().log10().floor() as i32 - 11);
    (v / scale).round() * scale
}

/// Listing order: value descending, then more scores, then project id; projects without value last.
pub fn order(d: &Design, values: &[Option<f64>]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..values.len()).collect();
    idx.sort_by(|&a, &b| {
        let by_value = match (values[a], values[b]) {
            (Some(x), Some(y)) => tie_key(y).total_cmp(&tie_key(x)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        by_value
            .then_with(|| d.by_project[b].len().cmp(&d.by_project[a].len()))
            .then_with(|| d.projects[a].cmp(&d.projects[b]))
    });
    idx
}

/// Average ranks (1 = best) of the projects that have a value; `None` for the others.
pub fn ranks(values: &[Option<f64>]) -> Vec<Option<f64>> {
    let present: Vec<usize> = (0..values.len()).filter(|&i| values[i].is_some()).collect();
    let vals: Vec<f64> = present
        .iter()
        .filter_map(|&i| values[i])
        .map(tie_key)
        .collect();
    let r = average_ranks(&vals, true);
    let mut out = vec![None; values.len()];
    for (i, rank) in present.into_iter().zip(r) {
        out[i] = Some(rank);
    }
    out
}

/// The full ranked list. Projects without a value come last, sharing the average of the remaining ranks.
pub fn ranked_list(d: &Design, values: &[Option<f64>]) -> Vec<RankEntry> {
    let r = ranks(values);
    let n_present = r.iter().filter(|v| v.is_some()).count();
    let n_missing = values.len() - n_present;
    let missing_rank = n_present as f64 + (n_missing as f64 + 1.0) / 2.0;
    order(d, values)
        .into_iter()
        .map(|p| RankEntry {
            project: d.projects[p].clone(),
            rank: r[p].unwrap_or(missing_rank),
            value: values[p],
            component: None,
        })
        .collect()
}

/// Listing order within components: component by component (`component[p]` of project p, in
/// increasing order), and by [`order`] within each.
pub fn order_within(d: &Design, values: &[Option<f64>], component: &[usize]) -> Vec<usize> {
    let mut idx = order(d, values);
    idx.sort_by_key(|&p| component[p]); // stable: keeps the value order within a component
    idx
}

/// The ranked list with ranks computed within each component (rank 1 = best of its component);
/// every entry carries its component index. One component gives the ranks of [`ranked_list`].
pub fn ranked_list_within(
    d: &Design,
    values: &[Option<f64>],
    component: &[usize],
) -> Vec<RankEntry> {
    let c = component.iter().max().map_or(0, |k| k + 1);
    let mut rank = vec![0.0; values.len()];
    for k in 0..c {
        let members: Vec<usize> = (0..values.len()).filter(|&p| component[p] == k).collect();
        let sub: Vec<Option<f64>> = members.iter().map(|&p| values[p]).collect();
        let r = ranks(&sub);
        let n_present = r.iter().filter(|v| v.is_some()).count();
        let missing_rank = n_present as f64 + ((sub.len() - n_present) as f64 + 1.0) / 2.0;
        for (&p, rp) in members.iter().zip(r) {
            rank[p] = rp.unwrap_or(missing_rank);
        }
    }
    order_within(d, values, component)
        .into_iter()
        .map(|p| RankEntry {
            project: d.projects[p].clone(),
            rank: rank[p],
            value: values[p],
            component: Some(component[p]),
        })
        .collect()
}
