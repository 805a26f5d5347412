//! Reading a rubric from TOML: unknown fields are refused, and every error names the file,
//! the line and the field.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Deserialize;
use toml::Spanned;

use super::texts::{DEFAULT_LANGUAGE, RubricTexts};
use super::{Criterion, HalfPoints, Rubric, Scale, WEIGHT_TOTAL_BP};

/// A problem in a rubric file, located by file, line and field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct RubricError {
    /// The file, as given.
    pub file: String,
    /// The 1-based line, when known.
    pub line: Option<usize>,
    /// The field path, e.g. `criteria[2].weight`, when known.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RubricError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A human text: one string in the rubric's language, or one per language
/// (`{ en = "…", fr = "…" }`).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawText {
    Plain(String),
    ByLanguage(BTreeMap<String, String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRubric {
    key: Spanned<String>,
    #[serde(default)]
    language: Option<Spanned<String>>,
    name: Spanned<RawText>,
    #[serde(default)]
    description: Option<Spanned<RawText>>,
    overall_threshold: Spanned<f64>,
    #[serde(default)]
    scale: Option<Spanned<RawScale>>,
    criteria: Spanned<Vec<RawCriterion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: Spanned<i64>,
    max: Spanned<i64>,
    step: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    key: Spanned<String>,
    name: Spanned<RawText>,
    #[serde(default)]
    description: Option<Spanned<RawText>>,
    weight: Spanned<f64>,
    threshold: Spanned<f64>,
    #[serde(default)]
    core: bool,
    tie_break_priority: Spanned<i64>,
    #[serde(default)]
    guiding_questions: Vec<Spanned<RawText>>,
    descriptors: Spanned<BTreeMap<String, Spanned<RawText>>>,
}

/// Collects the errors of one file with their locations, and the texts it gives in languages
/// other than its own.
struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    errors: Vec<RubricError>,
    language: String,
    translations: BTreeMap<String, RubricTexts>,
}

/// A language code as rubric files write them: two or three lowercase letters (`en`, `fr`).
fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

impl Checker<'_> {
    /// The text of `raw` in the rubric's own language (trimmed); its other languages are kept
    /// by `keep` in the translations.
    fn text(
        &mut self,
        raw: Spanned<RawText>,
        field: &str,
        keep: impl Fn(&mut RubricTexts, String),
    ) -> String {
        let start = raw.span().start;
        let mut by_language = match raw.into_inner() {
            RawText::Plain(text) => return text.trim().to_owned(),
            RawText::ByLanguage(by_language) => by_language,
        };
        for code in by_language.keys().filter(|c| !is_language_code(c)) {
            let problem = format!("`{code}` is not a language code such as `en` or `fr`");
            self.errors.push(RubricError {
                file: self.file.to_owned(),
                line: Some(self.line_of(start)),
                field: Some(field.to_owned()),
                message: problem,
            });
        }
        let Some(own) = by_language.remove(&self.language) else {
            let problem = format!("gives no text in the rubric's language `{}`", self.language);
            self.error(start, field, problem);
            return String::new();
        };
        for (code, text) in by_language {
            let text = text.trim();
            if !text.is_empty() {
                keep(self.translations.entry(code).or_default(), text.to_owned());
            }
        }
        own.trim().to_owned()
    }

    fn line_of(&self, offset: usize) -> usize {
        self.source
            .get(..offset)
            .map_or(1, |before| before.matches('\n').count() + 1)
    }

    fn error(&mut self, offset: usize, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(RubricError {
            file: self.file.to_owned(),
            line: Some(self.line_of(offset)),
            field: Some(field.into()),
            message: message.into(),
        });
    }

    /// The number as written in the file, without `_` separators.
    fn written(&self, value: &Spanned<f64>) -> String {
        self.source
            .get(value.span())
            .map_or_else(|| value.get_ref().to_string(), |text| text.replace('_', ""))
    }

    /// Reads a number as written in the file. The outer `None` means it was refused for having
    /// more decimals than a `Decimal` holds exactly (already recorded); the inner one that it is
    /// not a decimal at all (`inf`, `nan`, out of range), left to the caller to word.
    fn exact(&mut self, value: &Spanned<f64>, field: &str, hint: &str) -> Option<Option<Decimal>> {
        let written = self.written(value);
        let decimals = decimal_places(&written);
        if decimals > MAX_EXACT_DECIMALS {
            self.error(
                value.span().start,
                field,
                format!(
                    "is written with {decimals} decimal places; at most {MAX_EXACT_DECIMALS} can \
                     be read exactly ({hint})"
                ),
            );
            return None;
        }
        Some(exact_decimal(&written))
    }

    /// Converts a score-like number to half-points, taking the number as written in the file,
    /// or records why it cannot be one.
    fn half_points(&mut self, value: &Spanned<f64>, field: &str) -> Option<HalfPoints> {
        let half_points = self
            .exact(value, field, "a score needs at most 1")?
            .and_then(|d| d.checked_mul(Decimal::TWO))
            .filter(|d| d.fract().is_zero() && *d >= Decimal::ZERO && *d <= Decimal::from(200))
            .and_then(|d| u16::try_from(d.mantissa() / 10_i128.pow(d.scale())).ok());
        if half_points.is_none() {
            let written = self.written(value);
            self.error(
                value.span().start,
                field,
                format!("must be a multiple of 0.5 between 0 and 100, not {written}"),
            );
        }
        half_points.map(HalfPoints)
    }

    /// Converts a weight to exact basis points, taking the number as written in the file (the
    /// parsed `f64` has already lost digits: `0.4000…0001` reads as 0.4).
    fn weight_bp(&mut self, value: &Spanned<f64>, field: &str) -> Option<u32> {
        let basis_points = self
            .exact(value, field, "a weight needs at most 4")?
            .and_then(|d| d.checked_mul(Decimal::from(WEIGHT_TOTAL_BP)))
            .filter(|bp| bp.fract().is_zero() && *bp > Decimal::ZERO)
            .and_then(|bp| u32::try_from(bp.mantissa() / 10_i128.pow(bp.scale())).ok());
        if basis_points.is_none() {
            let written = self.written(value);
            self.error(
                value.span().start,
                field,
                format!("must be a positive number with at most 4 decimals, not {written}"),
            );
        }
        basis_points
    }
}

