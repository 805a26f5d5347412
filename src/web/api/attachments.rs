//! An applicant's documents through the API: listed, added as the raw PDF in the request body,
//! downloaded, and removed while the application is a draft, with the pages' rules.

use rocket::data::{Data, ToByteUnit};
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{State, delete, get, post};
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::ApiApplicant;
use super::paging::{PageRequest, Paged};
use crate::app::applications::Loaded;
use crate::app::attachments::{self, AttachRefused};
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::db::attachments::Attachment;
use crate::domain::attachment::MAX_ATTACHMENT_BYTES;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::web::applicant::attachments::{PdfFile, pdf};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// A file's bytes.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct FileBytes(pub Vec<u8>);

/// A document attached to an application.
#[derive(Serialize, ToSchema)]
pub struct AttachmentItem {
    /// Attachment id.
    id: i32,
    /// Its file name (made safe).
    file_name: String,
    /// Size in bytes.
    size_bytes: i64,
    /// When it was added.
    uploaded_at: chrono::DateTime<chrono::Utc>,
}

impl From<Attachment> for AttachmentItem {
    fn from(a: Attachment) -> Self {
        AttachmentItem {
            id: a.id,
            file_name: a.file_name,
            size_bytes: a.size_bytes,
            uploaded_at: a.uploaded_at,
        }
    }
}

/// The documents of one of the caller's applications, in id order.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<AttachmentItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/applications/<id>/attachments?<cursor>&<limit>")]
pub async fn list_attachments(
    id: i32,
    me: ApiApplicant,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<AttachmentItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    let own = Loaded::of_owner(db, id, &me.0).await?;
    let stored = db::attachments::of_submission(db.inner(), own.record.id).await?;
    let items = stored.into_iter().map(AttachmentItem::from).collect();
    Ok(Json(request.page(items, |a| a.id)))
}

/// Adds a PDF to a draft: the request body is the file itself (at most 10 MiB), `name` its file
/// name. 409 `duplicate_attachment` for a file attached already, `too_many_attachments` past
/// three, `not_a_draft` once submitted; 422 on `file` for anything but a PDF.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id"),
           ("name" = Option<String>, Query, description = "The file name, e.g. `budget.pdf`")),
    request_body(content = FileBytes, content_type = "application/octet-stream",
                 description = "The PDF's bytes (sent as `application/pdf` or `application/octet-stream`)"),
    responses((status = 201, body = AttachmentItem), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/applications/<id>/attachments?<name>", data = "<file>")]
pub async fn add_attachment(
    id: i32,
    name: Vec<&str>,
    file: Data<'_>,
    me: ApiApplicant,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
) -> AppResult<(Status, Json<AttachmentItem>)> {
    let name = super::paging::once("name", &name)?;
    let own = Loaded::of_owner(db, id, &me.0).await?;
    let limit = (MAX_ATTACHMENT_BYTES + 1).bytes();
    let read = file
        .open(limit)
        .into_bytes()
        .await
        .map_err(|e| AppError::Internal(format!("reading an upload: {e}")))?;
    if !read.is_complete() {
        let too_large = AttachRefused::Invalid(Message::new("attachment-over-limit"));
        return Err(too_large.into_error());
    }
    let upload = (name.unwrap_or("document.pdf"), read.as_slice());
    let now = clock.now();
    match attachments::attach(db.inner(), &config.data_dir, &own, me.0.id, upload, now).await? {
        Ok(added) => Ok((Status::Created, Json(AttachmentItem::from(added)))),
        Err(refused) => Err(refused.into_error()),
    }
}

/// Downloads one of the application's documents.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id"),
           ("aid" = i32, Path, description = "Attachment id")),
    responses((status = 200, content_type = "application/pdf", body = FileBytes, description = "The PDF"),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/applications/<id>/attachments/<aid>")]
pub async fn download_attachment(
    id: i32,
    aid: i32,
    me: ApiApplicant,
    db: &Db,
    config: &State<AppConfig>,
) -> AppResult<PdfFile> {
    let own = Loaded::of_owner(db, id, &me.0).await?;
    let attachment = attachments::find(db.inner(), &own, aid).await?;
    pdf(config, &attachment).await
}

/// Removes a document from a draft.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id"),
           ("aid" = i32, Path, description = "Attachment id")),
    responses((status = 204, description = "Removed"), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[delete("/api/v1/applications/<id>/attachments/<aid>")]
pub async fn remove_attachment(
    id: i32,
    aid: i32,
    me: ApiApplicant,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
) -> AppResult<Status> {
    let own = Loaded::of_owner(db, id, &me.0).await?;
    let now = clock.now();
    match attachments::remove(db.inner(), &config.data_dir, &own, aid, me.0.id, now).await? {
        Ok(_) => Ok(Status::NoContent),
        Err(refused) => Err(refused.into_error()),
    }
}
