//! The jury's award decisions of an edition: recorded during the consensus phase with each
//! voting juror's vote (conflicted jurors never vote), removed with a reason, confirmed by the
//! chair; and what still keeps the edition from being decided.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{award_decision, decision_vote, user};
use crate::domain::conflicts::excludes;
use crate::domain::decisions::{Prize, Proposal, Recorded, Tally, Vote, check, tally};
use crate::domain::edition::EditionStatus;

/// A juror who may vote on decisions about one submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voter {
    /// Account id.
    pub juror_id: i32,
    /// Name.
    pub name: String,
}

/// A recorded decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// Id.
    pub id: i32,
    /// The submission.
    pub submission_id: i32,
    /// Its title.
    pub title: String,
    /// The prize.
    pub prize: Prize,
    /// The special prize's name.
    pub special_name: Option<String>,
    /// Why.
    pub rationale: String,
    /// Shared with the other holders of the prize.
    pub ex_aequo: bool,
    /// The tally.
    pub tally: Tally,
    /// Each voter's vote, by name.
    pub votes: Vec<(String, Vote)>,
    /// When the chair confirmed it.
    pub confirmed_at: Option<DateTime<Utc>>,
}

/// Why a decision was refused.
#[derive(Debug, thiserror::Error)]
pub enum DecisionError {
    /// The input breaks a rule: the form field and the problem.
    #[error("{1}")]
    Invalid(&'static str, crate::domain::message::Message),
    /// The edition is not in the consensus phase.
    #[error(
        "decisions are recorded during the consensus phase; this edition is in the phase \"{}\"",
        .0.label()
    )]
    WrongPhase(EditionStatus),
    /// No such edition, submission or decision.
    #[error("not found")]
    NotFound,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The jurors who may vote on a submission: the edition's jury members, observers excepted,
/// without those a conflict of interest excludes from it.
pub async fn voters(
    db: &impl ConnectionTrait,
    edition_id: i32,
    submission_id: i32,
) -> Result<Vec<Voter>, DbErr> {
    let excluded: BTreeSet<i32> = super::conflicts::of_edition(db, edition_id)
        .await?
        .into_iter()
        .filter(|d| d.submission_id == submission_id && excludes(d.level, d.decision))
        .map(|d| d.juror_id)
        .collect();
    Ok(super::jury::members(db, edition_id)
        .await?
        .into_iter()
        .filter(|m| m.jury_role.scores() && !excluded.contains(&m.user_id))
        .map(|m| Voter {
            juror_id: m.user_id,
            name: m.name,
        })
        .collect())
}

/// The jury members whom a conflict of interest keeps from voting on a submission, by name.
pub async fn conflicted_members(
    db: &impl ConnectionTrait,
    edition_id: i32,
    submission_id: i32,
) -> Result<Vec<String>, DbErr> {
    let allowed: BTreeSet<i32> = voters(db, edition_id, submission_id)
        .await?
        .into_iter()
        .map(|v| v.juror_id)
        .collect();
    Ok(super::jury::members(db, edition_id)
        .await?
        .into_iter()
        .filter(|m| m.jury_role.scores() && !allowed.contains(&m.user_id))
        .map(|m| m.name)
        .collect())
}

