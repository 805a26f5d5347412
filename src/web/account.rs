//! "My account": every logged-in person can see their details and change their password.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::{CookieJar, Status};
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::account_tokens::{TokenPanel, panel};
use super::csrf::{CsrfForm, CsrfProtected};
use super::email_confirmation::{EmailPanel, email_panel};
use super::pages::{Nav, Page};
use super::session::{self, CurrentUser, Db};
use crate::app::accounts;
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::error::{AppError, AppResult};
use crate::hashing::PasswordWork;
use crate::mail::MailSetup;

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
    address: EmailPanel,
}

impl AccountTemplate {
    /// The password form's problems in the order of its fields.
    pub fn password_problems(&self) -> Vec<(&'static str, &str)> {
        ["current_password", "new_password", "confirm_password"]
            .into_iter()
            .filter_map(|field| Some((field, self.errors.get(field)?.as_str())))
            .collect()
    }
}

impl AccountTemplate {
    /// The page for `user`, with the password form's problems, the tokens panel and the address
    /// panel.
    pub fn new(
        nav: Nav,
        user: &CurrentUser,
        errors: BTreeMap<String, String>,
        (tokens, address): (TokenPanel, EmailPanel),
    ) -> AccountTemplate {
        AccountTemplate {
            nav,
            name: user.0.name.clone(),
            email: user.0.email.clone(),
            role: super::pages::role_label(&user.0, false),
            errors,
            tokens,
            address,
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
    mail: &State<MailSetup>,
) -> AppResult<Page<AccountTemplate>> {
    let tokens = panel(db, &user, clock.now()).await?;
    let address = email_panel(db, &user.0, mail, clock.now()).await?;
    Ok(Page::ok(AccountTemplate::new(
        nav,
        &user,
        BTreeMap::new(),
        (tokens, address),
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
    mail: &State<MailSetup>,
    cookies: &CookieJar<'_>,
) -> AppResult<Result<Flash<Redirect>, Page<AccountTemplate>>> {
    let form = form.into_inner();
    let change = accounts::PasswordChange {
        current: &form.current_password,
        new: &form.new_password,
        confirm: &form.confirm_password,
    };
    let now = clock.now();
    match accounts::change_password(db.inner(), config, work, &user.0, &change, now).await {
        Ok(account) => {
            session::start_session(db.inner(), cookies, config, &account, now).await?;
            Ok(Ok(Flash::success(
                Redirect::to(uri!(show_account)),
                crate::i18n::text(account.language, "account-password-changed"),
            )))
        }
        Err(AppError::Invalid(errors)) => {
            let tokens = panel(db, &user, now).await?;
            let address = email_panel(db, &user.0, mail, now).await?;
            let errors = crate::error::said(nav.lang, &errors);
            let template = AccountTemplate::new(nav, &user, errors, (tokens, address));
            Ok(Err(Page::with_status(
                Status::UnprocessableEntity,
                template,
            )))
        }
        Err(error) => Err(error),
    }
}
