//! Removing a juror from an edition's jury, for the secretariat: a confirmation page that says
//! what happens to their assignments and scorecards, then the removal with a reason.

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app;
use crate::clock::Clock;
use crate::db;
use crate::db::jury_removal::RemovalImpact;
use crate::domain::edition::Edition;
use crate::error::{AppError, AppResult};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// The confirmation page.
#[derive(Template)]
#[template(path = "secretariat/jury_remove.html", config = "src/web/askama.toml")]
pub struct RemoveTemplate {
    nav: Nav,
    edition: Edition,
    user_id: i32,
    name: String,
    role: String,
    not_started: usize,
    drafts: usize,
    submitted: usize,
    refused: Option<String>,
    reason: String,
    withdraw: bool,
    error: Option<String>,
}

/// The confirmation as typed.
#[derive(Debug, Default, FromForm)]
pub struct RemoveForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    reason: String,
    #[field(default = false)]
    withdraw_submitted: bool,
}

impl CsrfProtected for RemoveForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

async fn template(
    db: &Db,
    id: i32,
    jid: i32,
    nav: Nav,
    form: &RemoveForm,
    error: Option<String>,
) -> AppResult<RemoveTemplate> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let impact: RemovalImpact = db::jury_removal::removal_impact(db.inner(), id, jid)
        .await?
        .ok_or(AppError::NotFound)?;
    let account = db::users::find(db.inner(), jid)
        .await?
        .ok_or(AppError::NotFound)?;
    let refused = impact.refused.map(|r| nav.say(&r.message()));
    Ok(RemoveTemplate {
        role: nav.jury_role(&impact.jury_role),
        nav,
        edition,
        user_id: jid,
        name: account.name,
        not_started: impact.counts.not_started,
        drafts: impact.counts.drafts,
        submitted: impact.counts.submitted,
        refused,
        reason: form.reason.clone(),
        withdraw: form.withdraw_submitted,
        error,
    })
}

/// What removing a juror would do, with the form to confirm it (or why it is refused).
#[get("/secretariat/editions/<id>/jury/<jid>/remove")]
pub async fn confirm_removal(
    id: i32,
    jid: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<RemoveTemplate>> {
    let page = template(db, id, jid, nav, &RemoveForm::default(), None).await?;
    Ok(Page::ok(page))
}

/// Removes the juror from the jury, with the reason; refuses with the page and why.
#[post("/secretariat/editions/<id>/jury/<jid>/remove", data = "<form>")]
pub async fn remove_juror(
    id: i32,
    jid: i32,
    form: CsrfForm<RemoveForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<RemoveTemplate>>> {
    let form = form.into_inner();
    let (reason, withdraw, now) = (&form.reason, form.withdraw_submitted, clock.now());
    match app::jury::remove_member(db.inner(), id, jid, reason, withdraw, me.0.id, now).await {
        Ok(done) => Ok(Ok(Flash::success(
            Redirect::to(uri!(super::jury::show_jury(id))),
            crate::i18n::text_with(
                nav.lang,
                "removal-done",
                &[
                    ("removed", done.removed.to_string().as_str()),
                    ("withdrawn", done.withdrawn.to_string().as_str()),
                    ("kept", done.kept.to_string().as_str()),
                ],
            ),
        ))),
        Err(error @ (AppError::Invalid(_) | AppError::Conflict { .. })) => {
            let status = if matches!(error, AppError::Invalid(_)) {
                Status::UnprocessableEntity
            } else {
                Status::Conflict
            };
            let problem = error.public_message(nav.lang);
            let page = template(db, id, jid, nav, &form, Some(problem)).await?;
            Ok(Err(Page::with_status(status, page)))
        }
        Err(error) => Err(error),
    }
}
