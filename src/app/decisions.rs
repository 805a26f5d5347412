//! What keeps an edition from being decided: decisions recorded and confirmed by the chair, the
//! official method chosen, and every exact tie on the podium settled by a decision.

use sea_orm::{ConnectionTrait, DbErr};

use super::results::{self, Depth, ResultsError};
use crate::db;
use crate::domain::decisions::{RankedLine, unsettled_ties};

/// What still keeps the edition from being decided, in words; empty when it may be.
pub async fn blocking(
    db: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<String>, ResultsError> {
    let Some(edition) = db::editions::find(db, edition_id).await? else {
        return Err(DbErr::RecordNotFound(format!("edition {edition_id}")).into());
    };
    let mut problems = Vec::new();
    let decisions = db::decisions::list(db, edition_id).await?;
    if decisions.is_empty() {
        problems.push("No decision is recorded yet.".to_owned());
    } else {
        let confirmed = decisions
            .iter()
            .filter(|d| d.confirmed_at.is_some())
            .count();
        if confirmed < decisions.len() {
            problems.push(format!(
                "The chair has not confirmed the decisions yet ({confirmed} of {} confirmed).",
                decisions.len()
            ));
        }
    }
    let Some(official) = results::official(db, &edition, Depth::Ranking).await? else {
        problems.push(
            "The official ranking method is not chosen yet: open the results to choose it."
                .to_owned(),
        );
        return Ok(problems);
    };
    let ranking: Vec<RankedLine> = official
        .results
        .official
        .iter()
        .map(|l| RankedLine {
            submission_id: l.submission_id,
            title: l.title.clone(),
            rank: l.rank,
            tie_unresolved: l.tie_unresolved,
        })
        .collect();
    problems.extend(unsettled_ties(
        &ranking,
        &db::decisions::as_recorded(decisions),
    ));
    Ok(problems)
}
