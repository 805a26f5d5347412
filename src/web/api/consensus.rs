//! The consensus through the API, for the jury's rapporteur and chair: a submission's agreed
//! score, comment and dissent per criterion, with a version as `ETag`, and recording it with
//! `If-Match` (the rapporteur and the chair may both write, so a stale write is refused with 412).
//! The same rules as the page: never by a conflicted juror, only in the consensus phase.

use std::collections::BTreeMap;

use super::body::JsonBody;
use rocket::{State, get, put};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiJuror;
use super::respond::{ApiAnswer, IfMatch, Tagged};
use crate::app::consensus::{self, ConsensusRefused, Recorder};
use crate::clock::Clock;
use crate::db;
use crate::db::consensus::Recorded;
use crate::domain::consensus::{TypedConsensus, version};
use crate::domain::edition::EditionStatus;
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// One criterion's consensus.
#[derive(Serialize, ToSchema)]
pub struct AgreedCriterion {
    /// The criterion's key.
    criterion: String,
    /// Its name.
    name: String,
    /// The agreed score, once recorded.
    score: Option<f64>,
    /// The consensus comment (the applicant reads it), once recorded.
    comment: Option<String>,
    /// A juror's dissent, in words (empty when none).
    dissent: String,
}

/// A submission's consensus as its rapporteur or chair records it.
#[derive(Serialize, ToSchema)]
pub struct ConsensusBody {
    /// Submission id.
    submission_id: i32,
    /// Its title.
    title: String,
    /// The edition's phase; the consensus is recorded in `consensus` only.
    phase: &'static str,
    /// Per criterion, in rubric order.
    criteria: Vec<AgreedCriterion>,
}

fn body_of(sid: i32, recorder: &Recorder, recorded: &BTreeMap<String, Recorded>) -> ConsensusBody {
    ConsensusBody {
        submission_id: sid,
        title: recorder.title.clone(),
        phase: recorder.status.as_str(),
        criteria: recorder
            .rubric
            .criteria
            .iter()
            .map(|c| {
                let entry = recorded.get(&c.key);
                AgreedCriterion {
                    criterion: c.key.clone(),
                    name: c.name.clone(),
                    score: entry.map(|e| e.0.points()),
                    comment: entry.map(|e| e.1.clone()),
                    dissent: entry.map(|e| e.2.clone()).unwrap_or_default(),
                }
            })
            .collect(),
    }
}

async fn current(db: &Db, sid: i32, recorder: &Recorder) -> AppResult<Tagged<ConsensusBody>> {
    let recorded = db::consensus::recorded(db.inner(), recorder.round_id, sid).await?;
    Ok(Tagged::new(
        version(&recorded),
        body_of(sid, recorder, &recorded),
    ))
}

/// A submission's consensus, with its version as `ETag`: for the rapporteur and the chair of its
/// edition's jury, from the consensus phase on (409 `consensus_not_open` before); "not found"
/// for anyone else and for a conflicted juror.
#[utoipa::path(
    tag = "jury",
    params(("sid" = i32, Path, description = "Submission id")),
    responses((status = 200, body = ConsensusBody, headers(("ETag" = String))), (status = 422, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/submissions/<sid>/consensus")]
pub async fn show_consensus(sid: i32, me: ApiJuror, db: &Db) -> AppResult<Tagged<ConsensusBody>> {
    let recorder = consensus::for_recorder(db.inner(), sid, me.0.id).await?;
    if recorder.status.is_at_or_after(EditionStatus::Consensus) {
        current(db, sid, &recorder).await
    } else {
        Err(consensus::closed(recorder.status))
    }
}

/// One criterion's consensus as sent.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreedInput {
    /// The agreed score on the rubric's scale, in half points.
    score: f64,
    /// The consensus comment (the applicant reads it).
    comment: String,
    /// A juror's dissent, if any.
    #[serde(default)]
    dissent: String,
}

/// A consensus as sent: every criterion of the rubric.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsensusInput {
    /// Per criterion key.
    criteria: BTreeMap<String, AgreedInput>,
}

fn typed(
    input: ConsensusInput,
    recorder: &Recorder,
) -> AppResult<BTreeMap<String, TypedConsensus>> {
    let unknown: BTreeMap<String, crate::domain::message::Message> = input
        .criteria
        .keys()
        .filter(|key| recorder.rubric.criterion(key).is_none())
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
    Ok(input
        .criteria
        .into_iter()
        .map(|(key, sent)| (key, (sent.score.to_string(), sent.comment, sent.dissent)))
        .collect())
}

/// The page's problem keys (`score-KEY`, …) as the API's fields (`criteria.KEY.score`, …).
fn api_fields(
    problems: BTreeMap<String, crate::domain::message::Message>,
) -> BTreeMap<String, crate::domain::message::Message> {
    problems
        .into_iter()
        .map(|(key, problem)| match key.split_once('-') {
            Some((part, criterion)) => (format!("criteria.{criterion}.{part}"), problem),
            None => (key, problem),
        })
        .collect()
}

/// Records a submission's consensus (every criterion, audited) if `If-Match` names its current
/// version; 412 with the consensus as it is now otherwise.
#[utoipa::path(
    tag = "jury",
    params(("sid" = i32, Path, description = "Submission id"),
           ("If-Match" = Option<String>, Header, pattern = r#"^(W/)?"[0-9]+"$"#,
            description = "The `ETag` of the version read. Required: without it the answer is 428")),
    request_body = ConsensusInput,
    responses((status = 200, body = ConsensusBody, headers(("ETag" = String))),
               (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody),
               (status = 412, body = super::respond::StaleBody<ConsensusBody>),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 428, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[put(
    "/api/v1/submissions/<sid>/consensus",
    format = "json",
    data = "<input>"
)]
pub async fn record_consensus(
    sid: i32,
    me: ApiJuror,
    if_match: IfMatch,
    input: JsonBody<ConsensusInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ApiAnswer<ConsensusBody>> {
    let recorder = consensus::for_recorder(db.inner(), sid, me.0.id).await?;
    let expected = if_match.version()?;
    let typed = typed(input.into_inner(), &recorder)?;
    let now = clock.now();
    match consensus::record(
        db.inner(),
        sid,
        &recorder,
        &typed,
        Some(expected),
        me.0.id,
        now,
    )
    .await?
    {
        Ok(()) => Ok(ApiAnswer::Ok(current(db, sid, &recorder).await?)),
        Err(ConsensusRefused::Stale(recorded)) => Ok(ApiAnswer::stale(
            version(&recorded),
            body_of(sid, &recorder, &recorded),
        )),
        Err(ConsensusRefused::Closed(status)) => Err(consensus::closed(status)),
        Err(ConsensusRefused::Invalid(problems)) => Err(AppError::Invalid(api_fields(problems))),
    }
}
