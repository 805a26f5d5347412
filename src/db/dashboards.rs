//! The figures each role's dashboard shows, read in a handful of queries.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::entities::{assignment, conflict_declaration, edition, jury_membership, submission};
use crate::domain::edition::EditionStatus;
use crate::domain::edition_texts::EditionTexts;
use crate::domain::scoring::ScorecardStatus;

/// One of an applicant's submissions.
#[derive(Clone, Debug)]
pub struct ApplicantSubmission {
    /// Submission id.
    pub id: i32,
    /// Project title.
    pub title: String,
    /// Edition name.
    pub edition: String,
    /// Submission status, as stored.
    pub status: String,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// When it was submitted, if it was.
    pub submitted_at: Option<DateTime<Utc>>,
}

/// An edition as listed on dashboards.
#[derive(Clone, Debug)]
pub struct EditionSummary {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Its call's texts, with its name in other languages.
    pub texts: EditionTexts,
    /// Year.
    pub year: i32,
    /// Lifecycle state.
    pub status: EditionStatus,
    /// Deadline.
    pub closes_at: DateTime<Utc>,
    /// Time zone of the edition, for display.
    pub time_zone: String,
    /// Submissions that are not drafts.
    pub submitted: usize,
    /// Drafts.
    pub drafts: usize,
    /// Members of the current round's panel.
    pub jurors: usize,
    /// Assignments in the current round.
    pub assignments: usize,
    /// Assignments in the current round whose scorecard is submitted.
    pub scorecards_submitted: usize,
    /// Conflict declarations other than "none".
    pub conflicts: usize,
}

/// One assignment on a juror's dashboard.
#[derive(Clone, Debug)]
pub struct JurorAssignment {
    /// Assignment id.
    pub id: i32,
    /// Submission title.
    pub title: String,
    /// Edition name.
    pub edition: String,
    /// Scorecard state.
    pub status: ScorecardStatus,
    /// When the scorecard was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Suspended while a conflict of interest excludes the juror.
    pub suspended: bool,
    /// The round it belongs to.
    pub round_id: Option<i32>,
}

/// Every edition's name: in `language` where it has one there, else its own.
async fn edition_names(
    db: &impl ConnectionTrait,
    language: Option<&str>,
) -> Result<HashMap<i32, String>, DbErr> {
    Ok(edition::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|e| {
            let texts: EditionTexts = serde_json::from_str(&e.texts).unwrap_or_default();
            let name = match language {
                Some(language) => texts.name(&e.name, language).text.to_owned(),
                None => e.name,
            };
            (e.id, name)
        })
        .collect())
}

/// The submissions an applicant created, newest first; editions named in `language` where they
/// have a name in it (`None`: their own names).
pub async fn applicant_submissions(
    db: &impl ConnectionTrait,
    user_id: i32,
    language: Option<&str>,
) -> Result<Vec<ApplicantSubmission>, DbErr> {
    let names = edition_names(db, language).await?;
    let rows = submission::Entity::find()
        .filter(submission::Column::ApplicantUserId.eq(user_id))
        .order_by_desc(submission::Column::UpdatedAt)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|s| ApplicantSubmission {
            id: s.id,
            edition: names.get(&s.edition_id).cloned().unwrap_or_default(),
            title: s.title,
            status: s.status,
            updated_at: s.updated_at,
            submitted_at: s.submitted_at,
        })
        .collect())
}

/// Every edition with its progress figures, newest first.
pub async fn editions(db: &impl ConnectionTrait) -> Result<Vec<EditionSummary>, DbErr> {
    let editions = edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .order_by_desc(edition::Column::Id)
        .all(db)
        .await?;
    let submissions = submission::Entity::find().all(db).await?;
    let submission_edition: HashMap<i32, i32> =
        submissions.iter().map(|s| (s.id, s.edition_id)).collect();
    let current_rounds = super::rounds::current_ids(db).await?;
    let current_rounds: std::collections::HashSet<i32> = current_rounds.into_values().collect();
    let in_current_round =
        |round_id: Option<i32>| round_id.is_some_and(|r| current_rounds.contains(&r));
    let members: Vec<_> = jury_membership::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|m| in_current_round(m.round_id))
        .collect();
    let assignments: Vec<_> = assignment::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|a| in_current_round(a.round_id))
        .collect();
    let conflicts = conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::Level.ne("none"))
        .all(db)
        .await?;
    let in_edition = |submission_id: i32, edition_id: i32| {
        submission_edition.get(&submission_id) == Some(&edition_id)
    };
    editions
        .into_iter()
        .map(|e| {
            let status = e.status.parse::<EditionStatus>().map_err(DbErr::Custom)?;
            let own = submissions.iter().filter(|s| s.edition_id == e.id);
            let drafts = own.clone().filter(|s| s.status == "draft").count();
            let edition_assignments: Vec<_> = assignments
                .iter()
                .filter(|a| in_edition(a.submission_id, e.id))
                .collect();
            Ok(EditionSummary {
                id: e.id,
                texts: serde_json::from_str(&e.texts).map_err(|e| DbErr::Custom(e.to_string()))?,
                name: e.name,
                year: e.year,
                status,
                closes_at: e.closes_at,
                time_zone: e.time_zone,
                submitted: own.count() - drafts,
                drafts,
                jurors: members.iter().filter(|m| m.edition_id == e.id).count(),
                assignments: edition_assignments.iter().filter(|a| !a.suspended).count(),
                scorecards_submitted: edition_assignments
                    .iter()
                    .filter(|a| a.status == "submitted" && !a.suspended)
                    .count(),
                conflicts: conflicts
                    .iter()
                    .filter(|c| in_edition(c.submission_id, e.id))
                    .count(),
            })
        })
        .collect()
}

/// A juror's assignments, grouped by scorecard state (to do first); editions named in `language`
/// where they have a name in it (`None`: their own names).
pub async fn juror_assignments(
    db: &impl ConnectionTrait,
    juror_id: i32,
    language: Option<&str>,
) -> Result<Vec<JurorAssignment>, DbErr> {
    let names = edition_names(db, language).await?;
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::JurorId.eq(juror_id))
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = assignments.iter().map(|a| a.submission_id).collect();
    let submissions: HashMap<i32, submission::Model> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut rows = Vec::new();
    for a in assignments {
        let Some(s) = submissions.get(&a.submission_id) else {
            continue;
        };
        let status = ScorecardStatus::parse(&a.status)
            .ok_or_else(|| DbErr::Custom(format!("unknown scorecard state {:?}", a.status)))?;
        rows.push(JurorAssignment {
            id: a.id,
            title: s.title.clone(),
            edition: names.get(&s.edition_id).cloned().unwrap_or_default(),
            status,
            submitted_at: a.submitted_at,
            suspended: a.suspended,
            round_id: a.round_id,
        });
    }
    rows.sort_by_key(|row| row.status.is_submitted());
    Ok(rows)
}
