//! Accounts through the API, for the secretariat: the list, creating one with an initial
//! password, deactivating and reactivating one (never one's own), and setting a new password for
//! someone who lost theirs. The same rules as the accounts pages.

use super::body::JsonBody;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{State, get, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use super::paging::{PageRequest, Paged};
use crate::app::account_admin::{self, AccountTyped};
use crate::clock::Clock;
use crate::db;
use crate::domain::account::Account;
use crate::error::AppResult;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// An account.
#[derive(Serialize, ToSchema)]
pub struct AccountItem {
    /// Account id.
    id: i32,
    /// Email address (lowercase).
    email: String,
    /// Full name.
    name: String,
    /// `applicant`, `juror` or `secretariat`.
    role: &'static str,
    /// Whether it may log in.
    active: bool,
}

impl From<Account> for AccountItem {
    fn from(a: Account) -> Self {
        AccountItem {
            id: a.id,
            email: a.email,
            name: a.name,
            role: a.role.as_str(),
            active: a.active,
        }
    }
}

/// Every account, in id order.
#[utoipa::path(
    tag = "secretariat",
    params(("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<AccountItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/accounts?<cursor>&<limit>")]
pub async fn list_accounts(
    _me: ApiSecretariat,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<AccountItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let mut accounts = db::users::list(db.inner()).await?;
    accounts.sort_by_key(|a| a.id);
    let items = accounts.into_iter().map(AccountItem::from).collect();
    Ok(Json(request.page(items, |a| a.id)))
}

/// A new account.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountInput {
    /// Full name.
    name: String,
    /// Email address; one account per address.
    email: String,
    /// `applicant`, `juror` or `secretariat`.
    role: String,
    /// The initial password (at least 12 characters); pass it on safely.
    password: String,
}

/// Creates an account (audited); every problem is named by its field, a taken address on `email`.
#[utoipa::path(
    tag = "secretariat",
    request_body = AccountInput,
    responses((status = 201, body = AccountItem), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/accounts", data = "<input>")]
pub async fn create_account(
    me: ApiSecretariat,
    input: JsonBody<AccountInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<(Status, Json<AccountItem>)> {
    let AccountInput {
        name,
        email,
        role,
        password,
    } = input.into_inner();
    let typed = AccountTyped {
        name,
        email,
        role,
        password,
    };
    let account = account_admin::create(db.inner(), &typed, me.0.id, clock.now()).await?;
    Ok((Status::Created, Json(AccountItem::from(account))))
}

/// Deactivates an account (audited): its sessions and API tokens stop working and it can no
/// longer log in. 409 `own_account` for the caller's own.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Account id")),
    responses((status = 200, body = AccountItem), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/accounts/<id>/deactivate")]
pub async fn deactivate_account(
    id: i32,
    me: ApiSecretariat,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<AccountItem>> {
    let account = account_admin::set_active(db.inner(), &me.0, id, false, clock.now()).await?;
    Ok(Json(AccountItem::from(account)))
}

/// Reactivates an account (audited).
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Account id")),
    responses((status = 200, body = AccountItem), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/accounts/<id>/reactivate")]
pub async fn reactivate_account(
    id: i32,
    me: ApiSecretariat,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<AccountItem>> {
    let account = account_admin::set_active(db.inner(), &me.0, id, true, clock.now()).await?;
    Ok(Json(AccountItem::from(account)))
}

/// A new password.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordInput {
    /// At least 12 characters.
    new_password: String,
}

/// Sets a new password for an account (audited); every session of the account ends.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Account id")),
    request_body = PasswordInput,
    responses((status = 204, description = "Set"), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 415, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/accounts/<id>/password", data = "<input>")]
pub async fn reset_password(
    id: i32,
    me: ApiSecretariat,
    input: JsonBody<PasswordInput>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Status> {
    let now = clock.now();
    account_admin::reset_password(db.inner(), id, &input.new_password, me.0.id, now).await?;
    Ok(Status::NoContent)
}
