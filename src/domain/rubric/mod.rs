//! Rubrics: the criteria, weights, scale, thresholds and level descriptors that jurors score against.
//!
//! A rubric is read from a TOML file (see [`parse`]) and validated strictly. Scores are held as
//! integer half-points and weights as integer basis points (1/10 000), so weighted totals are exact.
//! When an edition adopts a rubric, its [`Rubric::snapshot_json`] is stored with
//! [`Rubric::content_hash`]: later edits of the file never change the meaning of given scores.

mod form;
mod parse;
mod texts;
mod toml_text;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use form::{CriterionTyped, RubricTyped};
pub use parse::{RubricError, parse_rubric};
pub use texts::{Coverage, CriterionTexts, DEFAULT_LANGUAGE, RubricTexts};

/// The sum that the weights of a rubric must reach: 1 in basis points.
pub const WEIGHT_TOTAL_BP: u32 = 10_000;

/// A validated rubric.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rubric {
    /// Identifier, equal to the file stem.
    pub key: String,
    /// Name shown to people.
    pub name: String,
    /// What the rubric is for.
    pub description: String,
    /// The scale every criterion is scored on.
    pub scale: Scale,
    /// Minimum weighted total, in half-points.
    pub overall_threshold: HalfPoints,
    /// The criteria, in the order of the file.
    pub criteria: Vec<Criterion>,
    /// The language of the texts above (a language code such as `en`).
    #[serde(
        default = "texts::default_language",
        skip_serializing_if = "texts::is_default_language"
    )]
    pub language: String,
    /// The texts in other languages, by language code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, RubricTexts>,
}

/// A score expressed in half-points: 7 means 3.5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct HalfPoints(pub u16);

impl HalfPoints {
    /// The value in points, for display.
    pub fn points(self) -> f64 {
        f64::from(self.0) / 2.0
    }
}

impl fmt::Display for HalfPoints {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_multiple_of(2) {
            write!(f, "{}", self.0 / 2)
        } else {
            write!(f, "{}.5", self.0 / 2)
        }
    }
}

/// The range and granularity of scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    /// Lowest score.
    pub min: HalfPoints,
    /// Highest score.
    pub max: HalfPoints,
    /// Step between allowed scores: 1 (half points) or 2 (whole points).
    pub step: HalfPoints,
}

impl Scale {
    /// Returns true if and only if `score` is on the scale.
    pub fn allows(&self, score: HalfPoints) -> bool {
        score >= self.min && score <= self.max && (score.0 - self.min.0).is_multiple_of(self.step.0)
    }

    /// Every allowed score, from lowest to highest.
    pub fn values(&self) -> Vec<HalfPoints> {
        (self.min.0..=self.max.0)
            .step_by(usize::from(self.step.0))
            .map(HalfPoints)
            .collect()
    }

    /// Every whole level of the scale (each needs a descriptor).
    pub fn whole_levels(&self) -> Vec<u16> {
        (self.min.0.div_ceil(2)..=self.max.0 / 2).collect()
    }
}

/// One criterion of a rubric.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    /// Identifier, unique within the rubric.
    pub key: String,
    /// Name shown to people.
    pub name: String,
    /// What the criterion looks for.
    pub description: String,
    /// Weight in basis points; the weights of a rubric sum to 10 000.
    pub weight_bp: u32,
    /// Minimum score for the submission to pass this criterion.
    pub threshold: HalfPoints,
    /// Whether the criterion is core (a higher threshold, first in ties).
    pub core: bool,
    /// Position in the tie-break order: 1 is considered first.
    pub tie_break_priority: u32,
    /// Questions that guide applicants and jurors.
    pub guiding_questions: Vec<String>,
    /// What each whole level means.
    pub descriptors: BTreeMap<u16, String>,
}

impl Criterion {
    /// The weight as a percentage string, e.g. "20%" or "12.5%".
    pub fn weight_percent(&self) -> String {
        let hundredths = self.weight_bp;
        if hundredths.is_multiple_of(100) {
            format!("{}%", hundredths / 100)
        } else {
            let text = format!("{}.{:02}", hundredths / 100, hundredths % 100);
            format!("{}%", text.trim_end_matches('0'))
        }
    }
}

impl Rubric {
    /// The canonical JSON form stored as the frozen snapshot.
    pub fn snapshot_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// Reads a stored snapshot back.
    pub fn from_snapshot_json(json: &str) -> Result<Rubric, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The SHA-256 of the snapshot, in lowercase hexadecimal: two rubrics with the same meaning
    /// have the same hash whatever the layout or comments of their files.
    pub fn content_hash(&self) -> Result<String, serde_json::Error> {
        let json = self.snapshot_json()?;
        Ok(hex::encode(Sha256::digest(json.as_bytes())))
    }

    /// Finds a criterion by key.
    pub fn criterion(&self, key: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.key == key)
    }
}

#[cfg(test)]
mod tests;
