//! The rubric editor: a new rubric from scratch or from a copy, and changes to a rubric made in
//! the browser; "Add a criterion" and "Preview" come back to the editor with nothing saved.

use std::collections::BTreeMap;

use askama::Template;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, get, post, uri};

use super::rubric_views::{PreviewView, RubricFieldsView};
use super::rubrics::at_rubric;
use crate::app::rubrics::{self, RubricRefusal};
use crate::clock::Clock;
use crate::domain::rubric::{CriterionTyped, Rubric, RubricTyped};
use crate::error::{AppError, AppResult};
use crate::rubric_files::RubricSet;
use crate::web::csrf::{CsrfForm, CsrfProtected};
use crate::web::pages::{Nav, Page};
use crate::web::session::{Db, SecretariatUser};

/// The scale as typed: `scale.min`, `scale.max`, `scale.step`.
#[derive(Clone, Debug, Default, FromForm)]
pub struct ScaleForm {
    #[field(default = String::new())]
    pub min: String,
    #[field(default = String::new())]
    pub max: String,
    #[field(default = String::new())]
    pub step: String,
}

/// One criterion as typed: `criteria[0].key` and so on.
#[derive(Clone, Debug, Default, FromForm)]
pub struct CriterionForm {
    #[field(default = String::new())]
    pub key: String,
    #[field(default = String::new())]
    pub name: String,
    #[field(default = String::new())]
    pub description: String,
    #[field(default = String::new())]
    pub weight: String,
    #[field(default = String::new())]
    pub threshold: String,
    #[field(default = false)]
    pub core: bool,
    #[field(default = String::new())]
    pub tie_break_priority: String,
    #[field(default = String::new())]
    pub guiding_questions: String,
    /// `criteria[0].descriptors[3]`.
    #[field(default = BTreeMap::new())]
    pub descriptors: BTreeMap<String, String>,
    #[field(default = false)]
    pub remove: bool,
}

/// The editor's form.
#[derive(Clone, Debug, Default, FromForm)]
pub struct RubricForm {
    #[field(default = String::new())]
    pub csrf_token: String,
    /// `save`, `add_criterion` or `preview`.
    #[field(default = String::new())]
    pub action: String,
    /// The version the editor was opened at (a rubric being changed).
    #[field(default = String::new())]
    pub version: String,
    /// The rubric a new one is a copy of.
    #[field(default = String::new())]
    pub copy_of: String,
    #[field(default = String::new())]
    pub key: String,
    #[field(default = String::new())]
    pub name: String,
    #[field(default = String::new())]
    pub description: String,
    #[field(default = String::new())]
    pub overall_threshold: String,
    #[field(default = <ScaleForm as Default>::default())]
    pub scale: ScaleForm,
    #[field(default = Vec::new())]
    pub criteria: Vec<CriterionForm>,
}

impl CsrfProtected for RubricForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

impl RubricForm {
    fn typed(&self) -> RubricTyped {
        RubricTyped {
            key: self.key.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            scale_min: self.scale.min.clone(),
            scale_max: self.scale.max.clone(),
            scale_step: self.scale.step.clone(),
            overall_threshold: self.overall_threshold.clone(),
            criteria: self
                .criteria
                .iter()
                .map(|c| CriterionTyped {
                    key: c.key.clone(),
                    name: c.name.clone(),
                    description: c.description.clone(),
                    weight: c.weight.clone(),
                    threshold: c.threshold.clone(),
                    core: c.core,
                    tie_break_priority: c.tie_break_priority.clone(),
                    guiding_questions: c.guiding_questions.clone(),
                    descriptors: c.descriptors.clone(),
                    remove: c.remove,
                })
                .collect(),
        }
    }
}

/// The rubric editor.
#[derive(Template)]
#[template(path = "secretariat/rubric_form.html", config = "src/web/askama.toml")]
pub struct RubricEditorTemplate {
    nav: Nav,
    title: String,
    action: String,
    version: String,
    copy_of: String,
    fields: RubricFieldsView,
    errors: BTreeMap<String, String>,
    refusal: Option<String>,
    preview: Option<PreviewView>,
}

