//! A rubric's human texts in other languages than its own: the translations a rubric file gives
//! (`name = { en = "…", fr = "…" }`), how a rubric reads in a language, and which languages are
//! complete.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Rubric;

/// The language of a rubric whose file names none.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A rubric's texts in one language other than its own; a text not given reads in the rubric's
/// own language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricTexts {
    /// The rubric's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the rubric is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The criteria's texts, by criterion key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub criteria: BTreeMap<String, CriterionTexts>,
}

/// One criterion's texts in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionTexts {
    /// The name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the criterion looks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Guiding questions, by their position in the rubric's own list.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub guiding_questions: BTreeMap<usize, String>,
    /// Level descriptors, by level.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub descriptors: BTreeMap<u16, String>,
}

/// How much of a rubric a language covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// The language's code.
    pub language: String,
    /// Texts given in it.
    pub given: usize,
    /// Texts the rubric has.
    pub total: usize,
}

impl Coverage {
    /// Whether every text of the rubric is given in the language.
    pub fn is_complete(&self) -> bool {
        self.given == self.total
    }
}

pub(super) fn default_language() -> String {
    DEFAULT_LANGUAGE.to_owned()
}

pub(super) fn is_default_language(language: &String) -> bool {
    language == DEFAULT_LANGUAGE
}

impl Rubric {
    /// The rubric as it reads in `language`: each text given in that language replaces the
    /// rubric's own; any other stays in the rubric's language.
    pub fn in_language(&self, language: &str) -> Rubric {
        let mut read = self.clone();
        let Some(texts) = self.translations.get(language) else {
            return read;
        };
        if let Some(name) = &texts.name {
            read.name.clone_from(name);
        }
        if let Some(description) = &texts.description {
            read.description.clone_from(description);
        }
        for criterion in &mut read.criteria {
            let Some(given) = texts.criteria.get(&criterion.key) else {
                continue;
            };
            if let Some(name) = &given.name {
                criterion.name.clone_from(name);
            }
            if let Some(description) = &given.description {
                criterion.description.clone_from(description);
            }
            for (i, question) in criterion.guiding_questions.iter_mut().enumerate() {
                if let Some(text) = given.guiding_questions.get(&i) {
                    question.clone_from(text);
                }
            }
            for (level, descriptor) in &mut criterion.descriptors {
                if let Some(text) = given.descriptors.get(level) {
                    descriptor.clone_from(text);
                }
            }
        }
        read
    }

    /// The languages the rubric speaks, its own first, with how much of it each covers.
    pub fn coverage(&self) -> Vec<Coverage> {
        let total = self.text_count();
        let own = Coverage {
            language: self.language.clone(),
            given: total,
            total,
        };
        let others = self.translations.iter().map(|(language, texts)| Coverage {
            language: language.clone(),
            given: given_count(self, texts),
            total,
        });
        std::iter::once(own).chain(others).collect()
    }

    /// How many human texts the rubric has (an empty description is not one).
    fn text_count(&self) -> usize {
        let own = 1 + usize::from(!self.description.is_empty());
        let criteria: usize = self
            .criteria
            .iter()
            .map(|c| {
                1 + usize::from(!c.description.is_empty())
                    + c.guiding_questions.len()
                    + c.descriptors.len()
            })
            .sum();
        own + criteria
    }
}

/// How many of the rubric's texts `texts` gives.
fn given_count(rubric: &Rubric, texts: &RubricTexts) -> usize {
    let own = usize::from(texts.name.is_some())
        + usize::from(!rubric.description.is_empty() && texts.description.is_some());
    let criteria: usize = rubric
        .criteria
        .iter()
        .filter_map(|c| texts.criteria.get(&c.key).map(|given| (c, given)))
        .map(|(c, given)| {
            usize::from(given.name.is_some())
                + usize::from(!c.description.is_empty() && given.description.is_some())
                + (0..c.guiding_questions.len())
                    .filter(|i| given.guiding_questions.contains_key(i))
                    .count()
                + c.descriptors
                    .keys()
                    .filter(|level| given.descriptors.contains_key(level))
                    .count()
        })
        .sum();
    own + criteria
}
