//! A rubric as typed in the browser's editor, checked by the very rules of a rubric file: the
//! typed values are written as a rubric file and read by [`super::parse_rubric`], so the editor
//! and `laurel rubric check` refuse the same things with the same words, and each problem comes
//! back on the editor's field.

use std::collections::BTreeMap;

use super::toml_text::{quoted, weight_text};
use super::{Criterion, CriterionTexts, DEFAULT_LANGUAGE, Rubric, RubricTexts, parse_rubric};

/// A rubric, every field as typed. Field names in problems: `key`, `name`, `description`,
/// `scale.min`, `scale.max`, `scale.step`, `overall_threshold`, `criteria` (none given),
/// `criteria.weight` (the sum), and per criterion `criteria[i].key`, `criteria[i].weight`,
/// `criteria[i].guiding_questions`, `criteria[i].descriptors` (a level missing),
/// `criteria[i].descriptors[3]` and so on, `i` counting the criteria as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RubricTyped {
    pub key: String,
    pub name: String,
    pub description: String,
    pub scale_min: String,
    pub scale_max: String,
    pub scale_step: String,
    pub overall_threshold: String,
    pub criteria: Vec<CriterionTyped>,
}

/// One criterion as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CriterionTyped {
    pub key: String,
    pub name: String,
    pub description: String,
    pub weight: String,
    pub threshold: String,
    pub core: bool,
    pub tie_break_priority: String,
    /// One question a line.
    pub guiding_questions: String,
    /// The level descriptors, by level as typed.
    pub descriptors: BTreeMap<String, String>,
    /// Ticked to leave the criterion out when saving.
    pub remove: bool,
}

impl RubricTyped {
    /// The editor's fields for `rubric`, in its own language.
    pub fn of(rubric: &Rubric) -> RubricTyped {
        RubricTyped {
            key: rubric.key.clone(),
            name: rubric.name.clone(),
            description: rubric.description.clone(),
            scale_min: (rubric.scale.min.0 / 2).to_string(),
            scale_max: (rubric.scale.max.0 / 2).to_string(),
            scale_step: if rubric.scale.step.0 == 1 { "0.5" } else { "1" }.to_owned(),
            overall_threshold: rubric.overall_threshold.to_string(),
            criteria: rubric.criteria.iter().map(CriterionTyped::of).collect(),
        }
    }

    /// An empty rubric on a 0–5 half-point scale with one empty criterion.
    pub fn blank() -> RubricTyped {
        let mut blank = RubricTyped {
            scale_min: "0".to_owned(),
            scale_max: "5".to_owned(),
            scale_step: "0.5".to_owned(),
            ..RubricTyped::default()
        };
        blank.add_criterion();
        blank
    }

    /// Appends an empty criterion with the next free tie-break priority.
    pub fn add_criterion(&mut self) {
        let next = self
            .criteria
            .iter()
            .filter_map(|c| c.tie_break_priority.trim().parse::<u32>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        self.criteria.push(CriterionTyped {
            tie_break_priority: next.to_string(),
            ..CriterionTyped::default()
        });
    }

    /// The whole levels the typed scale has (each needs a descriptor), or none while the scale
    /// is not two whole numbers from 0 to 100 in order.
    pub fn whole_levels(&self) -> Vec<u16> {
        let bound = |text: &str| text.trim().parse::<u16>().ok().filter(|b| *b <= 100);
        match (bound(&self.scale_min), bound(&self.scale_max)) {
            (Some(min), Some(max)) if min < max => (min..=max).collect(),
            _ => Vec::new(),
        }
    }

    /// Checks the typed rubric by the rules of a rubric file. `before` is the rubric being
    /// edited, if any: its language stays, and each of its translations is kept where the text
    /// it translates is unchanged. Every problem is returned at once, by field.
    pub fn check(&self, before: Option<&Rubric>) -> Result<Rubric, BTreeMap<String, String>> {
        let mut file = FileWriter::default();
        let levels = self.whole_levels();
        let language = before.map_or(DEFAULT_LANGUAGE, |r| r.language.as_str());
        file.line("key", &quoted(self.key.trim()));
        file.line("language", &quoted(language));
        file.line("name", &quoted(self.name.trim()));
        if !self.description.trim().is_empty() {
            file.line("description", &quoted(self.description.trim()));
        }
        file.number(
            "overall_threshold",
            &self.overall_threshold,
            Number::Decimal,
        );
        let kept: Vec<(usize, &CriterionTyped)> = self
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.remove)
            .collect();
        if kept.is_empty() {
            file.line("criteria", "[]");
        }
        file.text.push_str("\n[scale]\n");
        let scale_typed = [
            file.number("scale.min", &self.scale_min, Number::Whole),
            file.number("scale.max", &self.scale_max, Number::Whole),
            file.number("scale.step", &self.scale_step, Number::Decimal),
        ];
        let scale_typed = scale_typed.iter().all(|typed| *typed);
        for (i, c) in &kept {
            file.criterion(*i, c, &levels);
        }
        let parsed = parse_rubric("rubric", &file.text, None);
        let mut problems = file.problems;
        match parsed {
            Ok(mut rubric) if problems.is_empty() => {
                if let Some(before) = before {
                    rubric.translations = kept_translations(before, &rubric);
                }
                Ok(rubric)
            }
            Ok(_) => Err(problems),
            Err(errors) => {
                for error in errors {
                    let field = error.field.as_deref().unwrap_or("rubric");
                    let Some(field) = form_field(field, &kept) else {
                        continue;
                    };
                    let follows_the_scale = field.contains(".descriptors") && !scale_typed;
                    let follows_a_weight = field == "criteria.weight"
                        && problems.keys().any(|typed| typed.ends_with(".weight"));
                    if follows_the_scale || follows_a_weight {
                        continue;
                    }
                    problems.entry(field).or_insert(error.message);
                }
                Err(problems)
            }
        }
    }
}

