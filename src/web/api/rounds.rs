//! An edition's rounds and the shortlist at the end of a round, through the API: the plan of
//! rounds the secretariat sets before the evaluation begins, the round's ranking cut at its
//! shortlist with the committee's choices, and the chair's confirmation that closes the round.
//! The same use cases as the pages.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use rocket::serde::json::Json;
use rocket::{State, get, post, put};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::body::JsonBody;
use super::caller::{ApiJuror, ApiSecretariat};
use crate::app::rounds::{PlanRefused, TypedRound};
use crate::app::shortlists::{self, Refused};
use crate::clock::Clock;
use crate::db;
use crate::domain::message::Message;
use crate::domain::round::{Round, RoundOutcome};
use crate::error::{AppError, AppResult, Refusal};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// A round of an edition.
#[derive(Serialize, ToSchema)]
pub struct RoundItem {
    /// Round id.
    id: i32,
    /// Its place among the edition's rounds, 1 first.
    position: u32,
    /// Its name in the caller's language.
    name: String,
    /// Panel members per submission (the default of automatic assignment).
    jurors_per_submission: u32,
    /// Whether the panel records a consensus after scoring.
    consensus: bool,
    /// The shortlist's size; none for the last round, which decides the prizes.
    shortlist: Option<u32>,
    /// Applicants left out learn it as soon as the shortlist is confirmed (else with the winners).
    outcome_at_once: bool,
    /// Its panel reads the consensus comments of the round before it.
    sees_previous_consensus: bool,
    /// When its scorecards are due (RFC 3339, UTC), if it says.
    scoring_deadline: Option<String>,
    /// When its panel members see each other's scores, if not as the edition sets it.
    peer_scores: Option<&'static str>,
    /// When its shortlist was last recorded (RFC 3339, UTC).
    shortlist_recorded_at: Option<String>,
    /// When its shortlist was confirmed and the round closed.
    closed_at: Option<String>,
    /// Whether the edition evaluates in this round now.
    current: bool,
    /// The key of the rubric it scores against, if its own (none: the edition's).
    rubric: Option<String>,
}

fn round_item(
    round: &Round,
    (current, rubric): (i32, Option<String>),
    language: crate::domain::language::Lang,
) -> RoundItem {
    RoundItem {
        rubric,
        id: round.id,
        position: round.position,
        name: crate::i18n::say(language, &round.title()),
        jurors_per_submission: round.jurors_per_submission,
        consensus: round.consensus,
        shortlist: match round.outcome {
            RoundOutcome::Shortlist(size) => Some(size),
            RoundOutcome::Prizes => None,
        },
        outcome_at_once: round.outcome_at_once,
        sees_previous_consensus: round.sees_previous_consensus,
        scoring_deadline: round.scoring_deadline.map(instant),
        peer_scores: round.peer_scores.map(|p| p.as_str()),
        shortlist_recorded_at: round.shortlist_recorded_at.map(instant),
        closed_at: round.closed_at.map(instant),
        current: round.id == current,
    }
}

async fn rounds_body(
    db: &Db,
    id: i32,
    language: crate::domain::language::Lang,
) -> AppResult<Json<Vec<RoundItem>>> {
    db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let current = db::rounds::current_id(db.inner(), id).await?;
    let rounds = db::rounds::of_edition(db.inner(), id).await?;
    let keys = crate::app::rounds::rubric_keys(db.inner(), &rounds).await?;
    Ok(Json(
        rounds
            .iter()
            .map(|r| round_item(r, (current, keys.get(&r.id).cloned()), language))
            .collect(),
    ))
}

/// An edition's rounds, first first.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    responses((status = 200, body = Vec<RoundItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/rounds")]
pub async fn list_rounds(id: i32, me: ApiSecretariat, db: &Db) -> AppResult<Json<Vec<RoundItem>>> {
    rounds_body(db, id, me.0.language).await
}

/// One round of the plan.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoundInput {
    /// The stored round it changes; none for a new round.
    id: Option<i32>,
    /// Its name, at most 80 characters, used once.
    name: String,
    /// 1 to 20.
    jurors_per_submission: u32,
    /// Whether the panel records a consensus.
    #[serde(default)]
    consensus: bool,
    /// The shortlist's size, for every round but the last (which decides the prizes).
    shortlist: Option<u32>,
    /// Tell the applicants left out as soon as the shortlist is confirmed.
    #[serde(default)]
    outcome_at_once: bool,
    /// The panel reads the consensus comments of the round before (not for the first round).
    #[serde(default)]
    sees_previous_consensus: bool,
    /// When its scorecards are due, in the edition's time zone (`YYYY-MM-DDTHH:MM`).
    scoring_deadline: Option<String>,
    /// `at_consensus`, `after_own_scorecard` or `rapporteur_only`; none: as the edition sets it.
    peer_scores: Option<String>,
    /// The key of the rubric it scores against (see `GET /api/v1/rubrics`); none: the edition's.
    rubric: Option<String>,
}

