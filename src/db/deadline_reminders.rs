//! Deadline reminders: which were sent for an edition, the drafts they go to, and claiming one
//! with its emails in one transaction, so that of several instances' senders one sends it.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionSession, TransactionTrait, TryInsertResult,
};

use super::entities::{deadline_reminder, submission};
use crate::domain::account::Account;
use crate::domain::application::SubmissionStatus;
use crate::domain::outbox::Email;

/// The reminders already sent for an edition, as days before its deadline.
pub async fn sent(db: &impl ConnectionTrait, edition_id: i32) -> Result<Vec<i64>, DbErr> {
    Ok(deadline_reminder::Entity::find()
        .filter(deadline_reminder::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| i64::from(row.days_before))
        .collect())
}

/// The drafts of an edition with their applicants: (application id, title, applicant).
pub async fn drafts(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<(i32, String, Account)>, DbErr> {
    let rows = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Draft.as_str()))
        .order_by_asc(submission::Column::Id)
        .all(db)
        .await?;
    let mut drafts = Vec::with_capacity(rows.len());
    for row in rows {
        if let Some(account) = super::users::find(db, row.applicant_user_id).await?
            && account.active
        {
            drafts.push((row.id, row.title, account));
        }
    }
    Ok(drafts)
}

/// Records the reminders `days` of an edition (the first is the one sent, the others are made
/// pointless by it) and queues `emails`, in one transaction; false, with nothing written, when
/// another sender recorded the first one already.
pub async fn claim<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    days: &[i64],
    emails: &[Email],
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let recipients = i32::try_from(emails.len()).unwrap_or(i32::MAX);
    for (n, day) in days.iter().enumerate() {
        let inserted = deadline_reminder::Entity::insert(deadline_reminder::ActiveModel {
            edition_id: Set(edition_id),
            days_before: Set(i32::try_from(*day).unwrap_or(i32::MAX)),
            sent_at: Set(now),
            recipients: Set(if n == 0 { recipients } else { 0 }),
        })
        .on_conflict_do_nothing_on([
            deadline_reminder::Column::EditionId,
            deadline_reminder::Column::DaysBefore,
        ])
        .exec_without_returning(&txn)
        .await?;
        let claimed = matches!(inserted, TryInsertResult::Inserted(rows) if rows > 0);
        if n == 0 && !claimed {
            return Ok(false);
        }
    }
    for email in emails {
        super::outbox::enqueue(&txn, email, now).await?;
    }
    txn.commit().await?;
    Ok(true)
}
