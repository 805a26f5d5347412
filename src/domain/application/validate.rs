//! Validation of a draft: every problem at once, each naming its field; a complete, valid draft
//! becomes an [`Application`].

use crate::domain::limits;
use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    ANSWER_LIMIT, Draft, LESSONS_LIMIT, MAX_LINKS, MAX_PARTNERS, MAX_SECONDARY_SDGS,
    OrganisationEntry, PARTNER_ROLES, SUMMARY_LIMIT, Section, TITLE_LIMIT, char_count,
    is_organisation_kind,
};
use crate::domain::text::echo;
use crate::domain::{countries, sdg};

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The field's id in the form, e.g. `title` or `partners.0.country`.
    pub field: String,
    /// What is wrong, starting with the field's label.
    pub message: String,
}

/// What validation needs to know about the edition.
#[derive(Clone, Debug, Default)]
pub struct ValidationContext {
    /// The rubric's criteria: (key, name), in order.
    pub criteria: Vec<(String, String)>,
    /// Accepted language codes, e.g. `["en", "fr"]`.
    pub languages: Vec<String>,
    /// Category codes; empty when the edition has none.
    pub categories: Vec<String>,
    /// The current year (for "since" years).
    pub current_year: i32,
}

/// A partner of a valid application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    /// Name.
    pub name: String,
    /// Organisation kind.
    pub kind: String,
    /// ISO alpha-2 country.
    pub country: String,
    /// Role in the partnership.
    pub role: String,
    /// Year the partnership began.
    pub since_year: Option<i32>,
}

/// A complete, valid application: what is frozen when it is submitted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Start date.
    pub start_date: NaiveDate,
    /// End date, unless ongoing.
    pub end_date: Option<NaiveDate>,
    /// Language code.
    pub language: String,
    /// Category code.
    pub category: Option<String>,
    /// The lead.
    pub lead: Partner,
    /// Partners and associates.
    pub partners: Vec<Partner>,
    /// Total budget, in euro cents.
    pub budget_total_cents: i64,
    /// Funding sources: (source, euro cents, is EU).
    pub funding: Vec<(String, i64, bool)>,
    /// Estimated beneficiaries.
    pub beneficiaries: i64,
    /// Primary SDG.
    pub primary_sdg: u8,
    /// Secondary SDGs.
    pub secondary_sdgs: Vec<u8>,
    /// SDG targets, normalised (e.g. "11.3", "6.a").
    pub sdg_targets: Vec<String>,
    /// One answer per criterion key.
    pub answers: BTreeMap<String, String>,
    /// Lessons learned.
    pub lessons_learned: String,
    /// Links.
    pub links: Vec<String>,
    /// Consent to publish.
    pub media_consent: bool,
    /// Signatory's name.
    pub declaration_name: String,
    /// Signatory's function.
    pub declaration_role: String,
}

/// The largest amount accepted, in euros (a thousand billion).
const MAX_EUROS: i64 = 1_000_000_000_000;

struct Check<'a> {
    ctx: &'a ValidationContext,
    only: Option<Section>,
    problems: Vec<Problem>,
}

impl Check<'_> {
    fn wants(&self, section: Section) -> bool {
        self.only.is_none_or(|only| only == section)
    }

    fn problem(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            field: field.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, field: &str, label: &str, value: &str, limit: usize) -> Option<String> {
        let count = char_count(value);
        if count == 0 {
            self.problem(field, format!("{label}: please fill this in"));
            None
        } else if count > limit {
            self.problem(
                field,
                format!("{label}: has {count} characters; the limit is {limit}"),
            );
            None
        } else {
            Some(value.trim().to_owned())
        }
    }

    fn date(&mut self, field: &str, label: &str, value: &str) -> Option<NaiveDate> {
        let value = value.trim();
        if value.is_empty() {
            self.problem(field, format!("{label}: please give a date"));
            return None;
        }
        let parsed = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.problem(
                field,
                format!(
                    "{label}: `{}` is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01",
                    echo(value)
                ),
            );
        }
        parsed
    }

    fn euros(&mut self, field: &str, label: &str, value: &str) -> Option<i64> {
        let cleaned: String = value
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '_' && *c != '€')
            .collect();
        if cleaned.is_empty() {
            self.problem(field, format!("{label}: please give an amount in euros"));
            return None;
        }
        let cents = Decimal::from_str(&cleaned)
            .ok()
            .filter(|d| !d.is_sign_negative() && *d <= Decimal::from(MAX_EUROS))
            .and_then(|d| d.checked_mul(Decimal::from(100)))
            .map(|d| d.round())
            .and_then(|d| i64::try_from(d).ok());
        if cents.is_none() {
            self.problem(
                field,
                format!(
                    "{label}: `{}` is not an amount up to a thousand billion euros; use digits and a point for cents, e.g. 125000 or 125000.50",
                    echo(value.trim())
                ),
            );
        }
        cents
    }

    fn organisation(
        &mut self,
        prefix: &str,
        label: &str,
        entry: &OrganisationEntry,
    ) -> Option<(String, String, String)> {
        let name = self.text(
            &format!("{prefix}.name"),
            &format!("{label}, name"),
            &entry.name,
            limits::LINE,
        );
        let kind = if is_organisation_kind(&entry.kind) {
            Some(entry.kind.clone())
        } else {
            self.problem(
                format!("{prefix}.kind"),
                format!("{label}, kind of organisation: please choose one"),
            );
            None
        };
        let country = entry.country.trim().to_uppercase();
        let country = if countries::is_known(&country) {
            Some(country)
        } else {
            self.problem(
                format!("{prefix}.country"),
                format!("{label}, country: please choose a country"),
            );
            None
        };
        Some((name?, kind?, country?))
    }
}

