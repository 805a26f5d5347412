//! The scoring page: the application on one side, the rubric on the other (guiding questions,
//! level descriptors, a score and a comment per criterion), saved as drafts, locked when
//! submitted; a save from a stale page is refused with both versions shown.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, Responder, State, get, post, uri};

use super::application_view::{self, ApplicationView, Reader};
use super::csrf::{CsrfForm, CsrfProtected};
use super::notice::{self, NoticeTemplate, Typed};
use super::pages::{Nav, Page};
use super::session::{Db, JurorUser};
use crate::app::scoring::{self, Card, Refused};
use crate::clock::Clock;
use crate::db;
use crate::domain::application::Application;
use crate::domain::edition::Edition;
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::domain::rubric::{HalfPoints, Rubric};
use crate::error::{AppError, AppResult};
use crate::i18n::{self, msg};

/// A criterion with the juror's values.
pub struct CriterionView {
    key: String,
    name: String,
    weight: String,
    questions: Vec<String>,
    descriptors: Vec<(u16, String)>,
    score: String,
    comment: String,
    answer: String,
}

/// Another juror's submitted scorecard, as a reader may see it: a letter, never a name.
#[derive(Clone)]
pub struct PeerView {
    label: String,
    /// Per criterion, in rubric order: (criterion name, score, comment).
    criteria: Vec<(String, String, String)>,
    overall: String,
}

/// The scoring page.
#[derive(Template)]
#[template(path = "jury/scorecard.html", config = "src/web/askama.toml")]
pub struct ScorecardTemplate {
    nav: Nav,
    id: i32,
    application: Application,
    view: ApplicationView,
    criteria: Vec<CriterionView>,
    scale: Vec<String>,
    overall: String,
    stamp: i64,
    locked: bool,
    closed: Option<String>,
    peers: Option<Vec<PeerView>>,
    previous: Option<PreviousConsensus>,
    problems: BTreeMap<String, String>,
    conflict: Option<Vec<(String, String, String)>>,
}

/// The consensus comments of the round before, when the scorecard's round shows them: the round
/// in one line, and per criterion its name and the comment (never a score by juror or a name).
#[derive(Clone)]
pub struct PreviousConsensus {
    round: String,
    comments: Vec<(String, String)>,
}

impl ScorecardTemplate {
    /// The problems for the summary at the top, in the order of the form: each criterion's
    /// score then comment, then the overall comment, then anything else.
    pub fn problems_in_order(&self) -> Vec<(&str, &str)> {
        let fields = self
            .criteria
            .iter()
            .flat_map(|c| [format!("score-{}", c.key), format!("comment-{}", c.key)])
            .chain(std::iter::once("overall".to_owned()));
        super::consensus::in_form_order(&self.problems, fields)
    }
}

fn shown(score: Option<HalfPoints>) -> String {
    score.map(|s| s.to_string()).unwrap_or_default()
}

struct Loaded {
    open: Box<Card>,
    application: Application,
    view: ApplicationView,
    peers: Option<Vec<PeerView>>,
    previous: Option<PreviousConsensus>,
}

impl std::ops::Deref for Loaded {
    type Target = Card;

    fn deref(&self) -> &Card {
        &self.open
    }
}

impl Loaded {
    /// Why the scorecard cannot change now, if it cannot: the edition's phase.
    fn closed(&self) -> Option<Message> {
        self.open.closed()
    }
}

