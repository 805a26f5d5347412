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
use crate::domain::message::Message;
use crate::domain::text::echo;
use crate::domain::{countries, sdg};

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The field's id in the form, e.g. `title` or `partners.0.country`.
    pub field: String,
    /// What is wrong, starting with the field's label.
    pub message: Message,
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

    fn problem(&mut self, field: impl Into<String>, message: Message) {
        self.problems.push(Problem {
            field: field.into(),
            message,
        });
    }

    /// A `problem` about the field of `label`.
    fn labelled(&mut self, field: impl Into<String>, problem: Message, label: Message) {
        self.problem(field, problem.message("label", label));
    }

    fn text(&mut self, field: &str, label: Message, value: &str, limit: usize) -> Option<String> {
        let count = char_count(value);
        if count == 0 {
            self.labelled(field, Message::new("problem-empty"), label);
            None
        } else if count > limit {
            let problem = Message::new("problem-too-long")
                .message("label", label)
                .number("count", count)
                .number("limit", limit);
            self.problem(field, problem);
            None
        } else {
            Some(value.trim().to_owned())
        }
    }

    fn date(&mut self, field: &str, label: Message, value: &str) -> Option<NaiveDate> {
        let value = value.trim();
        if value.is_empty() {
            self.labelled(field, Message::new("problem-date-missing"), label);
            return None;
        }
        let parsed = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
        if parsed.is_none() {
            let problem = Message::new("problem-date-format")
                .message("label", label)
                .text("value", echo(value));
            self.problem(field, problem);
        }
        parsed
    }

    fn euros(&mut self, field: &str, label: Message, value: &str) -> Option<i64> {
        let cleaned: String = value
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '_' && *c != '€')
            .collect();
        if cleaned.is_empty() {
            self.labelled(field, Message::new("problem-amount-missing"), label);
            return None;
        }
        let cents = Decimal::from_str(&cleaned)
            .ok()
            .filter(|d| !d.is_sign_negative() && *d <= Decimal::from(MAX_EUROS))
            .and_then(|d| d.checked_mul(Decimal::from(100)))
            .map(|d| d.round())
            .and_then(|d| i64::try_from(d).ok());
        if cents.is_none() {
            let problem = Message::new("problem-amount-format")
                .message("label", label)
                .text("value", echo(value.trim()));
            self.problem(field, problem);
        }
        cents
    }

    fn organisation(
        &mut self,
        prefix: &str,
        label: &Message,
        entry: &OrganisationEntry,
    ) -> Option<(String, String, String)> {
        let name = self.text(
            &format!("{prefix}.name"),
            part(label, Message::new("part-name")),
            &entry.name,
            limits::LINE,
        );
        let kind = if is_organisation_kind(&entry.kind) {
            Some(entry.kind.clone())
        } else {
            let field = format!("{prefix}.kind");
            self.labelled(
                field,
                Message::new("problem-choose-one"),
                part(label, Message::new("part-kind")),
            );
            None
        };
        let country = entry.country.trim().to_uppercase();
        let country = if countries::is_known(&country) {
            Some(country)
        } else {
            let field = format!("{prefix}.country");
            let label = part(label, Message::new("part-country"));
            self.labelled(field, Message::new("problem-choose-country"), label);
            None
        };
        Some((name?, kind?, country?))
    }
}

/// The label of a part of a numbered field: "Partner 2, country".
fn part(whole: &Message, part: Message) -> Message {
    Message::new("field-part")
        .message("whole", whole.clone())
        .message("part", part)
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
    let title = check.text("title", Message::new("field-title"), &d.title, TITLE_LIMIT);
    let summary = check.text(
        "summary",
        Message::new("field-summary"),
        &d.summary,
        SUMMARY_LIMIT,
    );
    let start = check.date(
        "start_date",
        Message::new("field-start-date"),
        &d.start_date,
    );
    let end = if d.ongoing {
        Some(None)
    } else if d.end_date.trim().is_empty() {
        check.problem("end_date", Message::new("problem-end-date-missing"));
        None
    } else {
        let end_label = Message::new("field-end-date");
        check.date("end_date", end_label, &d.end_date).map(Some)
    };
    if let (Some(start), Some(Some(end))) = (start, end)
        && end < start
    {
        check.problem("end_date", Message::new("problem-end-before-start"));
    }
    let language = if check.ctx.languages.contains(&d.language) {
        Some(d.language.clone())
    } else {
        let accepted = check
            .ctx
            .languages
            .iter()
            .map(|code| Message::new("language-named").language("name", code))
            .reduce(|first, next| {
                Message::new("list")
                    .message("first", first)
                    .message("next", next)
            })
            .unwrap_or_else(|| Message::new("eligibility-none-named"));
        let problem = Message::new("problem-language").message("accepted", accepted);
        check.problem("language", problem);
        None
    };
    let category = if check.ctx.categories.is_empty() {
        Some(None)
    } else if check.ctx.categories.contains(&d.category) {
        Some(Some(d.category.clone()))
    } else {
        check.problem("category", Message::new("problem-category"));
        None
    };
    Some((title?, summary?, start?, end?, language?, category?))
}

fn since_year(
    check: &mut Check<'_>,
    field: String,
    label: &Message,
    value: &str,
) -> Option<Option<i32>> {
    let value = value.trim();
    if value.is_empty() {
        return Some(None);
    }
    match value.parse::<i32>() {
        Ok(year) if (1945..=check.ctx.current_year).contains(&year) => Some(Some(year)),
        _ => {
            let problem = Message::new("problem-since-year")
                .message("label", part(label, Message::new("part-since")))
                .text("value", echo(value))
                .number("year", check.ctx.current_year);
            check.problem(field, problem);
            None
        }
    }
}

