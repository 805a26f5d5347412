//! The shortlist the secretariat recorded at the end of a round, for the round's chair to read
//! and confirm; confirming closes the round. A submission the chair is in conflict with shows
//! as its place only.

use askama::Template;
use chrono::{DateTime, SecondsFormat, Utc};
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{CsrfForm, CsrfProtected};
use super::jury_scope::EditionChair;
use super::pages::{Nav, Page};
use super::session::Db;
use crate::app;
use crate::clock::Clock;
use crate::domain::edition::Edition;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::i18n;

/// One choice as the chair reads it.
pub struct ChoiceRow {
    place: u32,
    /// None where a conflict of interest excludes the chair.
    title: Option<String>,
    taken_in: bool,
    out_of_order: bool,
    reason: String,
}

/// The chair's shortlist page.
#[derive(Template)]
#[template(path = "jury/shortlist.html", config = "src/web/askama.toml")]
pub struct ChairShortlistTemplate {
    nav: Nav,
    edition: Edition,
    round: String,
    size: u32,
    rows: Vec<ChoiceRow>,
    /// When the shortlist was recorded, for people, and as the form's version.
    recorded: Option<(String, String)>,
    action: String,
}

fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// The recorded shortlist, with the button that confirms it.
#[get("/jury/editions/<id>/shortlist")]
pub async fn show_chair_shortlist(
    id: i32,
    chair: EditionChair,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ChairShortlistTemplate>> {
    let user = &chair.0.user;
    let view = app::shortlists::for_chair(db.inner(), id, user.id).await?;
    let rows = view
        .choices
        .into_iter()
        .map(|(choice, title)| ChoiceRow {
            place: choice.position,
            out_of_order: choice.out_of_order(view.size),
            taken_in: choice.shortlisted,
            reason: if title.is_some() {
                choice.reason
            } else {
                String::new()
            },
            title,
        })
        .collect();
    let recorded = view
        .recorded_at
        .map(|at| (i18n::instant(nav.lang, at, &user.time_zone), stamp(at)));
    Ok(Page::ok(ChairShortlistTemplate {
        round: nav.say(&view.round.summary()),
        size: view.size,
        rows,
        recorded,
        action: uri!(confirm_shortlist(id)).to_string(),
        edition: view.edition,
        nav,
    }))
}

/// The confirmation, with the version of the shortlist the chair read.
#[derive(FromForm)]
pub struct ConfirmForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    recorded_at: String,
}

impl CsrfProtected for ConfirmForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The chair confirms the shortlist as read: the round closes (audited). A shortlist recorded
/// again since is refused, and the page shows the new one.
#[post("/jury/editions/<id>/shortlist", data = "<form>")]
pub async fn confirm_shortlist(
    id: i32,
    form: CsrfForm<ConfirmForm>,
    chair: EditionChair,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let back = Redirect::to(uri!(show_chair_shortlist(id)));
    let Ok(read) = DateTime::parse_from_rfc3339(&form.recorded_at) else {
        return Ok(Flash::error(
            back,
            nav.say(&Message::new("shortlist-refused-changed")),
        ));
    };
    let chair_id = chair.0.user.id;
    match app::shortlists::confirm(db.inner(), id, read.to_utc(), chair_id, clock.now()).await {
        Ok(()) => Ok(Flash::success(
            Redirect::to(uri!(super::jury::dashboard)),
            nav.t("shortlist-confirmed"),
        )),
        Err(AppError::Conflict { message, .. }) => Ok(Flash::error(back, nav.say(&message))),
        Err(error) => Err(error),
    }
}
