//! `laurel analyze`: the statistics engine on any long-form CSV of scores (`project,juror,score`).
//!
//! Bad input is reported as one line per problem, each naming its line, and exits with status 2.
//! The file is read record by record, with a bound on the size of a record and of a cell
//! (`super::bounded`), and values quoted in errors are cut short.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use super::bounded::{Bounded, CSV_BUFFER_BYTES, MAX_CELL_BYTES, RecordStart, RecordTooLong};
use crate::domain::stats::design::MAX_ABS_SCORE;
use crate::domain::stats::{AnalyzeOptions, Method, ScoreRow, analyze};
use crate::domain::text::echo;

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
    read_scores_with(reader, None)
}

/// The columns of a scores file.
struct Columns {
    project: usize,
    juror: usize,
    score: usize,
    criterion: Option<usize>,
    weight: Option<usize>,
}

fn columns(headers: &csv::StringRecord) -> Result<Columns, Vec<String>> {
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
    };
    let (project, juror, score) = (
        column(&["project", "submission_id"]),
        column(&["juror"]),
        column(&["score"]),
    );
    match (project, juror, score) {
        (Some(project), Some(juror), Some(score)) => Ok(Columns {
            project,
            juror,
            score,
            criterion: column(&["criterion"]),
            weight: column(&["weight"]),
        }),
        (p, j, s) => {
            let missing: Vec<&str> = [("project", p), ("juror", j), ("score", s)]
                .into_iter()
                .filter(|(_, found)| found.is_none())
                .map(|(name, _)| name)
                .collect();
            Err(vec![format!(
                "line 1: missing column {}: the header must name project, juror and score",
                missing.join(", ")
            )])
        }
    }
}

/// Drops a UTF-8 byte-order mark and tells `;` from `,` by the header line, so that the
/// Excel-friendly exports read as well as the plain ones.
fn sniff(reader: impl Read) -> Result<(impl Read, u8), Vec<String>> {
    let mut reader = BufReader::new(reader);
    let head = reader
        .fill_buf()
        .map_err(|e| vec![format!("line 1: the header cannot be read: {e}")])?;
    let bom = head.starts_with(crate::export::BOM);
    let line = head
        .get(if bom { 3 } else { 0 }..)
        .unwrap_or_default()
        .split(|b| *b == b'\n')
        .next()
        .unwrap_or_default();
    let delimiter = if line.contains(&b';') && !line.contains(&b',') {
        b';'
    } else {
        b','
    };
    if bom {
        reader.consume(3);
    }
    Ok((reader, delimiter))
}

/// A weight as the multiplier of the weighted total: 10 000 times the weight, exact for weights
/// of up to four decimals, so that `score × w / 10 000` is the results page's own arithmetic.
fn weight_factor(raw: &str) -> Option<f64> {
    use rust_decimal::prelude::ToPrimitive;
    let weight: rust_decimal::Decimal = raw.parse().ok()?;
    let factor = weight.checked_mul(rust_decimal::Decimal::from(10_000))?;
    (factor >= rust_decimal::Decimal::ZERO)
        .then(|| factor.to_f64())
        .flatten()
}

