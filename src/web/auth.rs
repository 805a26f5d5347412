//! Logging in and out, with throttling per account and per client address.

use askama::Template;
use rocket::http::{CookieJar, Status};
use rocket::response::Redirect;
use rocket::{FromForm, Responder, State, get, post, uri};

use super::csrf::{self, CsrfForm, CsrfProtected};
use super::pages::{Nav, Page};
use super::session::{self, ClientAddress, CurrentUser, Db, MaybeUser};
use super::{applicant, jury, secretariat};
use crate::app::accounts::{self, LoginRefused};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::domain::role::Role;
use crate::error::AppResult;
use crate::hashing::PasswordWork;

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
    let announced = db::feedback::announced_editions(db.inner(), nav.lang.code())
        .await
        .unwrap_or_default();
    LoginPage::Form(Box::new(Page::ok(LoginTemplate {
        nav,
        email: String::new(),
        problem: None,
        announced,
    })))
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
    let credentials = (form.email.as_str(), form.password.as_str());
    let address = address.0.to_string();
    match accounts::log_in(db.inner(), config, work, credentials, &address, now).await? {
        Ok(account) => {
            db::sessions::purge_expired(db.inner(), now).await?;
            session::start_session(db.inner(), cookies, config, &account, now).await?;
            csrf::rotate(cookies, config);
            Ok(Ok(start_page(account.role)))
        }
        Err(refused) => Ok(Err(refused_page(nav, form.email, &refused, now))),
    }
}

/// The login form again with why it was refused (and when to retry, when locked).
fn refused_page(
    nav: Nav,
    email: String,
    refused: &LoginRefused,
    now: chrono::DateTime<chrono::Utc>,
) -> Page<LoginTemplate> {
    let (status, retry) = match refused {
        LoginRefused::Locked(until) => {
            (Status::TooManyRequests, Some((*until - now).num_seconds()))
        }
        LoginRefused::Busy => (Status::TooManyRequests, None),
        LoginRefused::Deactivated => (Status::Forbidden, None),
        LoginRefused::Wrong => (Status::UnprocessableEntity, None),
    };
    let problem = refused.message_in(nav.lang);
    let page = Page::with_status(
        status,
        LoginTemplate {
            nav,
            email,
            problem: Some(problem),
            announced: Vec::new(),
        },
    );
    match retry.and_then(|s| u64::try_from(s).ok()) {
        Some(seconds) => page.retry_after(seconds.max(1)),
        None => page,
    }
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
