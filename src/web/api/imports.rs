//! Importing submissions from a CSV file through the API, for the secretariat: the request body
//! is the file, checked as the import page checks it (all rows or none).

use std::collections::BTreeMap;

use rocket::data::{Data, ToByteUnit};
use rocket::serde::json::Json;
use rocket::{State, post};
use serde::Serialize;
use utoipa::ToSchema;

use super::attachments::FileBytes;
use super::caller::ApiSecretariat;
use crate::app::imports;
use crate::clock::Clock;
use crate::domain::message::{Arg, Message};
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// The largest file accepted.
const MAX_IMPORT_MIB: u64 = 32;

/// What the import did.
#[derive(Serialize, ToSchema)]
pub struct Imported {
    /// Applications imported and submitted.
    imported: usize,
}

/// The problems of a refused file by where they are: `line N` for a row, `file` for the file.
fn by_place(problems: &[Message]) -> BTreeMap<String, Message> {
    let mut fields: BTreeMap<String, Message> = BTreeMap::new();
    for message in problems {
        let line = message.args.iter().find_map(|(name, value)| match value {
            Arg::Number(line) if name == "line" && message.id == "import-line" => Some(*line),
            _ => None,
        });
        let place = line.map_or_else(|| "file".to_owned(), |line| format!("line {line}"));
        let problem = match fields.remove(&place) {
            Some(before) => Message::new("problem-then")
                .message("first", before)
                .message("then", message.clone()),
            None => message.clone(),
        };
        fields.insert(place, problem);
    }
    fields
}

/// Imports the CSV file in the body (UTF-8, the columns of the import page, at most 32 MiB)
/// into the edition as submitted applications (audited), or nothing: a refused file answers 422
/// with every problem under `fields`, by `line N` or `file`.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body(content = FileBytes, content_type = "text/csv", description = "The CSV file"),
    responses((status = 200, body = Imported), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/import", data = "<file>")]
pub async fn import_submissions(
    id: i32,
    me: ApiSecretariat,
    file: Data<'_>,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<Imported>> {
    let read = file
        .open(MAX_IMPORT_MIB.mebibytes())
        .into_bytes()
        .await
        .map_err(|e| AppError::Internal(format!("reading an import: {e}")))?;
    if !read.is_complete() {
        let problem = Message::new("api-problem-import-size").number("max", MAX_IMPORT_MIB);
        return Err(AppError::invalid("file", problem));
    }
    match imports::import(db.inner(), id, Some(read.as_slice()), me.0.id, clock.now()).await? {
        Ok(imported) => Ok(Json(Imported { imported })),
        Err(problems) => Err(AppError::Invalid(by_place(&problems))),
    }
}
