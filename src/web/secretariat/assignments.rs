//! Assignment for the secretariat: the current assignments and loads, automatic assignment
//! (every eligible submission gets r non-conflicted jurors, loads balanced, the design connected,
//! optionally a calibration block) with its design summary, and removal with a reason.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::assignment::{self, ChangeRefused, Refused};
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::Edition;
use crate::error::{AppError, AppResult};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// The assignment page.
#[derive(Template)]
#[template(path = "secretariat/assignments.html", config = "src/web/askama.toml")]
pub struct AssignmentsTemplate {
    nav: Nav,
    edition: Edition,
    rows: Vec<db::assignments::AssignmentRow>,
    loads: Vec<(String, usize)>,
    jurors: Vec<(i32, String)>,
    submissions: Vec<(i32, String)>,
    form: AutoForm,
    outcome: Option<(bool, Vec<String>)>,
    refused: Option<RefusedRow>,
}

impl AssignmentsTemplate {
    /// A scorecard state as people read it.
    /// The reason typed in a row's form (`remove` or `reopen`) when it was refused, else empty.
    fn typed(&self, aid: &i32, action: &str) -> &str {
        self.refused
            .as_ref()
            .filter(|r| r.aid == *aid && r.action == action)
            .map_or("", |r| r.reason.as_str())
    }

    /// Why a row's form was refused, shown next to its reason.
    fn problem(&self, aid: &i32, action: &str) -> Option<&str> {
        self.refused
            .as_ref()
            .filter(|r| r.aid == *aid && r.action == action)
            .map(|r| r.problem.as_str())
    }
}

/// A refused removal or reopening: the row, the form, the reason as typed, and why.
pub struct RefusedRow {
    aid: i32,
    action: &'static str,
    reason: String,
    problem: String,
}

/// The options of automatic assignment, as typed.
#[derive(Clone, Debug, FromForm)]
pub struct AutoForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::from("3"))]
    per_submission: String,
    #[field(default = String::from("0"))]
    calibration: String,
    #[field(default = String::from("1"))]
    seed: String,
}

impl Default for AutoForm {
    fn default() -> Self {
        AutoForm {
            csrf_token: String::new(),
            per_submission: "3".to_owned(),
            calibration: "0".to_owned(),
            seed: "1".to_owned(),
        }
    }
}

impl CsrfProtected for AutoForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

async fn page(
    db: &Db,
    id: i32,
    nav: Nav,
    form: AutoForm,
    outcome: Option<(bool, Vec<String>)>,
    refused: Option<RefusedRow>,
) -> AppResult<AssignmentsTemplate> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = db::assignments::list(db.inner(), id).await?;
    let mut loads: BTreeMap<String, usize> = BTreeMap::new();
    for member in db::jury::members(db.inner(), id).await? {
        if member.jury_role.scores() {
            loads.insert(member.name, 0);
        }
    }
    for row in &rows {
        *loads.entry(row.juror.clone()).or_default() += 1;
    }
    let jurors = db::jury::members(db.inner(), id)
        .await?
        .into_iter()
        .filter(|m| m.jury_role.scores())
        .map(|m| (m.user_id, m.name))
        .collect();
    let submissions = db::screening::list(db.inner(), id, &Default::default())
        .await?
        .into_iter()
        .filter(|r| {
            r.eligibility
                .as_ref()
                .is_some_and(|e| e.outcome() == crate::domain::eligibility::Outcome::Pass)
        })
        .map(|r| (r.id, r.title))
        .collect();
    Ok(AssignmentsTemplate {
        nav,
        edition,
        rows,
        loads: loads.into_iter().collect(),
        jurors,
        submissions,
        form,
        outcome,
        refused,
    })
}

