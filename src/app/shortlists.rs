//! The shortlist at the end of a round: the round's ranking cut at the shortlist's size (with
//! each submission's probability of being in it and the ties at the line), the committee's
//! choices as the secretariat records them, and the chair's confirmation that closes the round.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use super::phases::{Gate, edition_past};
use super::results::{Depth, Official, official};
use crate::db;
use crate::db::shortlists::ShortlistError;
use crate::domain::edition::Edition;
use crate::domain::message::Message;
use crate::domain::results::cut_line::{CutLine, cut_line};
use crate::domain::round::{Round, RoundOutcome};
use crate::domain::shortlist::{ShortlistChoice, check_shortlist};
use crate::error::{AppError, AppResult, Refusal};

/// The shortlist of the edition's current round as the secretariat adopts it.
pub struct Plan {
    /// The edition.
    pub edition: Edition,
    /// The round that ends in the shortlist.
    pub round: Round,
    /// The shortlist's size.
    pub size: u32,
    /// The round's results (none while no official method is recorded).
    pub official: Option<Official>,
    /// Their ranking cut at the shortlist's size.
    pub cut: Option<CutLine>,
    /// The choices recorded so far (empty before the first recording).
    pub recorded: Vec<ShortlistChoice>,
}

/// The current round of edition `id` and its shortlist's size; refused (409 `shortlist_closed`)
/// when it decides the prizes.
async fn shortlisting_round(db: &DatabaseConnection, id: i32) -> AppResult<(Round, u32)> {
    let round = db::rounds::current(db, id).await?;
    match round.outcome {
        RoundOutcome::Shortlist(size) => Ok((round, size)),
        RoundOutcome::Prizes => Err(AppError::conflict(
            Refusal::ShortlistClosed,
            Message::new("shortlist-refused-final-round"),
        )),
    }
}

/// The shortlist of edition `id`'s current round, with the ranking it is cut from (the
/// bootstrap included): from the consensus phase on, for a round that ends in a shortlist.
pub async fn plan(db: &DatabaseConnection, id: i32) -> AppResult<Plan> {
    let edition = edition_past(db, id, Gate::Results).await?;
    let (round, size) = shortlisting_round(db, id).await?;
    let official = official(db, &edition, Depth::Full).await?;
    Plan::of(db, (edition, round, size), official).await
}

impl Plan {
    /// The plan of `round` (ending in a shortlist of `size`) of `edition`, from its results:
    /// their ranking cut at the size, and the choices recorded.
    async fn of(
        db: &DatabaseConnection,
        (edition, round, size): (Edition, Round, u32),
        official: Option<Official>,
    ) -> AppResult<Plan> {
        let cut = official.as_ref().map(|o| {
            cut_line(
                &o.results.official,
                usize::try_from(size).unwrap_or(usize::MAX),
            )
        });
        let recorded = db::shortlists::choices(db, round.id).await?;
        Ok(Plan {
            edition,
            round,
            size,
            official,
            cut,
            recorded,
        })
    }
}

/// The shortlist adopted at the end of the closed round at `position` (1 first) of edition `id`,
/// with the ranking it was cut from, read-only; "not found" for a round not closed or not ending
/// in a shortlist.
pub async fn adopted(db: &DatabaseConnection, id: i32, position: u32) -> AppResult<Plan> {
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = super::results::reached_round(db, id, position)
        .await?
        .filter(|r| r.closed_at.is_some())
        .ok_or(AppError::NotFound)?;
    let RoundOutcome::Shortlist(size) = round.outcome else {
        return Err(AppError::NotFound);
    };
    let official = super::results::official_in(db, &edition, round.clone(), Depth::Full).await?;
    Plan::of(db, (edition, round, size), official).await
}

/// The committee's choices as typed: per submission, whether it is taken in and the reason.
pub type Typed = BTreeMap<i32, (bool, String)>;

/// Why the shortlist was not recorded. Nothing was written.
#[derive(Debug)]
pub enum Refused {
    /// No official method is recorded yet, so there is no ranking to cut.
    NoRanking,
    /// Problems by field (`shortlist`, `reason-ID`).
    Invalid(BTreeMap<String, Message>),
    /// Someone recorded the shortlist since the writer read it.
    Stale,
}

