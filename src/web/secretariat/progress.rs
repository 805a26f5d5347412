//! The secretariat's progress board: for each submission, scorecards done out of assigned; for
//! each juror, done out of assigned; sortable by progress or name, and filterable to what is
//! unfinished.

use askama::Template;
use rocket::get;

use crate::app::progress;
use crate::db;
use crate::error::{AppError, AppResult};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// One line of a board: (name, done, assigned).
pub type Line = (String, usize, usize);

/// The board.
#[derive(Template)]
#[template(path = "secretariat/progress.html", config = "src/web/askama.toml")]
pub struct ProgressTemplate {
    nav: Nav,
    edition_id: i32,
    edition: String,
    submissions: Vec<Line>,
    jurors: Vec<Line>,
    sort: String,
    incomplete: bool,
}

fn arrange(lines: Vec<progress::Line>, sort: &str, incomplete: bool) -> Vec<Line> {
    let mut lines: Vec<Line> = lines
        .into_iter()
        .map(|l| (l.name, l.done, l.assigned))
        .filter(|(_, done, assigned)| !incomplete || done < assigned)
        .collect();
    if sort == "name" {
        lines.sort_by(|a, b| a.0.cmp(&b.0));
    } else {
        lines.sort_by(|a, b| {
            let share = |l: &Line| {
                if l.2 == 0 {
                    1.0
                } else {
                    l.1 as f64 / l.2 as f64
                }
            };
            share(a).total_cmp(&share(b)).then_with(|| a.0.cmp(&b.0))
        });
    }
    lines
}

/// Shows the board; `sort=name` orders by name (default: least progress first), and
/// `incomplete=true` keeps only unfinished lines.
#[get("/secretariat/editions/<id>/progress?<sort>&<incomplete>")]
pub async fn show_progress(
    id: i32,
    sort: Option<String>,
    incomplete: Option<bool>,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<ProgressTemplate>> {
    let edition = db::editions::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let progress = progress::of_edition(db.inner(), id).await?;
    let sort = sort.unwrap_or_else(|| "progress".to_owned());
    let incomplete = incomplete.unwrap_or(false);
    Ok(Page::ok(ProgressTemplate {
        edition: edition.name_in(nav.lang.code()).to_owned(),
        nav,
        edition_id: id,
        submissions: arrange(progress.submissions, &sort, incomplete),
        jurors: arrange(progress.jurors, &sort, incomplete),
        sort,
        incomplete,
    }))
}