/// Validates one section of a draft (for the progress view).
pub fn validate_section(draft: &Draft, ctx: &ValidationContext, section: Section) -> Vec<Problem> {
    let mut check = Check {
        ctx,
        only: Some(section),
        problems: Vec::new(),
    };
    let _ = run(&mut check, draft);
    check.problems
}

/// Validates a whole draft; returns every problem, or the application.
pub fn validate(draft: &Draft, ctx: &ValidationContext) -> Result<Application, Vec<Problem>> {
    let mut check = Check {
        ctx,
        only: None,
        problems: Vec::new(),
    };
    let application = run(&mut check, draft);
    match application {
        Some(application) if check.problems.is_empty() => Ok(application),
        _ => Err(check.problems),
    }
}

fn run(check: &mut Check<'_>, draft: &Draft) -> Option<Application> {
    let project = check.wants(Section::Project).then(|| project(check, draft));
    let partnership = check
        .wants(Section::Partnership)
        .then(|| partnership(check, draft));
    let budget = check.wants(Section::Budget).then(|| budget(check, draft));
    let sdgs = check.wants(Section::Sdgs).then(|| sdgs(check, draft));
    let answers = check.wants(Section::Answers).then(|| answers(check, draft));
    let evidence = check
        .wants(Section::Evidence)
        .then(|| evidence(check, draft));
    let declaration = check
        .wants(Section::Declaration)
        .then(|| declaration(check, draft));
    let (title, summary, start_date, end_date, language, category) = project??;
    let (lead, partners) = partnership??;
    let (budget_total_cents, funding, beneficiaries) = budget??;
    let (primary_sdg, secondary_sdgs, sdg_targets) = sdgs??;
    let (lessons_learned, links) = evidence??;
    let (declaration_name, declaration_role) = declaration??;
    Some(Application {
        title,
        summary,
        start_date,
        end_date,
        language,
        category,
        lead,
        partners,
        budget_total_cents,
        funding,
        beneficiaries,
        primary_sdg,
        secondary_sdgs,
        sdg_targets,
        answers: answers??,
        lessons_learned,
        links,
        media_consent: draft.media_consent,
        declaration_name,
        declaration_role,
    })
}

type ProjectPart = (
    String,
    String,
    NaiveDate,
    Option<NaiveDate>,
    String,
    Option<String>,
);

fn project(check: &mut Check<'_>, d: &Draft) -> Option<ProjectPart> {
    let title = check.text("title", "Project title", &d.title, TITLE_LIMIT);
    let summary = check.text("summary", "Summary", &d.summary, SUMMARY_LIMIT);
    let start = check.date("start_date", "Start date", &d.start_date);
    let end = if d.ongoing {
        Some(None)
    } else if d.end_date.trim().is_empty() {
        check.problem(
            "end_date",
            "End date: please give the end date, or tick \"The project is ongoing\"",
        );
        None
    } else {
        check.date("end_date", "End date", &d.end_date).map(Some)
    };
    if let (Some(start), Some(Some(end))) = (start, end)
        && end < start
    {
        check.problem("end_date", "End date: is before the start date");
    }
    let language = if check.ctx.languages.contains(&d.language) {
        Some(d.language.clone())
    } else {
        let accepted = check.ctx.languages.join(", ");
        check.problem(
            "language",
            format!("Language of the application: please choose one of {accepted}"),
        );
        None
    };
    let category = if check.ctx.categories.is_empty() {
        Some(None)
    } else if check.ctx.categories.contains(&d.category) {
        Some(Some(d.category.clone()))
    } else {
        check.problem("category", "Category: please choose a category");
        None
    };
    Some((title?, summary?, start?, end?, language?, category?))
}

