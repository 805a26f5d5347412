//! Text for people: values quoted in error messages, cut short (a message quotes a value to
//! point at it, never to reproduce a cell of a megabyte), and estimates written short.

use std::fmt;

/// The most characters of a value an error message quotes.
pub const ECHO_CHARS: usize = 40;

/// A value as quoted in an error message: whole up to [`ECHO_CHARS`] characters, otherwise its
/// first characters and an ellipsis, [`ECHO_CHARS`] characters in all.
#[derive(Clone, Copy, Debug)]
pub struct Echo<'a>(&'a str);

/// Quotes `value` in an error message, cut to [`ECHO_CHARS`] characters.
#[must_use]
pub fn echo(value: &str) -> Echo<'_> {
    Echo(value)
}

impl fmt::Display for Echo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(ECHO_CHARS) {
            None => f.write_str(self.0),
            Some(_) => {
                let cut = self
                    .0
                    .char_indices()
                    .nth(ECHO_CHARS - 1)
                    .map_or(self.0.len(), |(at, _)| at);
                write!(f, "{}…", self.0.get(..cut).unwrap_or_default())
            }
        }
    }
}

/// An estimate with at most `places` decimals, trailing zeros dropped: a rank interval's bound
/// `7.200000000000003` is written `7.2`, a shared rank `1.5`, a whole rank `2`.
#[must_use]
pub fn short_number(x: f64, places: usize) -> String {
    let text = format!("{x:.places$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text.as_str()
    };
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_are_written_short_without_float_noise() {
        assert_eq!(short_number(7.200_000_000_000_003, 2), "7.2");
        assert_eq!(short_number(1.5, 2), "1.5");
        assert_eq!(short_number(2.0, 2), "2");
        assert_eq!(short_number(-0.001, 2), "0");
        assert_eq!(short_number(10.0, 0), "10");
    }

    #[test]
    fn a_short_value_is_quoted_whole() {
        let forty = "x".repeat(ECHO_CHARS);
        assert_eq!(echo("abc").to_string(), "abc");
        assert_eq!(echo(&forty).to_string(), forty);
    }

    #[test]
    fn a_long_value_is_cut_to_forty_characters_with_an_ellipsis() {
        let long = "é".repeat(1000);
        let quoted = echo(&long).to_string();
        assert_eq!(quoted.chars().count(), ECHO_CHARS);
        assert!(quoted.ends_with("é…"), "{quoted}");
    }
}
