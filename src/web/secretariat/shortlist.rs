//! The shortlist at the end of a round, for the secretariat: the round's ranking cut at the
//! shortlist's size, with each submission's probability of being in it and the ties at the
//! line, and the form that records the committee's choices (a reason beside each choice out of
//! rank order) for the round's chair to confirm.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use chrono::{DateTime, SecondsFormat, Utc};
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::shortlists::{self, Plan, Refused};
use crate::clock::Clock;
use crate::domain::edition::Edition;
use crate::domain::message::Message;
use crate::domain::shortlist::reason_field;
use crate::error::AppResult;
use crate::i18n;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// A line of the round's ranking, ready to show with the committee's choice.
pub struct LineRow {
    place: usize,
    id: i32,
    title: String,
    total: String,
    p_in: String,
    above: bool,
    /// The first line below the cut.
    first_below: bool,
    statistical_tie: bool,
    exact_tie: bool,
    taken_in: bool,
    reason: String,
    error: Option<String>,
}

/// The shortlist page.
#[derive(Template)]
#[template(path = "secretariat/shortlist.html", config = "src/web/askama.toml")]
pub struct ShortlistTemplate {
    nav: Nav,
    edition: Edition,
    round: String,
    size: u32,
    rows: Vec<LineRow>,
    /// Every problem, linked to its field.
    problems: Vec<(String, String)>,
    shortlist_error: Option<String>,
    /// When the choices shown were recorded, and that the chair has yet to confirm them.
    recorded: Option<String>,
    /// When the round's chair confirmed the shortlist shown, which is then read-only.
    confirmed: Option<String>,
    /// The stamp of the recording shown (empty: nothing recorded), sent back with the form.
    read_recorded_at: String,
    statistical_ties: usize,
    exact_ties: usize,
    action: String,
    results_link: String,
    edition_link: String,
    max_reason: usize,
}

/// The committee's choices as typed.
#[derive(Debug, Default, FromForm)]
pub struct ShortlistForm {
    #[field(default = String::new())]
    csrf_token: String,
    /// The submissions taken in.
    #[field(default = Vec::new())]
    shortlisted: Vec<i32>,
    /// The reasons, by submission.
    #[field(default = HashMap::new())]
    reasons: HashMap<i32, String>,
    /// When the recording the form was filled from was made (empty: nothing was recorded).
    #[field(default = String::new())]
    read_recorded_at: String,
}

impl CsrfProtected for ShortlistForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

impl ShortlistForm {
    /// The recording the form was filled from: `Some(None)` when nothing was recorded; an
    /// unreadable stamp reads as a recording that cannot be the current one.
    fn read(&self) -> Option<Option<DateTime<Utc>>> {
        match self.read_recorded_at.trim() {
            "" => Some(None),
            text => Some(Some(
                DateTime::parse_from_rfc3339(text).map_or(DateTime::UNIX_EPOCH, |t| t.to_utc()),
            )),
        }
    }

    fn typed(&self) -> shortlists::Typed {
        let mut typed: shortlists::Typed = self
            .reasons
            .iter()
            .map(|(id, reason)| (*id, (false, reason.clone())))
            .collect();
        for id in &self.shortlisted {
            typed.entry(*id).or_default().0 = true;
        }
        typed
    }
}

