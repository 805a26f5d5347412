//! The plan and its design summary: loads, language fit, overlap between jurors, connectivity.

use super::grid::{Graph, Grid};
use super::model::{
    Assignment, AssignmentPlan, Component, Connectivity, DesignSummary, JurorLoad, LanguageSummary,
    LoadSummary, Notice, Origin, OverlapSummary,
};
use super::prepare::Prepared;

/// Builds the plan from the final grid.
pub(super) fn plan(prep: Prepared, r: u32, seed: u64, repair_moves: usize) -> AssignmentPlan {
    let grid = &prep.grid;
    let (n, m) = (grid.n, grid.m);
    let mut assignments = Vec::new();
    let mut rows: Vec<JurorLoad> = prep
        .jur_ids
        .iter()
        .map(|&juror| JurorLoad {
            juror,
            load: 0,
            kept: 0,
            calibration: 0,
            automatic: 0,
            language_mismatches: 0,
            co_jurors: 0,
        })
        .collect();
    let mut mismatches = 0;
    let mut automatic_mismatches = 0;
    let mut shared = vec![0u32; m * m];
    for s in 0..n {
        let on: Vec<usize> = (0..m).filter(|&j| grid.cell(s, j).is_some()).collect();
        for (a, &j) in on.iter().enumerate() {
            for &k in &on[a + 1..] {
                shared[j * m + k] += 1;
                shared[k * m + j] += 1;
            }
        }
        for &j in &on {
            let Some(origin) = grid.cell(s, j) else {
                continue;
            };
            let row = &mut rows[j];
            row.load += 1;
            match origin {
                Origin::Kept => row.kept += 1,
                Origin::Calibration => row.calibration += 1,
                Origin::Automatic => row.automatic += 1,
            }
            let mismatch = grid.mismatch(s, j);
            if mismatch {
                row.language_mismatches += 1;
                mismatches += 1;
                if origin == Origin::Automatic {
                    automatic_mismatches += 1;
                }
            }
            assignments.push(Assignment {
                submission: prep.sub_ids[s],
                juror: prep.jur_ids[j],
                origin,
                language_match: !mismatch,
            });
        }
    }
    for (j, row) in rows.iter_mut().enumerate() {
        row.co_jurors = (0..m).filter(|&k| k != j && shared[j * m + k] > 0).count() as u32;
    }

    let min = rows.iter().map(|r| r.load).min().unwrap_or(0);
    let max = rows.iter().map(|r| r.load).max().unwrap_or(0);
    let mean = if m == 0 {
        0.0
    } else {
        assignments.len() as f64 / m as f64
    };
    let mut notices = prep.notices.clone();
    if max > min + 1 {
        notices.push(Notice::Unbalanced { min, max });
    }
    let connectivity = connectivity(&prep, repair_moves);
    if connectivity.components > 1 {
        let active = m - connectivity.idle_jurors.len();
        notices.push(Notice::Disconnected {
            components: connectivity.components,
            assignments: assignments.len(),
            needed: (n + active).saturating_sub(1),
        });
    }
    let too_few_readers = (0..n)
        .filter(|&s| {
            let readers = (0..m)
                .filter(|&j| grid.allowed(s, j) && !grid.mismatch(s, j))
                .count();
            readers < r as usize && !prep.calibration.contains(&s)
        })
        .map(|s| prep.sub_ids[s])
        .collect();

    let overlap = overlap(&shared, m, &rows);
    let summary = DesignSummary {
        submissions: n,
        jurors: m,
        jurors_per_submission: r,
        seed,
        total_assignments: assignments.len(),
        automatic_assignments: rows.iter().map(|r| r.automatic as usize).sum(),
        loads: LoadSummary {
            min,
            max,
            mean,
            balanced: max <= min + 1,
            per_juror: rows,
        },
        language: LanguageSummary {
            mismatches,
            automatic_mismatches,
            too_few_readers,
        },
        overlap,
        connectivity,
        calibration: prep.calibration.iter().map(|&s| prep.sub_ids[s]).collect(),
        notices,
    };
    AssignmentPlan {
        assignments,
        summary,
    }
}

fn overlap(shared: &[u32], m: usize, rows: &[JurorLoad]) -> OverlapSummary {
    let mut pairs = 0;
    let mut any = 0;
    let mut sum = 0u64;
    let mut min = u32::MAX;
    let mut max = 0;
    for j in 0..m {
        for k in j + 1..m {
            let x = shared[j * m + k];
            pairs += 1;
            any += usize::from(x > 0);
            sum += u64::from(x);
            min = min.min(x);
            max = max.max(x);
        }
    }
    OverlapSummary {
        pairs,
        pairs_sharing_any: any,
        min: if pairs == 0 { 0 } else { min },
        mean: if pairs == 0 {
            0.0
        } else {
            sum as f64 / pairs as f64
        },
        max,
        matrix: (0..m)
            .map(|j| {
                (0..m)
                    .map(|k| {
                        if j == k {
                            rows[j].load
                        } else {
                            shared[j * m + k]
                        }
                    })
                    .collect()
            })
            .collect(),
    }
}

fn connectivity(prep: &Prepared, repair_moves: usize) -> Connectivity {
    let grid: &Grid = &prep.grid;
    let n = grid.n;
    let graph = Graph::of(grid);
    let mut groups: Vec<Component> = (0..graph.components)
        .map(|_| Component {
            jurors: Vec::new(),
            submissions: Vec::new(),
        })
        .collect();
    let mut idle_jurors = Vec::new();
    for (node, label) in graph.label.iter().enumerate() {
        match (label, node < n) {
            (Some(c), true) => groups[*c].submissions.push(prep.sub_ids[node]),
            (Some(c), false) => groups[*c].jurors.push(prep.jur_ids[node - n]),
            (None, false) => idle_jurors.push(prep.jur_ids[node - n]),
            (None, true) => {}
        }
    }
    groups.sort_by(|a, b| {
        (b.jurors.len() + b.submissions.len()).cmp(&(a.jurors.len() + a.submissions.len()))
    });
    if graph.components <= 1 {
        groups.clear();
    }
    Connectivity {
        components: graph.components,
        connected: graph.components <= 1,
        groups,
        idle_jurors,
        repair_moves,
    }
}
