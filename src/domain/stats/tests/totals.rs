//! Rubric arithmetic: exact totals, thresholds and traced tie-breaks on the domain rubric.

use crate::domain::stats::totals::*;

/// The domain rubric (shared/docs/domain.md §c): C1 20%, core, threshold 3, priority 1; C2 15%,
/// priority 2; C3 15%, core, threshold 3, priority 3; C4–C5 15%; C6–C7 10%; others threshold 1;
/// weighted total ≥ 3.0.
fn rubric() -> Rubric {
    let c = |code: &str, bp: u32, t: u8, p: Option<u32>| Criterion {
        code: code.into(),
        weight_bp: bp,
        threshold_half_points: Some(t),
        priority: p,
    };
    Rubric {
        criteria: vec![
            c("C1", 2000, 6, Some(1)),
            c("C2", 1500, 2, Some(2)),
            c("C3", 1500, 6, Some(3)),
            c("C4", 1500, 2, None),
            c("C5", 1500, 2, None),
            c("C6", 1000, 2, None),
            c("C7", 1000, 2, None),
        ],
        overall_threshold_half_points: Some(6),
    }
}

fn entry(id: &str, hp: [u8; 7]) -> Entry {
    Entry {
        id: id.into(),
        scores: hp
            .iter()
            .enumerate()
            .map(|(i, h)| (format!("C{}", i + 1), vec![*h]))
            .collect(),
    }
}

#[test]
fn totals_equal_on_paper_compare_equal() {
    // 0.1·x sums drift in floating point; here 3 × 0.10 weights vs 0.30 stay exact.
    let r = Rubric {
        criteria: vec![
            Criterion {
                code: "A".into(),
                weight_bp: 1000,
                threshold_half_points: None,
                priority: None,
            },
            Criterion {
                code: "B".into(),
                weight_bp: 1000,
                threshold_half_points: None,
                priority: None,
            },
            Criterion {
                code: "C".into(),
                weight_bp: 1000,
                threshold_half_points: None,
                priority: None,
            },
            Criterion {
                code: "D".into(),
                weight_bp: 7000,
                threshold_half_points: None,
                priority: None,
            },
        ],
        overall_threshold_half_points: None,
    };
    let e = |id: &str, a: u8, b: u8, c: u8, d: u8| Entry {
        id: id.into(),
        scores: [("A", a), ("B", b), ("C", c), ("D", d)]
            .iter()
            .map(|(k, v)| (k.to_string(), vec![*v]))
            .collect(),
    };
    let out = rank_entries(&r, &[e("x", 1, 1, 1, 0), e("y", 3, 0, 0, 0)]).unwrap();
    assert_eq!(out[0].weighted_total, out[1].weighted_total);
    assert_eq!(out[0].weighted_total, Exact::new(3, 20));
    assert_eq!(out[0].rank, out[1].rank);
    assert!(out[0].tie_unresolved && out[1].tie_unresolved);
}

#[test]
fn weighted_total_is_exact_and_displayed_with_two_decimals() {
    let out = rank_entries(&rubric(), &[entry("a", [9, 7, 8, 6, 7, 5, 6])]).unwrap();
    // (9·2000 + 7·1500 + 8·1500 + 6·1500 + 7·1500 + 5·1000 + 6·1000) / 20000 = 71000/20000 = 3.55
    assert_eq!(out[0].weighted_total, Exact::new(71, 20));
    assert_eq!(out[0].weighted_total_display, "3.55");
    assert!(out[0].passes_thresholds);
}

#[test]
fn failing_a_core_threshold_ranks_below_passing_entries() {
    let out = rank_entries(
        &rubric(),
        &[
            entry("high_but_fails", [5, 10, 10, 10, 10, 10, 10]),
            entry("ok", [6, 6, 6, 6, 6, 6, 6]),
        ],
    )
    .unwrap();
    assert_eq!(out[0].id, "ok");
    assert_eq!(out[1].failed_thresholds, vec!["C1"]);
    assert!(out[0].tie_break_trace[0].contains("passes the thresholds"));
}

#[test]
fn equal_totals_are_broken_by_criterion_priority_with_a_trace() {
    // Same total: C2 and C4 carry the same weight, so swapping their scores keeps the total.
    let a = entry("a", [8, 6, 8, 8, 8, 8, 8]);
    let b = entry("b", [8, 8, 8, 6, 8, 8, 8]);
    let out = rank_entries(&rubric(), &[a, b]).unwrap();
    assert_eq!(out[0].weighted_total, out[1].weighted_total);
    assert_eq!((out[0].id.as_str(), out[0].rank, out[1].rank), ("b", 1, 2));
    let t = &out[0].tie_break_trace[0];
    assert!(
        t.contains("C1 (priority 1): equal") && t.contains("C2 (priority 2): 4.00 > 3.00"),
        "{t}"
    );
    assert!(!out[0].tie_unresolved);
}

#[test]
fn mean_of_several_jurors_is_exact() {
    let mut e = entry("a", [6, 6, 6, 6, 6, 6, 6]);
    e.scores.insert("C1".into(), vec![6, 7, 7]); // mean 20/3 half-points
    let out = rank_entries(&rubric(), &[e]).unwrap();
    assert_eq!(out[0].criterion_scores["C1"], Exact::new(20, 6));
    // 3.0 + 0.2 × (10/3 − 3) = 3 + 1/15 = 46/15
    assert_eq!(out[0].weighted_total, Exact::new(46, 15));
    assert_eq!(out[0].weighted_total_display, "3.07");
}

#[test]
fn invalid_rubrics_and_scores_are_rejected() {
    let mut r = rubric();
    r.criteria[0].weight_bp = 1999;
    assert_eq!(
        rank_entries(&r, &[]).unwrap_err(),
        RubricError::WeightsDoNotSumTo10000 { sum: 9999 }
    );
    let mut e = entry("a", [6; 7]);
    e.scores.insert("C3".into(), vec![11]);
    assert!(matches!(
        rank_entries(&rubric(), &[e]),
        Err(RubricError::ScoreOutOfRange { .. })
    ));
    let mut e = entry("a", [6; 7]);
    e.scores.remove("C7");
    assert!(matches!(
        rank_entries(&rubric(), &[e]),
        Err(RubricError::MissingScore { .. })
    ));
}
