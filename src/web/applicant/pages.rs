//! The applicant's application: overview with progress, deadline and eligibility; one page per
//! section; saving with a version check; submitting and withdrawing.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{Responder, State, get, post, uri};

use super::context::Loaded;
use super::form::{DraftForm, apply};
use super::section::{SectionTemplate, section_page};
use crate::app::applications::{self, Refused, SectionRefused};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::db::applications::EligibilityDecision;
use crate::domain::application::Problem;
use crate::domain::application::SubmissionStatus;
use crate::domain::application::{Draft, Section, validate_section};
use crate::domain::eligibility::{Outcome, RuleResult};
use crate::domain::message::Message;
use crate::error::{AppError, AppResult, Refusal};
use crate::i18n::msg;
use crate::web::auth::ButtonForm;
use crate::web::csrf::CsrfForm;
use crate::web::pages::{Nav, Page};
use crate::web::session::{ApplicantUser, Db};

/// A section on the overview.
pub struct SectionStatus {
    section: Section,
    todo: usize,
}

/// A problem on the overview, linking to its field.
pub struct ProblemLink {
    href: String,
    message: String,
}

/// The eligibility shown to the applicant.
pub struct EligibilityView {
    outcome: Outcome,
    rules: Vec<RuleResult>,
    decision: Option<EligibilityDecision>,
}

/// The overview page.
#[derive(Template)]
#[template(path = "applicant/application.html", config = "src/web/askama.toml")]
pub struct ApplicationTemplate {
    nav: Nav,
    id: i32,
    title: String,
    edition: String,
    status: SubmissionStatus,
    version: i32,
    deadline: String,
    open: bool,
    closed_reason: String,
    last_saved: String,
    submitted_at: String,
    sections: Vec<SectionStatus>,
    problems: Vec<ProblemLink>,
    eligibility: Option<EligibilityView>,
    results_public: bool,
}

fn overview(
    loaded: &Loaded,
    nav: Nav,
    zone: &str,
    now: chrono::DateTime<chrono::Utc>,
    problems: Vec<ProblemLink>,
) -> ApplicationTemplate {
    let ctx = loaded.validation_context(now);
    let record = &loaded.record;
    let open = loaded.open_now(now);
    let eligibility = record.eligibility.as_ref().map(|e| EligibilityView {
        outcome: e.outcome(),
        rules: e.rules.clone(),
        decision: e.override_decision.clone(),
    });
    let title = if record.draft.title.trim().is_empty() {
        nav.t("application-untitled")
    } else {
        record.draft.title.trim().to_owned()
    };
    let deadline = nav.say(&loaded.deadline_text(zone, now));
    let closed_reason = open.as_ref().err().map(|why| nav.say(why));
    let last_saved = nav.when(record.updated_at, zone);
    let submitted_at = record
        .submitted_at
        .map_or_else(|| "–".to_owned(), |at| nav.when(at, zone));
    ApplicationTemplate {
        edition: loaded.edition.name_in(nav.lang.code()).to_owned(),
        nav,
        id: record.id,
        title,
        status: record.status,
        version: record.version,
        deadline,
        open: open.is_ok(),
        closed_reason: closed_reason.unwrap_or_default(),
        last_saved,
        submitted_at,
        sections: Section::ALL
            .into_iter()
            .map(|s| SectionStatus {
                section: s,
                todo: validate_section(&record.draft, &ctx, s).len(),
            })
            .collect(),
        problems,
        eligibility,
        results_public: db::feedback::results_public(loaded.edition.status),
    }
}

