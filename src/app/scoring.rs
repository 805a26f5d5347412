//! A juror's scorecard: opening it (only one's own, never while a conflict suspends it) and saving
//! or submitting it (the phase, the rubric's rules, a stale version and a lock all refuse). The
//! pages and the API both go through here.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::scores::{Entry, ScoreError, Scorecard};
use crate::domain::edition::{Edition, EditionStatus};
use crate::domain::message::Message;
use crate::domain::peer_scores::scoring_open;
use crate::domain::rubric::Rubric;
use crate::domain::scoring::{ScorecardStatus, check, parse_score};
use crate::error::{AppError, AppResult};

/// An open scorecard with what it is scored against.
pub struct Card {
    /// The scorecard as stored.
    pub card: Scorecard,
    /// The edition's rubric.
    pub rubric: Rubric,
    /// The edition.
    pub edition: Edition,
    /// Its round has ended (its shortlist adopted): the scorecard no longer changes.
    pub round_closed: bool,
}

impl Card {
    /// Where the scorecard stands.
    pub fn status(&self) -> ScorecardStatus {
        self.card.status()
    }

    /// Why the scorecard cannot change now, if it cannot: its round has ended, or the edition's
    /// phase.
    pub fn closed(&self) -> Option<Message> {
        if self.round_closed {
            return Some(round_closed());
        }
        (!scoring_open(self.edition.status, self.card.assignment.revision))
            .then(|| phase_closed(self.edition.status))
    }
}

fn round_closed() -> Message {
    Message::new("scoring-round-closed")
}

fn phase_closed(phase: EditionStatus) -> Message {
    Message::new("scoring-closed").message("phase", phase.name())
}

/// What opening a scorecard gives.
pub enum Access {
    /// The scorecard.
    Open(Box<Card>),
    /// Suspended by a conflict of interest: only the rubric (the application stays hidden).
    Suspended(Rubric),
}

