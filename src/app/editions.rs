//! An edition's settings as typed (the page's form, the API's body) and their conversion into
//! the settings to store, with a message per field for everything that is wrong; creating and
//! editing an edition with them.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::db::editions::EditionInput;
use crate::domain::countries;
use crate::domain::edition::{
    Edition, known_languages, local_input_value, local_to_utc, parse_time_zone,
};
use crate::domain::eligibility::EligibilitySettings;
use crate::domain::peer_scores::PeerScores;
use crate::rubric_files::RubricSet;

/// An edition's settings, every field as typed.
#[derive(Clone, Debug, Default)]
pub struct EditionTyped {
    pub name: String,
    pub year: String,
    pub time_zone: String,
    pub opens_at: String,
    pub closes_at: String,
    pub rubric: String,
    pub shortlist_size: String,
    pub languages: Vec<String>,
    pub categories: String,
    pub lead_countries: String,
    pub partner_countries: String,
    pub started_after: String,
    pub active_or_ended_after: String,
    pub peer_scores: String,
    pub scoring_deadline: String,
}

fn codes_text(codes: &[String]) -> String {
    codes.join(" ")
}

impl EditionTyped {
    /// The form of a new edition, with the defaults filled in.
    pub fn new_defaults(year: i32) -> EditionTyped {
        let defaults = EligibilitySettings::default();
        EditionTyped {
            year: year.to_string(),
            time_zone: "Europe/Brussels".to_owned(),
            rubric: "platforma".to_owned(),
            shortlist_size: "12".to_owned(),
            languages: vec!["en".to_owned(), "fr".to_owned()],
            lead_countries: codes_text(&defaults.lead_countries),
            partner_countries: codes_text(&defaults.partner_countries),
            peer_scores: PeerScores::default().as_str().to_owned(),
            ..EditionTyped::default()
        }
    }

    /// The form of an existing edition.
    pub fn from_edition(edition: &Edition, rubric_key: &str) -> EditionTyped {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        EditionTyped {
            name: edition.name.clone(),
            year: edition.year.to_string(),
            time_zone: edition.time_zone.clone(),
            opens_at: local_input_value(edition.opens_at, &edition.time_zone),
            closes_at: local_input_value(edition.closes_at, &edition.time_zone),
            rubric: rubric_key.to_owned(),
            shortlist_size: edition.shortlist_size.to_string(),
            languages: edition.languages.clone(),
            categories: edition
                .categories
                .iter()
                .map(|(code, name)| format!("{code} | {name}"))
                .collect::<Vec<_>>()
                .join("\n"),
            lead_countries: codes_text(&edition.eligibility.lead_countries),
            partner_countries: codes_text(&edition.eligibility.partner_countries),
            started_after: date(edition.eligibility.started_after),
            active_or_ended_after: date(edition.eligibility.active_or_ended_after),
            peer_scores: edition.peer_scores.as_str().to_owned(),
            scoring_deadline: edition
                .scoring_deadline
                .map(|d| local_input_value(d, &edition.time_zone))
                .unwrap_or_default(),
        }
    }
}

fn country_codes(
    errors: &mut BTreeMap<String, String>,
    field: &str,
    label: &str,
    text: &str,
) -> Vec<String> {
    let mut codes = Vec::new();
    let mut unknown = Vec::new();
    for code in text
        .split([' ', ',', ';', '\n', '\r', '\t'])
        .map(|c| c.trim().to_uppercase())
        .filter(|c| !c.is_empty())
    {
        if !countries::is_known(&code) {
            unknown.push(code);
        } else if !codes.contains(&code) {
            codes.push(code);
        }
    }
    if !unknown.is_empty() {
        errors.insert(
            field.to_owned(),
            format!(
                "{label}: not ISO 3166 country codes: {}",
                unknown.join(", ")
            ),
        );
    } else if codes.is_empty() {
        errors.insert(
            field.to_owned(),
            format!("{label}: list at least one country code"),
        );
    }
    codes
}

fn optional_date(
    errors: &mut BTreeMap<String, String>,
    field: &str,
    label: &str,
    text: &str,
) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.insert(
            field.to_owned(),
            format!("{label}: write the date as YYYY-MM-DD"),
        );
    }
    parsed
}

