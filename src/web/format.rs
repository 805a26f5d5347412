//! How values are written on pages: statuses and amounts (instants: `domain::time`).

/// A stored snake_case status as words: `not_started` becomes "Not started".
pub fn status_label(status: &str) -> String {
    let words = status.replace('_', " ");
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// An amount of euro cents as `€785,000` (cents shown only when there are some).
pub fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let digits = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match cents % 100 {
        0 => format!("{sign}€{grouped}"),
        rest => format!("{sign}€{grouped}.{rest:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_are_grouped_by_thousands() {
        assert_eq!(euros(78_500_000), "€785,000");
        assert_eq!(euros(12_500_050), "€125,000.50");
        assert_eq!(euros(99), "€0.99");
        assert_eq!(euros(-100_000), "-€1,000");
    }

    #[test]
    fn snake_case_statuses_read_as_words() {
        assert_eq!(status_label("not_started"), "Not started");
        assert_eq!(status_label(""), "");
    }
}
