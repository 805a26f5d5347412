//! How values are written on pages: dates, statuses.

use chrono::{DateTime, Utc};

/// A UTC instant as `2026-11-22 14:05`.
pub fn utc_minute(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// An optional instant, or an en dash.
pub fn utc_minute_or_dash(at: Option<DateTime<Utc>>) -> String {
    at.map_or_else(|| "–".to_owned(), utc_minute)
}

/// A stored snake_case status as words: `not_started` becomes "Not started".
pub fn status_label(status: &str) -> String {
    let words = status.replace('_', " ");
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_statuses_read_as_words() {
        assert_eq!(status_label("not_started"), "Not started");
        assert_eq!(status_label(""), "");
    }
}
