//! Assignment for the secretariat: the current assignments and loads, automatic assignment
//! (every eligible submission gets r non-conflicted jurors, loads balanced, the design connected,
//! optionally a calibration block) with its design summary, and removal with a reason.

use crate::domain::limits::{self, check_length};
use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::clock::Clock;
use crate::db;
use crate::domain::assignment::{AssignmentOptions, assign};
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
    outcome: Option<(bool, String)>,
}

impl AssignmentsTemplate {
    /// A scorecard state as people read it.
    fn state(&self, status: &str) -> String {
        crate::web::format::status_label(status)
    }
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
    outcome: Option<(bool, String)>,
) -> AppResult<AssignmentsTemplate> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = db::assignments::list(db.inner(), id).await?;
    let mut loads: BTreeMap<String, usize> = BTreeMap::new();
    for member in db::jury::members(db.inner(), id).await? {
        if member.jury_role != "observer" {
            loads.insert(member.name, 0);
        }
    }
    for row in &rows {
        *loads.entry(row.juror.clone()).or_default() += 1;
    }
    let jurors = db::jury::members(db.inner(), id)
        .await?
        .into_iter()
        .filter(|m| m.jury_role != "observer")
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
        page(db, id, nav, AutoForm::default(), None).await?,
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
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(why) = edition.status.refuses_assignments() {
        let template = page(
            db,
            id,
            nav,
            form,
            Some((false, format!("Not assigned: {why}."))),
        )
        .await?;
        return Ok(Page::with_status(Status::Conflict, template));
    }
    let parsed = (
        form.per_submission
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|r| (1..=20).contains(r)),
        form.calibration
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|c| *c <= 50),
        form.seed.trim().parse::<u64>().ok(),
    );
    let (Some(per_submission), Some(calibration), Some(seed)) = parsed else {
        let mut problems = Vec::new();
        if parsed.0.is_none() {
            problems.push(format!(
                "Jurors per submission: “{}” is not a whole number from 1 to 20.",
                form.per_submission.trim()
            ));
        }
        if parsed.1.is_none() {
            problems.push(format!(
                "Calibration block: “{}” is not a whole number from 0 to 50.",
                form.calibration.trim()
            ));
        }
        if parsed.2.is_none() {
            problems.push(format!(
                "Seed: “{}” is not a whole number (0 or more).",
                form.seed.trim()
            ));
        }
        let message = problems.join("\n");
        let template = page(db, id, nav, form, Some((false, message))).await?;
        return Ok(Page::with_status(Status::UnprocessableEntity, template));
    };
    let input = db::assignments::planning_input(db.inner(), id).await?;
    let options = AssignmentOptions {
        jurors_per_submission: per_submission,
        calibration_size: calibration,
        max_load: None,
        seed,
    };
    match assign(&input, &options) {
        Ok(plan) => {
            let added =
                db::assignments::apply_plan(db.inner(), id, &plan, me.0.id, clock.now()).await?;
            let mut text = format!("{added} assignments added.\n\n{}", plan.summary);
            if !plan.summary.calibration.is_empty() {
                let titles = submission_titles(db, id).await?;
                let named: Vec<String> = plan
                    .summary
                    .calibration
                    .iter()
                    .map(|sid| {
                        titles
                            .get(sid)
                            .map(|t| format!("\u{201c}{t}\u{201d}"))
                            .unwrap_or_else(|| sid.to_string())
                    })
                    .collect();
                let line = format!(
                    "Calibration block (every juror scores it): {}",
                    named.join(", ")
                );
                text = text
                    .lines()
                    .map(|l| {
                        if l.starts_with("Calibration block:") {
                            line.as_str()
                        } else {
                            l
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            Ok(Page::ok(page(db, id, nav, form, Some((true, text))).await?))
        }
        Err(infeasible) => {
            let mut explanation = infeasible.to_string();
            let mut titles: Vec<(i32, String)> =
                submission_titles(db, id).await?.into_iter().collect();
            titles.sort_by_key(|(sid, _)| std::cmp::Reverse(*sid));
            for (sid, title) in titles {
                explanation = explanation.replace(
                    &format!("submission {sid}:"),
                    &format!("\u{201c}{title}\u{201d}:"),
                );
            }
            let template = page(db, id, nav, form, Some((false, explanation))).await?;
            Ok(Page::with_status(Status::UnprocessableEntity, template))
        }
    }
}

/// The titles of an edition's submissions, by id.
async fn submission_titles(db: &Db, edition_id: i32) -> AppResult<BTreeMap<i32, String>> {
    Ok(
        db::screening::list(db.inner(), edition_id, &Default::default())
            .await?
            .into_iter()
            .map(|row| (row.id, row.title))
            .collect(),
    )
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

/// Removes an assignment, with the reason (audited).
#[post("/secretariat/assignments/<aid>/remove", data = "<form>")]
pub async fn remove_assignment(
    aid: i32,
    form: CsrfForm<ReasonForm>,
    me: SecretariatUser,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let edition = db::assignments::edition_of(db.inner(), aid)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = Redirect::to(uri!(show_assignments(edition)));
    let reason = form.reason.trim();
    if reason.chars().count() < 5 {
        return Ok(Flash::error(
            back,
            "Reason: say why the assignment is removed (at least 5 characters).",
        ));
    }
    if let Err(problem) = check_length("Reason", reason, limits::REASON) {
        return Ok(Flash::error(back, problem));
    }
    db::assignments::remove(db.inner(), aid, reason, me.0.id, clock.now()).await?;
    Ok(Flash::success(back, "The assignment has been removed."))
}

/// Reopens a submitted scorecard, with the reason (a new revision; history kept).
#[post("/secretariat/assignments/<aid>/reopen", data = "<form>")]
pub async fn reopen_scorecard(
    aid: i32,
    form: CsrfForm<ReasonForm>,
    me: SecretariatUser,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let edition = db::assignments::edition_of(db.inner(), aid)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = Redirect::to(uri!(show_assignments(edition)));
    let reason = form.reason.trim();
    if reason.chars().count() < 5 {
        return Ok(Flash::error(
            back,
            "Reason: say why the scorecard is reopened (at least 5 characters).",
        ));
    }
    if let Err(problem) = check_length("Reason", reason, limits::REASON) {
        return Ok(Flash::error(back, problem));
    }
    if db::assignments::reopen(db.inner(), aid, reason, me.0.id, clock.now()).await? {
        Ok(Flash::success(
            back,
            "The scorecard is open again; a new revision begins and the history is kept.",
        ))
    } else {
        Ok(Flash::error(
            back,
            "Only a submitted scorecard can be reopened.",
        ))
    }
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
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = Redirect::to(uri!(show_assignments(id)));
    if let Some(why) = edition.status.refuses_assignments() {
        return Ok(Flash::error(back, format!("Not assigned: {why}.")));
    }
    match db::assignments::add_manual(
        db.inner(),
        id,
        form.juror,
        form.submission,
        me.0.id,
        clock.now(),
    )
    .await
    {
        Ok(()) => Ok(Flash::success(back, "The juror has been assigned.")),
        Err(db::assignments::ManualError::Db(e)) => Err(e.into()),
        Err(refusal) => Ok(Flash::error(back, format!("Not assigned: {refusal}."))),
    }
}
