//! Benchmark of an edition's results: `compute()` on 200 submissions × 15 jurors × 7 criteria
//! (the shipped rubric `rubrics/platforma.toml`), 3 or 4 jurors per submission in a connected
//! design, a consensus for every submission, B = `db::results::REPLICATES` and a fixed seed, then
//! the results page's HTML built from it. The issue asks for the page in under 300 ms.
//!
//! `cargo bench --bench results` prints min / median / max over 5 runs of each, and the time of
//! the statistics engine's parts (the weighted totals with and without the bootstrap, and the
//! full report on one criterion, which `compute()` no longer builds for its agreement table).

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops loudly when its setup fails"
)]

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use laurel::domain::edition::{Edition, EditionStatus};
use laurel::domain::results::{
    OfficialMethod, ResultsInput, ScorecardInput, SubmissionInput, compute,
};
use laurel::domain::stats::{AnalyzeOptions, Method, ScoreRow, analyze};
use laurel::web::secretariat::results::render_for_bench;
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

const SUBMISSIONS: usize = 200;
const JURORS: usize = 15;
const RUNS: usize = 5;
const SEED: u64 = 2026;

/// A uniform draw in `-spread..=spread`.
fn uniform(rng: &mut ChaCha8Rng, spread: i32) -> i32 {
    let width = u32::try_from(2 * spread + 1).unwrap_or(1);
    i32::try_from(rng.next_u32() % width).unwrap_or(0) - spread
}

/// Half-point scores: the submission's quality on the criterion + the juror's leniency + noise,
/// on the rubric's scale. Juror j scores submissions j, j+1, … (3 or 4 consecutive jurors per
/// submission, so the design is connected); the consensus is the lower median of the jurors'
/// scores, per criterion.
fn generate(method: OfficialMethod) -> Option<ResultsInput> {
    let rubric = match laurel::rubric_files::load_file(Path::new("rubrics/platforma.toml")) {
        Ok(rubric) => rubric,
        Err(errors) => {
            for e in errors {
                eprintln!("rubrics/platforma.toml: {e}");
            }
            return None;
        }
    };
    let max = i32::from(rubric.scale.max.0);
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let leniency: Vec<i32> = (0..JURORS).map(|_| uniform(&mut rng, 2)).collect();
    let mut submissions = Vec::with_capacity(SUBMISSIONS);
    let mut scorecards = Vec::new();
    let mut consensus = BTreeMap::new();
    for s in 0..SUBMISSIONS {
        let id = i32::try_from(s + 1).unwrap_or(i32::MAX);
        submissions.push(SubmissionInput {
            id,
            title: format!("Partnership project {id}"),
        });
        let base = 6 + uniform(&mut rng, 2);
        let quality: Vec<i32> = rubric
            .criteria
            .iter()
            .map(|_| base + uniform(&mut rng, 2))
            .collect();
        let per_submission = 3 + s % 2;
        let mut by_criterion: Vec<Vec<u16>> = vec![Vec::new(); rubric.criteria.len()];
        for k in 0..per_submission {
            let j = (s + k) % JURORS;
            let mut half_points = BTreeMap::new();
            for (c, criterion) in rubric.criteria.iter().enumerate() {
                let score = (quality[c] + leniency[j] + uniform(&mut rng, 1)).clamp(0, max);
                let score = u16::try_from(score).unwrap_or(0);
                half_points.insert(criterion.key.clone(), score);
                by_criterion[c].push(score);
            }
            scorecards.push(ScorecardInput {
                assignment_id: i32::try_from(scorecards.len() + 1).unwrap_or(i32::MAX),
                submission_id: id,
                juror_id: 1001 + i32::try_from(j).unwrap_or(0),
                juror_name: format!("Juror {j:02}"),
                half_points,
            });
        }
        let agreed: BTreeMap<String, u16> = rubric
            .criteria
            .iter()
            .zip(by_criterion.iter_mut())
            .map(|(criterion, scores)| {
                scores.sort_unstable();
                (criterion.key.clone(), scores[(scores.len() - 1) / 2])
            })
            .collect();
        consensus.insert(id, agreed);
    }
    Some(ResultsInput {
        edition_id: 1,
        rubric,
        submissions,
        scorecards,
        consensus,
        method,
        seed: SEED,
        replicates: laurel::db::results::REPLICATES,
        shortlist: None,
    })
}

