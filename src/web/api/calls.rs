//! The calls open now and starting an application through the API, for applicants: the same
//! rules as the dashboard (a call accepts applications between its opening and closing times).

use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{State, get, post};
use serde::Serialize;
use utoipa::ToSchema;

use super::applicant::{ApplicationBody, body_of};
use super::caller::ApiApplicant;
use super::paging::{PageRequest, Paged};
use super::respond::Tagged;
use crate::app::applications::{self, Loaded};
use crate::clock::Clock;
use crate::error::AppResult;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// A call that accepts applications now.
#[derive(Serialize, ToSchema)]
pub struct CallItem {
    /// The edition's id (start an application with `POST /api/v1/editions/{id}/applications`).
    id: i32,
    /// Its name.
    name: String,
    /// Its year.
    year: i32,
    /// When the call opened.
    opens_at: chrono::DateTime<chrono::Utc>,
    /// When it closes.
    closes_at: chrono::DateTime<chrono::Utc>,
    /// The time zone its dates are set in (IANA).
    time_zone: String,
    /// The languages applications may be written in (ISO 639-1), the first being the default.
    languages: Vec<String>,
}

/// The calls that accept applications now, in id order.
#[utoipa::path(
    tag = "applicant",
    params(("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<CallItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/calls?<cursor>&<limit>")]
pub async fn list_calls(
    _me: ApiApplicant,
    db: &Db,
    clock: &State<Clock>,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<CallItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let mut items: Vec<CallItem> = applications::open_calls(db.inner(), clock.now())
        .await?
        .into_iter()
        .map(|e| CallItem {
            id: e.id,
            name: e.name,
            year: e.year,
            opens_at: e.opens_at,
            closes_at: e.closes_at,
            time_zone: e.time_zone,
            languages: e.languages,
        })
        .collect();
    items.sort_by_key(|c| c.id);
    Ok(Json(request.page(items, |c| c.id)))
}

/// Starts a draft application to an open call, with its version as `ETag`. "Not found" for an
/// edition that is not an open call; 409 `call_closed` before it opens or after it closes.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Edition id")),
    responses((status = 201, body = ApplicationBody, headers(("ETag" = String))), (status = 422, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/applications")]
pub async fn start_application(
    id: i32,
    me: ApiApplicant,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<(Status, Tagged<ApplicationBody>)> {
    let now = clock.now();
    let new_id = applications::start(db.inner(), id, &me.0, now).await?;
    let started = Loaded::of_owner(db.inner(), new_id, &me.0).await?;
    Ok((Status::Created, body_of(&started, now)?))
}
