//! Times automatic assignment on 500 submissions × 40 jurors, r = 3, ~5% random conflicts, calibration block 5.

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops loudly when its setup fails"
)]

use laurel::domain::assignment::{
    AssignmentInput, AssignmentOptions, JurorInput, Pair, SubmissionInput, assign,
};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use std::time::Instant;

const SUBMISSIONS: i32 = 500;
const JURORS: i32 = 40;
const CONFLICT_PERCENT: u32 = 5;

fn main() {
    let mut rng = ChaCha8Rng::seed_from_u64(2025);
    let langs = ["en", "fr", "es", "de"];
    let submissions = (1..=SUBMISSIONS)
        .map(|id| SubmissionInput {
            id,
            // Two thirds in English, the rest spread over the other languages.
            language: if rng.next_u32() % 3 < 2 {
                "en".to_owned()
            } else {
                langs[1 + (rng.next_u32() % 3) as usize].to_owned()
            },
        })
        .collect();
    let jurors = (1..=JURORS)
        .map(|i| {
            let mut languages = vec!["en".to_owned()];
            for l in &langs[1..] {
                if rng.next_u32() % 3 == 0 {
                    languages.push((*l).to_owned());
                }
            }
            JurorInput {
                id: 1000 + i,
                languages,
                max_load: None,
            }
        })
        .collect();
    let mut forbidden = Vec::new();
    for s in 1..=SUBMISSIONS {
        for j in 1..=JURORS {
            if rng.next_u32() % 100 < CONFLICT_PERCENT {
                forbidden.push(Pair::new(1000 + j, s));
            }
        }
    }
    let conflicts = forbidden.len();
    let input = AssignmentInput {
        submissions,
        jurors,
        forbidden,
        keep: Vec::new(),
    };
    let options = AssignmentOptions {
        jurors_per_submission: 3,
        calibration_size: 5,
        max_load: None,
        seed: 7,
    };
    let runs = 5;
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let result = assign(&input, &options);
        times.push(start.elapsed());
        last = Some(result);
    }
    times.sort();
    println!(
        "{SUBMISSIONS} submissions × {JURORS} jurors, r = 3, {conflicts} conflicts ({:.1}%), \
         calibration block 5",
        100.0 * conflicts as f64 / f64::from(SUBMISSIONS * JURORS)
    );
    println!(
        "wall time over {runs} runs: min {:.1} ms, median {:.1} ms, max {:.1} ms",
        times[0].as_secs_f64() * 1e3,
        times[runs / 2].as_secs_f64() * 1e3,
        times[runs - 1].as_secs_f64() * 1e3
    );
    // Without the calibration block, the repair step has to connect the graph itself.
    let plain = AssignmentOptions {
        calibration_size: 0,
        ..options.clone()
    };
    let start = Instant::now();
    let plain_result = assign(&input, &plain);
    let plain_time = start.elapsed();
    match last {
        Some(Ok(plan)) => println!("\n{}", plan.summary),
        Some(Err(e)) => println!("\ninfeasible: {e}"),
        None => {}
    }
    report("Without calibration block", plain_time, plain_result);

    // Language islands: a quarter of the submissions and of the jurors per language, every juror
    // reading one language only, so the language-perfect design falls apart into one component
    // per language and the repair step must join them.
    let mut islands = input.clone();
    for (i, j) in islands.jurors.iter_mut().enumerate() {
        j.languages = vec![langs[i % langs.len()].to_owned()];
    }
    for (i, s) in islands.submissions.iter_mut().enumerate() {
        s.language = langs[i % langs.len()].to_owned();
    }
    let start = Instant::now();
    let result = assign(&islands, &plain);
    report(
        "Language islands (each juror reads one language), no calibration block",
        start.elapsed(),
        result,
    );
}

fn report(
    title: &str,
    time: std::time::Duration,
    result: Result<
        laurel::domain::assignment::AssignmentPlan,
        laurel::domain::assignment::Infeasible,
    >,
) {
    match result {
        Ok(plan) => println!(
            "\n{title}: {:.1} ms\n{}",
            time.as_secs_f64() * 1e3,
            plan.summary
        ),
        Err(e) => println!("\n{title}: infeasible: {e}"),
    }
}
