//! The rubric library through the API, for the secretariat: any rubric as its rubric file, and
//! rubric files sent as the request body to add a rubric or replace one made in the browser
//! (with `If-Match`), checked as `laurel rubric check` checks them.

use std::collections::BTreeMap;

use rocket::data::{Data, ToByteUnit};
use rocket::http::Status;
use rocket::{State, get, post, put};
use serde::Serialize;
use utoipa::ToSchema;

use super::attachments::FileBytes;
use super::caller::ApiSecretariat;
use super::respond::{ApiAnswer, IfMatch, Tagged};
use crate::app::rubrics::{self, LibraryEntry, RubricRefusal};
use crate::clock::Clock;
use crate::domain::message::Message;
use crate::domain::rubric::RubricError;
use crate::error::{AppError, AppResult, Refusal};
use crate::rubric_files::RubricSet;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// The largest rubric file accepted.
const MAX_RUBRIC_KIB: u64 = 512;

/// A rubric of the library.
#[derive(Serialize, ToSchema)]
pub struct RubricBody {
    /// Its key.
    key: String,
    /// Its name, in its own language.
    name: String,
    /// Whether it was made in the browser (and can change); shipped rubrics are read-only.
    made_here: bool,
    /// SHA-256 of its content, as an edition adopting it records.
    content_hash: String,
    /// The rubric file, which `laurel rubric check` accepts and which reads back identically.
    file: String,
}

fn body_of(entry: &LibraryEntry) -> AppResult<Tagged<RubricBody>> {
    let content_hash = entry
        .rubric
        .content_hash()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(Tagged::new(
        entry.version.unwrap_or(0),
        RubricBody {
            key: entry.rubric.key.clone(),
            name: entry.rubric.name.clone(),
            made_here: entry.version.is_some(),
            content_hash,
            file: entry.rubric.to_toml(),
        },
    ))
}

/// The problems of a refused file by field (`file` when none is named), each with its line.
fn by_field(errors: &[RubricError]) -> BTreeMap<String, Message> {
    let mut fields: BTreeMap<String, Message> = BTreeMap::new();
    for error in errors {
        let place = error.field.clone().unwrap_or_else(|| "file".to_owned());
        let said = match error.line {
            Some(line) => Message::new("rubric-file-problem")
                .number("line", line)
                .text("problem", &error.message),
            None => Message::new("rubric-file-problem-unlocated").text("problem", &error.message),
        };
        let said = match fields.remove(&place) {
            Some(before) => Message::new("problem-then")
                .message("first", before)
                .message("then", said),
            None => said,
        };
        fields.insert(place, said);
    }
    fields
}

fn refused(refusal: RubricRefusal) -> AppError {
    match refusal {
        RubricRefusal::FileProblems(errors) => AppError::Invalid(by_field(&errors)),
        RubricRefusal::Problems(problems) => AppError::Invalid(
            problems
                .into_iter()
                .map(|(field, problem)| {
                    let said =
                        Message::new("rubric-file-problem-unlocated").text("problem", problem);
                    (field, said)
                })
                .collect(),
        ),
        RubricRefusal::KeyShipped => AppError::Conflict {
            code: Refusal::RubricKeyTaken,
            message: Message::new("rubric-refused-key-shipped"),
        },
        RubricRefusal::KeyTaken => AppError::Conflict {
            code: Refusal::RubricKeyTaken,
            message: Message::new("rubric-refused-key-taken"),
        },
        RubricRefusal::FileDiffers => AppError::Conflict {
            code: Refusal::RubricKeyTaken,
            message: Message::new("rubric-refused-file-differs"),
        },
        RubricRefusal::InUse(names) => AppError::Conflict {
            code: Refusal::RubricInUse,
            message: Message::new("rubric-refused-in-use").text("editions", names.join(", ")),
        },
        RubricRefusal::Stale(_) => AppError::Internal("a stale save without a version".to_owned()),
    }
}

async fn read_body(file: Data<'_>) -> AppResult<Vec<u8>> {
    let read = file
        .open(MAX_RUBRIC_KIB.kibibytes())
        .into_bytes()
        .await
        .map_err(|e| AppError::Internal(format!("reading a rubric file: {e}")))?;
    if !read.is_complete() {
        let problem = Message::new("api-problem-rubric-size").number("max", MAX_RUBRIC_KIB);
        return Err(AppError::invalid("file", problem));
    }
    Ok(read.into_inner())
}