async fn titles(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<BTreeMap<i32, String>, DbErr> {
    Ok(super::assignments::eligible_submissions(db, edition_id)
        .await?
        .into_iter()
        .map(|s| (s.id, s.title))
        .collect())
}

/// The decisions of an edition, in the order of the ceremony.
pub async fn list(db: &impl ConnectionTrait, edition_id: i32) -> Result<Vec<Decision>, DbErr> {
    let rows = award_decision::Entity::find()
        .filter(award_decision::Column::EditionId.eq(edition_id))
        .order_by_asc(award_decision::Column::Id)
        .all(db)
        .await?;
    let titles = titles(db, edition_id).await?;
    let votes = decision_vote::Entity::find()
        .filter(decision_vote::Column::DecisionId.is_in(rows.iter().map(|r| r.id)))
        .order_by_asc(decision_vote::Column::Id)
        .all(db)
        .await?;
    let names: BTreeMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(votes.iter().map(|v| v.juror_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let mut decisions: Vec<Decision> = rows
        .into_iter()
        .filter_map(|row| {
            let prize = row.prize.parse::<Prize>().ok()?;
            Some(Decision {
                id: row.id,
                submission_id: row.submission_id,
                title: titles.get(&row.submission_id).cloned().unwrap_or_default(),
                prize,
                special_name: row.special_name,
                rationale: row.rationale,
                ex_aequo: row.ex_aequo,
                tally: Tally {
                    for_: row.votes_for,
                    against: row.votes_against,
                    abstain: row.votes_abstain,
                },
                votes: votes
                    .iter()
                    .filter(|v| v.decision_id == row.id)
                    .filter_map(|v| {
                        Some((
                            names.get(&v.juror_id).cloned().unwrap_or_default(),
                            v.vote.parse().ok()?,
                        ))
                    })
                    .collect(),
                confirmed_at: row.confirmed_at,
            })
        })
        .collect();
    decisions.sort_by_key(|d| (d.prize, d.id));
    Ok(decisions)
}

/// Checks that the edition is in the consensus phase, its row locked for the rest of the
/// transaction (so that a change of phase and a decision take turns).
async fn phase(txn: &impl ConnectionTrait, edition_id: i32) -> Result<(), DecisionError> {
    let edition = super::editions::locked(txn, edition_id)
        .await?
        .ok_or(DecisionError::NotFound)?;
    let status = super::editions::status_of(&edition)?;
    if status != EditionStatus::Consensus {
        return Err(DecisionError::WrongPhase(status));
    }
    Ok(())
}

async fn clear_confirmations(txn: &impl ConnectionTrait, edition_id: i32) -> Result<(), DbErr> {
    award_decision::Entity::update_many()
        .col_expr(
            award_decision::Column::ConfirmedBy,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(
            award_decision::Column::ConfirmedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(award_decision::Column::EditionId.eq(edition_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Records a decision with each voter's vote; a vote from a juror who may not vote on this
/// submission is refused. Sharing a prize ex aequo marks its other holders too. Any earlier
/// confirmation by the chair lapses. One transaction, audited.
pub async fn record<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    proposal: &Proposal,
    votes: &BTreeMap<i32, Vote>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<i32, DecisionError> {
    let mut proposal = proposal.clone();
    proposal.votes = votes.values().copied().collect();
    let proposal = &proposal;
    let txn = db.begin().await?;
    phase(&txn, edition_id).await?;
    let titles = titles(&txn, edition_id).await?;
    if !titles.contains_key(&proposal.submission_id) {
        return Err(DecisionError::Invalid(
            "submission",
            crate::domain::message::Message::new("decision-problem-submission"),
        ));
    }
    let allowed = voters(&txn, edition_id, proposal.submission_id).await?;
    if let Some(stranger) = votes
        .keys()
        .find(|id| !allowed.iter().any(|v| v.juror_id == **id))
    {
        return Err(DecisionError::Invalid(
            "votes",
            crate::domain::message::Message::new("decision-problem-stranger")
                .number("juror", *stranger),
        ));
    }
    let recorded = as_recorded(list(&txn, edition_id).await?);
    check(proposal, &recorded).map_err(|(field, why)| DecisionError::Invalid(field, why))?;
    let counted = tally(&proposal.votes);
    if proposal.ex_aequo && proposal.prize.is_podium() {
        award_decision::Entity::update_many()
            .col_expr(award_decision::Column::ExAequo, Expr::value(true))
            .filter(award_decision::Column::EditionId.eq(edition_id))
            .filter(award_decision::Column::Prize.eq(proposal.prize.as_str()))
            .exec(&txn)
            .await?;
    }
    clear_confirmations(&txn, edition_id).await?;
    let special =
        (proposal.prize == Prize::Special).then(|| proposal.special_name.trim().to_owned());
    let round_id = super::rounds::final_id(&txn, edition_id).await?;
    let saved = award_decision::ActiveModel {
        round_id: Set(Some(round_id)),
        edition_id: Set(edition_id),
        submission_id: Set(proposal.submission_id),
        prize: Set(proposal.prize.as_str().to_owned()),
        special_name: Set(special.clone()),
        rationale: Set(proposal.rationale.trim().to_owned()),
        votes_for: Set(counted.for_),
        votes_against: Set(counted.against),
        votes_abstain: Set(counted.abstain),
        ex_aequo: Set(proposal.ex_aequo && proposal.prize.is_podium()),
        confirmed_by: Set(None),
        confirmed_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (juror_id, vote) in votes {
        decision_vote::ActiveModel {
            decision_id: Set(saved.id),
            juror_id: Set(*juror_id),
            vote: Set(vote.as_str().to_owned()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "decision.recorded",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({
                "decision": saved.id,
                "submission": proposal.submission_id,
                "prize": proposal.prize.as_str(),
                "special_name": special,
                "ex_aequo": saved.ex_aequo,
                "rationale": saved.rationale,
                "votes": votes.iter().map(|(j, v)| (j.to_string(), v.as_str())).collect::<BTreeMap<_, _>>(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// The edition of a decision, if it exists.
pub async fn edition_of(db: &impl ConnectionTrait, id: i32) -> Result<Option<i32>, DbErr> {
    Ok(award_decision::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|d| d.edition_id))
}

/// Removes a decision with the reason (its votes go with it, kept in the audit record); a prize
/// left with one holder is no longer ex aequo; the chair's confirmation lapses.
pub async fn remove<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<i32, DecisionError> {
    let txn = db.begin().await?;
    let model = award_decision::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(DecisionError::NotFound)?;
    let edition_id = model.edition_id;
    phase(&txn, edition_id).await?;
    let votes = decision_vote::Entity::find()
        .filter(decision_vote::Column::DecisionId.eq(id))
        .all(&txn)
        .await?;
    // Removed meanwhile by another request (which held the edition's lock first): nothing to do.
    let deleted = award_decision::Entity::delete_by_id(id).exec(&txn).await?;
    if deleted.rows_affected == 0 {
        return Err(DecisionError::NotFound);
    }
    let holders = award_decision::Entity::find()
        .filter(award_decision::Column::EditionId.eq(edition_id))
        .filter(award_decision::Column::Prize.eq(model.prize.clone()))
        .all(&txn)
        .await?;
    if let [only] = holders.as_slice() {
        let mut alone: award_decision::ActiveModel = only.clone().into();
        alone.ex_aequo = Set(false);
        alone.update(&txn).await?;
    }
    clear_confirmations(&txn, edition_id).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "decision.removed",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({
                "decision": id,
                "submission": model.submission_id,
                "prize": model.prize,
                "rationale": model.rationale,
                "reason": reason,
                "votes": votes.iter().map(|v| (v.juror_id.to_string(), v.vote.clone())).collect::<BTreeMap<_, _>>(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(edition_id)
}

/// The chair confirms every decision of the edition. Audited.
pub async fn confirm<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    chair_id: i32,
    now: DateTime<Utc>,
) -> Result<usize, DecisionError> {
    let txn = db.begin().await?;
    phase(&txn, edition_id).await?;
    let confirmed = award_decision::Entity::update_many()
        .col_expr(award_decision::Column::ConfirmedBy, Expr::value(chair_id))
        .col_expr(award_decision::Column::ConfirmedAt, Expr::value(now))
        .filter(award_decision::Column::EditionId.eq(edition_id))
        .exec(&txn)
        .await?
        .rows_affected;
    if confirmed == 0 {
        return Ok(0);
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(chair_id),
            action: "decision.confirmed",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({"decisions": confirmed}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(usize::try_from(confirmed).unwrap_or(usize::MAX))
}

/// The decisions as the rules on prizes read them.
pub fn as_recorded(decisions: Vec<Decision>) -> Vec<Recorded> {
    decisions
        .into_iter()
        .map(|d| Recorded {
            submission_id: d.submission_id,
            title: d.title,
            prize: d.prize,
        })
        .collect()
}
