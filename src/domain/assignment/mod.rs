//! Automatic jury assignment (issue 5 §3): r non-conflicted jurors per submission, balanced loads, language fit, a connected design.
//!
//! Pure and deterministic: no web or database code, no clock, no global randomness. The same input
//! (in any order) and the same seed give the same plan.
//!
//! # Input and guarantees
//! [`assign`] takes the eligible submissions (id, language), the jurors (id, languages, optional
//! load cap), the forbidden pairs (disqualifying conflicts and potential conflicts not decided
//! "allowed"), the assignments to keep, r (default 3), an optional calibration block size c and
//! a seed. A returned plan satisfies:
//! * every submission outside the calibration block has exactly r distinct jurors (more only if
//!   more were kept: [`Notice::OverAssigned`]); every calibration submission has every juror;
//! * no forbidden pair is ever assigned; kept pairs are all in the plan;
//! * loads are the most balanced the conflicts, kept assignments and caps allow: max − min ≤ 1
//!   whenever that is achievable, else [`Notice::Unbalanced`] (the minimum of Σ load² is at once
//!   the smallest possible maximum and the largest possible minimum load);
//! * among those, the fewest assignments to a juror who does not read the submission's language
//!   (the connectivity repair may then add a few, as few as it can);
//! * the juror–submission graph is connected whenever the repair finds a way, which it does on
//!   every instance the tests could check exhaustively, provided the count allows it (at least
//!   submissions + active jurors − 1 assignments; with fewer, no design with these loads is
//!   connected);
//!   otherwise [`Notice::Disconnected`] says why and the summary lists the components.
//!
//! # Algorithm
//! 1. `prepare`: validate ids; check each submission has ≥ r non-conflicted jurors (else
//!    [`Infeasible::TooFewJurors`] with the counts); pick the calibration block among submissions
//!    without any conflict, those the most jurors read first (else
//!    [`Infeasible::CalibrationUnavailable`]); place kept and calibration pairs; check the total
//!    capacity under load caps ([`Infeasible::CapacityExceeded`]).
//! 2. `flow`: a min-cost flow with lexicographic costs (convex load cost, then language
//!    mismatch, then seeded noise) adds the missing jurors. If it cannot route all demand, the
//!    submissions reachable in the residual graph form a Hall violator, reported as
//!    [`Infeasible::CapacityBottleneck`] with their demand and what their jurors can give.
//! 3. `repair` (and `chain`): while the graph has several components, exchange automatic pairs
//!    between them (swaps keep every load, shifts move a pair to a less-loaded juror, longer
//!    alternating chains as a fallback), choosing the exchange that adds the fewest language
//!    mismatches. Connectivity takes precedence over language, never over balance, caps or
//!    conflicts. A calibration block (c ≥ 1) connects the graph by itself (every juror shares it).
//!    Finding a connected design with given loads is NP-hard in general (r = 2 with loads of 2
//!    is a Hamiltonian cycle), hence a heuristic.
//! 4. `summary`: loads, language fit, pairwise overlap, components; `display` renders it.
//!
//! Only automatic pairs are ever moved; kept and calibration pairs stay.
//!
//! # Cost
//! One Dijkstra per added assignment, O(n·r · n·m · log(n+m)): 500 submissions × 40 jurors with
//! r = 3 take about 0.12 s in release (`examples/bench_assign.rs`). The repair is usually a few
//! rounds of O(E²) candidate scans at worst.

mod chain;
mod display;
mod flow;
mod grid;
mod infeasible;
mod model;
mod names;
mod prepare;
mod repair;
mod summary;

#[cfg(test)]
mod tests;

pub use infeasible::{Infeasible, InputProblem, PairList, Shortfall};
pub use model::{
    Assignment, AssignmentInput, AssignmentOptions, AssignmentPlan, Component, Connectivity,
    DesignSummary, JurorId, JurorInput, JurorLoad, LanguageSummary, LoadSummary, Notice, Origin,
    OverlapSummary, Pair, SubmissionId, SubmissionInput,
};
pub use names::{Named, Names};

/// Assigns jurors to submissions; see the module documentation for the guarantees.
pub fn assign(
    input: &AssignmentInput,
    options: &AssignmentOptions,
) -> Result<AssignmentPlan, Infeasible> {
    let mut prep = prepare::prepare(input, options)?;
    let base = prep.grid.loads();
    let extra = prep.extra_capacity();
    match flow::solve(&prep.grid, &prep.need, &base, &extra) {
        Ok(pairs) => {
            for (s, j) in pairs {
                prep.grid.set(s, j, Some(Origin::Automatic));
            }
        }
        Err(stuck) => return Err(bottleneck(&prep, &stuck, &extra)),
    }
    let moves = repair::connect(&mut prep.grid, &prep.cap);
    Ok(summary::plan(
        prep,
        options.jurors_per_submission,
        options.seed,
        moves,
    ))
}

/// Explains a flow failure: the stuck submissions need more than their jurors can give, each
/// juror giving at most min(remaining capacity, number of those submissions open to them).
fn bottleneck(prep: &prepare::Prepared, stuck: &[usize], extra: &[u32]) -> Infeasible {
    let needed: u64 = stuck.iter().map(|&s| u64::from(prep.need[s])).sum();
    let available: u64 = (0..prep.grid.m)
        .map(|j| {
            let open = stuck.iter().filter(|&&s| prep.grid.open(s, j)).count() as u64;
            open.min(u64::from(extra[j]))
        })
        .sum();
    debug_assert!(available < needed, "flow failure without a Hall violator");
    Infeasible::CapacityBottleneck {
        submissions: stuck.iter().map(|&s| prep.sub_ids[s]).collect(),
        needed,
        available,
    }
}
