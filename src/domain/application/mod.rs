//! An application to an edition: the draft as the applicant typed it (kept verbatim, partial data
//! allowed, never lost), its sections, and the validation that turns a complete draft into a
//! submittable [`Application`].
//!
//! Validation lists every problem at once, each with the id of its field, so that the form can show
//! it next to the field with the applicant's input kept.

mod import;
mod patch;
mod validate;

pub use patch::SectionPatch;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use import::{ImportRow, REQUIRED_COLUMNS, parse_import};
pub use validate::{Application, Partner, Problem, ValidationContext, validate, validate_section};

/// Where an application stands: a draft the applicant may change, or submitted (a frozen
/// snapshot with its eligibility; withdrawing makes it a draft again, before the deadline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubmissionStatus {
    /// Being written.
    Draft,
    /// Submitted.
    Submitted,
}

impl SubmissionStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionStatus::Draft => "draft",
            SubmissionStatus::Submitted => "submitted",
        }
    }

    /// The label people read.
    pub fn label(self) -> &'static str {
        match self {
            SubmissionStatus::Draft => "Draft",
            SubmissionStatus::Submitted => "Submitted",
        }
    }

    /// Whether the applicant may still change it.
    pub fn is_draft(self) -> bool {
        self == SubmissionStatus::Draft
    }
}

impl std::str::FromStr for SubmissionStatus {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        [SubmissionStatus::Draft, SubmissionStatus::Submitted]
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| format!("\"{text}\" is not the status of an application"))
    }
}

/// Longest project title, in characters.
pub const TITLE_LIMIT: usize = 200;
/// Longest summary, in characters.
pub const SUMMARY_LIMIT: usize = 1_500;
/// Longest answer to one criterion, in characters.
pub const ANSWER_LIMIT: usize = 3_000;
/// Longest "lessons learned", in characters.
pub const LESSONS_LIMIT: usize = 3_000;
/// Most secondary SDGs.
pub const MAX_SECONDARY_SDGS: usize = 4;
/// Most links.
pub const MAX_LINKS: usize = 5;
/// Most partners and associates.
pub const MAX_PARTNERS: usize = 12;

/// The kinds of organisation an applicant can choose, with whether each is a local or regional
/// government (LRG).
pub const ORGANISATION_KINDS: [(&str, &str, bool); 10] = [
    ("municipality", "Municipality", true),
    ("province", "Province or department", true),
    ("region", "Region", true),
    ("metropolitan", "Metropolitan authority", true),
    (
        "lrg_association",
        "Association of local or regional governments",
        true,
    ),
    ("ngo", "Civil-society organisation or NGO", false),
    ("diaspora", "Diaspora or migrant association", false),
    ("university", "University or research centre", false),
    ("private", "Private company", false),
    ("other", "Other", false),
];

/// Returns true if and only if `kind` is a known organisation kind.
pub fn is_organisation_kind(kind: &str) -> bool {
    ORGANISATION_KINDS.iter().any(|(k, _, _)| *k == kind)
}

/// Returns true if and only if `kind` is a local or regional government.
pub fn is_lrg_kind(kind: &str) -> bool {
    ORGANISATION_KINDS
        .iter()
        .any(|(k, _, lrg)| *k == kind && *lrg)
}

/// The roles an organisation can have in a partnership (the lead is separate).
pub const PARTNER_ROLES: [(&str, &str); 3] = [
    ("partner_lrg", "Partner local or regional government"),
    ("co_applicant", "Co-applicant"),
    (
        "associate",
        "Associate (NGO, university, diaspora association, ...)",
    ),
];

/// An organisation as typed in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationEntry {
    /// Name.
    pub name: String,
    /// One of [`ORGANISATION_KINDS`].
    pub kind: String,
    /// ISO 3166 alpha-2 code.
    pub country: String,
}

/// A partner or associate as typed in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerEntry {
    /// The organisation.
    #[serde(flatten)]
    pub organisation: OrganisationEntry,
    /// One of [`PARTNER_ROLES`].
    pub role: String,
    /// The year the partnership began, as typed.
    pub since_year: String,
}

/// A source of funding as typed in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FundingEntry {
    /// Who funds.
    pub source: String,
    /// Amount in euros, as typed.
    pub amount_eur: String,
    /// Whether it is EU funding.
    pub is_eu: bool,
}