/// The other jurors' submitted scorecards, lettered A, B, … in a stable order, if the edition's
/// setting lets this juror see them now.
async fn peers(
    db: &Db,
    card: &db::scores::Scorecard,
    edition: &Edition,
    rubric: &Rubric,
    lang: Lang,
) -> AppResult<Option<Vec<PeerView>>> {
    let own_submitted = card.status().is_submitted();
    let Some(round_id) = card.assignment.round_id else {
        return Ok(None);
    };
    let setting = db::rounds::find(db.inner(), round_id)
        .await?
        .and_then(|r| r.peer_scores)
        .unwrap_or(edition.peer_scores);
    if !setting.visible(edition.status, own_submitted) {
        return Ok(None);
    }
    let cards =
        db::consensus::submitted_scorecards(db.inner(), round_id, card.assignment.submission_id)
            .await?
            .into_iter()
            .filter(|c| c.assignment_id != card.assignment.id);
    Ok(Some(
        cards
            .zip('A'..='Z')
            .map(|(c, letter)| PeerView {
                label: i18n::text_with(
                    lang,
                    msg("scorecard-juror"),
                    &[("letter", &letter.to_string())],
                ),
                criteria: rubric
                    .criteria
                    .iter()
                    .map(|criterion| {
                        let (score, comment) =
                            c.scores.get(&criterion.key).cloned().unwrap_or_default();
                        (criterion.name.clone(), shown(score), comment)
                    })
                    .collect(),
                overall: c.overall,
            })
            .collect(),
    ))
}

