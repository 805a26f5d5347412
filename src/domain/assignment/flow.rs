//! Min-cost flow (successive shortest paths with potentials) giving the most balanced loads, then fewest language mismatches.
//!
//! Network: source → submission s (capacity `need[s]`) → juror j (capacity 1, only for open
//! pairs) → sink. A juror's k-th additional unit costs `W_LOAD · (base_j + k)`: a convex cost,
//! represented implicitly (only the next unit's arc is ever cheapest, and juror flows never
//! decrease), so a min-cost flow minimises Σ load², whose minimiser is the most balanced load
//! vector the conflicts allow (it minimises the maximum and maximises the minimum load at once).
//! A submission–juror arc costs `W_MISMATCH · mismatch + noise`; the weights are lexicographic
//! (`W_LOAD` exceeds any total of the lower terms), so balance comes first, then language, then
//! the seeded noise, which picks one of the optimal designs at random.

use super::grid::{Grid, NOISE_RANGE};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

const INF: i128 = i128::MAX / 4;

/// The flow's answer: the pairs to add, or the submissions reachable in the final residual graph
/// (a set whose demand exceeds what its jurors can give: Hall's condition fails on it).
pub(super) type FlowResult = Result<Vec<(usize, usize)>, Vec<usize>>;

/// Solves the assignment of `need[s]` more jurors to every submission.
/// `base[j]`: current load of juror j; `extra[j]`: how many more juror j may take.
pub(super) fn solve(grid: &Grid, need: &[u32], base: &[u32], extra: &[u32]) -> FlowResult {
    let (n, m) = (grid.n, grid.m);
    let total: u64 = need.iter().map(|&x| u64::from(x)).sum();
    let units = i128::from(total.max(1));
    let w_mismatch = units * i128::from(NOISE_RANGE) + 1;
    let w_load = units * (w_mismatch + i128::from(NOISE_RANGE)) + 1;
    let arc_cost =
        |s: usize, j: usize| w_mismatch * i128::from(grid.mis(s, j)) + i128::from(grid.noise(s, j));

    let open: Vec<Vec<usize>> = (0..n)
        .map(|s| {
            if need[s] == 0 {
                Vec::new()
            } else {
                (0..m).filter(|&j| grid.open(s, j)).collect()
            }
        })
        .collect();
    let source = n + m;
    let sink = n + m + 1;
    let nodes = n + m + 2;
    let mut used = vec![false; n * m];
    let mut flow_s = vec![0u32; n];
    let mut flow_j = vec![0u32; m];
    let mut holders: Vec<Vec<usize>> = vec![Vec::new(); m];
    let mut pot = vec![0i128; nodes];
    let mut dist = vec![INF; nodes];
    let mut prev = vec![usize::MAX; nodes];
    let mut heap = BinaryHeap::new();

    for _ in 0..total {
        dist.fill(INF);
        prev.fill(usize::MAX);
        heap.clear();
        dist[source] = 0;
        heap.push(Reverse((0i128, source)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > dist[u] {
                continue;
            }
            if u == sink {
                break;
            }
            let mut relax = |v: usize, cost: i128| {
                let nd = d + cost + pot[u] - pot[v];
                debug_assert!(cost + pot[u] - pot[v] >= 0, "negative reduced cost");
                if nd < dist[v] {
                    dist[v] = nd;
                    prev[v] = u;
                    heap.push(Reverse((nd, v)));
                }
            };
            if u == source {
                for s in 0..n {
                    if flow_s[s] < need[s] {
                        relax(s, 0);
                    }
                }
            } else if u < n {
                for &j in &open[u] {
                    if !used[u * m + j] {
                        relax(n + j, arc_cost(u, j));
                    }
                }
            } else {
                let j = u - n;
                for &s in &holders[j] {
                    relax(s, -arc_cost(s, j));
                }
                if flow_j[j] < extra[j] {
                    relax(sink, w_load * i128::from(base[j] + flow_j[j] + 1));
                }
            }
        }
        if dist[sink] >= INF {
            return Err((0..n).filter(|&s| dist[s] < INF).collect());
        }
        let reach = dist[sink];
        for (p, &d) in pot.iter_mut().zip(dist.iter()) {
            *p += d.min(reach);
        }
        // Augment one unit along the path.
        let mut v = sink;
        while v != source {
            let u = prev[v];
            if u == source {
                flow_s[v] += 1;
            } else if v == sink {
                flow_j[u - n] += 1;
            } else if u < n {
                let j = v - n;
                used[u * m + j] = true;
                holders[j].push(u);
            } else {
                let j = u - n;
                used[v * m + j] = false;
                holders[j].retain(|&s| s != v);
            }
            v = u;
        }
    }
    let mut out = Vec::with_capacity(total as usize);
    for s in 0..n {
        for j in 0..m {
            if used[s * m + j] {
                out.push((s, j));
            }
        }
    }
    Ok(out)
}
