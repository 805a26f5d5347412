//! Accounts: creating, finding, activating and ending sessions, each change audited.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr, Statement, TransactionSession,
    TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::user;
use crate::domain::account::{Account, NewAccount};
use crate::domain::language::Lang;
use crate::domain::role::Role;

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    /// The email is taken.
    #[error("an account with this email already exists")]
    EmailTaken,
    /// Hashing failed.
    #[error("{0}")]
    Hashing(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

fn to_account(model: user::Model) -> Result<Account, DbErr> {
    let role = model
        .role
        .parse::<Role>()
        .map_err(|e| DbErr::Custom(format!("user {}: {e}", model.id)))?;
    Ok(Account {
        id: model.id,
        email: model.email,
        name: model.name,
        role,
        active: model.active,
        session_version: model.session_version,
        time_zone: model.time_zone,
        language: crate::i18n::lang(&model.language).unwrap_or_default(),
        email_confirmed: model.email_confirmed_at.is_some(),
    })
}

/// Finds an account by id.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<Account>, DbErr> {
    user::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_account)
        .transpose()
}

/// Finds an account and its password hash by (normalised) email.
pub async fn find_for_login(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<(Account, String)>, DbErr> {
    let Some(model) = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let hash = model.password_hash.clone();
    Ok(Some((to_account(model)?, hash)))
}

/// Every account, ordered by role then name.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<Account>, DbErr> {
    user::Entity::find()
        .order_by_asc(user::Column::Role)
        .order_by_asc(user::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(to_account)
        .collect()
}

/// How many active accounts have this role.
pub async fn count_active_with_role(db: &impl ConnectionTrait, role: Role) -> Result<u64, DbErr> {
    user::Entity::find()
        .filter(user::Column::Role.eq(role.as_str()))
        .filter(user::Column::Active.eq(true))
        .count(db)
        .await
}

/// How many accounts exist.
pub async fn count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    user::Entity::find().count(db).await
}

/// Hashes a new account's password, off the async executor.
pub async fn hash_new_password(password: &str) -> Result<String, CreateAccountError> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || crate::domain::password::hash_password(&password))
        .await
        .map_err(|e| CreateAccountError::Hashing(e.to_string()))?
        .map_err(CreateAccountError::Hashing)
}

/// A new, active account's row as stored (no organisation, the default time zone).
pub fn new_row(new: &NewAccount, password_hash: String, now: DateTime<Utc>) -> user::ActiveModel {
    user::ActiveModel {
        email: Set(new.email.clone()),
        name: Set(new.name.clone()),
        role: Set(new.role.as_str().to_owned()),
        password_hash: Set(password_hash),
        active: Set(true),
        session_version: Set(1),
        language: Set(new.language.code().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        email_confirmed_at: Set(Some(now)),
        ..Default::default()
    }
}

/// Inserts an account in the caller's transaction; refuses an email that is taken.
pub async fn insert_account(
    txn: &impl ConnectionTrait,
    new: &NewAccount,
    password_hash: String,
    organisation_id: Option<i32>,
    time_zone: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Account, CreateAccountError> {
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(&new.email))
        .count(txn)
        .await?;
    if taken > 0 {
        return Err(CreateAccountError::EmailTaken);
    }
    let mut model = new_row(new, password_hash, now);
    model.organisation_id = Set(organisation_id);
    if let Some(zone) = time_zone {
        model.time_zone = Set(zone.to_owned());
    }
    match model.insert(txn).await {
        Ok(inserted) => Ok(to_account(inserted)?),
        // Another request inserted the same email between the check above and this insert (two
        // registrations at once on PostgreSQL): the unique index refuses it, as the check would.
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Err(CreateAccountError::EmailTaken)
        }
        Err(e) => Err(e.into()),
    }
}

/// Creates an account (hashing its password) and records who created it, in one transaction.
pub async fn create<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    new: NewAccount,
    actor_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Account, CreateAccountError> {
    let hash = hash_new_password(&new.password).await?;
    let txn = db.begin().await?;
    let account = insert_account(&txn, &new, hash, None, None, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id,
            action: "account.created",
            subject_type: "user",
            subject_id: Some(account.id.to_string()),
            details: json!({"email": new.email, "role": new.role.as_str()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}

/// Takes the transaction-scoped lock of one email address, so that two transactions creating an
/// account for it take turns and the second finds the first's (PostgreSQL; SQLite's single
/// writer already serialises them).
pub async fn lock_email(txn: &impl ConnectionTrait, email: &str) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            [format!("account-email:{email}").into()],
        ))
        .await?;
    }
    Ok(())
}

