//! Self-registration for applicants: an account with its organisation, then straight to
//! "my applications".

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::{CookieJar, Status};
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{self, CsrfForm, CsrfProtected};
use super::pages::{Nav, Page};
use super::session::{self, ClientAddress, Db, MaybeUser};
use crate::app::accounts;
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::domain::account::NewAccount;
use crate::domain::application::{ORGANISATION_KINDS, OrganisationEntry, is_organisation_kind};
use crate::domain::countries;
use crate::domain::edition::parse_time_zone;
use crate::domain::language::Lang;
use crate::domain::limits::LINE;
use crate::domain::password::{
    MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, NAME_LIMIT, NameProblem, PasswordProblem, check_name,
    check_password, normalise_email,
};
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::hashing::PasswordWork;
use crate::i18n::{self, msg};

/// The registration form.
#[derive(Clone, Debug, Default, FromForm)]
pub struct RegisterForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    email: String,
    #[field(default = String::new())]
    password: String,
    #[field(default = String::new())]
    organisation: String,
    #[field(default = String::new())]
    kind: String,
    #[field(default = String::new())]
    country: String,
    #[field(default = String::new())]
    time_zone: String,
    #[field(default = String::new())]
    language: String,
}

impl CsrfProtected for RegisterForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The registration page.
#[derive(Template)]
#[template(path = "register.html", config = "src/web/askama.toml")]
pub struct RegisterTemplate {
    nav: Nav,
    form: RegisterForm,
    errors: BTreeMap<String, String>,
    kinds: Vec<&'static str>,
    countries: Vec<(String, String)>,
    languages: Vec<Lang>,
}

impl RegisterTemplate {
    /// The problems in the order of the form's fields, for the summary at the top.
    pub fn problems(&self) -> Vec<(&'static str, &str)> {
        FIELDS
            .into_iter()
            .filter_map(|field| Some((field, self.errors.get(field)?.as_str())))
            .collect()
    }
}

/// The form's fields, in their order on the page.
const FIELDS: [&str; 8] = [
    "name",
    "email",
    "password",
    "time_zone",
    "language",
    "organisation",
    "kind",
    "country",
];

fn page(nav: Nav, form: RegisterForm, errors: BTreeMap<String, String>) -> RegisterTemplate {
    let countries = crate::i18n::countries_in(nav.lang);
    RegisterTemplate {
        nav,
        form,
        errors,
        kinds: ORGANISATION_KINDS.iter().map(|(k, _, _)| *k).collect(),
        countries,
        languages: crate::i18n::languages(),
    }
}

/// Shows the registration form.
#[get("/register")]
pub fn show_register(nav: Nav, user: MaybeUser) -> Result<Redirect, Box<Page<RegisterTemplate>>> {
    if let Some(user) = user.0 {
        return Ok(super::auth::start_page(user.0.role));
    }
    let form = RegisterForm {
        time_zone: "Europe/Brussels".to_owned(),
        language: nav.lang.code().to_owned(),
        ..RegisterForm::default()
    };
    Err(Box::new(Page::ok(page(nav, form, BTreeMap::new()))))
}