fn edition() -> Edition {
    let now = chrono::Utc::now();
    Edition {
        id: 1,
        name: "PLATFORMAwards benchmark".to_owned(),
        year: 2026,
        status: EditionStatus::Consensus,
        time_zone: "Europe/Brussels".to_owned(),
        opens_at: now,
        closes_at: now,
        rubric_id: 1,
        shortlist_size: 10,
        languages: vec!["en".to_owned()],
        eligibility: Default::default(),
        categories: Vec::new(),
        peer_scores: Default::default(),
        scoring_deadline: None,
        texts: Default::default(),
    }
}

/// Runs `f` `RUNS` times and prints min / median / max in milliseconds; returns the last output.
fn timed<T>(label: &str, mut f: impl FnMut() -> T) -> Option<T> {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        last = Some(f());
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{label:<44} min {:>8.1} ms   median {:>8.1} ms   max {:>8.1} ms",
        times[0],
        times[RUNS / 2],
        times[RUNS - 1]
    );
    last
}

fn once<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!(
        "  {label:<42} {:>8.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    out
}

fn main() {
    for method in OfficialMethod::ALL {
        let Some(input) = generate(method) else {
            return;
        };
        println!(
            "case: {} submissions × {} jurors × {} criteria, {} scorecards, consensus for all, B = {}, seed {}, method {}",
            input.submissions.len(),
            JURORS,
            input.rubric.criteria.len(),
            input.scorecards.len(),
            input.replicates,
            input.seed,
            method
        );
        let Some(Ok(results)) = timed("compute()", || compute(&input)) else {
            eprintln!("the results could not be computed");
            return;
        };
        let rubric = input.rubric.clone();
        let english = laurel::domain::language::Lang::EN;
        let html = timed("page HTML (view + template), English", || {
            render_for_bench(edition(), &rubric, &results, english)
        });
        if let Some(italian) = laurel::i18n::lang("it") {
            timed("page HTML (view + template), Italian", || {
                render_for_bench(edition(), &rubric, &results, italian)
            });
        }
        let bytes = match html {
            Some(Ok(html)) => html.len(),
            _ => {
                eprintln!("the page could not be rendered");
                return;
            }
        };
        println!(
            "check: {} ranked, {} not ranked, {} in unresolved ties, {} statistical ties, {} jurors, page {} KiB",
            results.official.len(),
            results.not_ranked.len(),
            results.official.iter().filter(|l| l.tie_unresolved).count(),
            results
                .official
                .iter()
                .filter(|l| l.statistical_tie_with_next)
                .count(),
            results.jurors.len(),
            bytes / 1024
        );
    }
    // Where the time of compute() goes: the engine on the weighted totals with the bootstrap,
    // and on one criterion without it (compute() runs that once per criterion).
    let Some(input) = generate(OfficialMethod::ConsensusTotal) else {
        return;
    };
    let rows = |value: &dyn Fn(&ScorecardInput) -> f64| -> Vec<ScoreRow> {
        input
            .scorecards
            .iter()
            .map(|c| {
                ScoreRow::new(
                    c.submission_id.to_string(),
                    c.juror_id.to_string(),
                    value(c),
                )
            })
            .collect()
    };
    let options = |replicates: usize| AnalyzeOptions {
        method: Method::BiasCorrected,
        replicates,
        seed: SEED,
        top_k: 3,
        ..AnalyzeOptions::default()
    };
    let key = input.rubric.criteria[0].key.clone();
    let weights: Vec<(String, f64)> = input
        .rubric
        .criteria
        .iter()
        .map(|c| (c.key.clone(), f64::from(c.weight_bp) / 10_000.0))
        .collect();
    let totals = rows(&|c| {
        weights
            .iter()
            .map(|(k, w)| f64::from(c.half_points.get(k).copied().unwrap_or(0)) / 2.0 * w)
            .sum()
    });
    let one = rows(&|c| f64::from(c.half_points.get(&key).copied().unwrap_or(0)) / 2.0);
    println!("parts of compute():");
    let _ = once("weighted totals, B = 2000", || {
        analyze(&totals, &options(laurel::db::results::REPLICATES))
    });
    let _ = once("weighted totals, B = 0", || analyze(&totals, &options(0)));
    let _ = once("one criterion, full report, B = 0", || {
        analyze(&one, &options(0))
    });
}
