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
use crate::domain::application::Problem;
use crate::domain::application::SubmissionStatus;
use crate::domain::application::{Draft, Section, validate_section};
use crate::domain::eligibility::RuleResult;
use crate::domain::time;
use crate::error::{AppError, AppResult, Refusal};
use crate::web::auth::ButtonForm;
use crate::web::csrf::CsrfForm;
use crate::web::pages::{Nav, Page};
use crate::web::session::{ApplicantUser, Db};

/// A section on the overview.
pub struct SectionStatus {
    slug: &'static str,
    title: &'static str,
    todo: usize,
}

/// A problem on the overview, linking to its field.
pub struct ProblemLink {
    href: String,
    message: String,
}

/// The eligibility shown to the applicant.
pub struct EligibilityView {
    label: &'static str,
    outcome: &'static str,
    rules: Vec<RuleResult>,
    decision: Option<String>,
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
    let eligibility = record.eligibility.as_ref().map(|e| {
        let outcome = e.outcome();
        EligibilityView {
            label: outcome.label(),
            outcome: outcome.as_str(),
            rules: e.rules.clone(),
            decision: e.override_decision.as_ref().map(|d| {
                format!(
                    "The secretariat decided: {}. {}",
                    d.outcome.label(),
                    d.reason
                )
            }),
        }
    });
    ApplicationTemplate {
        nav,
        id: record.id,
        title: if record.draft.title.trim().is_empty() {
            "Untitled application".to_owned()
        } else {
            record.draft.title.trim().to_owned()
        },
        edition: loaded.edition.name.clone(),
        status: record.status,
        version: record.version,
        deadline: loaded.deadline_text(zone, now),
        open: open.is_ok(),
        closed_reason: open.err().unwrap_or_default(),
        last_saved: time::in_zone(record.updated_at, zone),
        submitted_at: time::in_zone_or_dash(record.submitted_at, zone),
        sections: Section::ALL
            .into_iter()
            .map(|s| SectionStatus {
                slug: s.slug(),
                title: s.title(),
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
    headline: &'static str,
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

/// A kind of organisation as people read it.
fn kind(code: &str) -> String {
    crate::domain::application::ORGANISATION_KINDS
        .iter()
        .find(|(k, _, _)| *k == code)
        .map_or_else(|| code.to_owned(), |(_, label, _)| (*label).to_owned())
}

/// What the applicant sent, with labels and names rather than codes, to copy back.
fn typed_values(form: &DraftForm) -> Vec<(String, String)> {
    let readable = [
        form.language
            .as_deref()
            .map(|code| crate::domain::edition::language_name(code).to_owned()),
        form.lead_kind.as_deref().map(kind),
        form.lead_country
            .as_deref()
            .map(crate::domain::countries::name_or_code),
    ];
    let mut values: Vec<(String, String)> = [
        ("Project title", &form.title),
        ("Summary", &form.summary),
        ("Start date", &form.start_date),
        ("End date", &form.end_date),
        ("Language", &readable[0]),
        ("Category", &form.category),
        ("Lead government", &form.lead_name),
        ("Lead kind", &readable[1]),
        ("Lead country", &readable[2]),
        ("Total budget", &form.budget_total_eur),
        ("Beneficiaries", &form.beneficiaries),
        ("Primary goal", &form.primary_sdg),
        ("SDG targets", &form.sdg_targets),
        ("Lessons learned", &form.lessons_learned),
        ("Links", &form.links),
        ("Signed by", &form.declaration_name),
        ("Function", &form.declaration_role),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        value
            .as_ref()
            .filter(|v| !v.trim().is_empty())
            .map(|v| (label.to_owned(), v.clone()))
    })
    .collect();
    if !form.secondary_sdgs.is_empty() {
        values.push(("Secondary goals".to_owned(), form.secondary_sdgs.join(", ")));
    }
    values.extend(
        form.answers
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (format!("Answer: {k}"), v.clone())),
    );
    let any = |fields: &[&str]| fields.iter().any(|f| !f.trim().is_empty());
    for p in form
        .partners
        .iter()
        .filter(|p| any(&[&p.name, &p.kind, &p.country, &p.role, &p.since_year]))
    {
        values.push((
            "Partner".to_owned(),
            format!(
                "{} ({}, {}, {}, since {})",
                p.name,
                kind(&p.kind),
                crate::domain::countries::name_or_code(&p.country),
                p.role,
                p.since_year
            ),
        ));
    }
    for f in form
        .funding
        .iter()
        .filter(|f| any(&[&f.source, &f.amount_eur]) || f.is_eu.is_some())
    {
        let eu = if f.is_eu.is_some() {
            " (EU funding)"
        } else {
            ""
        };
        values.push((
            "Funding".to_owned(),
            format!("{}: {} euros{eu}", f.source, f.amount_eur),
        ));
    }
    if let Some(file) = form.file.as_ref().filter(|f| !f.bytes.is_empty()) {
        values.push((
            "Document (not attached)".to_owned(),
            crate::domain::attachment::safe_file_name(&file.raw_name),
        ));
    }
    for (label, ticked) in [
        ("Ongoing", &form.ongoing),
        ("Media consent", &form.media_consent),
        ("Data consent", &form.data_consent),
        ("Declaration signed", &form.declaration_signed),
    ] {
        if ticked.is_some() {
            values.push((label.to_owned(), "yes".to_owned()));
        }
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
        let explanation = refusal_text(refused, &user.0.time_zone);
        return Ok(not_saved(nav, id, section, &form, explanation));
    }
    let saved = format!("Draft saved at {}.", time::in_zone(now, &user.0.time_zone));
    let chosen = form
        .file
        .as_ref()
        .filter(|f| section == Section::Evidence && !f.bytes.is_empty());
    let message = match chosen {
        Some(file) => {
            match super::attachments::attach(db, config, clock, user.0.id, &loaded, file).await? {
                Ok(attached) => format!("{saved} {attached}"),
                Err(problem) => return Ok(attachment_refused(id, section, &saved, &problem)),
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
fn refusal_text(refused: SectionRefused, zone: &str) -> String {
    match refused {
        SectionRefused::Stale(current) => {
            let saved_at = time::in_zone(current.updated_at, zone);
            format!(
                "This section was saved from another window or device at {saved_at}, after you opened this page. To avoid overwriting that work, Laurel did not save what you just sent."
            )
        }
        SectionRefused::NotEditable(why) => format!("{why} Nothing was changed."),
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
    let template = ConflictTemplate {
        nav,
        id,
        section_slug: section.slug(),
        headline: "Your changes were not saved",
        explanation,
        yours: typed_values(form),
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
fn changed_meanwhile(id: i32) -> ProblemLink {
    overview_problem(
        id,
        "The draft was changed in another window since you opened this page. Check it below, then submit again.".to_owned(),
    )
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
    match applications::submit(db.inner(), &loaded, form.version, user.0.id, now).await? {
        Ok(()) => Ok(SubmitAnswer::Done(Box::new(Flash::success(
            Redirect::to(uri!(show_application(id))),
            "Your application has been submitted. You can withdraw it until the deadline.",
        )))),
        Err(Refused::Closed(why)) => {
            let problem = overview_problem(id, format!("{why} Your draft is kept."));
            refuse(&loaded, nav, Status::Conflict, vec![problem])
        }
        Err(Refused::Invalid(problems)) => {
            let links = problems.into_iter().map(|p| problem_link(id, p)).collect();
            refuse(&loaded, nav, Status::UnprocessableEntity, links)
        }
        Err(Refused::Stale) => {
            let fresh = Loaded::of_owner(db, id, &user.0).await?;
            refuse(&fresh, nav, Status::Conflict, vec![changed_meanwhile(id)])
        }
        Err(Refused::WrongState(why)) => Err(AppError::Conflict {
            code: Refusal::NotADraft,
            message: why,
        }),
    }
}

/// A validation problem as a link to its field in its section.
fn problem_link(id: i32, problem: Problem) -> ProblemLink {
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
        message: problem.message,
    }
}

/// Withdraws a submitted application back to a draft, before the deadline.
#[post("/applicant/applications/<id>/withdraw", data = "<form>")]
pub async fn withdraw_application(
    id: i32,
    form: CsrfForm<ButtonForm>,
    user: ApplicantUser,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let now = clock.now();
    let loaded = Loaded::of_owner(db, id, &user.0).await?;
    let back = Redirect::to(uri!(show_application(id)));
    match applications::withdraw(db.inner(), &loaded, user.0.id, now).await? {
        Ok(()) => Ok(Flash::success(
            back,
            "Your application has been withdrawn and is a draft again. Submit it again before the deadline for it to count.",
        )),
        Err(Refused::Closed(why)) => Ok(Flash::error(
            back,
            format!("{why} A submitted application can no longer be withdrawn."),
        )),
        Err(Refused::WrongState(why)) => Ok(Flash::error(back, why)),
        Err(refused) => Err(AppError::Internal(format!(
            "withdrawal refused: {refused:?}"
        ))),
    }
}

/// A map from field id to its problem, for the section template.
pub fn problems_by_field(
    problems: &[crate::domain::application::Problem],
) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for p in problems {
        map.entry(p.field.clone())
            .or_insert_with(|| p.message.clone());
    }
    map
}