fn refusal(error: ShortlistError) -> AppError {
    match error {
        ShortlistError::NotFound => AppError::NotFound,
        ShortlistError::NoShortlist => AppError::conflict(
            Refusal::ShortlistClosed,
            Message::new("shortlist-refused-final-round"),
        ),
        ShortlistError::Phase(status) => AppError::conflict(
            Refusal::ShortlistClosed,
            Message::new("shortlist-refused-phase").message("phase", status.name()),
        ),
        ShortlistError::NothingRecorded => AppError::conflict(
            Refusal::ShortlistChanged,
            Message::new("shortlist-refused-nothing-recorded"),
        ),
        ShortlistError::Stale(_) => AppError::conflict(
            Refusal::ShortlistChanged,
            Message::new("shortlist-refused-changed"),
        ),
        ShortlistError::NotChair => AppError::NotFound,
        ShortlistError::Db(e) => e.into(),
    }
}

/// Records the committee's choices for edition `id`'s current round: every ranked submission
/// in the round's official order, taken in or not, a reason for each choice out of rank order
/// (see [`check_shortlist`]); the places are the server's, never the form's. Audited; replaces
/// an earlier recording the chair has not confirmed. With `read`, only if the recording is still
/// the one the writer read (`Some(None)`: nothing recorded then).
pub async fn record(
    db: &DatabaseConnection,
    (id, read): (i32, Option<Option<DateTime<Utc>>>),
    typed: &Typed,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<(), Refused>> {
    let edition = edition_past(db, id, Gate::Results).await?;
    let (round, size) = shortlisting_round(db, id).await?;
    let Some(official) = official(db, &edition, Depth::Ranking).await? else {
        return Ok(Err(Refused::NoRanking));
    };
    let choices = official
        .results
        .official
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let (shortlisted, reason) = typed.get(&line.submission_id).cloned().unwrap_or_default();
            ShortlistChoice {
                submission_id: line.submission_id,
                position: u32::try_from(i + 1).unwrap_or(u32::MAX),
                shortlisted,
                reason,
            }
        })
        .collect();
    let adopted = match check_shortlist(size, choices) {
        Ok(adopted) => adopted,
        Err(problems) => return Ok(Err(Refused::Invalid(problems))),
    };
    match db::shortlists::record(db, (round.id, read), &adopted, actor_id, now).await {
        Ok(()) => Ok(Ok(())),
        Err(ShortlistError::Stale(_)) => Ok(Err(Refused::Stale)),
        Err(other) => Err(refusal(other)),
    }
}

/// What the chair of the current round's panel confirms: the round and the recorded choices
/// with the submissions' titles, a title left out where a conflict of interest excludes the
/// chair (the submission stays a place, nothing more).
pub struct ForChair {
    /// The edition.
    pub edition: Edition,
    /// The round.
    pub round: Round,
    /// The shortlist's size.
    pub size: u32,
    /// When the choices were recorded (none: nothing to confirm yet).
    pub recorded_at: Option<DateTime<Utc>>,
    /// The choices with the title (none where a conflict excludes the chair).
    pub choices: Vec<(ShortlistChoice, Option<String>)>,
}

/// The shortlist of edition `id`'s current round for `chair_id`; "not found" unless they chair
/// the round's panel.
pub async fn for_chair(db: &DatabaseConnection, id: i32, chair_id: i32) -> AppResult<ForChair> {
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let chairs = db::jury::membership(db, id, chair_id)
        .await?
        .is_some_and(|m| m.role == crate::domain::jury::JuryRole::Chair);
    if !chairs {
        return Err(AppError::NotFound);
    }
    let (round, size) = shortlisting_round(db, id).await?;
    let titles = db::exports::titles(db, id).await?;
    let mut choices = Vec::new();
    for choice in db::shortlists::choices(db, round.id).await? {
        let excluded = db::conflicts::excludes_pair(db, choice.submission_id, chair_id).await?;
        let title = (!excluded)
            .then(|| titles.get(&choice.submission_id).cloned())
            .flatten();
        choices.push((choice, title));
    }
    Ok(ForChair {
        recorded_at: round.shortlist_recorded_at,
        edition,
        round,
        size,
        choices,
    })
}

/// The chair `chair_id` confirms the shortlist of edition `id`'s current round as recorded at
/// `recorded_at` (what the chair read): the round closes and the next one begins with the
/// shortlisted submissions. 409 `shortlist_changed` when it was recorded again since.
pub async fn confirm(
    db: &DatabaseConnection,
    id: i32,
    recorded_at: DateTime<Utc>,
    chair_id: i32,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let (round, _) = shortlisting_round(db, id).await?;
    db::shortlists::confirm(db, round.id, recorded_at, chair_id, now)
        .await
        .map_err(refusal)
}
