//! The juror × project design: validated, indexed scores, the complete block and graph connectivity.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One present score: `juror` gave `score` to `project` (higher is better).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreRow {
    pub project: String,
    pub juror: String,
    pub score: f64,
}

impl ScoreRow {
    pub fn new(project: impl Into<String>, juror: impl Into<String>, score: f64) -> Self {
        Self {
            project: project.into(),
            juror: juror.into(),
            score,
        }
    }
}

/// Why a set of scores cannot be analysed. Row numbers are 0-based indices into the input slice.
#[derive(Debug, Clone, PartialEq)]
pub enum StatsError {
    /// No scores at all.
    Empty,
    /// A score is NaN or infinite.
    NonFinite { row: usize },
    /// The same project and juror appear twice.
    Duplicate {
        row: usize,
        first_row: usize,
        project: String,
        juror: String,
    },
    /// An empty project or juror id.
    EmptyId { row: usize },
    /// |score| > [`MAX_ABS_SCORE`]: squares and sums of such scores overflow.
    OutOfRange {
        row: usize,
        project: String,
        juror: String,
        score: f64,
    },
}

/// Largest accepted |score|. Sums of squares of larger scores may overflow f64 (1.8e308).
pub const MAX_ABS_SCORE: f64 = 1e100;

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatsError::Empty => write!(f, "no scores"),
            StatsError::NonFinite { row } => write!(f, "row {row}: score is not a finite number"),
            StatsError::Duplicate {
                row,
                first_row,
                project,
                juror,
            } => write!(
                f,
                "row {row}: project {project:?} scored twice by juror {juror:?} (first at row {first_row})"
            ),
            StatsError::EmptyId { row } => write!(f, "row {row}: empty project or juror id"),
            StatsError::OutOfRange {
                row,
                project,
                juror,
                score,
            } => write!(
                f,
                "row {row}: the score {score:e} of project {project:?} by juror {juror:?} is beyond ±1e100 (rescale the scores)"
            ),
        }
    }
}

impl std::error::Error for StatsError {}

/// One observation in index form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Obs {
    pub p: usize,
    pub j: usize,
    pub x: f64,
}

/// Indexed scores. Project and juror ids are sorted, so the design does not depend on row order.
#[derive(Debug, Clone)]
pub struct Design {
    pub projects: Vec<String>,
    pub jurors: Vec<String>,
    pub obs: Vec<Obs>,
    /// Observation indices of each project, in juror order.
    pub by_project: Vec<Vec<usize>>,
    /// Observation indices of each juror, in project order.
    pub by_juror: Vec<Vec<usize>>,
}

/// A connected component of the juror–project graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Component {
    pub projects: Vec<String>,
    pub jurors: Vec<String>,
}

