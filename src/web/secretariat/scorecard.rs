//! One juror's scorecard as the secretariat reads it (to check an outlying score, say): the
//! scores and comments of the current revision, with the juror's name.

use askama::Template;
use rocket::get;

use crate::app::scoring;
use crate::error::AppResult;
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// The read-only scorecard.
#[derive(Template)]
#[template(path = "secretariat/scorecard.html", config = "src/web/askama.toml")]
pub struct ScorecardTemplate {
    nav: Nav,
    edition_id: i32,
    title: String,
    juror: String,
    status: String,
    revision: i32,
    /// (criterion, score, comment)
    criteria: Vec<(String, String, String)>,
    overall: String,
}

/// Shows a scorecard.
#[get("/secretariat/assignments/<aid>")]
pub async fn show_scorecard(
    aid: i32,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ScorecardTemplate>> {
    let reading = scoring::read(db.inner(), aid).await?;
    let card = &reading.card;
    let criteria = reading
        .rubric
        .criteria
        .iter()
        .map(|c| {
            let (score, comment) = card.scores.get(&c.key).cloned().unwrap_or_default();
            let score = score
                .map(|hp| nav.decimal_text(&format!("{}", f64::from(hp) / 2.0)))
                .unwrap_or_else(|| "–".to_owned());
            (c.name.clone(), score, comment)
        })
        .collect();
    let status = nav.scorecard_status(&card.status());
    Ok(Page::ok(ScorecardTemplate {
        nav,
        edition_id: reading.edition.id,
        title: reading.title,
        juror: reading.juror,
        status,
        revision: card.assignment.revision,
        criteria,
        overall: card.assignment.overall_comment.clone(),
    }))
}
