//! A page that says why something cannot be done here: a state to explain (a suspended
//! scorecard), or a refused form that cannot be shown again because the person may no longer see
//! what it was about, with what was typed, read-only, to copy.

use askama::Template;
use rocket::http::Status;

use crate::web::pages::{Nav, Page};

/// One typed field as it came in.
pub struct Typed {
    /// What the field was, e.g. "Relevance: comment".
    pub label: String,
    /// The text as typed.
    pub text: String,
}

impl Typed {
    /// A field and its text.
    pub fn new(label: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            text: text.into(),
        }
    }

    /// Whether the text fits on one line (a score, a name).
    pub fn is_short(&self) -> bool {
        !self.text.contains('\n') && self.text.chars().count() <= SHORT
    }

    /// Rows enough to show the text without scrolling, within reason.
    pub fn rows(&self) -> usize {
        let wrapped: usize = self
            .text
            .lines()
            .map(|line| line.chars().count() / WRAP + 1)
            .sum();
        wrapped.clamp(2, 12)
    }
}

/// The longest text shown on one line.
const SHORT: usize = 60;
/// About how many characters a line of the text box holds.
const WRAP: usize = 70;

/// The page itself.
#[derive(Template)]
#[template(path = "notice.html", config = "src/web/askama.toml")]
pub struct NoticeTemplate {
    nav: Nav,
    heading: String,
    reason: String,
    typed: Vec<Typed>,
    back_href: String,
    back_label: String,
}

/// A refusal (409) that shows `reason` and the non-empty `typed` fields, with a link back.
pub fn refused(
    nav: Nav,
    heading: &str,
    reason: String,
    typed: Vec<Typed>,
    back: (String, &str),
) -> Page<NoticeTemplate> {
    refused_with(Status::Conflict, nav, heading, reason, typed, back)
}

/// A refusal with another status (404 when the thing is gone), with what was typed.
pub fn refused_with(
    status: Status,
    nav: Nav,
    heading: &str,
    reason: String,
    typed: Vec<Typed>,
    back: (String, &str),
) -> Page<NoticeTemplate> {
    Page::with_status(status, template(nav, heading, reason, typed, back))
}

/// An explanation (200) with a link back.
pub fn page(nav: Nav, heading: &str, reason: String, back: (String, &str)) -> Page<NoticeTemplate> {
    Page::ok(template(nav, heading, reason, Vec::new(), back))
}

fn template(
    nav: Nav,
    heading: &str,
    reason: String,
    typed: Vec<Typed>,
    (back_href, back_label): (String, &str),
) -> NoticeTemplate {
    NoticeTemplate {
        nav,
        heading: heading.to_owned(),
        reason,
        typed: typed
            .into_iter()
            .filter(|t| !t.text.trim().is_empty())
            .collect(),
        back_href,
        back_label: back_label.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::Typed;

    #[test]
    fn a_score_or_a_name_is_shown_on_one_line_and_a_comment_in_a_box_of_its_length() {
        assert!(Typed::new("Score", "3.5").is_short());
        let comment = Typed::new("Comment", "word ".repeat(60));
        assert!(!comment.is_short());
        assert_eq!(comment.rows(), 5);
        assert!(!Typed::new("Comment", "one\ntwo").is_short());
        assert_eq!(Typed::new("Comment", "x\n".repeat(40)).rows(), 12);
    }
}
