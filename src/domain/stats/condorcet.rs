//! Pairwise (Condorcet) methods on scores as ballots: pairwise matrix, Schulze strongest paths, exact Kemeny–Young.

use super::design::Design;
use serde::Serialize;

/// Pairwise preference counts: `d[a][b]` = number of jurors who scored both and scored a strictly above b.
pub type Pairwise = Vec<Vec<u32>>;

/// Pairwise matrix of a design (O(Σ_j m_j²) work).
pub fn pairwise(d: &Design) -> Pairwise {
    let n = d.n_projects();
    let mut m = vec![vec![0u32; n]; n];
    for ks in &d.by_juror {
        for (i, &a) in ks.iter().enumerate() {
            for &b in &ks[i + 1..] {
                let (oa, ob) = (d.obs[a], d.obs[b]);
                if oa.x > ob.x {
                    m[oa.p][ob.p] += 1;
                } else if ob.x > oa.x {
                    m[ob.p][oa.p] += 1;
                }
            }
        }
    }
    m
}

/// Schulze strongest-path strengths (winning votes): p[a][b] = d[a][b] if d[a][b] > d[b][a] else 0,
/// then the widest path by Floyd–Warshall, O(n³).
pub fn strongest_paths(d: &Pairwise) -> Vec<Vec<u32>> {
    let n = d.len();
    let mut p = vec![vec![0u32; n]; n];
    for a in 0..n {
        for b in 0..n {
            if a != b && d[a][b] > d[b][a] {
                p[a][b] = d[a][b];
            }
        }
    }
    for i in 0..n {
        // Row i does not change while paths through i are relaxed.
        let pi = p[i].clone();
        for (j, row) in p.iter_mut().enumerate() {
            let pji = row[i];
            if j == i || pji == 0 {
                continue;
            }
            for (k, cell) in row.iter_mut().enumerate() {
                if k != i && k != j {
                    let via = pji.min(pi[k]);
                    if via > *cell {
                        *cell = via;
                    }
                }
            }
        }
    }
    p
}

/// Number of projects each project beats on strongest paths; the Schulze order sorts by it.
pub fn schulze_wins(d: &Pairwise) -> Vec<usize> {
    let p = strongest_paths(d);
    let n = p.len();
    (0..n)
        .map(|a| (0..n).filter(|&b| b != a && p[a][b] > p[b][a]).count())
        .collect()
}

/// The Kemeny–Young consensus order and its distance Σ_{a above b} d[b][a].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kemeny {
    pub order: Vec<String>,
    pub distance: u64,
}

/// Exact Kemeny–Young by dynamic programming over subsets (O(2ⁿ n²)); `None` above `max_projects`
/// (capped at 20) or for an empty design. Among equally good orders the first found in id order is kept.
#[allow(clippy::needless_range_loop)]
pub fn kemeny(design: &Design, d: &Pairwise, max_projects: usize) -> Option<Kemeny> {
    let n = d.len();
    if n == 0 || n > max_projects.min(20) {
        return None;
    }
    let full = (1usize << n) - 1;
    let mut cost = vec![u64::MAX; full + 1];
    let mut choice = vec![usize::MAX; full + 1];
    cost[0] = 0;
    for s in 0..full {
        if cost[s] == u64::MAX {
            continue;
        }
        for x in 0..n {
            if s & (1 << x) != 0 {
                continue;
            }
            let t = s | (1 << x);
            // x is placed above every project not yet placed: add the votes that prefer those to x.
            let add: u64 = (0..n)
                .filter(|&y| t & (1 << y) == 0)
                .map(|y| u64::from(d[y][x]))
                .sum();
            let c = cost[s] + add;
            if c < cost[t] {
                cost[t] = c;
                choice[t] = x;
            }
        }
    }
    let mut order = Vec::with_capacity(n);
    let mut s = full;
    while s != 0 {
        let x = *choice.get(s)?;
        if x >= n {
            return None;
        }
        order.push(x);
        s &= !(1 << x);
    }
    order.reverse();
    Some(Kemeny {
        order: order
            .into_iter()
            .map(|p| design.projects[p].clone())
            .collect(),
        distance: cost[full],
    })
}
