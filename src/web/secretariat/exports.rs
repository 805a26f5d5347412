//! The secretariat's CSV exports of an edition, streamed: a writer task reads the database page
//! by page into one end of an in-memory pipe while Rocket sends the other end to the client, so
//! memory stays flat whatever the size. `?excel=true` gives a byte-order mark and `;`;
//! `?names=true` names jurors instead of giving their pseudonyms.

use rocket::http::{ContentType, Status};
use rocket::response::{self, Responder, Response};
use rocket::tokio::io::{AsyncWriteExt, DuplexStream};
use rocket::{Request, get};

use crate::db;
use crate::error::{AppError, AppResult};
use crate::export::stream;
use crate::export::{CsvOptions, ExportKind};
use crate::web::session::{Db, SecretariatUser};

/// Bytes the pipe holds before the writer waits for the client.
const PIPE: usize = 64 * 1024;

/// A CSV file sent as it is written.
pub struct CsvStream {
    body: DuplexStream,
    file_name: String,
}

impl<'r> Responder<'r, 'static> for CsvStream {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Response::build()
            .status(Status::Ok)
            .header(ContentType::CSV)
            .raw_header(
                "Content-Disposition",
                format!("attachment; filename=\"{}\"", self.file_name),
            )
            .streamed_body(self.body)
            .ok()
    }
}

/// Starts writing an export of edition `id` and answers with the stream of its bytes.
pub async fn start(
    db: &Db,
    id: i32,
    kind: ExportKind,
    options: CsvOptions,
) -> AppResult<CsvStream> {
    db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (mut tx, rx) = rocket::tokio::io::duplex(PIPE);
    let connection = db.inner().clone();
    rocket::tokio::spawn(async move {
        if let Err(e) = stream::write(&connection, id, kind, options, &mut tx).await {
            rocket::error!("export {kind} of edition {id} stopped: {e}");
        }
        let _ = tx.shutdown().await;
    });
    Ok(CsvStream {
        body: rx,
        file_name: kind.file_name(id),
    })
}

fn options(excel: Option<bool>, names: Option<bool>) -> CsvOptions {
    CsvOptions {
        excel: excel.unwrap_or(false),
        names: names.unwrap_or(false),
    }
}

/// Every score of every submitted scorecard, in long form (readable by `laurel analyze`).
#[get("/secretariat/editions/<id>/export/scores.csv?<excel>&<names>")]
pub async fn export_scores(
    id: i32,
    excel: Option<bool>,
    names: Option<bool>,
    _user: SecretariatUser,
    db: &Db,
) -> AppResult<CsvStream> {
    start(db, id, ExportKind::Scores, options(excel, names)).await
}

/// One row per submission.
#[get("/secretariat/editions/<id>/export/submissions.csv?<excel>")]
pub async fn export_submissions(
    id: i32,
    excel: Option<bool>,
    _user: SecretariatUser,
    db: &Db,
) -> AppResult<CsvStream> {
    start(db, id, ExportKind::Submissions, options(excel, None)).await
}

/// One row per conflict-of-interest declaration.
#[get("/secretariat/editions/<id>/export/conflicts.csv?<excel>&<names>")]
pub async fn export_conflicts(
    id: i32,
    excel: Option<bool>,
    names: Option<bool>,
    _user: SecretariatUser,
    db: &Db,
) -> AppResult<CsvStream> {
    start(db, id, ExportKind::Conflicts, options(excel, names)).await
}

/// The audit log of the edition, its submissions and its assignments.
#[get("/secretariat/editions/<id>/export/audit.csv?<excel>&<names>")]
pub async fn export_audit(
    id: i32,
    excel: Option<bool>,
    names: Option<bool>,
    _user: SecretariatUser,
    db: &Db,
) -> AppResult<CsvStream> {
    start(db, id, ExportKind::Audit, options(excel, names)).await
}

/// The method sheet: how the results are computed.
#[get("/secretariat/editions/<id>/export/method.csv?<excel>")]
pub async fn export_method(
    id: i32,
    excel: Option<bool>,
    _user: SecretariatUser,
    db: &Db,
) -> AppResult<CsvStream> {
    start(db, id, ExportKind::Method, options(excel, None)).await
}
