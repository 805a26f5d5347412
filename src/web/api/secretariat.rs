//! The secretariat's API: the editions with their progress, and an edition's official ranking
//! (the same computation as the results page and the CSV export).

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{State, get, post};
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use super::paging::{PageRequest, Paged, once};
use crate::app;
use crate::clock::Clock;
use crate::db;
use crate::domain::results::OfficialLine;
use crate::error::{AppError, AppResult, Refusal};
use crate::export::results::{exact_decimal, exact_fraction};
use crate::i18n::msg;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// An edition with its progress.
#[derive(Serialize, ToSchema)]
pub struct EditionItem {
    /// Edition id.
    id: i32,
    /// Its name.
    name: String,
    /// Its year.
    year: i32,
    /// Its phase (`draft`, `open`, `closed`, `screening`, `jury_evaluation`, `consensus`, …).
    phase: String,
    /// When the call closes.
    closes_at: chrono::DateTime<chrono::Utc>,
    /// The edition's time zone (IANA).
    time_zone: String,
    /// Submitted applications.
    submitted: usize,
    /// Applications still in draft.
    drafts: usize,
    /// Jury members.
    jurors: usize,
    /// Assignments that count (not suspended).
    assignments: usize,
    /// Scorecards submitted.
    scorecards_submitted: usize,
    /// Declared conflicts of interest.
    conflicts: usize,
}

/// Every edition, in id order.
#[utoipa::path(
    tag = "secretariat",
    params(("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<EditionItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions?<cursor>&<limit>")]
pub async fn list_editions(
    _me: ApiSecretariat,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<EditionItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let items = db::dashboards::editions(db.inner())
        .await?
        .into_iter()
        .map(|e| EditionItem {
            id: e.id,
            name: e.name,
            year: e.year,
            phase: e.status.as_str().to_owned(),
            closes_at: e.closes_at,
            time_zone: e.time_zone,
            submitted: e.submitted,
            drafts: e.drafts,
            jurors: e.jurors,
            assignments: e.assignments,
            scorecards_submitted: e.scorecards_submitted,
            conflicts: e.conflicts,
        })
        .collect();
    Ok(Json(request.page(items, |e| e.id)))
}

/// A submission in the official ranking.
#[derive(Serialize, ToSchema)]
pub struct RankedItem {
    /// Submission id.
    submission_id: i32,
    /// Its title.
    title: String,
    /// Official rank (1 is first).
    rank: usize,
    /// Weighted total as an exact decimal.
    weighted_total: String,
    /// Weighted total as an exact fraction.
    weighted_total_exact: String,
    /// Whether it passes every threshold.
    passes_thresholds: bool,
    /// The criteria whose threshold it fails.
    failed_thresholds: Vec<String>,
    /// Tied with a neighbour after every tie-break: the jury decides.
    tie_unresolved: bool,
    /// Scorecards counted.
    scorecards: usize,
    /// Mean of the raw weighted totals.
    raw_mean: Option<String>,
    /// Leniency-corrected value.
    calibrated_value: Option<f64>,
    /// Rank by the corrected value.
    calibrated_rank: Option<f64>,
    /// 95% bootstrap interval of the rank.
    rank_ci95: Option<(f64, f64)>,
    /// Bootstrap probability of a place in the top three.
    p_top3: Option<f64>,
    /// Statistically tied with the next submission.
    statistical_tie_with_next: bool,
}

impl From<OfficialLine> for RankedItem {
    fn from(l: OfficialLine) -> Self {
        RankedItem {
            submission_id: l.submission_id,
            title: l.title,
            rank: l.rank,
            weighted_total: exact_decimal(l.weighted_total),
            weighted_total_exact: exact_fraction(l.weighted_total),
            passes_thresholds: l.passes_thresholds,
            failed_thresholds: l.failed_thresholds,
            tie_unresolved: l.tie_unresolved,
            scorecards: l.scorecards,
            raw_mean: l.raw_mean.map(exact_decimal),
            calibrated_value: l.calibrated.map(|c| c.0),
            calibrated_rank: l.calibrated.map(|c| c.1),
            rank_ci95: l.rank_interval,
            p_top3: l.p_top3,
            statistical_tie_with_next: l.statistical_tie_with_next,
        }
    }
}