/// The whole plan: the rounds in their order; a stored round left out is removed.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    /// The rounds, first first.
    rounds: Vec<RoundInput>,
}

/// Replaces an edition's rounds with the plan (audited), while its evaluation has not begun:
/// 422 with each problem under its field (`rounds`, `rounds[1].name`, …), 409 `rounds_fixed`
/// once the jury evaluation has begun.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = PlanInput,
    responses((status = 200, body = Vec<RoundItem>), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[put("/api/v1/editions/<id>/rounds", data = "<input>")]
pub async fn replace_rounds(
    id: i32,
    me: ApiSecretariat,
    input: JsonBody<PlanInput>,
    db: &Db,
    shipped: &State<crate::rubric_files::RubricSet>,
    clock: &State<Clock>,
) -> AppResult<Json<Vec<RoundItem>>> {
    let typed: Vec<TypedRound> = input
        .rounds
        .iter()
        .map(|r| TypedRound {
            id: r.id,
            name: r.name.clone(),
            jurors_per_submission: r.jurors_per_submission.to_string(),
            consensus: r.consensus,
            shortlist: r.shortlist.map(|s| s.to_string()).unwrap_or_default(),
            remove: false,
            outcome_at_once: r.outcome_at_once,
            sees_previous_consensus: r.sees_previous_consensus,
            scoring_deadline: r.scoring_deadline.clone().unwrap_or_default(),
            peer_scores: r.peer_scores.clone().unwrap_or_default(),
            rubric: r.rubric.clone().unwrap_or_default(),
        })
        .collect();
    let rubrics = crate::app::rubrics::available(db.inner(), shipped).await?;
    let by = (&rubrics, me.0.id);
    match crate::app::rounds::save(db.inner(), (id, None), &typed, by, clock.now()).await? {
        Ok(_) => rounds_body(db, id, me.0.language).await,
        Err(PlanRefused::Invalid(problems)) => {
            Err(AppError::Invalid(problems.into_iter().collect()))
        }
        Err(PlanRefused::Stale) => Err(AppError::Internal(
            "a plan read without a version was refused as stale".to_owned(),
        )),
    }
}

/// A line of the round's ranking cut at its shortlist.
#[derive(Serialize, ToSchema)]
pub struct CutLineItem {
    /// Submission id.
    submission_id: i32,
    /// Title.
    title: String,
    /// Its place in the round's official order, 1 first.
    position: usize,
    /// Share of bootstrap replicates in which it is in the shortlist.
    p_in_shortlist: Option<f64>,
    /// Above the line in the official order.
    above_line: bool,
    /// Its side of the line is a statistical tie.
    statistical_tie: bool,
    /// Its rank is shared across the line.
    exact_tie: bool,
    /// The committee's recorded choice, once recorded.
    shortlisted: Option<bool>,
    /// The reason of a choice out of rank order.
    reason: String,
}

/// The shortlist of the edition's current round.
#[derive(Serialize, ToSchema)]
pub struct ShortlistBody {
    /// The round.
    round: RoundItem,
    /// The shortlist's size.
    size: u32,
    /// When the committee's choices were last recorded; send it back to confirm.
    recorded_at: Option<String>,
    /// The round's ranking in its official order (empty while no official method is recorded).
    lines: Vec<CutLineItem>,
}

async fn shortlist_body(
    db: &Db,
    id: i32,
    language: crate::domain::language::Lang,
) -> AppResult<Json<ShortlistBody>> {
    let plan = shortlists::plan(db.inner(), id).await?;
    let recorded: BTreeMap<i32, (bool, String)> = plan
        .recorded
        .iter()
        .map(|c| (c.submission_id, (c.shortlisted, c.reason.clone())))
        .collect();
    let lines = match (&plan.official, &plan.cut) {
        (Some(official), Some(cut)) => official
            .results
            .official
            .iter()
            .zip(&cut.places)
            .map(|(line, place)| {
                let choice = recorded.get(&line.submission_id);
                CutLineItem {
                    submission_id: line.submission_id,
                    title: line.title.clone(),
                    position: place.position,
                    p_in_shortlist: place.p_in,
                    above_line: place.above,
                    statistical_tie: place.statistical_tie,
                    exact_tie: place.exact_tie,
                    shortlisted: choice.map(|c| c.0),
                    reason: choice.map(|c| c.1.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    let keys =
        crate::app::rounds::rubric_keys(db.inner(), std::slice::from_ref(&plan.round)).await?;
    let rubric = keys.get(&plan.round.id).cloned();
    Ok(Json(ShortlistBody {
        round: round_item(&plan.round, (plan.round.id, rubric), language),
        size: plan.size,
        recorded_at: plan.round.shortlist_recorded_at.map(instant),
        lines,
    }))
}

/// The shortlist of an edition's current round: its ranking cut at the shortlist's size, with
/// each submission's chance of being in it, the ties at the line and the committee's recorded
/// choices. From the consensus phase on (409 `results_not_available` before), for a round that
/// ends in a shortlist (409 `shortlist_closed` for the last round).
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    responses((status = 200, body = ShortlistBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/shortlist")]
pub async fn show_shortlist(
    id: i32,
    me: ApiSecretariat,
    db: &Db,
) -> AppResult<Json<ShortlistBody>> {
    shortlist_body(db, id, me.0.language).await
}

/// The committee's choice on one ranked submission.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceInput {
    /// Submission id.
    submission_id: i32,
    /// Whether it goes on to the next round.
    shortlisted: bool,
    /// Why, when the choice departs from the rank order (at most 2,000 characters).
    #[serde(default)]
    reason: String,
}

/// The committee's choices; a ranked submission left out of the list is not shortlisted.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShortlistInput {
    /// The choices.
    choices: Vec<ChoiceInput>,
    /// The shortlist's `recorded_at` as read (an empty string when nothing was recorded); when
    /// given, a recording made since is refused with 409 `shortlist_changed` and nothing is
    /// recorded. Without it, this recording replaces whatever is recorded.
    read_recorded_at: Option<String>,
}

/// Records the committee's choices for the current round (audited), replacing a recording the
/// chair has not confirmed: 422 with a problem under `shortlist` or `reason-ID` for each choice
/// out of rank order without a reason; 409 `official_method_not_recorded` before the round has a
/// ranking, `shortlist_closed` outside the round's consensus phase, `shortlist_changed` when
/// recorded since the `read_recorded_at` given.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = ShortlistInput,
    responses((status = 200, body = ShortlistBody), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[put("/api/v1/editions/<id>/shortlist", data = "<input>")]
pub async fn record_shortlist(
    id: i32,
    me: ApiSecretariat,
    input: JsonBody<ShortlistInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<ShortlistBody>> {
    let typed: shortlists::Typed = input
        .choices
        .iter()
        .map(|c| (c.submission_id, (c.shortlisted, c.reason.clone())))
        .collect();
    let read = match input.read_recorded_at.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(text) => Some(Some(
            DateTime::parse_from_rfc3339(text)
                .map_err(|_| {
                    AppError::invalid("read_recorded_at", Message::new("api-problem-instant"))
                })?
                .to_utc(),
        )),
    };
    match shortlists::record(db.inner(), (id, read), &typed, me.0.id, clock.now()).await? {
        Ok(()) => shortlist_body(db, id, me.0.language).await,
        Err(Refused::NoRanking) => Err(AppError::conflict(
            Refusal::OfficialMethodNotRecorded,
            Message::new("results-refused-no-method"),
        )),
        Err(Refused::Invalid(problems)) => Err(AppError::Invalid(problems.into_iter().collect())),
        Err(Refused::Stale) => Err(AppError::conflict(
            Refusal::ShortlistChanged,
            Message::new("shortlist-refused-changed"),
        )),
    }
}

/// The version of the shortlist the chair read.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmInput {
    /// `recorded_at` as the shortlist gave it.
    recorded_at: String,
}

/// The round's chair confirms the shortlist as recorded at `recorded_at` (audited): the round
/// closes and the next one begins with the shortlisted submissions. 409 `shortlist_changed`
/// when it was recorded again since (or never); "not found" for anyone but the round's chair.
#[utoipa::path(
    tag = "jury",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = ConfirmInput,
    responses((status = 200, body = Vec<RoundItem>), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/shortlist/confirm", data = "<input>")]
pub async fn confirm_shortlist(
    id: i32,
    me: ApiJuror,
    input: JsonBody<ConfirmInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<Vec<RoundItem>>> {
    let read = DateTime::parse_from_rfc3339(&input.recorded_at)
        .map_err(|_| AppError::invalid("recorded_at", Message::new("api-problem-instant")))?;
    shortlists::confirm(db.inner(), id, read.to_utc(), me.0.id, clock.now()).await?;
    rounds_body(db, id, me.0.language).await
}
