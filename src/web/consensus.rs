//! Consensus, recorded by the jury's rapporteur (or chair): per submission and criterion the
//! individual scores (anonymous), the proposal (median rounded down to a half point), a flag when
//! they spread by 2 points or more, and the agreed score with its comment and any dissent.

use crate::app::phases::Gate;
use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, Responder, State, get, post, uri};

use super::csrf::{CsrfForm, CsrfProtected};
use super::notice::{self, NoticeTemplate, Typed};
use super::pages::{Nav, Page};
use super::session::{Db, JurorUser};
use crate::app;
use crate::app::consensus::{ConsensusRefused, Recorder};
use crate::clock::Clock;
use crate::db;
use crate::domain::consensus::{TypedConsensus, needs_discussion, proposal, version};
use crate::domain::edition::EditionStatus;
use crate::domain::message::Message;
use crate::domain::rubric::Rubric;
use crate::error::AppResult;

/// A criterion on the page.
pub struct CriterionView {
    key: String,
    name: String,
    individual: String,
    proposal: String,
    discuss: bool,
    /// The jurors' comments, anonymous: (letter, score, comment).
    remarks: Vec<(char, String, String)>,
    score: String,
    comment: String,
    dissent: String,
}

/// The consensus page of one submission.
#[derive(Template)]
#[template(path = "jury/consensus.html", config = "src/web/askama.toml")]
pub struct ConsensusTemplate {
    nav: Nav,
    id: i32,
    title: String,
    criteria: Vec<CriterionView>,
    scale: Vec<String>,
    open: bool,
    problems: BTreeMap<String, String>,
    /// The version of the recorded consensus the form was made from (sent back to detect a
    /// consensus recorded meanwhile by the other recorder).
    version: i64,
    /// What the other recorder recorded meanwhile, when this save was refused as stale:
    /// (criterion, score, comment, dissent).
    meanwhile: Vec<(String, String, String, String)>,
}

impl ConsensusTemplate {
    /// The problems for the summary at the top, in the order of the form: each criterion's
    /// score, comment and dissent, then anything else.
    pub fn problems_in_order(&self) -> Vec<(&str, &str)> {
        let fields = self.criteria.iter().flat_map(|c| {
            [
                format!("score-{}", c.key),
                format!("comment-{}", c.key),
                format!("dissent-{}", c.key),
            ]
        });
        in_form_order(&self.problems, fields)
    }
}

/// `problems` (by field) in the order of `fields`, then the others in their own order.
pub fn in_form_order(
    problems: &BTreeMap<String, String>,
    fields: impl Iterator<Item = String>,
) -> Vec<(&str, &str)> {
    let mut ordered: Vec<(&str, &str)> = fields
        .filter_map(|field| problems.get_key_value(&field))
        .map(|(field, problem)| (field.as_str(), problem.as_str()))
        .collect();
    for (field, problem) in problems {
        if !ordered.iter().any(|(f, _)| *f == field.as_str()) {
            ordered.push((field.as_str(), problem.as_str()));
        }
    }
    ordered
}

/// Checks that the juror is the rapporteur or chair of the submission's jury and not in
/// conflict with it; anything else is "not found". The phase is the caller's to check.
async fn context(db: &Db, sid: i32, juror: i32, nav: &Nav) -> AppResult<Recorder> {
    let mut recorder = app::consensus::for_recorder(db.inner(), sid, juror).await?;
    recorder.rubric = recorder.rubric.in_language(nav.lang.code());
    Ok(recorder)
}

