//! The report honours the JSON contract of issue 3: exact keys, full ranked lists, nulls for undefined values.

use super::*;
use crate::domain::stats::analyze::{AnalyzeOptions, analyze};
use crate::domain::stats::rankings::Method;
use serde_json::Value;

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

fn has_all(v: &Value, want: &[&str]) {
    let k = keys(v);
    for w in want {
        assert!(k.iter().any(|x| x == w), "missing key {w:?} in {k:?}");
    }
}

fn report_json(rows: &[ScoreRow], opts: &AnalyzeOptions) -> Value {
    serde_json::to_value(analyze(rows, opts).unwrap()).unwrap()
}

#[test]
fn report_json_has_every_contract_key() {
    let opts = AnalyzeOptions {
        replicates: 200,
        seed: 3,
        top_k: 2,
        ..AnalyzeOptions::default()
    };
    let v = report_json(&shrout_fleiss_rows(), &opts);
    has_all(
        &v,
        &[
            "design",
            "krippendorff_alpha",
            "icc",
            "icc1_unbalanced",
            "kendall_w",
            "fleiss_kappa",
            "juror_model",
            "outliers",
            "rankings",
            "method_agreement",
            "bootstrap",
        ],
    );
    has_all(
        &v["design"],
        &[
            "projects",
            "jurors",
            "scores",
            "connected",
            "complete_block",
        ],
    );
    assert_eq!(v["design"]["projects"], 6);
    assert_eq!(v["design"]["scores"], 24);
    assert_eq!(v["design"]["connected"], true);
    has_all(&v["design"]["complete_block"], &["projects", "jurors"]);
    assert_eq!(
        v["design"]["complete_block"]["jurors"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    has_all(
        &v["krippendorff_alpha"],
        &["nominal", "ordinal", "interval", "ratio"],
    );
    for form in ["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"] {
        has_all(&v["icc"][form], &["value", "F", "df1", "df2", "p", "ci95"]);
        assert_eq!(v["icc"][form]["ci95"].as_array().unwrap().len(), 2);
    }
    has_all(
        &v["icc1_unbalanced"],
        &["value", "F", "df1", "df2", "p", "n0"],
    );
    has_all(&v["kendall_w"], &["w", "w_uncorrected", "chi2", "df", "p"]);
    has_all(&v["fleiss_kappa"], &["kappa", "se0", "z", "p", "ci95"]);
    has_all(
        &v["juror_model"],
        &[
            "connected",
            "mu",
            "var_project",
            "var_juror",
            "var_error",
            "jurors",
            "projects",
        ],
    );
    has_all(
        &v["juror_model"]["jurors"]["J1"],
        &["offset", "mean", "sd", "scores"],
    );
    has_all(&v["juror_model"]["projects"]["S1"], &["effect", "se"]);
    let rankings = &v["rankings"];
    has_all(
        rankings,
        &[
            "mean",
            "median",
            "trimmed_mean",
            "juror_z",
            "bias_corrected",
            "borda",
            "schulze",
            "kemeny",
        ],
    );
    for m in Method::ALL {
        let list = rankings[m.name()].as_array().unwrap();
        assert_eq!(list.len(), 6, "{m}");
        has_all(&list[0], &["project", "rank", "value"]);
    }
    has_all(&rankings["kemeny"], &["order", "distance"]);
    has_all(
        &v["method_agreement"]["mean~median"],
        &["kendall_tau_b", "spearman_rho"],
    );
    assert_eq!(v["method_agreement"].as_object().unwrap().len(), 21);
    let b = &v["bootstrap"];
    has_all(b, &["replicates", "seed", "projects", "adjacent"]);
    assert_eq!(b["replicates"], 200);
    assert_eq!(b["seed"], 3);
    has_all(
        &b["projects"]["S1"],
        &["rank_ci95", "p_top1", "p_top3", "p_topk"],
    );
    assert_eq!(b["adjacent"].as_array().unwrap().len(), 5);
    has_all(
        &b["adjacent"][0],
        &["upper", "lower", "p_upper_above", "tie"],
    );
}

#[test]
fn undefined_statistics_are_null_never_nan() {
    // One project scored by two jurors with the same score: no ICC, no alpha, no W, no kappa variance.
    let rows = vec![ScoreRow::new("a", "x", 3.0), ScoreRow::new("a", "y", 3.0)];
    let opts = AnalyzeOptions {
        replicates: 10,
        ..AnalyzeOptions::default()
    };
    let report = analyze(&rows, &opts).unwrap();
    let text = serde_json::to_string(&report).unwrap();
    assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert!(v["icc"].is_null());
    assert!(v["kendall_w"].is_null());
    assert!(v["krippendorff_alpha"]["interval"].is_null());
    assert!(v["icc1_unbalanced"]["value"].is_null());
    assert!(v["fleiss_kappa"]["kappa"].is_null());
}

#[test]
fn disconnected_designs_are_reported_with_their_components() {
    let rows = vec![
        ScoreRow::new("a", "x", 1.0),
        ScoreRow::new("b", "x", 2.0),
        ScoreRow::new("c", "y", 3.0),
        ScoreRow::new("d", "y", 1.0),
    ];
    let v = report_json(
        &rows,
        &AnalyzeOptions {
            replicates: 0,
            ..AnalyzeOptions::default()
        },
    );
    assert_eq!(v["design"]["connected"], false);
    assert_eq!(v["juror_model"]["connected"], false);
    assert_eq!(v["design"]["components"].as_array().unwrap().len(), 2);
    assert!(v["bootstrap"].is_null());
    assert!(!v["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn a_gross_outlier_is_flagged_and_the_ranking_without_it_is_given() {
    let mut rows = Vec::new();
    for p in 0..12 {
        for j in 0..5 {
            let noise = ((p * 7 + j * 13) % 11) as f64 * 0.2 - 1.0;
            rows.push(ScoreRow::new(
                format!("P{p:02}"),
                format!("J{j}"),
                3.0 + 0.3 * p as f64 + noise,
            ));
        }
    }
    rows[7].score += 8.0; // P01 by J2
    let v = report_json(
        &rows,
        &AnalyzeOptions {
            replicates: 0,
            ..AnalyzeOptions::default()
        },
    );
    let out = v["outliers"].as_array().unwrap();
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0]["project"], "P01");
    assert_eq!(out[0]["juror"], "J2");
    assert!(out[0]["z"].as_f64().unwrap() > 3.5);
    assert!(v["rankings_without_outliers"]["mean"].is_array());
}

#[test]
fn same_seed_gives_the_same_bootstrap_and_a_new_seed_another() {
    let rows = synthetic_rows();
    let opts = AnalyzeOptions {
        replicates: 100,
        seed: 5,
        ..AnalyzeOptions::default()
    };
    let a = analyze(&rows, &opts).unwrap().bootstrap;
    let b = analyze(&rows, &opts).unwrap().bootstrap;
    let c = analyze(&rows, &AnalyzeOptions { seed: 6, ..opts })
        .unwrap()
        .bootstrap;
    assert_eq!(a, b);
    assert_ne!(a, c);
}