/// Checks the form; a form without a language (an older page) takes the page's, `page_language`.
fn validate(
    form: &RegisterForm,
    page_language: Lang,
) -> Result<(NewAccount, OrganisationEntry, String), BTreeMap<String, String>> {
    let mut errors = BTreeMap::new();
    let lang = page_language;
    let mut note = |field: &str, id: &str, args: &[(&'static str, &str)]| {
        errors.insert(field.to_owned(), i18n::text_with(lang, id, args));
    };
    let name = check_name(&form.name)
        .map_err(|p| match p {
            NameProblem::Empty => note("name", msg("register-problem-name-empty"), &[]),
            NameProblem::TooLong => {
                note(
                    "name",
                    msg("register-problem-name-long"),
                    &[("max", &NAME_LIMIT.to_string())],
                );
            }
        })
        .ok();
    let email = normalise_email(&form.email)
        .map_err(|_| note("email", msg("register-problem-email"), &[]))
        .ok();
    match check_password(&form.password) {
        Ok(()) => {}
        Err(PasswordProblem::TooShort(chars)) => note(
            "password",
            msg("register-problem-password-short"),
            &[
                ("min", &MIN_PASSWORD_CHARS.to_string()),
                ("chars", &chars.to_string()),
            ],
        ),
        Err(PasswordProblem::TooLong) => note(
            "password",
            msg("register-problem-password-long"),
            &[("max", &MAX_PASSWORD_CHARS.to_string())],
        ),
        Err(PasswordProblem::OnlySpaces) => {
            note("password", msg("register-problem-password-spaces"), &[])
        }
    }
    let organisation = form.organisation.trim();
    let length = organisation.chars().count();
    if organisation.is_empty() {
        note("organisation", msg("register-problem-organisation"), &[]);
    } else if length > LINE {
        let (max, has) = (LINE.to_string(), length.to_string());
        note(
            "organisation",
            msg("register-problem-organisation-long"),
            &[("max", &max), ("chars", &has)],
        );
    }
    if !is_organisation_kind(&form.kind) {
        note("kind", msg("register-problem-kind"), &[]);
    }
    let country = form.country.trim().to_uppercase();
    if !countries::is_known(&country) {
        note("country", msg("register-problem-country"), &[]);
    }
    if parse_time_zone(&form.time_zone).is_err() {
        note(
            "time_zone",
            msg("register-problem-time-zone"),
            &[("zone", form.time_zone.trim())],
        );
    }
    let language = match form.language.as_str() {
        "" => Some(page_language),
        code => crate::i18n::lang(code),
    };
    if language.is_none() {
        note("language", msg("register-problem-language"), &[]);
    }
    match (name, email, language) {
        (Some(name), Some(email), Some(language)) if errors.is_empty() => Ok((
            NewAccount {
                email,
                name,
                role: Role::Applicant,
                password: form.password.clone(),
                language,
            },
            OrganisationEntry {
                name: organisation.to_owned(),
                kind: form.kind.clone(),
                country,
            },
            form.time_zone.trim().to_owned(),
        )),
        _ => Err(errors),
    }
}

/// Creates the applicant's account and organisation, and logs them in.
///
/// The cheap checks come first (fields, a taken email); then the client address's signup
/// throttle admits the attempt; only then is the password hashed, through the bounded gate.
#[post("/register", data = "<form>")]
#[expect(
    clippy::too_many_arguments,
    reason = "a registration touches all of these"
)]
pub async fn register(
    form: CsrfForm<RegisterForm>,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
    work: &State<PasswordWork>,
    mail: &State<crate::mail::MailSetup>,
    cookies: &CookieJar<'_>,
    address: ClientAddress,
) -> AppResult<Result<Flash<Redirect>, Page<RegisterTemplate>>> {
    let mut form = form.into_inner();
    let now = clock.now();
    let address = address.0.to_string();
    let new = match validate(&form, nav.lang) {
        Ok(new) => new,
        Err(errors) => {
            form.password.clear();
            let page = page(nav, form, errors);
            return Ok(Err(Page::with_status(Status::UnprocessableEntity, page)));
        }
    };
    let registered =
        accounts::register_applicant(db.inner(), (config, mail), work, new, &address, now).await;
    match registered {
        Ok(account) => {
            session::start_session(db.inner(), cookies, config, &account, now).await?;
            csrf::rotate(cookies, config);
            let welcome = if account.email_confirmed {
                nav.t("register-welcome")
            } else {
                nav.t_with("register-welcome-confirm", "email", &account.email)
            };
            Ok(Ok(Flash::success(
                Redirect::to(uri!(super::applicant::dashboard)),
                welcome,
            )))
        }
        Err(AppError::Invalid(errors)) => {
            form.password.clear();
            let errors = crate::error::said(nav.lang, &errors);
            let page = page(nav, form, errors);
            Ok(Err(Page::with_status(Status::UnprocessableEntity, page)))
        }
        Err(error) => Err(error),
    }
}