async fn page(
    db: &Db,
    sid: i32,
    ctx: &Recorder,
    nav: Nav,
    typed: Option<&BTreeMap<String, (String, String, String)>>,
    problems: BTreeMap<String, Message>,
) -> AppResult<ConsensusTemplate> {
    let problems = problems
        .into_iter()
        .map(|(field, problem)| (field, nav.say(&problem)))
        .collect();
    let round = ctx.round_id;
    let individual = db::consensus::individual_scores(db.inner(), round, sid).await?;
    let cards = db::consensus::submitted_scorecards(db.inner(), round, sid).await?;
    let recorded = db::consensus::recorded(db.inner(), round, sid).await?;
    let criteria = ctx
        .rubric
        .criteria
        .iter()
        .map(|c| {
            let scores = individual.get(&c.key).cloned().unwrap_or_default();
            let proposed = proposal(&scores);
            let (score, comment, dissent) =
                match (typed.and_then(|t| t.get(&c.key)), recorded.get(&c.key)) {
                    (Some(t), _) => t.clone(),
                    (None, Some((hp, comment, dissent))) => {
                        (hp.to_string(), comment.clone(), dissent.clone())
                    }
                    (None, None) => (
                        proposed.map(|p| p.to_string()).unwrap_or_default(),
                        String::new(),
                        String::new(),
                    ),
                };
            CriterionView {
                key: c.key.clone(),
                name: c.name.clone(),
                individual: scores
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                proposal: proposed
                    .map(|p| p.to_string())
                    .unwrap_or_else(|| "–".to_owned()),
                discuss: needs_discussion(&scores),
                remarks: cards
                    .iter()
                    .zip('A'..='Z')
                    .filter_map(|(card, letter)| {
                        let (score, comment) = card.scores.get(&c.key)?;
                        let score = score.map(|s| s.to_string()).unwrap_or_default();
                        Some((letter, score, comment.clone()))
                    })
                    .collect(),
                score,
                comment,
                dissent,
            }
        })
        .collect();
    Ok(ConsensusTemplate {
        nav,
        id: sid,
        title: ctx.title.clone(),
        criteria,
        scale: ctx
            .rubric
            .scale
            .values()
            .into_iter()
            .map(|v| v.to_string())
            .collect(),
        open: ctx.status == EditionStatus::Consensus,
        problems,
        version: version(&recorded),
        meanwhile: Vec::new(),
    })
}

/// Shows the consensus page of a submission.
#[get("/jury/consensus/<sid>")]
pub async fn show_consensus(
    sid: i32,
    user: JurorUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ConsensusTemplate>> {
    let ctx = context(db, sid, user.0.id, &nav).await?;
    Gate::Consensus.check(ctx.status)?;
    Ok(Page::ok(
        page(db, sid, &ctx, nav, None, BTreeMap::new()).await?,
    ))
}

/// The consensus form.
#[derive(FromForm)]
pub struct ConsensusForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = BTreeMap::new())]
    scores: BTreeMap<String, String>,
    #[field(default = BTreeMap::new())]
    comments: BTreeMap<String, String>,
    #[field(default = BTreeMap::new())]
    dissent: BTreeMap<String, String>,
    /// The version of the consensus the form was made from (absent: no check).
    version: Option<i64>,
}

impl CsrfProtected for ConsensusForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// What recording a consensus answers.
#[derive(Responder)]
pub enum ConsensusAnswer {
    /// Recorded.
    Recorded(Box<Flash<Redirect>>),
    /// Refused: the page with its problems, or (after the phase) read-only with what was typed.
    Page(Box<Page<ConsensusTemplate>>),
    /// Refused before the consensus phase: only what was typed, since the individual scores
    /// are hidden while jurors score independently.
    NotSaved(Box<Page<NoticeTemplate>>),
}

