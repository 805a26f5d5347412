//! The readable form of an analysis report (`laurel analyze --format text`): plain-text tables.

use std::fmt::Write;

use crate::domain::stats::report::Rankings;
use crate::domain::stats::{Method, Report};
use crate::domain::text::short_number;

fn num(value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.decimals$}"))
}

fn p_value(value: Option<f64>) -> String {
    match value {
        Some(p) if p < 0.0001 => "<0.0001".to_owned(),
        other => num(other, 4),
    }
}

/// A table with left-aligned first column and right-aligned others.
fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.chars().count());
            }
        }
    }
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let width = widths.get(i).copied().unwrap_or(0);
                if i == 0 {
                    format!("{cell:<width$}")
                } else {
                    format!("{cell:>width$}")
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    let _ = writeln!(
        out,
        "  {}",
        line(header.iter().map(|h| (*h).to_owned()).collect())
    );
    let total: usize = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    let _ = writeln!(out, "  {}", "-".repeat(total));
    for row in rows {
        let _ = writeln!(out, "  {}", line(row.clone()));
    }
    out.push('\n');
}

fn method_list(
    rankings: &Rankings,
    method: Method,
) -> &[crate::domain::stats::rankings::RankEntry] {
    match method {
        Method::Mean => &rankings.mean,
        Method::Median => &rankings.median,
        Method::TrimmedMean => &rankings.trimmed_mean,
        Method::JurorZ => &rankings.juror_z,
        Method::BiasCorrected => &rankings.bias_corrected,
        Method::Borda => &rankings.borda,
        Method::Schulze => rankings
            .schulze
            .as_deref()
            .unwrap_or(&rankings.bias_corrected),
    }
}

/// Renders the report as text, ranking by `method`.
pub fn render(report: &Report, method: Method) -> String {
    let mut out = String::new();
    let d = &report.design;
    let _ = writeln!(out, "Design");
    let _ = writeln!(
        out,
        "  {} projects, {} jurors, {} scores; juror–project graph {}; complete block {} projects × {} jurors\n",
        d.projects,
        d.jurors,
        d.scores,
        if d.connected {
            "connected"
        } else {
            "NOT connected"
        },
        d.complete_block.projects.len(),
        d.complete_block.jurors.len()
    );
    let _ = writeln!(out, "Agreement");
    let a = &report.krippendorff_alpha;
    let mut rows = vec![
        vec![
            "Krippendorff alpha, nominal".to_owned(),
            num(a.nominal, 3),
            String::new(),
        ],
        vec![
            "Krippendorff alpha, ordinal".to_owned(),
            num(a.ordinal, 3),
            String::new(),
        ],
        vec![
            "Krippendorff alpha, interval".to_owned(),
            num(a.interval, 3),
            String::new(),
        ],
        vec![
            "Krippendorff alpha, ratio".to_owned(),
            num(a.ratio, 3),
            String::new(),
        ],
    ];
    let one_way = &report.icc1_unbalanced;
    rows.push(vec![
        "ICC(1), all data (n0-corrected)".to_owned(),
        num(one_way.value, 3),
        format!("p {}", p_value(one_way.p)),
    ]);
    if let Some(w) = &report.kendall_w {
        rows.push(vec![
            "Kendall's W (complete block)".to_owned(),
            num(w.w, 3),
            format!("p {}", p_value(w.p)),
        ]);
    }
    if let Some(k) = &report.fleiss_kappa {
        rows.push(vec![
            "Fleiss' kappa".to_owned(),
            num(k.kappa, 3),
            format!("p {}", p_value(k.p)),
        ]);
    }
    table(&mut out, &["statistic", "value", "test"], &rows);
    if let Some(icc) = &report.icc {
        let forms = [
            ("ICC1", &icc.icc1),
            ("ICC2", &icc.icc2),
            ("ICC3", &icc.icc3),
            ("ICC1k", &icc.icc1k),
            ("ICC2k", &icc.icc2k),
            ("ICC3k", &icc.icc3k),
        ];
        let rows: Vec<Vec<String>> = forms
            .iter()
            .map(|(name, f)| {
                vec![
                    (*name).to_owned(),
                    num(f.value, 3),
                    num(f.f, 2),
                    format!("{}, {}", f.df1, f.df2),
                    p_value(f.p),
                    format!("[{}, {}]", num(f.ci95[0], 3), num(f.ci95[1], 3)),
                ]
            })
            .collect();
        table(&mut out, &["ICC", "value", "F", "df", "p", "95% CI"], &rows);
    }
    let m = &report.juror_model;
    let _ = writeln!(
        out,
        "Juror leniency (score = mu + project effect + juror offset + noise)"
    );
    let _ = writeln!(
        out,
        "  mu {}; variance: projects {}, jurors {}, error {}\n",
        num(m.mu, 3),
        num(m.var_project, 3),
        num(m.var_juror, 3),
        num(m.var_error, 3)
    );
    let rows: Vec<Vec<String>> = m
        .jurors
        .iter()
        .map(|(id, j)| {
            vec![
                id.clone(),
                num(j.offset, 3),
                num(j.mean, 2),
                num(j.sd, 2),
                j.scores.to_string(),
            ]
        })
        .collect();
    table(
        &mut out,
        &["juror", "offset", "mean", "sd", "scores"],
        &rows,
    );
    let _ = writeln!(
        out,
        "Outlier scores (|robust z| > 3.5; flagged, never dropped)"
    );
    if report.outliers.is_empty() {
        let _ = writeln!(out, "  none\n");
    } else {
        let rows: Vec<Vec<String>> = report
            .outliers
            .iter()
            .map(|o| {
                vec![
                    o.project.clone(),
                    o.juror.clone(),
                    format!("{}", o.score),
                    format!("{:.2}", o.z),
                ]
            })
            .collect();
        table(&mut out, &["project", "juror", "score", "z"], &rows);
    }
    render_ranking(&mut out, report, method);
    if !report.warnings.is_empty() {
        let _ = writeln!(out, "Warnings");
        for warning in &report.warnings {
            let _ = writeln!(out, "  - {warning}");
        }
    }
    out
}

