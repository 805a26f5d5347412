//! The juror's conflicts of interest through the API: the submissions of an edition they declare
//! on, a declaration (only ever made stricter), and a request to lower one, with the pages' rules.

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, get, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiJuror;
use super::paging::{PageRequest, Paged};
use crate::app::conflicts::{self, Asked};
use crate::clock::Clock;
use crate::db::conflicts::{Declaration, ReviewRequest, Screened};
use crate::domain::conflicts::Standing;
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// A lead or partner organisation.
#[derive(Serialize, ToSchema)]
pub struct Party {
    /// Its name.
    name: String,
    /// Its country (ISO 3166-1 alpha-2).
    country: String,
}

/// A pending request to lower a declaration.
#[derive(Serialize, ToSchema)]
pub struct RequestBody {
    /// The level asked for: `none` or `potential` (then allowed).
    level: String,
    /// The reason code asked for.
    reason: String,
    /// The juror's explanation.
    explanation: String,
    /// When it was asked.
    at: chrono::DateTime<chrono::Utc>,
}

impl From<ReviewRequest> for RequestBody {
    fn from(r: ReviewRequest) -> Self {
        RequestBody {
            level: r.level.as_str().to_owned(),
            reason: r.reason,
            explanation: r.explanation,
            at: r.at,
        }
    }
}

/// The juror's declaration on a submission.
#[derive(Serialize, ToSchema)]
pub struct DeclarationBody {
    /// `none`, `potential` or `disqualifying`.
    level: String,
    /// The reason code.
    reason: String,
    /// The juror's words.
    details: String,
    /// `allowed` or `excluded` once a potential conflict is decided.
    decision: Option<String>,
    /// `free`, `allowed`, `pending`, `excluded` or `disqualified`: from `pending` on, the juror
    /// neither sees nor scores the submission.
    standing: String,
    /// A request to lower it, waiting for a decision.
    request: Option<RequestBody>,
}

impl From<Declaration> for DeclarationBody {
    fn from(d: Declaration) -> Self {
        DeclarationBody {
            standing: Standing::of(d.level, d.decision).as_str().to_owned(),
            level: d.level.as_str().to_owned(),
            reason: d.reason,
            details: d.details,
            decision: d.decision.map(|x| x.as_str().to_owned()),
            request: d.request.map(RequestBody::from),
        }
    }
}

/// A submission of the edition, as the juror sees it to declare a conflict: parties only.
#[derive(Serialize, ToSchema)]
pub struct ConflictItem {
    /// Submission id.
    submission_id: i32,
    /// Its title.
    title: String,
    /// The lead first, then the partners.
    parties: Vec<Party>,
    /// The juror's declaration, once made.
    declaration: Option<DeclarationBody>,
}

impl From<Screened> for ConflictItem {
    fn from(s: Screened) -> Self {
        ConflictItem {
            submission_id: s.submission_id,
            title: s.title,
            parties: s
                .parties
                .into_iter()
                .map(|(name, country)| Party { name, country })
                .collect(),
            declaration: s.declaration.map(DeclarationBody::from),
        }
    }
}

/// The submissions of an edition the juror declares conflicts on, in id order.
#[utoipa::path(
    tag = "jury",
    params(("id" = i32, Path, description = "Edition id"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<ConflictItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/conflicts?<cursor>&<limit>")]
pub async fn list_conflicts(
    id: i32,
    me: ApiJuror,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<ConflictItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let (_, mut listed) = conflicts::listed(db.inner(), id, me.0.id).await?;
    listed.sort_by_key(|s| s.submission_id);
    let items = listed.into_iter().map(ConflictItem::from).collect();
    Ok(Json(request.page(items, |c| c.submission_id)))
}

/// A declaration as sent.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationInput {
    /// `none`, `potential` or `disqualifying`.
    level: String,
    /// A reason code of the level (empty for `none`).
    #[serde(default)]
    reason: String,
    /// The juror's words (required with some reasons).
    #[serde(default)]
    details: String,
}

/// A request to lower a declaration as sent.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewInput {
    /// `none`, or `potential` (to be allowed).
    level: String,
    /// A reason code of a potential conflict (with `potential`).
    #[serde(default)]
    reason: String,
    /// Why: the secretariat or the chair decides on it.
    explanation: String,
}

async fn current(db: &Db, id: i32, juror_id: i32, sid: i32) -> AppResult<Json<ConflictItem>> {
    let (_, listed) = conflicts::listed(db.inner(), id, juror_id).await?;
    let screened = listed
        .into_iter()
        .find(|s| s.submission_id == sid)
        .ok_or(AppError::NotFound)?;
    Ok(Json(ConflictItem::from(screened)))
}

/// Declares a conflict on a submission, or makes a declaration stricter (lowering it takes a
/// review: 409 `declaration_would_lower`).
#[utoipa::path(
    tag = "jury",
    params(("id" = i32, Path, description = "Edition id"), ("sid" = i32, Path, description = "Submission id")),
    request_body = DeclarationInput,
    responses((status = 200, body = ConflictItem), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/conflicts/<sid>", data = "<input>")]
pub async fn declare_conflict(
    id: i32,
    sid: i32,
    input: JsonBody<DeclarationInput>,
    me: ApiJuror,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<ConflictItem>> {
    let input = input.into_inner();
    let asked = Asked {
        level: input.level,
        reason: input.reason,
        words: input.details,
    };
    let juror = me.0.id;
    conflicts::declare(db.inner(), id, juror, sid, &asked, clock.now()).await?;
    current(db, id, me.0.id, sid).await
}

/// Asks the secretariat or the chair to lower or withdraw a declaration; it keeps its full
/// effect until they decide.
#[utoipa::path(
    tag = "jury",
    params(("id" = i32, Path, description = "Edition id"), ("sid" = i32, Path, description = "Submission id")),
    request_body = ReviewInput,
    responses((status = 200, body = ConflictItem), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/conflicts/<sid>/review", data = "<input>")]
pub async fn request_review(
    id: i32,
    sid: i32,
    input: JsonBody<ReviewInput>,
    me: ApiJuror,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<ConflictItem>> {
    let input = input.into_inner();
    let asked = Asked {
        level: input.level,
        reason: input.reason,
        words: input.explanation,
    };
    let juror = me.0.id;
    conflicts::request_review(db.inner(), id, juror, sid, &asked, clock.now()).await?;
    current(db, id, me.0.id, sid).await
}