/// The longest rubric key (it names the rubric file and is stored with every snapshot).
pub const MAX_KEY_LENGTH: usize = 80;

/// The most decimal places a `Decimal` holds exactly; `rust_decimal` silently rounds beyond.
const MAX_EXACT_DECIMALS: usize = 28;

/// The decimal places of a TOML number as written (`4e-1` has one: the exponent counts).
fn decimal_places(written: &str) -> usize {
    let (mantissa, exponent) = written
        .split_once(['e', 'E'])
        .map_or((written, 0), |(m, e)| (m, e.parse::<i64>().unwrap_or(0)));
    let fraction = mantissa.split_once('.').map_or(0, |(_, f)| f.len());
    let places = i64::try_from(fraction)
        .unwrap_or(i64::MAX)
        .saturating_sub(exponent);
    usize::try_from(places.max(0)).unwrap_or(usize::MAX)
}

/// Reads a TOML number as an exact decimal, or `None` when it is not one `Decimal` can hold.
fn exact_decimal(written: &str) -> Option<Decimal> {
    if written.contains(['e', 'E']) {
        Decimal::from_scientific(written).ok()
    } else {
        Decimal::from_str(written).ok()
    }
}

fn is_identifier(key: &str, allow_hyphen: bool) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || (allow_hyphen && c == '-')
        })
}

/// Parses and validates one rubric file. `file` names it in errors; `expected_key` (the file
/// stem) must equal the rubric's `key` when given.
pub fn parse_rubric(
    file: &str,
    source: &str,
    expected_key: Option<&str>,
) -> Result<Rubric, Vec<RubricError>> {
    let raw: RawRubric = toml::from_str(source).map_err(|e| {
        let line = e.span().map(|span| {
            source
                .get(..span.start)
                .map_or(1, |before| before.matches('\n').count() + 1)
        });
        vec![RubricError {
            file: file.to_owned(),
            line,
            field: None,
            message: e.message().trim().to_owned(),
        }]
    })?;
    let language = raw
        .language
        .as_ref()
        .map_or(DEFAULT_LANGUAGE, |l| l.get_ref().as_str())
        .to_owned();
    let mut check = Checker {
        file,
        source,
        errors: Vec::new(),
        language,
        translations: BTreeMap::new(),
    };
    if let Some(given) = raw
        .language
        .as_ref()
        .filter(|l| !is_language_code(l.get_ref()))
    {
        let problem = "must be a language code such as `en` or `fr`";
        check.error(given.span().start, "language", problem);
    }
    let rubric = validate(&mut check, raw, expected_key);
    match rubric {
        Some(rubric) if check.errors.is_empty() => Ok(rubric),
        _ => Err(check.errors),
    }
}

