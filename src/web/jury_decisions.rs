//! The jury chair's view of the decisions the secretariat recorded at the jury's meeting, and
//! their confirmation. Decisions on submissions the chair is in conflict with are not shown.

use askama::Template;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{CsrfForm, CsrfProtected};
use super::jury_scope::EditionChair;
use super::pages::{Nav, Page};
use super::session::Db;
use crate::app;
use crate::clock::Clock;
use crate::db::decisions::Decision;
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

/// Shows the decisions to the chair.
#[get("/jury/editions/<id>/decisions")]
pub async fn show_chair_decisions(
    id: i32,
    chair: EditionChair,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ChairDecisionsTemplate>> {
    let view = app::decisions::for_chair(db.inner(), id, chair.0.user.id).await?;
    Ok(Page::ok(ChairDecisionsTemplate {
        nav,
        open: view.edition.status == EditionStatus::Consensus,
        hidden: view.hidden,
        decisions: view.decisions,
        all_confirmed: view.all_confirmed,
        edition: view.edition,
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
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _ = form.into_inner();
    let back = Redirect::to(uri!(show_chair_decisions(id)));
    match app::decisions::confirm(db.inner(), id, chair.0.user.id, clock.now()).await {
        Ok(n) => Ok(Flash::success(
            back,
            nav.t_count("decisions-confirmed", "count", n),
        )),
        Err(AppError::Conflict {
            code: Refusal::NothingToConfirm,
            ..
        }) => Ok(Flash::error(back, nav.t("decisions-nothing-to-confirm"))),
        Err(error) => Err(error),
    }
}
