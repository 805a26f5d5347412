//! An applicant's own application: loading it (only its owner's), saving a section, and
//! submitting or withdrawing it while the call is open. The pages and the API both go through here.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::applications::{ApplicationRecord, SaveError};
use crate::domain::account::Account;
use crate::domain::application::{Draft, Problem, Section, ValidationContext, validate};
use crate::domain::edition::{Edition, accepts_submissions};
use crate::domain::message::Message;
use crate::domain::rubric::Rubric;
use crate::domain::time;
use crate::error::{AppError, AppResult};
use crate::i18n::msg;
use crate::mail::MailSetup;

/// One application with everything around it.
pub struct Loaded {
    /// The application.
    pub record: ApplicationRecord,
    /// Its edition.
    pub edition: Edition,
    /// The edition's rubric snapshot, in the owner's language.
    pub rubric: Rubric,
}

impl Loaded {
    /// Loads an application of `owner`; someone else's is "not found" (never "forbidden",
    /// which would confirm that it exists).
    pub async fn of_owner(db: &DatabaseConnection, id: i32, owner: &Account) -> AppResult<Loaded> {
        let record = db::applications::find(db, id)
            .await?
            .filter(|r| r.applicant_id == owner.id)
            .ok_or(AppError::NotFound)?;
        let edition = db::editions::find(db, record.edition_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (rubric, _) = db::rubrics::load(db, edition.rubric_id).await?;
        Ok(Loaded {
            record,
            edition,
            // The owner reads the criteria, and the problems naming them, in their language.
            rubric: rubric.in_language(owner.language.code()),
        })
    }

    /// The rules the draft is validated against.
    pub fn validation_context(&self, now: DateTime<Utc>) -> ValidationContext {
        ValidationContext {
            criteria: self
                .rubric
                .criteria
                .iter()
                .map(|c| (c.key.clone(), c.name.clone()))
                .collect(),
            languages: self.edition.languages.clone(),
            categories: self
                .edition
                .categories
                .iter()
                .map(|(code, _)| code.clone())
                .collect(),
            current_year: now.format("%Y").to_string().parse().unwrap_or(2026),
        }
    }

    /// Whether the call accepts a submission now; the error says why not.
    pub fn open_now(&self, now: DateTime<Utc>) -> Result<(), Message> {
        accepts_submissions(
            self.edition.status,
            self.edition.opens_at,
            self.edition.closes_at,
            &self.edition.time_zone,
            now,
        )
    }

    /// The deadline seen at `now`, in the edition's time zone and, when different, in the
    /// applicant's.
    pub fn deadline_text(&self, applicant_zone: &str, now: DateTime<Utc>) -> Message {
        let (closes, zone) = (self.edition.closes_at, &self.edition.time_zone);
        let past = time::Tense::of(closes, now) == time::Tense::Past;
        let same_zone = time::zone_name(zone) == time::zone_name(applicant_zone);
        let id = match (past, same_zone) {
            (false, true) => msg("deadline-closes"),
            (false, false) => msg("deadline-closes-yours"),
            (true, true) => msg("deadline-closed"),
            (true, false) => msg("deadline-closed-yours"),
        };
        Message::new(id)
            .instant("deadline", closes, zone)
            .text("zone", time::zone_name(zone))
            .instant("yours", closes, applicant_zone)
    }
}

/// Why a submission or a withdrawal was refused. Nothing was written; the draft is kept.
#[derive(Debug)]
pub enum Refused {
    /// The call does not accept submissions now: why.
    Closed(Message),
    /// The draft is incomplete or invalid, field by field.
    Invalid(Vec<Problem>),
    /// The draft changed since `version` was read.
    Stale,
    /// Not in a state that allows it: why.
    WrongState(Message),
    /// The submitter's email address is not confirmed yet: the address.
    Unconfirmed(String),
}

/// Submits the draft (validated against the edition's rules, the eligibility rules evaluated),
/// if it is still at `version` and the call is open.
pub async fn submit(
    db: &DatabaseConnection,
    (own, version): (&Loaded, i32),
    actor: &Account,
    mail: &MailSetup,
    now: DateTime<Utc>,
) -> AppResult<Result<(), Refused>> {
    if let Err(why) = own.open_now(now) {
        return Ok(Err(Refused::Closed(why)));
    }
    if mail.enabled() && !actor.email_confirmed {
        return Ok(Err(Refused::Unconfirmed(actor.email.clone())));
    }
    let actor_id = actor.id;
    let application = match validate(&own.record.draft, &own.validation_context(now)) {
        Ok(application) => application,
        Err(problems) => return Ok(Err(Refused::Invalid(problems))),
    };
    let rules = db::screening::evaluate_rules(db, &own.edition, &application, now).await?;
    let id = own.record.id;
    let action = "application.submitted";
    let fingerprint = super::notifications::fingerprint(&application)?;
    let receipt = super::notifications::receipt(
        db,
        mail,
        (&own.edition, id),
        actor,
        (&application.title, &fingerprint),
        now,
    )
    .await?;
    let done = db::applications::submit(
        db,
        (id, version),
        (&application, &rules),
        (actor_id, action),
        receipt.as_ref(),
        now,
    );
    match done.await {
        Ok(()) => Ok(Ok(())),
        Err(SaveError::Stale(_)) => Ok(Err(Refused::Stale)),
        Err(SaveError::NotEditable(why)) => Ok(Err(Refused::WrongState(why))),
        Err(SaveError::Db(e)) => Err(e.into()),
    }
}

/// Withdraws a submitted application back to a draft while the call is open.
pub async fn withdraw(
    db: &DatabaseConnection,
    own: &Loaded,
    actor: &Account,
    mail: &MailSetup,
    now: DateTime<Utc>,
) -> AppResult<Result<(), Refused>> {
    if let Err(why) = own.open_now(now) {
        return Ok(Err(Refused::Closed(why)));
    }
    let id = own.record.id;
    let title = own.record.draft.title.trim();
    let notice =
        super::notifications::withdrawal(db, mail, (&own.edition, id), actor, title, now).await?;
    match db::applications::withdraw(db, id, actor.id, notice.as_ref(), now).await {
        Ok(()) => Ok(Ok(())),
        Err(SaveError::Stale(_)) => Ok(Err(Refused::Stale)),
        Err(SaveError::NotEditable(why)) => Ok(Err(Refused::WrongState(why))),
        Err(SaveError::Db(e)) => Err(e.into()),
    }
}

/// Why a section save was refused. Nothing was written.
#[derive(Debug)]
pub enum SectionRefused {
    /// The section changed since it was read: the application as it is now.
    Stale(Box<ApplicationRecord>),
    /// The application cannot be edited now: why.
    NotEditable(Message),
}

/// Saves one section of a draft (partial data welcome) if that section still has `stamp`
/// (see `Draft::section_stamp`); answers to questions the rubric no longer asks are dropped.
/// Returns the new version.
pub async fn save_section(
    db: &DatabaseConnection,
    own: &Loaded,
    section: Section,
    stamp: &str,
    edit: impl FnOnce(&mut Draft),
    now: DateTime<Utc>,
) -> AppResult<Result<i32, SectionRefused>> {
    let keys: Vec<&str> = own.rubric.criteria.iter().map(|c| c.key.as_str()).collect();
    let edit = |draft: &mut Draft| {
        edit(draft);
        draft.answers.retain(|key, _| keys.contains(&key.as_str()));
    };
    match db::applications::save_section(db, own.record.id, section, stamp, edit, now).await {
        Ok(version) => Ok(Ok(version)),
        Err(SaveError::Stale(current)) => Ok(Err(SectionRefused::Stale(current))),
        Err(SaveError::NotEditable(why)) => Ok(Err(SectionRefused::NotEditable(why))),
        Err(SaveError::Db(e)) => Err(e.into()),
    }
}

/// The calls that accept applications now, as the editions are listed.
pub async fn open_calls(db: &DatabaseConnection, now: DateTime<Utc>) -> AppResult<Vec<Edition>> {
    Ok(db::editions::list(db)
        .await?
        .into_iter()
        .filter(|e| {
            accepts_submissions(e.status, e.opens_at, e.closes_at, &e.time_zone, now).is_ok()
        })
        .collect())
}

/// Starts a draft application of `owner` to the call of edition `edition_id`, in the call's
/// first language; its id. "Not found" unless the edition is an open call; 409 `call_closed`
/// with why outside its dates.
pub async fn start(
    db: &DatabaseConnection,
    edition_id: i32,
    owner: &Account,
    now: DateTime<Utc>,
) -> AppResult<i32> {
    use crate::domain::edition::EditionStatus;
    let edition = db::editions::find(db, edition_id)
        .await?
        .filter(|e| e.status == EditionStatus::Open)
        .ok_or(AppError::NotFound)?;
    accepts_submissions(
        edition.status,
        edition.opens_at,
        edition.closes_at,
        &edition.time_zone,
        now,
    )
    .map_err(|why| AppError::Conflict {
        code: crate::error::Refusal::CallClosed,
        message: why,
    })?;
    let language = edition
        .languages
        .first()
        .cloned()
        .unwrap_or_else(|| "en".to_owned());
    Ok(db::applications::create_draft(db, edition_id, owner.id, &language, now).await?)
}
