//! The working state: a submissions × jurors grid of eligibility, language fit, tie-break noise and assignments.

use super::model::Origin;

/// Dense n × m state, indexed by internal positions (submissions and jurors sorted by id).
#[derive(Debug, Clone)]
pub(super) struct Grid {
    pub n: usize,
    pub m: usize,
    /// The pair is not forbidden.
    allowed: Vec<bool>,
    /// The juror does not read the submission's language.
    mismatch: Vec<bool>,
    /// Seeded tie-break weight in `0..NOISE_RANGE`.
    noise: Vec<u32>,
    cells: Vec<Option<Origin>>,
}

/// Exclusive upper bound of [`Grid::noise`].
pub(super) const NOISE_RANGE: u32 = 1024;

impl Grid {
    pub fn new(n: usize, m: usize) -> Self {
        Self {
            n,
            m,
            allowed: vec![true; n * m],
            mismatch: vec![false; n * m],
            noise: vec![0; n * m],
            cells: vec![None; n * m],
        }
    }

    fn at(&self, s: usize, j: usize) -> usize {
        s * self.m + j
    }

    pub fn allowed(&self, s: usize, j: usize) -> bool {
        self.allowed[self.at(s, j)]
    }

    pub fn forbid(&mut self, s: usize, j: usize) {
        let i = self.at(s, j);
        self.allowed[i] = false;
    }

    pub fn mismatch(&self, s: usize, j: usize) -> bool {
        self.mismatch[self.at(s, j)]
    }

    pub fn set_mismatch(&mut self, s: usize, j: usize, value: bool) {
        let i = self.at(s, j);
        self.mismatch[i] = value;
    }

    pub fn noise(&self, s: usize, j: usize) -> u32 {
        self.noise[self.at(s, j)]
    }

    pub fn set_noise(&mut self, s: usize, j: usize, value: u32) {
        let i = self.at(s, j);
        self.noise[i] = value % NOISE_RANGE;
    }

    pub fn cell(&self, s: usize, j: usize) -> Option<Origin> {
        self.cells[self.at(s, j)]
    }

    pub fn set(&mut self, s: usize, j: usize, origin: Option<Origin>) {
        let i = self.at(s, j);
        self.cells[i] = origin;
    }

    /// The pair may receive a new automatic assignment.
    pub fn open(&self, s: usize, j: usize) -> bool {
        self.allowed(s, j) && self.cell(s, j).is_none()
    }

    /// Mismatch as 0 or 1.
    pub fn mis(&self, s: usize, j: usize) -> i64 {
        i64::from(self.mismatch(s, j))
    }

    /// Every assigned pair `(s, j)`, by submission then juror.
    pub fn edges(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for s in 0..self.n {
            for j in 0..self.m {
                if self.cell(s, j).is_some() {
                    out.push((s, j));
                }
            }
        }
        out
    }

    /// Jurors assigned to submission `s`.
    pub fn count_submission(&self, s: usize, origin: Option<Origin>) -> u32 {
        let mut c = 0;
        for j in 0..self.m {
            match (self.cell(s, j), origin) {
                (Some(_), None) => c += 1,
                (Some(o), Some(w)) if o == w => c += 1,
                _ => {}
            }
        }
        c
    }

    /// Load of every juror (all origins).
    pub fn loads(&self) -> Vec<u32> {
        let mut l = vec![0u32; self.m];
        for s in 0..self.n {
            for (j, load) in l.iter_mut().enumerate() {
                if self.cell(s, j).is_some() {
                    *load += 1;
                }
            }
        }
        l
    }
}

/// Connected components and bridges of the juror–submission graph of a [`Grid`].
///
/// Nodes are submissions `0..n` and jurors `n..n+m`; a juror without an assignment belongs to no
/// component.
#[derive(Debug, Clone)]
pub(super) struct Graph {
    pub edges: Vec<(usize, usize)>,
    /// Component label of each node (`None`: idle juror).
    pub label: Vec<Option<usize>>,
    pub components: usize,
    /// Number of edges in each component.
    pub size: Vec<usize>,
    /// `bridge[e]`: removing edge `e` disconnects its component.
    pub bridge: Vec<bool>,
}

impl Graph {
    pub fn of(grid: &Grid) -> Self {
        let n = grid.n;
        let nodes = n + grid.m;
        let edges = grid.edges();
        let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); nodes];
        for (e, &(s, j)) in edges.iter().enumerate() {
            adj[s].push((n + j, e));
            adj[n + j].push((s, e));
        }
        let mut label = vec![None; nodes];
        let mut size = Vec::new();
        let mut components = 0;
        for root in 0..nodes {
            if label[root].is_some() || (root >= n && adj[root].is_empty()) {
                continue;
            }
            let mut stack = vec![root];
            label[root] = Some(components);
            let mut degree_sum = 0;
            while let Some(u) = stack.pop() {
                degree_sum += adj[u].len();
                for &(v, _) in &adj[u] {
                    if label[v].is_none() {
                        label[v] = Some(components);
                        stack.push(v);
                    }
                }
            }
            size.push(degree_sum / 2);
            components += 1;
        }
        let bridge = bridges(&adj, edges.len());
        Self {
            edges,
            label,
            components,
            size,
            bridge,
        }
    }
}

/// Tarjan's bridge finding, iterative (no recursion depth limit). The graph has no parallel edges.
fn bridges(adj: &[Vec<(usize, usize)>], edge_count: usize) -> Vec<bool> {
    const UNSEEN: usize = usize::MAX;
    let nodes = adj.len();
    let mut disc = vec![UNSEEN; nodes];
    let mut low = vec![0usize; nodes];
    let mut bridge = vec![false; edge_count];
    let mut timer = 0;
    // (node, edge used to enter it, next neighbour to look at)
    let mut stack: Vec<(usize, usize, usize)> = Vec::new();
    for root in 0..nodes {
        if disc[root] != UNSEEN || adj[root].is_empty() {
            continue;
        }
        disc[root] = timer;
        low[root] = timer;
        timer += 1;
        stack.push((root, UNSEEN, 0));
        while let Some(top) = stack.last_mut() {
            let (u, entry, i) = *top;
            if let Some(&(v, e)) = adj[u].get(i) {
                top.2 += 1;
                if e == entry {
                    continue;
                }
                if disc[v] == UNSEEN {
                    disc[v] = timer;
                    low[v] = timer;
                    timer += 1;
                    stack.push((v, e, 0));
                } else {
                    low[u] = low[u].min(disc[v]);
                }
            } else {
                stack.pop();
                if let Some(&(p, _, _)) = stack.last() {
                    low[p] = low[p].min(low[u]);
                    if low[u] > disc[p] {
                        bridge[entry] = true;
                    }
                }
            }
        }
    }
    bridge
}
