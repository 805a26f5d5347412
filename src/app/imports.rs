//! Importing submissions from a CSV file made by another form tool, for the secretariat: the
//! same validation as the online form, every bad row reported with its line, all rows or none.
//! The page and the API both go through here.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::imports::ImportError;
use crate::domain::application::{REQUIRED_COLUMNS, ValidationContext, parse_import};
use crate::domain::edition::Edition;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};

/// Edition `id` and what its rows are checked against; "not found" when there is none.
pub async fn context(
    db: &DatabaseConnection,
    id: i32,
    now: DateTime<Utc>,
) -> AppResult<(Edition, ValidationContext)> {
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (rubric, _) = db::rubrics::load(db, edition.rubric_id).await?;
    let ctx = ValidationContext {
        criteria: rubric
            .criteria
            .iter()
            .map(|c| (c.key.clone(), c.name.clone()))
            .collect(),
        languages: edition.languages.clone(),
        categories: edition
            .categories
            .iter()
            .map(|(code, _)| code.clone())
            .collect(),
        current_year: now.format("%Y").to_string().parse().unwrap_or(2026),
    };
    Ok((edition, ctx))
}

/// The columns a file must have, in order.
pub fn columns(ctx: &ValidationContext) -> Vec<String> {
    let mut columns: Vec<String> = REQUIRED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    columns.extend(ctx.criteria.iter().map(|(key, _)| format!("answer_{key}")));
    columns
}

/// Imports the file's rows into edition `id` as submitted applications (audited): how many, or
/// every problem found (`line N: …` for a row, `File: …` for the file) with nothing imported.
pub async fn import(
    db: &DatabaseConnection,
    id: i32,
    file: Option<&[u8]>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<usize, Vec<Message>>> {
    let (edition, ctx) = context(db, id, now).await?;
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        return Ok(Err(vec![Message::new("import-no-file")]));
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(Err(vec![Message::new("import-not-utf8")]));
    };
    let rows = match parse_import(text, &ctx) {
        Ok(rows) => rows,
        Err(problems) => return Ok(Err(problems)),
    };
    match db::imports::import_applications(db, &edition, &ctx, &rows, actor_id, now).await {
        Ok(count) => Ok(Ok(count)),
        Err(ImportError::Refused(problems)) => Ok(Err(problems)),
        Err(ImportError::Db(e)) => Err(e.into()),
    }
}
