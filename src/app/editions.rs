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
use crate::domain::edition_texts::{EditionTexts, TranslatedTexts};
use crate::domain::eligibility::EligibilitySettings;
use crate::domain::message::Message;
use crate::domain::peer_scores::PeerScores;
use crate::i18n::msg;
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
    /// The call's introduction in the edition's own language.
    pub introduction: String,
    /// The name in other languages, by language code.
    pub names: BTreeMap<String, String>,
    /// The introduction in other languages, by language code.
    pub introductions: BTreeMap<String, String>,
    /// The categories' labels in other languages, by language code: one `CODE | label` a line.
    pub category_labels: BTreeMap<String, String>,
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
            ..EditionTyped::default()
        }
        .with_introduction_of(edition)
        .with_translations_of(edition)
    }

    /// The same settings with `edition`'s introduction.
    pub fn with_introduction_of(mut self, edition: &Edition) -> Self {
        self.introduction = edition.texts.introduction.clone();
        self
    }

    /// The same settings with `edition`'s texts in other languages.
    pub fn with_translations_of(mut self, edition: &Edition) -> Self {
        self.names = translated(edition, |t| &t.name);
        self.introductions = translated(edition, |t| &t.introduction);
        self.category_labels = edition
            .texts
            .translations
            .iter()
            .filter(|(_, texts)| !texts.categories.is_empty())
            .map(|(code, texts)| (code.clone(), category_lines(&texts.categories)))
            .collect();
        self
    }
}

fn translated(
    edition: &Edition,
    text: impl Fn(&TranslatedTexts) -> &String,
) -> BTreeMap<String, String> {
    edition
        .texts
        .translations
        .iter()
        .map(|(code, texts)| (code.clone(), text(texts).clone()))
        .collect()
}

