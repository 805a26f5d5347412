//! What the rubric editor shows: its fields with their labels and problems, and the preview of a
//! rubric as a juror's scorecard presents it.

use std::collections::BTreeMap;

use crate::domain::rubric::{CriterionTyped, Rubric, RubricTyped};
use crate::web::pages::Nav;

/// How a field is entered.
pub enum FieldKind {
    /// A line of text.
    Text,
    /// A short number.
    Number,
    /// Several lines.
    Area(u8),
    /// A tick box.
    Check(bool),
    /// One of several values: value and label.
    Choice(Vec<(String, String)>),
}

/// One field of the editor; its name is also its id and the key of its problem.
pub struct FieldView {
    pub name: String,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub problem: Option<String>,
    pub kind: FieldKind,
    pub read_only: bool,
}

impl FieldView {
    fn new(name: String, label: String, value: &str, kind: FieldKind) -> FieldView {
        FieldView {
            name,
            label,
            hint: String::new(),
            value: value.to_owned(),
            problem: None,
            kind,
            read_only: false,
        }
    }

    fn hint(mut self, hint: String) -> FieldView {
        self.hint = hint;
        self
    }

    fn with_problem(mut self, errors: &BTreeMap<String, String>) -> FieldView {
        self.problem = errors.get(&self.name).cloned();
        self
    }

    /// How it is entered: `text`, `number`, `area`, `check` or `choice`.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            FieldKind::Text => "text",
            FieldKind::Number => "number",
            FieldKind::Area(_) => "area",
            FieldKind::Check(_) => "check",
            FieldKind::Choice(_) => "choice",
        }
    }

    /// The rows of a field of several lines.
    pub fn rows(&self) -> u8 {
        match self.kind {
            FieldKind::Area(rows) => rows,
            _ => 1,
        }
    }

    /// Whether a tick box is ticked.
    pub fn checked(&self) -> bool {
        matches!(self.kind, FieldKind::Check(true))
    }

    /// The values a choice offers, with their labels.
    pub fn choices(&self) -> &[(String, String)] {
        match &self.kind {
            FieldKind::Choice(choices) => choices,
            _ => &[],
        }
    }
}

/// One criterion's fields.
pub struct CriterionFieldsView {
    pub id: String,
    pub legend: String,
    /// A problem concerning the criterion's descriptors as a whole (a level missing).
    pub descriptors_problem: Option<String>,
    pub fields: Vec<FieldView>,
    pub descriptors: Vec<FieldView>,
    pub remove: FieldView,
}

/// The editor's fields.
pub struct RubricFieldsView {
    pub rubric: Vec<FieldView>,
    pub criteria: Vec<CriterionFieldsView>,
    /// A problem concerning all criteria (none given, weights not summing to 1).
    pub criteria_problem: Option<String>,
    /// Every problem, in the order of the page: the field's id, what it is, the problem.
    pub summary: Vec<(String, String, String)>,
}

impl RubricFieldsView {
    /// The fields for `typed`, each with its problem in `errors`.
    pub fn of(
        nav: &Nav,
        typed: &RubricTyped,
        errors: &BTreeMap<String, String>,
        key_fixed: bool,
    ) -> RubricFieldsView {
        let field = |name: &str, label: String, value: &str, kind: FieldKind| {
            FieldView::new(name.to_owned(), label, value, kind).with_problem(errors)
        };
        let mut key = field(
            "key",
            nav.t("rubric-field-key"),
            &typed.key,
            FieldKind::Text,
        )
        .hint(nav.t("rubric-field-key-hint"));
        key.read_only = key_fixed;
        let steps = vec![
            ("0.5".to_owned(), nav.t("rubric-field-step-half")),
            ("1".to_owned(), nav.t("rubric-field-step-whole")),
        ];
        let rubric = vec![
            key,
            field(
                "name",
                nav.t("rubric-field-name"),
                &typed.name,
                FieldKind::Text,
            ),
            field(
                "description",
                nav.t("rubric-field-description"),
                &typed.description,
                FieldKind::Area(3),
            ),
            field(
                "scale.min",
                nav.t("rubric-field-scale-min"),
                &typed.scale_min,
                FieldKind::Number,
            ),
            field(
                "scale.max",
                nav.t("rubric-field-scale-max"),
                &typed.scale_max,
                FieldKind::Number,
            ),
            field(
                "scale.step",
                nav.t("rubric-field-scale-step"),
                &typed.scale_step,
                FieldKind::Choice(steps),
            ),
            field(
                "overall_threshold",
                nav.t("rubric-field-overall-threshold"),
                &typed.overall_threshold,
                FieldKind::Number,
            )
            .hint(nav.t("rubric-field-overall-threshold-hint")),
        ];
        let levels = typed.whole_levels();
        let criteria = typed
            .criteria
            .iter()
            .enumerate()
            .map(|(index, c)| criterion_fields(nav, index, c, &levels, errors))
            .collect();
        let criteria_problem = errors
            .get("criteria.weight")
            .or_else(|| errors.get("criteria"))
            .or_else(|| errors.get("rubric"))
            .cloned();
        let mut view = RubricFieldsView {
            rubric,
            criteria,
            criteria_problem,
            summary: Vec::new(),
        };
        view.summary = view.summary_of(nav, errors);
        view
    }

