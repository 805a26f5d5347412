//! The public winners page of an edition, once announced: the prizes in the order of the
//! ceremony, each with the project, its lead and partners, and the jury's rationale.

use askama::Template;
use rocket::get;

use super::pages::{Nav, Page};
use super::session::Db;
use crate::db;
use crate::db::feedback::PublishedOrganisation;
use crate::error::{AppError, AppResult};

/// A winner as the public reads it.
pub struct WinnerView {
    label: String,
    ex_aequo: bool,
    title: String,
    lead: String,
    partners: Vec<String>,
    rationale: String,
}

/// The winners page.
#[derive(Template)]
#[template(path = "winners.html", config = "src/web/askama.toml")]
pub struct WinnersTemplate {
    nav: Nav,
    edition: String,
    winners: Vec<WinnerView>,
}

fn organisation(o: &PublishedOrganisation, nav: &Nav) -> String {
    format!("{} ({})", o.name, nav.country(&o.country))
}

/// The winners of an edition: "not found" until the edition is announced.
#[get("/editions/<id>/winners")]
pub async fn show_winners(id: i32, nav: Nav, db: &Db) -> AppResult<Page<WinnersTemplate>> {
    let winners = crate::app::feedback::winners(db.inner(), id).await?;
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let winners = winners
        .into_iter()
        .map(|w| WinnerView {
            label: nav.published_prize(&w.prize),
            ex_aequo: w.prize.ex_aequo,
            title: w.title,
            lead: w
                .lead
                .as_ref()
                .map(|o| organisation(o, &nav))
                .unwrap_or_default(),
            partners: w.partners.iter().map(|o| organisation(o, &nav)).collect(),
            rationale: w.prize.rationale,
        })
        .collect();
    Ok(Page::ok(WinnersTemplate {
        edition: edition.name_in(nav.lang.code()).to_owned(),
        nav,
        winners,
    }))
}