fn category_lines(labels: &BTreeMap<String, String>) -> String {
    labels
        .iter()
        .map(|(code, label)| format!("{code} | {label}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads `CODE | label` lines: each code one of `categories`; every problem on `field`.
fn category_labels(
    errors: &mut BTreeMap<String, Message>,
    field: String,
    text: &str,
    categories: &[(String, String)],
) -> BTreeMap<String, String> {
    let mut labels = BTreeMap::new();
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    for (i, line) in lines.enumerate() {
        match line.split_once('|').map(|(c, l)| (c.trim(), l.trim())) {
            Some((code, label)) if !code.is_empty() && !label.is_empty() => {
                if categories.iter().any(|(known, _)| known == code) {
                    labels.insert(code.to_owned(), label.to_owned());
                } else {
                    let problem = Message::new("edition-problem-category-unknown")
                        .number("line", i + 1)
                        .text("value", code);
                    errors.insert(field.clone(), problem);
                }
            }
            _ => {
                let problem = Message::new("edition-problem-category-line").number("line", i + 1);
                errors.insert(field.clone(), problem);
            }
        }
    }
    labels
}

/// The call's texts as typed: each language must be one of the interface's (no reader could see
/// another), each text short enough, each category label for one of `categories`.
fn call_texts(
    errors: &mut BTreeMap<String, Message>,
    form: &EditionTyped,
    categories: &[(String, String)],
) -> EditionTexts {
    let mut translations: BTreeMap<String, TranslatedTexts> = BTreeMap::new();
    for (code, name) in &form.names {
        translations.entry(code.clone()).or_default().name = name.clone();
    }
    for (code, introduction) in &form.introductions {
        translations.entry(code.clone()).or_default().introduction = introduction.clone();
    }
    for (code, text) in &form.category_labels {
        let field = format!("categories_{code}");
        let labels = category_labels(errors, field, text, categories);
        translations.entry(code.clone()).or_default().categories = labels;
    }
    let texts = EditionTexts::tidy(&form.introduction, translations);
    let unknown: Vec<&str> = texts
        .languages()
        .filter(|code| crate::i18n::lang(code).is_none_or(|lang| lang.code() != *code))
        .collect();
    if !unknown.is_empty() {
        let problem =
            Message::new("edition-problem-text-languages").text("value", unknown.join(", "));
        errors.insert("translations".to_owned(), problem);
    }
    errors.extend(texts.problems());
    texts
}

fn country_codes(
    errors: &mut BTreeMap<String, Message>,
    field: &str,
    label: Message,
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
        let problem = Message::new("edition-problem-country-codes")
            .message("label", label)
            .text("value", unknown.join(", "));
        errors.insert(field.to_owned(), problem);
    } else if codes.is_empty() {
        let problem = Message::new("edition-problem-no-country").message("label", label);
        errors.insert(field.to_owned(), problem);
    }
    codes
}

fn optional_date(
    errors: &mut BTreeMap<String, Message>,
    field: &str,
    label: Message,
    text: &str,
) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    if parsed.is_none() {
        let problem = Message::new("edition-problem-date").message("label", label);
        errors.insert(field.to_owned(), problem);
    }
    parsed
}

/// Converts the settings as typed; every problem is named by its field.
pub fn parse(
    form: &EditionTyped,
    rubrics: &RubricSet,
) -> Result<EditionInput, BTreeMap<String, Message>> {
    let mut errors = BTreeMap::new();
    let name = form.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 120 {
        errors.insert("name".to_owned(), Message::new("edition-problem-name"));
    }
    let year = form
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if year.is_none() {
        errors.insert("year".to_owned(), Message::new("edition-problem-year"));
    }
    let zone_ok = parse_time_zone(&form.time_zone)
        .map_err(|e| {
            let label = Message::new("edition-form-time-zone");
            errors.insert("time_zone".to_owned(), e.message("label", label))
        })
        .is_ok();
    let zone = form.time_zone.trim();
    let mut instant = |field: &str, label: &str, value: &str| {
        let label = Message::new(label);
        if !zone_ok {
            return None;
        }
        local_to_utc(value, zone)
            .map_err(|e| errors.insert(field.to_owned(), e.message("label", label)))
            .ok()
    };
    let opens_at = instant("opens_at", msg("edition-label-opens"), &form.opens_at);
    let closes_at = instant("closes_at", msg("edition-form-closes"), &form.closes_at);
    let scoring_deadline = if form.scoring_deadline.trim().is_empty() {
        None
    } else {
        instant(
            "scoring_deadline",
            msg("edition-label-scoring-deadline"),
            &form.scoring_deadline,
        )
    };
    if let (Some(close), Some(due)) = (closes_at, scoring_deadline)
        && due <= close
    {
        errors.insert(
            "scoring_deadline".to_owned(),
            Message::new("edition-problem-due-after-close"),
        );
    }
    if let (Some(open), Some(close)) = (opens_at, closes_at)
        && close <= open
    {
        errors.insert(
            "closes_at".to_owned(),
            Message::new("edition-problem-close-after-open"),
        );
    }
    let rubric = rubrics.get(form.rubric.trim()).cloned();
    if rubric.is_none() {
        errors.insert("rubric".to_owned(), Message::new("edition-problem-rubric"));
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
            Message::new("edition-problem-shortlist"),
        );
    }
    let languages = known_languages(&form.languages);
    if languages.is_empty() {
        errors.insert(
            "languages".to_owned(),
            Message::new("edition-problem-languages"),
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
                let problem = Message::new("edition-problem-category-line").number("line", i + 1);
                errors.insert("categories".to_owned(), problem);
            }
        }
    }
    let lead_countries = country_codes(
        &mut errors,
        "lead_countries",
        Message::new("edition-label-lead-countries"),
        &form.lead_countries,
    );
    let partner_countries = country_codes(
        &mut errors,
        "partner_countries",
        Message::new("edition-label-partner-countries"),
        &form.partner_countries,
    );
    let started_after = optional_date(
        &mut errors,
        "started_after",
        Message::new("edition-label-started-after"),
        &form.started_after,
    );
    let active_or_ended_after = optional_date(
        &mut errors,
        "active_or_ended_after",
        Message::new("edition-label-active-after"),
        &form.active_or_ended_after,
    );
    let texts = call_texts(&mut errors, form, &categories);
    let peer_scores = match form.peer_scores.parse::<PeerScores>() {
        Ok(choice) => choice,
        Err(_) => {
            errors.insert(
                "peer_scores".to_owned(),
                Message::new("edition-problem-peer-scores"),
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
                rubric_made_here: rubrics.is_made(&rubric.key),
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
                texts,
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
    let input = parse(typed, rubrics).map_err(crate::error::AppError::Invalid)?;
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
    let input = parse(typed, rubrics).map_err(AppError::Invalid)?;
    match crate::db::editions::update(db, id, input, expected_version, actor_id, now).await {
        Ok(saved) => Ok(saved.map_err(|current| *current)),
        Err(EditionError::NotAllowed(why)) => Err(AppError::Conflict {
            code: Refusal::EditionLocked,
            message: why,
        }),
        Err(EditionError::Fixed { field, why }) => Err(AppError::invalid(field, why)),
        Err(EditionError::NotFound) => Err(AppError::NotFound),
        Err(EditionError::Db(e)) => Err(e.into()),
    }
}
