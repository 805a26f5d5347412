//! An edition's phases through the API, for the secretariat: moving it to its next phase (the
//! lifecycle's rules, the decided state only once every decision is recorded and confirmed) and
//! taking it back from the consensus phase to the jury evaluation with a reason.

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use crate::app::phases;
use crate::clock::Clock;
use crate::domain::edition::EditionStatus;
use crate::error::{AppError, AppResult, Refusal};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// Where the edition stands after a phase change.
#[derive(Serialize, ToSchema)]
pub struct PhaseBody {
    /// The edition's phase now.
    phase: &'static str,
    /// What happened, in words.
    message: String,
}

/// The phase to move to.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PhaseInput {
    /// `draft`, `open`, `closed`, `screening`, `jury_evaluation`, `consensus`, `decided`,
    /// `announced` or `archived`: the next phase, or a step back the lifecycle allows.
    to: String,
}

/// Moves an edition to another phase (audited), under the edition's lock: 409
/// `phase_change_refused` with why when the lifecycle refuses it (nothing changes then).
/// Entering screening runs the eligibility rules again.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = PhaseInput,
    responses((status = 200, body = PhaseBody), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/status", data = "<input>")]
pub async fn change_status(
    id: i32,
    me: ApiSecretariat,
    input: JsonBody<PhaseInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<PhaseBody>> {
    let to = input.to.parse::<EditionStatus>().map_err(|_| {
        AppError::invalid(
            "to",
            crate::domain::message::Message::new("api-problem-phase"),
        )
    })?;
    match phases::change_status(db.inner(), id, to, me.0.id, clock.now()).await? {
        Ok(message) => Ok(Json(PhaseBody {
            phase: to.as_str(),
            message: crate::i18n::say(me.0.language, &message),
        })),
        Err(why) => Err(AppError::Conflict {
            code: Refusal::PhaseChangeRefused,
            message: why,
        }),
    }
}

/// Why the edition goes back to the jury evaluation.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BackInput {
    /// At least 10 characters; jurors read it.
    reason: String,
}

/// Takes an edition from the consensus phase back to the jury evaluation, with a reason
/// (audited): 409 `phase_change_refused` once a consensus is recorded or outside the consensus
/// phase.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = BackInput,
    responses((status = 200, body = PhaseBody), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/consensus/back", data = "<input>")]
pub async fn back_to_evaluation(
    id: i32,
    me: ApiSecretariat,
    input: JsonBody<BackInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<PhaseBody>> {
    let edition =
        phases::back_to_evaluation(db.inner(), id, &input.reason, me.0.id, clock.now()).await?;
    Ok(Json(PhaseBody {
        phase: edition.status.as_str(),
        message: format!(
            "The edition is back in the phase \"{}\": jurors can finish and change their scorecards again.",
            edition.status.label()
        ),
    }))
}
