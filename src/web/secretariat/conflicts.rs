//! Conflicts of interest, the secretariat's side: every declaration of an edition's jurors, and
//! decisions on potential ones (allowed or excluded), audited.

use askama::Template;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::clock::Clock;
use crate::db;
use crate::domain::conflicts::reason_label;
use crate::error::{AppError, AppResult};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// A declaration as listed.
pub struct Row {
    id: i32,
    juror: String,
    submission: String,
    level: String,
    reason: &'static str,
    details: String,
    decision: Option<String>,
}

/// The page.
#[derive(Template)]
#[template(path = "secretariat/conflicts.html", config = "src/web/askama.toml")]
pub struct ConflictsTemplate {
    nav: Nav,
    edition_id: i32,
    edition: String,
    rows: Vec<Row>,
}

/// Every conflict declared in an edition.
#[get("/secretariat/editions/<id>/conflicts")]
pub async fn list_conflicts(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ConflictsTemplate>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut rows = Vec::new();
    for d in db::conflicts::of_edition(db.inner(), id).await? {
        let juror = db::users::find(db.inner(), d.juror_id)
            .await?
            .map(|a| a.name)
            .unwrap_or_default();
        let submission = db::applications::find(db.inner(), d.submission_id)
            .await?
            .map(|s| s.draft.title)
            .unwrap_or_default();
        rows.push(Row {
            id: d.id,
            juror,
            submission,
            reason: reason_label(&d.reason),
            level: d.level,
            details: d.details,
            decision: d.decision,
        });
    }
    rows.sort_by(|a, b| {
        (a.decision.is_some(), &a.submission).cmp(&(b.decision.is_some(), &b.submission))
    });
    Ok(Page::ok(ConflictsTemplate {
        nav,
        edition_id: id,
        edition: edition.name,
        rows,
    }))
}

/// A decision on a potential conflict ("allowed" or "excluded"), by the secretariat or the chair.
#[derive(FromForm)]
pub struct DecisionForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    pub(crate) decision: String,
}

impl CsrfProtected for DecisionForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Decides a potential conflict.
#[post("/secretariat/conflicts/<cid>/decision", data = "<form>")]
pub async fn decide_conflict(
    cid: i32,
    form: CsrfForm<DecisionForm>,
    me: SecretariatUser,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let declaration = db::conflicts::find(db.inner(), cid)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = db::applications::find(db.inner(), declaration.submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = Redirect::to(uri!(list_conflicts(record.edition_id)));
    if declaration.level != "potential" {
        return Ok(Flash::error(
            back,
            "Only a potential conflict is decided; a disqualifying one always excludes.",
        ));
    }
    if !matches!(form.decision.as_str(), "allowed" | "excluded") {
        return Ok(Flash::error(back, "Decision: choose allowed or excluded."));
    }
    db::conflicts::decide(db.inner(), cid, &form.decision, me.0.id, clock.now()).await?;
    Ok(Flash::success(back, format!("Decided: {}.", form.decision)))
}
