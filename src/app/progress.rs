//! How far an edition's jury has come: per submission and per juror, the scorecards submitted
//! out of those assigned (suspended ones included, as the progress board shows them).

use std::collections::BTreeMap;

use sea_orm::DatabaseConnection;

use crate::db;
use crate::error::{AppError, AppResult};

/// One submission's or one juror's progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The submission's or the juror's id.
    pub id: i32,
    /// Its title or their name.
    pub name: String,
    /// Scorecards submitted.
    pub done: usize,
    /// Scorecards assigned.
    pub assigned: usize,
}

/// An edition's progress, each side in id order.
pub struct Progress {
    /// Per submission.
    pub submissions: Vec<Line>,
    /// Per juror.
    pub jurors: Vec<Line>,
}

/// The progress of edition `id`; "not found" if there is no such edition.
pub async fn of_edition(db: &DatabaseConnection, id: i32) -> AppResult<Progress> {
    db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut submissions: BTreeMap<i32, Line> = BTreeMap::new();
    let mut jurors: BTreeMap<i32, Line> = BTreeMap::new();
    for row in db::assignments::list(db, id).await? {
        let done = usize::from(row.status.is_submitted());
        for (map, key, name) in [
            (&mut submissions, row.submission_id, &row.title),
            (&mut jurors, row.juror_id, &row.juror),
        ] {
            let line = map.entry(key).or_insert_with(|| Line {
                id: key,
                name: name.clone(),
                done: 0,
                assigned: 0,
            });
            line.done += done;
            line.assigned += 1;
        }
    }
    Ok(Progress {
        submissions: submissions.into_values().collect(),
        jurors: jurors.into_values().collect(),
    })
}
