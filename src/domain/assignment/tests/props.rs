//! Properties on random instances: constraints hold, loads balance, the graph connects, the seed decides.

use super::*;
use proptest::prelude::*;
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// A random request: `n` submissions, `m` jurors, each pair forbidden with `percent`% chance,
/// languages from {en, fr, es}; with `keep`, about one pair in six of a random plan is kept.
fn instance(n: i32, m: i32, percent: u32, keep: bool, r: u32, seed: u64) -> AssignmentInput {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let langs = ["en", "fr", "es"];
    let submissions = (1..=n)
        .map(|id| SubmissionInput {
            id,
            language: langs[(rng.next_u32() % 3) as usize].to_owned(),
        })
        .collect();
    let jurors = (1..=m)
        .map(|i| JurorInput {
            id: 100 + i,
            languages: langs
                .iter()
                .filter(|_| rng.next_u32() % 2 == 0)
                .map(|l| (*l).to_owned())
                .collect(),
            max_load: None,
        })
        .collect();
    let mut forbidden = Vec::new();
    let mut kept = Vec::new();
    for s in 1..=n {
        let mut kept_here = 0;
        for j in 1..=m {
            if rng.next_u32() % 100 < percent {
                forbidden.push(Pair::new(100 + j, s));
            } else if keep && kept_here < r && rng.next_u32() % 6 == 0 {
                kept.push(Pair::new(100 + j, s));
                kept_here += 1;
            }
        }
    }
    AssignmentInput {
        submissions,
        jurors,
        forbidden,
        keep: kept,
    }
}

/// Checks a result against the request: every constraint, and an exact explanation on failure.
fn check(
    input: &AssignmentInput,
    o: &AssignmentOptions,
    result: &Result<AssignmentPlan, Infeasible>,
) {
    let r = o.jurors_per_submission;
    let m = input.jurors.len() as u32;
    let forbidden: BTreeSet<Pair> = input.forbidden.iter().copied().collect();
    let allowed = |s: SubmissionId| {
        input
            .jurors
            .iter()
            .filter(|j| !forbidden.contains(&Pair::new(j.id, s)))
            .count() as u32
    };
    match result {
        Ok(plan) => {
            let by = by_submission(plan);
            let cal = &plan.summary.calibration;
            assert_eq!(cal.len(), o.calibration_size as usize);
            for s in &input.submissions {
                let got = by.get(&s.id).map_or(0, |j| j.len() as u32);
                assert_eq!(
                    got,
                    if cal.contains(&s.id) { m } else { r },
                    "submission {}",
                    s.id
                );
            }
            for a in &plan.assignments {
                assert!(!forbidden.contains(&Pair::new(a.juror, a.submission)));
            }
            for k in &input.keep {
                assert!(by[&k.submission].contains(&k.juror), "kept {k:?} lost");
            }
            let l = loads(plan, input);
            let (lo, hi) = (l.values().min().copied(), l.values().max().copied());
            let (lo, hi) = (lo.unwrap_or(0), hi.unwrap_or(0));
            assert_eq!((plan.summary.loads.min, plan.summary.loads.max), (lo, hi));
            assert_eq!(
                plan.summary
                    .notices
                    .contains(&Notice::Unbalanced { min: lo, max: hi }),
                hi > lo + 1
            );
            if input.forbidden.is_empty() && input.keep.is_empty() {
                assert!(hi <= lo + 1, "loads {lo}..{hi} without conflicts");
            }
            let mism = plan
                .assignments
                .iter()
                .filter(|a| !a.language_match)
                .count();
            assert_eq!(plan.summary.language.mismatches, mism);
            assert_eq!(components(plan), plan.summary.connectivity.components);
        }
        Err(Infeasible::TooFewJurors { submissions, .. }) => {
            let expect: Vec<SubmissionId> = input
                .submissions
                .iter()
                .map(|s| s.id)
                .filter(|&s| allowed(s) < r)
                .collect();
            let got: Vec<SubmissionId> = submissions.iter().map(|s| s.submission).collect();
            assert_eq!(got, expect);
            for s in submissions {
                assert_eq!(s.available, allowed(s.submission));
                assert_eq!(s.available + s.missing, r);
                assert_eq!(s.available + s.conflicted, m);
            }
        }
        Err(Infeasible::CalibrationUnavailable { conflict_free, .. }) => {
            let expect: Vec<SubmissionId> = input
                .submissions
                .iter()
                .map(|s| s.id)
                .filter(|&s| allowed(s) == m)
                .collect();
            assert_eq!(conflict_free, &expect);
            assert!(expect.len() < o.calibration_size as usize);
        }
        Err(other) => panic!("unexpected failure without load caps: {other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn constraints_always_hold_and_failures_are_exact(
        n in 5i32..=60, m in 3i32..=15, r in 1u32..=4, percent in 0u32..=20,
        calibrate in 0u32..=2, keep in any::<bool>(), inst in any::<u64>(), seed in any::<u64>(),
    ) {
        let input = instance(n, m, percent, keep, r, inst);
        let o = opts(r, calibrate, seed);
        check(&input, &o, &assign(&input, &o));
    }

    #[test]
    fn loads_are_balanced_when_there_are_no_conflicts(
        n in 5i32..=60, m in 3i32..=15, r in 1u32..=3, calibrate in 0u32..=2, seed in any::<u64>(),
    ) {
        let input = instance(n, m, 0, false, r, seed);
        let plan = assign(&input, &opts(r, calibrate, seed)).unwrap();
        prop_assert!(plan.summary.loads.balanced);
        prop_assert!(plan.summary.loads.max <= plan.summary.loads.min + 1);
    }

    #[test]
    fn the_graph_is_connected_when_feasible_and_r_is_at_least_two(
        n in 5i32..=60, m in 3i32..=15, r in 2u32..=4, percent in 0u32..=20,
        inst in any::<u64>(), seed in any::<u64>(),
    ) {
        let input = instance(n, m, percent, false, r, inst);
        if let Ok(plan) = assign(&input, &opts(r, 0, seed)) {
            let c = &plan.summary.connectivity;
            let active = plan.summary.jurors - c.idle_jurors.len();
            // A connected graph on n submissions and `active` jurors needs n + active − 1 edges.
            if plan.assignments.len() + 1 >= n as usize + active {
                prop_assert_eq!(components(&plan), 1, "{}", plan.summary);
            } else {
                prop_assert!(c.components > 1);
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_plan(
        n in 5i32..=40, m in 3i32..=12, r in 1u32..=3, percent in 0u32..=20,
        calibrate in 0u32..=1, inst in any::<u64>(), seed in any::<u64>(),
    ) {
        let input = instance(n, m, percent, true, r, inst);
        let o = opts(r, calibrate, seed);
        let first = assign(&input, &o);
        prop_assert_eq!(&first, &assign(&input, &o));
        let mut shuffled = input.clone();
        shuffled.submissions.reverse();
        shuffled.jurors.reverse();
        shuffled.forbidden.reverse();
        shuffled.keep.reverse();
        prop_assert_eq!(&first, &assign(&shuffled, &o));
    }
}
