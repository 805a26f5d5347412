//! Validation and the feasibility checks that need no flow: ids, conflicts per submission, calibration block, total capacity.

use super::grid::{Grid, NOISE_RANGE};
use super::infeasible::{Infeasible, InputProblem, PairList, Shortfall};
use super::model::{AssignmentInput, AssignmentOptions, JurorId, Notice, Origin, SubmissionId};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};

/// The request in internal positions, with kept and calibration assignments already placed.
#[derive(Debug, Clone)]
pub(super) struct Prepared {
    pub sub_ids: Vec<SubmissionId>,
    pub jur_ids: Vec<JurorId>,
    pub grid: Grid,
    /// Automatic jurors still needed by each submission.
    pub need: Vec<u32>,
    /// Load cap of each juror (total, all origins).
    pub cap: Vec<Option<u32>>,
    pub calibration: Vec<usize>,
    pub notices: Vec<Notice>,
}

impl Prepared {
    /// How many more assignments each juror may take within their cap.
    pub fn extra_capacity(&self) -> Vec<u32> {
        let loads = self.grid.loads();
        self.cap
            .iter()
            .zip(loads)
            .map(|(cap, load)| cap.map_or(u32::MAX, |c| c.saturating_sub(load)))
            .collect()
    }
}

/// Validates the request, places kept and calibration assignments, and runs every check that does
/// not need the flow.
pub(super) fn prepare(
    input: &AssignmentInput,
    options: &AssignmentOptions,
) -> Result<Prepared, Infeasible> {
    let r = options.jurors_per_submission;
    let c = options.calibration_size;
    let mut problems = Vec::new();
    if r == 0 {
        problems.push(InputProblem::ZeroJurorsPerSubmission);
    }
    let mut subs: BTreeMap<SubmissionId, String> = BTreeMap::new();
    for s in &input.submissions {
        if subs.insert(s.id, norm(&s.language)).is_some() {
            problems.push(InputProblem::DuplicateSubmission { submission: s.id });
        }
    }
    let mut jurors: BTreeMap<JurorId, (BTreeSet<String>, Option<u32>)> = BTreeMap::new();
    for j in &input.jurors {
        let langs = j.languages.iter().map(|l| norm(l)).collect();
        let cap = match (j.max_load, options.max_load) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if jurors.insert(j.id, (langs, cap)).is_some() {
            problems.push(InputProblem::DuplicateJuror { juror: j.id });
        }
    }
    let sub_ids: Vec<SubmissionId> = subs.keys().copied().collect();
    let jur_ids: Vec<JurorId> = jurors.keys().copied().collect();
    let sub_pos: BTreeMap<SubmissionId, usize> =
        sub_ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let jur_pos: BTreeMap<JurorId, usize> =
        jur_ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let (n, m) = (sub_ids.len(), jur_ids.len());
    let mut grid = Grid::new(n, m);

    // Language fit and seeded noise, in a fixed order so the seed alone decides the tie-breaks.
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    for (s, lang) in subs.values().enumerate() {
        for (j, (langs, _)) in jurors.values().enumerate() {
            grid.set_mismatch(s, j, !lang.is_empty() && !langs.contains(lang));
            grid.set_noise(s, j, rng.next_u32() % NOISE_RANGE);
        }
    }
    let sub_key: Vec<u32> = (0..n).map(|_| rng.next_u32()).collect();

    let locate = |p: &super::model::Pair, list: PairList, problems: &mut Vec<_>| {
        let s = sub_pos.get(&p.submission).copied();
        let j = jur_pos.get(&p.juror).copied();
        if s.is_none() {
            problems.push(InputProblem::UnknownSubmission {
                submission: p.submission,
                list,
            });
        }
        if j.is_none() {
            problems.push(InputProblem::UnknownJuror {
                juror: p.juror,
                list,
            });
        }
        s.zip(j)
    };
    for p in &input.forbidden {
        if let Some((s, j)) = locate(p, PairList::Forbidden, &mut problems) {
            grid.forbid(s, j);
        }
    }
    for p in &input.keep {
        if let Some((s, j)) = locate(p, PairList::Keep, &mut problems) {
            if grid.allowed(s, j) {
                grid.set(s, j, Some(Origin::Kept));
            } else {
                problems.push(InputProblem::KeptButConflicted {
                    juror: p.juror,
                    submission: p.submission,
                });
            }
        }
    }
    let cap: Vec<Option<u32>> = jurors.values().map(|(_, cap)| *cap).collect();
    if c > 0 {
        for (j, cap) in cap.iter().enumerate() {
            if let Some(cap) = *cap
                && cap < c
            {
                problems.push(InputProblem::CapBelowCalibration {
                    juror: jur_ids[j],
                    cap,
                    block: c,
                });
            }
        }
    }
    problems.dedup();
    if !problems.is_empty() {
        return Err(Infeasible::InvalidInput { problems });
    }

    // Every submission needs r jurors without a conflict.
    let mut short = Vec::new();
    for (s, &id) in sub_ids.iter().enumerate() {
        let available = (0..m).filter(|&j| grid.allowed(s, j)).count() as u32;
        if available < r {
            short.push(Shortfall {
                submission: id,
                available,
                conflicted: m as u32 - available,
                missing: r - available,
            });
        }
    }
    if !short.is_empty() {
        return Err(Infeasible::TooFewJurors {
            required: r,
            jurors: m,
            submissions: short,
        });
    }

    // Calibration block: conflict-free submissions that the most jurors read, seeded tie-break.
    let mut calibration = Vec::new();
    if c > 0 {
        let mut free: Vec<usize> = (0..n)
            .filter(|&s| (0..m).all(|j| grid.allowed(s, j)))
            .collect();
        if free.len() < c as usize {
            return Err(Infeasible::CalibrationUnavailable {
                requested: c,
                conflict_free: free.iter().map(|&s| sub_ids[s]).collect(),
            });
        }
        free.sort_by_key(|&s| ((0..m).filter(|&j| grid.mismatch(s, j)).count(), sub_key[s]));
        free.truncate(c as usize);
        free.sort_unstable();
        for &s in &free {
            for j in 0..m {
                if grid.cell(s, j).is_none() {
                    grid.set(s, j, Some(Origin::Calibration));
                }
            }
        }
        calibration = free;
    }

    let mut notices = Vec::new();
    let mut need = vec![0u32; n];
    for (s, need) in need.iter_mut().enumerate() {
        if calibration.binary_search(&s).is_ok() {
            continue;
        }
        let kept = grid.count_submission(s, Some(Origin::Kept));
        *need = r.saturating_sub(kept);
        if kept > r {
            notices.push(Notice::OverAssigned {
                submission: sub_ids[s],
                kept,
                required: r,
            });
        }
    }
    for (j, load) in grid.loads().into_iter().enumerate() {
        if let Some(cap) = cap[j]
            && load > cap
        {
            notices.push(Notice::AboveCap {
                juror: jur_ids[j],
                load,
                cap,
            });
        }
    }
    let prepared = Prepared {
        sub_ids,
        jur_ids,
        grid,
        need,
        cap,
        calibration,
        notices,
    };

    // Total capacity (only load caps can make it short: without them a juror can take every
    // submission they have no conflict with).
    let extra = prepared.extra_capacity();
    let needed: u64 = prepared.need.iter().map(|&x| u64::from(x)).sum();
    let available: u64 = (0..m)
        .map(|j| {
            let open = (0..n)
                .filter(|&s| prepared.need[s] > 0 && prepared.grid.open(s, j))
                .count() as u64;
            open.min(u64::from(extra[j]))
        })
        .sum();
    if available < needed {
        return Err(Infeasible::CapacityExceeded { needed, available });
    }
    Ok(prepared)
}

/// Language codes compare trimmed and case-insensitively.
fn norm(lang: &str) -> String {
    lang.trim().to_lowercase()
}
