//! Account management by the secretariat: create, deactivate and reactivate, each audited.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::account_admin::{self, AccountTyped};
use crate::clock::Clock;
use crate::db;
use crate::domain::account::Account;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::i18n::msg;
use crate::web::auth::ButtonForm;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// One account in the list.
pub struct AccountRow {
    name: String,
    email: String,
    email_confirmed: bool,
    role: String,
    active: bool,
    is_self: bool,
    detail_url: String,
    deactivate_url: String,
    reactivate_url: String,
}

/// The values of the creation form, kept when it comes back with errors.
#[derive(Default)]
pub struct FormValues {
    name: String,
    email: String,
    role: String,
}

/// The accounts page.
#[derive(Template)]
#[template(path = "secretariat/accounts.html", config = "src/web/askama.toml")]
pub struct AccountsTemplate {
    nav: Nav,
    accounts: Vec<AccountRow>,
    roles: Vec<(&'static str, String)>,
    form: FormValues,
    errors: BTreeMap<String, String>,
}

/// The message id of the name of a role.
fn role_name(role: Role) -> &'static str {
    match role {
        Role::Applicant => msg("role-applicant"),
        Role::Juror => msg("role-juror"),
        Role::Secretariat => msg("role-secretariat"),
    }
}

async fn render(
    db: &Db,
    me: &Account,
    nav: Nav,
    form: FormValues,
    errors: BTreeMap<String, String>,
) -> AppResult<AccountsTemplate> {
    let accounts = db::users::list(db.inner())
        .await?
        .into_iter()
        .map(|a| AccountRow {
            detail_url: uri!(super::account_detail::show_account(a.id)).to_string(),
            deactivate_url: uri!(deactivate_account(a.id)).to_string(),
            reactivate_url: uri!(reactivate_account(a.id)).to_string(),
            is_self: a.id == me.id,
            name: a.name,
            email: a.email,
            email_confirmed: a.email_confirmed,
            role: nav.t(role_name(a.role)),
            active: a.active,
        })
        .collect();
    let roles = Role::ALL
        .iter()
        .map(|r| (r.as_str(), nav.t(role_name(*r))))
        .collect();
    Ok(AccountsTemplate {
        nav,
        accounts,
        roles,
        form,
        errors,
    })
}

/// Lists every account, with the creation form.
#[get("/secretariat/accounts")]
pub async fn list_accounts(
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<AccountsTemplate>> {
    let form = FormValues {
        role: Role::Juror.as_str().to_owned(),
        ..FormValues::default()
    };
    Ok(Page::ok(
        render(db, &me.0, nav, form, BTreeMap::new()).await?,
    ))
}

/// The account-creation form.
#[derive(FromForm)]
pub struct NewAccountForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    role: String,
    #[field(default = String::new())]
    password: String,
}

impl CsrfProtected for NewAccountForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Creates an account; the form comes back with its values and errors when it is not valid.
#[post("/secretariat/accounts", data = "<form>")]
pub async fn create_account(
    form: CsrfForm<NewAccountForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<AccountsTemplate>>> {
    let form = form.into_inner();
    let values = FormValues {
        name: form.name.clone(),
        email: form.email.clone(),
        role: form.role.clone(),
    };
    let typed = AccountTyped {
        name: form.name,
        email: form.email,
        role: form.role,
        password: form.password,
    };
    let errors = match account_admin::create(db.inner(), &typed, me.0.id, clock.now()).await {
        Ok(account) => {
            return Ok(Ok(Flash::success(
                Redirect::to(uri!(list_accounts)),
                nav.t2(
                    "accounts-created",
                    "name",
                    &account.name,
                    "email",
                    &account.email,
                ),
            )));
        }
        Err(AppError::Invalid(errors)) => crate::error::said(nav.lang, &errors),
        Err(error) => return Err(error),
    };
    let page = render(db, &me.0, nav, values, errors).await?;
    Ok(Err(Page::with_status(Status::UnprocessableEntity, page)))
}

async fn set_active(
    db: &Db,
    me: &Account,
    nav: &Nav,
    id: i32,
    active: bool,
    clock: &Clock,
) -> AppResult<Flash<Redirect>> {
    let back = Redirect::to(uri!(list_accounts));
    match account_admin::set_active(db.inner(), me, id, active, clock.now()).await {
        Ok(account) => {
            let done = if active {
                nav.t_with("accounts-reactivated", "name", &account.name)
            } else {
                nav.t_with("accounts-deactivated-flash", "name", &account.name)
            };
            Ok(Flash::success(back, done))
        }
        Err(AppError::Conflict { message, .. }) => Ok(Flash::error(back, nav.say(&message))),
        Err(error) => Err(error),
    }
}

/// Deactivates an account: it can no longer log in and its sessions end.
#[post("/secretariat/accounts/<id>/deactivate", data = "<form>")]
pub async fn deactivate_account(
    id: i32,
    form: CsrfForm<ButtonForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    set_active(db, &me.0, &nav, id, false, clock).await
}

/// Reactivates an account.
#[post("/secretariat/accounts/<id>/reactivate", data = "<form>")]
pub async fn reactivate_account(
    id: i32,
    form: CsrfForm<ButtonForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    set_active(db, &me.0, &nav, id, true, clock).await
}
