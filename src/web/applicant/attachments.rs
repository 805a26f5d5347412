//! Documents attached to an application: upload (PDF by content, at most three of 10 MB),
//! removal while it is a draft, and download by its owner, the secretariat, and the jurors
//! assigned to it (through their assignment, unless a conflict of interest keeps them away).

use rocket::form::FromForm;
use rocket::fs::TempFile;
use rocket::http::{ContentType, Header};
use rocket::response::{Flash, Redirect};
use rocket::{Responder, State, get, post, uri};
use tokio::io::AsyncReadExt;

use super::context::Loaded;
use crate::app::attachments;
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::db::attachments::Attachment;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::web::auth::ButtonForm;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::Nav;
use crate::web::session::{ApplicantUser, Db, JurorUser, SecretariatUser};
use crate::web::upload::UploadedFile;

/// The upload form (multipart).
#[derive(FromForm)]
pub struct UploadForm<'r> {
    #[field(default = String::new())]
    csrf_token: String,
    file: Option<TempFile<'r>>,
}

impl CsrfProtected for UploadForm<'_> {
    const ACCEPTS_FILES: bool = true;

    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

fn back(id: i32) -> Redirect {
    Redirect::to(format!(
        "{}#attachments",
        uri!(super::pages::show_section(
            id,
            "evidence",
            Option::<bool>::None
        ))
    ))
}

async fn read_upload(file: &TempFile<'_>) -> std::io::Result<Vec<u8>> {
    let mut reader = file.open().await?;
    let mut bytes = Vec::with_capacity(usize::try_from(file.len()).unwrap_or(0));
    reader.read_to_end(&mut bytes).await?;
    Ok(bytes)
}

/// Attaches a PDF to a draft application.
#[post("/applicant/applications/<id>/attachments", data = "<form>")]
pub async fn upload_attachment(
    id: i32,
    form: CsrfForm<UploadForm<'_>>,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let form = form.into_inner();
    let own = Loaded::of_owner(db, id, &user.0).await?;
    let Some(file) = form.file.filter(|f| f.len() > 0) else {
        return Ok(Flash::error(back(id), nav.t("documents-choose-file")));
    };
    let bytes = read_upload(&file)
        .await
        .map_err(|e| AppError::Internal(format!("reading an upload: {e}")))?;
    let raw_name = file
        .raw_name()
        .map(|n| n.dangerous_unsafe_unsanitized_raw().as_str().to_owned())
        .unwrap_or_default();
    let upload = UploadedFile { raw_name, bytes };
    Ok(
        match attach(db, config, clock, user.0.id, &own, &upload).await? {
            Ok(done) => Flash::success(back(id), nav.say(&done)),
            Err(problem) => Flash::error(back(id), nav.say(&problem)),
        },
    )
}

/// Attaches a file to a draft application: the message to show when it is attached, or the
/// problem (naming the documents field) when it is not.
pub async fn attach(
    db: &Db,
    config: &AppConfig,
    clock: &Clock,
    actor_id: i32,
    own: &Loaded,
    upload: &UploadedFile,
) -> AppResult<Result<Message, Message>> {
    let file = (upload.raw_name.as_str(), upload.bytes.as_slice());
    Ok(
        match attachments::attach(
            db.inner(),
            &config.data_dir,
            own,
            actor_id,
            file,
            clock.now(),
        )
        .await?
        {
            Ok(added) => Ok(Message::new("flash-attached").text("name", &added.file_name)),
            Err(refused) => Err(refused.message()),
        },
    )
}

async fn owned_attachment(
    db: &Db,
    id: i32,
    aid: i32,
    owner: &crate::domain::account::Account,
) -> AppResult<(Loaded, Attachment)> {
    let loaded = Loaded::of_owner(db, id, owner).await?;
    let attachment = db::attachments::find(db.inner(), aid)
        .await?
        .filter(|a| a.submission_id == id)
        .ok_or(AppError::NotFound)?;
    Ok((loaded, attachment))
}

/// Removes a document from a draft application.
#[post(
    "/applicant/applications/<id>/attachments/<aid>/remove",
    data = "<form>"
)]
#[expect(clippy::too_many_arguments, reason = "a route with its guards")]
pub async fn remove_attachment(
    id: i32,
    aid: i32,
    form: CsrfForm<ButtonForm>,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
    config: &State<AppConfig>,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    let _checked = form.into_inner();
    let own = Loaded::of_owner(db, id, &user.0).await?;
    let removed = attachments::remove(
        db.inner(),
        &config.data_dir,
        &own,
        aid,
        user.0.id,
        clock.now(),
    )
    .await?;
    Ok(match removed {
        Ok(attachment) => {
            let removed = Message::new("flash-removed").text("name", &attachment.file_name);
            Flash::success(back(id), nav.say(&removed))
        }
        Err(refused) => Flash::error(back(id), nav.say(&refused.message())),
    })
}

/// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` for any file name.
fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " -_.()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded = url::form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A PDF download.
#[derive(Responder)]
pub struct PdfFile {
    body: Vec<u8>,
    content_type: ContentType,
    disposition: Header<'static>,
}

pub(crate) async fn pdf(config: &AppConfig, attachment: &Attachment) -> AppResult<PdfFile> {
    let body = crate::storage::read_attachment(&config.data_dir, &attachment.content_hash)
        .await
        .map_err(|e| AppError::Internal(format!("reading attachment {}: {e}", attachment.id)))?;
    Ok(PdfFile {
        body,
        content_type: ContentType::PDF,
        disposition: Header::new(
            "Content-Disposition",
            content_disposition(&attachment.file_name),
        ),
    })
}

/// Downloads one of the applicant's own documents.
#[get("/applicant/applications/<id>/attachments/<aid>")]
pub async fn download_own_attachment(
    id: i32,
    aid: i32,
    user: ApplicantUser,
    db: &Db,
    config: &State<AppConfig>,
) -> AppResult<PdfFile> {
    let (_, attachment) = owned_attachment(db, id, aid, &user.0).await?;
    pdf(config, &attachment).await
}

/// Downloads any document (the secretariat).
#[get("/secretariat/attachments/<aid>")]
pub async fn download_attachment(
    aid: i32,
    _user: SecretariatUser,
    db: &Db,
    config: &State<AppConfig>,
) -> AppResult<PdfFile> {
    let attachment = db::attachments::find(db.inner(), aid)
        .await?
        .ok_or(AppError::NotFound)?;
    pdf(config, &attachment).await
}

/// Downloads a document of the application of one of the juror's assignments. Only the juror
/// of that assignment may, and not while a conflict of interest keeps them away from the
/// application (403); any other assignment or document is "not found".
#[get("/jury/assignments/<aid>/attachments/<fid>")]
pub async fn download_assigned_attachment(
    aid: i32,
    fid: i32,
    user: JurorUser,
    db: &Db,
    config: &State<AppConfig>,
) -> AppResult<PdfFile> {
    match crate::app::scoring::assigned_document(db.inner(), aid, fid, user.0.id).await {
        Ok(attachment) => pdf(config, &attachment).await,
        Err(AppError::Conflict { .. }) => Err(AppError::Forbidden),
        Err(error) => Err(error),
    }
}
