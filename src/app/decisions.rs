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
use crate::error::{AppError, AppResult};

/// What still keeps the edition from being decided, in words; empty when it may be.
pub async fn blocking(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<String>, ResultsError> {
    let Some(edition) = db::editions::find(db, edition_id).await? else {
        return Err(DbErr::RecordNotFound(format!("edition {edition_id}")).into());
    };
    let mut problems = Vec::new();
    let decisions = db::decisions::list(db, edition_id).await?;
    if decisions.is_empty() {
        problems.push("No decision is recorded yet.".to_owned());
    } else {
        let confirmed = decisions
            .iter()
            .filter(|d| d.confirmed_at.is_some())
            .count();
        if confirmed < decisions.len() {
            problems.push(format!(
                "The chair has not confirmed the decisions yet ({confirmed} of {} confirmed).",
                decisions.len()
            ));
        }
    }
    let Some(official) = results::official(db, &edition, Depth::Ranking).await? else {
        problems.push(
            "The official ranking method is not chosen yet: open the results to choose it."
                .to_owned(),
        );
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
    Invalid(BTreeMap<String, String>),
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
        errors.insert(
            "prize".to_owned(),
            "Prize: choose the prize (or no prize)".to_owned(),
        );
    }
    let mut votes = BTreeMap::new();
    for (juror, vote) in &typed.votes {
        match vote.parse::<Vote>() {
            Ok(Vote::Absent) => {}
            Ok(v) => {
                votes.insert(*juror, v);
            }
            Err(_) => {
                errors.insert(
                    "votes".to_owned(),
                    "Vote: choose for, against, abstains or absent for each juror".to_owned(),
                );
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
    Invalid(String),
    /// A rule of the decisions refuses it now: why.
    Refused(String),
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
    if let Err(problem) = crate::domain::limits::check_reason(reason, 10, "the decision is removed")
    {
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
