//! Login-throttle counters in the database, so that every app instance enforces the same limits.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait, QuerySelect, Set,
    TransactionSession, TransactionTrait,
};

use super::entities::login_throttle;
use crate::domain::throttle::{ThrottlePolicy, ThrottleState};

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

/// Applies `change` to the counter of `key` in one transaction; the row is locked for the
/// update on PostgreSQL, so concurrent instances never lose a count.
async fn update<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    key: &str,
    now: DateTime<Utc>,
    change: impl FnOnce(ThrottleState) -> ThrottleState,
) -> Result<ThrottleState, DbErr> {
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
    let state = change(to_state(&model));
    let mut row: login_throttle::ActiveModel = model.into();
    row.failures = Set(i32::try_from(state.failures).unwrap_or(i32::MAX));
    row.window_started_at = Set(state.window_started_at);
    row.locked_until = Set(state.locked_until);
    row.update(&txn).await?;
    txn.commit().await?;
    Ok(state)
}

/// Counts one failed login against `key`, locking it when the policy says so.
pub async fn record_failure<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<ThrottleState, DbErr> {
    update(db, key, now, |state| policy.after_failure(Some(state), now)).await
}

/// Counts an attempt against `key` before the password is checked; returns the counter.
pub async fn record_attempt<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<ThrottleState, DbErr> {
    update(db, key, now, |state| policy.after_attempt(Some(state), now)).await
}

/// Locks `key` for the policy's lockout, from `now`.
pub async fn lock<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<ThrottleState, DbErr> {
    update(db, key, now, |_| policy.locked(now)).await
}

/// Forgets the failures of `key` (after a successful login).
pub async fn clear(db: &impl ConnectionTrait, key: &str) -> Result<(), DbErr> {
    login_throttle::Entity::delete_by_id(key.to_owned())
        .exec(db)
        .await?;
    Ok(())
}
