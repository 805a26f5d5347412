//! An edition's phases: moving it along its lifecycle, and the gates of the steps that open with
//! the consensus phase and stay open after it (the consensus, the jury's decisions, the results),
//! refused before it with a stable code and words that say which phase the edition is in.

use sea_orm::ConnectionTrait;

use crate::db;
use crate::domain::edition::{Edition, EditionStatus};
use crate::domain::message::Message;
use crate::domain::round::RoundOutcome;
use crate::error::{AppError, AppResult, Refusal};
use crate::i18n::msg;

/// A step that opens with the consensus phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    /// The consensus pages, where the individual scores are shown.
    Consensus,
    /// The jury's decisions.
    Decisions,
    /// The results and the exports made from them.
    Results,
}

impl Gate {
    /// Why the step is closed in an edition at `status`, if it is.
    pub fn closed_in(self, status: EditionStatus) -> Option<AppError> {
        if status.is_at_or_after(EditionStatus::Consensus) {
            return None;
        }
        let (code, id) = match self {
            Gate::Consensus => (Refusal::ConsensusNotOpen, msg("gate-consensus-not-open")),
            Gate::Decisions => (
                Refusal::DecisionsNotAvailable,
                msg("gate-decisions-not-open"),
            ),
            Gate::Results => (Refusal::ResultsNotAvailable, msg("gate-results-not-open")),
        };
        let message = Message::new(id).message("phase", status.name());
        Some(AppError::conflict(code, message))
    }

    /// Refuses the step when it is closed in `status`.
    pub fn check(self, status: EditionStatus) -> AppResult<()> {
        self.closed_in(status).map_or(Ok(()), Err)
    }
}

/// The edition `id` once `gate` is open in it (the jury's decisions only in the round that
/// decides the prizes); "not found" when there is no such edition.
pub async fn edition_past(db: &impl ConnectionTrait, id: i32, gate: Gate) -> AppResult<Edition> {
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    gate.check(edition.status)?;
    if gate == Gate::Decisions {
        let round = db::rounds::current(db, id).await?;
        if let RoundOutcome::Shortlist(_) = round.outcome {
            let message =
                Message::new("gate-decisions-not-final-round").message("round", round.title());
            return Err(AppError::conflict(Refusal::DecisionsNotAvailable, message));
        }
    }
    Ok(edition)
}

/// Moves edition `id` to the phase `to`, under the edition's lock: the lifecycle's rules, and
/// for the decided state every decision recorded and confirmed; entering screening runs the
/// eligibility rules again (in the same transaction). The answer says what happened, or why
/// not (nothing changed then).
pub async fn change_status(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    to: EditionStatus,
    actor_id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Result<Message, Message>> {
    use crate::db::editions::EditionError;
    use sea_orm::TransactionTrait;
    let txn = db.begin().await?;
    let locked = db::editions::locked(&txn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let current = db::editions::status_of(&locked)?;
    if to == EditionStatus::Decided && current.check_transition(to).is_ok() {
        let round = db::rounds::current(&txn, id).await?;
        if let RoundOutcome::Shortlist(_) = round.outcome {
            let why = Message::new("phase-refused-shortlist-first").message("round", round.title());
            return Ok(Err(why));
        }
        let blocking = super::decisions::blocking(&txn, id).await?;
        if !blocking.is_empty() {
            let why = Message::new("phase-refused-not-decidable").sentences("problems", blocking);
            return Ok(Err(why));
        }
    }
    let edition = match db::editions::transition(&txn, id, to, actor_id, now).await {
        Ok(edition) => edition,
        Err(EditionError::NotAllowed(why) | EditionError::Fixed { why, .. }) => {
            return Ok(Err(why));
        }
        Err(EditionError::NotFound) => return Err(AppError::NotFound),
        Err(EditionError::Db(e)) => return Err(e.into()),
    };
    let mut message = Message::new("phase-changed").message("phase", edition.status.name());
    if to == EditionStatus::Screening {
        let checked = db::screening::recheck_edition(&txn, &edition, now).await?;
        message = Message::new("phase-changed-rechecked")
            .message("phase", edition.status.name())
            .number("count", checked);
    }
    txn.commit().await?;
    Ok(Ok(message))
}

/// Takes edition `id` from the consensus phase back to the jury evaluation, with the reason as
/// typed (audited): 422 on `reason`, 409 `phase_change_refused` when a consensus is recorded or
/// the edition is not in the consensus phase.
pub async fn back_to_evaluation(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    reason: &str,
    actor_id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Edition> {
    use crate::db::evaluation_phase::BackError;
    let reason = crate::domain::evaluation_phase::parse_reason(reason)
        .map_err(|problem| AppError::invalid("reason", problem))?;
    match db::evaluation_phase::back_to_evaluation(db, id, &reason, actor_id, now).await {
        Ok(edition) => Ok(edition),
        Err(BackError::NotFound) => Err(AppError::NotFound),
        Err(BackError::Refused(refused)) => Err(AppError::Conflict {
            code: Refusal::PhaseChangeRefused,
            message: Message::new("consensus-back-refused").message("why", refused.message()),
        }),
        Err(BackError::Db(e)) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::Gate;
    use crate::domain::edition::EditionStatus;
    use crate::error::{AppError, Refusal};

    #[test]
    fn every_gate_opens_with_the_consensus_phase_and_says_the_phase_before_it() {
        for gate in [Gate::Consensus, Gate::Decisions, Gate::Results] {
            assert!(gate.check(EditionStatus::Consensus).is_ok());
            assert!(gate.check(EditionStatus::Announced).is_ok());
            assert!(gate.check(EditionStatus::JuryEvaluation).is_err());
        }
        match Gate::Results.closed_in(EditionStatus::JuryEvaluation) {
            Some(AppError::Conflict { code, message }) => {
                assert_eq!(code, Refusal::ResultsNotAvailable);
                let said = crate::i18n::say(crate::domain::language::Lang::EN, &message);
                assert!(said.contains("Jury evaluation"), "{said}");
            }
            other => panic!("{other:?}"),
        }
    }
}
