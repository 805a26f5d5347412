//! Agreement statistics reproduce published tables (ICC, Krippendorff's alpha, Kendall's W, Fleiss' kappa).

use super::*;
use crate::domain::stats::fleiss::fleiss_kappa_design;
use crate::domain::stats::icc::{icc_all, icc1_unbalanced, mean_squares};
use crate::domain::stats::kendall::kendall_w;
use crate::domain::stats::krippendorff::{alpha_all, coincidence_matrix};

#[test]
fn anova_mean_squares_match_shrout_fleiss_1979_table_2() {
    let d = design(&shrout_fleiss_rows());
    let ms = mean_squares(&d.complete_matrix().unwrap()).unwrap();
    assert_published(Some(ms.bms), 11.24, 2, "BMS");
    assert_published(Some(ms.wms), 6.26, 2, "WMS");
    assert_published(Some(ms.jms), 32.49, 2, "JMS");
    assert_published(Some(ms.ems), 1.02, 2, "EMS");
}

#[test]
fn icc_matches_shrout_fleiss_1979_table() {
    // Shrout & Fleiss (1979) Table 4 (2 d.p.) and R DescTools::ICC(sf) printed output (3 d.p., F 2 d.p.,
    // p 6 d.p.); 95% bounds as R psych::ICC (2 d.p., asserted in pingouin's tests).
    let d = design(&shrout_fleiss_rows());
    let s = icc_all(&d.complete_matrix().unwrap()).unwrap();
    let forms = [
        (
            "ICC1",
            &s.icc1,
            0.166,
            0.17,
            1.79,
            18.0,
            0.164769,
            [-0.13, 0.72],
        ),
        (
            "ICC2",
            &s.icc2,
            0.290,
            0.29,
            11.03,
            15.0,
            0.000135,
            [0.02, 0.76],
        ),
        (
            "ICC3",
            &s.icc3,
            0.715,
            0.71,
            11.03,
            15.0,
            0.000135,
            [0.34, 0.95],
        ),
        (
            "ICC1k",
            &s.icc1k,
            0.443,
            0.44,
            1.79,
            18.0,
            0.164769,
            [-0.88, 0.91],
        ),
        (
            "ICC2k",
            &s.icc2k,
            0.620,
            0.62,
            11.03,
            15.0,
            0.000135,
            [0.07, 0.93],
        ),
        (
            "ICC3k",
            &s.icc3k,
            0.909,
            0.91,
            11.03,
            15.0,
            0.000135,
            [0.68, 0.99],
        ),
    ];
    for (name, f, v3, v2, fstat, df2, p, ci) in forms {
        assert_published(f.value, v3, 3, name);
        assert_published(f.value, v2, 2, name);
        assert_published(f.f, fstat, 2, &format!("{name} F"));
        assert_eq!((f.df1, f.df2), (5.0, df2), "{name} df");
        assert_published(f.p, p, 6, &format!("{name} p"));
        assert_published(f.ci95[0], ci[0], 2, &format!("{name} lower"));
        assert_published(f.ci95[1], ci[1], 2, &format!("{name} upper"));
    }
}

#[test]
fn icc_agrees_with_pingouin_to_ten_digits() {
    // pingouin 0.7.0 intraclass_corr on the Shrout & Fleiss data (reference expected.json, "computed").
    let d = design(&shrout_fleiss_rows());
    let s = icc_all(&d.complete_matrix().unwrap()).unwrap();
    assert_close(s.icc1.value, 0.1657417684054755, 1e-10, "ICC1");
    assert_close(s.icc2.value, 0.28976377952755916, 1e-10, "ICC2");
    assert_close(s.icc2.ci95[0], 0.018786513374712058, 1e-8, "ICC2 lower");
    assert_close(s.icc2.ci95[1], 0.7610843696489527, 1e-8, "ICC2 upper");
    assert_close(s.icc2k.ci95[0], 0.07113681530250353, 1e-8, "ICC2k lower");
    assert_close(s.icc1k.ci95[0], -0.8844421552381196, 1e-8, "ICC1k lower");
    assert_close(s.icc3k.ci95[1], 0.9858916781690623, 1e-8, "ICC3k upper");
    assert_close(s.icc3.p, 0.000134566516484335, 1e-12, "ICC3 p");
}

