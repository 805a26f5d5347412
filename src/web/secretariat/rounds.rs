//! The edition's rounds for the secretariat: while the evaluation has not begun, a form with a
//! row per round (name, jurors per submission, consensus, shortlist size; the last round decides
//! the prizes), "Add a round before the jury", and removal; afterwards the rounds as fixed.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::rounds::{self, PlanRefused, TypedRound};
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::{Edition, EditionStatus};
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::rubric_files::RubricSet;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// One round as typed: `rounds[0].name` and so on.
#[derive(Clone, Debug, Default, FromForm)]
pub struct RoundForm {
    pub id: Option<i32>,
    #[field(default = String::new())]
    pub name: String,
    #[field(default = String::new())]
    pub jurors_per_submission: String,
    #[field(default = false)]
    pub consensus: bool,
    #[field(default = String::new())]
    pub shortlist: String,
    #[field(default = false)]
    pub remove: bool,
    #[field(default = false)]
    pub outcome_at_once: bool,
    #[field(default = false)]
    pub sees_previous_consensus: bool,
    #[field(default = String::new())]
    pub scoring_deadline: String,
    #[field(default = String::new())]
    pub peer_scores: String,
    #[field(default = String::new())]
    pub rubric: String,
}

/// The rounds form.
#[derive(Clone, Debug, Default, FromForm)]
pub struct RoundsForm {
    #[field(default = String::new())]
    csrf_token: String,
    /// `save` or `add`.
    #[field(default = String::new())]
    action: String,
    /// The version of the rounds the form was filled from.
    version: Option<i64>,
    #[field(default = Vec::new())]
    rounds: Vec<RoundForm>,
}

impl CsrfProtected for RoundsForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

fn typed_of(form: &RoundForm) -> TypedRound {
    TypedRound {
        id: form.id,
        name: form.name.clone(),
        jurors_per_submission: form.jurors_per_submission.clone(),
        consensus: form.consensus,
        shortlist: form.shortlist.clone(),
        remove: form.remove,
        outcome_at_once: form.outcome_at_once,
        sees_previous_consensus: form.sees_previous_consensus,
        scoring_deadline: form.scoring_deadline.clone(),
        peer_scores: form.peer_scores.clone(),
        rubric: form.rubric.clone(),
    }
}

/// One row of the form, ready to show.
pub struct RowView {
    index: usize,
    number: usize,
    round: TypedRound,
    last: bool,
    errors: BTreeMap<&'static str, String>,
}

/// The rounds page.
#[derive(Template)]
#[template(path = "secretariat/rounds.html", config = "src/web/askama.toml")]
pub struct RoundsTemplate {
    nav: Nav,
    edition: Edition,
    /// Why the rounds cannot change now, if they cannot.
    fixed: Option<String>,
    rows: Vec<RowView>,
    /// The rounds as fixed, in one line each.
    lines: Vec<String>,
    problems: Vec<(String, String)>,
    rounds_error: Option<String>,
    /// The version of the stored rounds the form was filled from.
    version: i64,
    /// The rounds stored now, shown beside a save refused as stale.
    stale: bool,
    /// The peer-score choices: ("", as the edition sets it) then each (code, label).
    peer_choices: Vec<(&'static str, String)>,
    /// The rubric choices: ("", the edition's) then each rubric (key, name).
    rubric_choices: Vec<(String, String)>,
    action: String,
    edition_link: String,
}

fn fixed_in(status: EditionStatus) -> Option<Message> {
    status
        .is_at_or_after(EditionStatus::JuryEvaluation)
        .then(|| Message::new("rounds-refused-started").message("phase", status.name()))
}

/// The rounds page; `version` is the one the typed values were read at (none: the stored rounds'
/// version now).
async fn page(
    (db, shipped): (&Db, &RubricSet),
    (id, version): (i32, Option<i64>),
    nav: Nav,
    typed: Option<Vec<TypedRound>>,
    problems: BTreeMap<String, Message>,
) -> AppResult<RoundsTemplate> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = db::rounds::of_edition(db.inner(), id).await?;
    let stale = problems.contains_key("stale");
    let version = version.unwrap_or_else(|| crate::domain::round::plan_version(&stored));
    let default_name = nav.t("round-default-name");
    let keys = rounds::rubric_keys(db.inner(), &stored).await?;
    let typed = typed.unwrap_or_else(|| {
        stored
            .iter()
            .map(|r| {
                let key = keys.get(&r.id).map(String::as_str);
                TypedRound::of(r, &default_name, &edition.time_zone, key)
            })
            .collect()
    });
    let (edition_rubric, _) = db::rubrics::load(db.inner(), edition.rubric_id).await?;
    let edition_rubric = edition_rubric.in_language(nav.lang.code()).name;
    let rubric_choices = std::iter::once((
        String::new(),
        nav.t_with("rounds-rubric-edition", "name", edition_rubric),
    ))
    .chain(
        crate::app::rubrics::available(db.inner(), shipped)
            .await?
            .iter()
            .map(|r| (r.key.clone(), r.in_language(nav.lang.code()).name)),
    )
    .collect();
    let count = typed.len();
    let rows = typed
        .into_iter()
        .enumerate()
        .map(|(index, round)| {
            let errors = [
                "name",
                "jurors_per_submission",
                "outcome",
                "scoring_deadline",
                "peer_scores",
                "rubric",
            ]
            .into_iter()
            .filter_map(|field| {
                problems
                    .get(&format!("rounds[{index}].{field}"))
                    .map(|p| (field, nav.say(p)))
            })
            .collect();
            RowView {
                index,
                number: index + 1,
                last: index + 1 == count,
                round,
                errors,
            }
        })
        .collect();
    let listed = problems
        .iter()
        .map(|(field, p)| {
            let anchor = match field.split_once('.') {
                Some((row, name)) => format!("{row}.{name}"),
                None => "rounds".to_owned(),
            };
            (anchor, nav.say(p))
        })
        .collect();
    Ok(RoundsTemplate {
        fixed: fixed_in(edition.status).map(|why| nav.say(&why)),
        lines: stored.iter().map(|r| nav.say(&r.summary())).collect(),
        rounds_error: problems
            .get("rounds")
            .or_else(|| problems.get("stale"))
            .map(|p| nav.say(p)),
        version,
        stale,
        peer_choices: std::iter::once(("", nav.t("rounds-peers-edition")))
            .chain(
                crate::domain::peer_scores::PeerScores::ALL
                    .iter()
                    .map(|c| (c.as_str(), super::editions::peer_scores_label(*c, &nav))),
            )
            .collect(),
        rubric_choices,
        problems: listed,
        rows,
        action: uri!(save_rounds(id)).to_string(),
        edition_link: uri!(super::editions::show_edition(id)).to_string(),
        edition,
        nav,
    })
}

