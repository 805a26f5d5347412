//! The rubric library shown in full to the secretariat: the rubrics shipped in the rubric
//! directory and those made in the browser; any of them downloaded as a rubric file, a rubric
//! file uploaded.

use askama::Template;
use rocket::fs::TempFile;
use rocket::http::{ContentType, Header, Status};
use rocket::response::{Flash, Redirect};
use rocket::tokio::io::AsyncReadExt;
use rocket::{FromForm, Responder, State, get, post, uri};

use crate::app::rubrics::{self, RubricRefusal};
use crate::clock::Clock;
use crate::domain::message::Message;
use crate::domain::rubric::{Rubric, RubricError};
use crate::error::{AppError, AppResult};
use crate::rubric_files::RubricSet;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// A criterion as listed.
pub struct CriterionView {
    name: String,
    description: String,
    weight: String,
    threshold: String,
    core: bool,
    priority: u32,
    questions: Vec<String>,
    descriptors: Vec<(u16, String)>,
}

/// A rubric as listed.
pub struct RubricView {
    /// Made in the browser (editable), not shipped.
    made: bool,
    /// The editions scoring against a rubric made here now (it cannot change meanwhile).
    in_use_by: String,
    key: String,
    name: String,
    description: String,
    scale: String,
    overall_threshold: String,
    hash: String,
    criteria: Vec<CriterionView>,
}

/// The rubrics page.
#[derive(Template)]
#[template(path = "secretariat/rubrics.html", config = "src/web/askama.toml")]
pub struct RubricsTemplate {
    nav: Nav,
    rubrics: Vec<RubricView>,
    /// Why an uploaded file was refused, each problem with its line and field.
    upload_problems: Vec<String>,
}

async fn page(
    nav: Nav,
    db: &Db,
    shipped: &RubricSet,
    upload_problems: Vec<String>,
) -> AppResult<RubricsTemplate> {
    let mut views = Vec::new();
    for entry in rubrics::library(db.inner(), shipped).await? {
        let mut view = RubricView::of(&entry.rubric, entry.version.is_some(), &nav)?;
        if view.made {
            view.in_use_by = rubrics::scored_against_by(db.inner(), &view.key)
                .await?
                .join(", ");
        }
        views.push(view);
    }
    let rubrics = views;
    Ok(RubricsTemplate {
        nav,
        rubrics,
        upload_problems,
    })
}

/// Lists every rubric with its criteria, weights, thresholds and descriptors.
#[get("/secretariat/rubrics")]
pub async fn list_rubrics(
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
) -> AppResult<Page<RubricsTemplate>> {
    Ok(Page::ok(page(nav, db, shipped, Vec::new()).await?))
}

/// A rubric file to download.
#[derive(Responder)]
pub struct RubricFile {
    text: String,
    content_type: ContentType,
    disposition: Header<'static>,
}

/// Any rubric of the library as a rubric file (`<key>.toml`), which `laurel rubric check`
/// accepts and which reads back into the same rubric.
#[get("/secretariat/rubrics/<key>/download")]
pub async fn download_rubric(
    key: &str,
    _user: SecretariatUser,
    db: &Db,
    shipped: &State<RubricSet>,
) -> AppResult<RubricFile> {
    let entry = rubrics::find(db.inner(), shipped, key)
        .await?
        .ok_or(AppError::NotFound)?;
    let file_name = format!("{}.toml", entry.rubric.key);
    Ok(RubricFile {
        text: entry.rubric.to_toml(),
        content_type: ContentType::new("application", "toml").with_params(("charset", "utf-8")),
        disposition: Header::new(
            "Content-Disposition",
            format!("attachment; filename=\"{file_name}\""),
        ),
    })
}

/// An uploaded rubric file.
#[derive(FromForm)]
pub struct UploadForm<'r> {
    #[field(default = String::new())]
    csrf_token: String,
    file: Option<TempFile<'r>>,
}

impl CsrfProtected for UploadForm<'_> {
    const ACCEPTS_FILES: bool = true;

    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// One problem of an uploaded file as the page lists it: its line, its field and what is wrong.
fn problem_line(nav: &Nav, error: &RubricError) -> String {
    let problem = match &error.field {
        Some(field) => format!("{field}: {}", error.message),
        None => error.message.clone(),
    };
    let said = match error.line {
        Some(line) => Message::new("rubric-file-problem")
            .number("line", line)
            .text("problem", problem),
        None => Message::new("rubric-file-problem-unlocated").text("problem", problem),
    };
    nav.say(&said)
}