impl CriterionTyped {
    fn of(c: &Criterion) -> CriterionTyped {
        CriterionTyped {
            key: c.key.clone(),
            name: c.name.clone(),
            description: c.description.clone(),
            weight: weight_text(c.weight_bp),
            threshold: c.threshold.to_string(),
            core: c.core,
            tie_break_priority: c.tie_break_priority.to_string(),
            guiding_questions: c.guiding_questions.join("\n"),
            descriptors: c
                .descriptors
                .iter()
                .map(|(level, text)| (level.to_string(), text.clone()))
                .collect(),
            remove: false,
        }
    }
}

/// What kind of number a field takes.
#[derive(Clone, Copy)]
enum Number {
    Whole,
    Decimal,
}

/// The rubric file being written from the typed fields, with the problems found on the way
/// (a number that is not one cannot be written as one).
#[derive(Default)]
struct FileWriter {
    text: String,
    problems: BTreeMap<String, String>,
}

impl FileWriter {
    fn line(&mut self, name: &str, value: &str) {
        self.text.push_str(&format!("{name} = {value}\n"));
    }

    /// Writes the number typed for `field` (a decimal comma read as a point), or records that
    /// it is not one and writes a stand-in so that the other fields are still checked.
    fn number(&mut self, field: &str, typed: &str, kind: Number) -> bool {
        let name = field.rsplit('.').next().unwrap_or(field);
        let written = typed.trim().replacen(',', ".", 1);
        let is_number = match kind {
            Number::Whole => is_whole(&written),
            Number::Decimal => is_decimal(&written),
        };
        if is_number {
            self.line(name, &canonical(&written, kind));
            return true;
        }
        let problem = match (kind, typed.trim().is_empty()) {
            (_, true) => "must be given".to_owned(),
            (Number::Whole, false) => format!("must be a whole number, not {}", typed.trim()),
            (Number::Decimal, false) => format!("must be a number, not {}", typed.trim()),
        };
        self.problems.insert(field.to_owned(), problem);
        let stand_in = match kind {
            Number::Whole if name == "max" => "100",
            Number::Whole if name == "tie_break_priority" => "1000000",
            Number::Whole => "0",
            Number::Decimal if name == "step" => "0.5",
            Number::Decimal => "1.0",
        };
        self.line(name, stand_in);
        false
    }

