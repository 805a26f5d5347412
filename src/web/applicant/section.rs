//! One section of the application form: what its template shows (the applicant's values, the
//! choices, limits, guiding questions, and problems next to their fields).

use std::collections::BTreeMap;

use askama::Template;

use super::context::Loaded;
use super::pages::problems_by_field;
use crate::db::attachments::Attachment;
use crate::domain::application::{
    ANSWER_LIMIT, Draft, FundingEntry, LESSONS_LIMIT, ORGANISATION_KINDS, PARTNER_ROLES,
    PartnerEntry, Problem, SUMMARY_LIMIT, Section, TITLE_LIMIT,
};
use crate::domain::sdg;
use crate::web::pages::Nav;

/// A link to a section in the side list.
pub struct SectionLink {
    section: Section,
    current: bool,
}

/// A criterion with the applicant's answer.
pub struct CriterionView {
    key: String,
    name: String,
    description: String,
    questions: Vec<String>,
    answer: String,
}

/// The section page.
#[derive(Template)]
#[template(path = "applicant/section.html", config = "src/web/askama.toml")]
pub struct SectionTemplate {
    nav: Nav,
    id: i32,
    edition: String,
    section: &'static str,
    section_title: String,
    is_last: bool,
    sections: Vec<SectionLink>,
    draft: Draft,
    stamp: String,
    problems: BTreeMap<String, String>,
    /// The problems for the summary at the top: one per field, in the order of the form.
    summary: Vec<(String, String)>,
    last_saved: String,
    languages: Vec<(String, String)>,
    categories: Vec<(String, String)>,
    kinds: Vec<(&'static str, String)>,
    roles: Vec<(&'static str, String)>,
    countries: Vec<(String, String)>,
    goals: Vec<(String, String)>,
    criteria: Vec<CriterionView>,
    partner_rows: Vec<PartnerEntry>,
    funding_rows: Vec<FundingEntry>,
    title_limit: usize,
    summary_limit: usize,
    answer_limit: usize,
    lessons_limit: usize,
    attachments: Vec<Attachment>,
    is_draft: bool,
    open: bool,
    submitted_at: String,
    max_attachments: usize,
}

impl SectionTemplate {
    /// The problem of a field, if any.
    pub fn err(&self, field: &str) -> Option<&String> {
        self.problems.get(field)
    }

    /// The problem of a field of a partner or funding row.
    pub fn item_err(&self, list: &str, index: &usize, field: &str) -> Option<&String> {
        self.problems.get(&format!("{list}.{index}.{field}"))
    }

    /// The problem of a criterion's answer.
    pub fn answer_err(&self, key: &str) -> Option<&String> {
        self.problems.get(&format!("answers.{key}"))
    }

    /// Whether a secondary goal is chosen.
    pub fn secondary(&self, goal: &str) -> bool {
        self.draft.secondary_sdgs.iter().any(|g| g == goal)
    }
}

/// One problem per field, in the order of the form (validation checks the fields in that order).
fn problems_in_order(problems: &[Problem], nav: &Nav) -> Vec<(String, String)> {
    let mut seen = std::collections::BTreeSet::new();
    problems
        .iter()
        .filter(|p| seen.insert(p.field.clone()))
        .map(|p| (p.field.clone(), nav.say(&p.message)))
        .collect()
}

/// Builds the page of one section.
#[expect(clippy::too_many_arguments, reason = "a page built from its parts")]
pub fn section_page(
    loaded: &Loaded,
    nav: Nav,
    section: Section,
    draft: Draft,
    problems: Vec<Problem>,
    zone: &str,
    attachments: Vec<Attachment>,
    open: bool,
) -> SectionTemplate {
    let mut partner_rows = draft.partners.clone();
    partner_rows.extend([PartnerEntry::default(), PartnerEntry::default()]);
    let mut funding_rows = draft.funding.clone();
    funding_rows.extend([FundingEntry::default(), FundingEntry::default()]);
    let rubric = loaded.rubric.in_language(nav.lang.code());
    let criteria = rubric
        .criteria
        .iter()
        .map(|c| CriterionView {
            key: c.key.clone(),
            name: c.name.clone(),
            description: c.description.clone(),
            questions: c.guiding_questions.clone(),
            answer: draft.answers.get(&c.key).cloned().unwrap_or_default(),
        })
        .collect();
    let summary = problems_in_order(&problems, &nav);
    let problems = problems_by_field(&problems, &nav);
    let section_title = nav.section(&section);
    let lang = nav.lang;
    let last_saved = nav.when(loaded.record.updated_at, zone);
    let submitted_at = loaded
        .record
        .submitted_at
        .map(|at| nav.when(at, zone))
        .unwrap_or_default();
    let languages = loaded
        .edition
        .languages
        .iter()
        .map(|l| (l.clone(), nav.language_name(l)))
        .collect();
    let kinds = ORGANISATION_KINDS
        .iter()
        .map(|(key, _, _)| (*key, nav.organisation_kind(key)))
        .collect();
    let roles = PARTNER_ROLES
        .iter()
        .map(|(key, _)| (*key, nav.partner_role(key)))
        .collect();
    SectionTemplate {
        edition: loaded.edition.name_in(nav.lang.code()).to_owned(),
        categories: loaded.edition.categories_in(nav.lang.code()),
        nav,
        id: loaded.record.id,
        section: section.slug(),
        section_title,
        is_last: section == Section::Declaration,
        sections: Section::ALL
            .into_iter()
            .map(|s| SectionLink {
                section: s,
                current: s == section,
            })
            .collect(),
        stamp: draft.section_stamp(section),
        problems,
        summary,
        last_saved,
        languages,
        kinds,
        roles,
        countries: crate::i18n::countries_in(lang),
        goals: sdg::goals()
            .map(|(n, _)| (n.to_string(), crate::i18n::goal_name(lang, n)))
            .collect(),
        criteria,
        partner_rows,
        funding_rows,
        draft,
        title_limit: TITLE_LIMIT,
        summary_limit: SUMMARY_LIMIT,
        answer_limit: ANSWER_LIMIT,
        lessons_limit: LESSONS_LIMIT,
        attachments,
        is_draft: loaded.record.status.is_draft(),
        open,
        submitted_at,
        max_attachments: crate::domain::attachment::MAX_ATTACHMENTS,
    }
}
