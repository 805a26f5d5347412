//! One submitted application as its readers see it, shared by the secretariat's submission page
//! and the juror's scorecard (template `application_view.html`): every section, the budget and
//! its funding, the SDGs and targets, the partners with their countries, the links and the
//! documents with their sizes. The juror evaluates the whole application but never sees the
//! applicant's contact details: not the account's name or email, not the signatory's name,
//! not the media consent. The rubric needs none of them (the organisations, their countries and
//! the signatory's function are what the criteria and the conflict screen use).

use rocket::uri;
use sea_orm::{ConnectionTrait, DbErr};

use super::pages::Nav;
use crate::db;
use crate::domain::application::Application;
use crate::domain::edition::Edition;
use crate::domain::rubric::Rubric;
use crate::domain::sdg::TargetCode;
use crate::i18n;

/// Who reads the application, which decides what is shown and where documents download from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The secretariat: everything, contact details included.
    Secretariat,
    /// A juror through one of their assignments: no contact details; documents download
    /// through the assignment.
    Juror {
        /// The juror's assignment of this application.
        assignment_id: i32,
    },
}

/// An organisation of the partnership.
#[derive(Clone, Debug)]
pub struct PartyView {
    /// Name.
    pub name: String,
    /// Kind, in words.
    pub kind: String,
    /// Country, in words.
    pub country: String,
    /// Role in the partnership, in words (empty for the lead).
    pub role: String,
    /// Since when the partnership runs, if given.
    pub since: Option<i32>,
}

/// A funding source.
#[derive(Clone, Debug)]
pub struct FundingView {
    /// Who funds.
    pub source: String,
    /// How much.
    pub amount: String,
    /// Whether it is EU money.
    pub eu: bool,
}

/// A document, with where to download it.
#[derive(Clone, Debug)]
pub struct DocumentView {
    /// File name.
    pub name: String,
    /// Size in words (`618 bytes`, `12 KB`, `1.4 MB`).
    pub size: String,
    /// The download link for this reader.
    pub href: String,
}

/// Who to contact about the application (the secretariat only).
#[derive(Clone, Debug)]
pub struct ContactView {
    /// The applicant's name.
    pub name: String,
    /// The applicant's email.
    pub email: String,
}

/// The application as one reader sees it.
#[derive(Clone, Debug)]
pub struct ApplicationView {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Start and end (or "ongoing").
    pub dates: String,
    /// The language the applicant wrote in, in words ("French").
    pub language: String,
    /// Its code, for the `lang` attribute of the applicant's own text.
    pub language_code: String,
    /// Category, in words, if any.
    pub category: Option<String>,
    /// The lead organisation.
    pub lead: PartyView,
    /// Partners and associates.
    pub partners: Vec<PartyView>,
    /// Total budget.
    pub budget: String,
    /// Funding sources.
    pub funding: Vec<FundingView>,
    /// Estimated beneficiaries, written the reader's way.
    pub beneficiaries: String,
    /// Primary SDG, `11. Sustainable Cities and Communities`.
    pub primary_goal: String,
    /// Secondary SDGs.
    pub secondary_goals: Vec<String>,
    /// SDG targets: (code, text), `11.3` and what it says.
    pub targets: Vec<(String, String)>,
    /// Per criterion in rubric order: (name, answer). Empty when the page shows each answer
    /// beside its criterion.
    pub answers: Vec<(String, String)>,
    /// Lessons learned.
    pub lessons_learned: String,
    /// Links given by the applicant.
    pub links: Vec<String>,
    /// Documents attached.
    pub documents: Vec<DocumentView>,
    /// The declaration of honour as this reader may read it.
    pub declaration: String,
    /// Consent to publish, yes or no in words (the secretariat only).
    pub media_consent: Option<String>,
    /// Contact details (the secretariat only).
    pub contact: Option<ContactView>,
}

fn goal(nav: &Nav, g: u8) -> String {
    format!("{g}. {}", i18n::goal_name(nav.lang, g))
}

