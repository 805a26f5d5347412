//! The edition form: the settings as typed in the page (see `app::editions` for what they mean
//! and how they are checked).

use std::collections::BTreeMap;

use rocket::FromForm;

use crate::app::editions::EditionTyped;
use crate::web::csrf::CsrfProtected;

/// The edition form, every field as typed.
#[derive(Clone, Debug, Default, FromForm)]
pub struct EditionForm {
    #[field(default = String::new())]
    pub csrf_token: String,
    #[field(default = String::new())]
    pub name: String,
    #[field(default = String::new())]
    pub year: String,
    #[field(default = String::new())]
    pub time_zone: String,
    #[field(default = String::new())]
    pub opens_at: String,
    #[field(default = String::new())]
    pub closes_at: String,
    #[field(default = String::new())]
    pub rubric: String,
    #[field(default = String::new())]
    pub shortlist_size: String,
    #[field(default = Vec::new())]
    pub languages: Vec<String>,
    #[field(default = String::new())]
    pub categories: String,
    #[field(default = String::new())]
    pub lead_countries: String,
    #[field(default = String::new())]
    pub partner_countries: String,
    #[field(default = String::new())]
    pub started_after: String,
    #[field(default = String::new())]
    pub active_or_ended_after: String,
    #[field(default = String::new())]
    pub peer_scores: String,
    #[field(default = String::new())]
    pub scoring_deadline: String,
    #[field(default = String::new())]
    pub introduction: String,
    /// The name in other languages: `names[fr]`.
    #[field(default = BTreeMap::new())]
    pub names: BTreeMap<String, String>,
    /// The introduction in other languages: `introductions[fr]`.
    #[field(default = BTreeMap::new())]
    pub introductions: BTreeMap<String, String>,
    /// The categories' labels in other languages: `category_labels[fr]`.
    #[field(default = BTreeMap::new())]
    pub category_labels: BTreeMap<String, String>,
}

impl CsrfProtected for EditionForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

impl From<EditionTyped> for EditionForm {
    fn from(t: EditionTyped) -> Self {
        EditionForm {
            csrf_token: String::new(),
            name: t.name,
            year: t.year,
            time_zone: t.time_zone,
            opens_at: t.opens_at,
            closes_at: t.closes_at,
            rubric: t.rubric,
            shortlist_size: t.shortlist_size,
            languages: t.languages,
            categories: t.categories,
            lead_countries: t.lead_countries,
            partner_countries: t.partner_countries,
            started_after: t.started_after,
            active_or_ended_after: t.active_or_ended_after,
            peer_scores: t.peer_scores,
            scoring_deadline: t.scoring_deadline,
            introduction: t.introduction,
            names: t.names,
            introductions: t.introductions,
            category_labels: t.category_labels,
        }
    }
}

impl EditionForm {
    /// The name typed for `language`, empty when none.
    pub fn name_in(&self, language: &str) -> &str {
        self.names.get(language).map_or("", String::as_str)
    }

    /// The category labels typed for `language`, empty when none.
    pub fn category_labels_in(&self, language: &str) -> &str {
        self.category_labels
            .get(language)
            .map_or("", String::as_str)
    }

    /// The introduction typed for `language`, empty when none.
    pub fn introduction_in(&self, language: &str) -> &str {
        self.introductions.get(language).map_or("", String::as_str)
    }

    /// The settings as typed.
    pub fn typed(&self) -> EditionTyped {
        EditionTyped {
            name: self.name.clone(),
            year: self.year.clone(),
            time_zone: self.time_zone.clone(),
            opens_at: self.opens_at.clone(),
            closes_at: self.closes_at.clone(),
            rubric: self.rubric.clone(),
            shortlist_size: self.shortlist_size.clone(),
            languages: self.languages.clone(),
            categories: self.categories.clone(),
            lead_countries: self.lead_countries.clone(),
            partner_countries: self.partner_countries.clone(),
            started_after: self.started_after.clone(),
            active_or_ended_after: self.active_or_ended_after.clone(),
            peer_scores: self.peer_scores.clone(),
            scoring_deadline: self.scoring_deadline.clone(),
            introduction: self.introduction.clone(),
            names: self.names.clone(),
            introductions: self.introductions.clone(),
            category_labels: self.category_labels.clone(),
        }
    }
}
