//! "Forgot your password?": asking for a one-time link by email (the same answer whether or not
//! an account uses the address) and choosing a new password through it, which logs the person
//! in and ends their other sessions.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::{CookieJar, Status};
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, Responder, State, get, post, uri};

use super::csrf::{self, CsrfForm, CsrfProtected};
use super::pages::{ErrorPage, Nav, Page};
use super::session::{self, ClientAddress, Db};
use crate::app::password_reset::{self, ResetRefused};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::error::{AppError, AppResult, said};
use crate::hashing::PasswordWork;
use crate::i18n;
use crate::mail::MailSetup;

/// The page that asks for a reset link, and the answer once asked.
#[derive(Template)]
#[template(path = "forgot_password.html", config = "src/web/askama.toml")]
pub struct ForgotTemplate {
    nav: Nav,
    mail_enabled: bool,
    email: String,
    problem: Option<String>,
    sent_to: Option<String>,
}

impl ForgotTemplate {
    fn new(nav: Nav, mail: &MailSetup) -> Self {
        ForgotTemplate {
            nav,
            mail_enabled: mail.enabled(),
            email: String::new(),
            problem: None,
            sent_to: None,
        }
    }
}

/// Shows the form (or, without mail, whom to ask instead).
#[get("/password/forgot")]
pub fn show_forgot(nav: Nav, mail: &State<MailSetup>) -> Page<ForgotTemplate> {
    Page::ok(ForgotTemplate::new(nav, mail))
}

/// The request for a link.
#[derive(FromForm)]
pub struct ForgotForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    email: String,
}

impl CsrfProtected for ForgotForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Queues the link (or the notice that no account uses the address) and says to check the
/// inbox; the form comes back with the address and the problem when it is not an address or a
/// throttle refuses.
#[post("/password/forgot", data = "<form>")]
pub async fn ask_for_link(
    form: CsrfForm<ForgotForm>,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    mail: &State<MailSetup>,
    clock: &State<Clock>,
    address: ClientAddress,
) -> AppResult<Page<ForgotTemplate>> {
    let form = form.into_inner();
    let typed = (form.email.as_str(), nav.lang);
    let address = address.0.to_string();
    let asked = password_reset::request(db.inner(), config, mail, typed, &address, clock.now());
    let mut page = ForgotTemplate::new(nav, mail);
    let (status, problem) = match asked.await {
        Ok(()) => {
            page.sent_to = Some(form.email.trim().to_owned());
            return Ok(Page::ok(page));
        }
        Err(AppError::Invalid(problems)) => (
            Status::UnprocessableEntity,
            said(page.nav.lang, &problems).remove("email"),
        ),
        Err(AppError::TooManyRequests(message)) => (
            Status::TooManyRequests,
            Some(i18n::say(page.nav.lang, &message)),
        ),
        Err(other) => return Err(other),
    };
    page.email = form.email;
    page.problem = problem;
    Ok(Page::with_status(status, page))
}

/// The page where a new password is chosen.
#[derive(Template)]
#[template(path = "reset_password.html", config = "src/web/askama.toml")]
pub struct ResetTemplate {
    nav: Nav,
    name: String,
    action: String,
    errors: BTreeMap<String, String>,
}

impl ResetTemplate {
    /// The problems in the order of the form's fields.
    pub fn problems(&self) -> Vec<(&'static str, &str)> {
        ["password", "confirm_password"]
            .into_iter()
            .filter_map(|field| Some((field, self.errors.get(field)?.as_str())))
            .collect()
    }
}

/// What a reset link answers.
#[derive(Responder)]
pub enum ResetAnswer {
    /// The form.
    Form(Box<Page<ResetTemplate>>),
    /// The link cannot be used (410).
    Refused(ErrorPage),
    /// Done: logged in, to the start page.
    Done(Box<Flash<Redirect>>),
}

fn refused(nav: &Nav, why: &'static str) -> ResetAnswer {
    ResetAnswer::Refused(ErrorPage::new(Status::Gone, nav.t(why)))
}

/// Shows the form of a usable link.
#[get("/password/reset/<token>")]
pub async fn show_reset(
    token: &str,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ResetAnswer> {
    Ok(
        match password_reset::account_of(db.inner(), token, clock.now()).await? {
            Ok(account) => ResetAnswer::Form(Box::new(Page::ok(ResetTemplate {
                nav,
                name: account.name,
                action: uri!(reset_password(token)).to_string(),
                errors: BTreeMap::new(),
            }))),
            Err(ResetRefused::Gone(why)) => refused(&nav, why),
            Err(ResetRefused::Invalid(_)) => refused(&nav, "reset-link-unknown"),
        },
    )
}

/// The new password.
#[derive(FromForm)]
pub struct NewPasswordForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    password: String,
    #[field(default = String::new())]
    confirm_password: String,
}

impl CsrfProtected for NewPasswordForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Sets the new password (once), ends every other session and link of the account, and logs
/// this browser in.
#[post("/password/reset/<token>", data = "<form>")]
#[expect(clippy::too_many_arguments, reason = "a reset touches all of these")]
pub async fn reset_password(
    token: &str,
    form: CsrfForm<NewPasswordForm>,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
    work: &State<PasswordWork>,
    cookies: &CookieJar<'_>,
) -> AppResult<ResetAnswer> {
    let form = form.into_inner();
    let now = clock.now();
    let passwords = (form.password.as_str(), form.confirm_password.as_str());
    match password_reset::reset(db.inner(), work, token, passwords, now).await? {
        Ok(account) => {
            session::start_session(db.inner(), cookies, config, &account, now).await?;
            csrf::rotate(cookies, config);
            let done = i18n::text(account.language, "reset-done");
            Ok(ResetAnswer::Done(Box::new(Flash::success(
                super::auth::start_page(account.role),
                done,
            ))))
        }
        Err(ResetRefused::Gone(why)) => Ok(refused(&nav, why)),
        Err(ResetRefused::Invalid(problems)) => {
            let name = match password_reset::account_of(db.inner(), token, now).await? {
                Ok(account) => account.name,
                Err(_) => String::new(),
            };
            let errors = said(nav.lang, &problems);
            Ok(ResetAnswer::Form(Box::new(Page::with_status(
                Status::UnprocessableEntity,
                ResetTemplate {
                    nav,
                    name,
                    action: uri!(reset_password(token)).to_string(),
                    errors,
                },
            ))))
        }
    }
}
