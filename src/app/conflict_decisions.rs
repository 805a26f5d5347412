//! Conflicts of interest, the deciding side: the secretariat, or the chair of the edition's jury
//! for another juror's declaration, allows or excludes a potential conflict and grants or refuses
//! a juror's request to lower one. Nobody decides about their own conflict. Pages and API share
//! these rules; the decisions themselves run under the declaration's row lock (see `db::conflicts`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use super::conflicts::conflict_error;
use crate::db;
use crate::db::conflicts::Declaration;
use crate::domain::account::Account;
use crate::domain::conflicts::{ConflictDecision, MIN_EXPLANATION};
use crate::domain::jury::JuryRole;
use crate::domain::limits;
use crate::domain::message::Message;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult, Refusal};

/// A declaration `decider` may see as someone who decides conflicts: made only by
/// [`decidable_by`], so holding one proves the authorisation.
pub struct Decidable {
    declaration: Declaration,
    edition_id: i32,
    decider_id: i32,
}

impl Decidable {
    /// The declaration's submission's edition.
    pub fn edition_id(&self) -> i32 {
        self.edition_id
    }

    /// The declaration as it was read (a decision re-reads it under a lock).
    pub fn declaration(&self) -> &Declaration {
        &self.declaration
    }

    fn not_own(&self) -> AppResult<()> {
        if self.declaration.juror_id == self.decider_id {
            return Err(AppError::Conflict {
                code: Refusal::OwnConflict,
                message: Message::new("conflict-refused-own"),
            });
        }
        Ok(())
    }
}

/// The declaration if `account` may decide on it: the secretariat always, a juror only as the
/// chair of that edition's jury; "not found" for anyone else.
pub async fn decidable_by(
    db: &DatabaseConnection,
    declaration_id: i32,
    account: &Account,
) -> AppResult<Decidable> {
    let declaration = db::conflicts::find(db, declaration_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let edition_id = db::applications::find(db, declaration.submission_id)
        .await?
        .ok_or(AppError::NotFound)?
        .edition_id;
    match account.role {
        Role::Secretariat => {}
        Role::Juror => {
            db::jury::membership(db, edition_id, account.id)
                .await?
                .filter(|m| m.role == JuryRole::Chair)
                .ok_or(AppError::NotFound)?;
        }
        Role::Applicant => return Err(AppError::NotFound),
    }
    Ok(Decidable {
        declaration,
        edition_id,
        decider_id: account.id,
    })
}

/// Allows or excludes a potential conflict (audited); `decision` as typed. 409
/// `own_conflict` for the decider's own declaration, `not_a_potential_conflict` for a
/// disqualifying one or none.
pub async fn decide(
    db: &DatabaseConnection,
    decidable: &Decidable,
    decision: &str,
    now: DateTime<Utc>,
) -> AppResult<ConflictDecision> {
    decidable.not_own()?;
    let decision = ConflictDecision::parse(decision)
        .ok_or_else(|| AppError::invalid("decision", Message::new("conflict-problem-decision")))?;
    let id = decidable.declaration.id;
    db::conflicts::decide(db, id, decision, decidable.decider_id, now)
        .await
        .map_err(conflict_error)?;
    Ok(decision)
}

/// Grants (`grant`) or refuses (`refuse`) a juror's request to lower a declaration, with a
/// reason (audited); whether it was granted. 409 `own_conflict`, `no_review_requested` (decided
/// meanwhile) or `review_outdated`.
pub async fn decide_review(
    db: &DatabaseConnection,
    decidable: &Decidable,
    decision: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    decidable.not_own()?;
    let grant = match decision {
        "grant" => true,
        "refuse" => false,
        _ => {
            return Err(AppError::invalid(
                "decision",
                Message::new("review-problem-decision"),
            ));
        }
    };
    let why = Message::new("why-review-decided");
    limits::check_reason(reason, MIN_EXPLANATION, why)
        .map_err(|problem| AppError::invalid("reason", problem))?;
    let id = decidable.declaration.id;
    db::conflicts::decide_review(db, id, grant, reason, decidable.decider_id, now)
        .await
        .map_err(conflict_error)?;
    Ok(grant)
}

/// A declaration as those who decide on it see it.
pub struct Listed {
    /// The declaration.
    pub declaration: Declaration,
    /// The juror's name.
    pub juror: String,
    /// The submission's title.
    pub title: String,
}

/// The declarations `account` decides on in an edition, in id order: every one for the
/// secretariat; for the chair of its jury, the other jurors' that wait for a decision (a
/// potential conflict not yet decided, or a request to lower one); "not found" for anyone else.
pub async fn of_edition(
    db: &DatabaseConnection,
    edition_id: i32,
    account: &Account,
) -> AppResult<Vec<Listed>> {
    db::editions::find(db, edition_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let chair = match account.role {
        Role::Secretariat => false,
        Role::Juror => {
            db::jury::membership(db, edition_id, account.id)
                .await?
                .filter(|m| m.role == JuryRole::Chair)
                .ok_or(AppError::NotFound)?;
            true
        }
        Role::Applicant => return Err(AppError::NotFound),
    };
    let mut names = BTreeMap::new();
    let mut titles = BTreeMap::new();
    let mut listed = Vec::new();
    for declaration in db::conflicts::of_edition(db, edition_id).await? {
        let others_waiting =
            db::conflicts::awaits_decision(&declaration) && declaration.juror_id != account.id;
        if chair && !others_waiting {
            continue;
        }
        if let std::collections::btree_map::Entry::Vacant(slot) = names.entry(declaration.juror_id)
        {
            let account = db::users::find(db, declaration.juror_id).await?;
            slot.insert(account.map(|a| a.name).unwrap_or_default());
        }
        if let std::collections::btree_map::Entry::Vacant(slot) =
            titles.entry(declaration.submission_id)
        {
            let application = db::applications::find(db, declaration.submission_id).await?;
            slot.insert(application.map(|a| a.draft.title).unwrap_or_default());
        }
        listed.push(Listed {
            juror: names
                .get(&declaration.juror_id)
                .cloned()
                .unwrap_or_default(),
            title: titles
                .get(&declaration.submission_id)
                .cloned()
                .unwrap_or_default(),
            declaration,
        });
    }
    listed.sort_by_key(|l| l.declaration.id);
    Ok(listed)
}
