//! The secretariat's pages: editions and their progress, accounts, rubrics.

pub mod account_detail;
pub mod accounts;
pub mod assignments;
pub mod conflicts;
pub mod decisions;
pub mod edition_form;
pub mod editions;
pub mod evaluation_phase;
pub mod exports;
pub mod import;
pub mod jury;
pub mod jury_removal;
pub mod mail;
pub mod progress;
pub mod results;
pub mod rounds;
pub mod rubric_editor;
pub mod rubric_views;
pub mod rubrics;
pub mod scorecard;
pub mod shortlist;
pub mod submissions;

use askama::Template;
use rocket::get;

use super::pages::{Nav, Page};
use super::session::{Db, SecretariatUser};
use crate::db;
use crate::domain::edition::EditionStatus;
use crate::domain::role::Role;
use crate::error::AppResult;

/// An edition row.
pub struct EditionRow {
    id: i32,
    name: String,
    status: EditionStatus,
    closes: String,
    submitted: usize,
    drafts: usize,
    jurors: usize,
    assignments: usize,
    scorecards_submitted: usize,
    conflicts: usize,
}

/// Active accounts per role.
pub struct AccountCounts {
    applicants: u64,
    jurors: u64,
    secretariat: u64,
}

/// The secretariat's dashboard.
#[derive(Template)]
#[template(path = "secretariat/dashboard.html", config = "src/web/askama.toml")]
pub struct SecretariatDashboard {
    nav: Nav,
    editions: Vec<EditionRow>,
    accounts: AccountCounts,
}

/// Lists every edition with its progress.
#[get("/secretariat")]
pub async fn dashboard(
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<SecretariatDashboard>> {
    let editions = db::dashboards::editions(db.inner())
        .await?
        .into_iter()
        .map(|e| EditionRow {
            id: e.id,
            name: e.texts.name(&e.name, nav.lang.code()).text.to_owned(),
            status: e.status,
            closes: nav.edition_time(e.closes_at, &e.time_zone, &e.time_zone),
            submitted: e.submitted,
            drafts: e.drafts,
            jurors: e.jurors,
            assignments: e.assignments,
            scorecards_submitted: e.scorecards_submitted,
            conflicts: e.conflicts,
        })
        .collect();
    let accounts = AccountCounts {
        applicants: db::users::count_active_with_role(db.inner(), Role::Applicant).await?,
        jurors: db::users::count_active_with_role(db.inner(), Role::Juror).await?,
        secretariat: db::users::count_active_with_role(db.inner(), Role::Secretariat).await?,
    };
    Ok(Page::ok(SecretariatDashboard {
        nav,
        editions,
        accounts,
    }))
}
