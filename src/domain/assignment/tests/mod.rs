//! Tests of automatic assignment: hand-made cases and properties on random instances.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod brute;
mod design;
mod hand;
mod messages;
mod props;

use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// Every public type crosses serde (the web layer sends plans and explanations as JSON).
#[test]
fn public_types_are_serialisable() {
    fn both<T: serde::Serialize + serde::de::DeserializeOwned>() {}
    both::<AssignmentInput>();
    both::<AssignmentOptions>();
    both::<AssignmentPlan>();
    both::<Infeasible>();
}

/// Submissions `1..=n`, languages cycling through `langs`.
/// A request of these submissions and jurors, without conflicts or kept assignments.
pub(super) fn input(submissions: Vec<SubmissionInput>, jurors: Vec<JurorInput>) -> AssignmentInput {
    AssignmentInput {
        submissions,
        jurors,
        forbidden: Vec::new(),
        keep: Vec::new(),
    }
}

/// Four jurors who read English.
pub(super) const EN4: &[&[&str]] = &[&["en"], &["en"], &["en"], &["en"]];

/// Three submissions needing three jurors each (9 assignments) from three jurors capped at 2
/// each (6).
pub(super) fn over_capacity() -> (AssignmentInput, AssignmentOptions) {
    let mut req = input(subs(3, &["en"]), jurors(&[&["en"], &["en"], &["en"]]));
    for j in &mut req.jurors {
        j.max_load = Some(5);
    }
    let options = AssignmentOptions {
        max_load: Some(2),
        ..opts(3, 0, 1)
    };
    (req, options)
}

/// Submissions 1 and 2 may only go to jurors 101 and 102, and 101 may take one more: with two
/// jurors per submission, they are starved.
pub(super) fn starved_by_caps_and_conflicts() -> AssignmentInput {
    let mut req = input(subs(3, &["en"]), jurors(EN4));
    req.forbidden = vec![
        Pair::new(103, 1),
        Pair::new(104, 1),
        Pair::new(103, 2),
        Pair::new(104, 2),
    ];
    req.jurors[0].max_load = Some(1);
    req
}

/// A request that contradicts itself: a submission twice, conflicts and kept assignments naming
/// people who are not in it, a kept assignment that is also a conflict.
pub(super) fn inconsistent_request() -> AssignmentInput {
    let mut req = input(subs(3, &["en"]), jurors(EN4));
    req.submissions.push(SubmissionInput {
        id: 2,
        language: "fr".into(),
    });
    req.forbidden = vec![Pair::new(999, 1), Pair::new(101, 1)];
    req.keep = vec![Pair::new(101, 1), Pair::new(102, 77)];
    req
}

pub(super) fn subs(n: i32, langs: &[&str]) -> Vec<SubmissionInput> {
    (1..=n)
        .map(|id| SubmissionInput {
            id,
            language: langs[(id as usize - 1) % langs.len()].to_owned(),
        })
        .collect()
}

/// Jurors `101..`, each reading the given languages.
pub(super) fn jurors(langs: &[&[&str]]) -> Vec<JurorInput> {
    langs
        .iter()
        .enumerate()
        .map(|(i, l)| JurorInput {
            id: 101 + i as i32,
            languages: l.iter().map(|s| (*s).to_owned()).collect(),
            max_load: None,
        })
        .collect()
}

pub(super) fn opts(r: u32, c: u32, seed: u64) -> AssignmentOptions {
    AssignmentOptions {
        jurors_per_submission: r,
        calibration_size: c,
        max_load: None,
        seed,
    }
}

/// Jurors of each submission.
pub(super) fn by_submission(plan: &AssignmentPlan) -> BTreeMap<SubmissionId, BTreeSet<JurorId>> {
    let mut out: BTreeMap<SubmissionId, BTreeSet<JurorId>> = BTreeMap::new();
    for a in &plan.assignments {
        assert!(
            out.entry(a.submission).or_default().insert(a.juror),
            "juror {} twice on submission {}",
            a.juror,
            a.submission
        );
    }
    out
}

/// Load of each juror (jurors without assignment included).
pub(super) fn loads(plan: &AssignmentPlan, input: &AssignmentInput) -> BTreeMap<JurorId, u32> {
    let mut out: BTreeMap<JurorId, u32> = input.jurors.iter().map(|j| (j.id, 0)).collect();
    for a in &plan.assignments {
        *out.entry(a.juror).or_default() += 1;
    }
    out
}

/// Number of connected components (submissions + jurors with an assignment), recomputed independently.
pub(super) fn components(plan: &AssignmentPlan) -> usize {
    let mut parent: BTreeMap<(bool, i32), (bool, i32)> = BTreeMap::new();
    fn find(p: &mut BTreeMap<(bool, i32), (bool, i32)>, x: (bool, i32)) -> (bool, i32) {
        let up = *p.entry(x).or_insert(x);
        if up == x {
            x
        } else {
            let root = find(p, up);
            p.insert(x, root);
            root
        }
    }
    for a in &plan.assignments {
        let s = find(&mut parent, (false, a.submission));
        let j = find(&mut parent, (true, a.juror));
        if s != j {
            parent.insert(s, j);
        }
    }
    let keys: Vec<_> = parent.keys().copied().collect();
    keys.into_iter()
        .map(|k| find(&mut parent, k))
        .collect::<BTreeSet<_>>()
        .len()
}
