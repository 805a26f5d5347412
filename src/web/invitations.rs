//! Accepting an invitation: the juror sets a password through a one-time link that expires,
//! and is logged in.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::{CookieJar, Status};
use rocket::response::Redirect;
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{self, CsrfForm, CsrfProtected};
use super::pages::{ErrorPage, Nav, Page};
use super::session::{self, ClientAddress, Db};
use crate::app::accounts::{self, InvitationRefused};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::db::jury::InvitationError;
use crate::domain::jury::token_hash;
use crate::error::{AppError, AppResult};
use crate::hashing::PasswordWork;

/// The page where an invited juror sets a password.
#[derive(Template)]
#[template(path = "invitation.html", config = "src/web/askama.toml")]
pub struct InvitationTemplate {
    nav: Nav,
    name: String,
    action: String,
    errors: BTreeMap<String, String>,
}

fn refused(error: &InvitationError, nav: &Nav) -> AppResult<ErrorPage> {
    match error {
        InvitationError::Db(e) => Err(AppError::Internal(e.to_string())),
        other => Ok(ErrorPage::new(
            Status::Gone,
            nav.t(accounts::gone_id(other)),
        )),
    }
}

/// What an invitation link answers.
#[derive(rocket::Responder)]
pub enum InvitationAnswer {
    /// The form.
    Form(Box<Page<InvitationTemplate>>),
    /// The link cannot be used.
    Refused(ErrorPage),
    /// Done: to the juror's start page.
    Done(Box<Redirect>),
}

/// Shows the form of a valid invitation.
#[get("/invitations/<token>")]
pub async fn show_invitation(
    token: &str,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<InvitationAnswer> {
    match db::jury::invited_account(db.inner(), &token_hash(token), clock.now()).await {
        Ok((_, account)) => Ok(InvitationAnswer::Form(Box::new(Page::ok(
            InvitationTemplate {
                nav,
                name: account.name,
                action: uri!(accept_invitation(token)).to_string(),
                errors: BTreeMap::new(),
            },
        )))),
        Err(e) => Ok(InvitationAnswer::Refused(refused(&e, &nav)?)),
    }
}

/// The password form.
#[derive(FromForm)]
pub struct PasswordForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    password: String,
    #[field(default = String::new())]
    confirm_password: String,
}

impl CsrfProtected for PasswordForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Sets the password, uses up the invitation, and logs the juror in. The token and the form are
/// checked first; the client address's signup throttle then admits the attempt, and only then
/// is the password hashed, through the bounded gate.
#[post("/invitations/<token>", data = "<form>")]
#[expect(clippy::too_many_arguments, reason = "accepting touches all of these")]
pub async fn accept_invitation(
    token: &str,
    form: CsrfForm<PasswordForm>,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
    work: &State<PasswordWork>,
    cookies: &CookieJar<'_>,
    address: ClientAddress,
) -> AppResult<InvitationAnswer> {
    let form = form.into_inner();
    let now = clock.now();
    let passwords = (form.password.as_str(), form.confirm_password.as_str());
    let address = address.0.to_string();
    let accepted =
        accounts::accept_invitation(db.inner(), config, work, token, passwords, &address, now)
            .await?;
    match accepted {
        Ok(account) => {
            session::start_session(db.inner(), cookies, config, &account, now).await?;
            csrf::rotate(cookies, config);
            Ok(InvitationAnswer::Done(Box::new(super::auth::start_page(
                account.role,
            ))))
        }
        Err(InvitationRefused::Gone(why)) => Ok(InvitationAnswer::Refused(ErrorPage::new(
            Status::Gone,
            nav.t(why),
        ))),
        Err(InvitationRefused::Invalid(name, errors)) => {
            Ok(refused_password(nav, token, name, errors))
        }
    }
}

/// The invitation's form again (422), with each problem of the password.
fn refused_password(
    nav: Nav,
    token: &str,
    name: String,
    errors: std::collections::BTreeMap<String, String>,
) -> InvitationAnswer {
    InvitationAnswer::Form(Box::new(Page::with_status(
        Status::UnprocessableEntity,
        InvitationTemplate {
            nav,
            name,
            action: uri!(accept_invitation(token)).to_string(),
            errors,
        },
    )))
}
