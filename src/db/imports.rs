//! Importing applications from another form tool: every row becomes an account (when new), a
//! draft and a submission with its eligibility, all in one transaction: all rows or none.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, TransactionSession, TransactionTrait};
use serde_json::json;

use super::audit::{self, AuditEvent};
use crate::domain::account::NewAccount;
use crate::domain::application::{ImportRow, ValidationContext, validate};
use crate::domain::edition::Edition;
use crate::domain::role::Role;

async fn applicant_for(
    txn: &impl ConnectionTrait,
    row: &ImportRow,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    if let Some((account, _)) = super::users::find_for_login(txn, &row.email).await? {
        return Ok(account.id);
    }
    let name = if row.name.trim().is_empty() {
        row.email.clone()
    } else {
        row.name.trim().to_owned()
    };
    let new = NewAccount {
        email: row.email.clone(),
        name,
        role: Role::Applicant,
        password: String::new(),
    };
    let account = super::users::create_without_password(txn, &new, actor_id, now)
        .await
        .map_err(|e| DbErr::Custom(format!("line {}: {e}", row.line)))?;
    Ok(account.id)
}

/// Imports valid rows into an edition; returns how many. Any failure rolls everything back.
pub async fn import_applications<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition: &Edition,
    ctx: &ValidationContext,
    rows: &[ImportRow],
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let txn = db.begin().await?;
    let winners = super::screening::past_winners(&txn, edition.id).await?;
    for row in rows {
        let applicant = applicant_for(&txn, row, actor_id, now).await?;
        let language = if row.draft.language.is_empty() {
            "en"
        } else {
            row.draft.language.as_str()
        };
        let id =
            super::applications::create_draft(&txn, edition.id, applicant, language, now).await?;
        let version = super::applications::save_draft(&txn, id, 1, &row.draft, now)
            .await
            .map_err(|e| DbErr::Custom(format!("line {}: {e}", row.line)))?;
        let application = validate(&row.draft, ctx)
            .map_err(|_| DbErr::Custom(format!("line {}: no longer valid", row.line)))?;
        let received = row.submitted_at.unwrap_or(now);
        let rules =
            super::screening::evaluate_with_winners(edition, &application, received, &winners);
        super::applications::submit(
            &txn,
            id,
            version,
            &application,
            &rules,
            actor_id,
            "application.imported",
            received,
        )
        .await
        .map_err(|e| DbErr::Custom(format!("line {}: {e}", row.line)))?;
    }
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "submissions.imported",
            subject_type: "edition",
            subject_id: Some(edition.id.to_string()),
            details: json!({"rows": rows.len()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(rows.len())
}
