//! An edition's settings through the API, for the secretariat: read them with their version as
//! `ETag`, create an edition (a draft), and save its settings with `If-Match` (412 with the
//! settings as they are now when another save came first). The same checks as the edition form.

use std::collections::BTreeMap;

use super::body::JsonBody;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{State, get, post, put};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use super::paging::{PageRequest, Paged};
use super::respond::{ApiAnswer, IfMatch, Tagged};
use crate::app::editions::{self, EditionTyped};
use crate::clock::Clock;
use crate::db;
use crate::domain::edition::Edition;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::rubric_set::AvailableRubrics;
use crate::web::session::Db;

/// A category of the call.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Its code, e.g. `A`.
    code: String,
    /// Its name.
    name: String,
}

/// The call's name and introduction in one language of the interface; an empty text reads in the
/// edition's own.
#[derive(Clone, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CallTexts {
    /// The edition's name in this language, at most 120 characters.
    #[serde(default)]
    name: String,
    /// The call's introduction in this language, at most 4,000 characters.
    #[serde(default)]
    introduction: String,
    /// The categories' labels in this language, by category code.
    #[serde(default)]
    categories: BTreeMap<String, String>,
}

/// An edition's settings as sent: local times are read in `time_zone`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsInput {
    /// At most 120 characters.
    name: String,
    /// 2000 to 2100.
    year: i32,
    /// IANA time zone, e.g. `Europe/Brussels`.
    time_zone: String,
    /// When the call opens, local time `YYYY-MM-DDTHH:MM`.
    opens_at: String,
    /// The deadline, local time `YYYY-MM-DDTHH:MM`.
    closes_at: String,
    /// The rubric's key (see `GET /api/v1/rubrics`); fixed once the call is open.
    rubric: String,
    /// 1 to 500.
    shortlist_size: i32,
    /// Accepted languages (ISO 639-1), at least one.
    languages: Vec<String>,
    /// The call's categories.
    #[serde(default)]
    categories: Vec<Category>,
    /// Countries a lead applicant may come from (ISO 3166-1 alpha-2).
    lead_countries: Vec<String>,
    /// Countries a partner may come from (ISO 3166-1 alpha-2).
    partner_countries: Vec<String>,
    /// Projects must have started on or after this date (`YYYY-MM-DD`), if set.
    #[serde(default)]
    started_after: Option<String>,
    /// Projects must be ongoing or have ended on or after this date (`YYYY-MM-DD`), if set.
    #[serde(default)]
    active_or_ended_after: Option<String>,
    /// When jurors see each other's scores: `at_consensus`, `after_own_scorecard` or `rapporteur_only`;
    /// fixed once the jury evaluation has started.
    peer_scores: String,
    /// When scorecards are due, local time `YYYY-MM-DDTHH:MM`, if set; after the deadline.
    #[serde(default)]
    scoring_deadline: Option<String>,
    /// What the call is about, in the edition's own language; at most 4,000 characters. Left out,
    /// an edition keeps the one it has.
    #[serde(default)]
    introduction: Option<String>,
    /// The call's name, introduction and category labels in the interface's languages (`en`,
    /// `fr`, `es`, `it`), by language code; replaced as a whole when given, kept when left out.
    #[serde(default)]
    translations: Option<BTreeMap<String, CallTexts>>,
}

/// The settings as the edition form would have them: texts left out are `current`'s (none for a
/// new edition); a category label across lines is refused, as it cannot be told from the next.
fn typed(i: SettingsInput, current: Option<&Edition>) -> AppResult<EditionTyped> {
    let translations = i.translations.clone();
    for (lang, texts) in translations.iter().flatten() {
        let multiline = |text: &String| text.contains(['\n', '\r']);
        if texts
            .categories
            .iter()
            .any(|(code, label)| multiline(code) || multiline(label))
        {
            let field = format!("translations.{lang}.categories");
            return Err(AppError::invalid(
                &field,
                Message::new("edition-problem-category-label-line"),
            ));
        }
    }
    let kept_introduction = i.introduction.is_none();
    let mut typed = EditionTyped::from(i);
    if let Some(current) = current {
        if kept_introduction {
            typed = typed.with_introduction_of(current);
        }
        if translations.is_none() {
            typed = typed.with_translations_of(current);
        }
    }
    Ok(typed)
}