fn partnership(check: &mut Check<'_>, d: &Draft) -> Option<(Partner, Vec<Partner>)> {
    let lead = check.organisation("lead", &Message::new("field-lead"), &d.lead);
    if d.partners.len() > MAX_PARTNERS {
        let problem = Message::new("problem-too-many-partners").number("max", MAX_PARTNERS);
        check.problem("partners", problem);
    }
    let mut partners = Vec::new();
    let mut complete = true;
    for (i, p) in d.partners.iter().enumerate() {
        let label = Message::new("field-partner").number("number", i + 1);
        let org = check.organisation(&format!("partners.{i}"), &label, &p.organisation);
        let role = if PARTNER_ROLES.iter().any(|(r, _)| *r == p.role) {
            Some(p.role.clone())
        } else {
            let field = format!("partners.{i}.role");
            check.labelled(
                field,
                Message::new("problem-choose-one"),
                part(&label, Message::new("part-role")),
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
        check.problem("partners", Message::new("problem-no-partner-government"));
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
    let total_label = Message::new("field-total-budget");
    let total = check.euros("budget_total_eur", total_label, &d.budget_total_eur);
    let mut funding = Vec::new();
    let mut complete = true;
    for (i, f) in d.funding.iter().enumerate() {
        if f.source.trim().is_empty() && f.amount_eur.trim().is_empty() {
            continue;
        }
        let label = Message::new("field-funding-source").number("number", i + 1);
        let source = check.text(
            &format!("funding.{i}.source"),
            part(&label, Message::new("part-funder")),
            &f.source,
            limits::LINE,
        );
        let amount = check.euros(
            &format!("funding.{i}.amount_eur"),
            part(&label, Message::new("part-amount")),
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
        check.problem("funding", Message::new("problem-funding-exceeds"));
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
                Message::new("problem-beneficiaries-missing"),
            );
            None
        }
        _ => {
            let problem = Message::new("problem-beneficiaries-format")
                .text("value", echo(d.beneficiaries.trim()));
            check.problem("beneficiaries", problem);
            None
        }
    };
    let total = total?;
    complete.then_some((total, funding, beneficiaries?))
}

fn goal(check: &mut Check<'_>, field: &str, label: Message, value: &str) -> Option<u8> {
    match value.trim().parse::<u8>() {
        Ok(goal) if sdg::goal_name(goal).is_some() => Some(goal),
        _ => {
            check.labelled(field, Message::new("problem-goal"), label);
            None
        }
    }
}

fn sdgs(check: &mut Check<'_>, d: &Draft) -> Option<(u8, Vec<u8>, Vec<String>)> {
    let primary = goal(
        check,
        "primary_sdg",
        Message::new("field-primary-goal"),
        &d.primary_sdg,
    );
    let chosen: Vec<&String> = d
        .secondary_sdgs
        .iter()
        .filter(|g| !g.trim().is_empty())
        .collect();
    if chosen.len() > MAX_SECONDARY_SDGS {
        let problem = Message::new("problem-too-many-goals").number("max", MAX_SECONDARY_SDGS);
        check.problem("secondary_sdgs", problem);
    }
    let mut secondary = Vec::new();
    for value in chosen {
        if let Some(g) = goal(
            check,
            "secondary_sdgs",
            Message::new("field-secondary-goals"),
            value,
        ) {
            if Some(g) == primary {
                let problem = Message::new("problem-goal-is-primary").number("goal", g);
                check.problem("secondary_sdgs", problem);
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
                    let problem = Message::new("problem-target-not-chosen")
                        .text("target", target.to_string())
                        .number("goal", target.goal);
                    check.problem("sdg_targets", problem);
                } else if !targets.contains(&target.to_string()) {
                    targets.push(target.to_string());
                }
            }
            Err(why) => {
                let problem = Message::new("problem-target").message("why", why);
                check.problem("sdg_targets", problem);
            }
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
        let name = Message::new("field-criterion").text("name", name.as_str());
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
        Message::new("field-lessons"),
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
        let problem = Message::new("problem-too-many-links").number("max", MAX_LINKS);
        check.problem("links", problem);
        complete = false;
    }
    for link in &links {
        let length = char_count(link);
        if length > limits::LINK {
            let problem = Message::new("problem-length")
                .message("label", Message::new("field-link"))
                .number("max", limits::LINK)
                .number("count", length);
            check.problem("links", problem);
            complete = false;
            continue;
        }
        let web = url::Url::parse(link)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if web.is_none() {
            let problem = Message::new("problem-link").text("value", echo(link));
            check.problem("links", problem);
            complete = false;
        }
    }
    let lessons = lessons?;
    complete.then_some((lessons, links))
}

fn declaration(check: &mut Check<'_>, d: &Draft) -> Option<(String, String)> {
    if !d.data_consent {
        check.problem("data_consent", Message::new("problem-data-consent"));
    }
    let name = check.text(
        "declaration_name",
        Message::new("field-signed-name"),
        &d.declaration_name,
        limits::LINE,
    );
    let role = check.text(
        "declaration_role",
        Message::new("field-signed-role"),
        &d.declaration_role,
        limits::LINE,
    );
    if !d.declaration_signed {
        check.problem("declaration_signed", Message::new("problem-declaration"));
    }
    let signed = d.data_consent && d.declaration_signed;
    let (name, role) = (name?, role?);
    signed.then_some((name, role))
}
