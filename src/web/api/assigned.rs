//! The application a juror scores, through the API: the submitted version as the juror's page
//! shows it (never the applicant's contact or the signatory's name) and its documents, for the
//! juror of that assignment only and not while a conflict of interest keeps them away.

use std::collections::BTreeMap;

use rocket::serde::json::Json;
use rocket::{State, get};
use serde::Serialize;
use utoipa::ToSchema;

use super::attachments::FileBytes;
use super::caller::ApiJuror;
use crate::app::scoring;
use crate::config::AppConfig;
use crate::domain::application::Partner;
use crate::error::AppResult;
use crate::web::applicant::attachments::{PdfFile, pdf};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// A lead or partner organisation.
#[derive(Serialize, ToSchema)]
pub struct Organisation {
    /// Name.
    name: String,
    /// Kind (`municipality`, `region`, `ngo`, …).
    kind: String,
    /// Country (ISO 3166-1 alpha-2).
    country: String,
    /// Its role in the partnership.
    role: String,
    /// The year the partnership began, if given.
    since_year: Option<i32>,
}

impl From<&Partner> for Organisation {
    fn from(p: &Partner) -> Self {
        Organisation {
            name: p.name.clone(),
            kind: p.kind.clone(),
            country: p.country.clone(),
            role: p.role.clone(),
            since_year: p.since_year,
        }
    }
}

/// A funding source.
#[derive(Serialize, ToSchema)]
pub struct Funding {
    /// Where the money comes from.
    source: String,
    /// Amount in euro cents.
    amount_cents: i64,
    /// Whether it is EU funding.
    eu: bool,
}

/// A document attached to the application.
#[derive(Serialize, ToSchema)]
pub struct Document {
    /// Document id (download it at `…/documents/{id}`).
    id: i32,
    /// File name.
    name: String,
    /// Size in bytes.
    size_bytes: i64,
}

/// The submitted application as a juror reads it to score it (never the applicant's contact or the
/// signatory's name).
#[derive(Serialize, ToSchema)]
pub struct SubmittedApplication {
    /// Submission id.
    submission_id: i32,
    /// Title.
    title: String,
    /// Summary.
    summary: String,
    /// Start date.
    start_date: chrono::NaiveDate,
    /// End date, unless ongoing.
    end_date: Option<chrono::NaiveDate>,
    /// The language it is written in (ISO 639-1).
    language: String,
    /// The call's category code, if any.
    category: Option<String>,
    /// The lead organisation.
    lead: Organisation,
    /// The partners and associates.
    partners: Vec<Organisation>,
    /// Total budget in euro cents.
    budget_total_cents: i64,
    /// Funding sources.
    funding: Vec<Funding>,
    /// Estimated beneficiaries.
    beneficiaries: i64,
    /// The primary Sustainable Development Goal (1–17).
    primary_sdg: u8,
    /// Secondary goals.
    secondary_sdgs: Vec<u8>,
    /// SDG targets (e.g. `11.3`).
    sdg_targets: Vec<String>,
    /// The applicant's answer per criterion key.
    answers: BTreeMap<String, String>,
    /// Lessons learned.
    lessons_learned: String,
    /// Links.
    links: Vec<String>,
    /// The function of the person who signed the declaration of honour.
    declaration_role: String,
    /// The documents.
    documents: Vec<Document>,
}

impl From<scoring::Submitted> for SubmittedApplication {
    fn from(assigned: scoring::Submitted) -> Self {
        let a = assigned.application;
        SubmittedApplication {
            submission_id: assigned.submission_id,
            lead: Organisation::from(&a.lead),
            partners: a.partners.iter().map(Organisation::from).collect(),
            funding: a
                .funding
                .into_iter()
                .map(|(source, amount_cents, eu)| Funding {
                    source,
                    amount_cents,
                    eu,
                })
                .collect(),
            documents: assigned
                .documents
                .into_iter()
                .map(|d| Document {
                    id: d.id,
                    name: d.file_name,
                    size_bytes: d.size_bytes,
                })
                .collect(),
            title: a.title,
            summary: a.summary,
            start_date: a.start_date,
            end_date: a.end_date,
            language: a.language,
            category: a.category,
            budget_total_cents: a.budget_total_cents,
            beneficiaries: a.beneficiaries,
            primary_sdg: a.primary_sdg,
            secondary_sdgs: a.secondary_sdgs,
            sdg_targets: a.sdg_targets,
            answers: a.answers,
            lessons_learned: a.lessons_learned,
            links: a.links,
            declaration_role: a.declaration_role,
        }
    }
}

/// The application of one of the juror's assignments, as submitted. 409 `scorecard_suspended`
/// while a declared conflict of interest keeps the juror away; "not found" for anyone else's.
#[utoipa::path(
    tag = "jury",
    params(("aid" = i32, Path, description = "Assignment id")),
    responses((status = 200, body = SubmittedApplication), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/assignments/<aid>/application")]
pub async fn show_application(
    aid: i32,
    me: ApiJuror,
    db: &Db,
) -> AppResult<Json<SubmittedApplication>> {
    let assigned = scoring::assigned_application(db.inner(), aid, me.0.id).await?;
    Ok(Json(SubmittedApplication::from(assigned)))
}

/// Downloads a document of the application of one of the juror's assignments (the PDF). 409
/// `scorecard_suspended` while a conflict of interest keeps the juror away.
#[utoipa::path(
    tag = "jury",
    params(("aid" = i32, Path, description = "Assignment id"), ("fid" = i32, Path, description = "Document id")),
    responses((status = 200, content_type = "application/pdf", body = FileBytes, description = "The PDF"), (status = 422, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/assignments/<aid>/documents/<fid>")]
pub async fn download_document(
    aid: i32,
    fid: i32,
    me: ApiJuror,
    db: &Db,
    config: &State<AppConfig>,
) -> AppResult<PdfFile> {
    let document = scoring::assigned_document(db.inner(), aid, fid, me.0.id).await?;
    pdf(config, &document).await
}