/// The edition's rounds: the form while they may change, else the rounds as fixed.
#[get("/secretariat/editions/<id>/rounds")]
pub async fn show_rounds(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
) -> AppResult<Page<RoundsTemplate>> {
    Ok(Page::ok(
        page((db, shipped), (id, None), nav, None, BTreeMap::new()).await?,
    ))
}

/// "Add a round before the jury" comes back to the form with a new row and nothing saved;
/// "Save" checks every round and stores them, or comes back with every problem beside its field
/// and everything as typed.
#[post("/secretariat/editions/<id>/rounds", data = "<form>")]
pub async fn save_rounds(
    id: i32,
    form: CsrfForm<RoundsForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<RoundsTemplate>>> {
    let form = form.into_inner();
    let shipped: &RubricSet = shipped;
    let mut typed: Vec<TypedRound> = form.rounds.iter().map(typed_of).collect();
    if form.action == "add" {
        let edition = db::editions::find(db.inner(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let at = typed.len().saturating_sub(1);
        let name = nav.t_with("rounds-new-name", "number", at + 1);
        let shortlist = u32::try_from(edition.shortlist_size).unwrap_or_default();
        typed.insert(at, TypedRound::new_before_last(&name, shortlist));
        let read = (id, form.version);
        return Ok(Err(Page::ok(
            page((db, shipped), read, nav, Some(typed), BTreeMap::new()).await?,
        )));
    }
    // A form that says no version was read before any version existed: refused as stale.
    let read = (id, Some(form.version.unwrap_or(0)));
    let rubrics = crate::app::rubrics::available(db.inner(), shipped).await?;
    match rounds::save(db.inner(), read, &typed, (&rubrics, me.0.id), clock.now()).await {
        Ok(Ok(_)) => Ok(Ok(Flash::success(
            Redirect::to(uri!(super::editions::show_edition(id))),
            nav.t("rounds-saved"),
        ))),
        Ok(Err(PlanRefused::Invalid(problems))) => {
            let page = page(
                (db, shipped),
                (id, form.version),
                nav,
                Some(typed),
                problems,
            )
            .await?;
            Ok(Err(Page::with_status(Status::UnprocessableEntity, page)))
        }
        Ok(Err(PlanRefused::Stale)) => {
            let why = Message::new("rounds-refused-stale");
            let problems = BTreeMap::from([("stale".to_owned(), why)]);
            let page = page((db, shipped), (id, None), nav, Some(typed), problems).await?;
            Ok(Err(Page::with_status(Status::Conflict, page)))
        }
        Err(AppError::Conflict { message, .. }) => {
            let problems = BTreeMap::from([("rounds".to_owned(), message)]);
            let page = page(
                (db, shipped),
                (id, form.version),
                nav,
                Some(typed),
                problems,
            )
            .await?;
            Ok(Err(Page::with_status(Status::Conflict, page)))
        }
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_reads_a_new_round_without_an_id_beside_a_stored_one() {
        let form = rocket::form::Form::<RoundsForm>::parse(
            "action=save&rounds[0].name=A&rounds[0].jurors_per_submission=3&rounds[0].shortlist=3\
             &rounds[1].id=4&rounds[1].name=Jury&rounds[1].jurors_per_submission=3\
             &rounds[1].consensus=true",
        )
        .expect("parsed");
        let typed: Vec<TypedRound> = form.rounds.iter().map(typed_of).collect();
        assert_eq!(typed.len(), 2);
        assert_eq!(typed[0].id, None);
        assert!(!typed[0].consensus);
        assert_eq!(typed[1].id, Some(4));
        assert!(typed[1].consensus);
    }
}