/// The Rubrics page at `key`'s rubric, with `said` in a flash.
pub fn at_rubric(key: &str, said: String) -> Flash<Redirect> {
    Flash::success(
        Redirect::to(format!("{}#rubric-{key}", uri!(list_rubrics))),
        said,
    )
}

/// Adds an uploaded rubric file to the library (a file identical to a rubric made here changes
/// nothing), or lists every problem in it and changes nothing.
#[post("/secretariat/rubrics/upload", data = "<form>")]
pub async fn upload_rubric(
    form: CsrfForm<UploadForm<'_>>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<RubricsTemplate>>> {
    let form = form.into_inner();
    let Some(file) = form.file.as_ref().filter(|f| f.len() > 0) else {
        let problems = vec![nav.t("rubric-upload-no-file")];
        let page = page(nav, db, shipped, problems).await?;
        return Ok(Err(Page::with_status(Status::UnprocessableEntity, page)));
    };
    let file_name = file
        .raw_name()
        .map(|name| name.dangerous_unsafe_unsanitized_raw().as_str().to_owned())
        .unwrap_or_else(|| "rubric.toml".to_owned());
    let mut bytes = Vec::new();
    file.open()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .read_to_end(&mut bytes)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let now = clock.now();
    let problems =
        match rubrics::upload(db.inner(), shipped, &file_name, &bytes, me.0.id, now).await? {
            Ok((rubric, created)) => {
                let said = if created {
                    nav.t_with("rubric-uploaded-new", "name", &rubric.name)
                } else {
                    nav.t_with("rubric-uploaded-identical", "name", &rubric.name)
                };
                return Ok(Ok(at_rubric(&rubric.key, said)));
            }
            Err(RubricRefusal::FileProblems(errors)) => {
                errors.iter().map(|e| problem_line(&nav, e)).collect()
            }
            Err(RubricRefusal::KeyShipped) => vec![nav.t("rubric-refused-key-shipped")],
            Err(RubricRefusal::KeyTaken) => vec![nav.t("rubric-refused-key-taken")],
            Err(RubricRefusal::FileDiffers) => vec![nav.t("rubric-refused-file-differs")],
            Err(RubricRefusal::InUse(names)) => {
                vec![nav.t_with("rubric-refused-in-use", "editions", names.join(", "))]
            }
            Err(RubricRefusal::Stale(_) | RubricRefusal::Problems(_)) => {
                vec![nav.t("rubric-refused-stale")]
            }
        };
    let page = page(nav, db, shipped, problems).await?;
    Ok(Err(Page::with_status(Status::UnprocessableEntity, page)))
}

impl RubricView {
    /// A rubric as the page shows it, its criteria in tie-break order, its numbers the
    /// reader's way.
    fn of(r: &Rubric, made: bool, nav: &Nav) -> AppResult<Self> {
        let mut criteria: Vec<CriterionView> = r
            .criteria
            .iter()
            .map(|c| CriterionView {
                name: c.name.clone(),
                description: c.description.clone(),
                weight: nav.t_with(
                    "results-percent",
                    "value",
                    nav.decimal_text(c.weight_percent().trim_end_matches('%')),
                ),
                threshold: nav.decimal_text(&c.threshold.to_string()),
                core: c.core,
                priority: c.tie_break_priority,
                questions: c.guiding_questions.clone(),
                descriptors: c.descriptors.iter().map(|(l, t)| (*l, t.clone())).collect(),
            })
            .collect();
        criteria.sort_by_key(|c| c.priority);
        let min = nav.decimal_text(&r.scale.min.to_string());
        let max = nav.decimal_text(&r.scale.max.to_string());
        let scale = if r.scale.step.0 == 1 {
            nav.t2("rubrics-scale-half", "min", min, "max", max)
        } else {
            nav.t2("rubrics-scale-whole", "min", min, "max", max)
        };
        Ok(RubricView {
            made,
            in_use_by: String::new(),
            key: r.key.clone(),
            name: r.name.clone(),
            description: r.description.clone(),
            scale,
            overall_threshold: nav.decimal_text(&r.overall_threshold.to_string()),
            hash: r
                .content_hash()
                .map_err(|e| AppError::Internal(e.to_string()))?,
            criteria,
        })
    }
}
