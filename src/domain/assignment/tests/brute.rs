//! Exhaustive check on tiny random instances: the plan's loads are the most balanced possible, its
//! language mismatches the fewest among those, and it is connected whenever some such design is.

use super::*;
use proptest::prelude::*;
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// Every r-subset of `items`.
fn subsets(items: &[usize], r: usize) -> Vec<Vec<usize>> {
    if r == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        for mut rest in subsets(&items[i + 1..], r - 1) {
            rest.insert(0, x);
            out.push(rest);
        }
    }
    out
}

fn connected(choice: &[&Vec<usize>], m: usize) -> bool {
    let n = choice.len();
    let mut parent: Vec<usize> = (0..n + m).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut x = x;
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut active = vec![false; m];
    for (s, jurors) in choice.iter().enumerate() {
        for &j in jurors.iter() {
            active[j] = true;
            let (a, b) = (find(&mut parent, s), find(&mut parent, n + j));
            parent[a] = b;
        }
    }
    let mut roots = BTreeSet::new();
    for node in 0..n + m {
        if node < n || active[node - n] {
            roots.insert(find(&mut parent, node));
        }
    }
    roots.len() <= 1
}

/// The best achievable (sorted loads, fewest mismatches, fewest mismatches if connected).
type Best = (Vec<u32>, usize, Option<usize>);

/// `None` when no combination respects the caps.
fn brute(
    options: &[Vec<Vec<usize>>],
    mismatch: &[Vec<bool>],
    caps: &[Option<u32>],
) -> Option<Best> {
    let m = caps.len();
    let mut best: Option<Best> = None;
    let mut index = vec![0usize; options.len()];
    loop {
        let choice: Vec<&Vec<usize>> = index.iter().zip(options).map(|(&i, o)| &o[i]).collect();
        let mut loads = vec![0u32; m];
        let mut mis = 0;
        for (s, jurors) in choice.iter().enumerate() {
            for &j in jurors.iter() {
                loads[j] += 1;
                mis += usize::from(mismatch[s][j]);
            }
        }
        let within = loads
            .iter()
            .zip(caps)
            .all(|(l, c)| c.is_none_or(|c| *l <= c));
        loads.sort_unstable_by(|a, b| b.cmp(a));
        let conn = connected(&choice, m).then_some(mis);
        best = if !within {
            best
        } else {
            Some(match best {
                None => (loads, mis, conn),
                Some(b) if loads < b.0 => (loads, mis, conn),
                Some(b) if loads == b.0 => {
                    let c = match (b.2, conn) {
                        (Some(x), Some(y)) => Some(x.min(y)),
                        (x, y) => x.or(y),
                    };
                    (b.0, b.1.min(mis), c)
                }
                Some(b) => b,
            })
        };
        // Next combination.
        let mut k = 0;
        loop {
            if k == index.len() {
                return best;
            }
            index[k] += 1;
            if index[k] < options[k].len() {
                break;
            }
            index[k] = 0;
            k += 1;
        }
    }
}

/// An infeasible answer must be right: too few jurors, or a real Hall violator under the caps.
fn check_capacity_failure(
    input: &AssignmentInput,
    r: usize,
    options: &[Vec<Vec<usize>>],
    e: &Infeasible,
) -> Result<(), TestCaseError> {
    match e {
        Infeasible::TooFewJurors { submissions, .. } => {
            prop_assert!(!submissions.is_empty());
            for s in submissions {
                prop_assert!(options[s.submission as usize].is_empty());
            }
        }
        Infeasible::CapacityExceeded { needed, available } => {
            prop_assert_eq!(*needed, (r * input.submissions.len()) as u64);
            prop_assert!(available < needed);
        }
        Infeasible::CapacityBottleneck {
            submissions,
            needed,
            available,
        } => {
            prop_assert_eq!(*needed, (r * submissions.len()) as u64);
            // Each juror gives at most min(cap, number of listed submissions open to them).
            let forbidden: BTreeSet<Pair> = input.forbidden.iter().copied().collect();
            let give: u64 = input
                .jurors
                .iter()
                .map(|j| {
                    let open = submissions
                        .iter()
                        .filter(|&&s| !forbidden.contains(&Pair::new(j.id, s)))
                        .count() as u64;
                    j.max_load.map_or(open, |c| open.min(u64::from(c)))
                })
                .sum();
            prop_assert_eq!(give, *available);
            prop_assert!(available < needed);
        }
        other => prop_assert!(false, "unexpected {other:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn tiny_plans_are_as_balanced_as_possible_then_fewest_mismatches_then_connected(
        n in 2usize..=5, m in 2usize..=5, r in 1usize..=3, percent in 0u32..=35,
        inst in any::<u64>(), seed in any::<u64>(),
    ) {
        let mut rng = ChaCha8Rng::seed_from_u64(inst);
        let langs = ["en", "fr"];
        let submissions: Vec<SubmissionInput> = (0..n)
            .map(|s| SubmissionInput {
                id: s as i32,
                language: langs[(rng.next_u32() % 2) as usize].into(),
            })
            .collect();
        let jurors: Vec<JurorInput> = (0..m)
            .map(|j| JurorInput {
                id: 100 + j as i32,
                languages: vec![langs[(rng.next_u32() % 2) as usize].into()],
                max_load: match rng.next_u32() % 4 {
                    0 => Some(1 + rng.next_u32() % 4),
                    _ => None,
                },
            })
            .collect();
        let caps: Vec<Option<u32>> = jurors.iter().map(|j| j.max_load).collect();
        let mut forbidden = Vec::new();
        let mut options = Vec::new();
        for s in 0..n {
            let mut allowed = Vec::new();
            for j in 0..m {
                if rng.next_u32() % 100 < percent {
                    forbidden.push(Pair::new(100 + j as i32, s as i32));
                } else {
                    allowed.push(j);
                }
            }
            options.push(subsets(&allowed, r));
        }
        let input = AssignmentInput { submissions, jurors, forbidden, keep: Vec::new() };
        let result = assign(&input, &opts(r as u32, 0, seed));
        let combos: usize = options.iter().map(Vec::len).product();
        if combos > 50_000 {
            return Ok(());
        }
        let mismatch: Vec<Vec<bool>> = input
            .submissions
            .iter()
            .map(|s| input.jurors.iter().map(|j| j.languages[0] != s.language).collect())
            .collect();
        let found = if combos == 0 {
            None
        } else {
            brute(&options, &mismatch, &caps)
        };
        prop_assert_eq!(result.is_ok(), found.is_some(), "{:?}", result);
        let (plan, (best_loads, best_mis, best_connected)) = match (result, found) {
            (Ok(plan), Some(best)) => (plan, best),
            (Err(e), _) => return check_capacity_failure(&input, r, &options, &e),
            _ => unreachable!(),
        };
        for row in &plan.summary.loads.per_juror {
            let cap = caps[(row.juror - 100) as usize];
            prop_assert!(cap.is_none_or(|c| row.load <= c));
        }
        let mut got: Vec<u32> = loads(&plan, &input).into_values().collect();
        got.sort_unstable_by(|a, b| b.cmp(a));
        prop_assert_eq!(got, best_loads);
        let s = &plan.summary;
        prop_assert_eq!(s.connectivity.connected, best_connected.is_some(), "{}", s);
        if s.connectivity.repair_moves == 0 {
            prop_assert_eq!(s.language.mismatches, best_mis);
        } else {
            prop_assert!(Some(s.language.mismatches) >= best_connected);
        }
    }
}
