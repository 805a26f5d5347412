//! The applicant's pages: their submissions and the open calls.

use askama::Template;
use rocket::{State, get};

use super::format::{status_label, utc_minute};
use super::pages::{Nav, Page};
use super::session::{ApplicantUser, Db};
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::EditionStatus;
use crate::error::AppResult;

/// A row of the applicant's table.
pub struct SubmissionRow {
    title: String,
    edition: String,
    status: String,
    status_label: String,
    updated: String,
}

/// An open call.
pub struct CallRow {
    name: String,
    closes: String,
    time_zone: String,
}

/// The applicant's dashboard.
#[derive(Template)]
#[template(path = "applicant/dashboard.html", config = "src/web/askama.toml")]
pub struct ApplicantDashboard {
    nav: Nav,
    submissions: Vec<SubmissionRow>,
    open_calls: Vec<CallRow>,
}

/// Lists the applicant's submissions and the calls open now.
#[get("/applicant")]
pub async fn dashboard(
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<ApplicantDashboard>> {
    let now = clock.now();
    let submissions = db::dashboards::applicant_submissions(db.inner(), user.0.id)
        .await?
        .into_iter()
        .map(|s| SubmissionRow {
            status_label: status_label(&s.status),
            title: s.title,
            edition: s.edition,
            status: s.status,
            updated: utc_minute(s.updated_at),
        })
        .collect();
    let open_calls = db::dashboards::editions(db.inner())
        .await?
        .into_iter()
        .filter(|e| e.status == EditionStatus::Open && e.closes_at > now)
        .map(|e| CallRow {
            name: e.name,
            closes: format!("{} UTC", utc_minute(e.closes_at)),
            time_zone: e.time_zone,
        })
        .collect();
    Ok(Page::ok(ApplicantDashboard {
        nav,
        submissions,
        open_calls,
    }))
}
