//! Between the jury evaluation and the consensus phase, for the secretariat: the page that
//! confirms opening the consensus phase with the scorecards by state (and a warning when some
//! are unfinished), and the way back to the jury evaluation with a reason while no consensus is
//! recorded. Opening itself is the edition's status form, which asks for this confirmation.

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app;
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::Edition;
use crate::domain::evaluation_phase::{EvaluationCounts, MIN_REASON_CHARS, may_open_consensus};
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// The confirmation page before the consensus phase opens.
#[derive(Template)]
#[template(
    path = "secretariat/consensus_open.html",
    config = "src/web/askama.toml"
)]
pub struct OpenTemplate {
    nav: Nav,
    edition: Edition,
    counts: EvaluationCounts,
    warnings: Vec<String>,
    refused: Option<String>,
    status_action: String,
    edition_link: String,
    progress_link: String,
}

/// What opening the consensus phase would leave behind, with the button that opens it (or why
/// it cannot open).
#[get("/secretariat/editions/<id>/consensus/open")]
pub async fn confirm_open(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<OpenTemplate>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let counts = db::evaluation_phase::counts(db.inner(), id).await?;
    let refused = may_open_consensus(edition.status)
        .err()
        .map(|why| nav.say(&why));
    let status = if refused.is_some() {
        Status::Conflict
    } else {
        Status::Ok
    };
    let warnings = counts.warnings().iter().map(|w| nav.say(w)).collect();
    Ok(Page::with_status(
        status,
        OpenTemplate {
            nav,
            warnings,
            counts,
            refused,
            status_action: uri!(super::editions::change_status(id)).to_string(),
            edition_link: uri!(super::editions::show_edition(id)).to_string(),
            progress_link: uri!(super::progress::show_progress(
                id,
                Option::<String>::None,
                Some(true)
            ))
            .to_string(),
            edition,
        },
    ))
}

/// The page for going back to the jury evaluation.
#[derive(Template)]
#[template(
    path = "secretariat/consensus_back.html",
    config = "src/web/askama.toml"
)]
pub struct BackTemplate {
    nav: Nav,
    edition: Edition,
    refused: Option<String>,
    /// What going back does, with the scorecards by state.
    what_happens: String,
    reason: String,
    error: Option<String>,
    action: String,
    edition_link: String,
    min_chars: usize,
    max_chars: usize,
}

/// The way back as typed.
#[derive(Debug, Default, FromForm)]
pub struct BackForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    reason: String,
}

impl CsrfProtected for BackForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

async fn back_page(
    db: &Db,
    id: i32,
    nav: Nav,
    reason: String,
    error: Option<String>,
) -> AppResult<BackTemplate> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let counts = db::evaluation_phase::counts(db.inner(), id).await?;
    let refused = db::evaluation_phase::back_refused(db.inner(), &edition)
        .await?
        .map(|r| nav.say(&r.message()));
    let what = Message::new("consensus-back-what")
        .number("submitted", counts.submitted)
        .number("progress", counts.in_progress)
        .number("unstarted", counts.not_started);
    Ok(BackTemplate {
        what_happens: nav.say(&what),
        nav,
        refused,
        reason,
        error,
        action: uri!(return_to_evaluation(id)).to_string(),
        edition_link: uri!(super::editions::show_edition(id)).to_string(),
        min_chars: MIN_REASON_CHARS,
        max_chars: crate::domain::limits::REASON,
        edition,
    })
}

/// The form for going back from the consensus phase to the jury evaluation, or why it is
/// refused.
#[get("/secretariat/editions/<id>/consensus/back")]
pub async fn confirm_back(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<BackTemplate>> {
    let page = back_page(db, id, nav, String::new(), None).await?;
    let status = if page.refused.is_some() {
        Status::Conflict
    } else {
        Status::Ok
    };
    Ok(Page::with_status(status, page))
}

/// Goes back to the jury evaluation with the reason (audited); refuses with the page and why
/// when a consensus is recorded or the edition is not in the consensus phase.
#[post("/secretariat/editions/<id>/consensus/back", data = "<form>")]
pub async fn return_to_evaluation(
    id: i32,
    form: CsrfForm<BackForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<BackTemplate>>> {
    let form = form.into_inner();
    match app::phases::back_to_evaluation(db.inner(), id, &form.reason, me.0.id, clock.now()).await
    {
        Ok(edition) => Ok(Ok(Flash::success(
            Redirect::to(uri!(super::editions::show_edition(id))),
            nav.t_with("consensus-back-done", "phase", nav.phase(&edition.status)),
        ))),
        Err(error @ (AppError::Invalid(_) | AppError::Conflict { .. })) => {
            let status = if matches!(error, AppError::Invalid(_)) {
                Status::UnprocessableEntity
            } else {
                Status::Conflict
            };
            let problem = error.public_message(nav.lang);
            let page = back_page(db, id, nav, form.reason, Some(problem)).await?;
            Ok(Err(Page::with_status(status, page)))
        }
        Err(error) => Err(error),
    }
}