/// Reads scores from CSV text. A file with a `criterion` column (the long form of
/// `laurel export --what scores`) is read either for one criterion (`criterion`), or, without
/// it, as one weighted total per project and juror: the sum of score × weight over the
/// criteria, which needs a `weight` column and every criterion scored. Returns every problem
/// found, each naming its line.
pub fn read_scores_with(
    reader: impl Read,
    criterion: Option<&str>,
) -> Result<Vec<ScoreRow>, Vec<String>> {
    let (reader, delimiter) = sniff(reader)?;
    let record_start = RecordStart::default();
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .buffer_capacity(CSV_BUFFER_BYTES)
        .from_reader(Bounded::new(reader, record_start.clone()));
    let headers = match csv.headers() {
        Ok(headers) if headers.iter().any(|h| !h.is_empty()) => headers.clone(),
        Ok(_) => return Err(vec![empty_file()]),
        Err(e) if RecordTooLong::is_cause_of(&e) => return Err(vec![record_too_long(1)]),
        Err(e) => return Err(vec![format!("line 1: the header cannot be read: {e}")]),
    };
    record_start.set(csv.position().byte());
    let cols = columns(&headers)?;
    let weighted = match (cols.criterion, criterion, cols.weight) {
        (None, Some(_), _) => {
            return Err(vec![
                "line 1: --criterion needs a `criterion` column".to_owned(),
            ]);
        }
        (Some(_), None, None) => {
            return Err(vec![
                "line 1: the file has a `criterion` column: choose one criterion with --criterion KEY, or add a `weight` column for the weighted total".to_owned(),
            ]);
        }
        (Some(_), None, Some(_)) => true,
        _ => false,
    };
    let mut rows = Vec::new();
    let mut problems = Problems::default();
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    let mut totals = Totals::default();
    let mut record = csv::StringRecord::new();
    loop {
        let line = csv.position().line();
        let read = csv.read_record(&mut record);
        record_start.set(csv.position().byte());
        match read {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) if RecordTooLong::is_cause_of(&e) => {
                problems.push(record_too_long(line));
                break;
            }
            Err(e) => {
                let line = e.position().map_or(line, csv::Position::line);
                problems.push(format!("line {line}: cannot be read: {e}"));
                continue;
            }
        }
        let line = record.position().map_or(line, csv::Position::line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        if let Some(problem) = oversized_cell(&record, &cols, line) {
            problems.push(problem);
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("");
        let this_criterion = cols.criterion.map(field);
        if let (Some(wanted), Some(this)) = (criterion, this_criterion)
            && wanted != this
        {
            continue;
        }
        let (p, j, raw) = (field(cols.project), field(cols.juror), field(cols.score));
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
                    "line {line}: the score `{}` is too large (at most {MAX_ABS_SCORE:e} in absolute value)",
                    echo(raw)
                ));
                None
            }
            Ok(v) if v.is_finite() => Some(v),
            Ok(_) => {
                problems.push(format!(
                    "line {line}: the score `{}` is not a finite number",
                    echo(raw)
                ));
                None
            }
            Err(_) => {
                problems.push(format!(
                    "line {line}: the score `{}` is not a number",
                    echo(raw)
                ));
                None
            }
        };
        if !ok {
            continue;
        }
        if weighted {
            let raw_weight = cols.weight.map(field).unwrap_or_default();
            let Some(factor) = weight_factor(raw_weight) else {
                problems.push(format!(
                    "line {line}: the weight `{}` is not a decimal number of 0 or more",
                    echo(raw_weight)
                ));
                continue;
            };
            let key = this_criterion.unwrap_or_default();
            if let Some(value) = value
                && let Err(problem) = totals.add(line, p, j, key, value, factor)
            {
                problems.push(problem);
            }
            continue;
        }
        if let Some(first) = seen.insert((p.to_owned(), j.to_owned()), line) {
            problems.push(format!(
                "line {line}: project {} and juror {} already have a score on line {first}",
                echo(p),
                echo(j)
            ));
            continue;
        }
        if let Some(value) = value {
            rows.push(ScoreRow::new(p, j, value));
        }
    }
    if weighted {
        match totals.rows() {
            Ok(totals) => rows = totals,
            Err(more) => problems.extend(more),
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(empty_file());
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems.into_lines())
    }
}

/// The most problems listed; the others are counted.
const MAX_PROBLEMS: usize = 100;

/// Problems found so far: the first [`MAX_PROBLEMS`], and how many more.
#[derive(Default)]
struct Problems {
    listed: Vec<String>,
    more: usize,
}

impl Problems {
    fn push(&mut self, problem: String) {
        if self.listed.len() < MAX_PROBLEMS {
            self.listed.push(problem);
        } else {
            self.more += 1;
        }
    }

    fn extend(&mut self, problems: impl IntoIterator<Item = String>) {
        for problem in problems {
            self.push(problem);
        }
    }

    fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    fn into_lines(mut self) -> Vec<String> {
        if self.more > 0 {
            self.listed
                .push(format!("… and {} more problems not listed", self.more));
        }
        self.listed
    }
}

fn record_too_long(line: u64) -> String {
    format!(
        "line {line}: the record is longer than {} KiB, far longer than a row of scores; \
         is this the right file?",
        super::bounded::MAX_RECORD_BYTES / 1024
    )
}

