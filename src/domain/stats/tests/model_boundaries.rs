//! The juror model at its limits: unidentifiable variance components, exact additive fits
//! (σ²_e = 0), near-exact fits close to the optimiser's bound, and a zero project variance.

use super::*;
use crate::domain::stats::analyze::{AnalyzeOptions, analyze};
use crate::domain::stats::model::{FitKind, ModelIssue, fit, reml};
use crate::domain::stats::report::Report;

fn run(rows: &[ScoreRow], replicates: usize) -> Report {
    let opts = AnalyzeOptions {
        replicates,
        seed: 1,
        ..AnalyzeOptions::default()
    };
    analyze(rows, &opts).unwrap()
}

fn assert_model_is_null(r: &Report) {
    let m = &r.juror_model;
    assert_eq!(m.estimation, "not_estimable");
    for v in [
        m.var_project,
        m.var_juror,
        m.var_error,
        m.icc_agreement,
        m.icc_consistency,
        m.mu,
    ] {
        assert_eq!(v, None, "{m:?}");
    }
    for p in m.projects.values() {
        assert_eq!((p.se, p.reliability_of_mean, p.effect), (None, None, None));
    }
    assert!(
        r.warnings.iter().any(|w| w.contains("cannot be estimated")),
        "{:?}",
        r.warnings
    );
    // The bias-corrected ranking falls back to the plain mean.
    for (bc, mean) in r.rankings.bias_corrected.iter().zip(&r.rankings.mean) {
        assert_eq!(
            (&bc.project, bc.rank, bc.value),
            (&mean.project, mean.rank, mean.value)
        );
    }
}

#[test]
fn variance_components_are_null_when_the_design_cannot_identify_them() {
    // A single score (reported 0, 0, 0 before).
    let single = [ScoreRow::new("P1", "J1", 4.0)];
    assert_eq!(
        fit(&design(&single)).unwrap_err(),
        ModelIssue::TooFewProjects
    );
    assert_model_is_null(&run(&single, 0));
    // One project, five jurors (σ²_p = 3.46, σ²_j = 3.74, σ²_e = 1.56 before).
    let one_project: Vec<ScoreRow> = [3.0, 5.0, 2.0, 8.0, 5.0]
        .iter()
        .enumerate()
        .map(|(j, x)| ScoreRow::new("P1", format!("J{j}"), *x))
        .collect();
    assert_model_is_null(&run(&one_project, 0));
    // One juror.
    let one_juror: Vec<ScoreRow> = (0..4)
        .map(|p| ScoreRow::new(format!("P{p}"), "J0", p as f64))
        .collect();
    assert_eq!(
        fit(&design(&one_juror)).unwrap_err(),
        ModelIssue::TooFewJurors
    );
    assert_model_is_null(&run(&one_juror, 0));
    // A chain P0–J1–P1–J2–…: N − n_p − n_j + 1 = 12 − 6 − 7 + 1 = 0 residual df.
    let chain: Vec<ScoreRow> = (0..6)
        .flat_map(|p| {
            let x = 4.0 + (p % 3) as f64;
            [
                ScoreRow::new(format!("P{p}"), format!("J{p}"), x),
                ScoreRow::new(
                    format!("P{p}"),
                    format!("J{}", p + 1),
                    x - 1.0 + (p % 2) as f64,
                ),
            ]
        })
        .collect();
    assert_eq!(fit(&design(&chain)).unwrap_err(), ModelIssue::NoResidualDf);
    assert_model_is_null(&run(&chain, 0));
}

/// Review case two_jurors_shifted: juror B = juror A + 1 on every project.
fn two_jurors_shifted(noise: f64) -> Vec<ScoreRow> {
    let a = [3.0, 5.0, 7.0, 6.0, 2.0];
    let mut rows = Vec::new();
    for (i, x) in a.iter().enumerate() {
        let e = noise * (((2 * i * 7) % 5) as f64 - 2.0);
        let f = noise * (((2 * i * 7 + 7) % 5) as f64 - 2.0);
        rows.push(ScoreRow::new(format!("P{}", i + 1), "A", x + e));
        rows.push(ScoreRow::new(format!("P{}", i + 1), "B", x + 1.0 + f));
    }
    rows
}

#[test]
fn an_exactly_additive_jury_gets_the_boundary_variances_not_the_optimiser_bound() {
    // Project means 3.5, 5.5, 7.5, 6.5, 2.5: σ²_p = var = 4.30 and σ²_j = 0.5 (2.15 and 0.5 before).
    let r = run(&two_jurors_shifted(0.0), 0);
    let m = &r.juror_model;
    assert_eq!(m.estimation, "exact_fit_boundary");
    assert_close(m.var_project, 4.3, 1e-12, "var_project");
    assert_close(m.var_juror, 0.5, 1e-12, "var_juror");
    assert_eq!(m.var_error, Some(0.0));
    assert_close(m.icc_consistency, 1.0, 1e-12, "icc_consistency");
    assert_close(m.projects["P1"].effect, -1.6, 1e-12, "P1 effect");
    assert_close(m.projects["P1"].se, (4.3f64 / 5.0).sqrt(), 1e-12, "P1 se");
    assert_close(m.jurors["B"].offset, 0.5, 1e-12, "B offset");
    assert!(r.warnings.iter().any(|w| w.contains("exactly")));
    let d = design(&two_jurors_shifted(0.0));
    assert_eq!(fit(&d).unwrap().kind, FitKind::ExactFit);
}

#[test]
fn a_nearly_additive_jury_is_estimated_close_to_the_boundary_solution() {
    // Noise up to ±0.002 and ±0.0002: γ_p = σ²_p/σ²_e ≈ 1.1e6 and 1.1e8 lay beyond the old bound
    // e^12 ≈ 1.6e5, and σ²_p came out 2.46 and 2.15 instead of ≈ 4.30. Now the first is an interior
    // REML optimum and the second (σ²_e < 1e-6 σ²_j) the boundary solution with σ²_e = SSE/df.
    for (noise, kind, ve) in [
        (1e-3, FitKind::Reml, 3.7499e-6),
        (1e-4, FitKind::ExactFit, 3.7500e-8),
    ] {
        let d = design(&two_jurors_shifted(noise));
        let f = fit(&d).unwrap();
        assert_eq!(f.kind, kind, "noise {noise}");
        assert!(
            (f.var.var_project - 4.3).abs() < 0.01,
            "{noise}: {:?}",
            f.var
        );
        assert!((f.var.var_juror - 0.5).abs() < 0.01, "{noise}: {:?}", f.var);
        assert!(
            (f.var.var_error / ve - 1.0).abs() < 1e-3,
            "{noise}: {:?}",
            f.var
        );
        assert_eq!(reml(&d), Some(f.var));
    }
}

#[test]
fn a_zero_project_variance_makes_the_bias_corrected_values_tie() {
    // Review case icc2k_inverted (BMS < EMS): REML puts σ²_p at 0. The 1e-9 floor on γ_p used to give
    // six distinct calibrated scores 5.74999999x–5.75000000x and ranks 1–6.
    let rows = full(
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
    );
    let r = run(&rows, 100);
    assert_eq!(r.juror_model.var_project, Some(0.0));
    assert!(r.rankings.bias_corrected.iter().all(|e| e.rank == 3.5));
    assert!(
        r.juror_model
            .projects
            .values()
            .all(|p| p.effect == Some(0.0))
    );
    let b = r.bootstrap.unwrap();
    assert!(b.adjacent.iter().all(|p| p.tie));
}