/// What the editor shows besides the typed values.
#[derive(Clone)]
struct EditorState {
    title: String,
    action: String,
    version: String,
    copy_of: String,
    key_fixed: bool,
}

fn editor(
    nav: Nav,
    state: EditorState,
    typed: &RubricTyped,
    errors: BTreeMap<String, String>,
    refusal: Option<String>,
    preview: Option<PreviewView>,
) -> RubricEditorTemplate {
    let fields = RubricFieldsView::of(&nav, typed, &errors, state.key_fixed);
    RubricEditorTemplate {
        nav,
        title: state.title,
        action: state.action,
        version: state.version,
        copy_of: state.copy_of,
        fields,
        errors,
        refusal,
        preview,
    }
}

/// The editor for a new rubric: blank, or a copy of `from`.
#[get("/secretariat/rubrics/new?<from>")]
pub async fn new_rubric(
    from: Option<&str>,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
) -> AppResult<Page<RubricEditorTemplate>> {
    let (typed, copy_of) = match from {
        Some(key) => {
            let source = rubrics::find(db.inner(), shipped, key)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut typed = RubricTyped::of(&source.rubric);
            typed.key = format!("{}-copy", source.rubric.key);
            typed.name = nav.t_with("rubric-editor-copy-name", "name", &source.rubric.name);
            (typed, source.rubric.key)
        }
        None => (RubricTyped::blank(), String::new()),
    };
    let state = EditorState {
        title: nav.t("rubric-editor-new"),
        action: uri!(create_rubric).to_string(),
        version: String::new(),
        copy_of,
        key_fixed: false,
    };
    Ok(Page::ok(editor(
        nav,
        state,
        &typed,
        BTreeMap::new(),
        None,
        None,
    )))
}

/// The editor for a rubric made in the browser (a shipped rubric can only be copied).
#[get("/secretariat/rubrics/<key>/edit")]
pub async fn edit_rubric(
    key: &str,
    _user: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
) -> AppResult<Page<RubricEditorTemplate>> {
    let entry = rubrics::find(db.inner(), shipped, key)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(version) = entry.version else {
        return Err(AppError::NotFound);
    };
    let state = EditorState {
        title: nav.t_with("rubric-editor-edit", "name", &entry.rubric.name),
        action: uri!(save_rubric(key)).to_string(),
        version: version.to_string(),
        copy_of: String::new(),
        key_fixed: true,
    };
    let typed = RubricTyped::of(&entry.rubric);
    let in_use = rubrics::scored_against_by(db.inner(), key).await?;
    let notice = (!in_use.is_empty())
        .then(|| nav.t_with("rubric-refused-in-use", "editions", in_use.join(", ")));
    Ok(Page::ok(editor(
        nav,
        state,
        &typed,
        BTreeMap::new(),
        notice,
        None,
    )))
}

/// The editor again after "Add a criterion" or "Preview": nothing is saved.
fn without_saving(
    nav: Nav,
    state: EditorState,
    form: &RubricForm,
    before: Option<&Rubric>,
) -> Option<Page<RubricEditorTemplate>> {
    let mut typed = form.typed();
    match form.action.as_str() {
        "add_criterion" => {
            typed.add_criterion();
            Some(Page::ok(editor(
                nav,
                state,
                &typed,
                BTreeMap::new(),
                None,
                None,
            )))
        }
        "preview" => Some(match typed.check(before) {
            Ok(rubric) => {
                let preview = PreviewView::of(&nav, &rubric);
                Page::ok(editor(
                    nav,
                    state,
                    &typed,
                    BTreeMap::new(),
                    None,
                    Some(preview),
                ))
            }
            Err(errors) => Page::with_status(
                Status::UnprocessableEntity,
                editor(nav, state, &typed, errors, None, None),
            ),
        }),
        _ => None,
    }
}

