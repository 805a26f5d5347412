//! Degenerate and adversarial juries from the independent review: ICC step-up domain, juror-z with
//! unstandardisable jurors, tiny MADs, disconnected designs, empty-model bootstraps, huge and negative scores.

use super::*;
use crate::domain::stats::analyze::{AnalyzeOptions, analyze};
use crate::domain::stats::design::StatsError;
use crate::domain::stats::icc::{icc_all, spearman_brown};
use crate::domain::stats::krippendorff::alpha_all;
use crate::domain::stats::outliers::residual_z;
use crate::domain::stats::rankings::Method;
use crate::domain::stats::report::Report;

fn run(rows: &[ScoreRow], replicates: usize) -> Report {
    let opts = AnalyzeOptions {
        replicates,
        seed: 1,
        ..AnalyzeOptions::default()
    };
    analyze(rows, &opts).unwrap()
}

fn warned(r: &Report, needle: &str) -> bool {
    r.warnings.iter().any(|w| w.contains(needle))
}

/// Review case icc2k_inverted: 6 projects × 4 jurors with BMS < EMS.
fn icc2k_inverted_rows() -> Vec<ScoreRow> {
    full(
        &["P0", "P1", "P2", "P3", "P4", "P5"],
        &["J0", "J1", "J2", "J3"],
        &[
            &[5.0, 5.0, 8.0, 9.0],
            &[1.0, 10.0, 6.0, 4.0],
            &[7.0, 6.0, 3.0, 4.0],
            &[8.0, 6.0, 6.0, 4.0],
            &[8.0, 4.0, 4.0, 9.0],
            &[3.0, 3.0, 8.0, 7.0],
        ],
    )
}

#[test]
fn icc2k_bound_is_null_where_the_spearman_brown_step_up_is_undefined() {
    let s = icc_all(&design(&icc2k_inverted_rows()).complete_matrix().unwrap()).unwrap();
    // ICC2 lower bound −0.378 < −1/(k−1) = −1/3: the step-up has a pole there (it gave 11.22 before).
    let lo2 = s.icc2.ci95[0].unwrap();
    assert!(1.0 + 3.0 * lo2 <= 0.0, "ICC2 lower bound {lo2}");
    assert_eq!(s.icc2k.ci95[0], None);
    assert_close(s.icc2k.ci95[1], 0.42832111991146726, 1e-12, "ICC2k upper");
    assert_eq!(spearman_brown(-1.0 / 3.0, 4.0), None);
    assert_eq!(spearman_brown(-0.5, 4.0), None);
    assert_close(
        spearman_brown(0.25, 4.0),
        4.0 * 0.25 / 1.75,
        1e-15,
        "SB(0.25)",
    );
    for f in [&s.icc1, &s.icc2, &s.icc3, &s.icc1k, &s.icc2k, &s.icc3k] {
        if let [Some(lo), Some(hi)] = f.ci95 {
            assert!(lo <= hi && hi <= 1.0, "{f:?}");
        }
    }
}

/// Review case juror_one_score: 8 projects × 5 jurors, plus juror Jsolo with a single score (P0: 9).
fn juror_one_score_rows() -> Vec<ScoreRow> {
    let mut rows = full(
        &["P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7"],
        &["J0", "J1", "J2", "J3", "J4"],
        &[
            &[4.0, 10.0, 9.0, 3.0, 6.0],
            &[10.0, 8.0, 10.0, 2.0, 10.0],
            &[1.0, 8.0, 5.0, 9.0, 4.0],
            &[4.0, 8.0, 9.0, 9.0, 8.0],
            &[7.0, 3.0, 4.0, 3.0, 9.0],
            &[7.0, 1.0, 2.0, 3.0, 10.0],
            &[1.0, 5.0, 1.0, 5.0, 8.0],
            &[10.0, 7.0, 7.0, 7.0, 10.0],
        ],
    );
    rows.push(ScoreRow::new("P0", "Jsolo", 9.0));
    rows
}

