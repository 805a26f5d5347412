//! The rubrics Laurel loaded from its rubric directory, shown in full to the secretariat.

use askama::Template;
use rocket::{State, get};

use crate::domain::rubric::Rubric;
use crate::error::{AppError, AppResult};
use crate::rubric_files::RubricSet;
use crate::web::pages::{Nav, Page};
use crate::web::session::SecretariatUser;

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
}

/// Lists every rubric with its criteria, weights, thresholds and descriptors.
#[get("/secretariat/rubrics")]
pub fn list_rubrics(
    _user: SecretariatUser,
    nav: Nav,
    rubrics: &State<RubricSet>,
) -> AppResult<Page<RubricsTemplate>> {
    let rubrics = rubrics
        .iter()
        .map(|r| RubricView::of(r, &nav))
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Page::ok(RubricsTemplate { nav, rubrics }))
}

impl RubricView {
    /// A rubric as the page shows it, its criteria in tie-break order, its numbers the
    /// reader's way.
    fn of(r: &Rubric, nav: &Nav) -> AppResult<Self> {
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
