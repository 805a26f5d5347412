//! One account as the secretariat sees it: its details, its audit history, and a password reset
//! for someone who has lost theirs (it ends their sessions; audited).

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::account_admin;
use crate::clock::Clock;
use crate::db;
use crate::domain::account::Account;
use crate::error::{AppError, AppResult};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page, role_label};
use crate::web::session::{Db, SecretariatUser};

/// A line of the account's history.
pub struct HistoryRow {
    at: String,
    action: String,
    by: String,
}

/// The account page.
#[derive(Template)]
#[template(path = "secretariat/account.html", config = "src/web/askama.toml")]
pub struct AccountTemplate {
    nav: Nav,
    account: Account,
    role: String,
    is_self: bool,
    history: Vec<HistoryRow>,
    errors: BTreeMap<String, String>,
    reset_url: String,
    deactivate_url: String,
    reactivate_url: String,
}

fn describe(action: &str, nav: &Nav) -> String {
    match action {
        "account.created" => nav.t("account-page-created"),
        "account.deactivated" => nav.t("accounts-deactivated"),
        "account.reactivated" => nav.t("account-page-reactivated"),
        "account.password_changed" => nav.t("account-page-password-changed"),
        "account.password_reset" => nav.t("account-page-password-reset"),
        "account.sessions_ended" => nav.t("account-page-sessions-ended"),
        "account.password_reset_requested" => nav.t("account-page-reset-requested"),
        "account.password_reset_by_link" => nav.t("account-page-reset-by-link"),
        "account.registered" => nav.t("account-page-registered"),
        "account.confirmation_sent" => nav.t("account-page-confirmation-sent"),
        "account.email_confirmed" => nav.t("account-page-email-confirmed"),
        "account.email_changed" => nav.t("account-page-email-changed"),
        other => other.to_owned(),
    }
}

async fn render(
    db: &Db,
    me: &Account,
    nav: Nav,
    id: i32,
    errors: BTreeMap<String, String>,
) -> AppResult<AccountTemplate> {
    let account = db::users::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let names: HashMap<i32, String> = db::users::list(db.inner())
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let history = db::audit::for_subject(db.inner(), "user", &id.to_string())
        .await?
        .into_iter()
        .map(|event| HistoryRow {
            at: nav.when(event.at, &me.time_zone),
            action: describe(&event.action, &nav),
            by: event
                .actor_id
                .and_then(|actor| names.get(&actor).cloned())
                .unwrap_or_else(|| nav.t("account-page-command-line")),
        })
        .collect();
    let role = nav.t(role_label(&account, false));
    Ok(AccountTemplate {
        nav,
        role,
        is_self: account.id == me.id,
        reset_url: uri!(reset_password(id)).to_string(),
        deactivate_url: uri!(super::accounts::deactivate_account(id)).to_string(),
        reactivate_url: uri!(super::accounts::reactivate_account(id)).to_string(),
        account,
        history,
        errors,
    })
}

/// Shows one account with its history.
#[get("/secretariat/accounts/<id>")]
pub async fn show_account(
    id: i32,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<AccountTemplate>> {
    Ok(Page::ok(render(db, &me.0, nav, id, BTreeMap::new()).await?))
}

/// The password-reset form.
#[derive(FromForm)]
pub struct ResetForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    new_password: String,
}

impl CsrfProtected for ResetForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Sets a new password for someone who lost theirs; their sessions end.
#[post("/secretariat/accounts/<id>/password", data = "<form>")]
pub async fn reset_password(
    id: i32,
    form: CsrfForm<ResetForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<AccountTemplate>>> {
    let form = form.into_inner();
    let now = clock.now();
    let account =
        match account_admin::reset_password(db.inner(), id, &form.new_password, me.0.id, now).await
        {
            Ok(account) => account,
            Err(AppError::Invalid(errors)) => {
                let errors = crate::error::said(nav.lang, &errors);
                let page = render(db, &me.0, nav, id, errors).await?;
                return Ok(Err(Page::with_status(Status::UnprocessableEntity, page)));
            }
            Err(error) => return Err(error),
        };
    Ok(Ok(Flash::success(
        Redirect::to(uri!(show_account(id))),
        nav.t_with("account-page-password-set", "name", &account.name),
    )))
}
