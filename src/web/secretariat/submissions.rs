//! Submissions for the secretariat: the filtered list (and the screening queue), one submission
//! as the jury will read it, eligibility overrides with a written reason, and the CSV export.

use crate::domain::application::SubmissionStatus;
use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use crate::app::screening;
use crate::clock::Clock;
use crate::db;
use crate::db::applications::EligibilityState;
use crate::db::screening::{SubmissionFilter, SubmissionRow};
use crate::domain::application::Application;
use crate::domain::countries;
use crate::domain::edition::Edition;
use crate::domain::eligibility::Outcome;
use crate::domain::sdg;
use crate::error::{AppError, AppResult};
use crate::i18n::msg;
use crate::web::application_view::{self, ApplicationView, Reader};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// A row of the list.
pub struct ListRow {
    id: i32,
    title: String,
    lead: String,
    countries: String,
    status: SubmissionStatus,
    eligibility: Option<Outcome>,
    sdgs: String,
}

/// The list page.
#[derive(Template)]
#[template(path = "secretariat/submissions.html", config = "src/web/askama.toml")]
pub struct SubmissionsTemplate {
    nav: Nav,
    edition: Edition,
    rows: Vec<ListRow>,
    filter: FilterValues,
    countries: Vec<(String, String)>,
    goals: Vec<(String, String)>,
    csv_href: String,
    unknown_filters: Vec<String>,
}

/// The filter as typed (kept in the form), from the list's query string.
#[derive(Default, FromForm)]
pub struct FilterValues {
    #[field(default = String::new())]
    status: String,
    #[field(default = String::new())]
    eligibility: String,
    #[field(default = String::new())]
    country: String,
    #[field(default = String::new())]
    sdg: String,
    #[field(default = String::new())]
    category: String,
    #[field(default = String::new())]
    q: String,
}

/// A link to the list may leave the filter out (the whole list).
impl rocket::http::uri::fmt::Ignorable<rocket::http::uri::fmt::Query> for FilterValues {}

/// The filter the list applies, and a sentence for each value it does not know (that part of the
/// filter is left out, so the list shows all submissions for it).
fn to_filter(
    values: &FilterValues,
    edition: &Edition,
    nav: &Nav,
) -> (SubmissionFilter, Vec<String>) {
    let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let mut unknown = Vec::new();
    let mut known = |what: &str, value: Option<String>, is_known: &dyn Fn(&str) -> bool| {
        value.filter(|v| {
            let ok = is_known(v);
            if !ok {
                let what = nav.t(what);
                let value = crate::domain::text::echo(v).to_string();
                unknown.push(nav.t2("submissions-unknown-filter", "what", what, "value", value));
            }
            ok
        })
    };
    let status = known(
        msg("submissions-filter-status"),
        some(&values.status),
        &|v| v.parse::<SubmissionStatus>().is_ok(),
    )
    .and_then(|v| v.parse::<SubmissionStatus>().ok());
    let eligibility = known(
        msg("submissions-filter-eligibility"),
        some(&values.eligibility),
        &|v| v.parse::<Outcome>().is_ok(),
    )
    .and_then(|v| v.parse::<Outcome>().ok());
    let country = known(
        msg("submissions-filter-country"),
        some(&values.country).map(|c| c.to_uppercase()),
        &|v| countries::name(v).is_some(),
    );
    let sdg = known(msg("submissions-filter-goal"), some(&values.sdg), &|v| {
        v.parse::<u8>().ok().and_then(sdg::goal_name).is_some()
    })
    .and_then(|v| v.parse().ok());
    let category = known(
        msg("submissions-filter-category"),
        some(&values.category),
        &|v| edition.categories.iter().any(|(code, _)| code == v),
    );
    let filter = SubmissionFilter {
        status,
        eligibility,
        country,
        sdg,
        category,
        search: some(&values.q),
    };
    (filter, unknown)
}

fn list_row(row: SubmissionRow, nav: &Nav) -> ListRow {
    let mut places = vec![nav.country(&row.lead_country)];
    places.extend(row.partner_countries.iter().map(|c| nav.country(c)));
    ListRow {
        id: row.id,
        eligibility: row.eligibility.as_ref().map(|e| e.outcome()),
        sdgs: row
            .sdgs
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        countries: places.join(" – "),
        title: row.title,
        lead: row.lead,
        status: row.status,
    }
}

/// Lists and filters an edition's submissions.
#[get("/secretariat/editions/<id>/submissions?<filter..>")]
pub async fn list_submissions(
    id: i32,
    filter: FilterValues,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<SubmissionsTemplate>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (applied, unknown_filters) = to_filter(&filter, &edition, &nav);
    let rows = db::screening::list(db.inner(), id, &applied)
        .await?
        .into_iter()
        .map(|row| list_row(row, &nav))
        .collect();
    Ok(Page::ok(SubmissionsTemplate {
        csv_href: uri!(export_submissions(id, _)).to_string(),
        unknown_filters,
        edition,
        rows,
        filter,
        countries: crate::i18n::countries_in(nav.lang),
        goals: sdg::goals()
            .map(|(n, _)| (n.to_string(), crate::i18n::goal_name(nav.lang, n)))
            .collect(),
        nav,
    }))
}