/// A cell of a column that is read and longer than [`MAX_CELL_BYTES`], as a problem.
fn oversized_cell(record: &csv::StringRecord, cols: &Columns, line: u64) -> Option<String> {
    let used = [
        ("project", Some(cols.project)),
        ("juror", Some(cols.juror)),
        ("score", Some(cols.score)),
        ("criterion", cols.criterion),
        ("weight", cols.weight),
    ];
    used.into_iter().find_map(|(name, index)| {
        let cell = record.get(index?)?;
        (cell.len() > MAX_CELL_BYTES).then(|| {
            format!(
                "line {line}: the {name} cell is {} bytes long, more than the {MAX_CELL_BYTES} \
                 allowed: `{}`",
                cell.len(),
                echo(cell)
            )
        })
    })
}

/// Weighted totals per project and juror, in the order the pairs first appear; each sum is
/// built in file order, as the results page builds it in rubric order.
#[derive(Default)]
struct Totals {
    order: Vec<(String, String)>,
    pairs: HashMap<(String, String), (rust_decimal::Decimal, BTreeMap<String, u64>)>,
    criteria: BTreeSet<String>,
}

impl Totals {
    fn add(
        &mut self,
        line: u64,
        project: &str,
        juror: &str,
        criterion: &str,
        score: f64,
        factor: f64,
    ) -> Result<(), String> {
        let key = (project.to_owned(), juror.to_owned());
        let entry = self.pairs.entry(key.clone()).or_insert_with(|| {
            self.order.push(key);
            (rust_decimal::Decimal::ZERO, BTreeMap::new())
        });
        if let Some(first) = entry.1.insert(criterion.to_owned(), line) {
            return Err(format!(
                "line {line}: project {} and juror {} already have a score for criterion {} on line {first}",
                echo(project),
                echo(juror),
                echo(criterion)
            ));
        }
        // Exact, like the results page: a score in half points and a weight of up to four
        // decimals are exact decimals; the total is rounded to f64 once, in `rows`.
        let (Some(score), Some(factor)) = (
            rust_decimal::Decimal::from_f64_retain(score),
            rust_decimal::Decimal::from_f64_retain(factor),
        ) else {
            return Err(format!(
                "line {line}: the score or weight is not a finite number"
            ));
        };
        entry.0 += score * factor / rust_decimal::Decimal::from(10_000);
        self.criteria.insert(criterion.to_owned());
        Ok(())
    }

