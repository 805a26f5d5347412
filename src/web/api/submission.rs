//! What the secretariat reads of one submission through the API, as its pages show it: the
//! application with the applicant's contact, its eligibility rule by rule, its documents, and any
//! juror's scorecard.

use rocket::serde::json::Json;
use rocket::{State, get};
use serde::Serialize;
use utoipa::ToSchema;

use super::assigned::SubmittedApplication;
use super::attachments::FileBytes;
use super::caller::ApiSecretariat;
use super::juror::{CriterionScore, criteria_of};
use crate::app::{scoring, screening};
use crate::config::AppConfig;
use crate::db::applications::{EligibilityDecision, EligibilityState};
use crate::domain::eligibility::RuleResult;
use crate::domain::language::Lang;
use crate::error::AppResult;
use crate::i18n;
use crate::web::applicant::attachments::{PdfFile, pdf};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// One eligibility rule's result.
#[derive(Serialize, ToSchema)]
pub struct RuleItem {
    /// `E1` … `E8`.
    code: String,
    /// What the rule asks.
    rule: String,
    /// `pass`, `needs_review` or `fail`.
    outcome: String,
    /// Why, in the applicant's words.
    reason: String,
}

impl RuleItem {
    /// A rule's result, its reason said in `lang`.
    fn new(r: RuleResult, lang: Lang) -> Self {
        RuleItem {
            reason: i18n::say(lang, &r.reason),
            code: r.code,
            rule: r.rule,
            outcome: r.outcome.as_str().to_owned(),
        }
    }
}

