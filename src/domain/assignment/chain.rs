//! Fallback connectivity move: alternating cycles and ejection chains of automatic assignments, found breadth-first.
//!
//! Starting by removing an automatic pair (j0, s0), submission s0 needs a juror: it takes an open
//! juror k, who then drops one of their automatic submissions t, which needs a juror, and so on.
//! The search ends either by giving j0 a new submission (a cycle: every load unchanged) or by
//! leaving the extra submission with a juror whose load is below j0's and below their cap (a
//! chain: the spread cannot widen). Each candidate is applied to a copy of the grid and kept only
//! if it adds no pair twice and lowers the number of components. The search states are the
//! dropped pairs, each dropped at most once per search (a submission or juror may recur), at most
//! [`EXPANSIONS`] states and [`TRIES`] verified candidates per starting pair.

use super::grid::{Graph, Grid};
use super::model::Origin;
use super::repair::{Move, components_by_size};

/// Candidates verified per starting pair.
const TRIES: usize = 16;
/// Search states (dropped pairs) per starting pair.
const EXPANSIONS: usize = 4096;

/// The first chain (smallest components first) that merges components.
pub(super) fn best_chain(grid: &Grid, graph: &Graph, cap: &[Option<u32>]) -> Option<Move> {
    let loads = grid.loads();
    let mut held: Vec<Vec<usize>> = vec![Vec::new(); grid.m];
    for &(s, j) in &graph.edges {
        if grid.cell(s, j) == Some(Origin::Automatic) {
            held[j].push(s);
        }
    }
    let search = Search {
        grid,
        loads: &loads,
        cap,
        held: &held,
        components: graph.components,
    };
    for comp in components_by_size(graph) {
        for &(s0, j0) in &graph.edges {
            if graph.label[s0] == Some(comp)
                && grid.cell(s0, j0) == Some(Origin::Automatic)
                && let Some(mv) = search.from(s0, j0)
            {
                return Some(mv);
            }
        }
    }
    None
}

struct Search<'a> {
    grid: &'a Grid,
    loads: &'a [u32],
    cap: &'a [Option<u32>],
    /// Submissions each juror holds automatically.
    held: &'a [Vec<usize>],
    components: usize,
}

/// A search state: submission `t` has just dropped juror `k`; `parent` is the state whose
/// submission took `k` (`usize::MAX` for the start).
#[derive(Clone, Copy)]
struct State {
    t: usize,
    k: usize,
    parent: usize,
}

impl Search<'_> {
    fn from(&self, s0: usize, j0: usize) -> Option<Move> {
        let m = self.grid.m;
        // Each automatic pair is dropped at most once per search.
        let mut dropped = vec![false; self.grid.n * m];
        dropped[s0 * m + j0] = true;
        let mut states = vec![State {
            t: s0,
            k: j0,
            parent: usize::MAX,
        }];
        let mut next = 0;
        let mut tries = 0;
        while next < states.len() && tries < TRIES {
            let here = next;
            let t = states[here].t;
            next += 1;
            for k in 0..m {
                if !self.grid.open(t, k) {
                    continue;
                }
                let room = self.cap[k].is_none_or(|c| self.loads[k] < c);
                // j0 taking t closes a cycle; a less-loaded juror keeping t ends a chain.
                if k == j0 || (room && self.loads[k] < self.loads[j0]) {
                    if let Some(mv) = self.verify(&states, here, k) {
                        return Some(mv);
                    }
                    tries += 1;
                }
                if k == j0 || states.len() >= EXPANSIONS {
                    continue;
                }
                for &u in &self.held[k] {
                    if !dropped[u * m + k] {
                        dropped[u * m + k] = true;
                        states.push(State {
                            t: u,
                            k,
                            parent: here,
                        });
                    }
                }
            }
        }
        None
    }

    /// The move ending with juror `last` taking the submission of state `end`, if it is consistent
    /// (no pair added twice) and merges components.
    fn verify(&self, states: &[State], end: usize, last: usize) -> Option<Move> {
        let mut remove = Vec::new();
        let mut add = vec![(states[end].t, last)];
        let mut i = end;
        loop {
            let st = states[i];
            remove.push((st.t, st.k));
            let Some(p) = states.get(st.parent) else {
                break;
            };
            add.push((p.t, st.k));
            i = st.parent;
        }
        let mut distinct = add.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() != add.len() {
            return None;
        }
        let mv = Move {
            key: (0, 0, 0),
            remove,
            add,
        };
        let mut trial = self.grid.clone();
        mv.apply(&mut trial);
        (Graph::of(&trial).components < self.components).then_some(mv)
    }
}
