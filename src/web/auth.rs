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
use crate::domain::password::{has_password, hash_password, normalise_email};
use crate::domain::role::Role;
use crate::domain::throttle::{Admission, ThrottlePolicy};
use crate::error::AppResult;
use crate::hashing::PasswordWork;

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
        "Too many failed attempts. For your security, logging in is paused until {}.",
        crate::domain::time::in_zone(until, "UTC")
    )
}

fn busy_message() -> String {
    "Many people are logging in at this moment. Please try again in a few seconds.".to_owned()
}

/// Checks the credentials; on success starts a session, on failure counts it.
///
/// Every check is first admitted by the throttle of the client address and of the account,
/// counted before the password is looked at: however many requests arrive together, on any
/// number of instances, at most the configured number of checks run per window.
#[post("/login", data = "<form>")]
#[expect(clippy::too_many_arguments, reason = "a login touches all of these")]
pub async fn login(
    form: CsrfForm<LoginForm>,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
    work: &State<PasswordWork>,
    cookies: &CookieJar<'_>,
    address: ClientAddress,
) -> AppResult<Result<Redirect, Page<LoginTemplate>>> {
    let form = form.into_inner();
    let now = clock.now();
    let email = normalise_email(&form.email).unwrap_or_else(|_| form.email.trim().to_lowercase());
    let keys = [
        (format!("address:{}", address.0), config.address_throttle()),
        (format!("account:{email}"), config.account_throttle()),
    ];
    let refuse = |status: Status, problem: String, retry: Option<i64>| {
        let page = Page::with_status(
            status,
            LoginTemplate {
                nav: nav.clone(),
                email: form.email.clone(),
                problem: Some(problem),
                announced: Vec::new(),
            },
        );
        let retry = retry.and_then(|s| u64::try_from(s).ok());
        Ok(Err(match retry {
            Some(seconds) => page.retry_after(seconds.max(1)),
            None => page,
        }))
    };
    let mut admitted = Vec::new();
    for (key, policy) in &keys {
        match db::throttle::admit(db.inner(), key, *policy, now).await? {
            Admission::Admitted => admitted.push((key, *policy)),
            Admission::LockedUntil(until) => {
                give_back(db, &admitted, now).await?;
                return refuse(
                    Status::TooManyRequests,
                    lockout_message(until),
                    Some((until - now).num_seconds()),
                );
            }
            Admission::Busy => {
                give_back(db, &admitted, now).await?;
                return refuse(Status::TooManyRequests, busy_message(), None);
            }
        }
    }
    let found = db::users::find_for_login(db.inner(), &email).await?;
    let hash = found
        .as_ref()
        .map(|(_, hash)| hash.clone())
        .filter(|hash| has_password(hash))
        .unwrap_or_else(decoy_hash);
    let Ok(matches) = work.verify(form.password.clone(), hash).await else {
        give_back(db, &admitted, now).await?;
        return refuse(Status::TooManyRequests, busy_message(), None);
    };
    match found {
        Some((account, stored)) if matches && has_password(&stored) => {
            give_back(db, &admitted, now).await?;
            if !account.active {
                return refuse(
                    Status::Forbidden,
                    "This account has been deactivated. Please contact the secretariat.".to_owned(),
                    None,
                );
            }
            db::sessions::purge_expired(db.inner(), now).await?;
            session::start_session(db.inner(), cookies, config, &account, now).await?;
            csrf::rotate(cookies, config);
            Ok(Ok(start_page(account.role)))
        }
        _ => {
            let mut locked = None;
            for (key, policy) in &admitted {
                if let Some(until) = db::throttle::failed(db.inner(), key, *policy, now).await? {
                    locked = locked.max(Some(until));
                }
            }
            if let Some(until) = locked {
                return refuse(
                    Status::TooManyRequests,
                    lockout_message(until),
                    Some((until - now).num_seconds()),
                );
            }
            refuse(
                Status::UnprocessableEntity,
                "The email address or the password is not right. Please try again.".to_owned(),
                None,
            )
        }
    }
}

/// Gives back the throttle slots of checks that did not happen or succeeded.
async fn give_back(
    db: &Db,
    admitted: &[(&String, ThrottlePolicy)],
    now: DateTime<Utc>,
) -> AppResult<()> {
    for (key, policy) in admitted {
        db::throttle::succeeded(db.inner(), key, *policy, now).await?;
    }
    Ok(())
}

/// Ends this browser's session.
#[post("/logout", data = "<form>")]
pub async fn logout(
    form: CsrfForm<ButtonForm>,
    db: &Db,
    cookies: &CookieJar<'_>,
) -> AppResult<Redirect> {
    let _checked = form.into_inner();
    session::end_session(db.inner(), cookies).await?;
    Ok(Redirect::to(uri!(show_login)))
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
    session::end_session(db.inner(), cookies).await?;
    Ok(Redirect::to(uri!(show_login)))
}
