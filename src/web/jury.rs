//! The juror's pages: the submissions assigned to them and the state of each scorecard.

use askama::Template;
use rocket::{State, get, uri};

use super::pages::{Nav, Page};
use super::session::{Db, JurorUser};
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::EditionStatus;
use crate::domain::jury::JuryRole;
use crate::domain::language::Lang;
use crate::domain::round::RoundOutcome;
use crate::domain::scoring::ScorecardStatus;
use crate::error::AppResult;
use crate::i18n;

/// A row of the juror's table.
pub struct AssignmentRow {
    id: i32,
    title: String,
    edition: String,
    /// The CSS name of the state (`status-<name>`).
    status: &'static str,
    /// Suspended while a conflict of interest keeps the juror away (no link to it then).
    suspended: bool,
    /// Where the scorecard stands.
    scorecard: ScorecardStatus,
    submitted: String,
    /// Its round, in an edition evaluated in several.
    round: Option<String>,
}

/// One of the juror's juries: its edition, the juror's role, the phase and when scores are due.
pub struct JuryView {
    id: i32,
    name: String,
    role: JuryRole,
    phase: EditionStatus,
    due: Option<String>,
    overdue: bool,
    decides: bool,
    /// The round the edition evaluates in, when it has several.
    round: Option<String>,
    /// A recorded shortlist waits for this chair's confirmation.
    shortlist: bool,
}

/// Conflicts of interest of other jurors waiting for the chair's decision in one edition.
pub struct AwaitingDecision {
    edition: String,
    count: usize,
    href: String,
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
    suspended: usize,
    juries: Vec<JuryView>,
    consensus: Vec<(i32, String)>,
    awaiting: Vec<AwaitingDecision>,
}