/// The consensus comments the round before recorded on the scorecard's submission, when the
/// scorecard's round lets its panel read them and that round had a consensus step.
async fn previous_consensus(
    db: &Db,
    card: &db::scores::Scorecard,
    rubric: &Rubric,
    lang: Lang,
) -> AppResult<Option<PreviousConsensus>> {
    let Some(round_id) = card.assignment.round_id else {
        return Ok(None);
    };
    let Some(round) = db::rounds::find(db.inner(), round_id).await? else {
        return Ok(None);
    };
    if !round.sees_previous_consensus {
        return Ok(None);
    }
    let rounds = db::rounds::of_edition(db.inner(), round.edition_id).await?;
    let Some(before) = rounds
        .iter()
        .find(|r| r.position + 1 == round.position && r.consensus)
    else {
        return Ok(None);
    };
    let recorded =
        db::consensus::recorded(db.inner(), before.id, card.assignment.submission_id).await?;
    // The round before may have scored against another rubric: its criteria name its comments.
    let earlier = if before.rubric_id == round.rubric_id {
        None
    } else {
        let edition = db::editions::find(db.inner(), round.edition_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (earlier, _) = db::rounds::rubric_of(db.inner(), before, edition.rubric_id).await?;
        Some(earlier.in_language(lang.code()))
    };
    let comments = earlier
        .as_ref()
        .unwrap_or(rubric)
        .criteria
        .iter()
        .filter_map(|c| {
            let (_, comment, _) = recorded.get(&c.key)?;
            Some((c.name.clone(), comment.clone()))
        })
        .collect();
    Ok(Some(PreviousConsensus {
        round: i18n::say(lang, &before.summary()),
        comments,
    }))
}

/// A scorecard the juror may open now, or the rubric of one that a conflict suspends (the
/// application stays hidden).
enum Access {
    Open(Box<Loaded>),
    Suspended(Rubric),
}

async fn load(db: &Db, aid: i32, juror: i32, nav: &Nav) -> AppResult<Access> {
    let lang = nav.lang;
    let mut open = match scoring::open(db.inner(), aid, juror).await? {
        scoring::Access::Open(open) => open,
        scoring::Access::Suspended(rubric) => {
            return Ok(Access::Suspended(rubric.in_language(lang.code())));
        }
    };
    open.rubric = open.rubric.in_language(lang.code());
    let submission_id = open.card.assignment.submission_id;
    let application = db::applications::latest_snapshot(db.inner(), submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let peers = peers(db, &open.card, &open.edition, &open.rubric, lang).await?;
    let previous = previous_consensus(db, &open.card, &open.rubric, lang).await?;
    let reader = Reader::Juror { assignment_id: aid };
    let mut view = application_view::load(
        db.inner(),
        submission_id,
        (&application, &open.edition, &open.rubric),
        reader,
        nav,
    )
    .await?;
    view.answers.clear();
    Ok(Access::Open(Box::new(Loaded {
        open,
        application,
        view,
        peers,
        previous,
    })))
}

/// The notice of a suspended scorecard; on a save, with what was typed.
fn suspended_page(nav: Nav, rubric: &Rubric, form: Option<&ScorecardForm>) -> Page<NoticeTemplate> {
    let back_label = nav.t("scorecard-back");
    let back = (
        uri!(super::jury::dashboard).to_string(),
        back_label.as_str(),
    );
    let Some(form) = form else {
        let (heading, reason) = (
            nav.t("scorecard-suspended"),
            nav.t("scorecard-suspended-why"),
        );
        return notice::page(nav, &heading, reason, back);
    };
    let typed = rubric
        .criteria
        .iter()
        .flat_map(|c| {
            let get = |map: &BTreeMap<String, String>| map.get(&c.key).cloned().unwrap_or_default();
            [
                Typed::new(
                    nav.t_with("scorecard-typed-score", "name", &c.name),
                    get(&form.scores),
                ),
                Typed::new(
                    nav.t_with("scorecard-typed-comment", "name", &c.name),
                    get(&form.comments),
                ),
            ]
        })
        .chain(std::iter::once(Typed::new(
            nav.t("scorecard-overall"),
            form.overall.clone(),
        )))
        .collect();
    let (heading, reason) = (
        nav.t("scorecard-not-saved"),
        nav.t("scorecard-suspended-not-saved"),
    );
    notice::refused(nav, &heading, reason, typed, back)
}

fn template(
    loaded: &Loaded,
    nav: Nav,
    values: &BTreeMap<String, (String, String)>,
    overall: String,
    problems: BTreeMap<String, Message>,
    conflict: Option<Vec<(String, String, String)>>,
) -> ScorecardTemplate {
    let problems = problems
        .into_iter()
        .map(|(field, problem)| (field, nav.say(&problem)))
        .collect();
    let closed = loaded.closed().map(|why| nav.say(&why));
    let criteria = loaded
        .rubric
        .criteria
        .iter()
        .map(|c| {
            let (score, comment) = values.get(&c.key).cloned().unwrap_or_default();
            CriterionView {
                key: c.key.clone(),
                name: c.name.clone(),
                weight: c.weight_percent(),
                questions: c.guiding_questions.clone(),
                descriptors: c.descriptors.iter().map(|(l, t)| (*l, t.clone())).collect(),
                score,
                comment,
                answer: loaded
                    .application
                    .answers
                    .get(&c.key)
                    .cloned()
                    .unwrap_or_default(),
            }
        })
        .collect();
    ScorecardTemplate {
        nav,
        id: loaded.card.assignment.id,
        application: loaded.application.clone(),
        view: loaded.view.clone(),
        criteria,
        scale: loaded
            .rubric
            .scale
            .values()
            .into_iter()
            .map(|v| v.to_string())
            .collect(),
        overall,
        stamp: loaded.card.stamp,
        locked: loaded.status().is_submitted() || closed.is_some(),
        closed,
        peers: loaded.peers.clone(),
        previous: loaded.previous.clone(),
        problems,
        conflict,
    }
}

fn stored_values(card: &db::scores::Scorecard) -> BTreeMap<String, (String, String)> {
    card.scores
        .iter()
        .map(|(k, (s, c))| {
            (
                k.clone(),
                (
                    shown(s.and_then(|v| u16::try_from(v).ok()).map(HalfPoints)),
                    c.clone(),
                ),
            )
        })
        .collect()
}

/// Shows the scorecard of one of the juror's assignments.
#[get("/jury/assignments/<aid>")]
pub async fn show_scorecard(
    aid: i32,
    user: JurorUser,
    nav: Nav,
    db: &Db,
) -> AppResult<ScorecardPage> {
    let loaded = match load(db, aid, user.0.id, &nav).await? {
        Access::Open(loaded) => loaded,
        Access::Suspended(rubric) => {
            return Ok(ScorecardPage::Suspended(Box::new(suspended_page(
                nav, &rubric, None,
            ))));
        }
    };
    let values = stored_values(&loaded.card);
    let overall = loaded.card.assignment.overall_comment.clone();
    Ok(ScorecardPage::Card(Box::new(Page::ok(template(
        &loaded,
        nav,
        &values,
        overall,
        BTreeMap::new(),
        None,
    )))))
}

/// A save for a scorecard that is not (or no longer) this juror's: 404, with what was typed.
fn gone_page(nav: Nav, form: &ScorecardForm) -> Page<NoticeTemplate> {
    let label = |key: &str| key.replace('_', " ");
    let typed = form
        .scores
        .iter()
        .map(|(k, v)| {
            let label = nav.t_with("scorecard-typed-score", "name", label(k));
            Typed::new(label, v.clone())
        })
        .chain(form.comments.iter().map(|(k, v)| {
            let label = nav.t_with("scorecard-typed-comment", "name", label(k));
            Typed::new(label, v.clone())
        }))
        .chain(std::iter::once(Typed::new(
            nav.t("scorecard-overall"),
            form.overall.clone(),
        )))
        .collect();
    let (heading, reason) = (nav.t("scorecard-not-saved"), nav.t("scorecard-gone"));
    let back_label = nav.t("scorecard-back");
    let back = (
        uri!(super::jury::dashboard).to_string(),
        back_label.as_str(),
    );
    notice::refused_with(Status::NotFound, nav, &heading, reason, typed, back)
}

/// What opening a scorecard answers.
#[derive(Responder)]
pub enum ScorecardPage {
    /// The scorecard beside the application.
    Card(Box<Page<ScorecardTemplate>>),
    /// Why it cannot be opened now.
    Suspended(Box<Page<NoticeTemplate>>),
}

/// The scorecard form.
#[derive(FromForm)]
pub struct ScorecardForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = 0)]
    stamp: i64,
    #[field(default = String::new())]
    action: String,
    #[field(default = BTreeMap::new())]
    scores: BTreeMap<String, String>,
    #[field(default = BTreeMap::new())]
    comments: BTreeMap<String, String>,
    #[field(default = String::new())]
    overall: String,
}

