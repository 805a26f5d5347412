//! The juror's API: their assignments, and each scorecard read, saved or submitted with
//! optimistic locking (`ETag` on reads, `If-Match` required on writes, 412 on a stale version).

use std::collections::BTreeMap;

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, get, put};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiJuror;
use super::paging::{PageRequest, Paged};
use super::respond::{ApiAnswer, IfMatch, Tagged};
use crate::app::scoring::{self, Access, Card, Refused, Typed};
use crate::clock::Clock;
use crate::db;
use crate::db::scores::Scorecard;
use crate::domain::account::Account;
use crate::domain::rubric::{HalfPoints, Rubric};
use crate::error::{AppError, AppResult, Refusal};
use crate::web::session::Db;

/// One of the juror's assignments.
#[derive(Serialize, ToSchema)]
pub struct AssignmentItem {
    /// Assignment id (the scorecard's id).
    id: i32,
    /// The application's title (empty while a conflict suspends the scorecard).
    submission_title: String,
    /// The edition's name.
    edition: String,
    /// `not_started`, `draft` or `submitted`.
    status: String,
    /// When the scorecard was submitted.
    submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Suspended while a declared conflict of interest keeps the juror away.
    suspended: bool,
}

/// The juror's assignments, in id order.
#[utoipa::path(
    tag = "jury",
    params(("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<AssignmentItem>), (status = 401, body = crate::web::errors::ErrorBody),
               (status = 403, body = crate::web::errors::ErrorBody), (status = 422, body = crate::web::errors::ErrorBody),
               (status = 429, body = crate::web::errors::ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/assignments?<cursor>&<limit>")]
pub async fn list_assignments(
    me: ApiJuror,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<AssignmentItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let rows = db::dashboards::juror_assignments(db.inner(), me.0.id, None).await?;
    let items = rows
        .into_iter()
        .map(|r| AssignmentItem {
            id: r.id,
            submission_title: if r.suspended { String::new() } else { r.title },
            edition: r.edition,
            status: r.status.as_str().to_owned(),
            submitted_at: r.submitted_at,
            suspended: r.suspended,
        })
        .collect();
    Ok(Json(request.page(items, |a| a.id)))
}

/// One criterion of a scorecard.
#[derive(Serialize, ToSchema)]
pub struct CriterionScore {
    /// The criterion's key.
    key: String,
    /// Its name.
    name: String,
    /// Its weight in percent.
    weight_percent: String,
    /// The score (half points allowed), if given.
    score: Option<f64>,
    /// The comment.
    comment: String,
}

/// A scorecard; its `version` is also its `ETag`.
#[derive(Serialize, ToSchema)]
pub struct ScorecardBody {
    /// Assignment id.
    assignment_id: i32,
    /// `not_started`, `draft` or `submitted`.
    status: String,
    /// Changes with every save; send it back in `If-Match`.
    version: i64,
    /// Whether it can be saved now (not submitted, and scoring open in this phase).
    editable: bool,
    /// The lowest and highest score of the scale.
    scale: (f64, f64),
    /// The criteria in rubric order.
    criteria: Vec<CriterionScore>,
    /// The overall comment.
    overall_comment: String,
}

fn points(half: Option<i16>) -> Option<f64> {
    half.map(|h| f64::from(h) / 2.0)
}

/// The criteria of `card` in rubric order.
pub(super) fn criteria_of(card: &Scorecard, rubric: &Rubric) -> Vec<CriterionScore> {
    rubric
        .criteria
        .iter()
        .map(|c| {
            let (score, comment) = card.scores.get(&c.key).cloned().unwrap_or_default();
            CriterionScore {
                key: c.key.clone(),
                name: c.name.clone(),
                weight_percent: c.weight_percent(),
                score: points(score),
                comment,
            }
        })
        .collect()
}

fn body_of(card: &Scorecard, rubric: &Rubric, editable: bool) -> ScorecardBody {
    let half = |h: HalfPoints| f64::from(h.0) / 2.0;
    ScorecardBody {
        assignment_id: card.assignment.id,
        status: card.status().as_str().to_owned(),
        version: card.stamp,
        editable: editable && !card.status().is_submitted(),
        scale: (half(rubric.scale.min), half(rubric.scale.max)),
        criteria: criteria_of(card, rubric),
        overall_comment: card.assignment.overall_comment.clone(),
    }
}

fn tagged(card: &Card) -> Tagged<ScorecardBody> {
    Tagged::new(
        card.card.stamp,
        body_of(&card.card, &card.rubric, card.closed().is_none()),
    )
}

async fn open(db: &Db, id: i32, juror: &Account) -> AppResult<Box<Card>> {
    match scoring::open(db.inner(), id, juror.id).await? {
        Access::Open(card) => Ok(card),
        Access::Suspended(_) => Err(AppError::Conflict {
            code: Refusal::ScorecardSuspended,
            message: Refused::Suspended.message(),
        }),
    }
}

/// A scorecard of the juror's, with its version as `ETag`.
#[utoipa::path(
    tag = "jury",
    params(("aid" = i32, Path, description = "Assignment id")),
    responses((status = 200, body = ScorecardBody, headers(("ETag" = String))),
               (status = 401, body = crate::web::errors::ErrorBody), (status = 403, body = crate::web::errors::ErrorBody),
               (status = 404, body = crate::web::errors::ErrorBody), (status = 409, body = crate::web::errors::ErrorBody),
               (status = 422, body = crate::web::errors::ErrorBody), (status = 429, body = crate::web::errors::ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/assignments/<aid>/scorecard")]
pub async fn show_scorecard(aid: i32, me: ApiJuror, db: &Db) -> AppResult<Tagged<ScorecardBody>> {
    Ok(tagged(&*open(db, aid, &me.0).await?))
}

/// One criterion as sent.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionInput {
    /// The score, on the rubric's scale in half points; null for none yet.
    #[serde(default)]
    score: Option<f64>,
    /// The comment.
    #[serde(default)]
    comment: String,
}

/// A scorecard as sent: criteria left out keep their saved score and comment, and a left-out
/// overall comment keeps the saved one.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScorecardInput {
    /// Per criterion key.
    #[serde(default)]
    criteria: BTreeMap<String, CriterionInput>,
    /// The overall comment.
    #[serde(default)]
    overall_comment: Option<String>,
    /// Submit and lock (every score and comment is then required).
    #[serde(default)]
    submit: bool,
}

fn typed(input: &ScorecardInput, card: &Card) -> AppResult<Typed> {
    let rubric = &card.rubric;
    let unknown: BTreeMap<String, crate::domain::message::Message> = input
        .criteria
        .keys()
        .filter(|key| rubric.criterion(key).is_none())
        .map(|key| {
            (
                format!("criteria.{key}"),
                crate::domain::message::Message::new("api-problem-not-a-criterion")
                    .text("key", key),
            )
        })
        .collect();
    if !unknown.is_empty() {
        return Err(AppError::Invalid(unknown));
    }
    let mut typed = Typed::default();
    for criterion in &card.rubric.criteria {
        let key = criterion.key.clone();
        let (score, comment) = match input.criteria.get(&key) {
            Some(sent) => (sent.score, sent.comment.clone()),
            None => {
                let (half, comment) = card.card.scores.get(&key).cloned().unwrap_or_default();
                (points(half), comment)
            }
        };
        typed.scores.insert(
            key.clone(),
            score.map(|s| s.to_string()).unwrap_or_default(),
        );
        typed.comments.insert(key, comment);
    }
    typed.overall = input
        .overall_comment
        .clone()
        .unwrap_or_else(|| card.card.assignment.overall_comment.clone());
    Ok(typed)
}

/// Saves (or with `submit`, submits and locks) a scorecard, if `If-Match` names its current version.
#[utoipa::path(
    tag = "jury",
    params(("aid" = i32, Path, description = "Assignment id"),
           ("If-Match" = Option<String>, Header, pattern = r#"^(W/)?"[0-9]+"$"#,
            description = "The `ETag` of the version read. Required: without it the answer is 428")),
    request_body = ScorecardInput,
    responses((status = 200, body = ScorecardBody, headers(("ETag" = String))),
               (status = 401, body = crate::web::errors::ErrorBody), (status = 403, body = crate::web::errors::ErrorBody),
               (status = 404, body = crate::web::errors::ErrorBody), (status = 409, body = crate::web::errors::ErrorBody),
               (status = 412, body = super::respond::StaleBody<ScorecardBody>), (status = 422, body = crate::web::errors::ErrorBody),
               (status = 428, body = crate::web::errors::ErrorBody), (status = 400, body = crate::web::errors::ErrorBody), (status = 415, body = crate::web::errors::ErrorBody),
               (status = 429, body = crate::web::errors::ErrorBody)),
    security(("token" = []))
)]
#[put(
    "/api/v1/assignments/<aid>/scorecard",
    format = "json",
    data = "<input>"
)]
pub async fn save_scorecard(
    aid: i32,
    input: JsonBody<ScorecardInput>,
    if_match: IfMatch,
    me: ApiJuror,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ApiAnswer<ScorecardBody>> {
    let card = open(db, aid, &me.0).await?;
    let version = if_match.version()?;
    let typed = typed(&input, &card)?;
    match scoring::save(
        db.inner(),
        &card,
        version,
        &typed,
        input.submit,
        clock.now(),
    )
    .await?
    {
        Ok(()) => Ok(ApiAnswer::Ok(tagged(&*open(db, aid, &me.0).await?))),
        Err(Refused::Stale(current)) => Ok(ApiAnswer::stale(
            current.stamp,
            body_of(&current, &card.rubric, true),
        )),
        Err(Refused::Invalid(fields)) => Err(AppError::Invalid(fields.into_iter().collect())),
        Err(refused) => {
            let code = match refused {
                Refused::Closed(_) => Refusal::ScoringClosed,
                Refused::Suspended => Refusal::ScorecardSuspended,
                _ => Refusal::ScorecardLocked,
            };
            Err(AppError::Conflict {
                code,
                message: refused.message(),
            })
        }
    }
}