/// The form's problem keys for texts in other languages (`name_fr`, `introduction_fr`,
/// `categories_fr`) as the API's fields (`translations.fr.name`, …).
fn api_fields(problems: BTreeMap<String, Message>) -> BTreeMap<String, Message> {
    problems
        .into_iter()
        .map(|(key, problem)| {
            let field = ["name", "introduction", "categories"]
                .iter()
                .find_map(|part| {
                    let lang = key.strip_prefix(part)?.strip_prefix('_')?;
                    Some(format!("translations.{lang}.{part}"))
                });
            (field.unwrap_or(key), problem)
        })
        .collect()
}

fn with_api_fields(error: AppError) -> AppError {
    match error {
        AppError::Invalid(problems) => AppError::Invalid(api_fields(problems)),
        other => other,
    }
}

impl From<SettingsInput> for EditionTyped {
    fn from(i: SettingsInput) -> Self {
        EditionTyped {
            name: i.name,
            year: i.year.to_string(),
            time_zone: i.time_zone,
            opens_at: i.opens_at,
            closes_at: i.closes_at,
            rubric: i.rubric,
            shortlist_size: i.shortlist_size.to_string(),
            languages: i.languages,
            categories: i
                .categories
                .iter()
                .map(|c| format!("{} | {}", c.code, c.name))
                .collect::<Vec<_>>()
                .join("\n"),
            lead_countries: i.lead_countries.join(" "),
            partner_countries: i.partner_countries.join(" "),
            started_after: i.started_after.unwrap_or_default(),
            active_or_ended_after: i.active_or_ended_after.unwrap_or_default(),
            peer_scores: i.peer_scores,
            scoring_deadline: i.scoring_deadline.unwrap_or_default(),
            introduction: i.introduction.unwrap_or_default(),
            names: i
                .translations
                .iter()
                .flatten()
                .map(|(code, t)| (code.clone(), t.name.clone()))
                .collect(),
            introductions: i
                .translations
                .iter()
                .flatten()
                .map(|(code, t)| (code.clone(), t.introduction.clone()))
                .collect(),
            category_labels: i
                .translations
                .into_iter()
                .flatten()
                .map(|(code, t)| {
                    let lines: Vec<String> = t
                        .categories
                        .iter()
                        .map(|(category, label)| format!("{category} | {label}"))
                        .collect();
                    (code, lines.join("\n"))
                })
                .collect(),
        }
    }
}

/// An edition's settings as stored; local times are in `time_zone`.
#[derive(Serialize, ToSchema)]
pub struct SettingsBody {
    /// Edition id.
    id: i32,
    /// Its phase.
    phase: &'static str,
    /// Its name.
    name: String,
    /// Its year.
    year: i32,
    /// IANA time zone.
    time_zone: String,
    /// When the call opens, local time.
    opens_at: String,
    /// The deadline, local time.
    closes_at: String,
    /// The rubric's key.
    rubric: String,
    /// The shortlist's size.
    shortlist_size: i32,
    /// Accepted languages.
    languages: Vec<String>,
    /// The call's categories.
    categories: Vec<Category>,
    /// Countries a lead applicant may come from.
    lead_countries: Vec<String>,
    /// Countries a partner may come from.
    partner_countries: Vec<String>,
    /// Projects started on or after this date, if set.
    started_after: Option<String>,
    /// Projects ongoing or ended on or after this date, if set.
    active_or_ended_after: Option<String>,
    /// When jurors see each other's scores.
    peer_scores: String,
    /// When scorecards are due, local time, if set.
    scoring_deadline: Option<String>,
    /// What the call is about, in the edition's own language; empty when not given.
    introduction: String,
    /// The call's name and introduction in other languages, by language code.
    translations: BTreeMap<String, CallTexts>,
}

async fn tagged(db: &Db, edition: &Edition) -> AppResult<Tagged<SettingsBody>> {
    let (rubric, _) = db::rubrics::load(db.inner(), edition.rubric_id).await?;
    let typed = EditionTyped::from_edition(edition, &rubric.key);
    let some = |text: String| (!text.is_empty()).then_some(text);
    Ok(Tagged::new(
        edition.version(),
        SettingsBody {
            id: edition.id,
            phase: edition.status.as_str(),
            name: typed.name,
            year: edition.year,
            time_zone: typed.time_zone,
            opens_at: typed.opens_at,
            closes_at: typed.closes_at,
            rubric: typed.rubric,
            shortlist_size: edition.shortlist_size,
            languages: typed.languages,
            categories: edition
                .categories
                .iter()
                .map(|(code, name)| Category {
                    code: code.clone(),
                    name: name.clone(),
                })
                .collect(),
            lead_countries: edition.eligibility.lead_countries.clone(),
            partner_countries: edition.eligibility.partner_countries.clone(),
            started_after: some(typed.started_after),
            active_or_ended_after: some(typed.active_or_ended_after),
            peer_scores: typed.peer_scores,
            scoring_deadline: some(typed.scoring_deadline),
            introduction: edition.texts.introduction.clone(),
            translations: edition
                .texts
                .translations
                .iter()
                .map(|(code, t)| {
                    let texts = CallTexts {
                        name: t.name.clone(),
                        introduction: t.introduction.clone(),
                        categories: t.categories.clone(),
                    };
                    (code.clone(), texts)
                })
                .collect(),
        },
    ))
}

