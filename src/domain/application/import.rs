//! Reading applications exported by another form tool from CSV: one application per row, the
//! same validation as the online form, and every problem reported with its line.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::{Draft, FundingEntry, OrganisationEntry, PartnerEntry, ValidationContext, validate};
use crate::domain::message::Message;
use crate::domain::password::normalise_email;
use crate::domain::text::echo;

/// The columns every import file must have (answers come as `answer_<criterion key>`).
pub const REQUIRED_COLUMNS: [&str; 24] = [
    "applicant_email",
    "applicant_name",
    "title",
    "summary",
    "start_date",
    "end_date",
    "ongoing",
    "language",
    "lead_name",
    "lead_kind",
    "lead_country",
    "partner_name",
    "partner_kind",
    "partner_country",
    "budget_total_eur",
    "eu_funding_eur",
    "beneficiaries",
    "primary_sdg",
    "secondary_sdgs",
    "sdg_targets",
    "lessons_learned",
    "declaration_name",
    "declaration_role",
    "submitted_at",
];

/// One valid row.
#[derive(Clone, Debug)]
pub struct ImportRow {
    /// The line in the file.
    pub line: u64,
    /// The applicant's email (normalised).
    pub email: String,
    /// The applicant's name.
    pub name: String,
    /// The application as typed.
    pub draft: Draft,
    /// When it was received (RFC 3339); None means now.
    pub submitted_at: Option<DateTime<Utc>>,
}

fn yes(value: &str) -> bool {
    matches!(
        value.trim().to_lowercase().as_str(),
        "yes" | "true" | "1" | "y" | "x"
    )
}

/// A problem found on `line` of the file.
fn on_line(line: u64, problem: Message) -> Message {
    Message::new("import-line")
        .number("line", line)
        .message("problem", problem)
}

/// Parses and validates a whole file; returns every problem of every row, or every row.
pub fn parse_import(text: &str, ctx: &ValidationContext) -> Result<Vec<ImportRow>, Vec<Message>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = match reader.headers() {
        Ok(h) if h.iter().any(|c| !c.is_empty()) => h.clone(),
        _ => {
            return Err(vec![Message::new("import-empty")]);
        }
    };
    let index: BTreeMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.to_lowercase(), i))
        .collect();
    let mut wanted: Vec<String> = REQUIRED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    wanted.extend(ctx.criteria.iter().map(|(key, _)| format!("answer_{key}")));
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|c| !index.contains_key(*c))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        let problem = Message::new("import-missing-columns").text("columns", missing.join(", "));
        return Err(vec![problem]);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut emails_titles = BTreeMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                let problem = Message::new("import-unreadable").text("why", e.to_string());
                problems.push(on_line(line, problem));
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let with_nul: Vec<&str> = record
            .iter()
            .zip(headers.iter())
            .filter(|(cell, _)| cell.contains('\0'))
            .map(|(_, header)| header)
            .collect();
        if !with_nul.is_empty() {
            let problem = Message::new("import-nul").text("columns", with_nul.join(", "));
            problems.push(on_line(line, problem));
            continue;
        }
        let get = |column: &str| {
            index
                .get(column)
                .and_then(|i| record.get(*i))
                .unwrap_or("")
                .to_owned()
        };
        let email = match normalise_email(&get("applicant_email")) {
            Ok(email) => email,
            Err(_) => {
                problems.push(on_line(line, Message::new("import-email")));
                continue;
            }
        };
        let key = (email.clone(), get("title").to_lowercase());
        if let Some(first) = emails_titles.insert(key, line) {
            let problem = Message::new("import-duplicate").number("first", first);
            problems.push(on_line(line, problem));
            continue;
        }
        let eu_funding = get("eu_funding_eur");
        let draft = Draft {
            title: get("title"),
            summary: get("summary"),
            start_date: get("start_date"),
            end_date: get("end_date"),
            ongoing: yes(&get("ongoing")),
            language: get("language"),
            category: index
                .get("category")
                .and_then(|i| record.get(*i))
                .unwrap_or("")
                .to_owned(),
            lead: OrganisationEntry {
                name: get("lead_name"),
                kind: get("lead_kind"),
                country: get("lead_country"),
            },
            partners: vec![PartnerEntry {
                organisation: OrganisationEntry {
                    name: get("partner_name"),
                    kind: get("partner_kind"),
                    country: get("partner_country"),
                },
                role: "partner_lrg".to_owned(),
                since_year: index
                    .get("partner_since")
                    .and_then(|i| record.get(*i))
                    .unwrap_or("")
                    .to_owned(),
            }],
            budget_total_eur: get("budget_total_eur"),
            funding: if eu_funding.trim().is_empty() {
                Vec::new()
            } else {
                vec![FundingEntry {
                    source: "European Union".to_owned(),
                    amount_eur: eu_funding,
                    is_eu: true,
                }]
            },
            beneficiaries: get("beneficiaries"),
            primary_sdg: get("primary_sdg"),
            secondary_sdgs: get("secondary_sdgs")
                .split([' ', ',', ';'])
                .filter(|g| !g.trim().is_empty())
                .map(str::to_owned)
                .collect(),
            sdg_targets: get("sdg_targets"),
            answers: ctx
                .criteria
                .iter()
                .map(|(key, _)| (key.clone(), get(&format!("answer_{key}"))))
                .collect(),
            lessons_learned: get("lessons_learned"),
            links: index
                .get("links")
                .and_then(|i| record.get(*i))
                .unwrap_or("")
                .replace(' ', "\n"),
            media_consent: index
                .get("media_consent")
                .and_then(|i| record.get(*i))
                .is_some_and(yes),
            data_consent: true,
            declaration_name: get("declaration_name"),
            declaration_role: get("declaration_role"),
            declaration_signed: true,
        };
        let submitted_at = match get("submitted_at").trim() {
            "" => None,
            text => match DateTime::parse_from_rfc3339(text) {
                Ok(t) => Some(t.with_timezone(&Utc)),
                Err(_) => {
                    let problem = Message::new("import-submitted-at").text("value", echo(text));
                    problems.push(on_line(line, problem));
                    continue;
                }
            },
        };
        match validate(&draft, ctx) {
            Ok(_) => rows.push(ImportRow {
                line,
                email,
                name: get("applicant_name"),
                draft,
                submitted_at,
            }),
            Err(found) => problems.extend(found.into_iter().map(|p| on_line(line, p.message))),
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(Message::new("import-no-rows"));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}
