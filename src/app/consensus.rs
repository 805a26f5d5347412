//! Where an edition's consensus stands: for each eligible submission, the jury's agreed score
//! per criterion recorded so far (with any dissent), and whether every criterion has one.

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
    let (rubric, _) = db::rubrics::load(db, edition.rubric_id).await?;
    let mut submissions = db::assignments::eligible_submissions(db, id).await?;
    submissions.sort_by_key(|s| s.id);
    let mut state = Vec::with_capacity(submissions.len());
    for submission in submissions {
        let mut recorded = db::consensus::recorded(db, submission.id).await?;
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
