//! Importing submissions from a CSV file made by another form tool: the same validation as the
//! online form, a report of every bad row with its line, and all rows or none.

use askama::Template;
use rocket::form::FromForm;
use rocket::fs::TempFile;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{State, get, post, uri};
use tokio::io::AsyncReadExt;

use super::submissions::FilterValues;
use crate::app::imports;
use crate::clock::Clock;
use crate::domain::application::ValidationContext;
use crate::domain::edition::Edition;
use crate::domain::message::Message;
use crate::error::{AppError, AppResult};
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// The import page (form, or the report of a refused file).
#[derive(Template)]
#[template(path = "secretariat/import.html", config = "src/web/askama.toml")]
pub struct ImportTemplate {
    nav: Nav,
    edition: Edition,
    columns: Vec<String>,
    problems: Vec<Message>,
}

/// The import form with the expected columns.
#[get("/secretariat/editions/<id>/import")]
pub async fn show_import(
    id: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Page<ImportTemplate>> {
    let (edition, ctx) = imports::context(db.inner(), id, clock.now()).await?;
    Ok(Page::ok(ImportTemplate {
        nav,
        edition,
        columns: imports::columns(&ctx),
        problems: Vec::new(),
    }))
}

/// The uploaded file.
#[derive(FromForm)]
pub struct ImportForm<'r> {
    #[field(default = String::new())]
    csrf_token: String,
    file: Option<TempFile<'r>>,
}

impl CsrfProtected for ImportForm<'_> {
    const ACCEPTS_FILES: bool = true;

    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// The uploaded file's bytes, if a file was chosen.
async fn read_upload(file: Option<&TempFile<'_>>) -> AppResult<Option<Vec<u8>>> {
    let Some(file) = file.filter(|f| f.len() > 0) else {
        return Ok(None);
    };
    let mut reader = file
        .open()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(Some(bytes))
}

/// The import page again, with every problem found in the file.
fn refused(
    nav: Nav,
    ctx: &ValidationContext,
    edition: Edition,
    problems: Vec<Message>,
) -> Page<ImportTemplate> {
    Page::with_status(
        Status::UnprocessableEntity,
        ImportTemplate {
            nav,
            columns: imports::columns(ctx),
            edition,
            problems,
        },
    )
}

/// Imports the file, or shows every problem and imports nothing.
#[post("/secretariat/editions/<id>/import", data = "<form>")]
pub async fn import_submissions(
    id: i32,
    form: CsrfForm<ImportForm<'_>>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<ImportTemplate>>> {
    let form = form.into_inner();
    let now = clock.now();
    let file = read_upload(form.file.as_ref()).await?;
    match imports::import(db.inner(), id, file.as_deref(), me.0.id, now).await? {
        Ok(count) => Ok(Ok(Flash::success(
            Redirect::to(uri!(super::submissions::list_submissions(id, _))),
            nav.t_count("import-page-imported", "count", count),
        ))),
        Err(problems) => {
            let (edition, ctx) = imports::context(db.inner(), id, now).await?;
            Ok(Err(refused(nav, &ctx, edition, problems)))
        }
    }
}
