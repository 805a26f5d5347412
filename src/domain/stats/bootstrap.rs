//! Seeded bootstrap over jurors: rank intervals, P(top 1/3/k) and adjacent-pair probabilities with tie flags.
//!
//! Each replicate draws m jurors with replacement (ChaCha8, seeded: the same seed gives the same result);
//! a juror drawn twice counts as two jurors. The aggregate of the chosen method is recomputed and
//! projects are ranked (1 = best, ties averaged). A project without a score in a replicate is left out of
//! that replicate; a pair uses the replicates in which both have a score. For `bias_corrected` the
//! variance ratios are held at their full-data REML values and only the BLUPs are recomputed.
//! Rank intervals are Hyndman–Fan type 7 quantiles (2.5%, 97.5%). Jurors are drawn from an order
//! defined by their scores, not their ids, so renaming jurors does not change the result.
//! Disconnected designs (several components of the juror–project graph): adjacent pairs whose
//! projects lie in different components are skipped (and counted), and for `bias_corrected` each
//! replicate ranks projects within their component, as the `bias_corrected` ranking does.

use super::describe::quantile7_sorted;
use super::design::{Design, Obs};
use super::rankings::{
    Method, bias_corrected_fixed, borda_values, juror_z_values, mean_values, median_values, ranks,
    schulze_values, trimmed_mean_values,
};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use serde::Serialize;
use std::collections::BTreeMap;

/// Default number of replicates.
pub const DEFAULT_REPLICATES: usize = 2000;
/// Below this P(upper ranked above lower) an adjacent pair is a statistical tie.
pub const TIE_THRESHOLD: f64 = 0.95;

/// Bootstrap summary of one project.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectUncertainty {
    pub rank_ci95: [Option<f64>; 2],
    pub p_top1: Option<f64>,
    pub p_top3: Option<f64>,
    pub p_topk: Option<f64>,
    /// Replicates in which the project had at least one score.
    pub replicates: usize,
}

/// Adjacent projects in the reference ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdjacentPair {
    pub upper: String,
    pub lower: String,
    /// Share of replicates (with both scored) in which `upper` is ranked strictly above `lower`.
    pub p_upper_above: Option<f64>,
    pub tie: bool,
    pub replicates: usize,
}

/// The bootstrap section of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BootstrapSummary {
    pub replicates: usize,
    pub seed: u64,
    pub method: Method,
    pub k: usize,
    pub projects: BTreeMap<String, ProjectUncertainty>,
    pub adjacent: Vec<AdjacentPair>,
    /// Adjacent pairs of the reference ranking left out because their projects lie in different
    /// components of a disconnected design (extra).
    pub adjacent_skipped: usize,
    /// Whether ranks are within components (`bias_corrected` on a disconnected design) (extra).
    pub ranks_within_components: bool,
}

/// What to resample and how.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BootstrapConfig {
    pub replicates: usize,
    pub seed: u64,
    pub method: Method,
    pub top_k: usize,
    /// Full-data variance ratios (γ_p, γ_j) for `bias_corrected`.
    pub gammas: Option<(f64, f64)>,
}

/// Uniform index in 0..m without modulo bias.
fn uniform(rng: &mut ChaCha8Rng, m: usize) -> usize {
    let m64 = m as u64;
    let limit = u64::MAX - u64::MAX % m64;
    loop {
        let x = rng.next_u64();
        if x < limit {
            return (x % m64) as usize;
        }
    }
}

/// Jurors ordered by what they scored (project index, score), not by id, so that renaming jurors
/// leaves the replicates unchanged; identical jurors are interchangeable, so their order is irrelevant.
fn canonical_juror_order(d: &Design) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..d.n_jurors()).collect();
    let key = |j: usize| d.by_juror[j].iter().map(move |&k| (d.obs[k].p, d.obs[k].x));
    idx.sort_by(|&a, &b| {
        key(a)
            .zip(key(b))
            .map(|((pa, xa), (pb, xb))| pa.cmp(&pb).then(xa.total_cmp(&xb)))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| d.by_juror[a].len().cmp(&d.by_juror[b].len()))
    });
    idx
}

/// The design of one replicate: drawn jurors become new, distinct juror levels.
pub fn resample(d: &Design, draws: &[usize]) -> Design {
    let mut obs = Vec::with_capacity(d.obs.len());
    let mut jurors = Vec::with_capacity(draws.len());
    for (slot, &j) in draws.iter().enumerate() {
        jurors.push(format!("{}#{slot}", d.jurors[j]));
        for &k in &d.by_juror[j] {
            obs.push(Obs {
                p: d.obs[k].p,
                j: slot,
                x: d.obs[k].x,
            });
        }
    }
    Design::from_parts(d.projects.clone(), jurors, obs)
}

