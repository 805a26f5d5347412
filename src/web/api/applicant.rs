//! The applicant's API: their own applications.

use rocket::get;
use rocket::serde::json::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::ApiApplicant;
use super::paging::{PageRequest, Paged};
use crate::db;
use crate::error::AppResult;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// One of the applicant's applications.
#[derive(Serialize, ToSchema)]
pub struct ApplicationItem {
    /// Application id.
    id: i32,
    /// The project's title.
    title: String,
    /// The edition's name.
    edition: String,
    /// `draft`, `submitted` or `withdrawn`.
    status: String,
    /// Last change.
    updated_at: chrono::DateTime<chrono::Utc>,
    /// When it was submitted.
    submitted_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The caller's applications, in id order.
#[utoipa::path(
    tag = "applicant",
    params(("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<ApplicationItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/applications?<cursor>&<limit>")]
pub async fn list_applications(
    me: ApiApplicant,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<ApplicationItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let items = db::dashboards::applicant_submissions(db.inner(), me.0.id)
        .await?
        .into_iter()
        .map(|s| ApplicationItem {
            id: s.id,
            title: s.title,
            edition: s.edition,
            status: s.status,
            updated_at: s.updated_at,
            submitted_at: s.submitted_at,
        })
        .collect();
    Ok(Json(request.page(items, |a| a.id)))
}
