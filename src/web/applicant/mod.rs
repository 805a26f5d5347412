//! The applicant's pages: "my applications", the open calls, and each application (see
//! [`pages`]).

pub mod attachments;
mod context;
pub mod feedback;
pub mod form;
pub mod pages;
pub mod section;

use std::collections::{HashMap, HashSet};

use askama::Template;
use rocket::response::{Flash, Redirect};
use rocket::{State, get, post, uri};

use super::auth::ButtonForm;
use super::csrf::CsrfForm;
use super::pages::{Nav, Page};
use super::session::{ApplicantUser, Db};
use crate::app;
use crate::clock::Clock;
use crate::db;
use crate::domain::application::SubmissionStatus;
use crate::domain::edition::Edition;
use crate::domain::eligibility::Outcome;
use crate::domain::language::Lang;
use crate::error::{AppError, AppResult};
use crate::i18n;

/// A row of the applicant's table.
pub struct ApplicationRow {
    href: String,
    title: String,
    edition: String,
    status: SubmissionStatus,
    eligibility: Option<Outcome>,
    updated: String,
    feedback: Option<String>,
}

/// An open call.
pub struct CallRow {
    id: i32,
    name: String,
    /// What the call is about, in the reader's language if given in it; empty when not given.
    introduction: String,
    closes: String,
}

/// The applicant's dashboard.
#[derive(Template)]
#[template(path = "applicant/dashboard.html", config = "src/web/askama.toml")]
pub struct ApplicantDashboard {
    nav: Nav,
    applications: Vec<ApplicationRow>,
    open_calls: Vec<CallRow>,
    unconfirmed: Option<String>,
}

/// Lists the applicant's applications and the calls open now.
#[get("/applicant")]
pub async fn dashboard(
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<ApplicantDashboard>> {
    let editions = db::editions::list(db.inner()).await?;
    let who = (user.0.id, user.0.time_zone.as_str(), nav.lang);
    let applications = application_rows(db, who, &editions).await?;
    let calls = app::applications::open_calls(db.inner(), clock.now()).await?;
    let open_calls = open_calls(calls, &user.0.time_zone, nav.lang);
    Ok(Page::ok(ApplicantDashboard {
        nav,
        applications,
        open_calls,
        unconfirmed: (!user.0.email_confirmed).then(|| user.0.email.clone()),
    }))
}

/// The applicant's applications, with their feedback once the results are public.
async fn application_rows(
    db: &Db,
    (applicant_id, zone, lang): (i32, &str, Lang),
    editions: &[Edition],
) -> AppResult<Vec<ApplicationRow>> {
    let names: HashMap<i32, String> = editions
        .iter()
        .map(|e| (e.id, e.name_in(lang.code()).to_owned()))
        .collect();
    let public: HashSet<i32> = editions
        .iter()
        .filter(|e| db::feedback::results_public(e.status))
        .map(|e| e.id)
        .collect();
    Ok(db::applications::of_applicant(db.inner(), applicant_id)
        .await?
        .into_iter()
        .map(|a| ApplicationRow {
            href: uri!(pages::show_application(a.id)).to_string(),
            title: if a.draft.title.trim().is_empty() {
                i18n::text(lang, "application-untitled")
            } else {
                a.draft.title.trim().to_owned()
            },
            edition: names.get(&a.edition_id).cloned().unwrap_or_default(),
            feedback: (!a.status.is_draft() && public.contains(&a.edition_id))
                .then(|| uri!(feedback::show_feedback(a.id)).to_string()),
            eligibility: a.eligibility.as_ref().map(|e| e.outcome()),
            status: a.status,
            updated: i18n::instant(lang, a.updated_at, zone),
        })
        .collect())
}

/// The calls that accept applications now, as listed.
fn open_calls(editions: Vec<Edition>, zone: &str, lang: Lang) -> Vec<CallRow> {
    editions
        .into_iter()
        .map(|e| CallRow {
            id: e.id,
            closes: i18n::edition_time(lang, e.closes_at, &e.time_zone, zone),
            name: e.name_in(lang.code()).to_owned(),
            introduction: e.texts.introduction(lang.code()).text.to_owned(),
        })
        .collect()
}

/// Starts a new application to an open call.
#[post("/applicant/editions/<id>/applications", data = "<form>")]
pub async fn start_application(
    id: i32,
    form: CsrfForm<ButtonForm>,
    user: ApplicantUser,
    lang: Lang,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let new_id = match app::applications::start(db.inner(), id, &user.0, clock.now()).await {
        Ok(new_id) => new_id,
        Err(AppError::Conflict { message, .. }) => {
            let message = crate::i18n::say(user.0.language, &message);
            return Ok(Flash::error(Redirect::to(uri!(dashboard)), message));
        }
        Err(error) => return Err(error),
    };
    Ok(Flash::success(
        Redirect::to(uri!(pages::show_section(
            new_id,
            "project",
            Option::<bool>::None
        ))),
        i18n::text(lang, "application-started"),
    ))
}
