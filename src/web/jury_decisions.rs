//! The jury chair's view of the decisions the secretariat recorded at the jury's meeting, and
//! their confirmation. Decisions on submissions the chair is in conflict with are not shown.

use askama::Template;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{CsrfForm, CsrfProtected};
use super::jury_scope::EditionChair;
use super::pages::{Nav, Page};
use super::session::Db;
use crate::app::phases::{self, Gate};
use crate::clock::Clock;
use crate::db;
use crate::db::decisions::{Decision, DecisionError};
use crate::domain::conflicts::excludes;
use crate::domain::edition::{Edition, EditionStatus};
use crate::error::{AppError, AppResult, Refusal};

/// The chair's decisions page.
#[derive(Template)]
#[template(path = "jury/decisions.html", config = "src/web/askama.toml")]
pub struct ChairDecisionsTemplate {
    nav: Nav,
    edition: Edition,
    decisions: Vec<Decision>,
    hidden: usize,
    open: bool,
    all_confirmed: bool,
}

/// The chaired edition, once decisions are taken (from the consensus phase on).
async fn deciding(db: &Db, id: i32) -> AppResult<Edition> {
    phases::edition_past(db.inner(), id, Gate::Decisions).await
}

/// Shows the decisions to the chair.
#[get("/jury/editions/<id>/decisions")]
pub async fn show_chair_decisions(
    id: i32,
    chair: EditionChair,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ChairDecisionsTemplate>> {
    let edition = deciding(db, id).await?;
    let user = &chair.0.user;
    let conflicted: Vec<i32> = db::conflicts::of_edition(db.inner(), id)
        .await?
        .into_iter()
        .filter(|d| d.juror_id == user.id && excludes(d.level, d.decision))
        .map(|d| d.submission_id)
        .collect();
    let all = db::decisions::list(db.inner(), id).await?;
    let all_confirmed = !all.is_empty() && all.iter().all(|d| d.confirmed_at.is_some());
    let total = all.len();
    let decisions: Vec<Decision> = all
        .into_iter()
        .filter(|d| !conflicted.contains(&d.submission_id))
        .collect();
    Ok(Page::ok(ChairDecisionsTemplate {
        nav,
        open: edition.status == EditionStatus::Consensus,
        hidden: total - decisions.len(),
        decisions,
        all_confirmed,
        edition,
    }))
}

/// The confirmation form.
#[derive(FromForm)]
pub struct ConfirmForm {
    #[field(default = String::new())]
    csrf_token: String,
}

impl CsrfProtected for ConfirmForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The chair confirms the decisions (audited).
#[post("/jury/editions/<id>/decisions/confirm", data = "<form>")]
pub async fn confirm_decisions(
    id: i32,
    form: CsrfForm<ConfirmForm>,
    chair: EditionChair,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _ = form.into_inner();
    deciding(db, id).await?;
    let user = &chair.0.user;
    let back = Redirect::to(uri!(show_chair_decisions(id)));
    match db::decisions::confirm(db.inner(), id, user.id, clock.now()).await {
        Ok(0) => Ok(Flash::error(back, "There is no decision to confirm yet.")),
        Ok(n) => Ok(Flash::success(
            back,
            format!("You confirmed the {n} decisions of the jury."),
        )),
        Err(DecisionError::WrongPhase(phase)) => Err(AppError::Conflict {
            code: Refusal::DecisionsClosed,
            message: format!(
                "Decisions are confirmed during the consensus phase; this edition is in the phase \"{}\".",
                phase.label()
            ),
        }),
        Err(DecisionError::NotFound) => Err(AppError::NotFound),
        Err(DecisionError::Invalid(_, why)) => Err(AppError::Conflict {
            code: Refusal::DecisionRefused,
            message: why,
        }),
        Err(DecisionError::Db(e)) => Err(e.into()),
    }
}