/// Values of `method` on a design (`bias_corrected` needs the fixed variance ratios).
pub fn method_values(d: &Design, method: Method, gammas: Option<(f64, f64)>) -> Vec<Option<f64>> {
    match method {
        Method::Mean => mean_values(d),
        Method::Median => median_values(d),
        Method::TrimmedMean => trimmed_mean_values(d),
        Method::JurorZ => juror_z_values(d),
        Method::Borda => borda_values(d),
        Method::Schulze => schulze_values(d),
        Method::BiasCorrected => match gammas {
            Some((gp, gj)) => bias_corrected_fixed(d, gp, gj),
            None => vec![None; d.n_projects()],
        },
    }
}

/// Run the bootstrap. `reference_order` is the full-data ranking (best first) whose adjacent pairs are tested.
pub fn bootstrap(d: &Design, reference_order: &[usize], cfg: BootstrapConfig) -> BootstrapSummary {
    let n = d.n_projects();
    let m = d.n_jurors();
    let b = cfg.replicates;
    let mut rng = ChaCha8Rng::seed_from_u64(cfg.seed);
    // ranks[r * n + p], NaN when project p has no score in replicate r.
    let mut all_ranks = vec![f32::NAN; b * n];
    let canonical = canonical_juror_order(d);
    let (component, _, n_comp) = d.component_index();
    let within = cfg.method == Method::BiasCorrected && n_comp > 1;
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); if within { n_comp } else { 0 }];
    if within {
        for (p, &k) in component.iter().enumerate() {
            groups[k].push(p);
        }
    }
    // The draws are made in order from one seeded stream, then the replicates are computed in
    // parallel: the figures are the same whatever the number of threads.
    let mut draws = vec![0usize; b * m];
    for slot in &mut draws {
        *slot = canonical[uniform(&mut rng, m)];
    }
    if m > 0 && n > 0 {
        let replicate = |r: usize, out: &mut [f32]| {
            let rep = resample(d, &draws[r * m..(r + 1) * m]);
            let values = method_values(&rep, cfg.method, cfg.gammas);
            let rep_ranks = if within {
                ranks_within(&values, &groups)
            } else {
                ranks(&values)
            };
            for (slot, rank) in out.iter_mut().zip(rep_ranks) {
                if let Some(rank) = rank {
                    *slot = rank as f32;
                }
            }
        };
        let threads = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .clamp(1, 16);
        let per_thread = b.div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            for (chunk, ranks_chunk) in all_ranks.chunks_mut(per_thread * n).enumerate() {
                let replicate = &replicate;
                scope.spawn(move || {
                    for (i, out) in ranks_chunk.chunks_mut(n).enumerate() {
                        replicate(chunk * per_thread + i, out);
                    }
                });
            }
        });
    }
    let k = cfg.top_k.max(1);
    let mut projects = BTreeMap::new();
    for p in 0..n {
        let mut rs: Vec<f64> = (0..b)
            .map(|r| all_ranks[r * n + p])
            .filter(|v| !v.is_nan())
            .map(f64::from)
            .collect();
        rs.sort_by(f64::total_cmp);
        let count = rs.len();
        let share = |limit: f64| {
            (count > 0).then(|| rs.iter().filter(|&&v| v <= limit).count() as f64 / count as f64)
        };
        projects.insert(
            d.projects[p].clone(),
            ProjectUncertainty {
                rank_ci95: [quantile7_sorted(&rs, 0.025), quantile7_sorted(&rs, 0.975)],
                p_top1: share(1.0),
                p_top3: share(3.0),
                p_topk: share(k as f64),
                replicates: count,
            },
        );
    }
    let same_component = |w: &&[usize]| component[w[0]] == component[w[1]];
    let adjacent_skipped = reference_order
        .windows(2)
        .filter(|w| !same_component(w))
        .count();
    let adjacent = reference_order
        .windows(2)
        .filter(same_component)
        .map(|w| {
            let (u, l) = (w[0], w[1]);
            let mut both = 0usize;
            let mut above = 0usize;
            for r in 0..b {
                let (ru, rl) = (all_ranks[r * n + u], all_ranks[r * n + l]);
                if !ru.is_nan() && !rl.is_nan() {
                    both += 1;
                    if ru < rl {
                        above += 1;
                    }
                }
            }
            let p = (both > 0).then(|| above as f64 / both as f64);
            AdjacentPair {
                upper: d.projects[u].clone(),
                lower: d.projects[l].clone(),
                p_upper_above: p,
                tie: p.is_none_or(|p| p < TIE_THRESHOLD),
                replicates: both,
            }
        })
        .collect();
    BootstrapSummary {
        replicates: b,
        seed: cfg.seed,
        method: cfg.method,
        k,
        projects,
        adjacent,
        adjacent_skipped,
        ranks_within_components: within,
    }
}

/// Average ranks within each group of projects (the components); `None` without a value.
fn ranks_within(values: &[Option<f64>], groups: &[Vec<usize>]) -> Vec<Option<f64>> {
    let mut out = vec![None; values.len()];
    for members in groups {
        let sub: Vec<Option<f64>> = members.iter().map(|&p| values[p]).collect();
        for (&p, r) in members.iter().zip(ranks(&sub)) {
            out[p] = r;
        }
    }
    out
}
