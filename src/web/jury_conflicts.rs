//! Conflicts of interest, the juror's side: the eligible submissions by title, lead, partners and
//! countries only, the likely conflicts Laurel flags, and a declaration for each.

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{CsrfForm, CsrfProtected};
use super::pages::{Nav, Page};
use super::secretariat::conflicts::DecisionForm;
use super::session::{Db, JurorUser};
use crate::clock::Clock;
use crate::db;
use crate::domain::conflicts::{
    JurorProfile, LEVELS, REASONS, check_declaration, likely_conflicts, reason_label,
};
use crate::domain::countries;
use crate::error::{AppError, AppResult};

/// One submission on the page.
pub struct Row {
    id: i32,
    title: String,
    parties: Vec<String>,
    flags: Vec<String>,
    level: String,
    reason: String,
    details: String,
    status: String,
    error: Option<(String, String)>,
}

/// A potential conflict of another juror, for the chair to decide.
pub struct Pending {
    id: i32,
    juror: String,
    submission: String,
    reason: &'static str,
    details: String,
}

/// The page.
#[derive(Template)]
#[template(path = "jury/conflicts.html", config = "src/web/askama.toml")]
pub struct ConflictsTemplate {
    nav: Nav,
    edition_id: i32,
    edition: String,
    rows: Vec<Row>,
    pending: Vec<Pending>,
    levels: Vec<(&'static str, &'static str)>,
    reasons: Vec<(&'static str, &'static str, &'static str)>,
}

fn country(code: &str) -> String {
    countries::name(code).unwrap_or_else(|| code.to_owned())
}

fn status_of(level: &str, decision: Option<&str>) -> String {
    match (level, decision) {
        ("", _) => "Not declared yet".to_owned(),
        ("none", _) => "No conflict declared".to_owned(),
        ("disqualifying", _) => "Disqualifying: you will not see or score it".to_owned(),
        (_, Some("allowed")) => "Potential: you were allowed to score it".to_owned(),
        (_, Some(_)) => "Potential: you were excluded from it".to_owned(),
        (_, None) => "Potential: waiting for a decision".to_owned(),
    }
}

async fn page(
    db: &Db,
    id: i32,
    juror: &crate::domain::account::Account,
    nav: Nav,
    typed: Option<(i32, DeclarationForm, (String, String))>,
) -> AppResult<ConflictsTemplate> {
    let membership = db::conflicts::membership(db.inner(), id, juror.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let profile = JurorProfile {
        email: &juror.email,
        country: &membership.country,
        affiliation: &membership.affiliation,
    };
    let rows = db::conflicts::for_juror(db.inner(), id, juror.id)
        .await?
        .into_iter()
        .map(|s| {
            let flags = likely_conflicts(&profile, &s.applicant_email, &s.parties, country);
            let stored = s.declaration.clone();
            let mut row = Row {
                id: s.submission_id,
                title: s.title,
                parties: s
                    .parties
                    .iter()
                    .map(|(name, c)| format!("{name} ({})", country(c)))
                    .collect(),
                flags,
                level: stored.as_ref().map(|d| d.level.clone()).unwrap_or_default(),
                reason: stored
                    .as_ref()
                    .map(|d| d.reason.clone())
                    .unwrap_or_default(),
                details: stored
                    .as_ref()
                    .map(|d| d.details.clone())
                    .unwrap_or_default(),
                status: status_of(
                    stored.as_ref().map_or("", |d| d.level.as_str()),
                    stored.as_ref().and_then(|d| d.decision.as_deref()),
                ),
                error: None,
            };
            if let Some((sid, form, error)) = &typed
                && *sid == row.id
            {
                row.level.clone_from(&form.level);
                row.reason.clone_from(&form.reason);
                row.details.clone_from(&form.details);
                row.error = Some(error.clone());
            }
            row
        })
        .collect();
    let mut pending = Vec::new();
    if membership.jury_role == "chair" {
        for d in db::conflicts::of_edition(db.inner(), id).await? {
            if d.level != "potential" || d.decision.is_some() || d.juror_id == juror.id {
                continue;
            }
            let name = db::users::find(db.inner(), d.juror_id)
                .await?
                .map(|a| a.name)
                .unwrap_or_default();
            let submission = db::applications::find(db.inner(), d.submission_id)
                .await?
                .map(|a| a.draft.title)
                .unwrap_or_default();
            pending.push(Pending {
                id: d.id,
                juror: name,
                submission,
                reason: reason_label(&d.reason),
                details: d.details,
            });
        }
    }
    Ok(ConflictsTemplate {
        nav,
        edition_id: id,
        edition: edition.name,
        rows,
        pending,
        levels: LEVELS.to_vec(),
        reasons: REASONS.to_vec(),
    })
}

/// The submissions of an edition to declare conflicts on.
#[get("/jury/editions/<id>/conflicts")]
pub async fn show_conflicts(
    id: i32,
    user: JurorUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ConflictsTemplate>> {
    Ok(Page::ok(page(db, id, &user.0, nav, None).await?))
}

/// A declaration.
#[derive(Clone, Debug, Default, FromForm)]
pub struct DeclarationForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    level: String,
    #[field(default = String::new())]
    reason: String,
    #[field(default = String::new())]
    details: String,
}

impl CsrfProtected for DeclarationForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Records the juror's declaration for one submission.
#[post("/jury/editions/<id>/conflicts/<sid>", data = "<form>")]
pub async fn declare_conflict(
    id: i32,
    sid: i32,
    form: CsrfForm<DeclarationForm>,
    user: JurorUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<ConflictsTemplate>>> {
    let form = form.into_inner();
    db::conflicts::membership(db.inner(), id, user.0.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let listed = db::conflicts::for_juror(db.inner(), id, user.0.id).await?;
    let title = listed
        .iter()
        .find(|s| s.submission_id == sid)
        .map(|s| s.title.clone())
        .ok_or(AppError::NotFound)?;
    if let Err(error) = check_declaration(&form.level, &form.reason, &form.details) {
        let template = page(db, id, &user.0, nav, Some((sid, form, error))).await?;
        return Ok(Err(Page::with_status(
            Status::UnprocessableEntity,
            template,
        )));
    }
    db::conflicts::declare(
        db.inner(),
        sid,
        user.0.id,
        &form.level,
        &form.reason,
        &form.details,
        clock.now(),
        id,
    )
    .await?;
    let said = match form.level.as_str() {
        "none" => "no conflict.".to_owned(),
        level => {
            let label = reason_label(&form.reason);
            let reason = label.rsplit_once(" (").map_or(label, |(reason, _)| reason);
            let then = if level == "potential" {
                "You will not see or score it unless the secretariat allows it."
            } else {
                "You will not see or score it."
            };
            format!("a {level} conflict. Reason: {reason}. {then}")
        }
    };
    Ok(Ok(Flash::success(
        Redirect::to(format!("{}#submission-{sid}", uri!(show_conflicts(id)))),
        format!("Recorded for \"{title}\": {said}"),
    )))
}

/// The chair of the jury decides a potential conflict of another juror (audited).
#[post("/jury/conflicts/<cid>/decision", data = "<form>")]
pub async fn chair_decides(
    cid: i32,
    form: CsrfForm<DecisionForm>,
    user: JurorUser,
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
    db::conflicts::membership(db.inner(), record.edition_id, user.0.id)
        .await?
        .filter(|m| m.jury_role == "chair")
        .ok_or(AppError::NotFound)?;
    let back = Redirect::to(uri!(show_conflicts(record.edition_id)));
    if declaration.juror_id == user.0.id {
        return Ok(Flash::error(
            back,
            "You cannot decide your own conflict; the secretariat will.",
        ));
    }
    if declaration.level != "potential" || !matches!(form.decision.as_str(), "allowed" | "excluded")
    {
        return Ok(Flash::error(
            back,
            "Only a potential conflict is decided, as allowed or excluded.",
        ));
    }
    db::conflicts::decide(db.inner(), cid, &form.decision, user.0.id, clock.now()).await?;
    Ok(Flash::success(back, format!("Decided: {}.", form.decision)))
}