fn validate(check: &mut Checker<'_>, raw: RawRubric, expected_key: Option<&str>) -> Option<Rubric> {
    let key = raw.key.get_ref().clone();
    if !is_identifier(&key, true) {
        check.error(
            raw.key.span().start,
            "key",
            "must be lowercase letters, digits, `_` or `-`, starting with a letter",
        );
    } else if key.len() > MAX_KEY_LENGTH {
        check.error(
            raw.key.span().start,
            "key",
            format!("must be at most {MAX_KEY_LENGTH} characters long"),
        );
    }
    if let Some(expected) = expected_key.filter(|expected| *expected != key) {
        check.error(
            raw.key.span().start,
            "key",
            format!("is `{key}` but the file is named `{expected}.toml`: they must match"),
        );
    }
    let name_start = raw.name.span().start;
    let name = check.text(raw.name, "name", |t, text| t.name = Some(text));
    if name.is_empty() {
        check.error(name_start, "name", "must not be empty");
    }
    let description = raw.description.map_or_else(String::new, |d| {
        check.text(d, "description", |t, text| t.description = Some(text))
    });
    // With a wrong scale, the criteria are still checked (every problem at once), against the
    // widest scale, and without asking for a descriptor per level of a scale nobody knows.
    let valid_scale = validate_scale(check, raw.scale.as_ref());
    let scale = valid_scale.unwrap_or(Scale {
        min: HalfPoints(0),
        max: HalfPoints(200),
        step: HalfPoints(1),
    });
    let overall_threshold = check.half_points(&raw.overall_threshold, "overall_threshold");
    if let Some(t) = overall_threshold.filter(|t| *t < scale.min || *t > scale.max) {
        check.error(
            raw.overall_threshold.span().start,
            "overall_threshold",
            format!("is {t}, outside the scale {}–{}", scale.min, scale.max),
        );
    }
    let criteria_span = raw.criteria.span().start;
    let raw_criteria = raw.criteria.into_inner();
    let criteria_given = raw_criteria.len();
    if raw_criteria.is_empty() {
        check.error(
            criteria_span,
            "criteria",
            "must list at least one criterion",
        );
    }
    let criteria: Vec<(usize, Criterion)> = raw_criteria
        .into_iter()
        .enumerate()
        .filter_map(|(i, c)| {
            validate_criterion(check, &scale, valid_scale.is_some(), i, c).map(|c| (i, c))
        })
        .collect();
    let all_valid = criteria.len() == criteria_given;
    check_across_criteria(check, &criteria, all_valid, criteria_span);
    let criteria = criteria.into_iter().map(|(_, c)| c).collect();
    Some(Rubric {
        key,
        name,
        description,
        scale: valid_scale?,
        overall_threshold: overall_threshold?,
        criteria,
        language: check.language.clone(),
        translations: std::mem::take(&mut check.translations),
    })
}

fn validate_scale(check: &mut Checker<'_>, raw: Option<&Spanned<RawScale>>) -> Option<Scale> {
    let Some(raw) = raw else {
        return Some(Scale {
            min: HalfPoints(0),
            max: HalfPoints(10),
            step: HalfPoints(1),
        });
    };
    let scale = raw.get_ref();
    let min = scale.min.get_ref();
    let max = scale.max.get_ref();
    if !(0..=100).contains(min) {
        check.error(
            scale.min.span().start,
            "scale.min",
            "must be a whole number from 0 to 100",
        );
    }
    if !(0..=100).contains(max) || max <= min {
        check.error(
            scale.max.span().start,
            "scale.max",
            format!("must be a whole number above scale.min ({min}) and at most 100"),
        );
    }
    let step = match *scale.step.get_ref() {
        0.5 => 1,
        1.0 => 2,
        other => {
            check.error(
                scale.step.span().start,
                "scale.step",
                format!("must be 0.5 (half points) or 1 (whole points), not {other}"),
            );
            return None;
        }
    };
    let min = u16::try_from(*min).ok()?;
    let max = u16::try_from(*max).ok()?;
    (max > min && max <= 100).then_some(Scale {
        min: HalfPoints(min * 2),
        max: HalfPoints(max * 2),
        step: HalfPoints(step),
    })
}

