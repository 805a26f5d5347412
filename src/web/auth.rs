//! Logging in and out, with throttling per account and per client address.

use std::sync::OnceLock;

use askama::Template;
use chrono::{DateTime, Utc};
use rocket::http::{CookieJar, Status};
use rocket::response::Redirect;
use rocket::{FromForm, Responder, State, get, post, uri};

use super::csrf::{self, CsrfForm, CsrfProtected};
use super::pages::{Nav, Page};
use super::session::{self, ClientAddress, CurrentUser, Db, MaybeUser};
use super::{applicant, jury, secretariat};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::domain::password::{hash_password, normalise_email, verify_password};
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};

/// A hash checked when the email is unknown, so that a wrong email takes as long as a wrong
/// password (no account enumeration by timing).
static DECOY_HASH: OnceLock<String> = OnceLock::new();

fn decoy_hash() -> String {
    DECOY_HASH
        .get_or_init(|| hash_password("a decoy password that no account has").unwrap_or_default())
        .clone()
}

/// The login page.
#[derive(Template)]
#[template(path = "login.html", config = "src/web/askama.toml")]
pub struct LoginTemplate {
    nav: Nav,
    email: String,
    problem: Option<String>,
    announced: Vec<(i32, String)>,
}

/// The login form.
#[derive(FromForm)]
pub struct LoginForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    password: String,
}

impl CsrfProtected for LoginForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// A form with nothing but its CSRF token (buttons such as "Log out").
#[derive(FromForm)]
pub struct ButtonForm {
    #[field(default = String::new())]
    csrf_token: String,
}

impl CsrfProtected for ButtonForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Where each role starts.
pub fn start_page(role: Role) -> Redirect {
    match role {
        Role::Applicant => Redirect::to(uri!(applicant::dashboard)),
        Role::Juror => Redirect::to(uri!(jury::dashboard)),
        Role::Secretariat => Redirect::to(uri!(secretariat::dashboard)),
    }
}

/// The login form, or the start page for someone already logged in.
#[derive(Responder)]
pub enum LoginPage {
    /// Already logged in.
    Onward(Box<Redirect>),
    /// The form.
    Form(Box<Page<LoginTemplate>>),
}

/// `/`: the role's start page, or the login page.
#[get("/")]
pub fn home(user: MaybeUser) -> Redirect {
    match user.0 {
        Some(user) => start_page(user.0.role),
        None => Redirect::to(uri!(show_login)),
    }
}

/// The login form (or the start page for someone already logged in), with links to the
/// winners of announced editions.
#[get("/login")]
pub async fn show_login(nav: Nav, user: MaybeUser, db: &Db) -> LoginPage {
    if let Some(user) = user.0 {
        return LoginPage::Onward(Box::new(start_page(user.0.role)));
    }
    // The form matters more than the links: a failed lookup only leaves them out.
    let announced = db::feedback::announced_editions(db.inner())
        .await
        .unwrap_or_default();
    LoginPage::Form(Box::new(Page::ok(LoginTemplate {
        nav,
        email: String::new(),
        problem: None,
        announced,
    })))
}

fn lockout_message(until: DateTime<Utc>) -> String {
    format!(
        "Too many failed attempts. For your security, logging in is paused until {} UTC.",
        until.format("%H:%M:%S")
    )
}

/// Checks the credentials; on success starts a session, on failure counts it.
#[post("/login", data = "<form>")]
pub async fn login(
    form: CsrfForm<LoginForm>,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
    cookies: &CookieJar<'_>,
    address: ClientAddress,
) -> AppResult<Result<Redirect, Page<LoginTemplate>>> {
    let form = form.into_inner();
    let now = clock.now();
    let email = normalise_email(&form.email).unwrap_or_else(|_| form.email.trim().to_lowercase());
    let account_key = format!("account:{email}");
    let address_key = format!("address:{}", address.0);
    let refuse = |status: Status, problem: String| {
        Ok(Err(Page::with_status(
            status,
            LoginTemplate {
                nav: nav.clone(),
                email: form.email.clone(),
                problem: Some(problem),
                announced: Vec::new(),
            },
        )))
    };
    for key in [&account_key, &address_key] {
        if let Some(until) = db::throttle::locked_until(db.inner(), key, now).await? {
            return refuse(Status::TooManyRequests, lockout_message(until));
        }
    }
    // The attempt is counted against the account before the password is checked, so that
    // parallel attempts cannot get more guesses than the limit allows.
    let policy = config.account_throttle();
    let attempts = db::throttle::record_attempt(db.inner(), &account_key, policy, now).await?;
    if policy.exceeded(&attempts) {
        let locked = db::throttle::lock(db.inner(), &account_key, policy, now).await?;
        return refuse(
            Status::TooManyRequests,
            lockout_message(locked.locked_until.unwrap_or(now)),
        );
    }
    let found = db::users::find_for_login(db.inner(), &email).await?;
    let hash = found.as_ref().map(|(_, hash)| hash.clone());
    let password = form.password.clone();
    let matches = tokio::task::spawn_blocking(move || {
        let hash = hash.unwrap_or_else(decoy_hash);
        verify_password(&password, &hash)
    })
    .await
    .map_err(|e| AppError::Internal(format!("password check: {e}")))?;
    match found {
        Some((account, _)) if matches && account.active => {
            db::throttle::clear(db.inner(), &account_key).await?;
            session::start_session(cookies, config, &account, now);
            csrf::rotate(cookies, config);
            Ok(Ok(start_page(account.role)))
        }
        Some((account, _)) if matches && !account.active => refuse(
            Status::Forbidden,
            "This account has been deactivated. Please contact the secretariat.".to_owned(),
        ),
        _ => {
            let by_address = db::throttle::record_failure(
                db.inner(),
                &address_key,
                config.address_throttle(),
                now,
            )
            .await?;
            let by_account = if attempts.failures >= policy.max_failures {
                db::throttle::lock(db.inner(), &account_key, policy, now).await?
            } else {
                attempts
            };
            if let Some(until) = by_account.locked_at(now).or(by_address.locked_at(now)) {
                return refuse(Status::TooManyRequests, lockout_message(until));
            }
            refuse(
                Status::UnprocessableEntity,
                "The email address or the password is not right. Please try again.".to_owned(),
            )
        }
    }
}

/// Ends this browser's session.
#[post("/logout", data = "<form>")]
pub fn logout(form: CsrfForm<ButtonForm>, cookies: &CookieJar<'_>) -> Redirect {
    let _checked = form.into_inner();
    session::end_session(cookies);
    Redirect::to(uri!(show_login))
}

/// Ends every session of the account, on every device.
#[post("/account/logout-everywhere", data = "<form>")]
pub async fn logout_everywhere(
    form: CsrfForm<ButtonForm>,
    user: CurrentUser,
    db: &Db,
    clock: &State<Clock>,
    cookies: &CookieJar<'_>,
) -> AppResult<Redirect> {
    let _checked = form.into_inner();
    db::users::end_sessions(db.inner(), user.0.id, None, user.0.id, clock.now()).await?;
    session::end_session(cookies);
    Ok(Redirect::to(uri!(show_login)))
}
