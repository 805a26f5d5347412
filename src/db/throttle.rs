//! Login-throttle counters in the database, so that every app instance enforces the same limits.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait, QuerySelect, Set,
    TransactionSession, TransactionTrait,
};

use super::entities::login_throttle;
use crate::domain::throttle::{Admission, ThrottlePolicy, ThrottleState};

fn to_state(model: &login_throttle::Model) -> ThrottleState {
    ThrottleState {
        failures: u32::try_from(model.failures).unwrap_or(0),
        window_started_at: model.window_started_at,
        locked_until: model.locked_until,
    }
}

/// Returns the end of the lockout of `key`, if it is locked at `now`.
pub async fn locked_until(
    db: &impl ConnectionTrait,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(login_throttle::Entity::find_by_id(key.to_owned())
        .one(db)
        .await?
        .and_then(|model| to_state(&model).locked_at(now)))
}

/// Applies `change` to the counter of `key` in one transaction and returns what it says; the
/// row is locked for the update on PostgreSQL and SQLite has one writer, so concurrent requests
/// and instances never lose a count. Rows are never deleted, so no request can miss one that
/// another request just removed.
async fn update<C: TransactionTrait + ConnectionTrait, T>(
    db: &C,
    key: &str,
    now: DateTime<Utc>,
    change: impl FnOnce(ThrottleState) -> (ThrottleState, T),
) -> Result<(ThrottleState, T), DbErr> {
    let txn = db.begin().await?;
    login_throttle::Entity::insert(login_throttle::ActiveModel {
        key: Set(key.to_owned()),
        failures: Set(0),
        window_started_at: Set(now),
        locked_until: Set(None),
    })
    .on_conflict_do_nothing_on([login_throttle::Column::Key])
    .exec(&txn)
    .await?;
    let mut query = login_throttle::Entity::find_by_id(key.to_owned());
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        query = query.lock_exclusive();
    }
    let model = query
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("login_throttle {key}")))?;
    let (state, answer) = change(to_state(&model));
    let mut row: login_throttle::ActiveModel = model.into();
    row.failures = Set(i32::try_from(state.failures).unwrap_or(i32::MAX));
    row.window_started_at = Set(state.window_started_at);
    row.locked_until = Set(state.locked_until);
    row.update(&txn).await?;
    txn.commit().await?;
    Ok((state, answer))
}

/// Asks for one password check on `key`: counted at once if the policy admits it.
pub async fn admit<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<Admission, DbErr> {
    let (_, admission) = update(db, key, now, |state| policy.admit(Some(state), now)).await?;
    Ok(admission)
}

/// Records that an admitted check on `key` failed; returns the end of a lockout it caused.
pub async fn failed<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let (state, ()) = update(db, key, now, |state| (policy.after_failure(state, now), ())).await?;
    Ok(state.locked_at(now))
}

/// Records that an admitted check on `key` succeeded: its slot is given back.
pub async fn succeeded<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    update(db, key, now, |state| (policy.after_success(state), ())).await?;
    Ok(())
}
