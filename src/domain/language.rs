//! A language of the interface, named by its code (`en`, `fr`, …): the languages there are come
//! from the message files (`crate::i18n`), so a new locale needs no code; and which of them a
//! reader gets from a tag or from what their browser asks for.

use std::fmt;

/// A language the interface has messages for, by its code (as in `<html lang>` and the name of
/// its directory under `locales/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl Default for Lang {
    fn default() -> Self {
        Lang::EN
    }
}

impl Lang {
    /// English, the language every message falls back to.
    pub const EN: Lang = Lang("en");

    /// The pseudo-language of the tests: English with every text the interface produces wrapped
    /// in ⟦ ⟧, so that a test can find text that did not come from the message files. Only
    /// offered when the configuration's `pseudo_locale` is on.
    pub const PSEUDO: Lang = Lang("qps");

    /// Returns true for [`Lang::PSEUDO`].
    pub fn is_pseudo(self) -> bool {
        self == Lang::PSEUDO
    }

    /// Its code.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language among `available` that a tag such as `fr`, `fr-BE` or `ES` names by its
    /// primary subtag.
    pub fn among(available: &[&'static str], tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        available
            .iter()
            .find(|code| code.eq_ignore_ascii_case(primary))
            .map(|code| Lang(code))
    }

    /// The language among `available` that a browser's `Accept-Language` header prefers (by `q`
    /// value), or `None` when it names none of them.
    pub fn preferred(available: &[&'static str], accept_language: &str) -> Option<Lang> {
        accept_language::parse_with_quality(accept_language)
            .into_iter()
            .filter(|(_, quality)| *quality > 0.0)
            .find_map(|(tag, _)| Lang::among(available, &tag))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AVAILABLE: [&str; 4] = ["en", "es", "fr", "it"];

    fn code(lang: Option<Lang>) -> Option<&'static str> {
        lang.map(Lang::code)
    }

    #[test]
    fn the_browsers_most_wanted_language_among_those_available_wins() {
        let preferred = |header| code(Lang::preferred(&AVAILABLE, header));
        assert_eq!(preferred("fr-BE,fr;q=0.9,en;q=0.8"), Some("fr"));
        assert_eq!(preferred("de-DE,de;q=0.9,it;q=0.5,en;q=0.3"), Some("it"));
        assert_eq!(preferred("en;q=0.2, es-NI"), Some("es"));
        assert_eq!(preferred("de, nl;q=0.5"), None);
        assert_eq!(preferred("fr;q=0, it;q=0.1"), Some("it"));
        assert_eq!(preferred(""), None);
    }

    #[test]
    fn a_tag_is_read_by_its_primary_subtag() {
        assert_eq!(code(Lang::among(&AVAILABLE, "ES-ar")), Some("es"));
        assert_eq!(code(Lang::among(&AVAILABLE, "it")), Some("it"));
        assert_eq!(code(Lang::among(&AVAILABLE, "pt-BR")), None);
        assert_eq!(code(Lang::among(&AVAILABLE, "")), None);
    }
}
