//! The applicant's API: their own applications, each read with its version as `ETag`, a section
//! saved, submitted or withdrawn with `If-Match` (the same rules as the pages: the call must be
//! open, the draft complete).

use std::collections::BTreeMap;

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, get, post, put};
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::ApiApplicant;
use super::paging::{PageRequest, Paged};
use super::respond::{ApiAnswer, IfMatch, Tagged};
use crate::app::applications::{self, Loaded, Refused, SectionRefused};
use crate::clock::Clock;
use crate::db;
use crate::domain::application::{Section, SectionPatch};
use crate::domain::message::Message;
use crate::error::{AppError, AppResult, Refusal};
use crate::mail::MailSetup;
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
    let items = db::dashboards::applicant_submissions(db.inner(), me.0.id, None)
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

/// One application with what the applicant typed.
#[derive(Serialize, ToSchema)]
pub struct ApplicationBody {
    /// Application id.
    id: i32,
    /// The edition's id.
    edition_id: i32,
    /// `draft` or `submitted`.
    status: String,
    /// Changes with every save; send it back in `If-Match`.
    version: i32,
    /// Last change.
    updated_at: chrono::DateTime<chrono::Utc>,
    /// When it was submitted.
    submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether the call accepts a submission or a withdrawal now.
    call_open: bool,
    /// Everything the applicant typed, as the form holds it.
    #[schema(value_type = Object)]
    draft: serde_json::Value,
}

pub(super) fn body_of(
    own: &Loaded,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Tagged<ApplicationBody>> {
    let record = &own.record;
    let draft = serde_json::to_value(&record.draft)
        .map_err(|e| AppError::Internal(format!("draft as JSON: {e}")))?;
    Ok(Tagged::new(
        i64::from(record.version),
        ApplicationBody {
            id: record.id,
            edition_id: record.edition_id,
            status: record.status.as_str().to_owned(),
            version: record.version,
            updated_at: record.updated_at,
            submitted_at: record.submitted_at,
            call_open: own.open_now(now).is_ok(),
            draft,
        },
    ))
}

/// One of the caller's applications, with its version as `ETag`.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id")),
    responses((status = 200, body = ApplicationBody, headers(("ETag" = String))), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/applications/<id>")]
pub async fn show_application(
    id: i32,
    me: ApiApplicant,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Tagged<ApplicationBody>> {
    body_of(&Loaded::of_owner(db, id, &me.0).await?, clock.now())
}

/// The answer to a submission or withdrawal: the application as it is now, or why not.
async fn answer(
    db: &Db,
    id: i32,
    me: &ApiApplicant,
    done: Result<(), Refused>,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<ApiAnswer<ApplicationBody>> {
    let fresh = Loaded::of_owner(db, id, &me.0).await?;
    match done {
        Ok(()) => Ok(ApiAnswer::Ok(body_of(&fresh, now)?)),
        Err(Refused::Stale) => {
            let current = body_of(&fresh, now)?;
            Ok(ApiAnswer::stale(current.version(), current.into_body()))
        }
        Err(Refused::Closed(why)) => Err(AppError::Conflict {
            code: Refusal::CallClosed,
            message: why,
        }),
        Err(Refused::WrongState(why)) => Err(AppError::Conflict {
            code: Refusal::NotADraft,
            message: why,
        }),
        Err(Refused::Unconfirmed(email)) => Err(AppError::Conflict {
            code: Refusal::EmailUnconfirmed,
            message: Message::new("submit-unconfirmed").text("email", email),
        }),
        Err(Refused::Invalid(problems)) => Err(AppError::Invalid(
            problems
                .into_iter()
                .map(|p| (p.field, p.message))
                .collect::<BTreeMap<_, _>>(),
        )),
    }
}

/// Submits a draft, if `If-Match` names its current version and the call is open.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id"),
           ("If-Match" = Option<String>, Header, pattern = r#"^(W/)?"[0-9]+"$"#,
            description = "The `ETag` of the version read. Required: without it the answer is 428")),
    responses((status = 200, body = ApplicationBody, headers(("ETag" = String))), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 412, body = super::respond::StaleBody<ApplicationBody>), (status = 422, body = ErrorBody),
               (status = 428, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/applications/<id>/submit")]
pub async fn submit_application(
    id: i32,
    if_match: IfMatch,
    me: ApiApplicant,
    db: &Db,
    clock: &State<Clock>,
    mail: &State<MailSetup>,
) -> AppResult<ApiAnswer<ApplicationBody>> {
    let own = Loaded::of_owner(db, id, &me.0).await?;
    let version = i32::try_from(if_match.version()?).unwrap_or(i32::MIN);
    let now = clock.now();
    let done = applications::submit(db, (&own, version), &me.0, mail, now).await?;
    answer(db, id, &me, done, now).await
}

/// Withdraws a submitted application back to a draft while the call is open.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id")),
    responses((status = 200, body = ApplicationBody, headers(("ETag" = String))), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/applications/<id>/withdraw")]
pub async fn withdraw_application(
    id: i32,
    me: ApiApplicant,
    db: &Db,
    clock: &State<Clock>,
    mail: &State<MailSetup>,
) -> AppResult<ApiAnswer<ApplicationBody>> {
    let own = Loaded::of_owner(db, id, &me.0).await?;
    let now = clock.now();
    let done = applications::withdraw(db, &own, &me.0, mail, now).await?;
    answer(db, id, &me, done, now).await
}

/// Saves one section of a draft: the fields sent replace theirs, every other field stays as it
/// is (partial data welcome; completeness is checked on submission). `If-Match` must name the
/// application's current version.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id"),
           ("section" = String, Path, description = "`project`, `partnership`, `budget`, `sdgs`, `answers`, `evidence` or `declaration`"),
           ("If-Match" = Option<String>, Header, pattern = r#"^(W/)?"[0-9]+"$"#,
            description = "The `ETag` of the version read. Required: without it the answer is 428")),
    request_body(content = Object, description = "Fields of the section, as `draft` shows them: e.g. `{\"title\": \"…\", \"ongoing\": true}` for `project`"),
    responses((status = 200, body = ApplicationBody, headers(("ETag" = String))), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 412, body = super::respond::StaleBody<ApplicationBody>),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[put(
    "/api/v1/applications/<id>/sections/<section>",
    format = "json",
    data = "<fields>"
)]
pub async fn save_section(
    id: i32,
    section: &str,
    fields: JsonBody<serde_json::Map<String, serde_json::Value>>,
    if_match: IfMatch,
    me: ApiApplicant,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ApiAnswer<ApplicationBody>> {
    let section = Section::from_slug(section).ok_or(AppError::NotFound)?;
    let own = Loaded::of_owner(db, id, &me.0).await?;
    let version = if_match.version()?;
    let now = clock.now();
    if version != i64::from(own.record.version) {
        return answer(db, id, &me, Err(Refused::Stale), now).await;
    }
    let patch = SectionPatch::check(section, fields.into_inner()).map_err(AppError::Invalid)?;
    let stamp = own.record.draft.section_stamp(section);
    let edit = |draft: &mut crate::domain::application::Draft| patch.apply(draft);
    let done = match applications::save_section(db, &own, section, &stamp, edit, now).await? {
        Ok(_) => Ok(()),
        Err(SectionRefused::Stale(_)) => Err(Refused::Stale),
        Err(SectionRefused::NotEditable(why)) => Err(Refused::WrongState(why)),
    };
    answer(db, id, &me, done, now).await
}
