//! Award decisions: recording one with the jury's votes, and what keeps an edition from being
//! decided (decisions recorded and confirmed by the chair, the official method chosen, and
//! every exact tie on the podium settled by a decision).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

use super::results::{self, Depth, ResultsError};
use crate::db;
use crate::db::decisions::DecisionError;
use crate::domain::decisions::{Prize, Proposal, RankedLine, Vote, unsettled_ties};
use crate::domain::edition::EditionStatus;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};

/// What still keeps the edition from being decided, in words; empty when it may be.
pub async fn blocking(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<Message>, ResultsError> {
    let Some(edition) = db::editions::find(db, edition_id).await? else {
        return Err(DbErr::RecordNotFound(format!("edition {edition_id}")).into());
    };
    let mut problems = Vec::new();
    let decisions = db::decisions::list(db, edition_id).await?;
    if decisions.is_empty() {
        problems.push(Message::new("decisions-blocking-none"));
    } else {
        let confirmed = decisions
            .iter()
            .filter(|d| d.confirmed_at.is_some())
            .count();
        if confirmed < decisions.len() {
            problems.push(
                Message::new("decisions-blocking-unconfirmed")
                    .number("confirmed", confirmed)
                    .number("total", decisions.len()),
            );
        }
    }
    let Some(official) = results::official(db, &edition, Depth::Ranking).await? else {
        problems.push(Message::new("decisions-blocking-no-method"));
        return Ok(problems);
    };
    let ranking: Vec<RankedLine> = official
        .results
        .official
        .iter()
        .map(|l| RankedLine {
            submission_id: l.submission_id,
            title: l.title.clone(),
            rank: l.rank,
            tie_unresolved: l.tie_unresolved,
        })
        .collect();
    problems.extend(unsettled_ties(
        &ranking,
        &db::decisions::as_recorded(decisions),
    ));
    Ok(problems)
}

/// An award decision as the secretariat typed it.
#[derive(Clone, Debug, Default)]
pub struct Typed {
    /// The submission.
    pub submission: i32,
    /// The prize code.
    pub prize: String,
    /// A special prize's name.
    pub special_name: String,
    /// Why the jury decided so.
    pub rationale: String,
    /// Shared with the other holders of the prize.
    pub ex_aequo: bool,
    /// Each voter's vote (`for`, `against`, `abstain`, `absent`), by account id.
    pub votes: BTreeMap<i32, String>,
}

/// Why a decision was not recorded. Nothing was written.
#[derive(Debug)]
pub enum Refused {
    /// Field by field.
    Invalid(BTreeMap<String, Message>),
    /// Decisions are recorded in the consensus phase only; the edition is in this one.
    WrongPhase(EditionStatus),
}

/// Records an award decision of edition `edition_id` with the jury's votes (audited): in the
/// consensus phase, the prize and every vote valid, the rules of `db::decisions::record` kept.
/// The answer is the prize and the decision's id.
pub async fn record(
    db: &DatabaseConnection,
    edition_id: i32,
    typed: &Typed,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<(Prize, i32), Refused>> {
    let edition = db::editions::find(db, edition_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if edition.status != EditionStatus::Consensus {
        return Ok(Err(Refused::WrongPhase(edition.status)));
    }
    let mut errors = BTreeMap::new();
    let prize = typed.prize.parse::<Prize>().ok();
    if prize.is_none() {
        errors.insert("prize".to_owned(), Message::new("decision-problem-prize"));
    }
    let mut votes = BTreeMap::new();
    for (juror, vote) in &typed.votes {
        match vote.parse::<Vote>() {
            Ok(Vote::Absent) => {}
            Ok(v) => {
                votes.insert(*juror, v);
            }
            Err(_) => {
                errors.insert("votes".to_owned(), Message::new("decision-problem-vote"));
            }
        }
    }
    let Some(prize) = prize.filter(|_| errors.is_empty()) else {
        return Ok(Err(Refused::Invalid(errors)));
    };
    let proposal = Proposal {
        submission_id: typed.submission,
        prize,
        special_name: typed.special_name.clone(),
        rationale: typed.rationale.clone(),
        ex_aequo: typed.ex_aequo,
        votes: Vec::new(),
    };
    match db::decisions::record(db, edition_id, &proposal, &votes, actor_id, now).await {
        Ok(id) => Ok(Ok((prize, id))),
        Err(DecisionError::Invalid(field, why)) => Ok(Err(Refused::Invalid(BTreeMap::from([(
            field.to_owned(),
            why,
        )])))),
        Err(DecisionError::WrongPhase(phase)) => Ok(Err(Refused::WrongPhase(phase))),
        Err(DecisionError::NotFound) => Err(AppError::NotFound),
        Err(DecisionError::Db(e)) => Err(e.into()),
    }
}

/// Why a decision was not removed. Nothing was written.
#[derive(Debug)]
pub enum RemoveRefused {
    /// The reason is missing or too short: the problem.
    Invalid(Message),
    /// A rule of the decisions refuses it now: why.
    Refused(Message),
    /// Decisions change in the consensus phase only; the edition is in this one.
    WrongPhase(EditionStatus),
}

/// Removes a decision with a reason of at least ten characters (audited); the chair then
/// confirms the decisions again. The answer is the edition's id.
pub async fn remove(
    db: &DatabaseConnection,
    decision_id: i32,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<i32, RemoveRefused>> {
    let reason = reason.trim();
    let why = Message::new("why-decision-removed");
    if let Err(problem) = crate::domain::limits::check_reason(reason, 10, why) {
        return Ok(Err(RemoveRefused::Invalid(problem)));
    }
    match db::decisions::remove(db, decision_id, reason, actor_id, now).await {
        Ok(edition) => Ok(Ok(edition)),
        Err(DecisionError::WrongPhase(phase)) => Ok(Err(RemoveRefused::WrongPhase(phase))),
        Err(DecisionError::Invalid(_, why)) => Ok(Err(RemoveRefused::Refused(why))),
        Err(DecisionError::NotFound) => Err(AppError::NotFound),
        Err(DecisionError::Db(e)) => Err(e.into()),
    }
}

/// The decisions of an edition as the chair of its jury sees them: every one but those on
/// submissions the chair is excluded from by a conflict of interest.
pub struct ChairView {
    /// The edition.
    pub edition: crate::domain::edition::Edition,
    /// The decisions shown.
    pub decisions: Vec<db::decisions::Decision>,
    /// How many are not shown.
    pub hidden: usize,
    /// Whether every decision (shown or not) is confirmed, and there is at least one.
    pub all_confirmed: bool,
}

/// The chair `juror_id`'s view of edition `edition_id`'s decisions, from the consensus phase
/// on; "not found" for anyone who is not the chair of its jury.
pub async fn for_chair(
    db: &DatabaseConnection,
    edition_id: i32,
    juror_id: i32,
) -> AppResult<ChairView> {
    check_chair(db, edition_id, juror_id).await?;
    let edition =
        super::phases::edition_past(db, edition_id, super::phases::Gate::Decisions).await?;
    let conflicted: Vec<i32> = db::conflicts::of_edition(db, edition_id)
        .await?
        .into_iter()
        .filter(|d| {
            d.juror_id == juror_id && crate::domain::conflicts::excludes(d.level, d.decision)
        })
        .map(|d| d.submission_id)
        .collect();
    let all = db::decisions::list(db, edition_id).await?;
    let all_confirmed = !all.is_empty() && all.iter().all(|d| d.confirmed_at.is_some());
    let total = all.len();
    let decisions: Vec<_> = all
        .into_iter()
        .filter(|d| !conflicted.contains(&d.submission_id))
        .collect();
    Ok(ChairView {
        edition,
        hidden: total - decisions.len(),
        decisions,
        all_confirmed,
    })
}

async fn check_chair(db: &DatabaseConnection, edition_id: i32, juror_id: i32) -> AppResult<()> {
    db::jury::membership(db, edition_id, juror_id)
        .await?
        .filter(|m| m.role == crate::domain::jury::JuryRole::Chair)
        .ok_or(AppError::NotFound)?;
    Ok(())
}

/// The chair `juror_id` confirms every decision of edition `edition_id` (audited), in the
/// consensus phase; how many. "Not found" for anyone who is not the chair; 409
/// `nothing_to_confirm` without a decision, `decisions_closed`/`decisions_not_available` outside
/// the consensus phase.
pub async fn confirm(
    db: &DatabaseConnection,
    edition_id: i32,
    juror_id: i32,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    use crate::error::Refusal;
    check_chair(db, edition_id, juror_id).await?;
    super::phases::edition_past(db, edition_id, super::phases::Gate::Decisions).await?;
    match db::decisions::confirm(db, edition_id, juror_id, now).await {
        Ok(0) => Err(AppError::Conflict {
            code: Refusal::NothingToConfirm,
            message: Message::new("decisions-refused-nothing-to-confirm"),
        }),
        Ok(n) => Ok(n),
        Err(DecisionError::WrongPhase(phase)) => Err(AppError::Conflict {
            code: Refusal::DecisionsClosed,
            message: Message::new("decisions-refused-confirm-phase").message("phase", phase.name()),
        }),
        Err(DecisionError::NotFound) => Err(AppError::NotFound),
        Err(DecisionError::Invalid(_, why)) => Err(AppError::Conflict {
            code: Refusal::DecisionRefused,
            message: why,
        }),
        Err(DecisionError::Db(e)) => Err(e.into()),
    }
}