/// Exports an edition's submissions as CSV (the same file as `export/submissions.csv`).
#[get("/secretariat/editions/<id>/submissions.csv?<excel>")]
pub async fn export_submissions(
    id: i32,
    excel: Option<bool>,
    user: SecretariatUser,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<super::exports::CsvStream> {
    let options = crate::export::CsvOptions {
        excel: excel.unwrap_or(false),
        names: false,
    };
    let by = crate::export::stream::Requester {
        actor_id: Some(user.0.id),
        now: clock.now(),
    };
    super::exports::start(
        db,
        (id, None),
        crate::export::ExportKind::Submissions,
        options,
        by,
    )
    .await
}

/// One submission as the jury reads it, with the contact details the jury does not see.
#[derive(Template)]
#[template(path = "secretariat/submission.html", config = "src/web/askama.toml")]
pub struct SubmissionTemplate {
    nav: Nav,
    id: i32,
    edition: Edition,
    status: SubmissionStatus,
    application: Option<Application>,
    view: Option<ApplicationView>,
    draft_title: String,
    eligibility: Option<EligibilityState>,
    decision_by: String,
    errors: BTreeMap<String, String>,
    reason: String,
    submitted_at: String,
}

async fn submission_page(
    db: &Db,
    id: i32,
    nav: Nav,
    errors: BTreeMap<String, String>,
    reason: String,
) -> AppResult<SubmissionTemplate> {
    let viewer_zone = nav.time_zone.clone();
    let file = screening::submission_file(db.inner(), id).await?;
    let record = file.record;
    let edition = db::editions::find(db.inner(), record.edition_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (rubric, _) = db::rubrics::load(db.inner(), edition.rubric_id).await?;
    let application = file.submitted.map(|s| s.application);
    let view = match &application {
        Some(a) => Some(
            application_view::load(
                db.inner(),
                id,
                (a, &edition, &rubric),
                Reader::Secretariat,
                &nav,
            )
            .await?,
        ),
        None => None,
    };
    let decided_at = record
        .eligibility
        .as_ref()
        .and_then(|e| e.override_decision.as_ref())
        .and_then(|d| d.at);
    let decision_by = match file.decided_by {
        Some(name) => {
            let when = decided_at
                .map(|t| nav.when(t, &viewer_zone))
                .unwrap_or_default();
            nav.t2("submission-page-decided-by", "name", name, "time", when)
        }
        None => nav.t("submission-page-decided"),
    };
    let submitted_at = record
        .submitted_at
        .map(|t| nav.edition_time(t, &edition.time_zone, &viewer_zone))
        .unwrap_or_default();
    Ok(SubmissionTemplate {
        nav,
        id,
        status: record.status,
        draft_title: record.draft.title.clone(),
        eligibility: record.eligibility.clone(),
        submitted_at,
        application,
        view,
        edition,
        decision_by,
        errors,
        reason,
    })
}

/// Shows one submission (its latest submitted version) with its eligibility.
#[get("/secretariat/submissions/<id>")]
pub async fn show_submission(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<SubmissionTemplate>> {
    Ok(Page::ok(
        submission_page(db, id, nav, BTreeMap::new(), String::new()).await?,
    ))
}

/// The override form.
#[derive(FromForm)]
pub struct OverrideForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    outcome: String,
    #[field(default = String::new())]
    reason: String,
}

impl CsrfProtected for OverrideForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Records the secretariat's eligibility decision; a written reason is required.
#[post("/secretariat/submissions/<id>/eligibility", data = "<form>")]
pub async fn override_eligibility(
    id: i32,
    form: CsrfForm<OverrideForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<SubmissionTemplate>>> {
    let form = form.into_inner();
    let decided = screening::override_eligibility(
        db.inner(),
        id,
        &form.outcome,
        &form.reason,
        me.0.id,
        clock.now(),
    )
    .await;
    match decided {
        Ok(outcome) => Ok(Ok(Flash::success(
            Redirect::to(uri!(show_submission(id))),
            nav.t_with(
                "submission-page-decided-flash",
                "outcome",
                nav.eligibility(&outcome),
            ),
        ))),
        Err(AppError::Invalid(errors)) => {
            let errors = crate::error::said(nav.lang, &errors);
            let page = submission_page(db, id, nav, errors, form.reason.clone()).await?;
            Ok(Err(Page::with_status(Status::UnprocessableEntity, page)))
        }
        Err(error) => Err(error),
    }
}
