//! Conflicts of interest, the juror's side: the eligible submissions by title, lead, partners and
//! countries only, the likely conflicts Laurel flags, and a declaration for each.

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::csrf::{CsrfForm, CsrfProtected};
use super::jury_scope::EditionMember;
use super::notice::NoticeTemplate;
use super::pages::{Nav, Page};
use super::secretariat::conflicts::{
    DecisionForm, ReviewDecisionForm, ReviewOutcome, TypedReview, decide_review_as, decided,
    review_gone,
};
use super::session::{Db, JurorUser};
use crate::app::{conflict_decisions, conflicts};
use crate::clock::Clock;
use crate::db;
use crate::domain::conflicts::{
    ConflictLevel, JurorProfile, MIN_EXPLANATION, REASONS, Standing, likely_conflicts,
    reason_message,
};
use crate::domain::jury::JuryRole;
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::i18n::msg;

/// One submission on the page.
pub struct Row {
    id: i32,
    title: String,
    parties: Vec<String>,
    flags: Vec<Message>,
    level: String,
    reason: String,
    details: String,
    status: String,
    error: Option<(String, String)>,
    /// The levels the juror may still choose: as strict as the current one or stricter.
    levels: Vec<(&'static str, String)>,
    /// The juror's pending request to lower it, in words.
    request: Option<String>,
    /// Whether the juror may ask to lower the declaration now.
    can_request: bool,
    /// Whether a potential conflict was decided as excluding (then "allowed" is lower).
    decision_excluded: bool,
    /// Whether the declaration is disqualifying (then an allowed potential conflict is lower).
    disqualified: bool,
    /// The request form as typed, and its problem, after a refusal.
    asked: ReviewForm,
    request_error: Option<(String, String)>,
}

/// A potential conflict of another juror, or their request to lower a declaration, for the
/// chair to decide.
pub struct Pending {
    id: i32,
    juror: String,
    submission: String,
    reason: String,
    details: String,
    /// The juror's request to lower it: (what they ask for, their explanation).
    request: Option<(String, String)>,
    /// The chair's reason as typed, after a refused decision on the request.
    typed_reason: String,
    /// Why that decision was refused.
    review_error: Option<String>,
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
    /// (code, level in words, reason in words).
    reasons: Vec<(&'static str, String, String)>,
    potential_reasons: Vec<(&'static str, String)>,
    min_explanation: usize,
}

/// What a typed page carries back after a refusal: the submission, the form, the problem.
enum Typed {
    Declaration(i32, DeclarationForm, (String, String)),
    Request(i32, ReviewForm, (String, String)),
    Review(TypedReview),
}

/// What a review request asks for, in words.
pub fn asked_for(level: ConflictLevel, reason: &str) -> Message {
    match level {
        ConflictLevel::None => Message::new("conflict-asked-none"),
        _ => Message::new("conflict-asked-allowed").message("reason", reason_message(reason)),
    }
}

fn status_of(declaration: Option<&db::conflicts::Declaration>, nav: &Nav) -> String {
    let Some(d) = declaration else {
        return nav.t("conflict-status-undeclared");
    };
    nav.t(match Standing::of(d.level, d.decision) {
        Standing::Free => msg("conflict-status-free"),
        Standing::Disqualified => msg("conflict-status-disqualified"),
        Standing::Allowed => msg("conflict-status-allowed"),
        Standing::Excluded => msg("conflict-status-excluded"),
        Standing::Pending => msg("conflict-status-pending"),
    })
}

async fn page(
    db: &Db,
    id: i32,
    member: &EditionMember,
    nav: Nav,
    typed: Option<Typed>,
) -> AppResult<ConflictsTemplate> {
    let (juror, membership) = (&member.user, &member.membership);
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
            let flags = likely_conflicts(&profile, &s.applicant_email, &s.parties);
            let stored = s.declaration.clone();
            let standing = stored
                .as_ref()
                .map_or(Standing::Free, |d| Standing::of(d.level, d.decision));
            let mut row = Row {
                id: s.submission_id,
                title: s.title,
                parties: s
                    .parties
                    .iter()
                    .map(|(name, c)| format!("{name} ({})", nav.country(c)))
                    .collect(),
                flags,
                level: stored
                    .as_ref()
                    .map(|d| d.level.as_str().to_owned())
                    .unwrap_or_default(),
                reason: stored
                    .as_ref()
                    .map(|d| d.reason.clone())
                    .unwrap_or_default(),
                details: stored
                    .as_ref()
                    .map(|d| d.details.clone())
                    .unwrap_or_default(),
                status: status_of(stored.as_ref(), &nav),
                error: None,
                levels: ConflictLevel::ALL
                    .into_iter()
                    .filter(|level| Standing::of(*level, None) >= standing)
                    .map(|level| (level.as_str(), nav.say(&level.message())))
                    .collect(),
                request: stored.as_ref().and_then(|d| d.request.as_ref()).map(|r| {
                    let asked = Message::new("conflict-asked-on")
                        .instant("at", r.at, &juror.time_zone)
                        .message("asked", asked_for(r.level, &r.reason));
                    nav.say(&asked)
                }),
                can_request: standing > Standing::Free
                    && stored.as_ref().is_some_and(|d| d.request.is_none()),
                decision_excluded: standing == Standing::Excluded,
                disqualified: standing == Standing::Disqualified,
                asked: ReviewForm::default(),
                request_error: None,
            };
            match &typed {
                Some(Typed::Declaration(sid, form, error)) if *sid == row.id => {
                    row.level.clone_from(&form.level);
                    row.reason.clone_from(&form.reason);
                    row.details.clone_from(&form.details);
                    row.error = Some(error.clone());
                }
                Some(Typed::Request(sid, form, error)) if *sid == row.id => {
                    row.asked = form.clone();
                    row.request_error = Some(error.clone());
                }
                _ => {}
            }
            row
        })
        .collect();
    let mut pending = Vec::new();
    if membership.role == JuryRole::Chair {
        for d in db::conflicts::of_edition(db.inner(), id).await? {
            if !db::conflicts::awaits_decision(&d) || d.juror_id == juror.id {
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
                reason: nav.say(&reason_message(&d.reason)),
                details: d.details,
                request: d
                    .request
                    .map(|r| (nav.say(&asked_for(r.level, &r.reason)), r.explanation)),
                typed_reason: match &typed {
                    Some(Typed::Review(t)) if t.declaration_id == d.id => t.reason.clone(),
                    _ => String::new(),
                },
                review_error: match &typed {
                    Some(Typed::Review(t)) if t.declaration_id == d.id => Some(t.problem.clone()),
                    _ => None,
                },
            });
        }
    }
    let reasons = REASONS
        .iter()
        .map(|(code, level, _)| {
            let level = nav.t(match level {
                ConflictLevel::Disqualifying => msg("conflict-short-disqualifying"),
                _ => msg("conflict-short-potential"),
            });
            (*code, level, nav.say(&reason_message(code)))
        })
        .collect();
    let potential_reasons = REASONS
        .iter()
        .filter(|(_, level, _)| *level == ConflictLevel::Potential)
        .map(|(code, _, _)| (*code, nav.say(&reason_message(code))))
        .collect();
    Ok(ConflictsTemplate {
        edition: edition.name_in(nav.lang.code()).to_owned(),
        nav,
        edition_id: id,
        rows,
        pending,
        reasons,
        potential_reasons,
        min_explanation: MIN_EXPLANATION,
    })
}

