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
use crate::clock::Clock;
use crate::db;
use crate::domain::application::SubmissionStatus;
use crate::domain::edition::{Edition, EditionStatus, accepts_submissions};
use crate::domain::time;
use crate::error::{AppError, AppResult};

/// A row of the applicant's table.
pub struct ApplicationRow {
    href: String,
    title: String,
    edition: String,
    status: SubmissionStatus,
    eligibility: Option<(&'static str, &'static str)>,
    updated: String,
    feedback: Option<String>,
}

/// An open call.
pub struct CallRow {
    id: i32,
    name: String,
    closes: String,
}

/// The applicant's dashboard.
#[derive(Template)]
#[template(path = "applicant/dashboard.html", config = "src/web/askama.toml")]
pub struct ApplicantDashboard {
    nav: Nav,
    applications: Vec<ApplicationRow>,
    open_calls: Vec<CallRow>,
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
    let applications = application_rows(db, user.0.id, &user.0.time_zone, &editions).await?;
    let open_calls = open_calls(editions, &user.0.time_zone, clock.now());
    Ok(Page::ok(ApplicantDashboard {
        nav,
        applications,
        open_calls,
    }))
}

/// The applicant's applications, with their feedback once the results are public.
async fn application_rows(
    db: &Db,
    applicant_id: i32,
    zone: &str,
    editions: &[Edition],
) -> AppResult<Vec<ApplicationRow>> {
    let names: HashMap<i32, String> = editions.iter().map(|e| (e.id, e.name.clone())).collect();
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
                "Untitled application".to_owned()
            } else {
                a.draft.title.trim().to_owned()
            },
            edition: names.get(&a.edition_id).cloned().unwrap_or_default(),
            feedback: (!a.status.is_draft() && public.contains(&a.edition_id))
                .then(|| uri!(feedback::show_feedback(a.id)).to_string()),
            eligibility: a
                .eligibility
                .as_ref()
                .map(|e| (e.outcome().as_str(), e.outcome().label())),
            status: a.status,
            updated: time::in_zone(a.updated_at, zone),
        })
        .collect())
}

/// The calls that accept applications now.
fn open_calls(
    editions: Vec<Edition>,
    zone: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<CallRow> {
    editions
        .into_iter()
        .filter(|e| {
            accepts_submissions(e.status, e.opens_at, e.closes_at, &e.time_zone, now).is_ok()
        })
        .map(|e| CallRow {
            id: e.id,
            closes: time::in_edition_and_viewer_zone(e.closes_at, &e.time_zone, zone),
            name: e.name,
        })
        .collect()
}

/// Starts a new application to an open call.
#[post("/applicant/editions/<id>/applications", data = "<form>")]
pub async fn start_application(
    id: i32,
    form: CsrfForm<ButtonForm>,
    user: ApplicantUser,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let now = clock.now();
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if edition.status != EditionStatus::Open {
        return Err(AppError::NotFound);
    }
    if let Err(why) = accepts_submissions(
        edition.status,
        edition.opens_at,
        edition.closes_at,
        &edition.time_zone,
        now,
    ) {
        return Ok(Flash::error(Redirect::to(uri!(dashboard)), why));
    }
    let language = edition
        .languages
        .first()
        .cloned()
        .unwrap_or_else(|| "en".to_owned());
    let new_id = db::applications::create_draft(db.inner(), id, user.0.id, &language, now).await?;
    Ok(Flash::success(
        Redirect::to(uri!(pages::show_section(
            new_id,
            "project",
            Option::<bool>::None
        ))),
        "Your application is started. Save as often as you like; nothing is lost.",
    ))
}
