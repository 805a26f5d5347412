//! Confirming an email address: the page a confirmation link opens (with a button, so that a
//! mail scanner that opens links confirms nothing), sending the link again (by the person or
//! by the secretariat), and moving one's account to a new address.

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, Responder, State, get, post, uri};

use super::account::AccountTemplate;
use super::auth::ButtonForm;
use super::csrf::{CsrfForm, CsrfProtected};
use super::pages::{ErrorPage, Nav, Page};

use super::session::{CurrentUser, Db, SecretariatUser};
use crate::app::email_confirmation::{self, Change};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db::email_confirmations::Confirmed;
use crate::domain::account::Account;
use crate::error::{AppError, AppResult, said};
use crate::hashing::PasswordWork;
use crate::i18n;
use crate::mail::MailSetup;

/// What the account page says about the address: confirmed or not, and a move waiting for its
/// link.
pub struct EmailPanel {
    /// Whether the address is confirmed.
    pub confirmed: bool,
    /// Whether Laurel sends email here.
    pub mail_enabled: bool,
    /// A new address waiting for its link to be followed, and until when the link works.
    pub pending: Option<(String, String)>,
    /// The new address as typed, when the form comes back.
    pub typed: String,
    /// Problems of the form, by field.
    pub errors: std::collections::BTreeMap<String, String>,
}

