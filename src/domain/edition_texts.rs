//! What an edition's call says to applicants, in each language: its introduction, and the name,
//! introduction and category labels given in other languages than the edition's own (a reader
//! whose language has none reads the edition's own).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::message::Message;

/// The most characters of an edition's name, in any language.
pub const NAME_CHARS: usize = 120;

/// The most characters of a call's introduction, in any language.
pub const INTRODUCTION_CHARS: usize = 4_000;

/// The call's texts besides the edition's own name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionTexts {
    /// What the call is about, in the edition's own language; empty when not given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub introduction: String,
    /// The texts in other languages, by language code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, TranslatedTexts>,
}

/// The call's texts in one language; an empty text reads in the edition's own language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedTexts {
    /// The edition's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// What the call is about.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub introduction: String,
    /// The categories' labels, by category code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub categories: BTreeMap<String, String>,
}

impl TranslatedTexts {
    fn is_empty(&self) -> bool {
        self.name.is_empty() && self.introduction.is_empty() && self.categories.is_empty()
    }
}

/// A text as a reader sees it: the words, and the language they are in when it is not the one
/// asked for (a fallback to the edition's own text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Read<'a> {
    /// The words.
    pub text: &'a str,
    /// Whether they are in the language asked for; when not, the edition's own language.
    pub translated: bool,
}

impl EditionTexts {
    /// The texts as typed: surrounding spaces trimmed, languages without any text dropped.
    pub fn tidy(introduction: &str, translations: BTreeMap<String, TranslatedTexts>) -> Self {
        EditionTexts {
            introduction: introduction.trim().to_owned(),
            translations: translations
                .into_iter()
                .map(|(code, texts)| {
                    let texts = TranslatedTexts {
                        name: texts.name.trim().to_owned(),
                        introduction: texts.introduction.trim().to_owned(),
                        categories: texts
                            .categories
                            .into_iter()
                            .map(|(code, label)| (code.trim().to_owned(), label.trim().to_owned()))
                            .filter(|(code, label)| !code.is_empty() && !label.is_empty())
                            .collect(),
                    };
                    (code, texts)
                })
                .filter(|(_, texts)| !texts.is_empty())
                .collect(),
        }
    }

    /// Every text that is too long, named by its form field (`introduction`, `name_fr`,
    /// `introduction_fr`).
    pub fn problems(&self) -> BTreeMap<String, Message> {
        let mut problems = BTreeMap::new();
        let too_long = |text: &str, most: usize| text.chars().count() > most;
        if too_long(&self.introduction, INTRODUCTION_CHARS) {
            problems.insert("introduction".to_owned(), introduction_too_long());
        }
        for (code, texts) in &self.translations {
            if too_long(&texts.name, NAME_CHARS) {
                let problem =
                    Message::new("edition-problem-name-too-long").number("most", NAME_CHARS);
                problems.insert(format!("name_{code}"), problem);
            }
            if too_long(&texts.introduction, INTRODUCTION_CHARS) {
                problems.insert(format!("introduction_{code}"), introduction_too_long());
            }
        }
        problems
    }

    /// The edition's name in `language`, else `own_name`.
    pub fn name<'a>(&'a self, own_name: &'a str, language: &str) -> Read<'a> {
        match self
            .translations
            .get(language)
            .filter(|t| !t.name.is_empty())
        {
            Some(texts) => Read {
                text: &texts.name,
                translated: true,
            },
            None => Read {
                text: own_name,
                translated: false,
            },
        }
    }

    /// The call's introduction in `language`, else in the edition's own (empty when neither is
    /// given).
    pub fn introduction(&self, language: &str) -> Read<'_> {
        let translated = self
            .translations
            .get(language)
            .filter(|t| !t.introduction.is_empty());
        match translated {
            Some(texts) => Read {
                text: &texts.introduction,
                translated: true,
            },
            None => Read {
                text: &self.introduction,
                translated: false,
            },
        }
    }

    /// The label of category `code` in `language`, else `own_label`.
    pub fn category<'a>(&'a self, code: &str, own_label: &'a str, language: &str) -> &'a str {
        self.translations
            .get(language)
            .and_then(|t| t.categories.get(code))
            .map_or(own_label, String::as_str)
    }

    /// The languages with a name or an introduction of their own.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.translations.keys().map(String::as_str)
    }
}

fn introduction_too_long() -> Message {
    Message::new("edition-problem-introduction-too-long").number("most", INTRODUCTION_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french(name: &str, introduction: &str) -> BTreeMap<String, TranslatedTexts> {
        let texts = TranslatedTexts {
            name: name.to_owned(),
            introduction: introduction.to_owned(),
            categories: BTreeMap::from([("CLIMATE".to_owned(), " Climat ".to_owned())]),
        };
        BTreeMap::from([("fr".to_owned(), texts)])
    }

    #[test]
    fn a_reader_gets_the_name_in_their_language_and_the_own_name_otherwise() {
        let texts = EditionTexts::tidy("About the call", french("Prix 2027", "À propos"));
        let read = texts.name("Awards 2027", "fr");
        assert_eq!((read.text, read.translated), ("Prix 2027", true));
        let read = texts.name("Awards 2027", "es");
        assert_eq!((read.text, read.translated), ("Awards 2027", false));
        assert_eq!(texts.introduction("fr").text, "À propos");
        assert_eq!(texts.introduction("it").text, "About the call");
    }

    #[test]
    fn a_category_reads_in_the_readers_language_where_it_has_a_label_there() {
        let texts = EditionTexts::tidy("", french("", ""));
        assert_eq!(texts.category("CLIMATE", "Climate", "fr"), "Climat");
        assert_eq!(texts.category("CLIMATE", "Climate", "it"), "Climate");
        assert_eq!(texts.category("HEALTH", "Health", "fr"), "Health");
    }

    #[test]
    fn a_language_with_only_an_introduction_keeps_the_own_name() {
        let texts = EditionTexts::tidy("", french("  ", "Un appel"));
        assert_eq!(texts.name("Awards 2027", "fr").text, "Awards 2027");
        assert_eq!(texts.introduction("fr").text, "Un appel");
    }

    #[test]
    fn languages_without_any_text_are_dropped_and_spaces_trimmed() {
        let mut blank = french(" ", "\n");
        if let Some(texts) = blank.get_mut("fr") {
            texts.categories.clear();
        }
        let texts = EditionTexts::tidy("  Intro  ", blank);
        assert_eq!(texts.introduction, "Intro");
        assert!(texts.translations.is_empty());
        assert_eq!(texts.languages().count(), 0);
    }

    #[test]
    fn too_long_texts_are_named_by_their_field() {
        let long_name = "n".repeat(NAME_CHARS + 1);
        let long_text = "t".repeat(INTRODUCTION_CHARS + 1);
        let texts = EditionTexts::tidy(&long_text, french(&long_name, &long_text));
        let fields: Vec<_> = texts.problems().into_keys().collect();
        assert_eq!(fields, ["introduction", "introduction_fr", "name_fr"]);
        let fine = EditionTexts::tidy("x", french(&"n".repeat(NAME_CHARS), "y"));
        assert!(fine.problems().is_empty());
    }
}