    fn rows(self) -> Result<Vec<ScoreRow>, Vec<String>> {
        let mut problems = Vec::new();
        let mut rows = Vec::new();
        for key in self.order {
            let Some((total, scored)) = self.pairs.get(&key) else {
                continue;
            };
            let missing: Vec<&str> = self
                .criteria
                .iter()
                .filter(|c| !scored.contains_key(*c))
                .map(String::as_str)
                .collect();
            if missing.is_empty() {
                rows.push(ScoreRow::new(
                    key.0,
                    key.1,
                    // Through its decimal text, correctly rounded, as the results page does.
                    total.normalize().to_string().parse().unwrap_or(f64::NAN),
                ));
            } else {
                let first = scored.values().min().copied().unwrap_or(0);
                problems.push(format!(
                    "line {first}: project {} and juror {} have no score for criterion {}, so their weighted total is unknown",
                    echo(&key.0),
                    echo(&key.1),
                    missing.iter().map(|c| echo(c).to_string()).collect::<Vec<_>>().join(", ")
                ));
            }
        }
        if problems.is_empty() {
            Ok(rows)
        } else {
            Err(problems)
        }
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
    /// Analyse this criterion of a long-form file (default: the weighted total).
    pub criterion: Option<&'a str>,
}

/// Runs the analysis; `Err` holds the problems to print (exit status 2).
pub fn run(request: &AnalyzeRequest<'_>) -> Result<String, Vec<String>> {
    let file = std::fs::File::open(request.input).map_err(|e| {
        vec![format!(
            "{}: cannot be opened: {e}",
            request.input.display()
        )]
    })?;
    let rows = read_scores_with(file, request.criterion)?;
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

    const LONG: &str = "project,juror,criterion,weight,score\n\
        P1,J1,a,0.25,4\nP1,J1,b,0.75,2\nP1,J2,a,0.25,3\nP1,J2,b,0.75,3\n";

    #[test]
    fn a_long_form_file_gives_one_weighted_total_per_project_and_juror() {
        let rows = read_scores_with(LONG.as_bytes(), None).expect("valid");
        assert_eq!(
            rows,
            [
                ScoreRow::new("P1", "J1", 2.5),
                ScoreRow::new("P1", "J2", 3.0)
            ]
        );
    }

    #[test]
    fn one_criterion_of_a_long_form_file_can_be_analysed_alone() {
        let rows = read_scores_with(LONG.as_bytes(), Some("b")).expect("valid");
        assert_eq!(
            rows,
            [
                ScoreRow::new("P1", "J1", 2.0),
                ScoreRow::new("P1", "J2", 3.0)
            ]
        );
    }

    #[test]
    fn a_weighted_total_with_a_criterion_missing_is_refused() {
        let found = read_scores_with(
            "project,juror,criterion,weight,score\nP1,J1,a,0.5,4\nP1,J1,b,0.5,2\nP1,J2,a,0.5,3\n"
                .as_bytes(),
            None,
        )
        .expect_err("refused");
        assert_eq!(
            found,
            [
                "line 4: project P1 and juror J2 have no score for criterion b, so their weighted total is unknown"
            ]
        );
    }

    #[test]
    fn an_excel_file_with_a_byte_order_mark_and_semicolons_is_read() {
        let rows =
            read_scores("\u{feff}project;juror;score\nP1;J1;3.5\n".as_bytes()).expect("valid");
        assert_eq!(rows, [ScoreRow::new("P1", "J1", 3.5)]);
    }

    #[test]
    fn weights_multiply_exactly_as_the_results_page_does() {
        for bp in [1000_u32, 1250, 1500, 2000, 3333] {
            let factor = weight_factor(&crate::export::weight_decimal(bp)).expect("weight");
            for hp in 0_u16..=10 {
                let page = f64::from(hp) / 2.0 * f64::from(bp) / 10_000.0;
                assert_eq!((f64::from(hp) / 2.0) * factor / 10_000.0, page);
            }
        }
    }

    #[test]
    fn a_cell_over_one_kib_in_a_column_that_is_read_is_refused_and_quoted_short() {
        let id = "P".repeat(2000);
        let found = problems(&format!("project,juror,score\nP1,J1,3\n{id},J1,4\n"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("line 3: the project cell is 2000 bytes long"),
            "{found:?}"
        );
        assert!(
            found[0].ends_with(&format!("`{}…`", "P".repeat(39))),
            "{found:?}"
        );
    }

    #[test]
    fn a_long_cell_in_a_column_that_is_ignored_is_read() {
        let comment = "a long comment ".repeat(1000);
        let rows =
            read_scores(format!("project,juror,score,comment\nP1,J1,3,\"{comment}\"\n").as_bytes())
                .expect("valid");
        assert_eq!(rows, [ScoreRow::new("P1", "J1", 3.0)]);
    }

    #[test]
    fn a_bad_score_is_quoted_in_at_most_forty_characters() {
        let score = "9x".repeat(200);
        let found = problems(&format!("project,juror,score\nP1,J1,{score}\n"));
        assert_eq!(
            found,
            [format!(
                "line 2: the score `{}…` is not a number",
                &score[..39]
            )]
        );
    }

    #[test]
    fn a_record_over_the_limit_is_refused_with_its_line_and_nothing_after_it() {
        let huge = "1".repeat(3 * 1024 * 1024);
        let found = problems(&format!(
            "project,juror,score\nP1,J1,x\nP2,J1,{huge}\nP3,J1,y\n"
        ));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0], "line 2: the score `x` is not a number");
        assert!(
            found[1].starts_with("line 3: the record is longer than 1024 KiB"),
            "{found:?}"
        );
    }

    #[test]
    fn at_most_a_hundred_problems_are_listed_and_the_others_counted() {
        let mut csv = "project,juror,score\n".to_owned();
        for i in 0..250 {
            csv.push_str(&format!("P{i},J1,bad\n"));
        }
        let found = problems(&csv);
        assert_eq!(found.len(), MAX_PROBLEMS + 1);
        assert_eq!(found[MAX_PROBLEMS], "… and 150 more problems not listed");
    }

    #[test]
    fn an_empty_file_and_a_header_without_rows_are_refused() {
        assert!(problems("")[0].starts_with("the file is empty"));
        assert!(problems("project,juror,score\n")[0].starts_with("the file is empty"));
    }
}