#[test]
fn juror_z_leaves_out_scores_of_jurors_who_cannot_be_standardised() {
    let mut rows = juror_one_score_rows();
    // P8 is scored only by two one-score jurors: no standardised score at all.
    rows.push(ScoreRow::new("P8", "Kx", 10.0));
    rows.push(ScoreRow::new("P8", "Ky", 10.0));
    let r = run(&rows, 0);
    let d = design(&rows);
    // Expected P0: mean of the z-scores of J0..J4 only (the raw 9 of Jsolo made it 1.503, rank 1).
    let z_of = |juror: &str, x: f64| {
        let xs: Vec<f64> = rows
            .iter()
            .filter(|r| r.juror == juror)
            .map(|r| r.score)
            .collect();
        let m = xs.iter().sum::<f64>() / xs.len() as f64;
        let sd = (xs.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt();
        (x - m) / sd
    };
    let p0: Vec<f64> = rows
        .iter()
        .filter(|r| r.project == "P0" && r.juror.starts_with('J') && r.juror != "Jsolo")
        .map(|r| z_of(&r.juror, r.score))
        .collect();
    let want = p0.iter().sum::<f64>() / p0.len() as f64;
    let list = &r.rankings.juror_z;
    let e0 = list.iter().find(|e| e.project == "P0").unwrap();
    assert_close(e0.value, want, 1e-12, "P0 juror_z");
    assert_eq!(e0.rank, 4.0);
    let last = list.last().unwrap();
    assert_eq!((last.project.as_str(), last.value), ("P8", None));
    assert_eq!(last.rank, d.n_projects() as f64);
    assert!(
        warned(&r, "leaves out 3 score(s) of 3 juror(s)"),
        "{:?}",
        r.warnings
    );
    assert!(warned(&r, "1 project(s) have no standardised score"));
}

/// Review case all_equal_one_juror_differs: J0 gives 5 to all 6 projects, J1–J3 give 7.
fn one_juror_differs_rows() -> Vec<ScoreRow> {
    let row: &[f64] = &[5.0, 7.0, 7.0, 7.0];
    full(
        &["P0", "P1", "P2", "P3", "P4", "P5"],
        &["J0", "J1", "J2", "J3"],
        &[row, row, row, row, row, row],
    )
}

#[test]
fn a_rounding_noise_mad_counts_as_zero_and_flags_nothing() {
    // MAD ≈ 1e-13 next to scores spanning 2: rounding noise, not spread (gave z = −4.98e10 before).
    let noise = [1e-13, -1e-13, 2e-13, -2e-13, 0.0, 3e-12];
    assert_eq!(residual_z(&noise, 2.0), None);
    let real = [0.1, -0.2, 0.3, -0.1, 0.0, 5.0];
    let z = residual_z(&real, 2.0).unwrap();
    assert!(z[5] > 3.5, "{z:?}");
    let r = run(&one_juror_differs_rows(), 0);
    assert!(r.outliers.is_empty(), "{:?}", r.outliers);
}

#[test]
fn a_disconnected_design_is_ranked_and_paired_only_within_components() {
    // Two juries that share no juror; each has clear project differences.
    let a = full(
        &["A0", "A1", "A2", "A3"],
        &["JA0", "JA1", "JA2"],
        &[
            &[2.0, 3.0, 1.5],
            &[4.0, 5.5, 3.5],
            &[6.5, 7.0, 5.0],
            &[8.0, 9.5, 7.5],
        ],
    );
    let b = full(
        &["B0", "B1", "B2", "B3"],
        &["JB0", "JB1", "JB2"],
        &[
            &[1.0, 2.5, 2.0],
            &[3.5, 4.0, 4.5],
            &[5.0, 6.5, 6.0],
            &[7.5, 8.0, 9.0],
        ],
    );
    let rows: Vec<ScoreRow> = a.into_iter().chain(b).collect();
    let r = run(&rows, 200);
    assert!(!r.design.connected);
    assert!(warned(&r, "2 separate components"), "{:?}", r.warnings);
    assert!(r.juror_model.var_project.unwrap() > 0.0);
    let bc = &r.rankings.bias_corrected;
    for (k, prefix) in [(0, "A"), (1, "B")] {
        let mut ranks: Vec<f64> = bc
            .iter()
            .filter(|e| e.component == Some(k))
            .inspect(|e| assert!(e.project.starts_with(prefix), "{e:?}"))
            .map(|e| e.rank)
            .collect();
        ranks.sort_by(f64::total_cmp);
        assert_eq!(ranks, vec![1.0, 2.0, 3.0, 4.0], "component {k}");
    }
    let boot = r.bootstrap.unwrap();
    assert_eq!(boot.method, Method::BiasCorrected);
    assert!(boot.ranks_within_components);
    assert_eq!(boot.adjacent.len(), 6);
    assert_eq!(boot.adjacent_skipped, 1);
    for pair in &boot.adjacent {
        assert_eq!(pair.upper[..1], pair.lower[..1], "{pair:?}");
    }
    for (id, u) in &boot.projects {
        assert!(u.rank_ci95[1].unwrap() <= 4.0, "{id}: {u:?}");
    }
    // The mean ranking stays global; its adjacent pairs across components are left out.
    let opts = AnalyzeOptions {
        replicates: 100,
        method: Method::Mean,
        ..AnalyzeOptions::default()
    };
    let by_mean = analyze(&rows, &opts).unwrap();
    assert!(by_mean.rankings.mean.iter().all(|e| e.component.is_none()));
    let boot = by_mean.bootstrap.unwrap();
    assert!(!boot.ranks_within_components);
    assert_eq!(boot.adjacent.len() + boot.adjacent_skipped, 7);
    for pair in &boot.adjacent {
        assert_eq!(pair.upper[..1], pair.lower[..1], "{pair:?}");
    }
}

#[test]
fn an_unestimable_model_falls_back_to_the_mean_with_bootstrap_intervals() {
    let r = run(&[ScoreRow::new("P1", "J1", 4.0)], 50);
    assert!(warned(&r, "cannot be estimated"), "{:?}", r.warnings);
    let b = r.bootstrap.unwrap();
    assert_eq!(b.method, Method::Mean);
    let u = &b.projects["P1"];
    assert_eq!(u.rank_ci95, [Some(1.0), Some(1.0)]);
    assert_eq!(u.replicates, 50);
    assert_eq!(r.rankings.bias_corrected[0].value, Some(4.0));
}

#[test]
fn all_equal_scores_give_statistical_ties_in_the_bootstrap() {
    let row: &[f64] = &[7.0; 4];
    let rows = full(
        &["P0", "P1", "P2", "P3", "P4", "P5"],
        &["J0", "J1", "J2", "J3"],
        &[row, row, row, row, row, row],
    );
    let r = run(&rows, 100);
    let b = r.bootstrap.unwrap();
    assert_eq!(b.adjacent.len(), 5);
    assert!(b.adjacent.iter().all(|p| p.tie && p.replicates == 100));
    for u in b.projects.values() {
        assert_eq!(u.rank_ci95, [Some(3.5), Some(3.5)]);
    }
    assert!(r.rankings.bias_corrected.iter().all(|e| e.rank == 3.5));
}

#[test]
fn scores_beyond_1e100_are_rejected_and_large_ones_give_no_nan() {
    let huge = vec![
        ScoreRow::new("P0", "J0", -1e300),
        ScoreRow::new("P0", "J1", 1e300),
    ];
    assert!(matches!(
        analyze(&huge, &AnalyzeOptions::default()),
        Err(StatsError::OutOfRange { row: 0, .. })
    ));
    // The review's huge_values case at ±k·1e99 (accepted): every number finite or null.
    let mut rows = Vec::new();
    for p in 0..4 {
        let x = (p + 1) as f64 * 1e99;
        for (j, s) in [-1.0, 1.0, -1.0].into_iter().enumerate() {
            rows.push(ScoreRow::new(format!("P{p}"), format!("J{j}"), s * x));
        }
    }
    let text = format!("{:?}", run(&rows, 50));
    assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
}

#[test]
fn ratio_alpha_is_null_when_any_score_is_negative() {
    let rows = full(
        &["P0", "P1", "P2"],
        &["J0", "J1"],
        &[&[-1.0, -0.5], &[1.0, 1.5], &[2.0, 2.0]],
    );
    let a = alpha_all(&design(&rows));
    assert_eq!(a.ratio, None);
    assert!(a.interval.is_some());
    let shifted: Vec<ScoreRow> = rows
        .iter()
        .map(|r| ScoreRow::new(r.project.clone(), r.juror.clone(), r.score + 2.0))
        .collect();
    assert!(alpha_all(&design(&shifted)).ratio.is_some());
}
