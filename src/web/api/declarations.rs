//! Conflicts of interest through the API, the deciding side: the declarations of an edition's
//! jurors for the secretariat (the chair sees the other jurors' that wait for a decision), a
//! decision on a potential conflict, and a decision on a request to lower one, with the pages'
//! rules (nobody decides about their own conflict).

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, get, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiDecider;
use super::conflicts::DeclarationBody;
use super::paging::{PageRequest, Paged};
use crate::app::conflict_decisions::{self, Listed};
use crate::clock::Clock;
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// A juror's declaration, as those who decide on it see it.
#[derive(Serialize, ToSchema)]
pub struct DeclarationItem {
    /// Declaration id.
    id: i32,
    /// Submission id.
    submission_id: i32,
    /// Its title.
    title: String,
    /// The juror's account id.
    juror_id: i32,
    /// The juror's name.
    juror: String,
    /// The declaration.
    #[serde(flatten)]
    declaration: DeclarationBody,
}

impl From<Listed> for DeclarationItem {
    fn from(listed: Listed) -> Self {
        let d = listed.declaration;
        DeclarationItem {
            id: d.id,
            submission_id: d.submission_id,
            title: listed.title,
            juror_id: d.juror_id,
            juror: listed.juror,
            declaration: DeclarationBody::from(d),
        }
    }
}

/// The declarations of an edition's jurors, in id order: all of them for the secretariat; for the
/// chair of the jury, the other jurors' that wait for a decision. 404 for other jurors.
#[utoipa::path(
    tag = "conflicts",
    params(("id" = i32, Path, description = "Edition id"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<DeclarationItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/declarations?<cursor>&<limit>")]
pub async fn list_declarations(
    id: i32,
    me: ApiDecider,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<DeclarationItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let account = me.0;
    let listed = conflict_decisions::of_edition(db.inner(), id, &account).await?;
    let items = listed.into_iter().map(DeclarationItem::from).collect();
    Ok(Json(request.page(items, |d| d.id)))
}

/// A decision on a potential conflict.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionInput {
    /// `allowed` (the juror may score the submission) or `excluded`.
    decision: String,
}

/// Allows or excludes a potential conflict (audited). 409 `own_conflict` for the caller's own
/// declaration, `not_a_potential_conflict` for any other level.
#[utoipa::path(
    tag = "conflicts",
    params(("cid" = i32, Path, description = "Declaration id")),
    request_body = DecisionInput,
    responses((status = 200, body = DeclarationItem), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/declarations/<cid>/decision", data = "<input>")]
pub async fn decide(
    cid: i32,
    me: ApiDecider,
    input: JsonBody<DecisionInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<DeclarationItem>> {
    let account = me.0;
    let decidable = conflict_decisions::decidable_by(db.inner(), cid, &account).await?;
    conflict_decisions::decide(db.inner(), &decidable, &input.decision, clock.now()).await?;
    current(db, &decidable).await
}

/// A decision on a juror's request to lower a declaration.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewDecisionInput {
    /// `grant` (the declaration becomes what the juror asked for) or `refuse`.
    decision: String,
    /// Why (at least 10 characters).
    reason: String,
}

/// Grants or refuses a juror's request to lower a declaration (audited). 409 `own_conflict`,
/// `no_review_requested` (nothing waits, perhaps decided meanwhile) or `review_outdated`.
#[utoipa::path(
    tag = "conflicts",
    params(("cid" = i32, Path, description = "Declaration id")),
    request_body = ReviewDecisionInput,
    responses((status = 200, body = DeclarationItem), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/declarations/<cid>/review", data = "<input>")]
pub async fn decide_review(
    cid: i32,
    me: ApiDecider,
    input: JsonBody<ReviewDecisionInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<DeclarationItem>> {
    let account = me.0;
    let decidable = conflict_decisions::decidable_by(db.inner(), cid, &account).await?;
    let ReviewDecisionInput { decision, reason } = input.into_inner();
    conflict_decisions::decide_review(db.inner(), &decidable, &decision, &reason, clock.now())
        .await?;
    current(db, &decidable).await
}

/// The declaration as it stands now, with the names the list shows.
async fn current(
    db: &Db,
    decidable: &conflict_decisions::Decidable,
) -> AppResult<Json<DeclarationItem>> {
    let id = decidable.declaration().id;
    let declaration = crate::db::conflicts::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let juror = crate::db::users::find(db.inner(), declaration.juror_id)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    let title = crate::db::applications::find(db.inner(), declaration.submission_id)
        .await?
        .map(|a| a.draft.title)
        .unwrap_or_default();
    Ok(Json(DeclarationItem::from(Listed {
        declaration,
        juror,
        title,
    })))
}
