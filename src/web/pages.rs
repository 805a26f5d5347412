//! What every page shares: the navigation (who is logged in, their links, the CSRF token for the
//! logout button, a flash message), rendering an Askama template, and the error page.

use std::fmt::Display;

use askama::Template;
use rocket::http::{ContentType, Status};
use rocket::request::{FlashMessage, FromRequest, Outcome, Request};
use rocket::response::{self, Responder, Response};
use rocket::uri;

use sea_orm::DatabaseConnection;

use super::csrf::{CsrfToken, current_token};
use super::language::{back_address, language_seen};
use super::session::{CurrentUser, MaybeUser, checked_session};
use crate::db;
use crate::domain::account::Account;
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::domain::role::Role;
use crate::i18n::{self, msg};

/// A link in the navigation bar.
#[derive(Clone, Debug)]
pub struct NavLink {
    /// The message id of its text.
    pub label: &'static str,
    /// Target.
    pub href: String,
}

/// The logged-in person, as the navigation shows them.
#[derive(Clone, Debug)]
pub struct NavUser {
    /// Display name.
    pub name: String,
    /// The message id of the role's name.
    pub role: &'static str,
    /// Links for this role.
    pub links: Vec<NavLink>,
    /// Their account's time zone.
    pub time_zone: String,
}

/// A one-time message shown after a redirect.
#[derive(Clone, Debug)]
pub struct FlashView {
    /// `success` or `error`.
    pub kind: String,
    /// Text.
    pub message: String,
}

/// The parts of the layout every page needs.
#[derive(Clone, Debug)]
pub struct Nav {
    /// Who is logged in.
    pub user: Option<NavUser>,
    /// CSRF token for the logout form (and the page's own forms).
    pub csrf: String,
    /// Message from the previous request.
    pub flash: Option<FlashView>,
    /// The viewer's time zone, in which pages write instants (UTC when logged out).
    pub time_zone: String,
    /// The language the page is written in.
    pub lang: Lang,
    /// Where the language switch sends the reader back to.
    pub back: String,
}

/// A number a template gives a message (by value or through references), for its plural form.
pub trait Count {
    /// The number.
    fn count(&self) -> u32;
}

impl Count for u32 {
    fn count(&self) -> u32 {
        *self
    }
}

impl Count for u64 {
    fn count(&self) -> u32 {
        u32::try_from(*self).unwrap_or(u32::MAX)
    }
}

impl Count for usize {
    fn count(&self) -> u32 {
        u32::try_from(*self).unwrap_or(u32::MAX)
    }
}

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> u32 {
        (**self).count()
    }
}

/// The [`Nav`] built for this request, if any, so that an error page rendered later in the same
/// request shows the same person (and the flash message the guard took).
#[derive(Clone, Debug, Default)]
struct NavSeen(Option<Nav>);

/// The message id of the name of `account`'s role (a juror who chairs a jury: "Jury chair").
pub fn role_label(account: &Account, chairs_a_jury: bool) -> &'static str {
    match account.role {
        Role::Juror if chairs_a_jury => msg("role-jury-chair"),
        Role::Juror => msg("role-juror"),
        Role::Applicant => msg("role-applicant"),
        Role::Secretariat => msg("role-secretariat"),
    }
}

fn nav_user(account: &Account, chairs_a_jury: bool) -> NavUser {
    NavUser {
        name: account.name.clone(),
        role: role_label(account, chairs_a_jury),
        links: links_for(account.role),
        time_zone: account.time_zone.clone(),
    }
}

fn links_for(role: Role) -> Vec<NavLink> {
    use super::{account, applicant, jury, secretariat};
    let mut links = match role {
        Role::Applicant => vec![NavLink {
            label: msg("nav-my-applications"),
            href: uri!(applicant::dashboard).to_string(),
        }],
        Role::Juror => vec![NavLink {
            label: msg("nav-my-assignments"),
            href: uri!(jury::dashboard).to_string(),
        }],
        Role::Secretariat => vec![
            NavLink {
                label: msg("nav-editions"),
                href: uri!(secretariat::dashboard).to_string(),
            },
            NavLink {
                label: msg("nav-accounts"),
                href: uri!(secretariat::accounts::list_accounts).to_string(),
            },
            NavLink {
                label: msg("nav-rubrics"),
                href: uri!(secretariat::rubrics::list_rubrics).to_string(),
            },
        ],
    };
    links.push(NavLink {
        label: msg("nav-my-account"),
        href: uri!(account::show_account).to_string(),
    });
    links
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Nav {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let MaybeUser(user) = match request.guard::<MaybeUser>().await {
            Outcome::Success(user) => user,
            _ => MaybeUser(None),
        };
        let csrf = match request.guard::<CsrfToken>().await {
            Outcome::Success(token) => token.0,
            _ => return Outcome::Error((Status::InternalServerError, ())),
        };
        let flash = match request.guard::<Option<FlashMessage<'_>>>().await {
            Outcome::Success(Some(flash)) => Some(FlashView {
                kind: flash.kind().to_owned(),
                message: flash.message().to_owned(),
            }),
            _ => None,
        };
        let user = match user {
            Some(CurrentUser(account)) => {
                let chairs = account.role == Role::Juror
                    && match request.rocket().state::<DatabaseConnection>() {
                        Some(db) => db::jury::chairs_a_jury(db, account.id)
                            .await
                            .unwrap_or_else(|e| {
                                rocket::error!("looking up the jury roles of an account: {e}");
                                false
                            }),
                        None => false,
                    };
                Some(nav_user(&account, chairs))
            }
            None => None,
        };
        let lang = match request.guard::<Lang>().await {
            Outcome::Success(lang) => lang,
            _ => Lang::default(),
        };
        let mut nav = Nav::new(user, csrf, flash, lang);
        nav.back = back_address(request);
        request.local_cache(|| NavSeen(Some(nav.clone())));
        Outcome::Success(nav)
    }
}

