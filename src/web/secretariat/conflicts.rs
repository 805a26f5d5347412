//! Conflicts of interest, the secretariat's side: every declaration of an edition's jurors, and
//! decisions on potential ones (allowed or excluded), audited.

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::conflict_decisions::{self, Decidable};
use crate::clock::Clock;
use crate::db;
use crate::domain::conflicts::{ConflictDecision, ConflictLevel, MIN_EXPLANATION, reason_message};
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult, Refusal};
use crate::i18n::{self, msg};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::jury_conflicts::asked_for;
use crate::web::notice::{self, NoticeTemplate, Typed};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

impl Row {
    /// Whether the declaration is disqualifying (it always excludes).
    pub fn disqualifying(&self) -> bool {
        self.level == ConflictLevel::Disqualifying
    }

    /// Whether it is a potential conflict nobody has decided yet.
    pub fn awaits_decision(&self) -> bool {
        self.level == ConflictLevel::Potential && self.decision.is_none()
    }
}

/// A declaration as listed.
pub struct Row {
    id: i32,
    juror: String,
    submission: String,
    level: ConflictLevel,
    reason: String,
    details: String,
    decision: Option<ConflictDecision>,
    /// The decision on a potential conflict, in words.
    decided: Option<String>,
    /// The juror's request to lower it: (what they ask for, their explanation).
    request: Option<(String, String)>,
    /// The juror's scorecards on the project that the conflict suspends, in words.
    suspended: Vec<String>,
    /// The reason as typed, after a refused decision on the request.
    typed_reason: String,
    /// Why that decision was refused.
    review_error: Option<String>,
}

/// The page.
#[derive(Template)]
#[template(path = "secretariat/conflicts.html", config = "src/web/askama.toml")]
pub struct ConflictsTemplate {
    nav: Nav,
    edition_id: i32,
    edition: String,
    rows: Vec<Row>,
    min_reason: usize,
}

/// Every conflict declared in an edition.
#[get("/secretariat/editions/<id>/conflicts")]
pub async fn list_conflicts(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ConflictsTemplate>> {
    Ok(Page::ok(conflicts_page(db, id, nav, None).await?))
}

/// A refused decision on a review request: the declaration, the reason as typed, and why.
pub struct TypedReview {
    /// The declaration.
    pub declaration_id: i32,
    /// The reason as typed.
    pub reason: String,
    /// Why the decision was refused.
    pub problem: String,
}

async fn conflicts_page(
    db: &Db,
    id: i32,
    nav: Nav,
    typed: Option<&TypedReview>,
) -> AppResult<ConflictsTemplate> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut rows = Vec::new();
    let suspended = db::assignments::suspended_of_edition(db.inner(), id).await?;
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
            reason: nav.say(&reason_message(&d.reason)),
            level: d.level,
            details: d.details,
            decided: d.decision.map(|decision| match decision {
                ConflictDecision::Allowed => nav.t("coi-review-allowed"),
                ConflictDecision::Excluded => nav.t("coi-review-excluded"),
            }),
            decision: d.decision,
            request: d
                .request
                .map(|r| (nav.say(&asked_for(r.level, &r.reason)), r.explanation)),
            suspended: suspended
                .iter()
                .filter(|s| s.submission_id == d.submission_id && s.juror_id == d.juror_id)
                .map(|s| match s.status.as_str() {
                    "submitted" => nav.t("coi-review-suspended-submitted"),
                    "draft" => nav.t("coi-review-suspended-draft"),
                    _ => nav.t("coi-review-suspended-not-started"),
                })
                .collect(),
            typed_reason: typed
                .filter(|t| t.declaration_id == d.id)
                .map(|t| t.reason.clone())
                .unwrap_or_default(),
            review_error: typed
                .filter(|t| t.declaration_id == d.id)
                .map(|t| t.problem.clone()),
        });
    }
    let settled = |r: &Row| r.request.is_none() && !r.awaits_decision();
    rows.sort_by(|a, b| (settled(a), &a.submission).cmp(&(settled(b), &b.submission)));
    Ok(ConflictsTemplate {
        edition: edition.name_in(nav.lang.code()).to_owned(),
        nav,
        edition_id: id,
        rows,
        min_reason: MIN_EXPLANATION,
    })
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
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let decidable = conflict_decisions::decidable_by(db.inner(), cid, &me.0).await?;
    let back = Redirect::to(uri!(list_conflicts(decidable.edition_id())));
    let decision = form.into_inner().decision;
    decided(db, (&decidable, &decision), nav.lang, clock, back).await
}

