//! Connectivity repair: load-preserving exchanges of automatic assignments that merge components of the juror–submission graph.
//!
//! Two moves, each merging two components and never widening the load spread:
//! * **swap**: automatic pairs (j, s) in component A and (k, t) in another component B become
//!   (k, s) and (j, t). Loads are unchanged. The components merge unless both removed pairs are
//!   bridges (then A and B each split in two and the new pairs rejoin the halves crosswise).
//! * **shift**: automatic pair (j, s), not a bridge, becomes (k, s) for a juror k of another
//!   component with load(k) < load(j), below k's load cap: the maximum cannot rise nor the
//!   minimum fall.
//!
//! * **chain** (fallback, in `chain`): a longer alternating cycle or ejection chain found by a
//!   breadth-first search, kept when it merges components.
//!
//! Each round takes the components from the smallest up and applies the valid move with the
//! fewest added language mismatches (seeded noise breaks ties); swaps are preferred to shifts,
//! shifts to chains. Every move removes a component, so there are at most components − 1 rounds.
//! None is tried when the count forbids a connected graph (fewer than submissions + active
//! jurors − 1 assignments: no move changes either number). A connected design with given loads
//! is NP-hard to find in general (with r = 2 and loads 2 it is a Hamiltonian cycle), so this
//! is a heuristic; the exhaustive tests on tiny instances find no case it misses.

use super::chain::best_chain;
use super::grid::{Graph, Grid};
use super::model::Origin;

/// A candidate move: its sort key and the pairs to remove and add.
pub(super) struct Move {
    pub key: (i64, u32, usize),
    pub remove: Vec<(usize, usize)>,
    pub add: Vec<(usize, usize)>,
}

impl Move {
    pub fn apply(&self, grid: &mut Grid) {
        for &(s, j) in &self.remove {
            grid.set(s, j, None);
        }
        for &(s, j) in &self.add {
            grid.set(s, j, Some(Origin::Automatic));
        }
    }
}

/// Merges components while a move exists; returns the number of moves made. `cap`: load caps.
pub(super) fn connect(grid: &mut Grid, cap: &[Option<u32>]) -> usize {
    let mut moves = 0;
    loop {
        let graph = Graph::of(grid);
        let active = graph.label.len() - graph.label.iter().filter(|l| l.is_none()).count();
        if graph.components <= 1 || graph.edges.len() + 1 < active {
            return moves;
        }
        let Some(mv) = best_swap(grid, &graph)
            .or_else(|| best_shift(grid, &graph, cap))
            .or_else(|| best_chain(grid, &graph, cap))
        else {
            return moves;
        };
        mv.apply(grid);
        moves += 1;
    }
}

/// Components ordered smallest first (by edge count, then label).
pub(super) fn components_by_size(graph: &Graph) -> Vec<usize> {
    let mut order: Vec<usize> = (0..graph.components).collect();
    order.sort_by_key(|&c| (graph.size[c], c));
    order
}

fn keep_best(best: &mut Option<Move>, candidate: Move) {
    if best.as_ref().is_none_or(|b| candidate.key < b.key) {
        *best = Some(candidate);
    }
}

fn best_swap(grid: &Grid, graph: &Graph) -> Option<Move> {
    let automatic: Vec<usize> = (0..graph.edges.len())
        .filter(|&e| {
            let (s, j) = graph.edges[e];
            grid.cell(s, j) == Some(Origin::Automatic)
        })
        .collect();
    for comp in components_by_size(graph) {
        let mut best = None;
        for &e1 in &automatic {
            let (s, j) = graph.edges[e1];
            if graph.label[s] != Some(comp) {
                continue;
            }
            for &e2 in &automatic {
                let (t, k) = graph.edges[e2];
                if graph.label[t] == Some(comp) || (graph.bridge[e1] && graph.bridge[e2]) {
                    continue;
                }
                if !grid.open(s, k) || !grid.open(t, j) {
                    continue;
                }
                let delta = grid.mis(s, k) + grid.mis(t, j) - grid.mis(s, j) - grid.mis(t, k);
                let noise = grid.noise(s, k) + grid.noise(t, j);
                keep_best(
                    &mut best,
                    Move {
                        key: (delta, noise, e1 * graph.edges.len() + e2),
                        remove: vec![(s, j), (t, k)],
                        add: vec![(s, k), (t, j)],
                    },
                );
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}

fn best_shift(grid: &Grid, graph: &Graph, cap: &[Option<u32>]) -> Option<Move> {
    let loads = grid.loads();
    let n = grid.n;
    for comp in components_by_size(graph) {
        let mut best = None;
        for (e, &(s, j)) in graph.edges.iter().enumerate() {
            if graph.bridge[e] || grid.cell(s, j) != Some(Origin::Automatic) {
                continue;
            }
            // Either the pair leaves this component for a juror elsewhere, or a pair elsewhere
            // moves to a juror of this component.
            let from_here = graph.label[s] == Some(comp);
            for k in 0..grid.m {
                let Some(label_k) = graph.label[n + k] else {
                    continue;
                };
                let merges = if from_here {
                    label_k != comp
                } else {
                    label_k == comp
                };
                let room = cap[k].is_none_or(|c| loads[k] < c);
                if !merges || !room || loads[k] >= loads[j] || !grid.open(s, k) {
                    continue;
                }
                let delta = grid.mis(s, k) - grid.mis(s, j);
                keep_best(
                    &mut best,
                    Move {
                        key: (delta, grid.noise(s, k), e * grid.m + k),
                        remove: vec![(s, j)],
                        add: vec![(s, k)],
                    },
                );
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}