/// The refusal of a consensus outside its phase (409), with what was typed: on the consensus page
/// (read-only) once the phase has passed; alone, without the individual scores, when the edition
/// went back to the jury evaluation.
async fn refuse_closed(
    db: &Db,
    sid: i32,
    ctx: &Recorder,
    nav: Nav,
    typed: &BTreeMap<String, (String, String, String)>,
) -> AppResult<ConsensusAnswer> {
    if !ctx.status.is_at_or_after(EditionStatus::Consensus) {
        let fields = ctx
            .rubric
            .criteria
            .iter()
            .flat_map(|c| {
                let (score, comment, dissent) = typed.get(&c.key).cloned().unwrap_or_default();
                let name = c.name.as_str();
                [
                    Typed::new(nav.t_with("consensus-typed-score", "name", name), score),
                    Typed::new(nav.t_with("consensus-typed-comment", "name", name), comment),
                    Typed::new(nav.t_with("consensus-typed-dissent", "name", name), dissent),
                ]
            })
            .collect();
        let reason = Message::new("consensus-back-to-scoring")
            .message("phase", ctx.status.name())
            .text("title", &ctx.title);
        let (heading, reason) = (nav.t("consensus-not-recorded"), nav.say(&reason));
        let back_label = nav.t("scorecard-back");
        let back = (
            uri!(super::jury::dashboard).to_string(),
            back_label.as_str(),
        );
        let page = notice::refused(nav, &heading, reason, fields, back);
        return Ok(ConsensusAnswer::NotSaved(Box::new(page)));
    }
    let closed = Message::new("consensus-closed").message("phase", ctx.status.name());
    let problems = BTreeMap::from([("consensus".to_owned(), closed)]);
    let template = page(db, sid, ctx, nav, Some(typed), problems).await?;
    Ok(ConsensusAnswer::Page(Box::new(Page::with_status(
        Status::Conflict,
        template,
    ))))
}

/// The refusal of a consensus recorded meanwhile by the other recorder (409): the page with what
/// was typed in the fields, what is recorded now beside it, and the new version, so that saving
/// again replaces it knowingly.
async fn refuse_stale(
    db: &Db,
    sid: i32,
    ctx: &Recorder,
    nav: Nav,
    typed: &BTreeMap<String, (String, String, String)>,
    current: BTreeMap<String, db::consensus::Recorded>,
) -> AppResult<ConsensusAnswer> {
    let problems = BTreeMap::from([(
        "recorded-meanwhile".to_owned(),
        Message::new("consensus-recorded-meanwhile"),
    )]);
    let mut template = page(db, sid, ctx, nav, Some(typed), problems).await?;
    template.meanwhile = ctx
        .rubric
        .criteria
        .iter()
        .filter_map(|c| {
            let (score, comment, dissent) = current.get(&c.key)?;
            Some((
                c.name.clone(),
                score.to_string(),
                comment.clone(),
                dissent.clone(),
            ))
        })
        .collect();
    Ok(ConsensusAnswer::Page(Box::new(Page::with_status(
        Status::Conflict,
        template,
    ))))
}

/// The consensus as typed, per criterion of the rubric.
fn typed_consensus(rubric: &Rubric, form: &ConsensusForm) -> BTreeMap<String, TypedConsensus> {
    rubric
        .criteria
        .iter()
        .map(|c| {
            let get = |map: &BTreeMap<String, String>| map.get(&c.key).cloned().unwrap_or_default();
            let typed = (get(&form.scores), get(&form.comments), get(&form.dissent));
            (c.key.clone(), typed)
        })
        .collect()
}

/// Records the consensus: a score on the scale and a comment for every criterion (the
/// applicant reads the comments); dissent is optional.
#[post("/jury/consensus/<sid>", data = "<form>")]
pub async fn record_consensus(
    sid: i32,
    form: CsrfForm<ConsensusForm>,
    user: JurorUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<ConsensusAnswer> {
    let form = form.into_inner();
    let mut ctx = context(db, sid, user.0.id, &nav).await?;
    let typed = typed_consensus(&ctx.rubric, &form);
    let (expected, now) = (form.version, clock.now());
    match app::consensus::record(db.inner(), sid, &ctx, &typed, expected, user.0.id, now).await? {
        Ok(()) => Ok(ConsensusAnswer::Recorded(Box::new(Flash::success(
            Redirect::to(uri!(show_consensus(sid))),
            nav.t("consensus-recorded"),
        )))),
        Err(ConsensusRefused::Closed(status)) => {
            ctx.status = status;
            refuse_closed(db, sid, &ctx, nav, &typed).await
        }
        Err(ConsensusRefused::Stale(current)) => {
            refuse_stale(db, sid, &ctx, nav, &typed, current).await
        }
        Err(ConsensusRefused::Invalid(problems)) => {
            let template = page(db, sid, &ctx, nav, Some(&typed), problems).await?;
            let page = Page::with_status(Status::UnprocessableEntity, template);
            Ok(ConsensusAnswer::Page(Box::new(page)))
        }
    }
}