#[test]
fn kendall_w_of_shrout_fleiss_data_matches_pingouin_friedman() {
    // pingouin 0.7.0 friedman / scipy friedmanchisquare (reference expected.json, "computed").
    let d = design(&shrout_fleiss_rows());
    let w = kendall_w(&d.complete_matrix().unwrap()).unwrap();
    assert_close(w.w, 0.8870370370370371, 1e-12, "W");
    assert_close(w.chi2, 17.74074074074074, 1e-10, "chi2");
    assert_close(w.p, 0.003289509243680281, 1e-12, "p");
}

/// Krippendorff (2011) example C: 4 observers × 12 units, values 1–5, missing cells (reference kripp2011_C_missing).
fn krippendorff_c_rows() -> Vec<ScoreRow> {
    let n = None;
    let s = |v: f64| Some(v);
    grid(
        &[
            "u01", "u02", "u03", "u04", "u05", "u06", "u07", "u08", "u09", "u10", "u11", "u12",
        ],
        &["A", "B", "C", "D"],
        &[
            &[s(1.0), s(1.0), n, s(1.0)],
            &[s(2.0), s(2.0), s(3.0), s(2.0)],
            &[s(3.0), s(3.0), s(3.0), s(3.0)],
            &[s(3.0), s(3.0), s(3.0), s(3.0)],
            &[s(2.0), s(2.0), s(2.0), s(2.0)],
            &[s(1.0), s(2.0), s(3.0), s(4.0)],
            &[s(4.0), s(4.0), s(4.0), s(4.0)],
            &[s(1.0), s(1.0), s(2.0), s(1.0)],
            &[s(2.0), s(2.0), s(2.0), s(2.0)],
            &[n, s(5.0), s(5.0), s(5.0)],
            &[n, n, s(1.0), s(1.0)],
            &[n, s(3.0), n, n],
        ],
    )
}

#[test]
fn krippendorff_alpha_matches_krippendorff_2011_example_c() {
    // Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability" (3 d.p.) and
    // R DescTools::KrippAlpha printed output (7 d.p.).
    let a = alpha_all(&design(&krippendorff_c_rows()));
    assert_published(a.nominal, 0.743, 3, "nominal");
    assert_published(a.ordinal, 0.815, 3, "ordinal");
    assert_published(a.interval, 0.849, 3, "interval");
    assert_published(a.ratio, 0.797, 3, "ratio");
    assert_published(a.nominal, 0.7434211, 7, "nominal");
    assert_published(a.ordinal, 0.8153875, 7, "ordinal");
    assert_published(a.interval, 0.8491071, 7, "interval");
    assert_published(a.ratio, 0.7974028, 7, "ratio");
    assert_eq!(a.pairable_values, 40);
}

#[test]
fn coincidence_matrix_matches_krippendorff_2011_example_c() {
    // R DescTools::KrippAlpha printed coincidence matrix (values 1..5, row-major, 6 d.p.).
    let third = 1.0 / 3.0;
    let four3 = 4.0 / 3.0;
    let published = [
        [7.0, four3, third, third, 0.0],
        [four3, 10.0, four3, third, 0.0],
        [third, four3, 8.0, third, 0.0],
        [third, third, third, 4.0, 0.0],
        [0.0, 0.0, 0.0, 0.0, 3.0],
    ];
    let d = design(&krippendorff_c_rows());
    let units: Vec<Vec<f64>> = (0..d.n_projects()).map(|p| d.project_scores(p)).collect();
    let (values, o) = coincidence_matrix(&units);
    assert_eq!(values, vec![1.0, 2.0, 3.0, 4.0, 5.0]);
    for c in 0..5 {
        for k in 0..5 {
            assert_published(Some(o[c][k]), published[c][k], 6, &format!("o[{c}][{k}]"));
        }
    }
}

