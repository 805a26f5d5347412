//! CSV exports, written with the `csv` crate: UTF-8 with a header row, or Excel-friendly (a
//! byte-order mark and `;` between cells), and every cell typed by a person (titles, names,
//! comments, reasons, audit details) that a spreadsheet would run as a formula (starting with =,
//! +, -, @, tab or carriage return) neutralised with a leading apostrophe. Numbers, dates, ids and
//! codes that Laurel writes itself are left as they are, so that `-1.5` stays a number.
//!
//! This module holds the pure part (options, pseudonyms, the cells of every row, and in
//! [`results`] the ranking and juror statistics computed as on the results page); [`stream`]
//! reads the database page by page and writes the bytes to any asynchronous sink, which the web
//! routes and `laurel export` share.

pub mod results;
pub mod rows;
pub mod stream;

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use crate::db::screening::SubmissionRow;
use crate::domain::countries;

pub use rows::{AuditLine, ConflictLine, DecisionLine, ScoreLine};

/// Makes a cell safe to open in a spreadsheet.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// The UTF-8 byte-order mark that tells Excel the file is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How an export is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Excel-friendly: a byte-order mark first and `;` between cells.
    pub excel: bool,
    /// Jurors by name instead of their pseudonym.
    pub names: bool,
}

impl CsvOptions {
    /// The cell separator.
    pub fn delimiter(self) -> u8 {
        if self.excel { b';' } else { b',' }
    }

    /// A CSV writer over `out` with these options (the byte-order mark is the caller's).
    pub fn writer<W: Write>(self, out: W) -> csv::Writer<W> {
        csv::WriterBuilder::new()
            .delimiter(self.delimiter())
            .from_writer(out)
    }
}

/// What can be exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportKind {
    /// One row per submitted scorecard score (long form), readable by `laurel analyze`.
    Scores,
    /// One row per submission.
    Submissions,
    /// One row per conflict-of-interest declaration.
    Conflicts,
    /// The audit log of the edition.
    Audit,
    /// How the results are computed: rubric, hash, weights, thresholds, method, seed, version.
    Method,
    /// The official ranking with rank intervals, flags and every method's ranks (from the
    /// consensus phase, once the official method is recorded; counts as showing the results).
    Ranking,
    /// One row per juror: scores, mean weighted total, leniency offset and its standard error
    /// (same rules as the ranking).
    Jurors,
    /// One row per award decision: prize, ex aequo, rationale, the tally, the chair's
    /// confirmation.
    Decisions,
}

impl ExportKind {
    /// Every export, in the order they are listed.
    pub const ALL: [ExportKind; 8] = [
        ExportKind::Scores,
        ExportKind::Submissions,
        ExportKind::Conflicts,
        ExportKind::Audit,
        ExportKind::Method,
        ExportKind::Ranking,
        ExportKind::Jurors,
        ExportKind::Decisions,
    ];

    /// The stable name used in file names and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportKind::Scores => "scores",
            ExportKind::Submissions => "submissions",
            ExportKind::Conflicts => "conflicts",
            ExportKind::Audit => "audit",
            ExportKind::Method => "method",
            ExportKind::Ranking => "ranking",
            ExportKind::Jurors => "jurors",
            ExportKind::Decisions => "decisions",
        }
    }

    /// The file name of the export of an edition.
    pub fn file_name(self, edition_id: i32) -> String {
        format!("{}-edition-{edition_id}.csv", self.as_str())
    }
}

impl fmt::Display for ExportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ExportKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown export `{s}`"))
    }
}

pub use crate::domain::jury::pseudonym;

/// A criterion weight in basis points as an exact decimal: 1500 becomes `0.15`.
pub fn weight_decimal(weight_bp: u32) -> String {
    rust_decimal::Decimal::new(i64::from(weight_bp), 4)
        .normalize()
        .to_string()
}

/// Writes the submissions of an edition, one row each.
pub fn write_submissions<W: Write>(
    out: &mut csv::Writer<W>,
    edition: &str,
    rows: &[SubmissionRow],
) -> csv::Result<()> {
    out.write_record([
        "edition",
        "submission_id",
        "status",
        "title",
        "lead",
        "lead_country",
        "partner_countries",
        "category",
        "sdgs",
        "eligibility",
        "eligibility_automatic",
        "eligibility_override_reason",
        "submitted_at_utc",
    ])?;
    for row in rows {
        let (outcome, automatic, reason) = match &row.eligibility {
            Some(e) => (
                e.outcome().as_str().to_owned(),
                e.automatic.as_str().to_owned(),
                e.override_decision
                    .as_ref()
                    .map(|d| d.reason.clone())
                    .unwrap_or_default(),
            ),
            None => (String::new(), String::new(), String::new()),
        };
        let partners: Vec<String> = row
            .partner_countries
            .iter()
            .map(|c| countries::name(c).unwrap_or_else(|| c.clone()))
            .collect();
        let cells = [
            edition.to_owned(),
            row.id.to_string(),
            row.status.as_str().to_owned(),
            row.title.clone(),
            row.lead.clone(),
            countries::name(&row.lead_country).unwrap_or_else(|| row.lead_country.clone()),
            partners.join("; "),
            row.category.clone().unwrap_or_default(),
            row.sdgs
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" "),
            outcome,
            automatic,
            reason,
            row.submitted_at.map(rows::utc).unwrap_or_default(),
        ];
        out.write_record(cells.iter().map(|c| neutralise(c)))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_others_untouched() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("\rx"), "'\rx");
        assert_eq!(neutralise("Roeselare"), "Roeselare");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn a_pseudonym_is_stable_short_and_differs_between_jurors_and_editions() {
        let a = pseudonym(1, 7);
        assert_eq!(a, pseudonym(1, 7));
        assert!(a.starts_with("J-") && a.len() == 10, "{a}");
        assert_ne!(a, pseudonym(1, 8));
        assert_ne!(a, pseudonym(2, 7));
    }

    #[test]
    fn weights_are_written_as_exact_decimals() {
        assert_eq!(weight_decimal(1500), "0.15");
        assert_eq!(weight_decimal(1250), "0.125");
        assert_eq!(weight_decimal(10_000), "1");
        assert_eq!(weight_decimal(3333), "0.3333");
    }

    #[test]
    fn the_excel_option_separates_cells_with_semicolons() {
        let mut out = CsvOptions {
            excel: true,
            names: false,
        }
        .writer(Vec::new());
        out.write_record(["a", "b;c"]).expect("written");
        let bytes = out.into_inner().expect("flushed");
        assert_eq!(bytes, b"a;\"b;c\"\n");
    }

    #[test]
    fn export_kinds_read_back_from_their_names() {
        for kind in ExportKind::ALL {
            assert_eq!(kind.as_str().parse::<ExportKind>(), Ok(kind));
        }
        assert!("everything".parse::<ExportKind>().is_err());
    }
}