    fn criterion(&mut self, index: usize, c: &CriterionTyped, levels: &[u16]) {
        let at = |name: &str| format!("criteria[{index}].{name}");
        self.text.push_str("\n[[criteria]]\n");
        self.line("key", &quoted(c.key.trim()));
        self.line("name", &quoted(c.name.trim()));
        if !c.description.trim().is_empty() {
            self.line("description", &quoted(c.description.trim()));
        }
        self.number(&at("weight"), &c.weight, Number::Decimal);
        self.number(&at("threshold"), &c.threshold, Number::Decimal);
        self.line("core", if c.core { "true" } else { "false" });
        self.number(
            &at("tie_break_priority"),
            &c.tie_break_priority,
            Number::Whole,
        );
        let questions: Vec<String> = c
            .guiding_questions
            .lines()
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(quoted)
            .collect();
        self.line("guiding_questions", &format!("[{}]", questions.join(", ")));
        self.text.push_str("\n[criteria.descriptors]\n");
        for (level, text) in &c.descriptors {
            let in_scale = level
                .parse::<u16>()
                .is_ok_and(|level| levels.contains(&level));
            if text.trim().is_empty() && !in_scale {
                continue;
            }
            if level.parse::<u16>().is_err() {
                self.problems.insert(
                    at(&format!("descriptors[{level}]")),
                    "is not a whole level of the scale".to_owned(),
                );
                continue;
            }
            self.line(&quoted(level), &quoted(text.trim()));
        }
    }
}

/// A typed number as TOML writes it: no leading zeros (TOML refuses `05`), a decimal with its
/// point (`2` becomes `2.0`).
fn canonical(typed: &str, kind: Number) -> String {
    let (sign, digits) = typed
        .strip_prefix('-')
        .map_or(("", typed), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    match (kind, fraction) {
        (Number::Whole, _) => format!("{sign}{whole}"),
        (Number::Decimal, "") => format!("{sign}{whole}.0"),
        (Number::Decimal, fraction) => format!("{sign}{whole}.{fraction}"),
    }
}

fn is_whole(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_decimal(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    is_whole(whole) && !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// The editor's field for a problem the rubric file's checks name (`criteria[2].descriptors.3`
/// becomes `criteria[4].descriptors[3]` when two criteria before it were removed); `None` for
/// a field the editor does not show.
fn form_field(field: &str, kept: &[(usize, &CriterionTyped)]) -> Option<String> {
    let Some(rest) = field.strip_prefix("criteria[") else {
        return (field != "language").then(|| field.to_owned());
    };
    let (index, rest) = rest.split_once(']')?;
    let typed_index = kept.get(index.parse::<usize>().ok()?)?.0;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let rest = match rest.split_once('.') {
        Some(("descriptors", level)) => format!("descriptors[{level}]"),
        _ if rest.starts_with("guiding_questions") => "guiding_questions".to_owned(),
        _ => rest.to_owned(),
    };
    Some(format!("criteria[{typed_index}].{rest}"))
}

/// The translations of `before`'s texts that still translate `after`'s: a text whose own-language
/// wording changed loses its translations (they translated the old wording); a guiding question
/// keeps its translations wherever it moved.
fn kept_translations(before: &Rubric, after: &Rubric) -> BTreeMap<String, RubricTexts> {
    let mut kept = BTreeMap::new();
    for (language, texts) in &before.translations {
        let same =
            |old: &str, new: &str, text: &Option<String>| text.clone().filter(|_| old == new);
        let mut now = RubricTexts {
            name: same(&before.name, &after.name, &texts.name),
            description: same(&before.description, &after.description, &texts.description),
            criteria: BTreeMap::new(),
        };
        for criterion in &after.criteria {
            let (Some(old), Some(given)) = (
                before.criterion(&criterion.key),
                texts.criteria.get(&criterion.key),
            ) else {
                continue;
            };
            let mut still = CriterionTexts {
                name: same(&old.name, &criterion.name, &given.name),
                description: same(&old.description, &criterion.description, &given.description),
                ..CriterionTexts::default()
            };
            for (i, question) in criterion.guiding_questions.iter().enumerate() {
                let was = old.guiding_questions.iter().position(|q| q == question);
                if let Some(text) = was.and_then(|was| given.guiding_questions.get(&was)) {
                    still.guiding_questions.insert(i, text.clone());
                }
            }
            for (level, descriptor) in &criterion.descriptors {
                if old.descriptors.get(level) == Some(descriptor)
                    && let Some(text) = given.descriptors.get(level)
                {
                    still.descriptors.insert(*level, text.clone());
                }
            }
            if still != CriterionTexts::default() {
                now.criteria.insert(criterion.key.clone(), still);
            }
        }
        if now != RubricTexts::default() {
            kept.insert(language.clone(), now);
        }
    }
    kept
}

#[cfg(test)]
mod tests;
