//! Importing submissions from a CSV file made by another form tool: the same validation as the
//! online form, a report of every bad row with its line, and all rows or none.

use askama::Template;
use rocket::form::FromForm;
use rocket::fs::TempFile;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{State, get, post, uri};
use tokio::io::AsyncReadExt;

use crate::clock::Clock;
use crate::db;
use crate::db::imports::ImportError;
use crate::domain::application::{REQUIRED_COLUMNS, ValidationContext, parse_import};
use crate::domain::edition::Edition;
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
    problems: Vec<String>,
}

async fn context(
    db: &Db,
    id: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<(Edition, ValidationContext)> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (rubric, _) = db::rubrics::load(db.inner(), edition.rubric_id).await?;
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

fn columns(ctx: &ValidationContext) -> Vec<String> {
    let mut columns: Vec<String> = REQUIRED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    columns.extend(ctx.criteria.iter().map(|(key, _)| format!("answer_{key}")));
    columns
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
    let (edition, ctx) = context(db, id, clock.now()).await?;
    Ok(Page::ok(ImportTemplate {
        nav,
        edition,
        columns: columns(&ctx),
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

/// What the file field held.
enum Upload {
    Missing,
    NotUtf8,
    Text(String),
}

async fn read_upload(file: Option<&TempFile<'_>>) -> AppResult<Upload> {
    let Some(file) = file.filter(|f| f.len() > 0) else {
        return Ok(Upload::Missing);
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
    Ok(String::from_utf8(bytes).map_or(Upload::NotUtf8, Upload::Text))
}

/// The import page again, with every problem found in the file.
fn refused(
    nav: Nav,
    ctx: &ValidationContext,
    edition: Edition,
    problems: Vec<String>,
) -> Page<ImportTemplate> {
    Page::with_status(
        Status::UnprocessableEntity,
        ImportTemplate {
            nav,
            columns: columns(ctx),
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
    let (edition, ctx) = context(db, id, now).await?;
    let parsed = match read_upload(form.file.as_ref()).await? {
        Upload::Missing => Err(vec!["File: choose a CSV file first".to_owned()]),
        Upload::NotUtf8 => Err(vec![
            "File: the file is not UTF-8 text; save it as CSV UTF-8".to_owned(),
        ]),
        Upload::Text(text) => parse_import(&text, &ctx),
    };
    let rows = match parsed {
        Ok(rows) => rows,
        Err(problems) => return Ok(Err(refused(nav, &ctx, edition, problems))),
    };
    let imported =
        db::imports::import_applications(db.inner(), &edition, &ctx, &rows, me.0.id, now).await;
    match imported {
        Ok(count) => Ok(Ok(Flash::success(
            Redirect::to(uri!(super::submissions::list_submissions(
                id,
                _,
                _,
                _,
                _,
                _,
                _
            ))),
            format!("{count} applications were imported and submitted."),
        ))),
        Err(ImportError::Refused(problems)) => Ok(Err(refused(nav, &ctx, edition, problems))),
        Err(ImportError::Db(e)) => Err(e.into()),
    }
}