impl CsrfProtected for ScorecardForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// What a save answers.
#[derive(Responder)]
pub enum SaveAnswer {
    /// Saved or submitted.
    Saved(Box<Flash<Redirect>>),
    /// Refused: the page with its problems, or with both versions.
    Page(Box<Page<ScorecardTemplate>>),
    /// Refused because a conflict suspends the scorecard: what was typed, without the application.
    NotSaved(Box<Page<NoticeTemplate>>),
}

/// Saves a draft, or submits and locks the scorecard.
#[post("/jury/assignments/<aid>", data = "<form>")]
pub async fn save_scorecard(
    aid: i32,
    form: CsrfForm<ScorecardForm>,
    user: JurorUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<SaveAnswer> {
    let form = form.into_inner();
    let loaded = match load_for_save(db, aid, user.0.id, &nav, &form).await? {
        Ok(loaded) => loaded,
        Err(not_saved) => return Ok(not_saved),
    };
    let submit = form.action == "submit";
    let input = scoring::Typed {
        scores: form.scores.clone(),
        comments: form.comments.clone(),
        overall: form.overall.clone(),
    };
    let now = clock.now();
    match scoring::save(db.inner(), &loaded.open, form.stamp, &input, submit, now).await? {
        Ok(()) => Ok(saved_answer(aid, submit, &nav)),
        Err(refused) => {
            let typed = loaded
                .rubric
                .criteria
                .iter()
                .map(|c| (c.key.clone(), (input.score(&c.key), input.comment(&c.key))))
                .collect();
            let refill = Refill {
                loaded,
                nav,
                typed,
                form,
            };
            refused_answer(db, aid, user.0.id, refill, refused).await
        }
    }
}

/// The scorecard to save into, or the notice that keeps what was typed when it is suspended or gone.
async fn load_for_save(
    db: &Db,
    aid: i32,
    juror_id: i32,
    nav: &Nav,
    form: &ScorecardForm,
) -> AppResult<Result<Box<Loaded>, SaveAnswer>> {
    match load(db, aid, juror_id, nav).await {
        Ok(Access::Open(loaded)) => Ok(Ok(loaded)),
        Ok(Access::Suspended(rubric)) => {
            let page = suspended_page(nav.clone(), &rubric, Some(form));
            Ok(Err(SaveAnswer::NotSaved(Box::new(page))))
        }
        // Removed meanwhile (or never this juror's): still 404, with the juror's own text back.
        Err(AppError::NotFound) => Ok(Err(SaveAnswer::NotSaved(Box::new(gone_page(
            nav.clone(),
            form,
        ))))),
        Err(e) => Err(e),
    }
}

fn saved_answer(aid: i32, submit: bool, nav: &Nav) -> SaveAnswer {
    let message = if submit {
        nav.t("scorecard-submitted")
    } else {
        nav.t("scorecard-draft-saved")
    };
    SaveAnswer::Saved(Box::new(Flash::success(
        Redirect::to(uri!(show_scorecard(aid))),
        message,
    )))
}

/// A refused save's page: what the juror typed, kept, beside what is wrong.
struct Refill {
    loaded: Box<Loaded>,
    nav: Nav,
    typed: BTreeMap<String, (String, String)>,
    form: ScorecardForm,
}

impl Refill {
    fn page(
        self,
        status: Status,
        problems: BTreeMap<String, Message>,
        both: Option<Vec<(String, String, String)>>,
        stamp: i64,
    ) -> SaveAnswer {
        let mut shown = template(
            &self.loaded,
            self.nav,
            &self.typed,
            self.form.overall,
            problems,
            both,
        );
        shown.stamp = stamp;
        SaveAnswer::Page(Box::new(Page::with_status(status, shown)))
    }

    /// Both versions side by side: (criterion, saved, typed).
    fn both_versions(&self, current: &db::scores::Scorecard) -> Vec<(String, String, String)> {
        let saved = stored_values(current);
        self.loaded
            .rubric
            .criteria
            .iter()
            .map(|c| {
                let (s, k) = saved.get(&c.key).cloned().unwrap_or_default();
                let (ys, yk) = self.typed.get(&c.key).cloned().unwrap_or_default();
                (c.name.clone(), format!("{s} – {k}"), format!("{ys} – {yk}"))
            })
            .chain(std::iter::once((
                self.nav.t("scorecard-overall"),
                current.assignment.overall_comment.clone(),
                self.form.overall.clone(),
            )))
            .collect()
    }
}

async fn refused_answer(
    db: &Db,
    aid: i32,
    juror_id: i32,
    refill: Refill,
    refused: Refused,
) -> AppResult<SaveAnswer> {
    let one = |field: &str, message: Message| BTreeMap::from([(field.to_owned(), message)]);
    let stamp = refill.form.stamp;
    Ok(match refused {
        Refused::Invalid(problems) => {
            refill.page(Status::UnprocessableEntity, problems, None, stamp)
        }
        Refused::Stale(current) => {
            let both = refill.both_versions(&current);
            refill.page(
                Status::Conflict,
                one("stamp", Message::new("scorecard-stale")),
                Some(both),
                current.stamp,
            )
        }
        closed @ Refused::Closed(_) => {
            let message =
                Message::new("scorecard-closed-not-saved").message("why", closed.message());
            refill.page(Status::Conflict, one("overall", message), None, stamp)
        }
        Refused::Suspended => suspended_answer(&refill),
        Refused::Locked => {
            // Submitted meanwhile (from another window): the page as it is now, locked, with
            // what was typed to compare and copy.
            let Access::Open(fresh) = load(db, aid, juror_id, &refill.nav).await? else {
                return Ok(suspended_answer(&refill));
            };
            let problems = one("overall", Message::new("scorecard-locked-meanwhile"));
            let mut shown = template(
                &fresh,
                refill.nav,
                &refill.typed,
                refill.form.overall,
                problems,
                None,
            );
            shown.locked = true;
            SaveAnswer::Page(Box::new(Page::with_status(Status::Conflict, shown)))
        }
    })
}

fn suspended_answer(refill: &Refill) -> SaveAnswer {
    let page = suspended_page(
        refill.nav.clone(),
        &refill.loaded.rubric,
        Some(&refill.form),
    );
    SaveAnswer::NotSaved(Box::new(page))
}