/// Lists the juror's assignments, the unfinished ones first.
#[get("/jury")]
pub async fn dashboard(
    user: JurorUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<JurorDashboard>> {
    let rows =
        db::dashboards::juror_assignments(db.inner(), user.0.id, Some(nav.lang.code())).await?;
    let counted = rows.iter().filter(|r| !r.suspended);
    let submitted = counted
        .clone()
        .filter(|r| r.status == ScorecardStatus::Submitted)
        .count();
    let drafts = counted
        .filter(|r| r.status == ScorecardStatus::Draft)
        .count();
    let rounds = round_titles(db, &rows, nav.lang).await?;
    let assignments = assignment_rows(rows, &rounds, &user.0.time_zone, nav.lang);
    let awaiting = awaiting_decisions(db, user.0.id, nav.lang).await?;
    let memberships = db::jury::editions_of(db.inner(), user.0.id).await?;
    let consensus = consensus_to_record(db, user.0.id, &memberships).await?;
    let juries = jury_views(
        db,
        memberships,
        &assignments,
        (&user.0.time_zone, nav.lang),
        clock.now(),
    )
    .await?;
    let suspended = assignments.iter().filter(|a| a.suspended).count();
    Ok(Page::ok(JurorDashboard {
        juries,
        consensus,
        awaiting,
        total: assignments.len() - suspended,
        suspended,
        nav,
        assignments,
        submitted,
        drafts,
    }))
}

/// The editions where the juror, as chair, has other jurors' conflicts to decide.
async fn awaiting_decisions(
    db: &Db,
    chair_id: i32,
    lang: Lang,
) -> AppResult<Vec<AwaitingDecision>> {
    let mut awaiting = Vec::new();
    for a in db::conflicts::awaiting_chair(db.inner(), chair_id).await? {
        let edition = match db::editions::find(db.inner(), a.edition_id).await? {
            Some(edition) => edition.name_in(lang.code()).to_owned(),
            None => a.edition,
        };
        awaiting.push(AwaitingDecision {
            href: uri!(super::jury_conflicts::show_conflicts(a.edition_id)).to_string(),
            edition,
            count: a.declarations.len(),
        });
    }
    Ok(awaiting)
}

/// The round of each assignment's round id, in one line, where its edition has several rounds.
async fn round_titles(
    db: &Db,
    rows: &[db::dashboards::JurorAssignment],
    lang: Lang,
) -> AppResult<std::collections::HashMap<i32, String>> {
    let mut titles = std::collections::HashMap::new();
    let ids: std::collections::BTreeSet<i32> = rows.iter().filter_map(|r| r.round_id).collect();
    for id in ids {
        let Some(round) = db::rounds::find(db.inner(), id).await? else {
            continue;
        };
        if db::rounds::of_edition(db.inner(), round.edition_id)
            .await?
            .len()
            > 1
        {
            titles.insert(id, i18n::say(lang, &round.summary()));
        }
    }
    Ok(titles)
}

fn assignment_rows(
    rows: Vec<db::dashboards::JurorAssignment>,
    rounds: &std::collections::HashMap<i32, String>,
    zone: &str,
    lang: Lang,
) -> Vec<AssignmentRow> {
    rows.into_iter()
        .map(|r| AssignmentRow {
            round: r.round_id.and_then(|id| rounds.get(&id).cloned()),
            id: r.id,
            title: r.title,
            edition: r.edition,
            status: if r.suspended {
                "suspended"
            } else {
                r.status.as_str()
            },
            suspended: r.suspended,
            scorecard: r.status,
            submitted: r
                .submitted_at
                .map_or_else(|| "–".to_owned(), |at| i18n::instant(lang, at, zone)),
        })
        .collect()
}

/// The submissions whose consensus the juror records (as rapporteur or chair) in editions now
/// in the consensus phase, without those a conflict keeps them from.
async fn consensus_to_record(
    db: &Db,
    juror_id: i32,
    memberships: &[(i32, String, JuryRole)],
) -> AppResult<Vec<(i32, String)>> {
    let mut consensus = Vec::new();
    for (edition, _, _) in memberships.iter().filter(|(_, _, r)| r.records_consensus()) {
        let in_consensus = db::editions::find(db.inner(), *edition)
            .await?
            .is_some_and(|e| e.status == EditionStatus::Consensus);
        let round_has_consensus = db::rounds::current(db.inner(), *edition).await?.consensus;
        if !in_consensus || !round_has_consensus {
            continue;
        }
        for s in db::conflicts::for_juror(db.inner(), *edition, juror_id).await? {
            let excluded = s
                .declaration
                .as_ref()
                .is_some_and(|d| crate::domain::conflicts::excludes(d.level, d.decision));
            if !excluded {
                consensus.push((s.submission_id, s.title));
            }
        }
    }
    Ok(consensus)
}

/// Each jury the juror sits on: role, phase, the scoring deadline and whether they are late.
async fn jury_views(
    db: &Db,
    memberships: Vec<(i32, String, JuryRole)>,
    assignments: &[AssignmentRow],
    (zone, lang): (&str, Lang),
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Vec<JuryView>> {
    let mut juries = Vec::new();
    for (id, name, role) in memberships {
        let Some(edition) = db::editions::find(db.inner(), id).await? else {
            continue;
        };
        let scoring = edition.status == EditionStatus::JuryEvaluation;
        let rounds = db::rounds::of_edition(db.inner(), id).await?;
        let current = rounds.iter().find(|r| r.closed_at.is_none());
        let shortlisting = current.is_some_and(|r| matches!(r.outcome, RoundOutcome::Shortlist(_)));
        let chairs_deliberation =
            role == JuryRole::Chair && edition.status.is_at_or_after(EditionStatus::Consensus);
        let due_at = current
            .and_then(|r| r.scoring_deadline)
            .or(edition.scoring_deadline);
        let unfinished = assignments.iter().any(|a| {
            a.edition == edition.name_in(lang.code()) && !a.suspended && !a.scorecard.is_submitted()
        });
        juries.push(JuryView {
            id,
            name: edition.texts.name(&name, lang.code()).text.to_owned(),
            decides: chairs_deliberation && !shortlisting,
            shortlist: chairs_deliberation
                && current.is_some_and(|r| r.shortlist_recorded_at.is_some()),
            round: current
                .filter(|_| rounds.len() > 1)
                .map(|r| i18n::say(lang, &r.summary())),
            role,
            phase: edition.status,
            due: due_at.map(|d| i18n::edition_time(lang, d, &edition.time_zone, zone)),
            overdue: scoring && unfinished && due_at.is_some_and(|d| d <= now),
        });
    }
    Ok(juries)
}