fn render_ranking(out: &mut String, report: &Report, method: Method) {
    let list = method_list(&report.rankings, method);
    let boot = report.bootstrap.as_ref();
    let k = boot.map_or(0, |b| b.k);
    let _ = writeln!(out, "Ranking by {}", method.name());
    // P(top 1) and P(top 3) are always shown; P(top k) only for another k, never twice.
    let p_topk = format!("P(top {k})");
    let extra_k = k != 1 && k != 3;
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|entry| {
            let u = boot.and_then(|b| b.projects.get(&entry.project));
            let mut row = vec![
                entry.project.clone(),
                format!("{}", entry.rank),
                num(entry.value, 3),
                u.map_or_else(String::new, |u| {
                    // Ranks as the results page writes them: 1, 1.5, 2 (a half is a shared rank).
                    let rank =
                        |r: Option<f64>| r.map_or_else(|| "–".to_owned(), |v| short_number(v, 2));
                    format!("{}–{}", rank(u.rank_ci95[0]), rank(u.rank_ci95[1]))
                }),
                u.map_or_else(String::new, |u| num(u.p_top1, 3)),
                u.map_or_else(String::new, |u| num(u.p_top3, 3)),
            ];
            if extra_k {
                row.push(u.map_or_else(String::new, |u| num(u.p_topk, 3)));
            }
            row
        })
        .collect();
    let mut header = vec![
        "project",
        "rank",
        "value",
        "95% rank interval",
        "P(top 1)",
        "P(top 3)",
    ];
    if extra_k {
        header.push(&p_topk);
    }
    table(out, &header, &rows);
    if let Some(b) = boot {
        let _ = writeln!(
            out,
            "Adjacent pairs ({} bootstrap replicates of {}, seed {})",
            b.replicates,
            b.method.name(),
            b.seed
        );
        let rows: Vec<Vec<String>> = b
            .adjacent
            .iter()
            .map(|pair| {
                vec![
                    format!("{} over {}", pair.upper, pair.lower),
                    num(pair.p_upper_above, 3),
                    if pair.tie { "statistical tie" } else { "" }.to_owned(),
                ]
            })
            .collect();
        table(out, &["pair", "P(upper above)", ""], &rows);
    }
    let rows: Vec<Vec<String>> = report
        .method_agreement
        .iter()
        .map(|(pair, a)| {
            vec![
                pair.clone(),
                num(a.kendall_tau_b, 3),
                num(a.spearman_rho, 3),
                num(a.top_k_overlap, 2),
            ]
        })
        .collect();
    let _ = writeln!(out, "Agreement between methods");
    table(out, &["methods", "tau-b", "rho", "top-k overlap"], &rows);
}