/// A rubric of the library, with its rubric file; the `ETag` of a rubric made in the browser is
/// the version a `PUT` names.
#[utoipa::path(
    tag = "secretariat",
    params(("key" = String, Path, description = "The rubric's key")),
    responses((status = 200, body = RubricBody, headers(("ETag" = String))),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/rubrics/<key>")]
pub async fn show_rubric(
    key: &str,
    _me: ApiSecretariat,
    db: &Db,
    shipped: &State<RubricSet>,
) -> AppResult<Tagged<RubricBody>> {
    let entry = rubrics::find(db.inner(), shipped, key)
        .await?
        .ok_or(AppError::NotFound)?;
    body_of(&entry)
}

/// Adds the rubric file in the body (UTF-8 TOML, at most 512 KiB) to the library (audited). A
/// file `laurel rubric check` refuses answers 422 with every problem under `fields`, by field
/// (`criteria[1].weight`) with its line; a key a rubric has already, 409 `rubric_key_taken`.
#[utoipa::path(
    tag = "secretariat",
    request_body(content = FileBytes, content_type = "text/plain", description = "The rubric file (TOML; any content type is read as the file)"),
    responses((status = 201, body = RubricBody, headers(("ETag" = String))),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/rubrics", data = "<file>")]
pub async fn add_rubric(
    me: ApiSecretariat,
    file: Data<'_>,
    db: &Db,
    shipped: &State<RubricSet>,
    clock: &State<Clock>,
) -> AppResult<(Status, Tagged<RubricBody>)> {
    let bytes = read_body(file).await?;
    let rubric = rubrics::read_file("rubric.toml", &bytes)
        .map_err(|errors| refused(RubricRefusal::FileProblems(errors)))?;
    let made = rubrics::add(db.inner(), shipped, &rubric, me.0.id, clock.now())
        .await?
        .map_err(refused)?;
    let entry = LibraryEntry {
        rubric: made.rubric,
        version: Some(made.version),
    };
    Ok((Status::Created, body_of(&entry)?))
}

/// Replaces the rubric made in the browser with `key` by the rubric file in the body (whose key
/// must be `key`), if `If-Match` names its current version (412 with it otherwise). 409
/// `rubric_in_use` while an edition past its draft scores against it; editions in draft adopt
/// the new version. A shipped rubric is not found here.
#[utoipa::path(
    tag = "secretariat",
    params(("key" = String, Path, description = "The rubric's key"),
           ("If-Match" = Option<String>, Header, pattern = r#"^(W/)?"[0-9]+"$"#,
            description = "The `ETag` of the version read. Required: without it the answer is 428")),
    request_body(content = FileBytes, content_type = "text/plain", description = "The rubric file (TOML; any content type is read as the file)"),
    responses((status = 200, body = RubricBody, headers(("ETag" = String))),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 412, body = super::respond::StaleBody<RubricBody>),
               (status = 422, body = ErrorBody), (status = 428, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[put("/api/v1/rubrics/<key>", data = "<file>")]
pub async fn replace_rubric(
    key: &str,
    me: ApiSecretariat,
    if_match: IfMatch,
    file: Data<'_>,
    db: &Db,
    shipped: &State<RubricSet>,
    clock: &State<Clock>,
) -> AppResult<ApiAnswer<RubricBody>> {
    rubrics::find(db.inner(), shipped, key)
        .await?
        .filter(|entry| entry.version.is_some())
        .ok_or(AppError::NotFound)?;
    let expected = if_match.version()?;
    let bytes = read_body(file).await?;
    let rubric = rubrics::read_file(&format!("{key}.toml"), &bytes)
        .map_err(|errors| refused(RubricRefusal::FileProblems(errors)))?;
    if rubric.key != key {
        let problem = Message::new("api-problem-rubric-key").text("key", key);
        return Err(AppError::invalid("key", problem));
    }
    match rubrics::replace(db.inner(), &rubric, Some(expected), me.0.id, clock.now()).await? {
        Ok(made) => {
            let entry = LibraryEntry {
                rubric: made.rubric,
                version: Some(made.version),
            };
            Ok(ApiAnswer::Ok(body_of(&entry)?))
        }
        Err(RubricRefusal::Stale(now)) => {
            let entry = LibraryEntry {
                rubric: now.rubric,
                version: Some(now.version),
            };
            let current = body_of(&entry)?;
            Ok(ApiAnswer::stale(current.version(), current.into_body()))
        }
        Err(refusal) => Err(refused(refusal)),
    }
}