impl Design {
    /// Validate and index the rows (rejects empty input, non-finite scores, |score| > 1e100,
    /// duplicates and empty ids).
    pub fn new(rows: &[ScoreRow]) -> Result<Self, StatsError> {
        if rows.is_empty() {
            return Err(StatsError::Empty);
        }
        let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for (i, r) in rows.iter().enumerate() {
            if r.project.is_empty() || r.juror.is_empty() {
                return Err(StatsError::EmptyId { row: i });
            }
            if !r.score.is_finite() {
                return Err(StatsError::NonFinite { row: i });
            }
            if r.score.abs() > MAX_ABS_SCORE {
                return Err(StatsError::OutOfRange {
                    row: i,
                    project: r.project.clone(),
                    juror: r.juror.clone(),
                    score: r.score,
                });
            }
            if let Some(&first_row) = seen.get(&(r.project.as_str(), r.juror.as_str())) {
                return Err(StatsError::Duplicate {
                    row: i,
                    first_row,
                    project: r.project.clone(),
                    juror: r.juror.clone(),
                });
            }
            seen.insert((r.project.as_str(), r.juror.as_str()), i);
        }
        let projects: Vec<String> = rows
            .iter()
            .map(|r| r.project.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let jurors: Vec<String> = rows
            .iter()
            .map(|r| r.juror.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let pidx: BTreeMap<&str, usize> = projects
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i))
            .collect();
        let jidx: BTreeMap<&str, usize> = jurors
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i))
            .collect();
        let mut obs = Vec::with_capacity(rows.len());
        for r in rows {
            if let (Some(&p), Some(&j)) = (pidx.get(r.project.as_str()), jidx.get(r.juror.as_str()))
            {
                obs.push(Obs { p, j, x: r.score });
            }
        }
        obs.sort_by_key(|a| (a.p, a.j));
        Ok(Self::from_parts(projects, jurors, obs))
    }

    /// Build from already indexed observations (ids must be unique; obs may repeat a juror under a new index).
    pub fn from_parts(projects: Vec<String>, jurors: Vec<String>, obs: Vec<Obs>) -> Self {
        let mut by_project = vec![Vec::new(); projects.len()];
        let mut by_juror = vec![Vec::new(); jurors.len()];
        for (k, o) in obs.iter().enumerate() {
            by_project[o.p].push(k);
            by_juror[o.j].push(k);
        }
        Design {
            projects,
            jurors,
            obs,
            by_project,
            by_juror,
        }
    }

    pub fn n_projects(&self) -> usize {
        self.projects.len()
    }

    pub fn n_jurors(&self) -> usize {
        self.jurors.len()
    }

    /// Scores of project `p`.
    pub fn project_scores(&self, p: usize) -> Vec<f64> {
        self.by_project[p].iter().map(|&k| self.obs[k].x).collect()
    }

    /// Scores of juror `j`.
    pub fn juror_scores(&self, j: usize) -> Vec<f64> {
        self.by_juror[j].iter().map(|&k| self.obs[k].x).collect()
    }

    /// The complete block: every juror in the data, and the projects scored by all of them.
    pub fn complete_block(&self) -> (Vec<usize>, Vec<usize>) {
        let m = self.n_jurors();
        let projects = (0..self.n_projects())
            .filter(|&p| self.by_project[p].len() == m)
            .collect();
        (projects, (0..m).collect())
    }

    /// The complete block as a projects × jurors matrix, when it has ≥ 2 projects and ≥ 2 jurors.
    pub fn complete_matrix(&self) -> Option<Vec<Vec<f64>>> {
        let (ps, js) = self.complete_block();
        if ps.len() < 2 || js.len() < 2 {
            return None;
        }
        // by_project is in juror order and each block project has every juror once.
        Some(ps.iter().map(|&p| self.project_scores(p)).collect())
    }

    /// Component index of every project and juror (components numbered in order of their first
    /// project, as in [`Design::components`]), and the number of components.
    pub fn component_index(&self) -> (Vec<usize>, Vec<usize>, usize) {
        let n = self.n_projects();
        let m = self.n_jurors();
        let mut uf = UnionFind::new(n + m);
        for o in &self.obs {
            uf.union(o.p, n + o.j);
        }
        // Union-find roots are the smallest member, so a component containing a project has a
        // project root; numbering roots in index order numbers components by their first project.
        let mut number: BTreeMap<usize, usize> = BTreeMap::new();
        let mut label = |root: usize| {
            let next = number.len();
            *number.entry(root).or_insert(next)
        };
        let of_project: Vec<usize> = (0..n).map(|p| label(uf.find(p))).collect();
        let of_juror: Vec<usize> = (0..m).map(|j| label(uf.find(n + j))).collect();
        (of_project, of_juror, number.len())
    }

    /// Connected components of the bipartite juror–project graph (ordered by their first project id).
    pub fn components(&self) -> Vec<Component> {
        let (of_project, of_juror, c) = self.component_index();
        let mut out = vec![
            Component {
                projects: Vec::new(),
                jurors: Vec::new(),
            };
            c
        ];
        for (p, &k) in of_project.iter().enumerate() {
            out[k].projects.push(self.projects[p].clone());
        }
        for (j, &k) in of_juror.iter().enumerate() {
            out[k].jurors.push(self.jurors[j].clone());
        }
        out
    }

    /// Whether every project and juror is linked through shared scores.
    pub fn is_connected(&self) -> bool {
        self.components().len() <= 1
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut a: usize) -> usize {
        while self.parent[a] != a {
            self.parent[a] = self.parent[self.parent[a]];
            a = self.parent[a];
        }
        a
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_project_and_juror_is_rejected_with_both_rows() {
        let rows = vec![ScoreRow::new("a", "x", 1.0), ScoreRow::new("a", "x", 2.0)];
        assert_eq!(
            Design::new(&rows).unwrap_err(),
            StatsError::Duplicate {
                row: 1,
                first_row: 0,
                project: "a".into(),
                juror: "x".into()
            }
        );
    }

    #[test]
    fn non_finite_and_empty_inputs_are_rejected() {
        assert_eq!(Design::new(&[]).unwrap_err(), StatsError::Empty);
        let rows = vec![ScoreRow::new("a", "x", f64::NAN)];
        assert_eq!(
            Design::new(&rows).unwrap_err(),
            StatsError::NonFinite { row: 0 }
        );
    }

    #[test]
    fn scores_beyond_1e100_are_rejected_naming_project_and_juror() {
        let rows = vec![
            ScoreRow::new("a", "x", 1.0),
            ScoreRow::new("b", "y", -1e300),
        ];
        let e = Design::new(&rows).unwrap_err();
        assert_eq!(
            e,
            StatsError::OutOfRange {
                row: 1,
                project: "b".into(),
                juror: "y".into(),
                score: -1e300
            }
        );
        let msg = e.to_string();
        assert!(msg.contains("\"b\"") && msg.contains("\"y\""), "{msg}");
        assert!(Design::new(&[ScoreRow::new("a", "x", 1e100)]).is_ok());
    }

    #[test]
    fn disconnected_jury_reports_its_components() {
        let rows = vec![
            ScoreRow::new("a", "x", 1.0),
            ScoreRow::new("b", "x", 2.0),
            ScoreRow::new("c", "y", 3.0),
            ScoreRow::new("d", "y", 1.0),
        ];
        let d = Design::new(&rows).unwrap();
        let c = d.components();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].projects, vec!["a", "b"]);
        assert_eq!(c[1].jurors, vec!["y"]);
        assert!(!d.is_connected());
    }

    #[test]
    fn complete_block_keeps_projects_scored_by_every_juror() {
        let rows = vec![
            ScoreRow::new("a", "x", 1.0),
            ScoreRow::new("a", "y", 2.0),
            ScoreRow::new("b", "x", 3.0),
            ScoreRow::new("b", "y", 1.0),
            ScoreRow::new("c", "y", 1.0),
        ];
        let d = Design::new(&rows).unwrap();
        assert_eq!(d.complete_block().0, vec![0, 1]);
        assert_eq!(
            d.complete_matrix().unwrap(),
            vec![vec![1.0, 2.0], vec![3.0, 1.0]]
        );
    }
}
