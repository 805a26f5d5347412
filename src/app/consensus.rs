//! The consensus: who records it (the rapporteur or the chair, never a conflicted juror), the
//! recording itself, and where an edition's consensus stands (for each eligible submission, the
//! agreed score per criterion recorded so far, with any dissent).

use sea_orm::DatabaseConnection;

use crate::db;
use crate::domain::rubric::HalfPoints;
use crate::error::{AppError, AppResult};

/// One criterion's consensus.
pub struct CriterionConsensus {
    /// The criterion's key.
    pub key: String,
    /// The agreed score and its comment, once recorded.
    pub recorded: Option<(HalfPoints, String)>,
    /// A juror's dissent, in words (empty when none).
    pub dissent: String,
}

/// One submission's consensus.
pub struct SubmissionConsensus {
    /// Submission id.
    pub submission_id: i32,
    /// Its title.
    pub title: String,
    /// Per criterion, in rubric order.
    pub criteria: Vec<CriterionConsensus>,
}

impl SubmissionConsensus {
    /// Whether every criterion has an agreed score.
    pub fn complete(&self) -> bool {
        self.criteria.iter().all(|c| c.recorded.is_some())
    }
}

/// The consensus of edition `id`, eligible submissions in id order.
pub async fn of_edition(db: &DatabaseConnection, id: i32) -> AppResult<Vec<SubmissionConsensus>> {
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = db::rounds::current(db, id).await?;
    let (rubric, _) = db::rounds::rubric_of(db, &round, edition.rubric_id).await?;
    let round_id = round.id;
    let mut submissions = db::assignments::eligible_submissions(db, id).await?;
    submissions.sort_by_key(|s| s.id);
    let mut state = Vec::with_capacity(submissions.len());
    for submission in submissions {
        let mut recorded = db::consensus::recorded(db, round_id, submission.id).await?;
        let criteria = rubric
            .criteria
            .iter()
            .map(|c| {
                let entry = recorded.remove(&c.key);
                CriterionConsensus {
                    key: c.key.clone(),
                    dissent: entry.as_ref().map(|e| e.2.clone()).unwrap_or_default(),
                    recorded: entry.map(|(score, comment, _)| (score, comment)),
                }
            })
            .collect();
        state.push(SubmissionConsensus {
            submission_id: submission.id,
            title: submission.title,
            criteria,
        });
    }
    Ok(state)
}

/// What the rapporteur or the chair records a submission's consensus against.
pub struct Recorder {
    /// The edition's rubric.
    pub rubric: crate::domain::rubric::Rubric,
    /// The submission's title.
    pub title: String,
    /// The edition's phase.
    pub status: crate::domain::edition::EditionStatus,
    /// The round whose consensus is recorded: the edition's current round.
    pub round_id: i32,
}

/// The submission `sid` as its jury's rapporteur or chair `juror_id` records its consensus; for
/// anyone else, a conflicted juror, or a submission that is not submitted: "not found". The
/// phase is the caller's to show.
pub async fn for_recorder(db: &DatabaseConnection, sid: i32, juror_id: i32) -> AppResult<Recorder> {
    use crate::domain::application::SubmissionStatus;
    let record = db::applications::find(db, sid)
        .await?
        .ok_or(AppError::NotFound)?;
    db::jury::membership(db, record.edition_id, juror_id)
        .await?
        .filter(|m| m.role.records_consensus())
        .ok_or(AppError::NotFound)?;
    let conflicted = db::conflicts::excludes_pair(db, sid, juror_id).await?;
    if conflicted || record.status != SubmissionStatus::Submitted {
        return Err(AppError::NotFound);
    }
    let edition = db::editions::find(db, record.edition_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = db::rounds::current(db, edition.id).await?;
    if !round.consensus {
        let message = crate::domain::message::Message::new("consensus-refused-no-step")
            .message("round", round.title());
        return Err(AppError::conflict(
            crate::error::Refusal::ConsensusClosed,
            message,
        ));
    }
    let (rubric, _) = db::rounds::rubric_of(db, &round, edition.rubric_id).await?;
    Ok(Recorder {
        rubric,
        title: record.draft.title,
        status: edition.status,
        round_id: round.id,
    })
}

/// The refusal of a consensus in an edition at `status`: not open yet (409
/// `consensus_not_open`) or not any more (409 `consensus_closed`).
pub fn closed(status: crate::domain::edition::EditionStatus) -> AppError {
    super::phases::Gate::Consensus
        .closed_in(status)
        .unwrap_or_else(|| AppError::Conflict {
            code: crate::error::Refusal::ConsensusClosed,
            message: crate::domain::message::Message::new("consensus-refused-closed")
                .message("phase", status.name()),
        })
}

/// Why a consensus was not recorded. Nothing was written.
#[derive(Debug)]
pub enum ConsensusRefused {
    /// The edition is not in the consensus phase (any more): its phase.
    Closed(crate::domain::edition::EditionStatus),
    /// Problems keyed `score-KEY`, `comment-KEY` or `dissent-KEY`.
    Invalid(std::collections::BTreeMap<String, crate::domain::message::Message>),
    /// Changed since the version the writer read: what is recorded now.
    Stale(std::collections::BTreeMap<String, db::consensus::Recorded>),
}

/// Records the consensus of submission `sid` as typed (every criterion, replacing earlier
/// values, in one transaction under the edition's lock); with `expected_version`, only if the
/// recorded consensus is still at that version (see `domain::consensus::version`).
pub async fn record(
    db: &DatabaseConnection,
    sid: i32,
    recorder: &Recorder,
    typed: &std::collections::BTreeMap<String, crate::domain::consensus::TypedConsensus>,
    expected_version: Option<i64>,
    juror_id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Result<(), ConsensusRefused>> {
    use crate::db::consensus::RecordError;
    use crate::domain::edition::EditionStatus;
    let checked = crate::domain::consensus::check_consensus(&recorder.rubric, typed);
    if recorder.status != EditionStatus::Consensus {
        return Ok(Err(ConsensusRefused::Closed(recorder.status)));
    }
    let entries = match checked {
        Ok(entries) => entries,
        Err(problems) => return Ok(Err(ConsensusRefused::Invalid(problems))),
    };
    match db::consensus::record(db, sid, &entries, expected_version, juror_id, now).await {
        Ok(()) => Ok(Ok(())),
        Err(RecordError::Closed(status)) => Ok(Err(ConsensusRefused::Closed(status))),
        Err(RecordError::Stale(current)) => Ok(Err(ConsensusRefused::Stale(current))),
        Err(RecordError::Db(e)) => Err(e.into()),
    }
}
