//! Tests of the statistics engine against published values, the synthetic reference case and properties.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod analysis;
mod degenerate;
mod effect_se;
mod model_boundaries;
mod model_synthetic;
mod properties;
mod published;
mod published_ranking;
mod totals;

use super::design::{Design, ScoreRow};

/// Rows from a projects × jurors table; `None` is a missing score.
pub fn grid(projects: &[&str], jurors: &[&str], table: &[&[Option<f64>]]) -> Vec<ScoreRow> {
    let mut rows = Vec::new();
    for (p, row) in projects.iter().zip(table) {
        for (j, x) in jurors.iter().zip(row.iter()) {
            if let Some(x) = x {
                rows.push(ScoreRow::new(*p, *j, *x));
            }
        }
    }
    rows
}

/// A complete table (no missing scores).
pub fn full(projects: &[&str], jurors: &[&str], table: &[&[f64]]) -> Vec<ScoreRow> {
    let t: Vec<Vec<Option<f64>>> = table
        .iter()
        .map(|r| r.iter().map(|x| Some(*x)).collect())
        .collect();
    let refs: Vec<&[Option<f64>]> = t.iter().map(Vec::as_slice).collect();
    grid(projects, jurors, &refs)
}

pub fn design(rows: &[ScoreRow]) -> Design {
    Design::new(rows).unwrap()
}

/// `x` equals a value published with `digits` decimals (within half a unit of the last digit).
#[track_caller]
pub fn assert_published(x: Option<f64>, published: f64, digits: i32, what: &str) {
    let x = x.unwrap_or_else(|| panic!("{what}: undefined, published {published}"));
    let tol = 0.5 * 10f64.powi(-digits) + 1e-12;
    assert!(
        (x - published).abs() <= tol,
        "{what}: computed {x}, published {published} ({digits} d.p.)"
    );
}

#[track_caller]
pub fn assert_close(x: Option<f64>, expected: f64, tol: f64, what: &str) {
    let x = x.unwrap_or_else(|| panic!("{what}: undefined, expected {expected}"));
    assert!(
        (x - expected).abs() <= tol,
        "{what}: computed {x}, expected {expected} (tol {tol})"
    );
}

/// Shrout & Fleiss (1979) Table 2 data: 6 targets × 4 judges (reference case sf1979_icc).
pub fn shrout_fleiss_rows() -> Vec<ScoreRow> {
    full(
        &["S1", "S2", "S3", "S4", "S5", "S6"],
        &["J1", "J2", "J3", "J4"],
        &[
            &[9.0, 2.0, 5.0, 8.0],
            &[6.0, 1.0, 3.0, 2.0],
            &[8.0, 4.0, 6.0, 8.0],
            &[7.0, 1.0, 2.0, 6.0],
            &[10.0, 5.0, 6.0, 9.0],
            &[6.0, 2.0, 4.0, 7.0],
        ],
    )
}

/// Synthetic 200 × 15 reference case (tests/data, copied from the shared reference cases).
pub fn synthetic_rows() -> Vec<ScoreRow> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/synthetic_B_200x15.csv"
    );
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            ScoreRow::new(f[0], f[1], f[2].trim().parse::<f64>().unwrap())
        })
        .collect()
}
