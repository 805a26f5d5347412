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
}

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
    Page::with_status(
        Status::Conflict,
        template(nav, heading, reason, typed, back),
    )
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
