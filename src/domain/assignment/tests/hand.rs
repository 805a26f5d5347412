//! Hand-made requests: infeasibility explained, invalid input, kept assignments, load caps.

use super::*;

#[test]
fn a_submission_with_too_few_non_conflicted_jurors_makes_the_request_infeasible() {
    let mut req = input(subs(3, &["en"]), jurors(EN4));
    req.forbidden = vec![Pair::new(101, 2), Pair::new(102, 2)];
    let err = assign(&req, &opts(3, 0, 1)).unwrap_err();
    assert_eq!(
        err,
        Infeasible::TooFewJurors {
            required: 3,
            jurors: 4,
            submissions: vec![Shortfall {
                submission: 2,
                available: 2,
                conflicted: 2,
                missing: 1
            }],
        }
    );
    let text = err.to_string();
    assert!(
        text.contains("1 submission has fewer than 3 jurors"),
        "{text}"
    );
    assert!(
        text.contains("submission 2: 2 without a conflict, 2 conflicted; 1 more needed"),
        "{text}"
    );
}

#[test]
fn fewer_jurors_than_r_lists_every_submission() {
    let req = input(subs(25, &["en"]), jurors(&[&["en"], &["en"]]));
    let err = assign(&req, &opts(3, 0, 1)).unwrap_err();
    let Infeasible::TooFewJurors { submissions, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(submissions.len(), 25);
    assert!(
        submissions
            .iter()
            .all(|s| s.missing == 1 && s.available == 2)
    );
    // The message lists 20 and counts the rest.
    assert!(err.to_string().contains("… and 5 more"), "{err}");
}

#[test]
fn inconsistent_requests_are_explained() {
    let err = assign(&inconsistent_request(), &opts(0, 0, 1)).unwrap_err();
    let Infeasible::InvalidInput { problems } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(
        problems,
        &vec![
            InputProblem::ZeroJurorsPerSubmission,
            InputProblem::DuplicateSubmission { submission: 2 },
            InputProblem::UnknownJuror {
                juror: 999,
                list: PairList::Forbidden
            },
            InputProblem::KeptButConflicted {
                juror: 101,
                submission: 1
            },
            InputProblem::UnknownSubmission {
                submission: 77,
                list: PairList::Keep
            },
        ]
    );
    let text = err.to_string();
    assert!(text.contains("juror 101 is assigned to submission 1 but has a conflict"));
    assert!(text.contains("the list of conflicts names juror 999"));
}

#[test]
fn an_empty_request_gives_an_empty_plan() {
    let plan = assign(&AssignmentInput::default(), &AssignmentOptions::default()).unwrap();
    assert!(plan.assignments.is_empty());
    assert_eq!(plan.summary.connectivity.components, 0);
    assert!(plan.summary.notices.is_empty());
}

#[test]
fn kept_assignments_stay_and_count_towards_r() {
    let mut req = input(subs(4, &["en"]), jurors(EN4));
    req.keep = vec![Pair::new(101, 1), Pair::new(102, 1), Pair::new(104, 3)];
    let plan = assign(&req, &opts(3, 0, 5)).unwrap();
    let by = by_submission(&plan);
    assert!(by[&1].contains(&101) && by[&1].contains(&102));
    assert!(by[&3].contains(&104));
    assert!(by.values().all(|j| j.len() == 3));
    let kept: Vec<_> = plan
        .assignments
        .iter()
        .filter(|a| a.origin == Origin::Kept)
        .map(|a| (a.juror, a.submission))
        .collect();
    assert_eq!(kept, vec![(101, 1), (102, 1), (104, 3)]);
    assert_eq!(plan.summary.automatic_assignments, 9);
    assert!(plan.summary.loads.balanced);
}

#[test]
fn a_submission_keeping_more_than_r_jurors_gets_nobody_new() {
    let mut req = input(subs(3, &["en"]), jurors(EN4));
    req.keep = (101..=104).map(|j| Pair::new(j, 1)).collect();
    let plan = assign(&req, &opts(2, 0, 5)).unwrap();
    assert_eq!(by_submission(&plan)[&1].len(), 4);
    assert!(plan.summary.notices.contains(&Notice::OverAssigned {
        submission: 1,
        kept: 4,
        required: 2
    }));
    // 4 kept + 2 × 2 added = 8 over 4 jurors.
    assert!(loads(&plan, &req).values().all(|&l| l == 2));
}

#[test]
fn kept_assignments_can_force_imbalance_and_the_plan_says_so() {
    let mut req = input(subs(6, &["en"]), jurors(EN4));
    req.keep = (1..=6).map(|s| Pair::new(101, s)).collect();
    let plan = assign(&req, &opts(2, 0, 5)).unwrap();
    let l = loads(&plan, &req);
    assert_eq!(l[&101], 6);
    assert_eq!(l.values().sum::<u32>(), 12);
    // The other 6 assignments spread evenly: 2 each.
    assert!((102..=104).all(|j| l[&j] == 2));
    assert!(
        plan.summary
            .notices
            .contains(&Notice::Unbalanced { min: 2, max: 6 })
    );
}

#[test]
fn total_capacity_below_demand_is_reported() {
    let (req, options) = over_capacity();
    let err = assign(&req, &options).unwrap_err();
    assert_eq!(
        err,
        Infeasible::CapacityExceeded {
            needed: 9,
            available: 6
        }
    );
    assert!(
        err.to_string()
            .starts_with("Total capacity is insufficient")
    );
}

#[test]
fn a_group_of_submissions_starved_by_caps_and_conflicts_is_named() {
    let err = assign(&starved_by_caps_and_conflicts(), &opts(2, 0, 1)).unwrap_err();
    let Infeasible::CapacityBottleneck {
        submissions,
        needed,
        available,
    } = &err
    else {
        panic!("{err:?}");
    };
    assert!(submissions.contains(&1) && submissions.contains(&2));
    assert!(needed > available, "{needed} ≤ {available}");
    assert!(err.to_string().contains("between them"), "{err}");
}

#[test]
fn load_caps_are_respected() {
    let mut req = input(subs(8, &["en"]), jurors(EN4));
    req.jurors[0].max_load = Some(2);
    let plan = assign(&req, &opts(2, 0, 3)).unwrap();
    let l = loads(&plan, &req);
    assert_eq!(l[&101], 2);
    // 14 left over three jurors: 5, 5, 4.
    let mut rest: Vec<u32> = (102..=104).map(|j| l[&j]).collect();
    rest.sort_unstable();
    assert_eq!(rest, vec![4, 5, 5]);
}

#[test]
fn the_calibration_block_needs_conflict_free_submissions() {
    let mut req = input(subs(4, &["en"]), jurors(EN4));
    req.forbidden = vec![Pair::new(101, 1), Pair::new(102, 2), Pair::new(103, 3)];
    let err = assign(&req, &opts(2, 2, 1)).unwrap_err();
    assert_eq!(
        err,
        Infeasible::CalibrationUnavailable {
            requested: 2,
            conflict_free: vec![4]
        }
    );
    assert!(
        err.to_string()
            .contains("only 1 submission has no conflict with any juror (4)")
    );
}

#[test]
fn a_cap_below_the_calibration_block_is_refused() {
    let mut req = input(subs(6, &["en"]), jurors(EN4));
    req.jurors[2].max_load = Some(1);
    let err = assign(&req, &opts(2, 2, 1)).unwrap_err();
    assert_eq!(
        err,
        Infeasible::InvalidInput {
            problems: vec![InputProblem::CapBelowCalibration {
                juror: 103,
                cap: 1,
                block: 2
            }]
        }
    );
}
