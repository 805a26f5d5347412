//! The outbox of emails: queued inside the transaction of what they announce, claimed by one
//! instance at a time, marked sent (and their body, which may hold a one-time link, erased) or
//! failed with the next attempt planned.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::entities::outbox;
use crate::domain::outbox::{Email, retry_after};

/// How long a claimed message is reserved for the instance sending it.
const LEASE: Duration = Duration::minutes(10);

/// A queued message, as the sender needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    /// Outbox id.
    pub id: i32,
    /// Address.
    pub recipient: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// Deliveries already tried.
    pub attempts: i32,
}

/// Where the latest message to an address stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Waiting to be sent (again, after `attempts` failures).
    Queued {
        /// Failed deliveries so far.
        attempts: i32,
        /// The last failure, if any.
        last_error: Option<String>,
    },
    /// Sent.
    Sent(DateTime<Utc>),
    /// Given up after repeated failures.
    Failed(String),
}

/// Queues an email, to be sent by the background sender.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    email: &Email,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    outbox::ActiveModel {
        kind: Set(email.kind.to_owned()),
        recipient: Set(email.recipient.clone()),
        subject: Set(email.subject.clone()),
        body: Set(email.body.clone()),
        created_at: Set(now),
        next_attempt_at: Set(Some(now)),
        attempts: Set(0),
        last_error: Set(None),
        sent_at: Set(None),
        edition_id: Set(email.edition_id),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Claims up to `limit` messages that are due: each is reserved for this caller by moving its
/// next attempt past the lease, under a check that nobody else moved it first, so several
/// instances never send the same message twice at once.
pub async fn claim_due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Queued>, DbErr> {
    let due = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let mut claimed = Vec::new();
    for message in due {
        let Some(planned) = message.next_attempt_at else {
            continue;
        };
        let moved = outbox::Entity::update_many()
            .col_expr(outbox::Column::NextAttemptAt, Expr::value(now + LEASE))
            .filter(outbox::Column::Id.eq(message.id))
            .filter(outbox::Column::NextAttemptAt.eq(planned))
            .filter(outbox::Column::SentAt.is_null())
            .exec(db)
            .await?;
        if moved.rows_affected == 1 {
            claimed.push(Queued {
                id: message.id,
                recipient: message.recipient,
                subject: message.subject,
                body: message.body,
                attempts: message.attempts,
            });
        }
    }
    Ok(claimed)
}

/// Records a delivery and erases the body, which may carry a one-time link.
pub async fn mark_sent(
    db: &impl ConnectionTrait,
    message: &Queued,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    outbox::ActiveModel {
        id: Set(message.id),
        body: Set(String::new()),
        attempts: Set(message.attempts + 1),
        last_error: Set(None),
        next_attempt_at: Set(None),
        sent_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Records a failed delivery and plans the next one, or gives the message up.
pub async fn mark_failed(
    db: &impl ConnectionTrait,
    message: &Queued,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let attempts = message.attempts + 1;
    outbox::ActiveModel {
        id: Set(message.id),
        attempts: Set(attempts),
        last_error: Set(Some(error.chars().take(500).collect())),
        next_attempt_at: Set(retry_after(attempts).map(|wait| now + wait)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// A message of an edition, as its Mail page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditionMessage {
    /// Outbox id.
    pub id: i32,
    /// What kind of message it is.
    pub kind: String,
    /// Address.
    pub recipient: String,
    /// Subject.
    pub subject: String,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// Where it stands.
    pub delivery: Delivery,
    /// Failed deliveries so far.
    pub attempts: i32,
}

fn delivery_of(row: &outbox::Model) -> Delivery {
    match (row.sent_at, row.next_attempt_at) {
        (Some(at), _) => Delivery::Sent(at),
        (None, Some(_)) => Delivery::Queued {
            attempts: row.attempts,
            last_error: row.last_error.clone(),
        },
        (None, None) => Delivery::Failed(row.last_error.clone().unwrap_or_default()),
    }
}

/// The messages of an edition, newest first.
pub async fn of_edition(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<EditionMessage>, DbErr> {
    Ok(outbox::Entity::find()
        .filter(outbox::Column::EditionId.eq(edition_id))
        .order_by_desc(outbox::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| EditionMessage {
            delivery: delivery_of(&row),
            id: row.id,
            kind: row.kind,
            recipient: row.recipient,
            subject: row.subject,
            created_at: row.created_at,
            attempts: row.attempts,
        })
        .collect())
}

/// Plans a message of the edition that was given up to be tried again at once, with its count
/// of attempts started again; false when there is no such message (another edition's, or not
/// given up: a message still being tried may be in a sender's hands, and must not be sent twice).
pub async fn retry(
    db: &impl ConnectionTrait,
    edition_id: i32,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let planned = outbox::Entity::update_many()
        .col_expr(outbox::Column::NextAttemptAt, Expr::value(now))
        .col_expr(outbox::Column::Attempts, Expr::value(0))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::EditionId.eq(edition_id))
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::NextAttemptAt.is_null())
        .exec(db)
        .await?;
    Ok(planned.rows_affected == 1)
}

/// Where the latest message of `kind` to each of these addresses stands.
pub async fn latest_deliveries(
    db: &impl ConnectionTrait,
    kind: &str,
    recipients: &[String],
) -> Result<BTreeMap<String, Delivery>, DbErr> {
    let rows = outbox::Entity::find()
        .filter(outbox::Column::Kind.eq(kind))
        .filter(outbox::Column::Recipient.is_in(recipients.iter().cloned()))
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.recipient.clone(), delivery_of(&row)))
        .collect())
}