/// Locks one account's row until the end of the transaction (PostgreSQL; SQLite's single writer
/// already serialises writes), so that changes to what hangs off it take turns.
pub async fn lock_account(txn: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        user::Entity::find_by_id(id)
            .lock_exclusive()
            .one(txn)
            .await?;
    }
    Ok(())
}

/// Whether `actor_id` is an active secretariat account, read under a lock of every secretariat
/// account (on PostgreSQL) so that changes of their standing take turns: two members
/// deactivating each other at once cannot leave the award without an active secretariat.
async fn acts_as_active_secretariat(
    txn: &impl ConnectionTrait,
    actor_id: i32,
) -> Result<bool, DbErr> {
    let mut staff = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Secretariat.as_str()))
        .order_by_asc(user::Column::Id);
    if txn.get_database_backend() == DbBackend::Postgres {
        staff = staff.lock_exclusive();
    }
    Ok(staff
        .all(txn)
        .await?
        .iter()
        .any(|u| u.id == actor_id && u.active))
}

/// Activates or deactivates an account; deactivating also ends its sessions. Audited. `None`
/// when the actor is no longer an active secretariat account by the time the change is made.
pub async fn set_active<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    active: bool,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<Account>, DbErr> {
    let txn = db.begin().await?;
    if !acts_as_active_secretariat(&txn, actor_id).await? {
        return Ok(None);
    }
    lock_account(&txn, id).await?;
    if !active {
        super::email_confirmations::end_pending_moves(&txn, id, now).await?;
        super::password_resets::end_outstanding(&txn, id, now).await?;
    }
    let model = user::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("user {id}")))?;
    let version = model.session_version;
    let mut change: user::ActiveModel = model.into();
    change.active = Set(active);
    change.session_version = Set(version + 1);
    change.updated_at = Set(now);
    let model = change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: if active {
                "account.reactivated"
            } else {
                "account.deactivated"
            },
            subject_type: "user",
            subject_id: Some(id.to_string()),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    to_account(model).map(Some)
}

/// Ends every session of an account (logout everywhere), optionally setting a new password
/// hash at the same time; `actor_id` is the account itself or the secretariat member who reset
/// the password. Audited.
pub async fn end_sessions<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    new_password_hash: Option<String>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<Account, DbErr> {
    let txn = db.begin().await?;
    let password_changed = new_password_hash.is_some();
    let account = end_sessions_in(&txn, id, new_password_hash, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: match (password_changed, actor_id == id) {
                (true, true) => "account.password_changed",
                (true, false) => "account.password_reset",
                (false, _) => "account.sessions_ended",
            },
            subject_type: "user",
            subject_id: Some(id.to_string()),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}

/// Inside the caller's transaction, not audited, under the account's lock: ends every session of
/// an account and every pending move to a new address (whoever asked for it may be who the
/// person is locking out) and, with a new password hash, sets it and ends the password reset
/// links still outstanding.
pub async fn end_sessions_in(
    txn: &impl ConnectionTrait,
    id: i32,
    new_password_hash: Option<String>,
    now: DateTime<Utc>,
) -> Result<Account, DbErr> {
    lock_account(txn, id).await?;
    super::email_confirmations::end_pending_moves(txn, id, now).await?;
    let model = user::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("user {id}")))?;
    let version = model.session_version;
    let mut change: user::ActiveModel = model.into();
    change.session_version = Set(version + 1);
    change.updated_at = Set(now);
    if let Some(hash) = new_password_hash {
        change.password_hash = Set(hash);
        super::password_resets::end_outstanding(txn, id, now).await?;
    }
    let model = change.update(txn).await?;
    super::sessions::end_all(txn, id).await?;
    to_account(model)
}

/// Sets the language an account reads Laurel in.
pub async fn set_language(db: &impl ConnectionTrait, id: i32, language: Lang) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(
            user::Column::Language,
            sea_orm::sea_query::Expr::value(language.code()),
        )
        .filter(user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