/// Converts the settings as typed; every problem is named by its field.
pub fn parse(
    form: &EditionTyped,
    rubrics: &RubricSet,
) -> Result<EditionInput, BTreeMap<String, String>> {
    let mut errors = BTreeMap::new();
    let name = form.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 120 {
        errors.insert(
            "name".to_owned(),
            "Name: give a name of at most 120 characters".to_owned(),
        );
    }
    let year = form
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if year.is_none() {
        errors.insert(
            "year".to_owned(),
            "Year: give a year such as 2026".to_owned(),
        );
    }
    let zone_ok = parse_time_zone(&form.time_zone)
        .map_err(|e| errors.insert("time_zone".to_owned(), format!("Time zone: {e}")))
        .is_ok();
    let zone = form.time_zone.trim();
    let mut instant = |field: &str, label: &str, value: &str| {
        if !zone_ok {
            return None;
        }
        local_to_utc(value, zone)
            .map_err(|e| errors.insert(field.to_owned(), format!("{label}: {e}")))
            .ok()
    };
    let opens_at = instant("opens_at", "Opens", &form.opens_at);
    let closes_at = instant("closes_at", "Closes (deadline)", &form.closes_at);
    let scoring_deadline = if form.scoring_deadline.trim().is_empty() {
        None
    } else {
        instant("scoring_deadline", "Scorecards due", &form.scoring_deadline)
    };
    if let (Some(close), Some(due)) = (closes_at, scoring_deadline)
        && due <= close
    {
        errors.insert(
            "scoring_deadline".to_owned(),
            "Scorecards due: must be after the call closes".to_owned(),
        );
    }
    if let (Some(open), Some(close)) = (opens_at, closes_at)
        && close <= open
    {
        errors.insert(
            "closes_at".to_owned(),
            "Closes (deadline): must be after the opening".to_owned(),
        );
    }
    let rubric = rubrics.get(form.rubric.trim()).cloned();
    if rubric.is_none() {
        errors.insert(
            "rubric".to_owned(),
            "Rubric: choose one of the rubrics".to_owned(),
        );
    }
    let shortlist = form
        .shortlist_size
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (1..=500).contains(n));
    if shortlist.is_none() {
        errors.insert(
            "shortlist_size".to_owned(),
            "Shortlist size: give a number from 1 to 500".to_owned(),
        );
    }
    let languages = known_languages(&form.languages);
    if languages.is_empty() {
        errors.insert(
            "languages".to_owned(),
            "Languages: accept at least one language".to_owned(),
        );
    }
    let mut categories = Vec::new();
    for (i, line) in form
        .categories
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        match line.split_once('|') {
            Some((code, label)) if !code.trim().is_empty() && !label.trim().is_empty() => {
                categories.push((code.trim().to_owned(), label.trim().to_owned()));
            }
            _ => {
                errors.insert(
                    "categories".to_owned(),
                    format!("Categories: line {} should read `CODE | Name`", i + 1),
                );
            }
        }
    }
    let lead_countries = country_codes(
        &mut errors,
        "lead_countries",
        "Lead countries",
        &form.lead_countries,
    );
    let partner_countries = country_codes(
        &mut errors,
        "partner_countries",
        "Partner countries",
        &form.partner_countries,
    );
    let started_after = optional_date(
        &mut errors,
        "started_after",
        "Started on or after",
        &form.started_after,
    );
    let active_or_ended_after = optional_date(
        &mut errors,
        "active_or_ended_after",
        "Ongoing or ended on or after",
        &form.active_or_ended_after,
    );
    let peer_scores = match form.peer_scores.parse::<PeerScores>() {
        Ok(choice) => choice,
        Err(_) => {
            errors.insert(
                "peer_scores".to_owned(),
                "When jurors see each other's scores: choose one of the options.".to_owned(),
            );
            PeerScores::default()
        }
    };
    match (year, opens_at, closes_at, rubric, shortlist) {
        (Some(year), Some(opens_at), Some(closes_at), Some(rubric), Some(shortlist_size))
            if errors.is_empty() =>
        {
            Ok(EditionInput {
                name,
                year,
                time_zone: zone.to_owned(),
                opens_at,
                closes_at,
                rubric,
                shortlist_size,
                languages,
                eligibility: EligibilitySettings {
                    lead_countries,
                    partner_countries,
                    started_after,
                    active_or_ended_after,
                },
                categories,
                peer_scores,
                scoring_deadline,
            })
        }
        _ => Err(errors),
    }
}

/// Creates an edition in the draft state from its settings as typed (audited).
pub async fn create(
    db: &sea_orm::DatabaseConnection,
    typed: &EditionTyped,
    rubrics: &RubricSet,
    actor_id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::error::AppResult<Edition> {
    let input = parse(typed, rubrics)
        .map_err(|e| crate::error::AppError::Invalid(crate::error::untranslated(e)))?;
    Ok(crate::db::editions::create(db, input, actor_id, now).await?)
}

/// Saves an edition's settings as typed (audited, under the edition's lock); with
/// `expected_version`, only if the edition is still at that version (see [`Edition::version`]),
/// else `Err` with the edition as it is now. A setting fixed by the phase is refused on its
/// field; an announced or archived edition with 409 `edition_locked`.
pub async fn update(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    typed: &EditionTyped,
    rubrics: &RubricSet,
    expected_version: Option<i64>,
    actor_id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::error::AppResult<Result<Edition, Edition>> {
    use crate::db::editions::EditionError;
    use crate::error::{AppError, Refusal};
    let input =
        parse(typed, rubrics).map_err(|e| AppError::Invalid(crate::error::untranslated(e)))?;
    match crate::db::editions::update(db, id, input, expected_version, actor_id, now).await {
        Ok(saved) => Ok(saved.map_err(|current| *current)),
        Err(EditionError::NotAllowed(why)) => Err(AppError::Conflict {
            code: Refusal::EditionLocked,
            message: crate::domain::message::Message::untranslated(why),
        }),
        Err(EditionError::Fixed { field, why }) => Err(AppError::invalid(
            field,
            crate::domain::message::Message::untranslated(why),
        )),
        Err(EditionError::NotFound) => Err(AppError::NotFound),
        Err(EditionError::Db(e)) => Err(e.into()),
    }
}
