//! The secretariat's CSV exports of an edition, streamed: a writer task reads the database page
//! by page into one end of an in-memory pipe while Rocket sends the other end to the client, so
//! memory stays flat whatever the size. `?excel=true` gives a byte-order mark and `;`;
//! `?names=true` names jurors instead of giving their pseudonyms. The ranking and the juror
//! statistics follow the results page's rules (409 before the consensus phase or before the
//! official method is recorded) and count as showing the results.

use rocket::http::{ContentType, Status};
use rocket::response::{self, Responder, Response};
use rocket::tokio::io::{AsyncWriteExt, DuplexStream};
use rocket::{Request, State, get};

use crate::clock::Clock;
use crate::error::{AppError, AppResult, Refusal};
use crate::export::stream::{self, ExportError, Requester};
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

impl From<ExportError> for AppError {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::NotFound => AppError::NotFound,
            ExportError::ResultsNotAvailable(message) => AppError::Conflict {
                code: Refusal::ResultsNotAvailable,
                message,
            },
            ExportError::MethodNotRecorded(id) => AppError::Conflict {
                code: Refusal::OfficialMethodNotRecorded,
                message: crate::domain::message::Message::new("export-method-not-recorded")
                    .text("address", format!("/secretariat/editions/{id}/results")),
            },
            ExportError::Db(e) => e.into(),
            other => AppError::Internal(other.to_string()),
        }
    }
}

/// Checks an export of edition `id` (which for results marks them shown), starts writing it and
/// answers with the stream of its bytes.
pub async fn start(
    db: &Db,
    (id, round): (i32, Option<u32>),
    kind: ExportKind,
    options: CsvOptions,
    by: Requester,
) -> AppResult<CsvStream> {
    let prepared = stream::prepare(db.inner(), id, kind, round, by).await?;
    let (mut tx, rx) = rocket::tokio::io::duplex(PIPE);
    let connection = db.inner().clone();
    rocket::tokio::spawn(async move {
        if let Err(e) = stream::write_prepared(&connection, prepared, options, &mut tx).await {
            rocket::error!("export {kind} of edition {id} stopped: {e}");
        }
        let _ = tx.shutdown().await;
    });
    Ok(CsvStream {
        body: rx,
        file_name: kind.file_name(id),
    })
}

fn requester(user: &SecretariatUser, clock: &Clock) -> Requester {
    Requester {
        actor_id: Some(user.0.id),
        now: clock.now(),
    }
}

fn options(excel: Option<bool>, names: Option<bool>) -> CsvOptions {
    CsvOptions {
        excel: excel.unwrap_or(false),
        names: names.unwrap_or(false),
    }
}

/// An export's options in its address: `excel`, `names`, and `round` (1 first; default the
/// current round) for the scores, the method sheet, the ranking and the juror statistics.
#[derive(Debug, Default, rocket::FromForm)]
pub struct ExportQuery {
    excel: Option<bool>,
    names: Option<bool>,
    round: Option<u32>,
}

/// One export of edition `id`, named by its file: `scores.csv` (every score of every submitted
/// scorecard, in long form, readable by `laurel analyze`), `submissions.csv`, `conflicts.csv`,
/// `audit.csv` (the edition, its submissions and its assignments), `method.csv` (how the
/// results are computed), `ranking.csv` (the official ranking with rank intervals, flags and
/// every method's ranks) or `jurors.csv` (scores, mean weighted total, leniency offset and its
/// standard error). Any other name is not found; `names` applies where jurors appear.
#[get("/secretariat/editions/<id>/export/<file>?<query..>")]
pub async fn export(
    id: i32,
    file: &str,
    query: ExportQuery,
    user: SecretariatUser,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<CsvStream> {
    let kind = file
        .strip_suffix(".csv")
        .and_then(|name| name.parse::<ExportKind>().ok())
        .ok_or(AppError::NotFound)?;
    let by = requester(&user, clock);
    let options = options(query.excel, query.names);
    start(db, (id, query.round), kind, options, by).await
}
