//! "My account": every logged-in person can see their details and change their password.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::{CookieJar, Status};
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{CsrfForm, CsrfProtected};
use super::pages::{Nav, Page};
use super::session::{self, CurrentUser, Db};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::domain::password::{check_password, hash_password, verify_password};
use crate::error::{AppError, AppResult};

/// The account page.
#[derive(Template)]
#[template(path = "account.html", config = "src/web/askama.toml")]
pub struct AccountTemplate {
    nav: Nav,
    name: String,
    email: String,
    role: &'static str,
    errors: BTreeMap<String, String>,
}

fn page(nav: Nav, user: &CurrentUser, errors: BTreeMap<String, String>) -> AccountTemplate {
    AccountTemplate {
        nav,
        name: user.0.name.clone(),
        email: user.0.email.clone(),
        role: user.0.role.label(),
        errors,
    }
}

/// Shows the account page.
#[get("/account")]
pub fn show_account(user: CurrentUser, nav: Nav) -> Page<AccountTemplate> {
    Page::ok(page(nav, &user, BTreeMap::new()))
}

/// The password-change form.
#[derive(FromForm)]
pub struct PasswordForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    current_password: String,
    #[field(default = String::new())]
    new_password: String,
    #[field(default = String::new())]
    confirm_password: String,
}

impl CsrfProtected for PasswordForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Changes the password; every other session of the account ends, this one continues.
#[post("/account/password", data = "<form>")]
pub async fn change_password(
    form: CsrfForm<PasswordForm>,
    user: CurrentUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
    cookies: &CookieJar<'_>,
) -> AppResult<Result<Flash<Redirect>, Page<AccountTemplate>>> {
    let form = form.into_inner();
    let mut errors = BTreeMap::new();
    let stored = db::users::find_for_login(db.inner(), &user.0.email)
        .await?
        .ok_or(AppError::Unauthorized)?
        .1;
    let current = form.current_password.clone();
    let current_ok = tokio::task::spawn_blocking(move || verify_password(&current, &stored))
        .await
        .map_err(|e| AppError::Internal(format!("password check: {e}")))?;
    if !current_ok {
        errors.insert(
            "current_password".to_owned(),
            "Current password: this is not your current password".to_owned(),
        );
    }
    if let Err(problem) = check_password(&form.new_password) {
        errors.insert(
            "new_password".to_owned(),
            format!("New password: {problem}"),
        );
    }
    if form.new_password != form.confirm_password {
        errors.insert(
            "confirm_password".to_owned(),
            "New password, again: the two new passwords are not the same".to_owned(),
        );
    }
    if !errors.is_empty() {
        return Ok(Err(Page::with_status(
            Status::UnprocessableEntity,
            page(nav, &user, errors),
        )));
    }
    let new_password = form.new_password;
    let hash = tokio::task::spawn_blocking(move || hash_password(&new_password))
        .await
        .map_err(|e| AppError::Internal(format!("password hashing: {e}")))?
        .map_err(AppError::Internal)?;
    let now = clock.now();
    let account =
        db::users::end_sessions(db.inner(), user.0.id, Some(hash), user.0.id, now).await?;
    session::start_session(cookies, config, &account, now);
    Ok(Ok(Flash::success(
        Redirect::to(uri!(show_account)),
        "Your password has been changed. Other devices have been logged out.",
    )))
}