/// The overview of an application.
#[get("/applicant/applications/<id>")]
pub async fn show_application(
    id: i32,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<ApplicationTemplate>> {
    let loaded = Loaded::of_owner(db, id, &user.0).await?;
    Ok(Page::ok(overview(
        &loaded,
        nav,
        &user.0.time_zone,
        clock.now(),
        Vec::new(),
    )))
}

/// One section's form; `check` shows its problems next to the fields. Ranked after the
/// fixed pages under an application (its feedback).
#[get("/applicant/applications/<id>/<section>?<check>", rank = 2)]
pub async fn show_section(
    id: i32,
    section: &str,
    check: Option<bool>,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<SectionTemplate>> {
    let section = Section::from_slug(section).ok_or(AppError::NotFound)?;
    let loaded = Loaded::of_owner(db, id, &user.0).await?;
    let problems = if check.unwrap_or(false) {
        validate_section(
            &loaded.record.draft,
            &loaded.validation_context(clock.now()),
            section,
        )
    } else {
        Vec::new()
    };
    let draft = loaded.record.draft.clone();
    let attachments = db::attachments::of_submission(db.inner(), id).await?;
    let open = loaded.open_now(clock.now()).is_ok();
    Ok(Page::ok(section_page(
        &loaded,
        nav,
        section,
        draft,
        problems,
        &user.0.time_zone,
        attachments,
        open,
    )))
}

/// The page shown when a save is refused (a stale form, or an application no longer a draft),
/// with everything the applicant sent, to copy.
#[derive(Template)]
#[template(path = "applicant/conflict.html", config = "src/web/askama.toml")]
pub struct ConflictTemplate {
    nav: Nav,
    id: i32,
    section_slug: &'static str,
    explanation: String,
    yours: Vec<(String, String)>,
}

/// What a save answers.
#[derive(Responder)]
pub enum SaveAnswer {
    /// Saved.
    Saved(Box<Flash<Redirect>>),
    /// Someone saved in between: nothing was overwritten.
    Conflict(Box<Page<ConflictTemplate>>),
}

/// What the applicant sent, with labels and names rather than codes, to copy back.
fn typed_values(form: &DraftForm, nav: &Nav) -> Vec<(String, String)> {
    let readable = [
        form.language.as_deref().map(|code| nav.language_name(code)),
        form.lead_kind
            .as_deref()
            .map(|kind| nav.organisation_kind(kind)),
        form.lead_country.as_deref().map(|code| nav.country(code)),
    ];
    let mut values: Vec<(String, String)> = [
        (msg("field-title"), &form.title),
        (msg("field-summary"), &form.summary),
        (msg("field-start-date"), &form.start_date),
        (msg("field-end-date"), &form.end_date),
        (msg("field-language"), &readable[0]),
        (msg("field-category"), &form.category),
        (msg("field-lead"), &form.lead_name),
        (msg("typed-lead-kind"), &readable[1]),
        (msg("typed-lead-country"), &readable[2]),
        (msg("field-total-budget"), &form.budget_total_eur),
        (msg("field-beneficiaries"), &form.beneficiaries),
        (msg("field-primary-goal"), &form.primary_sdg),
        (msg("typed-sdg-targets"), &form.sdg_targets),
        (msg("field-lessons"), &form.lessons_learned),
        (msg("typed-links"), &form.links),
        (msg("typed-signed-by"), &form.declaration_name),
        (msg("typed-function"), &form.declaration_role),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        value
            .as_ref()
            .filter(|v| !v.trim().is_empty())
            .map(|v| (nav.t(label), v.clone()))
    })
    .collect();
    if !form.secondary_sdgs.is_empty() {
        let goals = form.secondary_sdgs.join(", ");
        values.push((nav.t("field-secondary-goals"), goals));
    }
    values.extend(
        form.answers
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (nav.t_with("typed-answer", "name", k), v.clone())),
    );
    values.extend(typed_rows(form, nav));
    for (label, ticked) in [
        (msg("typed-ongoing"), &form.ongoing),
        (msg("typed-media-consent"), &form.media_consent),
        (msg("typed-data-consent"), &form.data_consent),
        (msg("typed-declaration-signed"), &form.declaration_signed),
    ] {
        if ticked.is_some() {
            values.push((nav.t(label), nav.t("typed-yes")));
        }
    }
    values
}

/// The partners, funding sources and chosen document the applicant sent.
fn typed_rows(form: &DraftForm, nav: &Nav) -> Vec<(String, String)> {
    let mut values = Vec::new();
    let any = |fields: &[&str]| fields.iter().any(|f| !f.trim().is_empty());
    for p in form
        .partners
        .iter()
        .filter(|p| any(&[&p.name, &p.kind, &p.country, &p.role, &p.since_year]))
    {
        let line = Message::new("typed-partner-line")
            .text("name", &p.name)
            .text("kind", nav.organisation_kind(&p.kind))
            .text("country", nav.country(&p.country))
            .text("role", nav.partner_role(&p.role))
            .text("since", &p.since_year);
        values.push((nav.t("typed-partner"), nav.say(&line)));
    }
    for f in form
        .funding
        .iter()
        .filter(|f| any(&[&f.source, &f.amount_eur]) || f.is_eu.is_some())
    {
        let line = if f.is_eu.is_some() {
            Message::new("typed-funding-line-eu")
        } else {
            Message::new("typed-funding-line")
        };
        let line = line.text("source", &f.source).text("amount", &f.amount_eur);
        values.push((nav.t("typed-funding"), nav.say(&line)));
    }
    if let Some(file) = form.file.as_ref().filter(|f| !f.bytes.is_empty()) {
        values.push((
            nav.t("typed-document"),
            crate::domain::attachment::safe_file_name(&file.raw_name),
        ));
    }
    values
}

