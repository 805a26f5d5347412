//! CSV exports, written with the `csv` crate: UTF-8, a header row, and every cell that a
//! spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
//! neutralised with a leading apostrophe.

use std::io::Write;

use crate::db::screening::SubmissionRow;
use crate::domain::countries;

/// Makes a cell safe to open in a spreadsheet.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// Writes the submissions of an edition, one row each.
pub fn write_submissions<W: Write>(
    out: W,
    edition: &str,
    rows: &[SubmissionRow],
) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
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
            row.status.clone(),
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
            row.submitted_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ];
        writer.write_record(cells.iter().map(|c| neutralise(c)))?;
    }
    writer.flush()?;
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
        assert_eq!(neutralise("Roeselare"), "Roeselare");
        assert_eq!(neutralise(""), "");
    }
}