    fn summary_of(
        &self,
        nav: &Nav,
        errors: &BTreeMap<String, String>,
    ) -> Vec<(String, String, String)> {
        let listed = |f: &FieldView| {
            f.problem
                .clone()
                .map(|p| (f.name.clone(), f.label.clone(), p))
        };
        let mut summary: Vec<_> = self.rubric.iter().filter_map(listed).collect();
        if let Some(problem) = &self.criteria_problem {
            summary.push((
                "criteria".to_owned(),
                nav.t("rubric-editor-criteria"),
                problem.clone(),
            ));
        }
        for c in &self.criteria {
            let within = |f: &FieldView| {
                listed(f).map(|(id, label, p)| (id, format!("{} – {label}", c.legend), p))
            };
            summary.extend(c.fields.iter().filter_map(within));
            if let Some(problem) = &c.descriptors_problem {
                let label = format!("{} – {}", c.legend, nav.t("rubric-field-descriptors"));
                summary.push((c.id.clone(), label, problem.clone()));
            }
            summary.extend(c.descriptors.iter().filter_map(within));
        }
        let mut known: Vec<&str> = vec!["criteria", "criteria.weight", "rubric"];
        known.extend(self.rubric.iter().map(|f| f.name.as_str()));
        let descriptors: Vec<String> = (0..self.criteria.len())
            .map(|i| format!("criteria[{i}].descriptors"))
            .collect();
        known.extend(descriptors.iter().map(String::as_str));
        for c in &self.criteria {
            known.extend(
                c.fields
                    .iter()
                    .chain(&c.descriptors)
                    .map(|f| f.name.as_str()),
            );
        }
        for (field, problem) in errors {
            if !known.contains(&field.as_str()) {
                summary.push((field.clone(), field.clone(), problem.clone()));
            }
        }
        summary
    }
}

fn criterion_fields(
    nav: &Nav,
    index: usize,
    c: &CriterionTyped,
    levels: &[u16],
    errors: &BTreeMap<String, String>,
) -> CriterionFieldsView {
    let at = |name: &str| format!("criteria[{index}].{name}");
    let field = |name: &str, label: String, value: &str, kind: FieldKind| {
        FieldView::new(at(name), label, value, kind).with_problem(errors)
    };
    let fields = vec![
        field(
            "key",
            nav.t("rubric-field-criterion-key"),
            &c.key,
            FieldKind::Text,
        )
        .hint(nav.t("rubric-field-criterion-key-hint")),
        field("name", nav.t("rubric-field-name"), &c.name, FieldKind::Text),
        field(
            "description",
            nav.t("rubric-field-criterion-description"),
            &c.description,
            FieldKind::Area(2),
        ),
        field(
            "weight",
            nav.t("rubric-field-weight"),
            &c.weight,
            FieldKind::Number,
        )
        .hint(nav.t("rubric-field-weight-hint")),
        field(
            "threshold",
            nav.t("rubric-field-threshold"),
            &c.threshold,
            FieldKind::Number,
        ),
        field(
            "tie_break_priority",
            nav.t("rubric-field-priority"),
            &c.tie_break_priority,
            FieldKind::Number,
        )
        .hint(nav.t("rubric-field-priority-hint")),
        field(
            "core",
            nav.t("rubric-field-core"),
            "true",
            FieldKind::Check(c.core),
        ),
        field(
            "guiding_questions",
            nav.t("rubric-field-questions"),
            &c.guiding_questions,
            FieldKind::Area(3),
        )
        .hint(nav.t("rubric-field-questions-hint")),
    ];
    let mut shown: Vec<String> = levels.iter().map(u16::to_string).collect();
    for (level, text) in &c.descriptors {
        if !shown.contains(level) && !text.trim().is_empty() {
            shown.push(level.clone());
        }
    }
    let descriptors = shown
        .iter()
        .map(|level| {
            let text = c.descriptors.get(level).map_or("", String::as_str);
            let label = nav.t_with("rubric-field-level", "level", level);
            FieldView::new(
                at(&format!("descriptors[{level}]")),
                label,
                text,
                FieldKind::Area(2),
            )
            .with_problem(errors)
        })
        .collect();
    let name = if c.name.trim().is_empty() {
        (index + 1).to_string()
    } else {
        c.name.trim().to_owned()
    };
    CriterionFieldsView {
        id: format!("criterion-{index}"),
        legend: nav.t_with("rubric-editor-criterion", "name", name),
        descriptors_problem: errors.get(&at("descriptors")).cloned(),
        fields,
        descriptors,
        remove: field(
            "remove",
            nav.t("rubric-field-remove"),
            "true",
            FieldKind::Check(c.remove),
        ),
    }
}

/// A criterion as the juror's scorecard presents it.
pub struct PreviewCriterion {
    pub key: String,
    pub name: String,
    pub weight: String,
    pub description: String,
    pub questions: Vec<String>,
    pub descriptors: Vec<(u16, String)>,
}

/// A rubric as jurors will see it on their scorecard.
pub struct PreviewView {
    pub name: String,
    pub scale: Vec<String>,
    pub criteria: Vec<PreviewCriterion>,
}

impl PreviewView {
    /// `rubric` in the reader's language where it has it, laid out as on a scorecard.
    pub fn of(nav: &Nav, rubric: &Rubric) -> PreviewView {
        let read = rubric.in_language(nav.lang.code());
        PreviewView {
            name: read.name.clone(),
            scale: read
                .scale
                .values()
                .iter()
                .map(|v| nav.decimal_text(&v.to_string()))
                .collect(),
            criteria: read
                .criteria
                .iter()
                .map(|c| PreviewCriterion {
                    key: c.key.clone(),
                    name: c.name.clone(),
                    weight: nav.t_with(
                        "results-percent",
                        "value",
                        nav.decimal_text(c.weight_percent().trim_end_matches('%')),
                    ),
                    description: c.description.clone(),
                    questions: c.guiding_questions.clone(),
                    descriptors: c.descriptors.iter().map(|(l, t)| (*l, t.clone())).collect(),
                })
                .collect(),
        }
    }
}