/// Everything the applicant typed, verbatim. Any field may be empty in a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Project title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Start date, `YYYY-MM-DD`.
    pub start_date: String,
    /// End date, `YYYY-MM-DD`, unless ongoing.
    pub end_date: String,
    /// Whether the project is ongoing.
    pub ongoing: bool,
    /// Language of the application (code).
    pub language: String,
    /// Category code, when the edition has categories.
    pub category: String,
    /// The lead local or regional government.
    pub lead: OrganisationEntry,
    /// Partners and associates.
    pub partners: Vec<PartnerEntry>,
    /// Total budget in euros, as typed.
    pub budget_total_eur: String,
    /// Funding sources.
    pub funding: Vec<FundingEntry>,
    /// Estimated beneficiaries, as typed.
    pub beneficiaries: String,
    /// Primary SDG (1–17), as typed.
    pub primary_sdg: String,
    /// Secondary SDGs, as typed.
    pub secondary_sdgs: Vec<String>,
    /// SDG target codes, comma- or space-separated, as typed (e.g. "11.3, 6.a").
    pub sdg_targets: String,
    /// One answer per rubric criterion key.
    pub answers: BTreeMap<String, String>,
    /// Lessons learned.
    pub lessons_learned: String,
    /// Links, one per line.
    pub links: String,
    /// Consent to publish photos and texts about the project.
    pub media_consent: bool,
    /// Consent to the processing of personal data.
    pub data_consent: bool,
    /// Name of the person who signs the declaration.
    pub declaration_name: String,
    /// Their function (elected official or authorised officer).
    pub declaration_role: String,
    /// Whether they declare the information true and are authorised.
    pub declaration_signed: bool,
}

impl Draft {
    /// A fingerprint of what one section holds: a form carries the stamp of the section it shows,
    /// and a save is refused as stale only when that section changed since (saving *Budget* in
    /// one tab never makes a later save of *Project* in another fail).
    pub fn section_stamp(&self, section: Section) -> String {
        let fields = match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(fields)) => fields,
            _ => serde_json::Map::new(),
        };
        let own: serde_json::Map<String, serde_json::Value> = fields
            .into_iter()
            .filter(|(name, _)| Section::of_field(name) == section)
            .collect();
        let text = serde_json::Value::Object(own).to_string();
        hex::encode(&Sha256::digest(text.as_bytes())[..16])
    }
}

/// The sections of the form, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// Title, summary, dates, language, category.
    Project,
    /// Lead, partners and associates.
    Partnership,
    /// Budget, funding and beneficiaries.
    Budget,
    /// Sustainable Development Goals.
    Sdgs,
    /// One answer per criterion.
    Answers,
    /// Lessons learned, links, attachments.
    Evidence,
    /// Consents and the declaration.
    Declaration,
}

impl Section {
    /// Every section, in order.
    pub const ALL: [Section; 7] = [
        Section::Project,
        Section::Partnership,
        Section::Budget,
        Section::Sdgs,
        Section::Answers,
        Section::Evidence,
        Section::Declaration,
    ];

    /// The slug in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Project => "project",
            Section::Partnership => "partnership",
            Section::Budget => "budget",
            Section::Sdgs => "sdgs",
            Section::Answers => "answers",
            Section::Evidence => "evidence",
            Section::Declaration => "declaration",
        }
    }

    /// Finds a section by slug.
    pub fn from_slug(slug: &str) -> Option<Section> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The section a field id belongs to.
    pub fn of_field(field: &str) -> Section {
        let head = field.split(['.', '[']).next().unwrap_or(field);
        match head {
            "lead" | "partners" => Section::Partnership,
            "budget_total_eur" | "funding" | "beneficiaries" => Section::Budget,
            "primary_sdg" | "secondary_sdgs" | "sdg_targets" => Section::Sdgs,
            "answers" => Section::Answers,
            "lessons_learned" | "links" | "attachments" => Section::Evidence,
            "media_consent" | "data_consent" | "declaration_name" | "declaration_role"
            | "declaration_signed" => Section::Declaration,
            _ => Section::Project,
        }
    }
}

/// Counts characters as people do (Unicode scalar values, after trimming).
pub fn char_count(text: &str) -> usize {
    text.trim().chars().count()
}

#[cfg(test)]
mod tests;

/// Fixtures shared by the unit tests of other domain modules.
#[cfg(test)]
pub mod tests_support {
    pub use super::tests::complete_draft;
}
