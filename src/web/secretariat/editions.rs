//! Editions for the secretariat: create, edit, read, and move through the lifecycle (moving to
//! screening runs the eligibility rules again).

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::edition_form::EditionForm;
use crate::app;
use crate::app::editions::EditionTyped;
use crate::clock::Clock;
use crate::db;
use crate::domain::application::SubmissionStatus;
use crate::domain::countries;
use crate::domain::edition::{Edition, EditionStatus, LANGUAGES};
use crate::domain::message::Message;
use crate::domain::peer_scores::PeerScores;
use crate::error::{AppError, AppResult};
use crate::i18n::{self, msg};
use crate::rubric_files::RubricSet;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::rubric_set::AvailableRubrics;
use crate::web::session::{Db, SecretariatUser};

/// The edition form page (new or edit).
#[derive(Template)]
#[template(path = "secretariat/edition_form.html", config = "src/web/askama.toml")]
pub struct EditionFormTemplate {
    nav: Nav,
    title: String,
    action: String,
    form: EditionForm,
    errors: BTreeMap<String, String>,
    rubrics: Vec<(String, String)>,
    languages: Vec<(&'static str, String)>,
    /// The interface's languages, in which the call may have its own name and introduction.
    call_languages: Vec<(&'static str, String)>,
    peer_score_choices: Vec<(&'static str, String)>,
}

fn form_page(
    nav: Nav,
    title: String,
    action: String,
    form: EditionForm,
    errors: BTreeMap<String, String>,
    rubrics: &RubricSet,
) -> EditionFormTemplate {
    EditionFormTemplate {
        title,
        action,
        form,
        errors,
        rubrics: rubrics
            .iter()
            .map(|r| (r.key.clone(), r.in_language(nav.lang.code()).name))
            .collect(),
        call_languages: crate::i18n::languages()
            .into_iter()
            .map(|lang| (lang.code(), nav.language_name(lang.code())))
            .collect(),
        languages: LANGUAGES
            .iter()
            .map(|(code, _)| (*code, nav.language_name(code)))
            .collect(),
        peer_score_choices: PeerScores::ALL
            .iter()
            .map(|c| (c.as_str(), peer_scores_label(*c, &nav)))
            .collect(),
        nav,
    }
}

/// The form for a new edition, with defaults.
#[get("/secretariat/editions/new")]
pub fn new_edition(
    _user: SecretariatUser,
    nav: Nav,
    rubrics: AvailableRubrics,
    clock: &State<Clock>,
) -> Page<EditionFormTemplate> {
    let year = clock.now().format("%Y").to_string().parse().unwrap_or(2026) + 1;
    let title = nav.t("edition-form-new");
    Page::ok(form_page(
        nav,
        title,
        uri!(create_edition).to_string(),
        EditionTyped::new_defaults(year).into(),
        BTreeMap::new(),
        &rubrics,
    ))
}

/// Creates an edition (in the draft state).
#[post("/secretariat/editions", data = "<form>")]
pub async fn create_edition(
    form: CsrfForm<EditionForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    rubrics: AvailableRubrics,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<EditionFormTemplate>>> {
    let form = form.into_inner();
    let title = nav.t("edition-form-new");
    match app::editions::create(db.inner(), &form.typed(), &rubrics, me.0.id, clock.now()).await {
        Ok(edition) => Ok(Ok(Flash::success(
            Redirect::to(uri!(show_edition(edition.id))),
            nav.t_with(
                "edition-form-created",
                "edition",
                edition.name_in(nav.lang.code()),
            ),
        ))),
        Err(AppError::Invalid(errors)) => {
            let errors = crate::error::said(nav.lang, &errors);
            let action = uri!(create_edition).to_string();
            let page = form_page(nav, title, action, form, errors, &rubrics);
            Ok(Err(Page::with_status(Status::UnprocessableEntity, page)))
        }
        Err(error) => Err(error),
    }
}

/// The form of an existing edition.
#[get("/secretariat/editions/<id>/edit")]
pub async fn edit_edition(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
    rubrics: AvailableRubrics,
) -> AppResult<Page<EditionFormTemplate>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (rubric, _) = db::rubrics::load(db.inner(), edition.rubric_id).await?;
    let title = nav.t_with(
        "edition-form-edit",
        "edition",
        edition.name_in(nav.lang.code()),
    );
    Ok(Page::ok(form_page(
        nav,
        title,
        uri!(update_edition(id)).to_string(),
        EditionTyped::from_edition(&edition, &rubric.key).into(),
        BTreeMap::new(),
        &rubrics,
    )))
}

/// Saves an edition's settings.
#[post("/secretariat/editions/<id>", data = "<form>")]
pub async fn update_edition(
    id: i32,
    form: CsrfForm<EditionForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    rubrics: AvailableRubrics,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<EditionFormTemplate>>> {
    let form = form.into_inner();
    let title = nav.t_with("edition-form-edit", "edition", form.name.trim());
    let action = uri!(update_edition(id)).to_string();
    let (typed, now) = (form.typed(), clock.now());
    let saved = app::editions::update(db.inner(), id, &typed, &rubrics, None, me.0.id, now).await;
    let errors = match saved {
        Ok(Ok(edition) | Err(edition)) => {
            return Ok(Ok(Flash::success(
                Redirect::to(uri!(show_edition(id))),
                nav.t_with(
                    "edition-form-saved",
                    "edition",
                    edition.name_in(nav.lang.code()),
                ),
            )));
        }
        Err(AppError::Invalid(errors)) => crate::error::said(nav.lang, &errors),
        Err(AppError::Conflict { message, .. }) => {
            BTreeMap::from([("rubric".to_owned(), nav.say(&message))])
        }
        Err(error) => return Err(error),
    };
    Ok(Err(Page::with_status(
        Status::UnprocessableEntity,
        form_page(nav, title, action, form, errors, &rubrics),
    )))
}

/// The edition page.
#[derive(Template)]
#[template(path = "secretariat/edition.html", config = "src/web/askama.toml")]
pub struct EditionTemplate {
    nav: Nav,
    edition: Edition,
    status_label: String,
    next: Option<(String, String)>,
    /// The next step when it needs a confirmation page first: (link, label).
    next_link: Option<(String, String)>,
    back_link: Option<String>,
    opens: String,
    closes: String,
    rubric: String,
    rubric_hash: String,
    languages: String,
    /// The languages in which the call has a name or introduction of its own.
    text_languages: String,
    /// Its rounds of evaluation, each in one line.
    rounds: Vec<String>,
    /// The round the edition evaluates in now, when it has several.
    current_round: Option<String>,
    /// The shortlist page, while the current round's shortlist is being adopted.
    shortlist_link: Option<String>,
    peer_scores: String,
    /// The CSV exports: (key in the address, what it holds).
    exports: Vec<(&'static str, String)>,
    results: bool,
    lead_countries: usize,
    partner_countries: usize,
    window: String,
    submitted: usize,
    drafts: usize,
    needs_review: usize,
}

fn next_action(status: EditionStatus, nav: &Nav) -> Option<(String, String)> {
    let next = status.next()?;
    let id = match next {
        EditionStatus::Open => msg("edition-next-open"),
        EditionStatus::Closed => msg("edition-next-close"),
        EditionStatus::Screening => msg("edition-next-screening"),
        EditionStatus::JuryEvaluation => msg("edition-next-jury"),
        EditionStatus::Consensus => msg("edition-next-consensus"),
        EditionStatus::Decided => msg("edition-next-decided"),
        EditionStatus::Announced => msg("edition-next-announce"),
        EditionStatus::Archived => msg("edition-next-archive"),
        EditionStatus::Draft => msg("edition-next-draft"),
    };
    Some((next.as_str().to_owned(), nav.t(id)))
}

/// Whether jurors see each other's scores, in words.
pub fn peer_scores_label(choice: PeerScores, nav: &Nav) -> String {
    nav.t(match choice {
        PeerScores::AtConsensus => msg("edition-peers-consensus"),
        PeerScores::AfterOwnScorecard => msg("edition-peers-own"),
        PeerScores::RapporteurOnly => msg("edition-peers-rapporteur"),
    })
}

/// Shows an edition with its settings, progress and next step.
#[get("/secretariat/editions/<id>")]
pub async fn show_edition(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<EditionTemplate>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (rubric, hash) = db::rubrics::load(db.inner(), edition.rubric_id).await?;
    let rows = db::screening::list(db.inner(), id, &Default::default()).await?;
    let stored = db::rounds::of_edition(db.inner(), id).await?;
    let current = stored.iter().find(|r| r.closed_at.is_none());
    let rounds: Vec<String> = stored
        .iter()
        .map(|round| {
            let line = nav.say(&round.summary());
            if round.closed_at.is_some() {
                nav.t_with("edition-round-closed", "round", line)
            } else if stored.len() > 1 && current.is_some_and(|c| c.id == round.id) {
                nav.t_with("edition-round-current", "round", line)
            } else {
                line
            }
        })
        .collect();
    let current_round = current.filter(|_| stored.len() > 1).map(|round| {
        let line = Message::new("edition-current-round")
            .number("number", round.position)
            .number("count", stored.len())
            .message("round", round.described());
        nav.say(&line)
    });
    let shortlist_link = current
        .filter(|r| matches!(r.outcome, crate::domain::round::RoundOutcome::Shortlist(_)))
        .filter(|_| edition.status == EditionStatus::Consensus)
        .map(|_| uri!(super::shortlist::show_shortlist(id, Option::<u32>::None)).to_string());
    let rubric_name = rubric.in_language(nav.lang.code()).name;
    let rubric = format!("{rubric_name} ({})", rubric.key);
    let mut view = edition_view(nav, edition, rubric, hash, &rows, rounds);
    view.current_round = current_round;
    view.shortlist_link = shortlist_link;
    Ok(Page::ok(view))
}

/// The edition page's view: its phase and next step, dates, rules, rounds and counts.
fn edition_view(
    nav: Nav,
    edition: Edition,
    rubric: String,
    rubric_hash: String,
    rows: &[db::screening::SubmissionRow],
    rounds: Vec<String>,
) -> EditionTemplate {
    let id = edition.id;
    let submitted = rows
        .iter()
        .filter(|r| r.status == SubmissionStatus::Submitted)
        .count();
    let needs_review = rows
        .iter()
        .filter(|r| {
            r.eligibility
                .as_ref()
                .is_some_and(|e| e.outcome() == crate::domain::eligibility::Outcome::NeedsReview)
        })
        .count();
    let e = &edition.eligibility;
    let any_date = || nav.t("edition-any-date");
    let window = match (e.started_after, e.active_or_ended_after) {
        (None, None) => nav.t("edition-no-window"),
        (start, end) => nav.t2(
            "edition-window",
            "start",
            start.map_or_else(any_date, |d| i18n::date(nav.lang, d)),
            "end",
            end.map_or_else(any_date, |d| i18n::date(nav.lang, d)),
        ),
    };
    let viewer_zone = nav.time_zone.clone();
    let next = next_action(edition.status, &nav);
    let opens = nav.edition_time(edition.opens_at, &edition.time_zone, &viewer_zone);
    let closes = nav.edition_time(edition.closes_at, &edition.time_zone, &viewer_zone);
    let languages = edition
        .languages
        .iter()
        .map(|l| nav.language_name(l))
        .collect::<Vec<_>>()
        .join(", ");
    let text_languages = edition
        .texts
        .languages()
        .map(|l| nav.language_name(l))
        .collect::<Vec<_>>()
        .join(", ");
    let peer_scores = peer_scores_label(edition.peer_scores, &nav);
    let exports = [
        ("scores", msg("export-scores")),
        ("submissions", msg("export-submissions")),
        ("conflicts", msg("export-conflicts")),
        ("audit", msg("export-audit")),
        ("method", msg("export-method")),
        ("ranking", msg("export-ranking")),
        ("jurors", msg("export-jurors")),
        ("decisions", msg("export-decisions")),
    ]
    .into_iter()
    .map(|(key, id)| (key, nav.t(id)))
    .collect();
    EditionTemplate {
        status_label: nav.phase(&edition.status),
        next: next.clone(),
        next_link: next
            .filter(|_| edition.status.next() == Some(EditionStatus::Consensus))
            .map(|(_, label)| {
                (
                    uri!(super::evaluation_phase::confirm_open(id)).to_string(),
                    label,
                )
            }),
        back_link: (edition.status == EditionStatus::Consensus)
            .then(|| uri!(super::evaluation_phase::confirm_back(id)).to_string()),
        nav,
        opens,
        closes,
        rubric,
        rubric_hash,
        languages,
        text_languages,
        rounds,
        current_round: None,
        shortlist_link: None,
        peer_scores,
        exports,
        results: edition.status.is_at_or_after(EditionStatus::Consensus),
        lead_countries: e.lead_countries.len(),
        partner_countries: e
            .partner_countries
            .iter()
            .filter(|c| countries::is_known(c))
            .count(),
        window,
        submitted,
        drafts: rows.len() - submitted,
        needs_review,
        edition,
    }
}

/// The lifecycle form.
#[derive(FromForm)]
pub struct StatusForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    to: String,
    /// `yes` once the secretariat has seen the confirmation page (opening the consensus phase).
    #[field(default = String::new())]
    confirm: String,
}

impl CsrfProtected for StatusForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Moves the edition to its next state; refuses with why. Starting screening re-runs the rules.
/// Opening the consensus phase needs `confirm=yes`, which its confirmation page sends; without
/// it the secretariat is sent to that page and nothing changes.
#[post("/secretariat/editions/<id>/status", data = "<form>")]
pub async fn change_status(
    id: i32,
    form: CsrfForm<StatusForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let to = form.to.parse::<EditionStatus>().map_err(|_| {
        AppError::invalid(
            "to",
            crate::domain::message::Message::new("edition-problem-next-state"),
        )
    })?;
    if to == EditionStatus::Consensus && form.confirm != "yes" {
        return Ok(Flash::error(
            Redirect::to(uri!(super::evaluation_phase::confirm_open(id))),
            nav.t("consensus-open-not-confirmed"),
        ));
    }
    let back = Redirect::to(uri!(show_edition(id)));
    Ok(
        match app::phases::change_status(db.inner(), id, to, me.0.id, clock.now()).await? {
            Ok(message) => Flash::success(back, nav.say(&message)),
            Err(why) => Flash::error(back, nav.say(&why)),
        },
    )
}
