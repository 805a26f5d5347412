//! The winners of an edition through the API, public as the winners page is once they are
//! announced: for an award's own website. No token needed.

use rocket::get;
use rocket::serde::json::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::feedback;
use crate::db::feedback::PublishedOrganisation;
use crate::error::AppResult;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// An organisation of a winning project.
#[derive(Serialize, ToSchema)]
pub struct WinnerOrganisation {
    /// Name.
    name: String,
    /// Country (ISO 3166-1 alpha-2).
    country: String,
}

impl From<PublishedOrganisation> for WinnerOrganisation {
    fn from(o: PublishedOrganisation) -> Self {
        WinnerOrganisation {
            name: o.name,
            country: o.country,
        }
    }
}

/// A prize and the project that won it.
#[derive(Serialize, ToSchema)]
pub struct WinnerItem {
    /// The prize in words (`First prize`, `Special prize: …`).
    prize: String,
    /// Shared with another project.
    ex_aequo: bool,
    /// Why the jury gave it.
    rationale: String,
    /// The project's title.
    title: String,
    /// The lead organisation.
    lead: Option<WinnerOrganisation>,
    /// The partners.
    partners: Vec<WinnerOrganisation>,
}

/// The winners of an edition, prizes in order, once they are announced; "not found" before.
#[utoipa::path(
    tag = "public",
    params(("id" = i32, Path, description = "Edition id")),
    responses((status = 200, body = Vec<WinnerItem>), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody))
)]
#[get("/api/v1/editions/<id>/winners")]
pub async fn list_winners(id: i32, db: &Db) -> AppResult<Json<Vec<WinnerItem>>> {
    let winners = feedback::winners(db.inner(), id).await?;
    Ok(Json(
        winners
            .into_iter()
            .map(|w| WinnerItem {
                prize: w.prize.label(),
                ex_aequo: w.prize.ex_aequo,
                rationale: w.prize.rationale,
                title: w.title,
                lead: w.lead.map(WinnerOrganisation::from),
                partners: w
                    .partners
                    .into_iter()
                    .map(WinnerOrganisation::from)
                    .collect(),
            })
            .collect(),
    ))
}
