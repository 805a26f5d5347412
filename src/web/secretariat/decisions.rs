//! The jury's decisions for the secretariat, who records them at the jury's meeting: the official
//! ranking beside the decisions, a form that first asks for the submission and then takes the
//! prize, rationale and each voting juror's vote, removal with a reason, and what still keeps
//! the edition from being decided.

use crate::app::phases::{self, Gate};
use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, Responder, State, get, post, uri};

use crate::app::decisions::{Refused, RemoveRefused};
use crate::app::{self, results::Depth};
use crate::clock::Clock;
use crate::db;
use crate::db::decisions::{Decision, Voter};
use crate::domain::decisions::{Prize, Vote};
use crate::domain::edition::{Edition, EditionStatus};
use crate::error::{AppError, AppResult};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::notice::{self, NoticeTemplate, Typed};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// A line of the official ranking, as the decisions page shows it.
pub struct RankView {
    rank: usize,
    id: i32,
    title: String,
    total: String,
    passes: bool,
    tie: bool,
}

/// The decision form as typed.
#[derive(Clone, Debug, Default, FromForm)]
pub struct DecisionForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = 0)]
    submission: i32,
    #[field(default = String::new())]
    prize: String,
    #[field(default = String::new())]
    special_name: String,
    #[field(default = String::new())]
    rationale: String,
    #[field(default = false)]
    ex_aequo: bool,
    #[field(default = BTreeMap::new())]
    votes: BTreeMap<i32, String>,
}

