//! Demo applications go through the real path: a draft, validation, the eligibility rules, and
//! submission as a snapshot.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, DbErr, EntityTrait, Set};

use super::content::DemoProject;
use crate::db::entities::submission;
use crate::domain::application::{
    Draft, FundingEntry, OrganisationEntry, PartnerEntry, ValidationContext, validate,
};
use crate::domain::edition::Edition;
use crate::domain::rubric::Rubric;

/// The draft an applicant of `project` would have typed.
/// The words a demo applicant writes in their language.
struct Written {
    answer: &'static str,
    lessons: &'static str,
    funder: &'static str,
    signatory: &'static str,
    function: &'static str,
}

const ENGLISH: Written = Written {
    answer: "(Invented for the demo.) In {lead} and {partner}, this is how the project addresses {criterion}: {summary}",
    lessons: "Start small, agree on shared indicators early, and budget for interpretation.",
    funder: "European Union",
    signatory: "Mayor of the lead municipality",
    function: "Mayor",
};

const ITALIAN: Written = Written {
    answer: "(Testo inventato per la demo.) A {lead} e a {partner}, ecco come il progetto affronta il criterio «{criterion}»: {summary}",
    lessons: "Partire in piccolo, concordare presto indicatori comuni e prevedere nel bilancio i costi di interpretariato.",
    funder: "Unione europea",
    signatory: "Sindaca del comune capofila",
    function: "Sindaca",
};

fn draft_of(p: usize, project: &DemoProject, rubric: &Rubric) -> Draft {
    let written = if project.language == "it" {
        &ITALIAN
    } else {
        &ENGLISH
    };
    let (lead_name, lead_kind, lead_country) = project.lead;
    let (partner_name, partner_kind, partner_country) = project.partner;
    let index = i64::try_from(p).unwrap_or(0);
    Draft {
        title: project.title.to_owned(),
        summary: project.summary.to_owned(),
        start_date: format!("2023-{:02}-01", 1 + p % 12),
        ongoing: true,
        language: project.language.to_owned(),
        lead: OrganisationEntry {
            name: lead_name.to_owned(),
            kind: lead_kind.to_owned(),
            country: lead_country.to_owned(),
        },
        partners: vec![PartnerEntry {
            organisation: OrganisationEntry {
                name: partner_name.to_owned(),
                kind: partner_kind.to_owned(),
                country: partner_country.to_owned(),
            },
            role: "partner_lrg".to_owned(),
            since_year: (2015 + p % 8).to_string(),
        }],
        budget_total_eur: (400_000 + index * 35_000).to_string(),
        funding: vec![FundingEntry {
            source: written.funder.to_owned(),
            amount_eur: (200_000 + index * 10_000).to_string(),
            is_eu: true,
        }],
        beneficiaries: (2_000 + index * 900).to_string(),
        primary_sdg: project
            .sdgs
            .first()
            .map(ToString::to_string)
            .unwrap_or_default(),
        secondary_sdgs: project
            .sdgs
            .iter()
            .skip(1)
            .map(ToString::to_string)
            .collect(),
        answers: rubric
            .in_language(project.language)
            .criteria
            .iter()
            .map(|c| {
                let answer = written
                    .answer
                    .replace("{lead}", lead_name)
                    .replace("{partner}", partner_name)
                    .replace("{criterion}", &c.name.to_lowercase())
                    .replace("{summary}", project.summary);
                (c.key.clone(), answer)
            })
            .collect(),
        lessons_learned: written.lessons.to_owned(),
        links: String::new(),
        media_consent: true,
        data_consent: true,
        declaration_name: written.signatory.to_owned(),
        declaration_role: written.function.to_owned(),
        declaration_signed: true,
        ..Draft::default()
    }
}

/// Creates project `p`'s application as a draft and submits it at `submitted_at`.
pub async fn submit_project(
    txn: &DatabaseTransaction,
    p: usize,
    project: &DemoProject,
    edition: &Edition,
    rubric: &Rubric,
    (applicant_id, lead_id): (i32, i32),
    submitted_at: DateTime<Utc>,
) -> Result<submission::Model, DbErr> {
    let draft = draft_of(p, project, rubric);
    let answers = serde_json::to_string(&draft).map_err(|e| DbErr::Custom(e.to_string()))?;
    let created = submission::ActiveModel {
        edition_id: Set(edition.id),
        lead_organisation_id: Set(lead_id),
        applicant_user_id: Set(applicant_id),
        status: Set("draft".to_owned()),
        language: Set("en".to_owned()),
        title: Set(project.title.to_owned()),
        summary: Set(project.summary.to_owned()),
        is_ongoing: Set(true),
        answers: Set(answers),
        version: Set(1),
        created_at: Set(submitted_at - chrono::Duration::days(20)),
        updated_at: Set(submitted_at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let ctx = ValidationContext {
        criteria: rubric
            .criteria
            .iter()
            .map(|c| (c.key.clone(), c.name.clone()))
            .collect(),
        languages: edition.languages.clone(),
        categories: Vec::new(),
        current_year: 2026,
    };
    let application = validate(&draft, &ctx)
        .map_err(|problems| DbErr::Custom(format!("demo project {p} is invalid: {problems:?}")))?;
    let rules =
        crate::db::screening::evaluate_rules(txn, edition, &application, submitted_at).await?;
    crate::db::applications::submit(
        txn,
        (created.id, 1),
        (&application, &rules),
        (applicant_id, "application.submitted"),
        None,
        submitted_at,
    )
    .await
    .map_err(|e| DbErr::Custom(format!("demo submission {p}: {e}")))?;
    submission::Entity::find_by_id(created.id)
        .one(txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("demo submission {p}")))
}