fn page(
    plan: Plan,
    nav: Nav,
    zone: &str,
    typed: Option<&shortlists::Typed>,
    problems: BTreeMap<String, Message>,
) -> ShortlistTemplate {
    let recorded_choices: BTreeMap<i32, _> = plan
        .recorded
        .iter()
        .map(|c| (c.submission_id, (c.shortlisted, c.reason.clone())))
        .collect();
    let lines = plan
        .official
        .as_ref()
        .map(|o| o.results.official.as_slice())
        .unwrap_or_default();
    let places = plan
        .cut
        .as_ref()
        .map(|c| c.places.as_slice())
        .unwrap_or_default();
    let rows: Vec<LineRow> = lines
        .iter()
        .zip(places)
        .map(|(line, place)| {
            let (taken_in, reason) = match typed {
                Some(typed) => typed.get(&line.submission_id).cloned().unwrap_or_default(),
                None => recorded_choices
                    .get(&line.submission_id)
                    .cloned()
                    .unwrap_or((place.above, String::new())),
            };
            LineRow {
                place: place.position,
                id: line.submission_id,
                title: line.title.clone(),
                total: nav.decimal_text(&line.weighted_total.to_decimal(2)),
                p_in: place.p_in.map_or_else(
                    || "–".to_owned(),
                    |p| {
                        nav.t_with(
                            "results-percent",
                            "value",
                            i18n::decimal(nav.lang, p * 100.0, 0),
                        )
                    },
                ),
                above: place.above,
                first_below: u32::try_from(place.position).is_ok_and(|p| p == plan.size + 1),
                statistical_tie: place.statistical_tie,
                exact_tie: place.exact_tie,
                taken_in,
                reason,
                error: problems
                    .get(&reason_field(line.submission_id))
                    .map(|p| nav.say(p)),
            }
        })
        .collect();
    let shortlist_error = problems.get("shortlist").map(|p| nav.say(p));
    let listed: Vec<(String, String)> = problems
        .iter()
        .map(|(field, p)| {
            let anchor = field
                .strip_prefix("reason-")
                .map_or_else(|| "shortlist".to_owned(), |id| format!("reason-{id}"));
            (anchor, nav.say(p))
        })
        .collect();
    let confirmed = plan.round.closed_at.map(|at| {
        nav.t_with(
            "shortlist-confirmed-at",
            "when",
            i18n::instant(nav.lang, at, zone),
        )
    });
    let recorded = plan
        .round
        .shortlist_recorded_at
        .filter(|_| confirmed.is_none())
        .map(|at| {
            nav.t_with(
                "shortlist-recorded-at",
                "when",
                i18n::instant(nav.lang, at, zone),
            )
        });
    let id = plan.edition.id;
    ShortlistTemplate {
        round: nav.say(&plan.round.summary()),
        size: plan.size,
        statistical_ties: rows.iter().filter(|r| r.statistical_tie).count(),
        exact_ties: rows.iter().filter(|r| r.exact_tie).count(),
        rows,
        problems: listed,
        shortlist_error,
        recorded,
        confirmed,
        read_recorded_at: plan
            .round
            .shortlist_recorded_at
            .map(|at| at.to_rfc3339_opts(SecondsFormat::AutoSi, true))
            .unwrap_or_default(),
        action: uri!(record_shortlist(id)).to_string(),
        results_link: uri!(super::results::show_results(id, Some(plan.round.position))).to_string(),
        edition_link: uri!(super::editions::show_edition(id)).to_string(),
        max_reason: crate::domain::limits::REASON,
        edition: plan.edition,
        nav,
    }
}

/// The current round's ranking cut at the shortlist, with the committee's choices (as recorded,
/// or the rank order before anything is recorded); with `round`, the shortlist adopted at the
/// end of that closed round (1 first), read-only.
#[get("/secretariat/editions/<id>/shortlist?<round>")]
pub async fn show_shortlist(
    id: i32,
    round: Option<u32>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ShortlistTemplate>> {
    let plan = match round {
        Some(position) => shortlists::adopted(db.inner(), id, position).await?,
        None => shortlists::plan(db.inner(), id).await?,
    };
    Ok(Page::ok(page(
        plan,
        nav,
        &me.0.time_zone,
        None,
        BTreeMap::new(),
    )))
}

/// Records the committee's choices; every problem comes back beside its field with the choices
/// as typed (nothing is written then).
#[post("/secretariat/editions/<id>/shortlist", data = "<form>")]
pub async fn record_shortlist(
    id: i32,
    form: CsrfForm<ShortlistForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<ShortlistTemplate>>> {
    let form = form.into_inner();
    let typed = form.typed();
    let read = (id, form.read());
    let problems = match shortlists::record(db.inner(), read, &typed, me.0.id, clock.now()).await? {
        Ok(()) => {
            return Ok(Ok(Flash::success(
                Redirect::to(uri!(show_shortlist(id, Option::<u32>::None))),
                nav.t("shortlist-recorded"),
            )));
        }
        Err(Refused::NoRanking) => {
            BTreeMap::from([("shortlist".to_owned(), Message::new("shortlist-no-ranking"))])
        }
        Err(Refused::Invalid(problems)) => problems,
        Err(Refused::Stale) => {
            let plan = shortlists::plan(db.inner(), id).await?;
            let why = Message::new("shortlist-refused-recorded-meanwhile");
            let problems = BTreeMap::from([("shortlist".to_owned(), why)]);
            let page = page(plan, nav, &me.0.time_zone, Some(&typed), problems);
            return Ok(Err(Page::with_status(Status::Conflict, page)));
        }
    };
    let plan = shortlists::plan(db.inner(), id).await?;
    let page = page(plan, nav, &me.0.time_zone, Some(&typed), problems);
    Ok(Err(Page::with_status(Status::UnprocessableEntity, page)))
}