impl CsrfProtected for DecisionForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The decisions page.
#[derive(Template)]
#[template(path = "secretariat/decisions.html", config = "src/web/askama.toml")]
pub struct DecisionsTemplate {
    nav: Nav,
    edition: Edition,
    open: bool,
    method_chosen: bool,
    ranking: Vec<RankView>,
    decisions: Vec<Decision>,
    blocking: Vec<String>,
    chosen: Option<(i32, String)>,
    voters: Vec<Voter>,
    not_voting: Vec<String>,
    prizes: Vec<(&'static str, String)>,
    votes: Vec<(&'static str, String)>,
    /// The name of the phase the edition moves to once the jury has decided.
    decided: String,
    form: DecisionForm,
    errors: BTreeMap<String, String>,
    removal: Option<RefusedRemoval>,
}

/// A refused removal: the decision, the reason as typed, and why.
pub struct RefusedRemoval {
    decision: i32,
    reason: String,
    problem: String,
}

impl DecisionsTemplate {
    /// The reason typed to remove a decision when the removal was refused, else empty.
    fn removal_reason(&self, decision: &i32) -> &str {
        self.removal
            .as_ref()
            .filter(|r| r.decision == *decision)
            .map_or("", |r| r.reason.as_str())
    }

    /// Why the removal of a decision was refused.
    fn removal_problem(&self, decision: &i32) -> Option<&str> {
        self.removal
            .as_ref()
            .filter(|r| r.decision == *decision)
            .map(|r| r.problem.as_str())
    }

    /// The vote typed for a juror, "absent" by default.
    fn vote_of(&self, juror: &i32) -> &str {
        self.form.votes.get(juror).map_or("absent", String::as_str)
    }

    /// A juror's vote on a decision: "Name: For".
    fn juror_vote(&self, name: &str, vote: &Vote) -> String {
        let vote = vote_label(*vote, &self.nav);
        self.nav
            .t2("decisions-page-juror-vote", "name", name, "label", vote)
    }
}

/// A vote, in words.
fn vote_label(vote: Vote, nav: &Nav) -> String {
    match vote {
        Vote::For => nav.t("decisions-page-vote-for"),
        Vote::Against => nav.t("decisions-page-vote-against"),
        Vote::Abstain => nav.t("decisions-page-vote-abstain"),
        Vote::Absent => nav.t("decisions-page-vote-absent"),
    }
}

async fn edition_for_decisions(db: &Db, id: i32) -> AppResult<Edition> {
    phases::edition_past(db.inner(), id, Gate::Decisions).await
}

async fn page(
    db: &Db,
    edition: Edition,
    nav: Nav,
    form: DecisionForm,
    errors: BTreeMap<String, String>,
) -> AppResult<DecisionsTemplate> {
    let id = edition.id;
    let official = app::results::official(db.inner(), &edition, Depth::Ranking).await?;
    let method_chosen = official.is_some();
    let ranking: Vec<RankView> = official
        .map(|o| {
            o.results
                .official
                .iter()
                .map(|l| RankView {
                    rank: l.rank,
                    id: l.submission_id,
                    title: l.title.clone(),
                    total: l.weighted_total.to_decimal(2),
                    passes: l.passes_thresholds,
                    tie: l.tie_unresolved,
                })
                .collect()
        })
        .unwrap_or_default();
    let chosen = ranking
        .iter()
        .find(|l| l.id == form.submission)
        .map(|l| (l.id, l.title.clone()));
    let (voters, not_voting) = match &chosen {
        Some((sid, _)) => (
            db::decisions::voters(db.inner(), id, *sid).await?,
            db::decisions::conflicted_members(db.inner(), id, *sid).await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    let prizes = Prize::ALL
        .iter()
        .map(|p| (p.as_str(), nav.prize(p)))
        .collect();
    let votes = Vote::ALL
        .iter()
        .map(|v| (v.as_str(), vote_label(*v, &nav)))
        .collect();
    let decided = nav.phase(&EditionStatus::Decided);
    let blocking = app::decisions::blocking(db.inner(), id)
        .await?
        .iter()
        .map(|problem| nav.say(problem))
        .collect();
    Ok(DecisionsTemplate {
        nav,
        open: edition.status == EditionStatus::Consensus,
        method_chosen,
        ranking,
        decisions: db::decisions::list(db.inner(), id).await?,
        blocking,
        chosen,
        voters,
        not_voting,
        prizes,
        votes,
        decided,
        form,
        errors,
        removal: None,
        edition,
    })
}

/// Shows the decisions; `submission` picks the submission whose decision is being recorded.
#[get("/secretariat/editions/<id>/decisions?<submission>")]
pub async fn show_decisions(
    id: i32,
    submission: Option<i32>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<DecisionsTemplate>> {
    let edition = edition_for_decisions(db, id).await?;
    let form = DecisionForm {
        submission: submission.unwrap_or_default(),
        ..DecisionForm::default()
    };
    let template = page(db, edition, nav, form, BTreeMap::new()).await?;
    if !template.ranking.is_empty() {
        db::results::mark_shown(db.inner(), id, me.0.id, clock.now()).await?;
    }
    Ok(Page::ok(template))
}

/// Records a decision; a refusal shows the form again with what was typed.
#[post("/secretariat/editions/<id>/decisions", data = "<form>")]
pub async fn record_decision(
    id: i32,
    form: CsrfForm<DecisionForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<DecisionAnswer> {
    let form = form.into_inner();
    let typed = app::decisions::Typed {
        submission: form.submission,
        prize: form.prize.clone(),
        special_name: form.special_name.clone(),
        rationale: form.rationale.clone(),
        ex_aequo: form.ex_aequo,
        votes: form.votes.clone(),
    };
    match app::decisions::record(db.inner(), id, &typed, me.0.id, clock.now()).await? {
        Ok((prize, _)) => Ok(DecisionAnswer::Done(Box::new(Flash::success(
            Redirect::to(uri!(show_decisions(id, Option::<i32>::None))),
            match prize {
                Prize::First => nav.t("decisions-page-recorded-first"),
                Prize::Second => nav.t("decisions-page-recorded-second"),
                Prize::Third => nav.t("decisions-page-recorded-third"),
                Prize::Special => nav.t("decisions-page-recorded-special"),
                Prize::NoPrize => nav.t("decisions-page-recorded-none"),
            },
        )))),
        Err(Refused::Invalid(errors)) => {
            let edition = db::editions::find(db.inner(), id)
                .await?
                .ok_or(AppError::NotFound)?;
            let errors = crate::error::said(nav.lang, &errors);
            let template = page(db, edition, nav, form, errors).await?;
            let page = Page::with_status(Status::UnprocessableEntity, template);
            Ok(DecisionAnswer::Page(Box::new(page)))
        }
        Err(Refused::WrongPhase(phase)) => {
            let typed = typed_decision(db, id, &form, &nav).await?;
            Ok(not_recorded(nav, id, phase, typed))
        }
    }
}

/// The removal form.
#[derive(FromForm)]
pub struct RemoveForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    reason: String,
}

impl CsrfProtected for RemoveForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Removes a decision, with the reason (audited); a refusal brings the page back with the
/// reason as typed and the problem next to it.
#[post("/secretariat/decisions/<did>/remove", data = "<form>")]
pub async fn remove_decision(
    did: i32,
    form: CsrfForm<RemoveForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<DecisionAnswer> {
    let form = form.into_inner();
    let edition_id = db::decisions::edition_of(db.inner(), did)
        .await?
        .ok_or(AppError::NotFound)?;
    let removed =
        app::decisions::remove(db.inner(), did, &form.reason, me.0.id, clock.now()).await?;
    let (status, problem) = match removed {
        Ok(edition) => {
            return Ok(DecisionAnswer::Done(Box::new(Flash::success(
                Redirect::to(uri!(show_decisions(edition, Option::<i32>::None))),
                nav.t("decisions-page-removed"),
            ))));
        }
        Err(RemoveRefused::WrongPhase(phase)) => {
            let label = nav.t("decisions-page-typed-why-removed");
            let typed = vec![Typed::new(label, form.reason)];
            return Ok(not_recorded(nav, edition_id, phase, typed));
        }
        Err(RemoveRefused::Invalid(problem)) => (Status::UnprocessableEntity, nav.say(&problem)),
        Err(RemoveRefused::Refused(why)) => (Status::Conflict, nav.say(&why)),
    };
    let removal = RefusedRemoval {
        decision: did,
        reason: form.reason,
        problem,
    };
    let shown_by = (me.0.id, clock.now());
    refused_removal(db, edition_id, nav, removal, status, shown_by).await
}

/// The decisions page again after a refused removal, with the reason as typed and the problem
/// beside it (marking the ranking as shown to `shown_by`, as the page itself does).
async fn refused_removal(
    db: &Db,
    edition_id: i32,
    nav: Nav,
    removal: RefusedRemoval,
    status: Status,
    shown_by: (i32, chrono::DateTime<chrono::Utc>),
) -> AppResult<DecisionAnswer> {
    let edition = edition_for_decisions(db, edition_id).await?;
    let mut template = page(db, edition, nav, DecisionForm::default(), BTreeMap::new()).await?;
    if !template.ranking.is_empty() {
        db::results::mark_shown(db.inner(), edition_id, shown_by.0, shown_by.1).await?;
    }
    template.removal = Some(removal);
    Ok(DecisionAnswer::Page(Box::new(Page::with_status(
        status, template,
    ))))
}

/// What recording or removing a decision answers.
#[derive(Responder)]
pub enum DecisionAnswer {
    /// Done.
    Done(Box<Flash<Redirect>>),
    /// Refused: the page again with the problem and what was typed.
    Page(Box<Page<DecisionsTemplate>>),
    /// Refused outside the consensus phase, where the form is not shown: what was typed.
    NotSaved(Box<Page<NoticeTemplate>>),
}

/// What was typed into the decision form, by label: the submission, the prize, its name and
/// rationale, ex aequo, and each juror's vote.
async fn typed_decision(
    db: &Db,
    edition: i32,
    form: &DecisionForm,
    nav: &Nav,
) -> AppResult<Vec<Typed>> {
    let prize = form
        .prize
        .parse::<Prize>()
        .map_or_else(|_| form.prize.clone(), |p| nav.prize(&p));
    let title = db::applications::find(db.inner(), form.submission)
        .await?
        .filter(|r| r.edition_id == edition)
        .map(|r| r.draft.title)
        .unwrap_or_default();
    let mut typed = vec![
        Typed::new(nav.t("decisions-submission"), title),
        Typed::new(nav.t("decisions-prize"), prize),
        Typed::new(
            nav.t("decisions-page-typed-special-name"),
            form.special_name.clone(),
        ),
        Typed::new(nav.t("decisions-rationale"), form.rationale.clone()),
    ];
    if form.ex_aequo {
        typed.push(Typed::new(
            nav.t("decisions-page-typed-ex-aequo"),
            nav.t("typed-yes"),
        ));
    }
    let members = db::jury::members(db.inner(), edition).await?;
    for (juror, vote) in &form.votes {
        let Some(member) = members.iter().find(|m| m.user_id == *juror) else {
            continue;
        };
        let vote = vote
            .parse::<Vote>()
            .map_or_else(|_| vote.clone(), |v| vote_label(v, nav));
        let label = nav.t_with("decisions-page-typed-vote", "name", &member.name);
        typed.push(Typed::new(label, vote));
    }
    Ok(typed)
}

/// The refusal of a change to the decisions outside the consensus phase (409), with what was
/// typed and a way back: to the decisions once the phase has passed, else to the edition.
fn not_recorded(nav: Nav, edition: i32, phase: EditionStatus, typed: Vec<Typed>) -> DecisionAnswer {
    let (href, label) = if phase.is_at_or_after(EditionStatus::Consensus) {
        (
            uri!(show_decisions(edition, Option::<i32>::None)).to_string(),
            nav.t("decisions-page-back-to-decisions"),
        )
    } else {
        (
            uri!(super::editions::show_edition(edition)).to_string(),
            nav.t("results-back-to-edition"),
        )
    };
    let reason = nav.t_with("decisions-page-wrong-phase", "phase", nav.phase(&phase));
    let heading = nav.t("decisions-page-not-recorded-heading");
    DecisionAnswer::NotSaved(Box::new(notice::refused(
        nav,
        &heading,
        reason,
        typed,
        (href, label.as_str()),
    )))
}