/// Shows the assignments and the automatic-assignment form.
#[get("/secretariat/editions/<id>/assignments")]
pub async fn show_assignments(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<AssignmentsTemplate>> {
    Ok(Page::ok(
        page(db, id, nav, AutoForm::default(), None, None).await?,
    ))
}

/// Runs automatic assignment, keeping existing assignments, and shows its design summary (or
/// exactly why it is infeasible).
#[post("/secretariat/editions/<id>/assignments/automatic", data = "<form>")]
pub async fn assign_automatically(
    id: i32,
    form: CsrfForm<AutoForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<AssignmentsTemplate>> {
    let form = form.into_inner();
    let request = assignment::Request {
        per_submission: form.per_submission.clone(),
        calibration: form.calibration.clone(),
        seed: form.seed.clone(),
    };
    let (status, outcome) =
        match assignment::automatic(db.inner(), id, &request, me.0.id, clock.now()).await? {
            Ok(summary) => {
                let lines = summary.iter().map(|line| nav.say(line)).collect();
                (Status::Ok, (true, lines))
            }
            Err(Refused::Closed(why)) => (Status::Conflict, (false, vec![nav.say(&why)])),
            Err(Refused::Invalid(problems)) => {
                let lines = problems.iter().map(|(_, p)| nav.say(p)).collect();
                (Status::UnprocessableEntity, (false, lines))
            }
            Err(Refused::Infeasible(why)) => {
                (Status::UnprocessableEntity, (false, vec![nav.say(&why)]))
            }
        };
    let template = page(db, id, nav, form, Some(outcome), None).await?;
    Ok(Page::with_status(status, template))
}

/// A reason, required to remove an assignment or reopen its scorecard.
#[derive(FromForm)]
pub struct ReasonForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    reason: String,
}

impl CsrfProtected for ReasonForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// What answers a removal or a reopening: done, or the page again with the reason as typed.
type RowAnswer = Result<Flash<Redirect>, Page<AssignmentsTemplate>>;

/// The assignments page again, with `status`, the reason as typed in the row's form and why it
/// was refused next to it.
async fn refuse_row(
    db: &Db,
    edition: i32,
    nav: Nav,
    status: Status,
    refused: RefusedRow,
) -> AppResult<RowAnswer> {
    let template = page(db, edition, nav, AutoForm::default(), None, Some(refused)).await?;
    Ok(Err(Page::with_status(status, template)))
}

/// The problem with a reason to remove an assignment or reopen its scorecard, if any.
/// The answer to a removal or a reopening: back to the assignments, or the row's form again
/// with the reason as typed and why not.
async fn row_answer(
    db: &Db,
    aid: i32,
    nav: Nav,
    reason: String,
    action: &'static str,
    changed: Result<i32, ChangeRefused>,
    done: &str,
) -> AppResult<RowAnswer> {
    let (status, problem) = match changed {
        Ok(edition) => {
            let back = Redirect::to(uri!(show_assignments(edition)));
            return Ok(Ok(Flash::success(back, done.to_owned())));
        }
        Err(ChangeRefused::Invalid(problem)) => (Status::UnprocessableEntity, nav.say(&problem)),
        Err(ChangeRefused::NotSubmitted) => (Status::Conflict, nav.t("assign-only-submitted")),
    };
    let edition = db::assignments::edition_of(db.inner(), aid)
        .await?
        .ok_or(AppError::NotFound)?;
    let refused = RefusedRow {
        aid,
        action,
        reason,
        problem,
    };
    refuse_row(db, edition, nav, status, refused).await
}

/// Removes an assignment, with the reason (audited); a refusal brings the page back with the
/// reason as typed.
#[post("/secretariat/assignments/<aid>/remove", data = "<form>")]
pub async fn remove_assignment(
    aid: i32,
    form: CsrfForm<ReasonForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<RowAnswer> {
    let form = form.into_inner();
    let removed = assignment::remove(db.inner(), aid, &form.reason, me.0.id, clock.now()).await?;
    let done = nav.t("assign-removed");
    row_answer(db, aid, nav, form.reason, "remove", removed, &done).await
}

/// Reopens a submitted scorecard, with the reason (a new revision; history kept); a refusal
/// brings the page back with the reason as typed.
#[post("/secretariat/assignments/<aid>/reopen", data = "<form>")]
pub async fn reopen_scorecard(
    aid: i32,
    form: CsrfForm<ReasonForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<RowAnswer> {
    let form = form.into_inner();
    let reopened = assignment::reopen(db.inner(), aid, &form.reason, me.0.id, clock.now()).await?;
    let done = nav.t("assign-reopened");
    row_answer(db, aid, nav, form.reason, "reopen", reopened, &done).await
}

/// The manual assignment form.
#[derive(FromForm)]
pub struct ManualForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = 0)]
    juror: i32,
    #[field(default = 0)]
    submission: i32,
}

impl CsrfProtected for ManualForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Assigns one juror to one submission by hand (never a conflicted juror).
#[post("/secretariat/editions/<id>/assignments", data = "<form>")]
pub async fn add_assignment(
    id: i32,
    form: CsrfForm<ManualForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let back = Redirect::to(uri!(show_assignments(id)));
    let pair = (form.juror, form.submission);
    Ok(
        match assignment::assign_by_hand(db.inner(), id, pair, me.0.id, clock.now()).await? {
            Ok(()) => Flash::success(back, nav.t("assign-assigned")),
            Err(refused) => Flash::error(back, nav.say(&refused.message())),
        },
    )
}
