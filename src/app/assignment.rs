//! Automatic assignment, the secretariat's side: in a phase that allows it, the edition's
//! eligible submissions and scoring jurors planned (existing assignments kept, conflicts
//! respected), the new assignments written, and the design summary, or exactly why the request
//! cannot be met, in the submissions' titles and the jurors' names.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};

use crate::db;
use crate::domain::assignment::{AssignmentOptions, Named, Names, assign};
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::i18n::msg;

/// Problems with a request, each with its field, in the form's order.
pub type Problems = Vec<(&'static str, Message)>;

/// What the secretariat asks for, as typed.
#[derive(Clone, Debug, Default)]
pub struct Request {
    /// Jurors per submission, 1 to 20.
    pub per_submission: String,
    /// Submissions every juror scores, 0 to 50.
    pub calibration: String,
    /// The seed that makes the plan reproducible.
    pub seed: String,
}

impl Request {
    /// The options, or each problem with its field (`jurors_per_submission`, `calibration`,
    /// `seed`), in the form's order.
    pub fn options(&self) -> Result<AssignmentOptions, Problems> {
        let per_submission = self
            .per_submission
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|r| (1..=20).contains(r));
        let calibration = self
            .calibration
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|c| *c <= 50);
        let seed = self.seed.trim().parse::<u64>().ok();
        if let (Some(jurors_per_submission), Some(calibration_size), Some(seed)) =
            (per_submission, calibration, seed)
        {
            return Ok(AssignmentOptions {
                jurors_per_submission,
                calibration_size,
                max_load: None,
                seed,
            });
        }
        let mut problems = Vec::new();
        if per_submission.is_none() {
            let typed = self.per_submission.trim();
            let problem = Message::new("assign-problem-per-submission").text("value", typed);
            problems.push(("jurors_per_submission", problem));
        }
        if calibration.is_none() {
            let typed = self.calibration.trim();
            let problem = Message::new("assign-problem-calibration").text("value", typed);
            problems.push(("calibration", problem));
        }
        if seed.is_none() {
            let problem = Message::new("assign-problem-seed").text("value", self.seed.trim());
            problems.push(("seed", problem));
        }
        Err(problems)
    }
}

/// Why no assignment was made. Nothing was written.
#[derive(Debug)]
pub enum Refused {
    /// The edition's phase does not allow assignments: why.
    Closed(Message),
    /// The request's numbers are not usable: each problem with its field.
    Invalid(Problems),
    /// The request cannot be met: why, in titles and names.
    Infeasible(Message),
}

/// The titles of the edition's submissions and the names of its jurors.
async fn names(db: &DatabaseConnection, edition_id: i32) -> AppResult<Names> {
    let submissions: BTreeMap<i32, String> =
        db::screening::list(db, edition_id, &Default::default())
            .await?
            .into_iter()
            .map(|row| (row.id, row.title))
            .collect();
    let jurors: BTreeMap<i32, String> = db::jury::members(db, edition_id)
        .await?
        .into_iter()
        .map(|m| (m.user_id, m.name))
        .collect();
    Ok(Names::new(submissions, jurors))
}