/// The secretariat's eligibility decision, over the rules' outcome.
#[derive(Serialize, ToSchema)]
pub struct EligibilityDecisionItem {
    /// `pass` or `fail`.
    outcome: String,
    /// Why (the applicant reads it).
    reason: String,
    /// Who decided.
    by: Option<String>,
    /// When.
    at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A submission's eligibility.
#[derive(Serialize, ToSchema)]
pub struct EligibilityDetail {
    /// The outcome that counts (the decision by hand when there is one).
    outcome: String,
    /// What the rules gave.
    automatic: String,
    /// Each rule's result.
    rules: Vec<RuleItem>,
    /// When the rules ran.
    checked_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The decision by hand, if any.
    decision: Option<EligibilityDecisionItem>,
}

impl EligibilityDetail {
    fn new(state: EligibilityState, decided_by: Option<String>, lang: Lang) -> Self {
        let outcome = state.outcome().as_str().to_owned();
        let decision =
            state
                .override_decision
                .map(|d: EligibilityDecision| EligibilityDecisionItem {
                    outcome: d.outcome.as_str().to_owned(),
                    reason: d.reason,
                    by: decided_by,
                    at: d.at,
                });
        EligibilityDetail {
            outcome,
            automatic: state.automatic.as_str().to_owned(),
            rules: state
                .rules
                .into_iter()
                .map(|r| RuleItem::new(r, lang))
                .collect(),
            checked_at: state.checked_at,
            decision,
        }
    }
}

/// The applicant's contact (the jury never sees it).
#[derive(Serialize, ToSchema)]
pub struct Contact {
    /// The account's name.
    name: String,
    /// Its email address.
    email: String,
}

/// One submission as the secretariat reads it.
#[derive(Serialize, ToSchema)]
pub struct SubmissionDetail {
    /// Submission id.
    id: i32,
    /// Edition id.
    edition_id: i32,
    /// `draft` or `submitted`.
    status: String,
    /// The title as last saved.
    title: String,
    /// When it was last submitted.
    submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Its eligibility, once submitted.
    eligibility: Option<EligibilityDetail>,
    /// The applicant's contact.
    contact: Option<Contact>,
    /// The latest submitted version with its documents (download them at
    /// `/api/v1/submissions/{id}/documents/{fid}`).
    application: Option<SubmittedApplication>,
    /// The name of the person who signed the declaration of honour.
    signatory_name: Option<String>,
    /// Whether the applicant consents to publication.
    media_consent: Option<bool>,
}

impl SubmissionDetail {
    /// A submission's file, the reasons of its eligibility said in `lang`.
    fn new(file: screening::SubmissionFile, lang: Lang) -> Self {
        let record = file.record;
        let signed = file.submitted.as_ref().map(|s| {
            let a = &s.application;
            (a.declaration_name.clone(), a.media_consent)
        });
        SubmissionDetail {
            id: record.id,
            edition_id: record.edition_id,
            status: record.status.as_str().to_owned(),
            title: record.draft.title,
            submitted_at: record.submitted_at,
            eligibility: record
                .eligibility
                .map(|e| EligibilityDetail::new(e, file.decided_by, lang)),
            contact: file.applicant.map(|a| Contact {
                name: a.name,
                email: a.email,
            }),
            application: file.submitted.map(SubmittedApplication::from),
            signatory_name: signed.as_ref().map(|(name, _)| name.clone()),
            media_consent: signed.map(|(_, consent)| consent),
        }
    }
}

/// One submission: its eligibility rule by rule, the applicant's contact, and the latest
/// submitted version with its documents.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Submission id")),
    responses((status = 200, body = SubmissionDetail), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/submissions/<id>")]
pub async fn show_submission(
    id: i32,
    me: ApiSecretariat,
    db: &Db,
) -> AppResult<Json<SubmissionDetail>> {
    let file = screening::submission_file(db.inner(), id).await?;
    Ok(Json(SubmissionDetail::new(file, me.0.language)))
}

/// Downloads a document of a submission (the PDF).
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Submission id"), ("fid" = i32, Path, description = "Document id")),
    responses((status = 200, content_type = "application/pdf", body = FileBytes, description = "The PDF"),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/submissions/<id>/documents/<fid>")]
pub async fn download_document(
    id: i32,
    fid: i32,
    _me: ApiSecretariat,
    db: &Db,
    config: &State<AppConfig>,
) -> AppResult<PdfFile> {
    let document = screening::submission_document(db.inner(), id, fid).await?;
    pdf(config, &document).await
}

/// A juror's scorecard as the secretariat reads it.
#[derive(Serialize, ToSchema)]
pub struct ScorecardReading {
    /// Assignment id (the scorecard's id).
    assignment_id: i32,
    /// Submission id.
    submission_id: i32,
    /// Edition id.
    edition_id: i32,
    /// The application's title.
    title: String,
    /// The juror's account id.
    juror_id: i32,
    /// The juror's name.
    juror: String,
    /// `not_started`, `draft` or `submitted`.
    status: String,
    /// Its revision: 1 at first, one more each time the secretariat reopens it.
    revision: i32,
    /// Suspended by a conflict of interest.
    suspended: bool,
    /// The criteria in rubric order.
    criteria: Vec<CriterionScore>,
    /// The overall comment.
    overall_comment: String,
}

impl From<scoring::Reading> for ScorecardReading {
    fn from(r: scoring::Reading) -> Self {
        let criteria = criteria_of(&r.card, &r.rubric);
        let status = r.card.status().as_str().to_owned();
        let a = r.card.assignment;
        ScorecardReading {
            status,
            assignment_id: a.id,
            submission_id: a.submission_id,
            edition_id: r.edition.id,
            title: r.title,
            juror_id: a.juror_id,
            juror: r.juror,
            revision: a.revision,
            suspended: a.suspended,
            criteria,
            overall_comment: a.overall_comment,
        }
    }
}

/// Any juror's scorecard with the juror's name (to check an outlying score, say); the id is the
/// assignment's, as listed by `GET /api/v1/editions/{id}/assignments`.
#[utoipa::path(
    tag = "secretariat",
    params(("aid" = i32, Path, description = "Assignment id")),
    responses((status = 200, body = ScorecardReading), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/scorecards/<aid>")]
pub async fn show_scorecard(
    aid: i32,
    _me: ApiSecretariat,
    db: &Db,
) -> AppResult<Json<ScorecardReading>> {
    let reading = scoring::read(db.inner(), aid).await?;
    Ok(Json(ScorecardReading::from(reading)))
}