/// The submissions of an edition to declare conflicts on.
#[get("/jury/editions/<id>/conflicts")]
pub async fn show_conflicts(
    id: i32,
    member: EditionMember,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ConflictsTemplate>> {
    Ok(Page::ok(page(db, id, &member, nav, None).await?))
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
    member: EditionMember,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<ConflictsTemplate>>> {
    let form = form.into_inner();
    let asked = conflicts::Asked {
        level: form.level.clone(),
        reason: form.reason.clone(),
        words: form.details.clone(),
    };
    let juror = member.user.id;
    match conflicts::declare(db.inner(), id, juror, sid, &asked, clock.now()).await {
        Ok(declared) => Ok(Ok(Flash::success(
            Redirect::to(format!("{}#submission-{sid}", uri!(show_conflicts(id)))),
            nav.say(&declared.summary()),
        ))),
        Err(error) => {
            let (status, problem) = refusal_on_form(error, "level", nav.lang)?;
            let typed = Typed::Declaration(sid, form, problem);
            let template = page(db, id, &member, nav, Some(typed)).await?;
            Ok(Err(Page::with_status(status, template)))
        }
    }
}

/// A refusal the form comes back with: its status and (field, problem); a rule of the
/// declaration's state is shown on `rule_field`. Anything else is an error page.
fn refusal_on_form(
    error: AppError,
    rule_field: &str,
    lang: Lang,
) -> AppResult<(Status, (String, String))> {
    match error {
        AppError::Invalid(problems) => {
            let first = crate::error::said(lang, &problems)
                .into_iter()
                .next()
                .unwrap_or_default();
            Ok((Status::UnprocessableEntity, first))
        }
        AppError::Conflict { message, .. } => {
            let message = crate::i18n::say(lang, &message);
            Ok((Status::Conflict, (rule_field.to_owned(), message)))
        }
        error => Err(error),
    }
}

/// The chair of the jury decides a potential conflict of another juror (audited).
#[post("/jury/conflicts/<cid>/decision", data = "<form>")]
pub async fn chair_decides(
    cid: i32,
    form: CsrfForm<DecisionForm>,
    user: JurorUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let decidable = conflict_decisions::decidable_by(db.inner(), cid, &user.0).await?;
    let back = Redirect::to(uri!(show_conflicts(decidable.edition_id())));
    let decision = form.into_inner().decision;
    decided(db, (&decidable, &decision), nav.lang, clock, back).await
}

pub use crate::app::conflicts::conflict_error;

/// A juror's request to lower or withdraw their declaration.
#[derive(Clone, Debug, Default, FromForm)]
pub struct ReviewForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    requested_level: String,
    #[field(default = String::new())]
    requested_reason: String,
    #[field(default = String::new())]
    explanation: String,
}

impl CsrfProtected for ReviewForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The juror asks the secretariat (or the chair) to lower or withdraw their declaration; the
/// declaration keeps its full effect until then.
#[post("/jury/editions/<id>/conflicts/<sid>/review", data = "<form>")]
pub async fn request_review(
    id: i32,
    sid: i32,
    form: CsrfForm<ReviewForm>,
    member: EditionMember,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<ConflictsTemplate>>> {
    let form = form.into_inner();
    let asked = conflicts::Asked {
        level: form.requested_level.clone(),
        reason: form.requested_reason.clone(),
        words: form.explanation.clone(),
    };
    let juror = member.user.id;
    match conflicts::request_review(db.inner(), id, juror, sid, &asked, clock.now()).await {
        Ok(title) => Ok(Ok(Flash::success(
            Redirect::to(format!("{}#submission-{sid}", uri!(show_conflicts(id)))),
            nav.t_with("conflict-request-sent", "title", title),
        ))),
        Err(error) => {
            let (status, problem) = refusal_on_form(error, "explanation", nav.lang)?;
            let typed = Typed::Request(sid, form, problem);
            let template = page(db, id, &member, nav, Some(typed)).await?;
            Ok(Err(Page::with_status(status, template)))
        }
    }
}

/// The chair grants or refuses another juror's request to lower a declaration (audited); a
/// refusal brings the page back with the reason as typed.
#[post("/jury/conflicts/<cid>/review", data = "<form>")]
pub async fn chair_decides_review(
    cid: i32,
    form: CsrfForm<ReviewDecisionForm>,
    user: JurorUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Result<Page<ConflictsTemplate>, Page<NoticeTemplate>>>> {
    let form = form.into_inner();
    let decidable = conflict_decisions::decidable_by(db.inner(), cid, &user.0).await?;
    let edition_id = decidable.edition_id();
    let back = uri!(show_conflicts(edition_id));
    match decide_review_as(db, &decidable, (&form, nav.lang), clock).await? {
        ReviewOutcome::Decided(message) => Ok(Ok(Flash::success(Redirect::to(back), message))),
        ReviewOutcome::Own(problem) => Ok(Ok(Flash::error(Redirect::to(back), problem))),
        ReviewOutcome::Refused(status, problem) => {
            if status == Status::Conflict {
                let back = back.to_string();
                return Ok(Err(Err(review_gone(nav, problem, form.reason, back))));
            }
            let typed = Typed::Review(TypedReview {
                declaration_id: cid,
                reason: form.reason,
                problem,
            });
            let member = EditionMember::of(db.inner(), edition_id, user.0.clone()).await?;
            let template = page(db, edition_id, &member, nav, Some(typed)).await?;
            Ok(Err(Ok(Page::with_status(status, template))))
        }
    }
}