impl Nav {
    /// A navigation for `user` in `lang` (its language switch going back to the start page).
    pub fn new(user: Option<NavUser>, csrf: String, flash: Option<FlashView>, lang: Lang) -> Nav {
        let time_zone = user
            .as_ref()
            .map_or_else(|| "UTC".to_owned(), |u| u.time_zone.clone());
        Nav {
            user,
            csrf,
            flash,
            time_zone,
            lang,
            back: "/".to_owned(),
        }
    }

    /// The text of message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        i18n::text(self.lang, id)
    }

    /// The text of message `id` in the page's language with a number, for its plural form.
    pub fn t_count(&self, id: &str, name: &'static str, count: impl Count) -> String {
        i18n::text_count(self.lang, id, name, count.count())
    }

    /// The text of message `id` in the page's language, with one variable.
    pub fn t_with(&self, id: &str, name: &'static str, value: impl Display) -> String {
        i18n::text_with(self.lang, id, &[(name, &value.to_string())])
    }

    /// The text of message `id` in the page's language, with two variables.
    pub fn t2(
        &self,
        id: &str,
        name: &'static str,
        value: impl Display,
        other: &'static str,
        other_value: impl Display,
    ) -> String {
        let (value, other_value) = (value.to_string(), other_value.to_string());
        i18n::text_with(self.lang, id, &[(name, &value), (other, &other_value)])
    }

    /// A message of the domain (a problem, a reason) in the page's language.
    pub fn say(&self, message: &Message) -> String {
        i18n::say(self.lang, message)
    }

    /// The navigation of an error page, without waiting on the database: the person a guard of
    /// this request already found logged in (with the jury-chair badge when a [`Nav`] was built).
    fn for_error(request: &Request<'_>) -> Nav {
        if let Some(nav) = request.local_cache(NavSeen::default).0.clone() {
            return nav;
        }
        let user = checked_session(request).map(|u| nav_user(&u.0, false));
        let csrf = current_token(request).unwrap_or_default();
        let mut nav = Nav::new(user, csrf, None, language_seen(request));
        nav.back = back_address(request);
        nav
    }
}

/// A rendered page with a status (200 unless said otherwise).
pub struct Page<T: Template> {
    status: Status,
    template: T,
    retry_after: Option<u64>,
}

impl<T: Template> Page<T> {
    /// A 200 page.
    pub fn ok(template: T) -> Self {
        Page {
            status: Status::Ok,
            template,
            retry_after: None,
        }
    }

    /// A page with another status, e.g. 422 for a form shown again with its errors.
    pub fn with_status(status: Status, template: T) -> Self {
        Page {
            status,
            template,
            retry_after: None,
        }
    }

    /// Tells the client when to try again (sent as `Retry-After` with a 429).
    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }
}

impl<'r, T: Template> Responder<'r, 'static> for Page<T> {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let html = self.template.render().map_err(|e| {
            rocket::error!("rendering a page for {}: {e}", request.uri());
            Status::InternalServerError
        })?;
        let mut response = Response::build_from(html.respond_to(request)?);
        response.status(self.status).header(ContentType::HTML);
        if self.status == Status::TooManyRequests {
            let seconds = self
                .retry_after
                .unwrap_or(crate::hashing::RETRY_AFTER_SECONDS);
            response.raw_header("Retry-After", seconds.to_string());
        }
        response.ok()
    }
}

/// The HTML error page (403, 404, 422, 429, 500, ...).
#[derive(Template)]
#[template(path = "error.html", config = "src/web/askama.toml")]
pub struct ErrorTemplate {
    /// Status code.
    pub code: u16,
    /// The message id of its short title, e.g. "Not found".
    pub title: &'static str,
    /// What happened and what to do.
    pub message: String,
    /// Layout: the logged-in person when a guard of this request found one.
    pub nav: Nav,
}

/// An error page ready to respond.
pub struct ErrorPage {
    status: Status,
    message: String,
}

impl ErrorPage {
    /// An error page for `status` with a message for people.
    pub fn new(status: Status, message: String) -> Self {
        ErrorPage { status, message }
    }
}

/// The message id of the title of an error page.
fn title_of(status: Status) -> &'static str {
    match status.code {
        401 => msg("error-title-401"),
        403 => msg("error-title-403"),
        404 => msg("error-title-404"),
        409 => msg("error-title-409"),
        413 => msg("error-title-413"),
        422 => msg("error-title-422"),
        429 => msg("error-title-429"),
        code if code >= 500 => msg("error-title-500"),
        _ => msg("error-title-other"),
    }
}

impl<'r> Responder<'r, 'static> for ErrorPage {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let template = ErrorTemplate {
            code: self.status.code,
            title: title_of(self.status),
            message: self.message,
            nav: Nav::for_error(request),
        };
        Page::with_status(self.status, template).respond_to(request)
    }
}

/// Laurel's version, shown in the footer.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