fn since_year(
    check: &mut Check<'_>,
    field: String,
    label: &str,
    value: &str,
) -> Option<Option<i32>> {
    let value = value.trim();
    if value.is_empty() {
        return Some(None);
    }
    match value.parse::<i32>() {
        Ok(year) if (1945..=check.ctx.current_year).contains(&year) => Some(Some(year)),
        _ => {
            let now = check.ctx.current_year;
            check.problem(
                field,
                format!(
                    "{label}, partners since: `{}` is not a year between 1945 and {now}",
                    echo(value)
                ),
            );
            None
        }
    }
}

fn partnership(check: &mut Check<'_>, d: &Draft) -> Option<(Partner, Vec<Partner>)> {
    let lead = check.organisation("lead", "Lead government", &d.lead);
    if d.partners.len() > MAX_PARTNERS {
        check.problem(
            "partners",
            format!("Partners: at most {MAX_PARTNERS} partners and associates"),
        );
    }
    let mut partners = Vec::new();
    let mut complete = true;
    for (i, p) in d.partners.iter().enumerate() {
        let label = format!("Partner {}", i + 1);
        let org = check.organisation(&format!("partners.{i}"), &label, &p.organisation);
        let role = if PARTNER_ROLES.iter().any(|(r, _)| *r == p.role) {
            Some(p.role.clone())
        } else {
            check.problem(
                format!("partners.{i}.role"),
                format!("{label}, role: please choose one"),
            );
            None
        };
        let since = since_year(
            check,
            format!("partners.{i}.since_year"),
            &label,
            &p.since_year,
        );
        match (org, role, since) {
            (Some((name, kind, country)), Some(role), Some(since_year)) => partners.push(Partner {
                name,
                kind,
                country,
                role,
                since_year,
            }),
            _ => complete = false,
        }
    }
    if !d.partners.iter().any(|p| p.role == "partner_lrg") {
        check.problem(
            "partners",
            "Partners: add at least one partner local or regional government (role \"Partner local or regional government\")",
        );
        complete = false;
    }
    let (name, kind, country) = lead?;
    complete.then_some((
        Partner {
            name,
            kind,
            country,
            role: "lead".to_owned(),
            since_year: None,
        },
        partners,
    ))
}

type BudgetPart = (i64, Vec<(String, i64, bool)>, i64);

fn budget(check: &mut Check<'_>, d: &Draft) -> Option<BudgetPart> {
    let total = check.euros("budget_total_eur", "Total budget", &d.budget_total_eur);
    let mut funding = Vec::new();
    let mut complete = true;
    for (i, f) in d.funding.iter().enumerate() {
        if f.source.trim().is_empty() && f.amount_eur.trim().is_empty() {
            continue;
        }
        let label = format!("Funding source {}", i + 1);
        let source = check.text(
            &format!("funding.{i}.source"),
            &format!("{label}, funder"),
            &f.source,
            limits::LINE,
        );
        let amount = check.euros(
            &format!("funding.{i}.amount_eur"),
            &format!("{label}, amount"),
            &f.amount_eur,
        );
        match (source, amount) {
            (Some(source), Some(amount)) => funding.push((source, amount, f.is_eu)),
            _ => complete = false,
        }
    }
    let funded: i128 = funding
        .iter()
        .map(|(_, amount, _)| i128::from(*amount))
        .sum();
    if let Some(total) = total
        && funded > i128::from(total)
    {
        check.problem(
            "funding",
            "Funding sources: they add up to more than the total budget",
        );
        complete = false;
    }
    let beneficiaries = match d
        .beneficiaries
        .trim()
        .replace([' ', '_'], "")
        .parse::<i64>()
    {
        Ok(n) if n >= 0 => Some(n),
        _ if d.beneficiaries.trim().is_empty() => {
            check.problem(
                "beneficiaries",
                "Estimated beneficiaries: please give a number",
            );
            None
        }
        _ => {
            check.problem(
                "beneficiaries",
                format!(
                    "Estimated beneficiaries: `{}` is not a whole number",
                    echo(d.beneficiaries.trim())
                ),
            );
            None
        }
    };
    let total = total?;
    complete.then_some((total, funding, beneficiaries?))
}