#[test]
fn kendall_w_matches_siegel_castellan_1988_example() {
    // R DescTools::KendallW example "from Siegel and Castellan (1988)" printed output.
    let rows = full(
        &[
            "airfare",
            "climate",
            "season",
            "people",
            "program",
            "publicity",
            "present",
            "interest",
        ],
        &["id4", "id21", "id11"],
        &[
            &[5.0, 1.0, 4.0],
            &[6.0, 7.0, 5.0],
            &[7.0, 6.0, 1.0],
            &[1.0, 2.0, 3.0],
            &[2.0, 3.0, 2.0],
            &[4.0, 5.0, 7.0],
            &[3.0, 4.0, 6.0],
            &[8.0, 8.0, 8.0],
        ],
    );
    let d = design(&rows);
    let w = kendall_w(&d.complete_matrix().unwrap()).unwrap();
    assert_published(w.w, 0.6560847, 7, "W");
    assert_published(w.chi2, 13.778, 3, "chi2");
    assert_eq!(w.df, 7.0);
    assert_published(w.p, 0.05528, 5, "p");
    assert_eq!(w.w, w.w_uncorrected, "no ties, no correction");
}

/// Wikipedia "Fleiss' kappa" worked example: 10 subjects × 14 raters, counts per category 1..5.
fn fleiss_wikipedia_rows() -> Vec<ScoreRow> {
    let counts: [[usize; 5]; 10] = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ];
    let mut rows = Vec::new();
    for (i, row) in counts.iter().enumerate() {
        let mut r = 0;
        for (c, &n) in row.iter().enumerate() {
            for _ in 0..n {
                r += 1;
                rows.push(ScoreRow::new(
                    format!("s{:02}", i + 1),
                    format!("r{r:02}"),
                    (c + 1) as f64,
                ));
            }
        }
    }
    rows
}

#[test]
fn fleiss_kappa_matches_wikipedia_worked_example() {
    // Wikipedia "Fleiss' kappa": P-bar = 0.378, Pe-bar = 0.213, kappa = 0.210 (3 d.p.);
    // z = 12.374291 from a port of R irr::kappam.fleiss (reference expected.json, "computed").
    let k = fleiss_kappa_design(&design(&fleiss_wikipedia_rows())).unwrap();
    assert_published(k.kappa, 0.210, 3, "kappa");
    assert_published(Some(k.p_bar), 0.378, 3, "P-bar");
    assert_published(Some(k.pe_bar), 0.213, 3, "Pe-bar");
    assert_close(k.z, 12.374291059190464, 1e-8, "z");
    let se = k.se0.unwrap();
    assert_close(
        k.ci95[0],
        k.kappa.unwrap() - 1.959963984540054 * se,
        1e-9,
        "lower",
    );
    assert!(k.p.unwrap() < 1e-30);
}

#[test]
fn fleiss_kappa_is_undefined_when_projects_have_unequal_numbers_of_scores() {
    assert!(fleiss_kappa_design(&design(&krippendorff_c_rows())).is_none());
}

#[test]
fn krippendorff_nominal_alpha_of_fleiss_example_matches_python_krippendorff() {
    // krippendorff 0.9.0 alpha (reference expected.json, "computed").
    let a = alpha_all(&design(&fleiss_wikipedia_rows()));
    assert_close(a.nominal, 0.21557405653322692, 1e-12, "nominal");
    let sf = alpha_all(&design(&shrout_fleiss_rows()));
    assert_close(
        sf.interval,
        0.14730785039046446,
        1e-12,
        "interval, S&F data",
    );
}

#[test]
fn one_way_icc_of_a_balanced_block_equals_shrout_fleiss_icc1() {
    let d = design(&shrout_fleiss_rows());
    let one = icc1_unbalanced(&d);
    let s = icc_all(&d.complete_matrix().unwrap()).unwrap();
    assert_close(one.value, s.icc1.value.unwrap(), 1e-12, "ICC(1)");
    assert_close(one.n0, 4.0, 1e-12, "n0");
    assert_close(one.p, s.icc1.p.unwrap(), 1e-12, "p");
}

#[test]
fn a_negative_zero_score_counts_as_zero_in_krippendorff_alpha() {
    let plain = vec![vec![0.0, 0.0], vec![1.0, 2.0], vec![3.0, 3.0]];
    let signed = vec![vec![-0.0, 0.0], vec![1.0, 2.0], vec![3.0, -0.0 + 3.0]];
    let a = crate::domain::stats::krippendorff::alpha(
        &plain,
        crate::domain::stats::krippendorff::Metric::Interval,
    );
    let b = crate::domain::stats::krippendorff::alpha(
        &signed,
        crate::domain::stats::krippendorff::Metric::Interval,
    );
    assert!(a.is_some());
    assert_eq!(a, b);
}