/// The scorecard of assignment `assignment_id` with its application, edition and rubric.
async fn load(
    db: &DatabaseConnection,
    assignment_id: i32,
) -> AppResult<(
    Scorecard,
    db::applications::ApplicationRecord,
    Edition,
    Rubric,
)> {
    let card = db::scores::load(db, assignment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = db::applications::find(db, card.assignment.submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let edition = db::editions::find(db, record.edition_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rubric_id = match card.assignment.round_id {
        Some(round_id) => db::rounds::find(db, round_id)
            .await?
            .map_or(edition.rubric_id, |r| r.rubric_id_or(edition.rubric_id)),
        None => edition.rubric_id,
    };
    let (rubric, _) = db::rubrics::load(db, rubric_id).await?;
    Ok((card, record, edition, rubric))
}

/// Opens the scorecard of assignment `assignment_id` for `juror_id`: not found unless it is theirs.
pub async fn open(db: &DatabaseConnection, assignment_id: i32, juror_id: i32) -> AppResult<Access> {
    let (card, _, edition, rubric) = load(db, assignment_id).await?;
    if card.assignment.juror_id != juror_id {
        return Err(AppError::NotFound);
    }
    let submission_id = card.assignment.submission_id;
    let round_closed = match card.assignment.round_id {
        Some(round_id) => db::rounds::find(db, round_id)
            .await?
            .is_some_and(|r| r.closed_at.is_some()),
        None => false,
    };
    if card.assignment.suspended
        || db::conflicts::excludes_pair(db, submission_id, juror_id).await?
    {
        return Ok(Access::Suspended(rubric));
    }
    Ok(Access::Open(Box::new(Card {
        card,
        rubric,
        edition,
        round_closed,
    })))
}

/// A scorecard as typed: scores as text ("3.5", "3,5" or empty), comments, the overall comment.
#[derive(Clone, Debug, Default)]
pub struct Typed {
    /// Per criterion key, the score as typed; a key left out is left unchanged.
    pub scores: BTreeMap<String, String>,
    /// Per criterion key, the comment; a key left out is left unchanged.
    pub comments: BTreeMap<String, String>,
    /// The overall comment.
    pub overall: String,
}

impl Typed {
    /// The comment of a criterion, with line breaks normalised.
    pub fn comment(&self, key: &str) -> String {
        self.comments
            .get(key)
            .cloned()
            .unwrap_or_default()
            .replace("\r\n", "\n")
    }

    /// The score of a criterion as typed.
    pub fn score(&self, key: &str) -> String {
        self.scores.get(key).cloned().unwrap_or_default()
    }
}

/// Why a save was refused. Nothing was written.
pub enum Refused {
    /// Scoring is closed: why (the edition's phase, or the round has ended).
    Closed(Message),
    /// Problems by field id (`score-<key>`, `comment-<key>`, `overall`).
    Invalid(BTreeMap<String, Message>),
    /// Saved elsewhere since this version was read: the current scorecard.
    Stale(Box<Scorecard>),
    /// Submitted meanwhile, and locked.
    Locked,
    /// A conflict of interest suspends it now.
    Suspended,
}

impl Refused {
    /// For people.
    pub fn message(&self) -> Message {
        match self {
            Refused::Closed(why) => why.clone(),
            Refused::Invalid(_) => Message::new("scoring-invalid"),
            Refused::Stale(_) => Message::new("scoring-stale"),
            Refused::Locked => Message::new("scoring-locked"),
            Refused::Suspended => Message::new("scoring-suspended"),
        }
    }
}

/// Saves a draft of an open scorecard (or submits and locks it), if `stamp` is still its version.
pub async fn save(
    db: &DatabaseConnection,
    card: &Card,
    stamp: i64,
    typed: &Typed,
    submit: bool,
    now: DateTime<Utc>,
) -> AppResult<Result<(), Refused>> {
    if let Some(why) = card.closed() {
        return Ok(Err(Refused::Closed(why)));
    }
    let mut parsed = BTreeMap::new();
    let mut problems = BTreeMap::new();
    for criterion in &card.rubric.criteria {
        match parse_score(&typed.score(&criterion.key)) {
            Ok(value) => {
                parsed.insert(
                    criterion.key.clone(),
                    (value, typed.comment(&criterion.key)),
                );
            }
            Err(p) => {
                let problem = Message::new("scorecard-criterion-problem")
                    .text("name", &criterion.name)
                    .message("problem", p);
                problems.insert(format!("score-{}", criterion.key), problem);
            }
        }
    }
    problems.extend(check(&card.rubric, &parsed, &typed.overall, submit));
    if !problems.is_empty() {
        return Ok(Err(Refused::Invalid(problems)));
    }
    let entries: Vec<Entry> = parsed
        .into_iter()
        .filter(|(key, _)| typed.scores.contains_key(key) || typed.comments.contains_key(key))
        .map(|(key, (score, comment))| Entry {
            key,
            half_points: score.and_then(|s| i16::try_from(s.0).ok()),
            comment,
        })
        .collect();
    let id = card.card.assignment.id;
    match db::scores::save(db, id, stamp, &entries, typed.overall.trim(), submit, now).await {
        Ok(()) => Ok(Ok(())),
        Err(ScoreError::Stale(current)) => Ok(Err(Refused::Stale(current))),
        Err(ScoreError::Closed(phase)) => Ok(Err(Refused::Closed(phase_closed(phase)))),
        Err(ScoreError::RoundClosed) => Ok(Err(Refused::Closed(round_closed()))),
        Err(ScoreError::Suspended) => Ok(Err(Refused::Suspended)),
        Err(ScoreError::Locked) => Ok(Err(Refused::Locked)),
        Err(ScoreError::Db(e)) => Err(e.into()),
    }
}

/// A submitted application with its documents (what a juror reads to score it).
pub struct Submitted {
    /// The submission.
    pub submission_id: i32,
    /// The application as submitted.
    pub application: crate::domain::application::Application,
    /// Its documents.
    pub documents: Vec<db::attachments::Attachment>,
}

fn suspended() -> AppError {
    AppError::conflict(
        crate::error::Refusal::ScorecardSuspended,
        Refused::Suspended.message(),
    )
}

/// The application of assignment `assignment_id` for its juror `juror_id`, as submitted, with
/// its documents: "not found" unless the assignment is theirs, 409 `scorecard_suspended` while a
/// conflict of interest keeps them away from it.
pub async fn assigned_application(
    db: &DatabaseConnection,
    assignment_id: i32,
    juror_id: i32,
) -> AppResult<Submitted> {
    let Access::Open(card) = open(db, assignment_id, juror_id).await? else {
        return Err(suspended());
    };
    let submission_id = card.card.assignment.submission_id;
    let application = db::applications::latest_snapshot(db, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let documents = db::attachments::of_submission(db, submission_id).await?;
    Ok(Submitted {
        submission_id,
        application,
        documents,
    })
}

/// Document `document_id` of the application of assignment `assignment_id`, for its juror only,
/// under the same rules as [`assigned_application`].
pub async fn assigned_document(
    db: &DatabaseConnection,
    assignment_id: i32,
    document_id: i32,
    juror_id: i32,
) -> AppResult<db::attachments::Attachment> {
    let Access::Open(card) = open(db, assignment_id, juror_id).await? else {
        return Err(suspended());
    };
    db::attachments::find(db, document_id)
        .await?
        .filter(|a| a.submission_id == card.card.assignment.submission_id)
        .ok_or(AppError::NotFound)
}

/// A scorecard as the secretariat reads it: any assignment, with the juror's name, whatever the
/// conflicts (the secretariat sees everything).
pub struct Reading {
    /// The scorecard as stored.
    pub card: Scorecard,
    /// The edition's rubric.
    pub rubric: Rubric,
    /// The edition.
    pub edition: Edition,
    /// The application's title.
    pub title: String,
    /// The juror's name.
    pub juror: String,
}

/// The scorecard of assignment `assignment_id` for the secretariat.
pub async fn read(db: &DatabaseConnection, assignment_id: i32) -> AppResult<Reading> {
    let (card, record, edition, rubric) = load(db, assignment_id).await?;
    let juror = db::users::find(db, card.assignment.juror_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    Ok(Reading {
        card,
        rubric,
        edition,
        title: record.draft.title,
        juror,
    })
}
