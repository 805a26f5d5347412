//! The official results of an edition: the recorded method and seed, the rubric snapshot, the
//! scores as they stand, and the statistics, computed here and nowhere else (off the async
//! executor, since a full report with its bootstrap takes a while).

use sea_orm::{ConnectionTrait, DbErr};

use crate::db;
use crate::domain::edition::Edition;
use crate::domain::results::{OfficialMethod, Results, compute};
use crate::domain::round::Round;
use crate::domain::rubric::Rubric;

/// How much of the report to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Depth {
    /// The official ranking with its ties, without the bootstrap (decisions, their checks).
    Ranking,
    /// Everything the results page and the exports show, the bootstrap included.
    Full,
}

/// The official results and what they were computed with.
pub struct Official {
    /// The results.
    pub results: Results,
    /// The edition's rubric snapshot.
    pub rubric: Rubric,
    /// The recorded method, seed and first showing.
    pub record: db::results::MethodRecord,
    /// The round they rank.
    pub round: Round,
}

/// Why the results could not be computed.
#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
    /// The statistics failed (a bug: the input is checked when it is read).
    #[error("results: {0}")]
    Statistics(String),
}

impl From<ResultsError> for crate::error::AppError {
    fn from(error: ResultsError) -> Self {
        match error {
            ResultsError::Db(e) => e.into(),
            ResultsError::Statistics(why) => crate::error::AppError::Internal(why),
        }
    }
}

/// The official results of `edition`'s current round with its recorded method and seed, or
/// `None` while no method is recorded. Whether they may be shown (the phase, and noting the
/// first showing) is the caller's to decide.
pub async fn official(
    db: &impl ConnectionTrait,
    edition: &Edition,
    depth: Depth,
) -> Result<Option<Official>, ResultsError> {
    let round = db::rounds::current(db, edition.id).await?;
    official_in(db, edition, round, depth).await
}

/// The round of `edition` at `position` (1 first) whose results may be read: a round reached
/// so far (closed, or the current one); none for a later round or no such round.
pub async fn reached_round(
    db: &impl ConnectionTrait,
    edition_id: i32,
    position: u32,
) -> Result<Option<Round>, DbErr> {
    let current = db::rounds::current_id(db, edition_id).await?;
    let rounds = db::rounds::of_edition(db, edition_id).await?;
    let reached = rounds
        .iter()
        .position(|r| r.id == current)
        .map_or(0, |i| i + 1);
    Ok(rounds
        .into_iter()
        .take(reached)
        .find(|r| r.position == position))
}

/// The official results of `round` of `edition` (see [`official`]).
pub async fn official_in(
    db: &impl ConnectionTrait,
    edition: &Edition,
    round: Round,
    depth: Depth,
) -> Result<Option<Official>, ResultsError> {
    let Some(record) = db::results::method_record(db, edition.id).await? else {
        return Ok(None);
    };
    let (Some(method), Some(seed)) = (record.method, record.seed) else {
        return Ok(None);
    };
    let (rubric, _) = db::rounds::rubric_of(db, &round, edition.rubric_id).await?;
    // A round without a consensus step has no consensus scores to total: its panel's scorecards
    // rank it, with each juror's leniency removed.
    let method = if round.consensus {
        method
    } else {
        OfficialMethod::Calibrated
    };
    let mut input =
        db::results::input(db, (edition.id, round.id), rubric.clone(), method, seed).await?;
    if let crate::domain::round::RoundOutcome::Shortlist(size) = round.outcome {
        input.shortlist = usize::try_from(size).ok();
    }
    if depth == Depth::Ranking {
        input.replicates = 0;
    }
    let results = tokio::task::spawn_blocking(move || compute(&input))
        .await
        .map_err(|e| ResultsError::Statistics(e.to_string()))?
        .map_err(ResultsError::Statistics)?;
    Ok(Some(Official {
        results,
        rubric,
        record,
        round,
    }))
}

/// The official results of edition `id` as the secretariat sees them: those of its current
/// round, refused before the results phases, or those of the round at `position` (a round
/// closed earlier, whatever the phase); `None` while no method is recorded; showing them is
/// noted (the first showing fixes the method).
pub async fn for_secretariat(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    position: Option<u32>,
    actor_id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::error::AppResult<(Edition, Option<Official>)> {
    let (edition, round) = round_to_show(db, id, position).await?;
    let Some(official) = official_in(db, &edition, round, Depth::Full).await? else {
        return Ok((edition, None));
    };
    db::results::mark_shown(db, edition.id, actor_id, now).await?;
    Ok((edition, Some(official)))
}

/// Edition `id` and the round whose results are asked for: the round at `position`, "not found"
/// unless reached; a closed round is shown in any phase, the current one from the consensus
/// phase on.
pub async fn round_to_show(
    db: &impl ConnectionTrait,
    id: i32,
    position: Option<u32>,
) -> crate::error::AppResult<(Edition, Round)> {
    use crate::error::AppError;
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = match position {
        Some(position) => reached_round(db, id, position)
            .await?
            .ok_or(AppError::NotFound)?,
        None => db::rounds::current(db, id).await?,
    };
    if round.closed_at.is_none() {
        super::phases::Gate::Results.check(edition.status)?;
    }
    Ok((edition, round))
}

/// The fewest characters of a reason to change the method.
pub const MIN_CHANGE_REASON: usize = 10;

/// Why the official method was not recorded. Nothing was written.
#[derive(Debug)]
pub enum MethodRefused {
    /// The edition is not (or no longer) in a phase with results (409
    /// `results_not_available`).
    Closed(crate::error::AppError),
    /// The method or the reason is not acceptable: the field (`method` or `reason`) and the
    /// problem.
    Invalid(&'static str, crate::domain::message::Message),
}

/// Records the official ranking method of edition `id`, with a reason when it changes one that
/// was already used to show results (audited).
pub async fn record_method(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    (method, reason): (&str, &str),
    actor_id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::error::AppResult<Result<OfficialMethod, MethodRefused>> {
    use crate::domain::limits;
    use crate::error::AppError;
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(closed) = super::phases::Gate::Results.closed_in(edition.status) {
        return Ok(Err(MethodRefused::Closed(closed)));
    }
    let Ok(method) = method.parse::<OfficialMethod>() else {
        let problem = crate::domain::message::Message::new("results-problem-method");
        return Ok(Err(MethodRefused::Invalid("method", problem)));
    };
    let reason = reason.trim();
    let checked = match reason {
        "" => Ok(()),
        given => limits::check_reason(
            given,
            MIN_CHANGE_REASON,
            crate::domain::message::Message::new("why-method-changes"),
        ),
    };
    if let Err(problem) = checked {
        return Ok(Err(MethodRefused::Invalid("reason", problem)));
    }
    let reason = (!reason.is_empty()).then_some(reason);
    match db::results::record_method(db, id, method, reason, actor_id, now).await {
        Ok(()) => Ok(Ok(method)),
        Err(db::results::MethodError::ReasonNeeded) => Ok(Err(MethodRefused::Invalid(
            "reason",
            crate::domain::message::Message::new("results-problem-reason-needed")
                .number("min", MIN_CHANGE_REASON),
        ))),
        Err(db::results::MethodError::NotFound) => Err(AppError::NotFound),
        Err(db::results::MethodError::Db(e)) => Err(e.into()),
    }
}
