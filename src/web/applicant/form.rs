//! The application form as posted: every field optional, so that each section posts only its
//! own fields; [`apply`] copies a section's fields onto the stored draft, verbatim.

use std::collections::BTreeMap;

use rocket::FromForm;

use crate::domain::application::{Draft, FundingEntry, OrganisationEntry, PartnerEntry, Section};
use crate::web::csrf::CsrfProtected;

/// A partner row.
#[derive(Clone, Debug, Default, FromForm)]
pub struct PartnerRow {
    #[field(default = String::new())]
    pub name: String,
    #[field(default = String::new())]
    pub kind: String,
    #[field(default = String::new())]
    pub country: String,
    #[field(default = String::new())]
    pub role: String,
    #[field(default = String::new())]
    pub since_year: String,
    pub remove: Option<String>,
}

/// A funding row.
#[derive(Clone, Debug, Default, FromForm)]
pub struct FundingRow {
    #[field(default = String::new())]
    pub source: String,
    #[field(default = String::new())]
    pub amount_eur: String,
    pub is_eu: Option<String>,
}

/// Every field of every section.
#[derive(Clone, Debug, Default, FromForm)]
pub struct DraftForm {
    #[field(default = String::new())]
    pub csrf_token: String,
    /// The stamp of the section as the form showed it (see `Draft::section_stamp`).
    #[field(default = String::new())]
    pub stamp: String,
    /// A document to attach (the evidence section), after the typed text is saved.
    pub file: Option<crate::web::upload::UploadedFile>,
    /// `save` (stay) or `continue` (next section).
    #[field(default = String::new())]
    pub action: String,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub ongoing: Option<String>,
    pub language: Option<String>,
    pub category: Option<String>,
    pub lead_name: Option<String>,
    pub lead_kind: Option<String>,
    pub lead_country: Option<String>,
    #[field(default = Vec::new())]
    pub partners: Vec<PartnerRow>,
    pub budget_total_eur: Option<String>,
    #[field(default = Vec::new())]
    pub funding: Vec<FundingRow>,
    pub beneficiaries: Option<String>,
    pub primary_sdg: Option<String>,
    #[field(default = Vec::new())]
    pub secondary_sdgs: Vec<String>,
    pub sdg_targets: Option<String>,
    #[field(default = BTreeMap::new())]
    pub answers: BTreeMap<String, String>,
    pub lessons_learned: Option<String>,
    pub links: Option<String>,
    pub media_consent: Option<String>,
    pub data_consent: Option<String>,
    pub declaration_name: Option<String>,
    pub declaration_role: Option<String>,
    pub declaration_signed: Option<String>,
}

impl CsrfProtected for DraftForm {
    const ACCEPTS_FILES: bool = true;

    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Browsers send line breaks as CRLF; the limits count a line break as one character. NUL
/// characters go too: URL-encoded forms lose them in `CsrfForm`, and the evidence section, a
/// multipart form (it carries a document), loses them here.
fn normalised(value: &str) -> String {
    value.replace("\r\n", "\n").replace('\0', "")
}

fn set(target: &mut String, value: Option<&String>) {
    if let Some(value) = value {
        *target = normalised(value);
    }
}

/// Copies the fields of `section` from the form onto the draft. Empty partner and funding rows
/// are dropped, and rows marked "remove" too; unticked boxes become false.
pub fn apply(section: Section, form: &DraftForm, draft: &mut Draft) {
    match section {
        Section::Project => {
            set(&mut draft.title, form.title.as_ref());
            set(&mut draft.summary, form.summary.as_ref());
            set(&mut draft.start_date, form.start_date.as_ref());
            set(&mut draft.end_date, form.end_date.as_ref());
            set(&mut draft.language, form.language.as_ref());
            set(&mut draft.category, form.category.as_ref());
            draft.ongoing = form.ongoing.is_some();
        }
        Section::Partnership => {
            let text = |value: &Option<String>| normalised(value.as_deref().unwrap_or_default());
            draft.lead = OrganisationEntry {
                name: text(&form.lead_name),
                kind: text(&form.lead_kind),
                country: text(&form.lead_country),
            };
            draft.partners = form
                .partners
                .iter()
                .filter(|p| p.remove.is_none())
                .filter(|p| !(p.name.trim().is_empty() && p.country.trim().is_empty()))
                .map(|p| PartnerEntry {
                    organisation: OrganisationEntry {
                        name: normalised(&p.name),
                        kind: normalised(&p.kind),
                        country: normalised(&p.country),
                    },
                    role: normalised(&p.role),
                    since_year: normalised(&p.since_year),
                })
                .collect();
        }
        Section::Budget => {
            set(&mut draft.budget_total_eur, form.budget_total_eur.as_ref());
            set(&mut draft.beneficiaries, form.beneficiaries.as_ref());
            draft.funding = form
                .funding
                .iter()
                .filter(|f| !(f.source.trim().is_empty() && f.amount_eur.trim().is_empty()))
                .map(|f| FundingEntry {
                    source: normalised(&f.source),
                    amount_eur: normalised(&f.amount_eur),
                    is_eu: f.is_eu.is_some(),
                })
                .collect();
        }
        Section::Sdgs => {
            set(&mut draft.primary_sdg, form.primary_sdg.as_ref());
            draft.secondary_sdgs = form.secondary_sdgs.iter().map(|g| normalised(g)).collect();
            set(&mut draft.sdg_targets, form.sdg_targets.as_ref());
        }
        Section::Answers => {
            for (key, answer) in &form.answers {
                draft.answers.insert(normalised(key), normalised(answer));
            }
        }
        Section::Evidence => {
            set(&mut draft.lessons_learned, form.lessons_learned.as_ref());
            set(&mut draft.links, form.links.as_ref());
        }
        Section::Declaration => {
            draft.media_consent = form.media_consent.is_some();
            draft.data_consent = form.data_consent.is_some();
            set(&mut draft.declaration_name, form.declaration_name.as_ref());
            set(&mut draft.declaration_role, form.declaration_role.as_ref());
            draft.declaration_signed = form.declaration_signed.is_some();
        }
    }
}
