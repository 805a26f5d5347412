//! The secretariat's view of an edition's endgame through the API: where the consensus stands,
//! each award decision with its tally, the votes and the chair's confirmation, and what still
//! keeps the edition from being decided.

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{get, post};
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::{ApiDecider, ApiJuror, ApiSecretariat};
use super::paging::{PageRequest, Paged};
use crate::app;
use crate::app::results::ResultsError;
use crate::db;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// One juror's vote.
#[derive(Serialize, ToSchema)]
pub struct VoteItem {
    /// The juror's name.
    juror: String,
    /// `for`, `against` or `abstain`.
    vote: String,
}

/// A recorded award decision.
#[derive(Serialize, ToSchema)]
pub struct DecisionItem {
    /// Decision id.
    id: i32,
    /// Submission id.
    submission_id: i32,
    /// Its title.
    title: String,
    /// The prize code (`first`, `second`, `third`, `special`, `none`, …).
    prize: String,
    /// A special prize's name.
    special_name: Option<String>,
    /// Why.
    rationale: String,
    /// Shared with the other holders of the prize.
    ex_aequo: bool,
    /// Votes for.
    votes_for: i32,
    /// Votes against.
    votes_against: i32,
    /// Abstentions.
    abstentions: i32,
    /// Each vote, by juror.
    votes: Vec<VoteItem>,
    /// When the chair confirmed it.
    confirmed_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl From<db::decisions::Decision> for DecisionItem {
    fn from(d: db::decisions::Decision) -> Self {
        DecisionItem {
            id: d.id,
            submission_id: d.submission_id,
            title: d.title,
            prize: d.prize.as_str().to_owned(),
            special_name: d.special_name,
            rationale: d.rationale,
            ex_aequo: d.ex_aequo,
            votes_for: d.tally.for_,
            votes_against: d.tally.against,
            abstentions: d.tally.abstain,
            votes: d
                .votes
                .into_iter()
                .map(|(juror, vote)| VoteItem {
                    juror,
                    vote: vote.as_str().to_owned(),
                })
                .collect(),
            confirmed_at: d.confirmed_at,
        }
    }
}

/// An edition's decisions, in id order, with what keeps the edition from being decided.
#[derive(Serialize, ToSchema)]
pub struct DecisionsPage {
    /// The decisions of this page.
    items: Vec<DecisionItem>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    next_cursor: Option<i32>,
    /// What still keeps the edition from being decided, in words; empty when it may be (and
    /// always empty for the chair).
    blocking: Vec<String>,
}

/// The award decisions of an edition: for the secretariat every one, with what still blocks the
/// decided state; for the chair of its jury (from the consensus phase on) every one but those on
/// submissions the chair is excluded from, and `blocking` empty. "Not found" for other jurors.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = DecisionsPage), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/decisions?<cursor>&<limit>")]
pub async fn list_decisions(
    id: i32,
    me: ApiDecider,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<DecisionsPage>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let (mut decisions, blocking) = if me.0.role == Role::Secretariat {
        db::editions::find(db.inner(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let blocking = app::decisions::blocking(db.inner(), id)
            .await
            .map_err(|e| match e {
                ResultsError::Db(e) => AppError::from(e),
                ResultsError::Statistics(why) => AppError::Internal(why),
            })?;
        (db::decisions::list(db.inner(), id).await?, blocking)
    } else {
        let view = app::decisions::for_chair(db.inner(), id, me.0.id).await?;
        (view.decisions, Vec::new())
    };
    decisions.sort_by_key(|d| d.id);
    let items = decisions.into_iter().map(DecisionItem::from).collect();
    let Paged { items, next_cursor } = request.page(items, |d| d.id);
    Ok(Json(DecisionsPage {
        items,
        next_cursor,
        blocking: blocking
            .iter()
            .map(|problem| crate::i18n::say(me.0.language, problem))
            .collect(),
    }))
}

/// One criterion's consensus.
#[derive(Serialize, ToSchema)]
pub struct CriterionConsensusItem {
    /// The criterion's key.
    criterion: String,
    /// The agreed score, once recorded.
    score: Option<f64>,
    /// The consensus comment.
    comment: Option<String>,
    /// A juror's dissent, in words (empty when none).
    dissent: String,
}

/// One submission's consensus.
#[derive(Serialize, ToSchema)]
pub struct ConsensusItem {
    /// Submission id.
    submission_id: i32,
    /// Its title.
    title: String,
    /// Whether every criterion has an agreed score.
    complete: bool,
    /// Per criterion, in rubric order.
    criteria: Vec<CriterionConsensusItem>,
}

/// Where the consensus stands: for each eligible submission, in id order, the agreed score per
/// criterion recorded so far.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<ConsensusItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/consensus?<cursor>&<limit>")]
pub async fn list_consensus(
    id: i32,
    _me: ApiSecretariat,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<ConsensusItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let items = app::consensus::of_edition(db.inner(), id)
        .await?
        .into_iter()
        .map(|s| ConsensusItem {
            complete: s.complete(),
            submission_id: s.submission_id,
            title: s.title,
            criteria: s
                .criteria
                .into_iter()
                .map(|c| CriterionConsensusItem {
                    criterion: c.key,
                    score: c.recorded.as_ref().map(|r| r.0.points()),
                    comment: c.recorded.map(|r| r.1),
                    dissent: c.dissent,
                })
                .collect(),
        })
        .collect();
    Ok(Json(request.page(items, |s| s.submission_id)))
}

/// An award decision as sent.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionInput {
    /// The submission.
    submission_id: i32,
    /// The prize code (`first`, `second`, `third`, `special`, `none`, …).
    prize: String,
    /// A special prize's name (required for a special prize).
    #[serde(default)]
    special_name: String,
    /// Why the jury decided so (at least 20 characters).
    rationale: String,
    /// Shared with the other holders of the same podium prize.
    #[serde(default)]
    ex_aequo: bool,
    /// Each voter's vote (`for`, `against`, `abstain` or `absent`) by account id, as a string key.
    #[serde(default)]
    votes: std::collections::BTreeMap<i32, String>,
}

/// Records an award decision with the jury's votes, in the consensus phase (audited); the chair
/// then confirms it on their page. 409 `decisions_not_available` before the consensus phase,
/// `decisions_closed` after it.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = DecisionInput,
    responses((status = 201, body = DecisionItem), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/decisions", data = "<input>")]
pub async fn record_decision(
    id: i32,
    input: JsonBody<DecisionInput>,
    me: ApiSecretariat,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<(rocket::http::Status, Json<DecisionItem>)> {
    use crate::app::decisions::{Refused, Typed};
    let input = input.into_inner();
    let typed = Typed {
        submission: input.submission_id,
        prize: input.prize,
        special_name: input.special_name,
        rationale: input.rationale,
        ex_aequo: input.ex_aequo,
        votes: input.votes,
    };
    match app::decisions::record(db.inner(), id, &typed, me.0.id, clock.now()).await? {
        Ok((_, decision_id)) => {
            let recorded = db::decisions::list(db.inner(), id)
                .await?
                .into_iter()
                .find(|d| d.id == decision_id)
                .ok_or(AppError::NotFound)?;
            Ok((
                rocket::http::Status::Created,
                Json(DecisionItem::from(recorded)),
            ))
        }
        Err(Refused::Invalid(errors)) => Err(AppError::Invalid(errors)),
        Err(Refused::WrongPhase(phase)) => Err(wrong_phase(phase)),
    }
}

/// A decision refused because of the edition's phase: not yet, or not any more.
fn wrong_phase(phase: crate::domain::edition::EditionStatus) -> AppError {
    use crate::domain::edition::EditionStatus;
    use crate::error::Refusal;
    AppError::Conflict {
        code: if phase.is_at_or_after(EditionStatus::Consensus) {
            Refusal::DecisionsClosed
        } else {
            Refusal::DecisionsNotAvailable
        },
        message: crate::domain::message::Message::new("decisions-refused-record-phase")
            .message("phase", phase.name()),
    }
}

/// How many decisions the chair confirmed.
#[derive(Serialize, ToSchema)]
pub struct Confirmed {
    /// The number of decisions confirmed.
    confirmed: usize,
}

/// The chair of the edition's jury confirms every recorded decision (audited), in the consensus
/// phase. 409 `nothing_to_confirm` without a decision; "not found" for anyone but the chair.
#[utoipa::path(
    tag = "jury",
    params(("id" = i32, Path, description = "Edition id")),
    responses((status = 200, body = Confirmed), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/decisions/confirm")]
pub async fn confirm_decisions(
    id: i32,
    me: ApiJuror,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<Json<Confirmed>> {
    let confirmed = app::decisions::confirm(db.inner(), id, me.0.id, clock.now()).await?;
    Ok(Json(Confirmed { confirmed }))
}

/// Why a decision is removed.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RemovalInput {
    /// At least 10 characters.
    reason: String,
}

/// Removes an award decision with a reason (audited), in the consensus phase; the chair then
/// confirms the decisions again. 409 `decisions_closed` after the consensus phase,
/// `decision_refused` when a rule of the decisions refuses it.
#[utoipa::path(
    tag = "secretariat",
    params(("did" = i32, Path, description = "Decision id")),
    request_body = RemovalInput,
    responses((status = 204, description = "Removed"), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/decisions/<did>/remove", data = "<input>")]
pub async fn remove_decision(
    did: i32,
    me: ApiSecretariat,
    input: JsonBody<RemovalInput>,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<rocket::http::Status> {
    use crate::app::decisions::RemoveRefused;
    use crate::error::Refusal;
    let now = clock.now();
    match app::decisions::remove(db.inner(), did, &input.reason, me.0.id, now).await? {
        Ok(_) => Ok(rocket::http::Status::NoContent),
        Err(RemoveRefused::Invalid(problem)) => Err(AppError::invalid("reason", problem)),
        Err(RemoveRefused::Refused(why)) => Err(AppError::Conflict {
            code: Refusal::DecisionRefused,
            message: why,
        }),
        Err(RemoveRefused::WrongPhase(phase)) => Err(wrong_phase(phase)),
    }
}