/// Saves a section (partial data welcome) unless that section changed since the form was opened;
/// a document chosen on the evidence section is attached after the text is saved, so typed text
/// is never lost to an upload.
#[expect(clippy::too_many_arguments, reason = "a route with its guards")]
#[post("/applicant/applications/<id>/<section>", data = "<form>", rank = 2)]
pub async fn save_section(
    id: i32,
    section: &str,
    form: CsrfForm<DraftForm>,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
) -> AppResult<SaveAnswer> {
    let section = Section::from_slug(section).ok_or(AppError::NotFound)?;
    let form = form.into_inner();
    let loaded = Loaded::of_owner(db, id, &user.0).await?;
    let now = clock.now();
    let edit = |draft: &mut Draft| apply(section, &form, draft);
    let saved = applications::save_section(db, &loaded, section, &form.stamp, edit, now).await?;
    if let Err(refused) = saved {
        let explanation = nav.say(&refusal_text(refused, &user.0.time_zone));
        return Ok(not_saved(nav, id, section, &form, explanation));
    }
    let saved = nav.say(&Message::new("flash-draft-saved").instant("time", now, &user.0.time_zone));
    let chosen = form
        .file
        .as_ref()
        .filter(|f| section == Section::Evidence && !f.bytes.is_empty());
    let message = match chosen {
        Some(file) => {
            match super::attachments::attach(db, config, clock, user.0.id, &loaded, file).await? {
                Ok(attached) => format!("{saved} {}", nav.say(&attached)),
                Err(problem) => {
                    let problem = nav.say(&problem);
                    return Ok(attachment_refused(id, section, &saved, &problem));
                }
            }
        }
        None => saved,
    };
    Ok(SaveAnswer::Saved(Box::new(Flash::success(
        Redirect::to(after_save(id, section, &form.action)),
        message,
    ))))
}

/// Why a section was not saved, in words.
fn refusal_text(refused: SectionRefused, zone: &str) -> Message {
    match refused {
        SectionRefused::Stale(current) => {
            Message::new("section-stale").instant("time", current.updated_at, zone)
        }
        SectionRefused::NotEditable(why) => {
            Message::new("section-not-editable").message("why", why)
        }
    }
}

/// The page that keeps what was typed when a section was not saved.
fn not_saved(
    nav: Nav,
    id: i32,
    section: Section,
    form: &DraftForm,
    explanation: String,
) -> SaveAnswer {
    let yours = typed_values(form, &nav);
    let template = ConflictTemplate {
        nav,
        id,
        section_slug: section.slug(),
        explanation,
        yours,
    };
    SaveAnswer::Conflict(Box::new(Page::with_status(Status::Conflict, template)))
}

/// The text is saved but the document chosen with it was refused: back to the documents.
fn attachment_refused(id: i32, section: Section, saved: &str, problem: &str) -> SaveAnswer {
    let documents = uri!(show_section(id, section.slug(), Option::<bool>::None));
    SaveAnswer::Saved(Box::new(Flash::error(
        Redirect::to(format!("{documents}#attachments")),
        format!("{saved} {problem}"),
    )))
}

/// Where a save leads: the next section (or the overview after the last) with `continue`,
/// this section otherwise.
fn after_save(id: i32, section: Section, action: &str) -> String {
    let next = Section::ALL
        .iter()
        .skip_while(|s| **s != section)
        .nth(1)
        .filter(|_| action == "continue");
    match next {
        Some(next) => uri!(show_section(id, next.slug(), Option::<bool>::None)).to_string(),
        None if action == "continue" => uri!(show_application(id)).to_string(),
        None => uri!(show_section(id, section.slug(), Option::<bool>::None)).to_string(),
    }
}

/// A problem that points at the application's overview.
fn overview_problem(id: i32, message: String) -> ProblemLink {
    ProblemLink {
        href: uri!(show_application(id)).to_string(),
        message,
    }
}

/// The draft changed in another window since the page was opened.
fn changed_meanwhile(id: i32, nav: &Nav) -> ProblemLink {
    overview_problem(id, nav.t("submit-changed-meanwhile"))
}