/// Plans and writes the automatic assignments of edition `id`; the answer says how many were
/// added and describes the design.
pub async fn automatic(
    db: &DatabaseConnection,
    id: i32,
    request: &Request,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<Vec<Message>, Refused>> {
    let names = names(db, id).await?;
    // The plan is made and written under the edition's lock: two runs at once plan one after
    // the other, the second keeping what the first added, and the phase cannot change between.
    let txn = db.begin().await?;
    let model = db::editions::locked(&txn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(why) = db::editions::status_of(&model)?.refuses_assignments() {
        return Ok(Err(Refused::Closed(not_assigned(why))));
    }
    let options = match request.options() {
        Ok(options) => options,
        Err(problems) => return Ok(Err(Refused::Invalid(problems))),
    };
    let input = db::assignments::planning_input(&txn, id).await?;
    let outcome = match assign(&input, &options) {
        Ok(plan) => {
            let added = db::assignments::apply_plan(&txn, id, &plan, actor_id, now).await?;
            let mut lines = vec![Message::new("assign-added").number("count", added)];
            lines.extend(Named(&plan.summary, &names).messages());
            Ok(lines)
        }
        Err(infeasible) => Err(Refused::Infeasible(Named(&infeasible, &names).message())),
    };
    txn.commit().await?;
    Ok(outcome)
}

/// Why a juror was not assigned by hand. Nothing was written.
#[derive(Debug)]
pub enum ManualRefused {
    /// The edition's phase does not allow assignments: why.
    Closed(Message),
    /// This juror cannot take this submission (conflicted, not on the jury, not eligible,
    /// already assigned): why.
    Pair(Message),
}

/// "Not assigned", and why.
fn not_assigned(why: Message) -> Message {
    Message::new("assign-not-assigned").message("why", why)
}

impl ManualRefused {
    /// Why.
    pub fn message(self) -> Message {
        match self {
            ManualRefused::Closed(why) | ManualRefused::Pair(why) => why,
        }
    }
}

/// Assigns juror `juror_id` to submission `submission_id` by hand (audited), under the edition's
/// lock: in a phase that allows it, a scoring member of the jury, an eligible submission, no
/// conflict of interest, not twice (also when asked twice at once). The refusal says why.
pub async fn assign_by_hand(
    db: &DatabaseConnection,
    id: i32,
    (juror_id, submission_id): (i32, i32),
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<(), ManualRefused>> {
    use crate::db::assignments::ManualError;
    let txn = db.begin().await?;
    let model = db::editions::locked(&txn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(why) = db::editions::status_of(&model)?.refuses_assignments() {
        return Ok(Err(ManualRefused::Closed(not_assigned(why))));
    }
    let added = db::assignments::add_manual(&txn, id, juror_id, submission_id, actor_id, now).await;
    match added {
        Ok(()) => {
            txn.commit().await?;
            Ok(Ok(()))
        }
        Err(ManualError::Db(e)) => Err(e.into()),
        Err(refusal) => Ok(Err(ManualRefused::Pair(not_assigned(refusal.message())))),
    }
}

/// Why an assignment was not removed or its scorecard not reopened. Nothing was written.
#[derive(Debug)]
pub enum ChangeRefused {
    /// The reason is missing or too short: the problem.
    Invalid(Message),
    /// Only a submitted scorecard can be reopened.
    NotSubmitted,
}

fn reason_problem(reason: &str, why: &str) -> Option<ChangeRefused> {
    let why = Message::new(why);
    crate::domain::limits::check_reason(reason, 5, why)
        .err()
        .map(ChangeRefused::Invalid)
}

/// Removes an assignment with a reason (audited; the whole scorecard is kept in the audit
/// record). The answer is the edition's id.
pub async fn remove(
    db: &DatabaseConnection,
    aid: i32,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<i32, ChangeRefused>> {
    let edition = db::assignments::edition_of(db, aid)
        .await?
        .ok_or(AppError::NotFound)?;
    let reason = reason.trim();
    if let Some(refused) = reason_problem(reason, msg("why-assignment-removed")) {
        return Ok(Err(refused));
    }
    db::assignments::remove(db, aid, reason, actor_id, now).await?;
    Ok(Ok(edition))
}

/// Reopens a submitted scorecard with a reason (audited; a new revision begins and the history
/// is kept). The answer is the edition's id.
pub async fn reopen(
    db: &DatabaseConnection,
    aid: i32,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<i32, ChangeRefused>> {
    let edition = db::assignments::edition_of(db, aid)
        .await?
        .ok_or(AppError::NotFound)?;
    let reason = reason.trim();
    if let Some(refused) = reason_problem(reason, msg("why-scorecard-reopened")) {
        return Ok(Err(refused));
    }
    if db::assignments::reopen(db, aid, reason, actor_id, now).await? {
        Ok(Ok(edition))
    } else {
        Ok(Err(ChangeRefused::NotSubmitted))
    }
}
