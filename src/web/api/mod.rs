//! The JSON API under `/api/v1`: personal tokens (`Authorization: Bearer …`), cursor pagination,
//! `ETag`/`If-Match` on writes, errors as `{"code", "message", "field"?}` with stable codes, and
//! an OpenAPI 3.1 description generated from these handlers ([`openapi`]).

pub mod accounts;
pub mod applicant;
pub mod assigned;
pub mod attachments;
pub mod body;
pub mod caller;
pub mod calls;
pub mod conflicts;
pub mod consensus;
pub mod decisions;
pub mod declarations;
pub mod editions;
pub mod evaluation;
pub mod exports;
pub mod feedback;
pub mod imports;
pub mod juror;
pub mod jury_removal;
pub mod openapi;
pub mod paging;
pub mod phases;
pub mod respond;
pub mod results;
pub mod rounds;
pub mod rubrics;
pub mod secretariat;
pub mod submission;
pub mod winners;

use rocket::serde::json::Json;
use rocket::{Route, get, routes};
use serde::Serialize;
use utoipa::ToSchema;

use caller::ApiCaller;

use crate::web::errors::ErrorBody;

/// Who is calling.
#[derive(Serialize, ToSchema)]
pub struct MeResponse {
    /// Account id.
    id: i32,
    /// Email address.
    email: String,
    /// Whether the address is confirmed (an applicant submits only once it is).
    email_confirmed: bool,
    /// Name.
    name: String,
    /// `applicant`, `juror` or `secretariat`.
    role: &'static str,
    /// `token` or `session`.
    credential: &'static str,
    /// With a token: `read` or `read_write`.
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'static str>,
}

/// The account of the caller, and how it is authenticated.
#[utoipa::path(
    tag = "account",
    responses((status = 200, body = MeResponse), (status = 401, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/me")]
pub fn me(caller: ApiCaller) -> Json<MeResponse> {
    let (credential, scope) = match caller.credential {
        caller::Credential::Token(scope) => ("token", Some(scope.as_str())),
        caller::Credential::Session => ("session", None),
    };
    Json(MeResponse {
        id: caller.account.id,
        email: caller.account.email.clone(),
        email_confirmed: caller.account.email_confirmed,
        name: caller.account.name.clone(),
        role: caller.account.role.as_str(),
        credential,
        scope,
    })
}

/// Every API route, to mount at `/`.
pub fn routes() -> Vec<Route> {
    routes![
        me,
        accounts::list_accounts,
        accounts::create_account,
        accounts::deactivate_account,
        accounts::reactivate_account,
        accounts::reset_password,
        calls::list_calls,
        calls::start_application,
        applicant::list_applications,
        applicant::show_application,
        feedback::show_feedback,
        applicant::submit_application,
        applicant::withdraw_application,
        applicant::save_section,
        attachments::list_attachments,
        attachments::add_attachment,
        attachments::download_attachment,
        attachments::remove_attachment,
        juror::list_assignments,
        juror::show_scorecard,
        assigned::show_application,
        assigned::download_document,
        submission::show_submission,
        submission::download_document,
        submission::show_scorecard,
        juror::save_scorecard,
        conflicts::list_conflicts,
        conflicts::declare_conflict,
        conflicts::request_review,
        consensus::show_consensus,
        consensus::record_consensus,
        declarations::list_declarations,
        declarations::decide,
        declarations::decide_review,
        secretariat::list_editions,
        editions::show_edition,
        editions::create_edition,
        editions::update_edition,
        editions::list_rubrics,
        rubrics::show_rubric,
        rubrics::add_rubric,
        rubrics::replace_rubric,
        phases::change_status,
        phases::back_to_evaluation,
        rounds::list_rounds,
        rounds::replace_rounds,
        rounds::show_shortlist,
        rounds::record_shortlist,
        rounds::confirm_shortlist,
        secretariat::show_ranking,
        results::record_method,
        secretariat::list_submissions,
        imports::import_submissions,
        secretariat::decide_eligibility,
        exports::export,
        evaluation::list_jury,
        evaluation::add_member,
        jury_removal::remove_member,
        evaluation::list_assignments,
        evaluation::assign_automatically,
        evaluation::assign_by_hand,
        evaluation::remove_assignment,
        evaluation::reopen_scorecard,
        evaluation::show_progress,
        decisions::list_decisions,
        decisions::record_decision,
        decisions::confirm_decisions,
        decisions::remove_decision,
        decisions::list_consensus,
        winners::list_winners,
        openapi::document,
        openapi::reference,
    ]
}
