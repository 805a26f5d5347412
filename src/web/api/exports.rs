//! Every export of an edition as JSON: the same rows as the CSV file, computed by the same code
//! under the same rules (the ranking and the juror statistics from the consensus phase on, once
//! the official method is recorded, and marked as shown), each row an object keyed by the CSV's
//! column names with each cell exactly as the CSV has it.

use rocket::serde::json::Json;
use rocket::{State, get};
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use super::paging::once;
use crate::clock::Clock;
use crate::error::{AppError, AppResult};
use crate::export::stream::{self, Requester};
use crate::export::{CsvOptions, ExportKind};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// A CSV row as an object keyed by column.
type Row = serde_json::Map<String, serde_json::Value>;

/// An export as JSON.
#[derive(Serialize, ToSchema)]
pub struct ExportBody {
    /// Edition id.
    edition_id: i32,
    /// Which export.
    export: String,
    /// The CSV's columns, in order.
    columns: Vec<String>,
    /// One object per CSV row, keyed by column, each cell as text exactly as in the CSV.
    #[schema(value_type = Vec<Object>)]
    rows: Vec<Row>,
}

fn as_json(csv_bytes: &[u8]) -> AppResult<(Vec<String>, Vec<Row>)> {
    let unreadable = |e: csv::Error| AppError::Internal(format!("reading back an export: {e}"));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(csv_bytes);
    let columns: Vec<String> = reader
        .headers()
        .map_err(unreadable)?
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(unreadable)?;
        rows.push(
            columns
                .iter()
                .zip(record.iter())
                .map(|(column, cell)| (column.clone(), serde_json::Value::String(cell.to_owned())))
                .collect(),
        );
    }
    Ok((columns, rows))
}

/// One export of an edition as JSON: `scores`, `submissions`, `conflicts`, `audit`, `method`,
/// `ranking`, `jurors` or `decisions` (see the CSV exports). The scores, the method sheet, the
/// ranking and the juror statistics are those of the round at `round` (1 first; a round reached
/// so far), by default of the current round. An export is one document, not paged: for very
/// large editions the CSV streams.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("kind" = String, Path, description = "`scores`, `submissions`, `conflicts`, `audit`, `method`, `ranking`, `jurors` or `decisions`"),
           ("names" = Option<bool>, Query, description = "Jurors by name instead of their pseudonym"),
           ("round" = Option<u32>, Query, minimum = 1, description = "The round's place in the edition, 1 first; default: the current round")),
    responses((status = 200, body = ExportBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/exports/<kind>?<names>&<round>")]
pub async fn export(
    id: i32,
    kind: &str,
    names: Vec<&str>,
    round: Vec<&str>,
    me: ApiSecretariat,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Json<ExportBody>> {
    let kind = kind.parse::<ExportKind>().map_err(|_| AppError::NotFound)?;
    let names = match once("names", &names)? {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            let problem = crate::domain::message::Message::new("api-problem-names");
            return Err(AppError::invalid("names", problem));
        }
    };
    let round = super::paging::round_query(&round)?;
    let options = CsvOptions {
        excel: false,
        names,
    };
    let by = Requester {
        actor_id: Some(me.0.id),
        now: clock.now(),
    };
    let mut written = Vec::new();
    let prepared = stream::prepare(db.inner(), id, kind, round, by).await?;
    stream::write_prepared(db.inner(), prepared, options, &mut written).await?;
    let (columns, rows) = as_json(&written)?;
    Ok(Json(ExportBody {
        edition_id: id,
        export: kind.as_str().to_owned(),
        columns,
        rows,
    }))
}
