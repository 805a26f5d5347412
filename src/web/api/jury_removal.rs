//! Removing a juror from an edition's jury through the API, for the secretariat: with a reason,
//! keeping their submitted scorecards unless asked to withdraw them, under the page's rules.

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use crate::app;
use crate::clock::Clock;
use crate::error::AppResult;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// Why the juror leaves, and what becomes of their submitted scorecards.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RemovalInput {
    /// At least 10 characters (audited).
    reason: String,
    /// Withdraw their submitted scorecards too (by default they are kept and count).
    #[serde(default)]
    withdraw_submitted: bool,
}

/// What the removal did.
#[derive(Serialize, ToSchema)]
pub struct RemovalBody {
    /// Assignments removed (those without a submitted scorecard, and withdrawn ones).
    removed: usize,
    /// Of which submitted scorecards withdrawn.
    withdrawn: usize,
    /// Submitted scorecards kept.
    kept: usize,
}

/// Removes a juror from the edition's jury (audited, under the edition's lock). 409
/// `juror_removal_refused` with why (the jury's only chair, an edition from its decision on);
/// "not found" for someone not on this jury.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"), ("jid" = i32, Path, description = "The juror's account id")),
    request_body = RemovalInput,
    responses((status = 200, body = RemovalBody), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/jury/<jid>/remove", data = "<input>")]
pub async fn remove_member(
    id: i32,
    jid: i32,
    me: ApiSecretariat,
    input: JsonBody<RemovalInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<RemovalBody>> {
    let RemovalInput {
        reason,
        withdraw_submitted,
    } = input.into_inner();
    let now = clock.now();
    let done = app::jury::remove_member(
        db.inner(),
        id,
        jid,
        &reason,
        withdraw_submitted,
        me.0.id,
        now,
    )
    .await?;
    Ok(Json(RemovalBody {
        removed: done.removed,
        withdrawn: done.withdrawn,
        kept: done.kept,
    }))
}
