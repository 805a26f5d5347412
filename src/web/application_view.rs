//! One submitted application as its readers see it, shared by the secretariat's submission page
//! and the juror's scorecard (template `application_view.html`): every section, the budget and
//! its funding, the SDGs and targets, the partners with their countries, the links and the
//! documents with their sizes. The juror evaluates the whole application but never sees the
//! applicant's contact details: not the account's name or email, not the signatory's name,
//! not the media consent. The rubric needs none of them (the organisations, their countries and
//! the signatory's function are what the criteria and the conflict screen use).

use rocket::uri;
use sea_orm::{ConnectionTrait, DbErr};

use crate::db;
use crate::domain::application::{Application, PARTNER_ROLES, organisation_kind_label};
use crate::domain::edition::{Edition, language_name};
use crate::domain::rubric::Rubric;
use crate::domain::sdg;
use crate::web::format::euros;

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
    /// Language, in words.
    pub language: String,
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
    /// Estimated beneficiaries.
    pub beneficiaries: i64,
    /// Primary SDG, `11. Sustainable Cities and Communities`.
    pub primary_goal: String,
    /// Secondary SDGs.
    pub secondary_goals: Vec<String>,
    /// SDG targets (`11.3`).
    pub targets: Vec<String>,
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
    /// Consent to publish, `yes` or `no` (the secretariat only).
    pub media_consent: Option<&'static str>,
    /// Contact details (the secretariat only).
    pub contact: Option<ContactView>,
}

fn goal(g: u8) -> String {
    format!("{g}. {}", sdg::goal_name(g).unwrap_or(""))
}

fn party(p: &crate::domain::application::Partner) -> PartyView {
    PartyView {
        name: p.name.clone(),
        kind: organisation_kind_label(&p.kind).to_owned(),
        country: crate::domain::countries::name_or_code(&p.country),
        role: PARTNER_ROLES
            .iter()
            .find(|(r, _)| *r == p.role)
            .map_or_else(
                || p.role.replace('_', " "),
                |(_, label)| (*label).to_owned(),
            ),
        since: p.since_year,
    }
}

/// The view of `application` (the latest submitted version of submission `submission_id`) for
/// `reader`.
pub async fn load(
    db: &impl ConnectionTrait,
    submission_id: i32,
    application: &Application,
    edition: &Edition,
    rubric: &Rubric,
    reader: Reader,
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
        Reader::Secretariat => format!("Signed by {}, {}.", a.declaration_name, a.declaration_role),
        Reader::Juror { .. } => format!(
            "The declaration of honour is signed by the applicant's {}.",
            a.declaration_role
        ),
    };
    Ok(ApplicationView {
        title: a.title.clone(),
        summary: a.summary.clone(),
        dates: format!(
            "{} – {}",
            a.start_date,
            a.end_date
                .map_or_else(|| "ongoing".to_owned(), |end| end.to_string())
        ),
        language: language_name(&a.language).to_owned(),
        category: a.category.as_ref().map(|code| {
            edition
                .categories
                .iter()
                .find(|(c, _)| c == code)
                .map_or_else(|| code.clone(), |(_, name)| name.clone())
        }),
        lead: party(&a.lead),
        partners: a.partners.iter().map(party).collect(),
        budget: euros(a.budget_total_cents),
        funding: a
            .funding
            .iter()
            .map(|(source, cents, eu)| FundingView {
                source: source.clone(),
                amount: euros(*cents),
                eu: *eu,
            })
            .collect(),
        beneficiaries: a.beneficiaries,
        primary_goal: goal(a.primary_sdg),
        secondary_goals: a.secondary_sdgs.iter().copied().map(goal).collect(),
        targets: a.sdg_targets.clone(),
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
        media_consent: (reader == Reader::Secretariat).then_some(if a.media_consent {
            "yes"
        } else {
            "no"
        }),
        contact,
    })
}