/// An edition's settings, with their version as `ETag`.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    responses((status = 200, body = SettingsBody, headers(("ETag" = String))), (status = 422, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>")]
pub async fn show_edition(
    id: i32,
    _me: ApiSecretariat,
    db: &Db,
) -> AppResult<Tagged<SettingsBody>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    tagged(db, &edition).await
}

/// Creates an edition as a draft (audited), with its version as `ETag`; every problem is named by
/// its field.
#[utoipa::path(
    tag = "secretariat",
    request_body = SettingsInput,
    responses((status = 201, body = SettingsBody, headers(("ETag" = String))),
               (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 415, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions", data = "<input>")]
pub async fn create_edition(
    me: ApiSecretariat,
    input: JsonBody<SettingsInput>,
    db: &Db,
    rubrics: AvailableRubrics,
    clock: &State<Clock>,
) -> AppResult<(Status, Tagged<SettingsBody>)> {
    let typed = typed(input.into_inner(), None)?;
    let edition = editions::create(db.inner(), &typed, &rubrics, me.0.id, clock.now())
        .await
        .map_err(with_api_fields)?;
    Ok((Status::Created, tagged(db, &edition).await?))
}

/// Saves an edition's settings (audited) if `If-Match` names their current version. A setting
/// the phase has fixed (the rubric once the call is open, the peer-score setting once the jury
/// evaluation started) is refused on its field; 409 `edition_locked` once announced.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("If-Match" = Option<String>, Header, pattern = r#"^(W/)?"[0-9]+"$"#,
            description = "The `ETag` of the version read. Required: without it the answer is 428")),
    request_body = SettingsInput,
    responses((status = 200, body = SettingsBody, headers(("ETag" = String))),
               (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody),
               (status = 412, body = super::respond::StaleBody<SettingsBody>),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 428, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[put("/api/v1/editions/<id>", format = "json", data = "<input>")]
pub async fn update_edition(
    id: i32,
    me: ApiSecretariat,
    if_match: IfMatch,
    input: JsonBody<SettingsInput>,
    db: &Db,
    rubrics: AvailableRubrics,
    clock: &State<Clock>,
) -> AppResult<ApiAnswer<SettingsBody>> {
    let current = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let expected = if_match.version()?;
    let typed = typed(input.into_inner(), Some(&current))?;
    let now = clock.now();
    match editions::update(
        db.inner(),
        id,
        &typed,
        &rubrics,
        Some(expected),
        me.0.id,
        now,
    )
    .await
    .map_err(with_api_fields)?
    {
        Ok(saved) => Ok(ApiAnswer::Ok(tagged(db, &saved).await?)),
        Err(current) => {
            let current = tagged(db, &current).await?;
            Ok(ApiAnswer::stale(current.version(), current.into_body()))
        }
    }
}

/// A rubric an edition may adopt.
#[derive(Serialize, ToSchema)]
pub struct RubricItem {
    /// Its key, as `rubric` in an edition's settings.
    key: String,
    /// Its name.
    name: String,
    /// Its criteria's keys, in order.
    criteria: Vec<String>,
}

/// The rubrics an edition may adopt, in key order.
#[utoipa::path(
    tag = "secretariat",
    params(("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<RubricItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/rubrics?<cursor>&<limit>")]
pub fn list_rubrics(
    _me: ApiSecretariat,
    rubrics: AvailableRubrics,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<RubricItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let items = rubrics
        .iter()
        .map(|r| RubricItem {
            key: r.key.clone(),
            name: r.name.clone(),
            criteria: r.criteria.iter().map(|c| c.key.clone()).collect(),
        })
        .collect();
    Ok(Json(request.page_in_order(items)))
}
