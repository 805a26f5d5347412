//! The juror's pages: the submissions assigned to them and the state of each scorecard.

use askama::Template;
use rocket::{State, get};

use super::format::{status_label, utc_minute_or_dash};
use super::pages::{Nav, Page};
use super::session::{Db, JurorUser};
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::{EditionStatus, format_in_zone};
use crate::error::AppResult;

/// A row of the juror's table.
pub struct AssignmentRow {
    id: i32,
    title: String,
    edition: String,
    status: String,
    status_label: String,
    submitted: String,
}

/// One of the juror's juries: its edition, the juror's role, the phase and when scores are due.
pub struct JuryView {
    id: i32,
    name: String,
    role: &'static str,
    phase: &'static str,
    due: Option<String>,
    overdue: bool,
    decides: bool,
}

/// The juror's dashboard.
#[derive(Template)]
#[template(path = "jury/dashboard.html", config = "src/web/askama.toml")]
pub struct JurorDashboard {
    nav: Nav,
    assignments: Vec<AssignmentRow>,
    total: usize,
    submitted: usize,
    drafts: usize,
    juries: Vec<JuryView>,
    consensus: Vec<(i32, String)>,
}

/// Lists the juror's assignments, the unfinished ones first.
#[get("/jury")]
pub async fn dashboard(
    user: JurorUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<JurorDashboard>> {
    let rows = db::dashboards::juror_assignments(db.inner(), user.0.id).await?;
    let counted = rows.iter().filter(|r| !r.suspended);
    let submitted = counted.clone().filter(|r| r.status == "submitted").count();
    let drafts = counted.filter(|r| r.status == "draft").count();
    let assignments: Vec<AssignmentRow> = rows
        .into_iter()
        .map(|r| {
            let status = if r.suspended {
                "suspended".to_owned()
            } else {
                r.status
            };
            AssignmentRow {
                id: r.id,
                status_label: if r.suspended {
                    "Suspended: conflict of interest".to_owned()
                } else {
                    status_label(&status)
                },
                title: r.title,
                edition: r.edition,
                status,
                submitted: utc_minute_or_dash(r.submitted_at),
            }
        })
        .collect();
    let memberships = db::jury::editions_of(db.inner(), user.0.id).await?;
    let mut consensus = Vec::new();
    for (edition, _, _) in memberships
        .iter()
        .filter(|(_, _, r)| r == "rapporteur" || r == "chair")
    {
        let in_consensus = db::editions::find(db.inner(), *edition)
            .await?
            .is_some_and(|e| e.status == EditionStatus::Consensus);
        if !in_consensus {
            continue;
        }
        for s in db::conflicts::for_juror(db.inner(), *edition, user.0.id).await? {
            let excluded = s.declaration.as_ref().is_some_and(|d| {
                crate::domain::conflicts::excludes(&d.level, d.decision.as_deref())
            });
            if !excluded {
                consensus.push((s.submission_id, s.title));
            }
        }
    }
    let mut juries = Vec::new();
    for (id, name, role) in memberships {
        let Some(edition) = db::editions::find(db.inner(), id).await? else {
            continue;
        };
        let scoring = edition.status == EditionStatus::JuryEvaluation;
        juries.push(JuryView {
            id,
            name,
            decides: role == "chair" && edition.status.is_at_or_after(EditionStatus::Consensus),
            role: crate::domain::jury::jury_role_label(&role),
            phase: edition.status.label(),
            due: edition
                .scoring_deadline
                .map(|d| format_in_zone(d, &edition.time_zone)),
            overdue: scoring
                && assignments.iter().any(|a| {
                    a.edition == edition.name
                        && !matches!(a.status.as_str(), "submitted" | "suspended")
                })
                && edition.scoring_deadline.is_some_and(|d| d <= clock.now()),
        });
    }
    Ok(Page::ok(JurorDashboard {
        juries,
        consensus,
        total: assignments
            .iter()
            .filter(|a| a.status != "suspended")
            .count(),
        nav,
        assignments,
        submitted,
        drafts,
    }))
}
