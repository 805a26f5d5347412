//! How values are written on pages: stored statuses as words (dates, numbers and amounts in the
//! reader's language: `i18n`).

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