fn validate_criterion(
    check: &mut Checker<'_>,
    scale: &Scale,
    scale_known: bool,
    index: usize,
    raw: RawCriterion,
) -> Option<Criterion> {
    let at = |field: &str| format!("criteria[{index}].{field}");
    let key = raw.key.get_ref().clone();
    if !is_identifier(&key, false) {
        check.error(
            raw.key.span().start,
            at("key"),
            "must be lowercase snake_case (letters, digits, `_`), starting with a letter",
        );
    }
    let name_start = raw.name.span().start;
    let name = check.text(raw.name, &at("name"), |t, text| {
        t.criteria.entry(key.clone()).or_default().name = Some(text);
    });
    if name.is_empty() {
        check.error(name_start, at("name"), "must not be empty");
    }
    let description = raw.description.map_or_else(String::new, |d| {
        check.text(d, &at("description"), |t, text| {
            t.criteria.entry(key.clone()).or_default().description = Some(text);
        })
    });
    let mut guiding_questions = Vec::new();
    for (i, question) in raw.guiding_questions.into_iter().enumerate() {
        let field = at(&format!("guiding_questions[{i}]"));
        let position = guiding_questions.len();
        let start = question.span().start;
        let own = check.text(question, &field, |t, text| {
            let texts = t.criteria.entry(key.clone()).or_default();
            texts.guiding_questions.insert(position, text);
        });
        if own.contains('\n') {
            check.error(start, &field, "must be one line");
        }
        if !own.is_empty() {
            guiding_questions.push(own);
        }
    }
    let weight_bp = check.weight_bp(&raw.weight, &at("weight"));
    let threshold = check.half_points(&raw.threshold, &at("threshold"));
    if let Some(t) = threshold.filter(|t| *t < scale.min || *t > scale.max) {
        check.error(
            raw.threshold.span().start,
            at("threshold"),
            format!("is {t}, outside the scale {}–{}", scale.min, scale.max),
        );
    }
    let priority = u32::try_from(*raw.tie_break_priority.get_ref())
        .ok()
        .filter(|p| *p >= 1);
    if priority.is_none() {
        check.error(
            raw.tie_break_priority.span().start,
            at("tie_break_priority"),
            "must be a whole number from 1 upwards",
        );
    }
    let descriptors_start = raw.descriptors.span().start;
    let mut descriptors = BTreeMap::new();
    for (level, text) in raw.descriptors.into_inner() {
        let parsed = level
            .parse::<u16>()
            .ok()
            .filter(|l| scale.whole_levels().contains(l));
        let (start, field) = (text.span().start, at(&format!("descriptors.{level}")));
        let Some(level) = parsed else {
            let problem = format!(
                "is not a whole level of the scale {}–{}",
                scale.min, scale.max
            );
            check.error(start, field, problem);
            continue;
        };
        let own = check.text(text, &field, |t, text| {
            let texts = t.criteria.entry(key.clone()).or_default();
            texts.descriptors.insert(level, text);
        });
        if own.is_empty() {
            check.error(start, field, "must not be empty");
        }
        descriptors.insert(level, own);
    }
    let missing: Vec<String> = scale
        .whole_levels()
        .into_iter()
        .filter(|level| !descriptors.contains_key(level))
        .map(|level| level.to_string())
        .collect();
    if scale_known && !missing.is_empty() {
        check.error(
            descriptors_start,
            at("descriptors"),
            format!(
                "needs a descriptor for every whole level; missing {}",
                missing.join(", ")
            ),
        );
    }
    Some(Criterion {
        key,
        name,
        description,
        weight_bp: weight_bp?,
        threshold: threshold?,
        core: raw.core,
        tie_break_priority: priority?,
        guiding_questions,
        descriptors,
    })
}

/// Checks what concerns several criteria; each criterion comes with its position in the file.
/// The weights' sum is checked when every criterion is valid (else it would mislead).
fn check_across_criteria(
    check: &mut Checker<'_>,
    criteria: &[(usize, Criterion)],
    all_valid: bool,
    span_start: usize,
) {
    let mut keys = HashSet::new();
    let mut priorities = HashSet::new();
    for (i, c) in criteria {
        if !keys.insert(c.key.as_str()) {
            check.error(
                span_start,
                format!("criteria[{i}].key"),
                format!("`{}` is used by more than one criterion", c.key),
            );
        }
        if !priorities.insert(c.tie_break_priority) {
            check.error(
                span_start,
                format!("criteria[{i}].tie_break_priority"),
                format!(
                    "{} is used by more than one criterion",
                    c.tie_break_priority
                ),
            );
        }
    }
    let total: u32 = criteria.iter().map(|(_, c)| c.weight_bp).sum();
    if all_valid && !criteria.is_empty() && total != WEIGHT_TOTAL_BP {
        let shown = Decimal::new(i64::from(total), 4).normalize();
        check.error(
            span_start,
            "criteria.weight",
            format!("the weights sum to {shown}; they must sum to exactly 1"),
        );
    }
}
