//! Property tests: invariance to row order and juror names, perfect agreement, juror shifts, planted severity.

use super::*;
use crate::domain::stats::analyze::{AnalyzeOptions, analyze};
use crate::domain::stats::krippendorff::alpha_all;
use crate::domain::stats::model::fit;
use crate::domain::stats::rankings::{Method, bias_corrected_values, ranks};
use proptest::prelude::*;

/// A jury drawn from the additive model: project i has quality 2·i (well separated), juror j offset
/// `offsets[j]`, noise in ±0.3. Juror 0 scores everything (so the design is connected); `mask` drops
/// other cells, keeping ≥ 2 scores per project.
fn model_rows(n: usize, offsets: &[f64], noise: &[f64], mask: &[bool]) -> Vec<ScoreRow> {
    let m = offsets.len();
    let mut rows = Vec::new();
    for i in 0..n {
        let mut kept = 0;
        for (j, b) in offsets.iter().enumerate() {
            let cell = i * m + j;
            let keep = j == 0 || mask[cell % mask.len()] || (j == 1 && kept < 2);
            if keep {
                kept += 1;
                let x = 2.0 * i as f64 + b + noise[cell % noise.len()];
                rows.push(ScoreRow::new(format!("P{i}"), format!("J{j}"), x));
            }
        }
    }
    rows
}

fn jury() -> impl Strategy<Value = (usize, Vec<f64>, Vec<f64>, Vec<bool>)> {
    (5usize..9, 4usize..7).prop_flat_map(|(n, m)| {
        (
            Just(n),
            prop::collection::vec(-1.0f64..1.0, m),
            prop::collection::vec(-0.3f64..0.3, n * m),
            prop::collection::vec(any::<bool>(), n * m),
        )
    })
}

fn integer_scores() -> impl Strategy<Value = Vec<ScoreRow>> {
    (2usize..6, 2usize..5).prop_flat_map(|(n, m)| {
        prop::collection::vec(prop::option::weighted(0.8, 0u8..11), n * m).prop_map(move |cells| {
            let mut rows = Vec::new();
            for (c, v) in cells.iter().enumerate() {
                // Juror 0 always scores, so every project has at least one score.
                let v = if c % m == 0 { Some(v.unwrap_or(5)) } else { *v };
                if let Some(v) = v {
                    rows.push(ScoreRow::new(
                        format!("P{}", c / m),
                        format!("J{}", c % m),
                        f64::from(v) / 2.0,
                    ));
                }
            }
            rows
        })
    })
}

