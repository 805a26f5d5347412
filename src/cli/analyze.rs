//! `laurel analyze`: the statistics engine on any long-form CSV of scores (`project,juror,score`).
//!
//! Bad input is reported as one line per problem, each naming its line, and exits with status 2.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use crate::domain::stats::design::MAX_ABS_SCORE;
use crate::domain::stats::{AnalyzeOptions, Method, ScoreRow, analyze};

/// How the report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The JSON contract other tools read.
    Json,
    /// A readable report with tables.
    Text,
}

/// Reads scores from CSV text; returns every problem found, each naming its line.
pub fn read_scores(reader: impl Read) -> Result<Vec<ScoreRow>, Vec<String>> {
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(reader);
    let headers = match csv.headers() {
        Ok(headers) if headers.iter().any(|h| !h.is_empty()) => headers.clone(),
        Ok(_) => return Err(vec![empty_file()]),
        Err(e) => return Err(vec![format!("line 1: the header cannot be read: {e}")]),
    };
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (project, juror, score) = match (column("project"), column("juror"), column("score")) {
        (Some(p), Some(j), Some(s)) => (p, j, s),
        (p, j, s) => {
            let missing: Vec<&str> = [("project", p), ("juror", j), ("score", s)]
                .into_iter()
                .filter(|(_, found)| found.is_none())
                .map(|(name, _)| name)
                .collect();
            return Err(vec![format!(
                "line 1: missing column {}: the header must name project, juror and score",
                missing.join(", ")
            )]);
        }
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    for record in csv.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                problems.push(format!("line {line}: cannot be read: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("");
        let (p, j, raw) = (field(project), field(juror), field(score));
        let mut ok = true;
        if p.is_empty() {
            problems.push(format!("line {line}: the project id is empty"));
            ok = false;
        }
        if j.is_empty() {
            problems.push(format!("line {line}: the juror id is empty"));
            ok = false;
        }
        let value = match raw.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() > MAX_ABS_SCORE => {
                problems.push(format!(
                    "line {line}: the score `{raw}` is too large (at most {MAX_ABS_SCORE:e} in absolute value)"
                ));
                None
            }
            Ok(v) if v.is_finite() => Some(v),
            Ok(_) => {
                problems.push(format!(
                    "line {line}: the score `{raw}` is not a finite number"
                ));
                None
            }
            Err(_) => {
                problems.push(format!("line {line}: the score `{raw}` is not a number"));
                None
            }
        };
        if !ok {
            continue;
        }
        if let Some(first) = seen.insert((p.to_owned(), j.to_owned()), line) {
            problems.push(format!(
                "line {line}: project {p} and juror {j} already have a score on line {first}"
            ));
            continue;
        }
        if let Some(value) = value {
            rows.push(ScoreRow::new(p, j, value));
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(empty_file());
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

fn empty_file() -> String {
    "the file is empty: expected a header `project,juror,score` and at least one score".to_owned()
}

/// The options of one run.
pub struct AnalyzeRequest<'a> {
    /// The CSV file.
    pub input: &'a Path,
    /// Aggregation used by the bootstrap, adjacent pairs and tie flags.
    pub method: Method,
    /// Bootstrap replicates.
    pub bootstrap: usize,
    /// Bootstrap seed.
    pub seed: u64,
    /// k of P(top k).
    pub top: usize,
    /// Output format.
    pub format: Format,
}

/// Runs the analysis; `Err` holds the problems to print (exit status 2).
pub fn run(request: &AnalyzeRequest<'_>) -> Result<String, Vec<String>> {
    let file = std::fs::File::open(request.input).map_err(|e| {
        vec![format!(
            "{}: cannot be opened: {e}",
            request.input.display()
        )]
    })?;
    let rows = read_scores(file)?;
    let options = AnalyzeOptions {
        method: request.method,
        replicates: request.bootstrap,
        seed: request.seed,
        top_k: request.top.max(1),
        ..AnalyzeOptions::default()
    };
    let report = analyze(&rows, &options).map_err(|e| vec![e.to_string()])?;
    match request.format {
        Format::Json => serde_json::to_string_pretty(&report).map_err(|e| vec![e.to_string()]),
        Format::Text => Ok(super::report_text::render(&report, request.method)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(csv: &str) -> Vec<String> {
        read_scores(csv.as_bytes()).expect_err("refused")
    }

    #[test]
    fn extra_columns_are_ignored_and_columns_may_come_in_any_order() {
        let rows = read_scores("score,note,juror,project\n3.5,x,J1,P1\n4,y,J2,P1\n".as_bytes())
            .expect("valid");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], ScoreRow::new("P1", "J1", 3.5));
    }

    #[test]
    fn a_missing_column_is_named() {
        assert_eq!(
            problems("project,juror\nP1,J1\n"),
            ["line 1: missing column score: the header must name project, juror and score"]
        );
    }

    #[test]
    fn every_bad_score_and_duplicate_is_reported_with_its_line() {
        let found = problems("project,juror,score\nP1,J1,3\nP1,J2,abc\nP2,J1,inf\nP1,J1,4\n");
        assert_eq!(
            found,
            [
                "line 3: the score `abc` is not a number",
                "line 4: the score `inf` is not a finite number",
                "line 5: project P1 and juror J1 already have a score on line 2",
            ]
        );
    }

    #[test]
    fn an_empty_file_and_a_header_without_rows_are_refused() {
        assert!(problems("")[0].starts_with("the file is empty"));
        assert!(problems("project,juror,score\n")[0].starts_with("the file is empty"));
    }
}