/// The editor again with why the rubric was not saved.
fn refused(
    nav: Nav,
    state: EditorState,
    typed: &RubricTyped,
    refusal: RubricRefusal,
) -> Page<RubricEditorTemplate> {
    let mut errors = BTreeMap::new();
    let mut said = None;
    let mut state = state;
    match refusal {
        RubricRefusal::Problems(problems) => errors = problems,
        RubricRefusal::FileProblems(_) => {}
        RubricRefusal::KeyShipped => {
            errors.insert("key".to_owned(), nav.t("rubric-refused-key-shipped"));
        }
        RubricRefusal::KeyTaken | RubricRefusal::FileDiffers => {
            errors.insert("key".to_owned(), nav.t("rubric-refused-key-taken"));
        }
        RubricRefusal::Stale(now) => {
            state.version = now.version.to_string();
            said = Some(nav.t("rubric-refused-stale"));
        }
        RubricRefusal::InUse(names) => {
            said = Some(nav.t_with("rubric-refused-in-use", "editions", names.join(", ")));
        }
    }
    Page::with_status(
        Status::UnprocessableEntity,
        editor(nav, state, typed, errors, said, None),
    )
}

/// Creates a rubric, or comes back to the editor (see [`without_saving`]).
#[post("/secretariat/rubrics", data = "<form>")]
pub async fn create_rubric(
    form: CsrfForm<RubricForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<RubricEditorTemplate>>> {
    let form = form.into_inner();
    let copy_of = match form.copy_of.trim() {
        "" => None,
        key => rubrics::find(db.inner(), shipped, key).await?,
    };
    let state = EditorState {
        title: nav.t("rubric-editor-new"),
        action: uri!(create_rubric).to_string(),
        version: String::new(),
        copy_of: form.copy_of.clone(),
        key_fixed: false,
    };
    let before = copy_of.as_ref().map(|entry| &entry.rubric);
    if let Some(page) = without_saving(nav.clone(), state.clone(), &form, before) {
        return Ok(Err(page));
    }
    let typed = form.typed();
    let now = clock.now();
    match rubrics::create(db.inner(), shipped, &typed, before, me.0.id, now).await? {
        Ok(rubric) => {
            let said = nav.t_with("rubric-created", "name", &rubric.name);
            Ok(Ok(at_rubric(&rubric.key, said)))
        }
        Err(refusal) => Ok(Err(refused(nav, state, &typed, refusal))),
    }
}

/// Saves a rubric made in the browser, or comes back to the editor.
#[post("/secretariat/rubrics/<key>/edit", data = "<form>")]
pub async fn save_rubric(
    key: &str,
    form: CsrfForm<RubricForm>,
    me: SecretariatUser,
    nav: Nav,
    db: &Db,
    shipped: &State<RubricSet>,
    clock: &State<Clock>,
) -> AppResult<Result<Flash<Redirect>, Page<RubricEditorTemplate>>> {
    let mut form = form.into_inner();
    let entry = rubrics::find(db.inner(), shipped, key)
        .await?
        .filter(|entry| entry.version.is_some())
        .ok_or(AppError::NotFound)?;
    key.clone_into(&mut form.key);
    let state = EditorState {
        title: nav.t_with("rubric-editor-edit", "name", &entry.rubric.name),
        action: uri!(save_rubric(key)).to_string(),
        version: form.version.clone(),
        copy_of: String::new(),
        key_fixed: true,
    };
    if let Some(page) = without_saving(nav.clone(), state.clone(), &form, Some(&entry.rubric)) {
        return Ok(Err(page));
    }
    let typed = form.typed();
    // A form without the version it was opened at is taken as opened before any save (versions
    // start at 1): it is refused as stale rather than saved over whatever is stored.
    let expected = Some(form.version.trim().parse::<i64>().unwrap_or(0));
    match rubrics::save(db.inner(), key, &typed, expected, me.0.id, clock.now()).await? {
        Ok(rubric) => {
            let said = nav.t_with("rubric-saved", "name", &rubric.name);
            Ok(Ok(at_rubric(&rubric.key, said)))
        }
        Err(refusal) => Ok(Err(refused(nav, state, &typed, refusal))),
    }
}
