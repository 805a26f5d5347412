//! Writes 1,000,000 score rows (about 143,000 scorecards x 7 criteria) through the scores
//! export's own row writer, in the pages and chunks the streaming export uses, to a sink that
//! discards them; prints rows per second, bytes, and the peak resident memory (VmHWM).

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops loudly when its setup fails"
)]

use std::io::Write;
use std::time::Instant;

use chrono::{DateTime, Utc};
use laurel::domain::rubric::HalfPoints;
use laurel::export::CsvOptions;
use laurel::export::rows::{SCORE_HEADER, ScoreLine, write_score};

const ROWS: usize = 1_000_000;
const CRITERIA: [(&str, u32); 7] = [
    ("partnership", 2000),
    ("impact", 2000),
    ("sustainability", 1500),
    ("ownership", 1500),
    ("innovation", 1000),
    ("learning", 1000),
    ("visibility", 1000),
];
/// Scorecards per page, as the export reads them.
const PAGE: usize = 1000;
const CHUNK: usize = 64 * 1024;

fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn run(options: CsvOptions) -> std::io::Result<(usize, usize)> {
    let mut sink = std::io::sink();
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + CHUNK / 4);
    let mut bytes = 0;
    let mut rows = 0;
    let submitted_at: DateTime<Utc> =
        DateTime::from_timestamp(1_772_357_400, 0).unwrap_or_default();
    let titles: Vec<String> = (0..200)
        .map(|i| format!("Water for Tamale and Roeselare, phase {i}"))
        .collect();
    let jurors: Vec<String> = (0..15).map(|j| laurel::export::pseudonym(1, j)).collect();
    let comment = "A strong partnership; the budget for the second year is thin, and the \
                   monitoring plan names no indicators.";
    let mut card = 0_usize;
    'pages: loop {
        let mut csv = options.writer(&mut buf);
        if card == 0 {
            csv.write_record(SCORE_HEADER)?;
        }
        for _ in 0..PAGE {
            let submission = card % titles.len();
            for (i, (criterion, weight_bp)) in CRITERIA.iter().enumerate() {
                if rows == ROWS {
                    csv.flush()?;
                    drop(csv);
                    break 'pages;
                }
                write_score(
                    &mut csv,
                    &ScoreLine {
                        edition_id: 1,
                        submission_id: i32::try_from(submission).unwrap_or(0) + 1,
                        title: &titles[submission],
                        juror: &jurors[(card + i) % jurors.len()],
                        criterion,
                        weight_bp: *weight_bp,
                        score: HalfPoints(u16::try_from((card + i) % 11).unwrap_or(0)),
                        comment,
                        submitted_at: Some(submitted_at),
                        revision: 1,
                        phase: "individual",
                        round: 1,
                    },
                )?;
                rows += 1;
            }
            card += 1;
        }
        csv.flush()?;
        drop(csv);
        if buf.len() >= CHUNK {
            bytes += buf.len();
            sink.write_all(&buf)?;
            buf.clear();
        }
    }
    bytes += buf.len();
    sink.write_all(&buf)?;
    Ok((rows, bytes))
}

fn main() -> std::io::Result<()> {
    for (label, options) in [
        ("plain", CsvOptions::default()),
        (
            "excel",
            CsvOptions {
                excel: true,
                names: false,
            },
        ),
    ] {
        let start = Instant::now();
        let (rows, bytes) = run(options)?;
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "export ({label}): {rows} score rows, {:.1} MB in {seconds:.2} s = {:.0} rows/s; peak memory (VmHWM) {} KiB",
            bytes as f64 / 1e6,
            rows as f64 / seconds,
            peak_kib().map_or_else(|| "unknown".to_owned(), |k| k.to_string())
        );
    }
    Ok(())
}
