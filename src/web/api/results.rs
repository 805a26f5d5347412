//! The official ranking method through the API, for the secretariat: recorded once results are
//! shown (from the consensus phase on); changing it after results were shown needs a reason,
//! kept in the audit log.

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use crate::app::results::{self, MethodRefused};
use crate::clock::Clock;
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// The official method to record.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MethodInput {
    /// `consensus_total` (the weighted total of the consensus scores) or `calibrated` (the
    /// jurors' weighted totals with each juror's leniency removed).
    method: String,
    /// Why it changes (at least 10 characters); required once results have been shown.
    #[serde(default)]
    reason: String,
}

/// The official method as recorded.
#[derive(Serialize, ToSchema)]
pub struct MethodBody {
    /// Its stable name.
    method: &'static str,
    /// In words.
    label: &'static str,
}

/// Records the edition's official ranking method (audited). 409 `results_not_available` before
/// the consensus phase; 422 on `reason` when results were already shown and no reason is given.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = MethodInput,
    responses((status = 200, body = MethodBody), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/results/method", data = "<input>")]
pub async fn record_method(
    id: i32,
    me: ApiSecretariat,
    input: JsonBody<MethodInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<MethodBody>> {
    let typed = (input.method.as_str(), input.reason.as_str());
    match results::record_method(db.inner(), id, typed, me.0.id, clock.now()).await? {
        Ok(method) => Ok(Json(MethodBody {
            method: method.as_str(),
            label: method.label(),
        })),
        Err(MethodRefused::Invalid(field, problem)) => Err(AppError::invalid(field, problem)),
        Err(MethodRefused::Closed(error)) => Err(error),
    }
}
