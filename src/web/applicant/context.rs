//! What the applicant's pages need about one application: the record (only its owner's), its
//! edition, the adopted rubric, and the validation context they imply.

use chrono::{DateTime, Utc};

use crate::db;
use crate::db::applications::ApplicationRecord;
use crate::domain::account::Account;
use crate::domain::application::ValidationContext;
use crate::domain::edition::{Edition, accepts_submissions};
use crate::domain::rubric::Rubric;
use crate::domain::time;
use crate::error::{AppError, AppResult};
use crate::web::session::Db;

/// One application with everything around it.
pub struct Loaded {
    /// The application.
    pub record: ApplicationRecord,
    /// Its edition.
    pub edition: Edition,
    /// The edition's rubric snapshot.
    pub rubric: Rubric,
}

impl Loaded {
    /// Loads an application of `owner`; someone else's is "not found" (never "forbidden",
    /// which would confirm that it exists).
    pub async fn of_owner(db: &Db, id: i32, owner: &Account) -> AppResult<Loaded> {
        let record = db::applications::find(db.inner(), id)
            .await?
            .filter(|r| r.applicant_id == owner.id)
            .ok_or(AppError::NotFound)?;
        let edition = db::editions::find(db.inner(), record.edition_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (rubric, _) = db::rubrics::load(db.inner(), edition.rubric_id).await?;
        Ok(Loaded {
            record,
            edition,
            rubric,
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
    pub fn open_now(&self, now: DateTime<Utc>) -> Result<(), String> {
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
    pub fn deadline_text(&self, applicant_zone: &str, now: DateTime<Utc>) -> String {
        format!(
            "The call {} {}",
            time::Tense::of(self.edition.closes_at, now).closes_closed(),
            time::in_edition_and_viewer_zone(
                self.edition.closes_at,
                &self.edition.time_zone,
                applicant_zone
            )
        )
    }
}