/// The panel of `account`.
pub async fn email_panel(
    db: &Db,
    account: &Account,
    mail: &MailSetup,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<EmailPanel> {
    let pending = crate::db::email_confirmations::outstanding(db.inner(), account.id, now)
        .await?
        .filter(|(email, _)| *email != account.email)
        .map(|(email, until)| {
            let until = i18n::instant(account.language, until, &account.time_zone);
            (email, until)
        });
    Ok(EmailPanel {
        confirmed: account.email_confirmed,
        mail_enabled: mail.enabled(),
        pending,
        typed: String::new(),
        errors: std::collections::BTreeMap::new(),
    })
}

/// The page a confirmation link opens.
#[derive(Template)]
#[template(path = "confirm_email.html", config = "src/web/askama.toml")]
pub struct ConfirmTemplate {
    nav: Nav,
    name: String,
    email: String,
    action: String,
}

/// What a confirmation link answers.
#[derive(Responder)]
pub enum ConfirmAnswer {
    /// The page with the button.
    Form(Box<Page<ConfirmTemplate>>),
    /// The link cannot be used (410).
    Refused(ErrorPage),
    /// Done: to the start page (or the login page).
    Done(Box<Flash<Redirect>>),
}

/// Shows the button of a usable link.
#[get("/email/confirm/<token>")]
pub async fn show_confirm(
    token: &str,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ConfirmAnswer> {
    Ok(
        match email_confirmation::link_of(db.inner(), token, clock.now()).await? {
            Ok((account, email)) => ConfirmAnswer::Form(Box::new(Page::ok(ConfirmTemplate {
                nav,
                name: account.name,
                email,
                action: uri!(confirm(token)).to_string(),
            }))),
            Err(why) => ConfirmAnswer::Refused(ErrorPage::new(Status::Gone, nav.t(why))),
        },
    )
}

/// Follows the link: confirms the address, or moves the account to it.
#[post("/email/confirm/<token>", data = "<form>")]
pub async fn confirm(
    token: &str,
    form: CsrfForm<ButtonForm>,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ConfirmAnswer> {
    let _checked = form.into_inner();
    Ok(
        match email_confirmation::confirm(db.inner(), token, clock.now()).await? {
            Ok(Confirmed::Address(account)) => done(&account, i18n::msg("confirm-done")),
            Ok(Confirmed::Moved(account, _)) => done(&account, i18n::msg("confirm-moved")),
            Err(why) => ConfirmAnswer::Refused(ErrorPage::new(Status::Gone, nav.t(why))),
        },
    )
}

fn done(account: &Account, id: &str) -> ConfirmAnswer {
    let said = i18n::say(
        account.language,
        &crate::domain::message::Message::new(id).text("email", &account.email),
    );
    ConfirmAnswer::Done(Box::new(Flash::success(Redirect::to("/"), said)))
}

/// The person asks for their link again.
#[post("/account/email/confirmation", data = "<form>")]
pub async fn resend_own(
    form: CsrfForm<ButtonForm>,
    user: CurrentUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    mail: &State<MailSetup>,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let back = Redirect::to("/");
    let sent =
        email_confirmation::resend(db.inner(), config, mail, user.0.id, user.0.id, clock.now());
    resent(sent.await, back, &nav)
}

/// The flash message of a resend.
fn resent(sent: AppResult<String>, back: Redirect, nav: &Nav) -> AppResult<Flash<Redirect>> {
    match sent {
        Ok(email) => Ok(Flash::success(
            back,
            nav.t_with("confirm-resent", "email", email),
        )),
        Err(AppError::Conflict { message, .. } | AppError::TooManyRequests(message)) => {
            Ok(Flash::error(back, nav.say(&message)))
        }
        Err(other) => Err(other),
    }
}

/// The secretariat sends an account's link again.
#[post("/secretariat/accounts/<id>/confirmation", data = "<form>")]
#[expect(clippy::too_many_arguments, reason = "a resend touches all of these")]
pub async fn resend_for(
    id: i32,
    form: CsrfForm<ButtonForm>,
    user: SecretariatUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    mail: &State<MailSetup>,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let back = Redirect::to(uri!(super::secretariat::account_detail::show_account(id)));
    let sent = email_confirmation::resend(db.inner(), config, mail, id, user.0.id, clock.now());
    resent(sent.await, back, &nav)
}

/// The new address and the password.
#[derive(FromForm)]
pub struct ChangeForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    new_email: String,
    #[field(default = String::new())]
    email_password: String,
}

impl CsrfProtected for ChangeForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// What a change of address answers.
#[derive(Responder)]
pub enum ChangeAnswer {
    /// Done (a link sent, or moved): back to the account page.
    Done(Box<Flash<Redirect>>),
    /// Refused: the account page with the form as typed.
    Refused(Box<Page<AccountTemplate>>),
}

/// Moves the account to a new address once the link sent there is followed (at once without
/// mail); the form comes back with the address and the problems.
#[post("/account/email", data = "<form>")]
#[expect(
    clippy::too_many_arguments,
    reason = "a change of address touches all of these"
)]
pub async fn change_email(
    form: CsrfForm<ChangeForm>,
    user: CurrentUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    mail: &State<MailSetup>,
    clock: &State<Clock>,
    work: &State<PasswordWork>,
) -> AppResult<ChangeAnswer> {
    let form = form.into_inner();
    let now = clock.now();
    let typed = (form.new_email.as_str(), form.email_password.as_str());
    let changed = email_confirmation::change(db.inner(), config, work, mail, &user.0, typed, now);
    let back = Redirect::to(uri!(super::account::show_account));
    let (status, errors) = match changed.await {
        Ok(Change::LinkSent(email)) => {
            let said = nav.t_with("confirm-change-sent", "email", email);
            return Ok(ChangeAnswer::Done(Box::new(Flash::success(back, said))));
        }
        Ok(Change::Moved(email)) => {
            let said = nav.t_with("confirm-moved", "email", email);
            return Ok(ChangeAnswer::Done(Box::new(Flash::success(back, said))));
        }
        Err(AppError::Invalid(problems)) => {
            (Status::UnprocessableEntity, said(nav.lang, &problems))
        }
        Err(AppError::TooManyRequests(message)) => (
            Status::TooManyRequests,
            std::collections::BTreeMap::from([("new_email".to_owned(), nav.say(&message))]),
        ),
        Err(other) => return Err(other),
    };
    let tokens = super::account_tokens::panel(db, &user, now).await?;
    let mut email = email_panel(db, &user.0, mail, now).await?;
    email.typed = form.new_email;
    email.errors = errors;
    let template = AccountTemplate::new(nav, &user, Default::default(), (tokens, email));
    Ok(ChangeAnswer::Refused(Box::new(Page::with_status(
        status, template,
    ))))
}