fn goal(check: &mut Check<'_>, field: &str, label: &str, value: &str) -> Option<u8> {
    match value.trim().parse::<u8>() {
        Ok(goal) if sdg::goal_name(goal).is_some() => Some(goal),
        _ => {
            check.problem(field, format!("{label}: please choose a goal from 1 to 17"));
            None
        }
    }
}

fn sdgs(check: &mut Check<'_>, d: &Draft) -> Option<(u8, Vec<u8>, Vec<String>)> {
    let primary = goal(check, "primary_sdg", "Primary goal", &d.primary_sdg);
    let chosen: Vec<&String> = d
        .secondary_sdgs
        .iter()
        .filter(|g| !g.trim().is_empty())
        .collect();
    if chosen.len() > MAX_SECONDARY_SDGS {
        check.problem(
            "secondary_sdgs",
            format!("Secondary goals: choose at most {MAX_SECONDARY_SDGS}"),
        );
    }
    let mut secondary = Vec::new();
    for value in chosen {
        if let Some(g) = goal(check, "secondary_sdgs", "Secondary goals", value) {
            if Some(g) == primary {
                check.problem(
                    "secondary_sdgs",
                    format!("Secondary goals: goal {g} is already the primary goal"),
                );
            } else if !secondary.contains(&g) {
                secondary.push(g);
            }
        }
    }
    secondary.sort_unstable();
    let mut targets = Vec::new();
    for code in d
        .sdg_targets
        .split([',', ';', ' ', '\n'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        match sdg::parse_target(code) {
            Ok(target) => {
                let selected = Some(target.goal) == primary || secondary.contains(&target.goal);
                if !selected {
                    check.problem(
                        "sdg_targets",
                        format!(
                            "SDG targets: {target} belongs to goal {}, which you have not chosen",
                            target.goal
                        ),
                    );
                } else if !targets.contains(&target.to_string()) {
                    targets.push(target.to_string());
                }
            }
            Err(message) => check.problem("sdg_targets", format!("SDG targets: {message}")),
        }
    }
    let within_limit = secondary.len() <= MAX_SECONDARY_SDGS;
    within_limit.then_some((primary?, secondary, targets))
}

fn answers(check: &mut Check<'_>, d: &Draft) -> Option<BTreeMap<String, String>> {
    let mut answers = BTreeMap::new();
    let mut complete = true;
    let criteria = check.ctx.criteria.clone();
    for (key, name) in &criteria {
        let value = d.answers.get(key).map_or("", String::as_str);
        match check.text(&format!("answers.{key}"), name, value, ANSWER_LIMIT) {
            Some(answer) => {
                answers.insert(key.clone(), answer);
            }
            None => complete = false,
        }
    }
    complete.then_some(answers)
}

fn evidence(check: &mut Check<'_>, d: &Draft) -> Option<(String, Vec<String>)> {
    let lessons = check.text(
        "lessons_learned",
        "Lessons learned",
        &d.lessons_learned,
        LESSONS_LIMIT,
    );
    let links: Vec<String> = d
        .links
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let mut complete = true;
    if links.len() > MAX_LINKS {
        check.problem("links", format!("Links: at most {MAX_LINKS}, one per line"));
        complete = false;
    }
    for link in &links {
        if let Err(problem) = limits::check_length("Links, one address", link, limits::LINK) {
            check.problem("links", problem);
            complete = false;
            continue;
        }
        let web = url::Url::parse(link)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if web.is_none() {
            check.problem(
                "links",
                format!(
                    "Links: `{}` is not a web address starting with https://",
                    echo(link)
                ),
            );
            complete = false;
        }
    }
    let lessons = lessons?;
    complete.then_some((lessons, links))
}

fn declaration(check: &mut Check<'_>, d: &Draft) -> Option<(String, String)> {
    if !d.data_consent {
        check.problem(
            "data_consent",
            "Personal data: please consent to the processing of the personal data in this application",
        );
    }
    let name = check.text(
        "declaration_name",
        "Signed by, name",
        &d.declaration_name,
        limits::LINE,
    );
    let role = check.text(
        "declaration_role",
        "Signed by, function",
        &d.declaration_role,
        limits::LINE,
    );
    if !d.declaration_signed {
        check.problem(
            "declaration_signed",
            "Declaration: the authorised person must tick the declaration",
        );
    }
    let signed = d.data_consent && d.declaration_signed;
    let (name, role) = (name?, role?);
    signed.then_some((name, role))
}