/// Takes a decision on a potential conflict and goes back to the list saying what happened (or
/// why nothing was decided).
pub async fn decided(
    db: &Db,
    (decidable, decision): (&Decidable, &str),
    lang: Lang,
    clock: &State<Clock>,
    back: Redirect,
) -> AppResult<Flash<Redirect>> {
    match conflict_decisions::decide(db.inner(), decidable, decision, clock.now()).await {
        Ok(decision) => Ok(Flash::success(
            back,
            crate::i18n::say(lang, &decision.message()),
        )),
        Err(error @ (AppError::Invalid(_) | AppError::Conflict { .. })) => {
            Ok(Flash::error(back, error.public_message(lang)))
        }
        Err(error) => Err(error),
    }
}

/// A decision on a juror's request to lower a declaration: grant or refuse, with a reason.
#[derive(FromForm)]
pub struct ReviewDecisionForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    decision: String,
    #[field(default = String::new())]
    pub(crate) reason: String,
}

impl CsrfProtected for ReviewDecisionForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// What deciding a review request gave: done (with the message to show), refused because it is
/// the decider's own conflict, or refused with the status to answer and the problem to show next
/// to the reason as typed.
pub enum ReviewOutcome {
    /// Decided.
    Decided(String),
    /// The decider's own conflict: the secretariat decides.
    Own(String),
    /// Nothing was decided.
    Refused(Status, String),
}

/// A review decision refused because the request is no longer waiting (decided meanwhile by the
/// chair or the secretariat, or the declaration changed): the row is gone from the page, so the
/// reason as typed comes back on its own (409).
pub fn review_gone(
    nav: Nav,
    problem: String,
    reason: String,
    back: String,
) -> Page<NoticeTemplate> {
    let heading = nav.t("coi-review-not-decided");
    let field = nav.t("coi-review-reason");
    let back_label = nav.t("coi-review-back");
    notice::refused(
        nav,
        &heading,
        problem,
        vec![Typed::new(field, reason)],
        (back, &back_label),
    )
}

/// Grants or refuses a review request for whoever may decide it.
pub async fn decide_review_as(
    db: &Db,
    decidable: &Decidable,
    (form, lang): (&ReviewDecisionForm, Lang),
    clock: &State<Clock>,
) -> AppResult<ReviewOutcome> {
    let decided = conflict_decisions::decide_review(
        db.inner(),
        decidable,
        &form.decision,
        &form.reason,
        clock.now(),
    )
    .await;
    match decided {
        Ok(true) => Ok(ReviewOutcome::Decided(i18n::text(
            lang,
            msg("review-granted"),
        ))),
        Ok(false) => Ok(ReviewOutcome::Decided(i18n::text(
            lang,
            msg("review-refused"),
        ))),
        Err(AppError::Invalid(problems)) => {
            let problem = problems
                .into_values()
                .next()
                .map_or_else(String::new, |problem| {
                    let problem =
                        Message::new("review-nothing-decided").message("problem", problem);
                    i18n::say(lang, &problem)
                });
            Ok(ReviewOutcome::Refused(Status::UnprocessableEntity, problem))
        }
        Err(AppError::Conflict {
            code: Refusal::OwnConflict,
            message,
        }) => Ok(ReviewOutcome::Own(i18n::say(lang, &message))),
        Err(AppError::Conflict { message, .. }) => Ok(ReviewOutcome::Refused(
            Status::Conflict,
            i18n::say(lang, &message),
        )),
        Err(error) => Err(error),
    }
}

/// The secretariat grants or refuses a juror's request to lower a declaration (audited); a
/// refusal brings the page back with the reason as typed.
#[post("/secretariat/conflicts/<cid>/review", data = "<form>")]
pub async fn decide_review(
    cid: i32,
    form: CsrfForm<ReviewDecisionForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Result<Page<ConflictsTemplate>, Page<NoticeTemplate>>>> {
    let form = form.into_inner();
    let decidable = conflict_decisions::decidable_by(db.inner(), cid, &me.0).await?;
    let edition_id = decidable.edition_id();
    let back = uri!(list_conflicts(edition_id));
    match decide_review_as(db, &decidable, (&form, nav.lang), clock).await? {
        ReviewOutcome::Decided(message) => Ok(Ok(Flash::success(Redirect::to(back), message))),
        ReviewOutcome::Own(problem) => Ok(Ok(Flash::error(Redirect::to(back), problem))),
        ReviewOutcome::Refused(Status::Conflict, problem) => {
            let back = back.to_string();
            Ok(Err(Err(review_gone(nav, problem, form.reason, back))))
        }
        ReviewOutcome::Refused(status, problem) => {
            let typed = TypedReview {
                declaration_id: cid,
                reason: form.reason,
                problem,
            };
            let page = conflicts_page(db, edition_id, nav, Some(&typed)).await?;
            Ok(Err(Ok(Page::with_status(status, page))))
        }
    }
}
