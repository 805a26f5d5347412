//! How the design summary and the reasons of an infeasible request name submissions and jurors:
//! by title and name where the caller knows them, by id otherwise (the command line's output).

use std::collections::BTreeMap;
use std::fmt;

use super::infeasible::LIST_LIMIT;
use crate::domain::message::Message;

/// Titles of submissions and names of jurors, by id; unknown ones are named by id.
#[derive(Clone, Debug, Default)]
pub struct Names {
    submissions: BTreeMap<i32, String>,
    jurors: BTreeMap<i32, String>,
}

impl Names {
    /// Names from the submissions' titles and the jurors' names.
    pub fn new(submissions: BTreeMap<i32, String>, jurors: BTreeMap<i32, String>) -> Names {
        Names {
            submissions,
            jurors,
        }
    }

    /// “Title”, or `submission 12`.
    pub fn submission(&self, id: i32) -> String {
        match self.submissions.get(&id) {
            Some(title) => format!("\u{201c}{title}\u{201d}"),
            None => format!("submission {id}"),
        }
    }

    /// The juror's name, or `juror 3`.
    pub fn juror(&self, id: i32) -> String {
        self.jurors
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("juror {id}"))
    }

    /// “Title” (in the reader's quotation marks), or `submission 12`, as a message.
    pub fn submission_said(&self, id: i32) -> Message {
        match self.submissions.get(&id) {
            Some(title) => Message::new("assign-name-title").text("title", title),
            None => Message::new("assign-name-submission").text("id", id.to_string()),
        }
    }

    /// The juror's name, or `juror 3`, as a message.
    pub fn juror_said(&self, id: i32) -> Message {
        match self.jurors.get(&id) {
            Some(name) => Message::new("assign-name-person").text("name", name),
            None => Message::new("assign-name-juror").text("id", id.to_string()),
        }
    }

    /// Submissions as a list message: titles where known, ids otherwise.
    pub fn submission_items(&self, list: &[i32]) -> Message {
        items(list, &self.submissions, |title| {
            Message::new("assign-name-title").text("title", title)
        })
    }

    /// Jurors as a list message: names where known, ids otherwise.
    pub fn juror_items(&self, list: &[i32]) -> Message {
        items(list, &self.jurors, |name| {
            Message::new("assign-name-person").text("name", name)
        })
    }

    /// Submissions, comma-separated: titles where known, ids otherwise; at most [`LIST_LIMIT`].
    pub fn submission_list(&self, list: &[i32]) -> String {
        limited(list, |id| match self.submissions.get(&id) {
            Some(title) => format!("\u{201c}{title}\u{201d}"),
            None => id.to_string(),
        })
    }

    /// Jurors, comma-separated: names where known, ids otherwise; at most [`LIST_LIMIT`].
    pub fn juror_list(&self, list: &[i32]) -> String {
        limited(list, |id| {
            self.jurors
                .get(&id)
                .cloned()
                .unwrap_or_else(|| id.to_string())
        })
    }
}

/// `list` as a comma-separated list message: each id's name said by `named` where `names` has
/// it, the id otherwise.
fn items(list: &[i32], names: &BTreeMap<i32, String>, named: impl Fn(&str) -> Message) -> Message {
    let items = list
        .iter()
        .map(|id| match names.get(id) {
            Some(name) => named(name),
            None => Message::new("assign-name-id").text("id", id.to_string()),
        })
        .collect();
    Message::new("assign-name-list").items("items", items)
}

fn limited(list: &[i32], name: impl Fn(i32) -> String) -> String {
    let mut out: Vec<String> = list.iter().take(LIST_LIMIT).map(|i| name(*i)).collect();
    if list.len() > LIST_LIMIT {
        out.push(format!("… and {} more", list.len() - LIST_LIMIT));
    }
    out.join(", ")
}

/// A summary, notice or reason written with [`Names`]: `Named(&summary, &names).to_string()`.
pub struct Named<'a, T>(pub &'a T, pub &'a Names);

/// Writes `value` with ids only (its `Display`).
pub(super) fn with_ids<T>(value: &T, f: &mut fmt::Formatter<'_>) -> fmt::Result
where
    for<'a> Named<'a, T>: fmt::Display,
{
    fmt::Display::fmt(&Named(value, &Names::default()), f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assignment::{Infeasible, Shortfall};

    #[test]
    fn a_reason_names_submissions_by_title_where_known_and_by_id_otherwise() {
        let infeasible = Infeasible::TooFewJurors {
            required: 3,
            jurors: 4,
            submissions: vec![
                Shortfall {
                    submission: 7,
                    available: 2,
                    conflicted: 2,
                    missing: 1,
                },
                Shortfall {
                    submission: 9,
                    available: 1,
                    conflicted: 3,
                    missing: 2,
                },
            ],
        };
        let names = Names::new(
            BTreeMap::from([(7, "Water points".to_owned())]),
            BTreeMap::new(),
        );
        let named = Named(&infeasible, &names).to_string();
        assert!(
            named.contains("\n- \u{201c}Water points\u{201d}: 2 without a conflict"),
            "{named}"
        );
        assert!(
            named.contains("\n- submission 9: 1 without a conflict"),
            "{named}"
        );
        assert_eq!(
            infeasible.to_string(),
            Named(&infeasible, &Names::default()).to_string()
        );
        assert!(infeasible.to_string().contains("\n- submission 7:"));
    }
}
