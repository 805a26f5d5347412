//! `GET /healthz`: for load balancers; answers 200 when the database answers, else 503.

use rocket::get;
use rocket::http::Status;
use rocket::serde::json::Json;
use serde::Serialize;

use super::session::Db;
use crate::db;

/// The health answer.
#[derive(Serialize)]
pub struct Health {
    status: &'static str,
    database: &'static str,
}

/// Pings the database.
#[get("/healthz")]
pub async fn healthz(db: &Db) -> (Status, Json<Health>) {
    match db::ping(db.inner()).await {
        Ok(()) => (
            Status::Ok,
            Json(Health {
                status: "ok",
                database: "ok",
            }),
        ),
        Err(e) => {
            rocket::error!("health check: the database does not answer: {e}");
            (
                Status::ServiceUnavailable,
                Json(Health {
                    status: "unavailable",
                    database: "unreachable",
                }),
            )
        }
    }
}
