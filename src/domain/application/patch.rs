//! A section of the draft as a JSON object (the API's section save): only that section's fields,
//! never the attachments list, each checked against the draft's type before anything is written.

use crate::domain::message::Message;
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{Draft, Section};

/// The fields of one section, checked: applying it cannot fail.
#[derive(Clone, Debug)]
pub struct SectionPatch {
    fields: Map<String, Value>,
}

/// Browsers and scripts send CRLF; the limits count a line break as one character. NUL goes.
fn normalised(value: Value) -> Value {
    match value {
        Value::String(text) => Value::String(text.replace("\r\n", "\n").replace('\0', "")),
        Value::Array(items) => Value::Array(items.into_iter().map(normalised).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k, normalised(v)))
                .collect(),
        ),
        other => other,
    }
}

fn as_object(draft: &Draft) -> Map<String, Value> {
    match serde_json::to_value(draft) {
        Ok(Value::Object(fields)) => fields,
        _ => Map::new(),
    }
}

fn merged(draft: &Draft, fields: &Map<String, Value>) -> Result<Draft, serde_json::Error> {
    let mut object = as_object(draft);
    object.extend(fields.clone());
    serde_json::from_value(Value::Object(object))
}

impl SectionPatch {
    /// Checks `fields` as the new values of `section`: each must be a field of that section
    /// (the attachments have their own endpoints) with a value of the field's type. Problems
    /// are named by field.
    pub fn check(
        section: Section,
        fields: Map<String, Value>,
    ) -> Result<SectionPatch, BTreeMap<String, Message>> {
        let known = as_object(&Draft::default());
        let mut problems = BTreeMap::new();
        let mut checked = Map::new();
        for (name, value) in fields {
            let problem = if name == "attachments" {
                Some(Message::new("api-problem-attachments"))
            } else if !known.contains_key(&name) {
                Some(Message::new("api-problem-unknown-field"))
            } else if Section::of_field(&name) != section {
                let slug = Section::of_field(&name).slug();
                Some(Message::new("api-problem-other-section").text("section", slug))
            } else {
                let single = Map::from_iter([(name.clone(), normalised(value.clone()))]);
                merged(&Draft::default(), &single)
                    .err()
                    .map(|e| Message::new("api-problem-field-type").text("detail", e))
            };
            match problem {
                Some(problem) => {
                    problems.insert(name.clone(), problem.text("field", &name));
                }
                None => {
                    checked.insert(name, normalised(value));
                }
            }
        }
        if problems.is_empty() {
            Ok(SectionPatch { fields: checked })
        } else {
            Err(problems)
        }
    }

    /// Writes the checked fields onto `draft`, leaving every other field as it is.
    pub fn apply(&self, draft: &mut Draft) {
        // Each field was checked against the draft's type, so the merge reads back.
        if let Ok(patched) = merged(draft, &self.fields) {
            *draft = patched;
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::json;

    use super::*;

    fn fields(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(fields) => fields,
            _ => Map::new(),
        }
    }

    #[test]
    fn a_patch_changes_its_sections_fields_and_nothing_else() {
        let mut draft = Draft {
            summary: "kept".to_owned(),
            ..Draft::default()
        };
        let patch = SectionPatch::check(
            Section::Project,
            fields(json!({"title": "Water\r\npoints\u{0}", "ongoing": true})),
        )
        .unwrap();
        patch.apply(&mut draft);
        assert_eq!(draft.title, "Water\npoints");
        assert!(draft.ongoing);
        assert_eq!(draft.summary, "kept");
    }

    #[test]
    fn unknown_fields_other_sections_attachments_and_wrong_types_are_named() {
        let problems = SectionPatch::check(
            Section::Project,
            fields(
                json!({"titel": "x", "budget_total_eur": "5", "ongoing": "yes",
                          "attachments": []}),
            ),
        )
        .unwrap_err();
        let names: Vec<&str> = problems.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            ["attachments", "budget_total_eur", "ongoing", "titel"]
        );
        assert_eq!(problems["budget_total_eur"].id, "api-problem-other-section");
        let evidence = SectionPatch::check(Section::Evidence, fields(json!({"attachments": []})));
        assert_eq!(
            evidence.unwrap_err()["attachments"].id,
            "api-problem-attachments"
        );
    }
}