fn party(nav: &Nav, p: &crate::domain::application::Partner) -> PartyView {
    PartyView {
        name: p.name.clone(),
        kind: nav.organisation_kind(&p.kind),
        country: nav.country(&p.country),
        role: if p.role == "lead" {
            String::new()
        } else {
            nav.partner_role(&p.role)
        },
        since: p.since_year,
    }
}

fn target(nav: &Nav, code: &str) -> (String, String) {
    let text = code
        .parse::<TargetCode>()
        .map(|t| i18n::target_text(nav.lang, &t))
        .unwrap_or_default();
    (code.to_owned(), text)
}

/// The view of `application` (the latest submitted version of submission `submission_id`) for
/// `reader`, in the language of `nav`.
pub async fn load(
    db: &impl ConnectionTrait,
    submission_id: i32,
    (application, edition, rubric): (&Application, &Edition, &Rubric),
    reader: Reader,
    nav: &Nav,
) -> Result<ApplicationView, DbErr> {
    let a = application;
    let documents = db::attachments::of_submission(db, submission_id)
        .await?
        .into_iter()
        .map(|d| DocumentView {
            href: match reader {
                Reader::Secretariat => {
                    uri!(super::applicant::attachments::download_attachment(d.id)).to_string()
                }
                Reader::Juror { assignment_id } => {
                    uri!(super::applicant::attachments::download_assigned_attachment(
                        assignment_id,
                        d.id
                    ))
                    .to_string()
                }
            },
            size: crate::domain::attachment::size_label(d.size_bytes),
            name: d.file_name,
        })
        .collect();
    let contact = match reader {
        Reader::Juror { .. } => None,
        Reader::Secretariat => {
            let record = db::applications::find(db, submission_id).await?;
            match record {
                Some(record) => db::users::find(db, record.applicant_id)
                    .await?
                    .map(|account| ContactView {
                        name: account.name,
                        email: account.email,
                    }),
                None => None,
            }
        }
    };
    let declaration = match reader {
        Reader::Secretariat => nav.t2(
            "view-signed-by",
            "name",
            &a.declaration_name,
            "role",
            &a.declaration_role,
        ),
        Reader::Juror { .. } => nav.t_with("view-signed-by-role", "role", &a.declaration_role),
    };
    let start = i18n::date(nav.lang, a.start_date);
    let dates = match a.end_date {
        Some(end) => nav.t2(
            "view-dates",
            "start",
            start,
            "end",
            i18n::date(nav.lang, end),
        ),
        None => nav.t_with("view-dates-ongoing", "start", start),
    };
    Ok(ApplicationView {
        title: a.title.clone(),
        summary: a.summary.clone(),
        dates,
        language: nav.language_name(&a.language),
        language_code: a.language.clone(),
        category: a.category.as_ref().map(|code| {
            edition
                .categories
                .iter()
                .find(|(c, _)| c == code)
                .map_or_else(
                    || code.clone(),
                    |(_, name)| {
                        edition
                            .texts
                            .category(code, name, nav.lang.code())
                            .to_owned()
                    },
                )
        }),
        lead: party(nav, &a.lead),
        partners: a.partners.iter().map(|p| party(nav, p)).collect(),
        budget: nav.euros(a.budget_total_cents),
        funding: a
            .funding
            .iter()
            .map(|(source, cents, eu)| FundingView {
                source: source.clone(),
                amount: nav.euros(*cents),
                eu: *eu,
            })
            .collect(),
        beneficiaries: nav.number(a.beneficiaries),
        primary_goal: goal(nav, a.primary_sdg),
        secondary_goals: a.secondary_sdgs.iter().map(|g| goal(nav, *g)).collect(),
        targets: a.sdg_targets.iter().map(|code| target(nav, code)).collect(),
        answers: rubric
            .criteria
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    a.answers.get(&c.key).cloned().unwrap_or_default(),
                )
            })
            .collect(),
        lessons_learned: a.lessons_learned.clone(),
        links: a.links.clone(),
        documents,
        declaration,
        media_consent: (reader == Reader::Secretariat).then(|| {
            if a.media_consent {
                nav.t("typed-yes")
            } else {
                nav.t("view-no")
            }
        }),
        contact,
    })
}