fn options() -> AnalyzeOptions {
    AnalyzeOptions {
        replicates: 40,
        seed: 7,
        method: Method::Mean,
        ..AnalyzeOptions::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn reordering_rows_changes_nothing(rows in integer_scores(), seed in any::<u64>()) {
        let mut shuffled = rows.clone();
        // Deterministic permutation from the seed.
        let len = shuffled.len();
        for i in (1..len).rev() {
            let k = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) >> 33) as usize % (i + 1);
            shuffled.swap(i, k);
        }
        let a = serde_json::to_string(&analyze(&rows, &options()).unwrap()).unwrap();
        let b = serde_json::to_string(&analyze(&shuffled, &options()).unwrap()).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn relabelling_jurors_changes_nothing(rows in integer_scores()) {
        // Reverse the juror names: J0 ↔ Jm−1, …, so their sorted order is reversed.
        let m = rows.iter().map(|r| r.juror[1..].parse::<usize>().unwrap()).max().unwrap() + 1;
        let renamed: Vec<ScoreRow> = rows
            .iter()
            .map(|r| {
                let j: usize = r.juror[1..].parse().unwrap();
                ScoreRow::new(r.project.clone(), format!("K{}", m - 1 - j), r.score)
            })
            .collect();
        let a = analyze(&rows, &options()).unwrap();
        let b = analyze(&renamed, &options()).unwrap();
        prop_assert_eq!(&a.rankings.mean, &b.rankings.mean);
        prop_assert_eq!(&a.rankings.borda, &b.rankings.borda);
        prop_assert_eq!(&a.rankings.schulze, &b.rankings.schulze);
        prop_assert_eq!(&a.rankings.kemeny, &b.rankings.kemeny);
        prop_assert_eq!(&a.bootstrap, &b.bootstrap);
        let close = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * (1.0 + x.abs()),
            (None, None) => true,
            _ => false,
        };
        prop_assert!(close(a.krippendorff_alpha.interval, b.krippendorff_alpha.interval));
        prop_assert!(close(a.icc1_unbalanced.value, b.icc1_unbalanced.value));
        // Model-based results are compared where the variance components are identified: with
        // jurors of 1–2 scores the REML surface has flat ridges and any point on them is a valid fit.
        let d = design(&rows);
        if d.by_juror.iter().any(|ks| ks.len() < 3) || d.by_project.iter().any(|ks| ks.len() < 2) {
            return Ok(());
        }
        // Bias-corrected ranks agree wherever the estimates are told apart by more than the
        // optimiser's tolerance; estimates equal by symmetry may come out tied in one fit and a
        // hair apart in the other.
        let by_project = |r: &crate::domain::stats::report::Rankings| -> Vec<(String, f64, f64)> {
            let mut v: Vec<(String, f64, f64)> = r
                .bias_corrected
                .iter()
                .map(|e| (e.project.clone(), e.rank, e.value.unwrap_or(f64::NAN)))
                .collect();
            v.sort_by(|x, y| x.0.cmp(&y.0));
            v
        };
        let (ra, rb) = (by_project(&a.rankings), by_project(&b.rankings));
        prop_assert_eq!(ra.len(), rb.len());
        for (x, y) in ra.iter().zip(&rb) {
            prop_assert_eq!(&x.0, &y.0);
            prop_assert!((x.2 - y.2).abs() <= 1e-6 * (1.0 + x.2.abs()), "{} vs {}", x.2, y.2);
        }
        for i in 0..ra.len() {
            for k in 0..ra.len() {
                let apart = (ra[i].2 - ra[k].2).abs() > 1e-5 * (1.0 + ra[i].2.abs());
                if apart {
                    prop_assert_eq!(ra[i].1 < ra[k].1, rb[i].1 < rb[k].1, "{:?} {:?}", ra, rb);
                }
            }
        }
        // Model quantities agree to the REML optimiser's tolerance.
        let near = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * (1.0 + x.abs()),
            (None, None) => true,
            _ => false,
        };
        prop_assert!(near(a.juror_model.mu, b.juror_model.mu));
        for j in 0..m {
            let (Some(oa), Some(ob)) = (a.juror_model.jurors.get(&format!("J{j}")), b.juror_model.jurors.get(&format!("K{}", m - 1 - j))) else { continue };
            prop_assert!((oa.offset.unwrap_or(0.0) - ob.offset.unwrap_or(0.0)).abs() < 1e-6);
        }
    }

    #[test]
    fn perfect_agreement_gives_alpha_one(values in prop::collection::vec(1u8..10, 2..8), m in 2usize..6) {
        prop_assume!(values.iter().any(|v| *v != values[0]));
        let rows: Vec<ScoreRow> = values
            .iter()
            .enumerate()
            .flat_map(|(i, v)| (0..m).map(move |j| ScoreRow::new(format!("P{i}"), format!("J{j}"), f64::from(*v))))
            .collect();
        let a = alpha_all(&design(&rows));
        for x in [a.nominal, a.ordinal, a.interval, a.ratio] {
            prop_assert!((x.unwrap() - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn shifting_one_juror_keeps_the_bias_corrected_ranking_and_moves_mostly_its_offset(
        (n, offsets, noise, mask) in jury(),
        shift in prop_oneof![-4.0f64..-1.0, 1.0f64..4.0],
        which in 0usize..6,
    ) {
        let rows = model_rows(n, &offsets, &noise, &mask);
        let j = which % offsets.len();
        let target = format!("J{j}");
        let shifted: Vec<ScoreRow> = rows
            .iter()
            .map(|r| ScoreRow::new(r.project.clone(), r.juror.clone(), r.score + if r.juror == target { shift } else { 0.0 }))
            .collect();
        let (d0, d1) = (design(&rows), design(&shifted));
        let Some(j) = d0.jurors.iter().position(|x| *x == target) else { return Ok(()) };
        // A juror with fewer than 3 scores cannot be told apart from the projects it scored.
        if d0.by_juror[j].len() < 3 {
            return Ok(());
        }
        let (f0, f1) = (fit(&d0).unwrap(), fit(&d1).unwrap());
        prop_assert_eq!(ranks(&bias_corrected_values(&d0, &f0)), ranks(&bias_corrected_values(&d1, &f1)));
        // Relative to the other jurors' mean (offsets are relative to μ̂, which absorbs part of the shift),
        // the shifted juror's offset moves by a substantial part of the shift
        // (REML shrinks offsets towards 0 when σ²_j is small next to σ²_e/m_j).
        let delta: Vec<f64> = f1.juror_offset.iter().zip(&f0.juror_offset).map(|(a, b)| a - b).collect();
        let others: Vec<f64> = delta.iter().enumerate().filter(|(k, _)| *k != j).map(|(_, v)| *v).collect();
        let rel = (delta[j] - others.iter().sum::<f64>() / others.len() as f64) / shift;
        // (Not exactly the shift: σ²_j is re-estimated, so the shrinkage of every offset changes too.)
        prop_assert!(rel > 0.3, "relative move {rel}");
    }

    #[test]
    fn a_planted_severe_juror_is_recovered((n, offsets, noise, mask) in jury()) {
        let mut offsets = offsets;
        offsets[0] = -3.0;
        let d = design(&model_rows(n, &offsets, &noise, &mask));
        let f = fit(&d).unwrap();
        let j0 = d.jurors.iter().position(|x| x == "J0").unwrap();
        let lowest = (0..d.n_jurors()).min_by(|&a, &b| f.juror_offset[a].total_cmp(&f.juror_offset[b])).unwrap();
        prop_assert_eq!(lowest, j0);
    }
}

#[test]
fn shifting_one_juror_in_a_complete_design_leaves_project_effects_unchanged() {
    let rows = shrout_fleiss_rows();
    let shifted: Vec<ScoreRow> = rows
        .iter()
        .map(|r| {
            ScoreRow::new(
                r.project.clone(),
                r.juror.clone(),
                r.score + if r.juror == "J2" { 3.0 } else { 0.0 },
            )
        })
        .collect();
    let (d0, d1) = (design(&rows), design(&shifted));
    let (f0, f1) = (fit(&d0).unwrap(), fit(&d1).unwrap());
    for (a, b) in f0.project_effect.iter().zip(&f1.project_effect) {
        assert!((a - b).abs() < 1e-6, "{a} vs {b}");
    }
}
