//! "My account": every logged-in person can see their details and change their password.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::{CookieJar, Status};
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::account_tokens::{TokenPanel, panel};
use super::csrf::{CsrfForm, CsrfProtected};
use super::pages::{Nav, Page};
use super::session::{self, CurrentUser, Db};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::domain::password::check_password;
use crate::domain::throttle::Admission;
use crate::error::{AppError, AppResult};
use crate::hashing::PasswordWork;

/// The account page.
#[derive(Template)]
#[template(path = "account.html", config = "src/web/askama.toml")]
pub struct AccountTemplate {
    nav: Nav,
    name: String,
    email: String,
    role: &'static str,
    errors: BTreeMap<String, String>,
    tokens: TokenPanel,
}

impl AccountTemplate {
    /// The page for `user`, with the password form's problems and the tokens panel.
    pub fn new(
        nav: Nav,
        user: &CurrentUser,
        errors: BTreeMap<String, String>,
        tokens: TokenPanel,
    ) -> AccountTemplate {
        AccountTemplate {
            nav,
            name: user.0.name.clone(),
            email: user.0.email.clone(),
            role: user.0.role.label(),
            errors,
            tokens,
        }
    }
}

/// Shows the account page.
#[get("/account")]
pub async fn show_account(
    user: CurrentUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<AccountTemplate>> {
    let tokens = panel(db, &user, clock.now()).await?;
    Ok(Page::ok(AccountTemplate::new(
        nav,
        &user,
        BTreeMap::new(),
        tokens,
    )))
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

/// Changes the password; every other session of the account ends, this one continues. The check
/// of the current password counts against the account's login throttle, like a login.
#[post("/account/password", data = "<form>")]
#[expect(
    clippy::too_many_arguments,
    reason = "a password change touches all of these"
)]
pub async fn change_password(
    form: CsrfForm<PasswordForm>,
    user: CurrentUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
    work: &State<PasswordWork>,
    cookies: &CookieJar<'_>,
) -> AppResult<Result<Flash<Redirect>, Page<AccountTemplate>>> {
    let form = form.into_inner();
    let mut errors = BTreeMap::new();
    let stored = db::users::find_for_login(db.inner(), &user.0.email)
        .await?
        .ok_or(AppError::Unauthorized)?
        .1;
    let key = format!("account:{}", user.0.email);
    let policy = config.account_throttle();
    match db::throttle::admit(db.inner(), &key, policy, clock.now()).await? {
        Admission::Admitted => {}
        Admission::LockedUntil(until) => {
            return Err(AppError::TooManyRequests(format!(
                "Too many wrong passwords. For your security, password checks are paused until {}.",
                crate::domain::time::in_zone(until, &user.0.time_zone)
            )));
        }
        Admission::Busy => return Err(crate::hashing::Busy.into()),
    }
    let current_ok = match work.verify(form.current_password.clone(), stored).await {
        Ok(ok) => ok,
        Err(busy) => {
            db::throttle::succeeded(db.inner(), &key, policy, clock.now()).await?;
            return Err(busy.into());
        }
    };
    if current_ok {
        db::throttle::succeeded(db.inner(), &key, policy, clock.now()).await?;
    } else {
        db::throttle::failed(db.inner(), &key, policy, clock.now()).await?;
    }
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
        let tokens = panel(db, &user, clock.now()).await?;
        return Ok(Err(Page::with_status(
            Status::UnprocessableEntity,
            AccountTemplate::new(nav, &user, errors, tokens),
        )));
    }
    let hash = work
        .hash(form.new_password)
        .await?
        .map_err(AppError::Internal)?;
    let now = clock.now();
    let account =
        db::users::end_sessions(db.inner(), user.0.id, Some(hash), user.0.id, now).await?;
    session::start_session(db.inner(), cookies, config, &account, now).await?;
    Ok(Ok(Flash::success(
        Redirect::to(uri!(show_account)),
        "Your password has been changed. Other devices have been logged out.",
    )))
}