/// The submit form: the version the applicant saw.
#[derive(rocket::FromForm)]
pub struct SubmitForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = 0)]
    version: i32,
}

impl crate::web::csrf::CsrfProtected for SubmitForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// What a submission answers.
#[derive(Responder)]
pub enum SubmitAnswer {
    /// Submitted.
    Done(Box<Flash<Redirect>>),
    /// Refused: the overview with every problem.
    Refused(Box<Page<ApplicationTemplate>>),
}

/// Submits: the deadline is checked by the server, then every field; on success the application
/// is frozen and its eligibility evaluated.
#[post("/applicant/applications/<id>/submit", data = "<form>")]
pub async fn submit_application(
    id: i32,
    form: CsrfForm<SubmitForm>,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
    mail: &State<crate::mail::MailSetup>,
) -> AppResult<SubmitAnswer> {
    let form = form.into_inner();
    let now = clock.now();
    let loaded = Loaded::of_owner(db, id, &user.0).await?;
    let refuse = |loaded: &Loaded, nav: Nav, status: Status, problems: Vec<ProblemLink>| {
        Ok(SubmitAnswer::Refused(Box::new(Page::with_status(
            status,
            overview(loaded, nav, &user.0.time_zone, now, problems),
        ))))
    };
    match applications::submit(db.inner(), (&loaded, form.version), &user.0, mail, now).await? {
        Ok(()) => Ok(SubmitAnswer::Done(Box::new(Flash::success(
            Redirect::to(uri!(show_application(id))),
            nav.t("flash-submitted"),
        )))),
        Err(Refused::Closed(why)) => {
            let kept = Message::new("submit-closed").message("why", why);
            let problem = overview_problem(id, nav.say(&kept));
            refuse(&loaded, nav, Status::Conflict, vec![problem])
        }
        Err(Refused::Invalid(problems)) => {
            let links = problems
                .into_iter()
                .map(|p| problem_link(id, p, &nav))
                .collect();
            refuse(&loaded, nav, Status::UnprocessableEntity, links)
        }
        Err(Refused::Stale) => {
            let fresh = Loaded::of_owner(db, id, &user.0).await?;
            let problem = changed_meanwhile(id, &nav);
            refuse(&fresh, nav, Status::Conflict, vec![problem])
        }
        Err(Refused::WrongState(why)) => Err(AppError::Conflict {
            code: Refusal::NotADraft,
            message: why,
        }),
        Err(Refused::Unconfirmed(email)) => {
            let kept = Message::new("submit-unconfirmed").text("email", email);
            let problem = overview_problem(id, nav.say(&kept));
            refuse(&loaded, nav, Status::Conflict, vec![problem])
        }
    }
}

/// A validation problem as a link to its field in its section.
fn problem_link(id: i32, problem: Problem, nav: &Nav) -> ProblemLink {
    ProblemLink {
        href: format!(
            "{}#{}",
            uri!(show_section(
                id,
                Section::of_field(&problem.field).slug(),
                Some(true)
            )),
            problem.field
        ),
        message: nav.say(&problem.message),
    }
}

/// Withdraws a submitted application back to a draft, before the deadline.
#[post("/applicant/applications/<id>/withdraw", data = "<form>")]
pub async fn withdraw_application(
    id: i32,
    form: CsrfForm<ButtonForm>,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
    mail: &State<crate::mail::MailSetup>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let now = clock.now();
    let loaded = Loaded::of_owner(db, id, &user.0).await?;
    let back = Redirect::to(uri!(show_application(id)));
    match applications::withdraw(db.inner(), &loaded, &user.0, mail, now).await? {
        Ok(()) => Ok(Flash::success(back, nav.t("flash-withdrawn"))),
        Err(Refused::Closed(why)) => {
            let late = Message::new("withdraw-closed").message("why", why);
            Ok(Flash::error(back, nav.say(&late)))
        }
        Err(Refused::WrongState(why)) => Ok(Flash::error(back, nav.say(&why))),
        Err(refused) => Err(AppError::Internal(format!(
            "withdrawal refused: {refused:?}"
        ))),
    }
}

/// A map from field id to its problem, for the section template.
pub fn problems_by_field(
    problems: &[crate::domain::application::Problem],
    nav: &Nav,
) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for p in problems {
        map.entry(p.field.clone())
            .or_insert_with(|| nav.say(&p.message));
    }
    map
}
