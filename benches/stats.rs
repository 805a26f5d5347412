//! Benchmark of the statistics engine on a large, seeded jury.
//!
//! `cargo bench --bench stats` runs the case: 2,000 projects × 150 jurors, 6 scores per
//! project, every statistic with B = 2000. Options (after `--`): `--projects N --jurors M
//! --per-project K --bootstrap B --seed S`, `--complete` (every juror scores every project; for the
//! ICC comparison), `--write-csv PATH` (the generated scores, for `benches/compare_python.py`).
//! It prints wall times per stage and the process's peak resident memory.

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops loudly when its setup fails"
)]

use std::time::Instant;

use laurel::domain::stats::design::Design;
use laurel::domain::stats::{AnalyzeOptions, ScoreRow, analyze_design, icc, krippendorff};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use statrs::distribution::{ContinuousCDF, Normal};

struct Args {
    projects: usize,
    jurors: usize,
    per_project: usize,
    bootstrap: usize,
    seed: u64,
    complete: bool,
    write_csv: Option<String>,
}

fn parse_args() -> Args {
    let mut args = Args {
        projects: 2000,
        jurors: 150,
        per_project: 6,
        bootstrap: 2000,
        seed: 42,
        complete: false,
        write_csv: None,
    };
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < raw.len() {
        let value = raw.get(i + 1).cloned().unwrap_or_default();
        let number = value.parse::<usize>().unwrap_or(0);
        match raw[i].as_str() {
            "--projects" => args.projects = number,
            "--jurors" => args.jurors = number,
            "--per-project" => args.per_project = number,
            "--bootstrap" => args.bootstrap = number,
            "--seed" => args.seed = value.parse().unwrap_or(42),
            "--write-csv" => args.write_csv = Some(value),
            "--complete" => {
                args.complete = true;
                i += 1;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    if args.complete {
        args.per_project = args.jurors;
    }
    args
}

/// A standard normal draw through statrs's inverse CDF.
fn normal(rng: &mut ChaCha8Rng, standard: &Normal) -> f64 {
    let u = (f64::from(rng.next_u32()) + 0.5) / (f64::from(u32::MAX) + 1.0);
    standard.inverse_cdf(u)
}

/// Scores on 0–10 in half points: quality + juror leniency + noise.
fn generate(args: &Args) -> Vec<ScoreRow> {
    let mut rng = ChaCha8Rng::seed_from_u64(args.seed);
    let standard = Normal::standard();
    let offsets: Vec<f64> = (0..args.jurors)
        .map(|_| normal(&mut rng, &standard))
        .collect();
    let mut rows = Vec::with_capacity(args.projects * args.per_project);
    for p in 0..args.projects {
        let quality = 5.0 + 1.5 * normal(&mut rng, &standard);
        let mut chosen: Vec<usize> = Vec::with_capacity(args.per_project);
        while chosen.len() < args.per_project.min(args.jurors) {
            let j = usize::try_from(rng.next_u64() % args.jurors as u64).unwrap_or(0);
            if args.complete {
                chosen.push(chosen.len());
            } else if !chosen.contains(&j) {
                chosen.push(j);
            }
        }
        for j in chosen {
            let raw = quality + offsets[j] + normal(&mut rng, &standard);
            let score = ((raw * 2.0).round() / 2.0).clamp(0.0, 10.0) + 0.0;
            rows.push(ScoreRow::new(format!("P{p:05}"), format!("J{j:03}"), score));
        }
    }
    rows
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!(
        "{label:<38} {:>9.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    out
}

fn main() {
    let args = parse_args();
    let rows = generate(&args);
    println!(
        "case: {} projects × {} jurors, {} scores per project, {} scores, B = {}, seed {}",
        args.projects,
        args.jurors,
        args.per_project,
        rows.len(),
        args.bootstrap,
        args.seed
    );
    if let Some(path) = &args.write_csv {
        let mut out = String::from("project,juror,score\n");
        for r in &rows {
            out.push_str(&format!("{},{},{}\n", r.project, r.juror, r.score));
        }
        if let Err(e) = std::fs::write(path, out) {
            eprintln!("cannot write {path}: {e}");
        }
    }
    let start = Instant::now();
    let Ok(design) = timed("design (index, validate)", || Design::new(&rows)) else {
        eprintln!("invalid generated data");
        return;
    };
    let units: Vec<Vec<f64>> = (0..design.n_projects())
        .map(|p| design.project_scores(p))
        .collect();
    let interval = timed("Krippendorff alpha, interval only", || {
        krippendorff::alpha(&units, krippendorff::Metric::Interval)
    });
    let all = timed("Krippendorff alpha, 4 levels", || {
        krippendorff::alpha_all(&design)
    });
    println!(
        "  alpha interval {:.6}, ordinal {:.6}, nominal {:.6}, ratio {:.6}",
        interval.unwrap_or(f64::NAN),
        all.ordinal.unwrap_or(f64::NAN),
        all.nominal.unwrap_or(f64::NAN),
        all.ratio.unwrap_or(f64::NAN)
    );
    if let Some(matrix) = design.complete_matrix()
        && let Some(set) = timed("ICC, six forms (complete block)", || icc::icc_all(&matrix))
    {
        println!(
            "  ICC1 {:.6}, ICC2 {:.6}, ICC3 {:.6}, ICC3k {:.6}",
            set.icc1.value.unwrap_or(f64::NAN),
            set.icc2.value.unwrap_or(f64::NAN),
            set.icc3.value.unwrap_or(f64::NAN),
            set.icc3k.value.unwrap_or(f64::NAN)
        );
    }
    let options = AnalyzeOptions {
        replicates: args.bootstrap,
        seed: args.seed,
        ..AnalyzeOptions::default()
    };
    let report = timed("full analysis (every statistic + bootstrap)", || {
        analyze_design(&design, &options)
    });
    println!(
        "{:<38} {:>9.1} ms",
        "total (design + alpha + ICC + full)",
        start.elapsed().as_secs_f64() * 1000.0
    );
    println!(
        "peak resident memory                   {:>9.1} MiB",
        peak_rss_mib()
    );
    println!(
        "check: connected = {}, var_juror = {:.3}, bootstrap replicates = {}",
        report.design.connected,
        report.juror_model.var_juror.unwrap_or(f64::NAN),
        report.bootstrap.map_or(0, |b| b.replicates)
    );
}