/// A submission left out of the ranking.
#[derive(Serialize, ToSchema)]
pub struct UnrankedItem {
    /// Submission id.
    submission_id: i32,
    /// Its title.
    title: String,
    /// Why it is not ranked.
    reason: String,
}

/// An edition's official ranking.
#[derive(Serialize, ToSchema)]
pub struct RankingBody {
    /// Edition id.
    edition_id: i32,
    /// The place of the round it ranks among the edition's rounds, 1 first.
    round: u32,
    /// The recorded official method.
    method: String,
    /// In official order.
    ranking: Vec<RankedItem>,
    /// Not ranked, with why.
    not_ranked: Vec<UnrankedItem>,
}

/// The official ranking of an edition's current round, as on the results page (from the
/// consensus phase on, once the official method is recorded), or with `round` of a round reached
/// so far (a closed round's at any time).
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("round" = Option<u32>, Query, minimum = 1, description = "The round's place in the edition, 1 first; default: the current round")),
    responses((status = 200, body = RankingBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/ranking?<round>")]
pub async fn show_ranking(
    id: i32,
    round: Vec<&str>,
    me: ApiSecretariat,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<RankingBody>> {
    let round = super::paging::round_query(&round)?;
    let (edition, official) =
        app::results::for_secretariat(db.inner(), id, round, me.0.id, clock.now()).await?;
    let official = official.ok_or_else(|| AppError::Conflict {
        code: Refusal::OfficialMethodNotRecorded,
        message: crate::domain::message::Message::new("results-refused-no-method"),
    })?;
    let results = official.results;
    Ok(Json(RankingBody {
        edition_id: edition.id,
        round: official.round.position,
        method: results.method.as_str().to_owned(),
        ranking: results.official.into_iter().map(RankedItem::from).collect(),
        not_ranked: results
            .not_ranked
            .into_iter()
            .map(|(submission_id, title, reason)| UnrankedItem {
                submission_id,
                title,
                reason,
            })
            .collect(),
    }))
}

/// A submission as the secretariat's list shows it.
#[derive(Serialize, ToSchema)]
pub struct SubmissionItem {
    /// Submission id.
    id: i32,
    /// Its title.
    title: String,
    /// The lead organisation.
    lead: String,
    /// The lead's country (ISO 3166-1 alpha-2).
    lead_country: String,
    /// The partners' countries.
    partner_countries: Vec<String>,
    /// `draft` or `submitted`.
    status: String,
    /// `pass`, `needs_review` or `fail` once submitted (after any override).
    eligibility: Option<String>,
    /// The category code.
    category: Option<String>,
    /// Sustainable Development Goals, the primary first.
    sdgs: Vec<i16>,
    /// When it was submitted.
    submitted_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl From<crate::db::screening::SubmissionRow> for SubmissionItem {
    fn from(r: crate::db::screening::SubmissionRow) -> Self {
        SubmissionItem {
            id: r.id,
            title: r.title,
            lead: r.lead,
            lead_country: r.lead_country,
            partner_countries: r.partner_countries,
            status: r.status.as_str().to_owned(),
            eligibility: r.eligibility.map(|e| e.outcome().as_str().to_owned()),
            category: r.category,
            sdgs: r.sdgs,
            submitted_at: r.submitted_at,
        }
    }
}

/// The filters of the submissions list, checked: an unknown value is refused, naming it.
fn submission_filter(
    edition: &crate::domain::edition::Edition,
    query: &SubmissionQuery<'_>,
) -> AppResult<crate::db::screening::SubmissionFilter> {
    let mut problems = std::collections::BTreeMap::new();
    let mut bad = |field: &str, id: &str| {
        let problem = crate::domain::message::Message::new(id).text("field", field);
        problems.insert(field.to_owned(), problem);
    };
    let status = query.status.and_then(|v| {
        let parsed = v
            .parse::<crate::domain::application::SubmissionStatus>()
            .ok();
        if parsed.is_none() {
            bad("status", msg("api-problem-status"));
        }
        parsed
    });
    let eligibility = query.eligibility.and_then(|v| {
        let parsed = v.parse::<crate::domain::eligibility::Outcome>().ok();
        if parsed.is_none() {
            bad("eligibility", msg("api-problem-eligibility"));
        }
        parsed
    });
    let country = query.country.map(str::to_uppercase).filter(|c| {
        let known = crate::domain::countries::name(c).is_some();
        if !known {
            bad("country", msg("api-problem-country"));
        }
        known
    });
    let sdg = query.sdg.and_then(|v| {
        let goal = v
            .parse::<u8>()
            .ok()
            .filter(|g| crate::domain::sdg::goal_name(*g).is_some());
        if goal.is_none() {
            bad("sdg", msg("api-problem-sdg"));
        }
        goal.map(i16::from)
    });
    let category = query.category.map(str::to_owned).filter(|c| {
        let known = edition.categories.iter().any(|(code, _)| code == c);
        if !known {
            bad("category", msg("api-problem-category"));
        }
        known
    });
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    Ok(crate::db::screening::SubmissionFilter {
        status,
        eligibility,
        country,
        sdg,
        category,
        search: query
            .q
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(str::to_owned),
    })
}

/// The list's filters as sent.
pub struct SubmissionQuery<'a> {
    status: Option<&'a str>,
    eligibility: Option<&'a str>,
    country: Option<&'a str>,
    sdg: Option<&'a str>,
    category: Option<&'a str>,
    q: Option<&'a str>,
}

/// The submissions of an edition with the list page's filters, in id order.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("status" = Option<String>, Query, description = "`draft` or `submitted`"),
           ("eligibility" = Option<String>, Query, description = "`pass`, `needs_review` or `fail`"),
           ("country" = Option<String>, Query, description = "A country of the lead or a partner (alpha-2)"),
           ("sdg" = Option<u8>, Query, description = "A goal, 1 to 17", minimum = 1, maximum = 17),
           ("category" = Option<String>, Query, description = "A category code of the edition"),
           ("q" = Option<String>, Query, description = "Words in the title, summary, lead or partner names"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<SubmissionItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[expect(clippy::too_many_arguments, reason = "one query parameter each")]
#[get(
    "/api/v1/editions/<id>/submissions?<status>&<eligibility>&<country>&<sdg>&<category>&<q>&<cursor>&<limit>"
)]
pub async fn list_submissions(
    id: i32,
    _me: ApiSecretariat,
    db: &Db,
    status: Vec<&str>,
    eligibility: Vec<&str>,
    country: Vec<&str>,
    sdg: Vec<&str>,
    category: Vec<&str>,
    q: Vec<&str>,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<SubmissionItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let query = SubmissionQuery {
        status: once("status", &status)?,
        eligibility: once("eligibility", &eligibility)?,
        country: once("country", &country)?,
        sdg: once("sdg", &sdg)?,
        category: once("category", &category)?,
        q: once("q", &q)?,
    };
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let filter = submission_filter(&edition, &query)?;
    let items = db::screening::list(db.inner(), id, &filter)
        .await?
        .into_iter()
        .map(SubmissionItem::from)
        .collect();
    Ok(Json(request.page(items, |s| s.id)))
}

/// An eligibility decision as sent.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EligibilityInput {
    /// `pass` (eligible) or `fail` (not eligible).
    outcome: String,
    /// Why, in at least 10 characters: the applicant will read it.
    reason: String,
}

/// The eligibility the secretariat decided.
#[derive(Serialize, ToSchema)]
pub struct EligibilityBody {
    /// Submission id.
    submission_id: i32,
    /// `pass` or `fail`: it replaces the rules' outcome.
    eligibility: String,
    /// The reason recorded.
    reason: String,
}

/// Decides a submitted application's eligibility over the rules' outcome, with a reason
/// (audited); the latest decision stands.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Submission id")),
    request_body = EligibilityInput,
    responses((status = 200, body = EligibilityBody), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 415, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/submissions/<id>/eligibility", data = "<input>")]
pub async fn decide_eligibility(
    id: i32,
    input: JsonBody<EligibilityInput>,
    me: ApiSecretariat,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<EligibilityBody>> {
    let input = input.into_inner();
    let outcome = app::screening::override_eligibility(
        db.inner(),
        id,
        &input.outcome,
        &input.reason,
        me.0.id,
        clock.now(),
    )
    .await?;
    Ok(Json(EligibilityBody {
        submission_id: id,
        eligibility: outcome.as_str().to_owned(),
        reason: input.reason.trim().to_owned(),
    }))
}
