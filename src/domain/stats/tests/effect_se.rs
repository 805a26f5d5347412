//! Prediction SEs of project effects and juror offsets against a dense inverse of the mixed-model
//! equations, in both orientations (more projects than jurors, and the reverse).

use super::*;
use crate::domain::stats::model::{VarianceComponents, fit_given};

const VAR: VarianceComponents = VarianceComponents {
    var_project: 0.8,
    var_juror: 0.3,
    var_error: 0.5,
};

/// diag(C⁻¹) of the dense mixed-model matrix [μ, projects, jurors], by Gauss–Jordan.
fn dense_inverse_diagonal(d: &Design, var: VarianceComponents) -> Vec<f64> {
    let (np, nj) = (d.n_projects(), d.n_jurors());
    let q = 1 + np + nj;
    let mut c = vec![vec![0.0; q]; q];
    for o in &d.obs {
        let cols = [0, 1 + o.p, 1 + np + o.j];
        for &a in &cols {
            for &b in &cols {
                c[a][b] += 1.0;
            }
        }
    }
    for p in 0..np {
        c[1 + p][1 + p] += var.var_error / var.var_project;
    }
    for j in 0..nj {
        c[1 + np + j][1 + np + j] += var.var_error / var.var_juror;
    }
    let mut inv: Vec<Vec<f64>> = (0..q)
        .map(|i| (0..q).map(|k| if i == k { 1.0 } else { 0.0 }).collect())
        .collect();
    for col in 0..q {
        let pivot = (col..q)
            .max_by(|&a, &b| c[a][col].abs().total_cmp(&c[b][col].abs()))
            .unwrap();
        c.swap(col, pivot);
        inv.swap(col, pivot);
        let lead = c[col][col];
        for k in 0..q {
            c[col][k] /= lead;
            inv[col][k] /= lead;
        }
        for row in 0..q {
            if row != col {
                let factor = c[row][col];
                for k in 0..q {
                    c[row][k] -= factor * c[col][k];
                    inv[row][k] -= factor * inv[col][k];
                }
            }
        }
    }
    (0..q).map(|i| inv[i][i]).collect()
}

fn check_against_dense(rows: &[ScoreRow]) {
    let d = design(rows);
    let fit = fit_given(&d, VAR).unwrap();
    let diag = dense_inverse_diagonal(&d, VAR);
    let np = d.n_projects();
    for p in 0..np {
        let expected = (VAR.var_error * diag[1 + p]).sqrt();
        let got = fit.project_se[p].unwrap();
        assert!(
            (got - expected).abs() < 1e-9,
            "project {p}: {got} vs {expected}"
        );
    }
    for j in 0..d.n_jurors() {
        let expected = (VAR.var_error * diag[1 + np + j]).sqrt();
        let got = fit.juror_se[j].unwrap();
        assert!(
            (got - expected).abs() < 1e-9,
            "juror {j}: {got} vs {expected}"
        );
    }
}

/// An incomplete, connected table: 7 projects × 4 jurors.
fn seven_by_four() -> Vec<ScoreRow> {
    let n = None;
    grid(
        &["P1", "P2", "P3", "P4", "P5", "P6", "P7"],
        &["J1", "J2", "J3", "J4"],
        &[
            &[Some(4.0), Some(3.5), n, Some(2.0)],
            &[Some(2.5), n, Some(3.0), Some(1.5)],
            &[n, Some(4.5), Some(4.0), Some(3.0)],
            &[Some(3.0), Some(3.0), n, n],
            &[Some(5.0), n, Some(4.5), Some(3.5)],
            &[n, Some(2.0), Some(2.5), Some(1.0)],
            &[Some(3.5), Some(4.0), Some(3.0), n],
        ],
    )
}

#[test]
fn juror_offset_ses_equal_the_dense_inverse_when_projects_outnumber_jurors() {
    check_against_dense(&seven_by_four());
}

#[test]
fn juror_offset_ses_equal_the_dense_inverse_when_jurors_outnumber_projects() {
    let transposed: Vec<ScoreRow> = seven_by_four()
        .into_iter()
        .map(|r| ScoreRow::new(r.juror, r.project, r.score))
        .collect();
    check_against_dense(&transposed);
}
