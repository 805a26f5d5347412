//! Writing a rubric as a rubric file: the TOML that [`super::parse_rubric`] reads back into the
//! same rubric (same content hash), with every translation as `{ en = "…", fr = "…" }`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::{Criterion, HalfPoints, Rubric};

/// A TOML string literal for `text`, quoted and escaped by the `toml` crate.
pub(super) fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A weight in basis points as the decimal fraction a file writes (`0.4`, `0.125`).
pub(super) fn weight_text(weight_bp: u32) -> String {
    let shown = Decimal::new(i64::from(weight_bp), 4).normalize();
    if shown.fract().is_zero() {
        format!("{shown}.0")
    } else {
        shown.to_string()
    }
}

/// A score as a TOML float (`2.0`, `2.5`).
pub(super) fn score_text(score: HalfPoints) -> String {
    if score.0.is_multiple_of(2) {
        format!("{}.0", score.0 / 2)
    } else {
        score.to_string()
    }
}

/// One text with its translations: a plain string, or an inline table by language.
struct Texts<'a> {
    language: &'a str,
    own: &'a str,
    others: BTreeMap<&'a str, &'a str>,
}

impl Texts<'_> {
    fn toml(&self) -> String {
        if self.others.is_empty() {
            return quoted(self.own);
        }
        let mut parts = vec![format!("{} = {}", self.language, quoted(self.own))];
        for (language, text) in &self.others {
            parts.push(format!("{language} = {}", quoted(text)));
        }
        format!("{{ {} }}", parts.join(", "))
    }
}

impl Rubric {
    /// The rubric as a rubric file named `<key>.toml`, which `laurel rubric check` accepts and
    /// which reads back into this very rubric.
    pub fn to_toml(&self) -> String {
        let texts = |pick: &dyn Fn(&super::RubricTexts) -> Option<String>| {
            self.translations
                .iter()
                .filter_map(|(language, t)| pick(t).map(|text| (language.clone(), text)))
                .collect::<BTreeMap<String, String>>()
        };
        let mut out = String::new();
        let _ = writeln!(out, "key = {}", quoted(&self.key));
        let _ = writeln!(out, "language = {}", quoted(&self.language));
        let names = texts(&|t| t.name.clone());
        let _ = writeln!(out, "name = {}", self.text(&self.name, &names));
        let descriptions = texts(&|t| t.description.clone());
        if !self.description.is_empty() || !descriptions.is_empty() {
            let written = self.text(&self.description, &descriptions);
            let _ = writeln!(out, "description = {written}");
        }
        let _ = writeln!(
            out,
            "overall_threshold = {}",
            score_text(self.overall_threshold)
        );
        let _ = writeln!(out, "\n[scale]");
        let _ = writeln!(out, "min = {}", self.scale.min.0 / 2);
        let _ = writeln!(out, "max = {}", self.scale.max.0 / 2);
        let step = if self.scale.step.0 == 1 { "0.5" } else { "1" };
        let _ = writeln!(out, "step = {step}");
        for criterion in &self.criteria {
            self.write_criterion(&mut out, criterion);
        }
        out
    }

    fn text(&self, own: &str, others: &BTreeMap<String, String>) -> String {
        Texts {
            language: &self.language,
            own,
            others: others
                .iter()
                .map(|(l, t)| (l.as_str(), t.as_str()))
                .collect(),
        }
        .toml()
    }

    /// The translations of one of `criterion`'s texts, by language.
    fn criterion_texts(
        &self,
        criterion: &Criterion,
        pick: impl Fn(&super::CriterionTexts) -> Option<String>,
    ) -> BTreeMap<String, String> {
        self.translations
            .iter()
            .filter_map(|(language, t)| {
                let given = t.criteria.get(&criterion.key)?;
                pick(given).map(|text| (language.clone(), text))
            })
            .collect()
    }

    fn write_criterion(&self, out: &mut String, c: &Criterion) {
        let _ = writeln!(out, "\n[[criteria]]");
        let _ = writeln!(out, "key = {}", quoted(&c.key));
        let names = self.criterion_texts(c, |t| t.name.clone());
        let _ = writeln!(out, "name = {}", self.text(&c.name, &names));
        let descriptions = self.criterion_texts(c, |t| t.description.clone());
        if !c.description.is_empty() || !descriptions.is_empty() {
            let written = self.text(&c.description, &descriptions);
            let _ = writeln!(out, "description = {written}");
        }
        let _ = writeln!(out, "weight = {}", weight_text(c.weight_bp));
        let _ = writeln!(out, "threshold = {}", score_text(c.threshold));
        let _ = writeln!(out, "core = {}", c.core);
        let _ = writeln!(out, "tie_break_priority = {}", c.tie_break_priority);
        if !c.guiding_questions.is_empty() {
            let _ = writeln!(out, "guiding_questions = [");
            for (i, question) in c.guiding_questions.iter().enumerate() {
                let others = self.criterion_texts(c, |t| t.guiding_questions.get(&i).cloned());
                let _ = writeln!(out, "  {},", self.text(question, &others));
            }
            let _ = writeln!(out, "]");
        }
        let _ = writeln!(out, "\n[criteria.descriptors]");
        for (level, descriptor) in &c.descriptors {
            let others = self.criterion_texts(c, |t| t.descriptors.get(level).cloned());
            let _ = writeln!(out, "{level} = {}", self.text(descriptor, &others));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::rubric::parse_rubric;

    const PLATFORMA: &str = include_str!("../../../rubrics/platforma.toml");
    const SMALL: &str = include_str!("../../../rubrics/city-partnership-small.toml");

    #[test]
    fn every_shipped_rubric_written_as_toml_reads_back_into_the_same_rubric() {
        for (file, source, key) in [
            ("platforma.toml", PLATFORMA, "platforma"),
            ("small.toml", SMALL, "city-partnership-small"),
        ] {
            let rubric = parse_rubric(file, source, Some(key)).expect("valid");
            let written = rubric.to_toml();
            let again = parse_rubric("written.toml", &written, Some(key))
                .unwrap_or_else(|e| panic!("{file}: {e:?}\n{written}"));
            assert_eq!(again, rubric, "{written}");
            assert_eq!(again.content_hash().ok(), rubric.content_hash().ok());
        }
    }

    #[test]
    fn texts_with_quotes_newlines_and_translations_survive_the_round_trip() {
        let mut rubric = parse_rubric("small.toml", SMALL, None).expect("valid");
        rubric.name = "The \"small\" prize\nwith a second line".to_owned();
        rubric.criteria[0].guiding_questions[1] = "Back\\slash and 'single' quotes?".to_owned();
        let texts = rubric.translations.entry("fr".to_owned()).or_default();
        texts.name = Some("Le « petit » prix".to_owned());
        let criterion = texts
            .criteria
            .entry("local_benefit".to_owned())
            .or_default();
        criterion
            .descriptors
            .insert(3, "Des bénéfices clairs".to_owned());
        criterion
            .guiding_questions
            .insert(0, "Qu'est-ce qui a changé ?".to_owned());
        let again = parse_rubric("written.toml", &rubric.to_toml(), None).expect("valid");
        assert_eq!(again, rubric);
    }

    #[test]
    fn weights_and_scores_are_written_as_the_exact_decimals_of_a_file() {
        assert_eq!(super::weight_text(4_000), "0.4");
        assert_eq!(super::weight_text(1_250), "0.125");
        assert_eq!(super::weight_text(10_000), "1.0");
        assert_eq!(super::score_text(super::HalfPoints(5)), "2.5");
        assert_eq!(super::score_text(super::HalfPoints(4)), "2.0");
    }
}
