//! Interface text in the reader's language: Fluent message files under `locales/<code>/*.ftl`,
//! built into the binary and looked up by message id. The languages are the directories there
//! (a new one needs no code); a message missing in a language falls back to English, and a test
//! fails on any missing one.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

use chrono::{DateTime, Utc};

use crate::domain::language::Lang;
use crate::domain::message::{Arg, Message};
use crate::domain::sdg::{self, TargetCode};
use crate::domain::time;

mod formats;

pub use formats::{
    compare, countries_in, country_name, date, decimal, euros, instant, language_name, number,
};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidirectional isolation marks around variables would end up inside form values and
        // copied text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The codes of the languages there are messages for: English first, then by code.
static CODES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut codes: Vec<&'static str> = LOCALES
        .locales()
        .map(|id| &*Box::leak(id.to_string().into_boxed_str()))
        .collect();
    codes.sort_by_key(|code| (*code != Lang::EN.code(), *code));
    codes
});

/// Every language of the interface, English first.
pub fn languages() -> Vec<Lang> {
    CODES
        .iter()
        .filter_map(|code| Lang::among(&CODES, code))
        .collect()
}

/// The language of the interface that `tag` (`fr`, `fr-BE`) names, if there is one.
pub fn lang(tag: &str) -> Option<Lang> {
    Lang::among(&CODES, tag)
}

/// The language of the interface a browser's `Accept-Language` header prefers, if any.
pub fn preferred(accept_language: &str) -> Option<Lang> {
    Lang::preferred(&CODES, accept_language)
}

/// The name of the language of `code` in itself, as the language switch shows it.
pub fn autonym(code: &str) -> String {
    text(lang(code).unwrap_or_default(), msg("language-name"))
}

fn identifier(lang: Lang) -> LanguageIdentifier {
    let lang = if lang.is_pseudo() { Lang::EN } else { lang };
    lang.code().parse().unwrap_or_default()
}

/// `text` as the interface shows it in `lang`: as it is, or marked ⟦ ⟧ in the pseudo-language
/// of the tests (see [`Lang::PSEUDO`]).
fn marked(lang: Lang, text: String) -> String {
    if lang.is_pseudo() {
        format!("⟦{text}⟧")
    } else {
        text
    }
}

/// Marks a message id that code keeps for later lookup (a navigation label, a page title), so
/// that the test of message ids finds it.
pub const fn msg(id: &'static str) -> &'static str {
    id
}

/// The text of message `id` in `lang`.
pub fn text(lang: Lang, id: &str) -> String {
    marked(lang, LOCALES.lookup(&identifier(lang), id))
}

/// The text of message `id` in `lang`, with its variables.
pub fn text_with(lang: Lang, id: &str, args: &[(&'static str, &str)]) -> String {
    marked(
        lang,
        LOCALES.lookup_with_args(&identifier(lang), id, &arguments(args)),
    )
}

/// Fluent's arguments from (name, value) pairs.
fn arguments<'a>(args: &[(&'static str, &'a str)]) -> HashMap<Cow<'static, str>, FluentValue<'a>> {
    args.iter()
        .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(*value)))
        .collect()
}

/// The text of message `id` in `lang` itself, without falling back to English: why not when the
/// language lacks the message or a variable it names is not given (for the tests of the
/// message files).
pub fn text_in(lang: Lang, id: &str, args: &[(&'static str, &str)]) -> Result<String, String> {
    LOCALES
        .lookup_single_language(&identifier(lang), id, Some(&arguments(args)))
        .map_err(|e| e.to_string())
}

/// The text of message `id` in `lang` with the number `count` as variable `name`, so that the
/// message can choose its plural form.
pub fn text_count(lang: Lang, id: &str, name: &'static str, count: u32) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
        HashMap::from([(Cow::Borrowed(name), FluentValue::from(count))]);
    marked(lang, LOCALES.lookup_with_args(&identifier(lang), id, &args))
}

/// A domain message in `lang`: its variables first (a message among them said in `lang` too).
pub fn say(lang: Lang, message: &Message) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = message
        .args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Message(inner) => FluentValue::from(say(lang, inner)),
                Arg::Decimal(text) => {
                    let places = text.split_once('.').map_or(0, |(_, f)| f.len());
                    let places = i16::try_from(places).unwrap_or(0);
                    match text.parse::<f64>() {
                        Ok(value) => FluentValue::from(decimal(lang, value, places)),
                        Err(_) => FluentValue::from(text.as_str()),
                    }
                }
                Arg::Sentences(inner) => {
                    let said: Vec<String> = inner.iter().map(|m| say(lang, m)).collect();
                    FluentValue::from(said.join(" "))
                }
                Arg::Items(inner) => {
                    let said: Vec<String> = inner.iter().map(|m| say(lang, m)).collect();
                    FluentValue::from(said.join(", "))
                }
                Arg::Country(code) => FluentValue::from(country_name(lang, code)),
                Arg::Language(code) => FluentValue::from(language_name(lang, code)),
                Arg::Date(day) => FluentValue::from(date(lang, *day)),
                Arg::Instant { at, zone } => FluentValue::from(instant(lang, *at, zone)),
            };
            (Cow::Owned(name.clone()), value)
        })
        .collect();
    marked(
        lang,
        LOCALES.lookup_with_args(&identifier(lang), &message.id, &args),
    )
}

/// An instant in an edition's time zone, said to be the edition's, and in the reader's zone too
/// when it is another one.
pub fn edition_time(
    lang: Lang,
    at: DateTime<Utc>,
    edition_zone: &str,
    reader_zone: &str,
) -> String {
    let edition = time::zone_name(edition_zone);
    let when = instant(lang, at, edition_zone);
    if edition == time::zone_name(reader_zone) {
        text_with(
            lang,
            msg("when-edition"),
            &[("time", &when), ("zone", &edition)],
        )
    } else {
        let yours = instant(lang, at, reader_zone);
        let args = [
            ("time", when.as_str()),
            ("zone", &edition),
            ("yours", &yours),
        ];
        text_with(lang, msg("when-edition-yours"), &args)
    }
}

/// The short name of Sustainable Development Goal `goal` (1–17) in `lang`.
pub fn goal_name(lang: Lang, goal: u8) -> String {
    text(lang, &format!("sdg-goal-{goal}"))
}

/// The text of an SDG target in `lang`.
pub fn target_text(lang: Lang, target: &TargetCode) -> String {
    text(lang, &target_id(target))
}

fn target_id(target: &TargetCode) -> String {
    format!("sdg-target-{}", target.to_string().replace('.', "-"))
}

/// The ids of the messages looked up by data rather than named in the code: the 17 goals and
/// the 169 targets.
pub fn data_ids() -> Vec<String> {
    let goals = (1..=sdg::GOAL_COUNT).map(|goal| format!("sdg-goal-{goal}"));
    let targets = sdg::all_targets().into_iter().map(|t| target_id(&t));
    goals.chain(targets).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_in_a_message_is_written_the_readers_way_with_its_places() {
        let loads = Message::new("assign-summary-loads-balanced")
            .number("min", 7)
            .number("max", 8)
            .decimal("mean", 7.5, 2);
        let english = say(Lang::EN, &loads);
        assert!(english.contains("(mean 7.50)"), "{english}");
        let french = say(lang("fr").expect("French"), &loads);
        assert!(french.contains("7,50"), "{french}");
        assert!(!french.contains("7.50"), "{french}");
    }

    #[test]
    fn the_assignment_names_titles_in_the_readers_quotation_marks_and_unknown_ones_in_words() {
        use crate::domain::assignment::Names;
        let names = Names::new(
            [(12, "Eau pour Ziguinchor".to_owned())].into(),
            [(3, "Elena Marković".to_owned())].into(),
        );
        let problem = Message::new("assign-infeasible-kept-but-conflicted")
            .message("juror", names.juror_said(3))
            .message("submission", names.submission_said(12));
        let french = say(lang("fr").expect("French"), &problem);
        assert!(
            french.contains("«\u{a0}Eau pour Ziguinchor\u{a0}»"),
            "{french}"
        );
        assert!(french.contains("Elena Marković"), "{french}");
        let english = say(Lang::EN, &problem);
        assert!(english.contains("“Eau pour Ziguinchor”"), "{english}");
        let unknown = Message::new("assign-infeasible-duplicate-submission")
            .message("submission", names.submission_said(1234));
        let spanish = say(lang("es").expect("Spanish"), &unknown);
        assert!(spanish.contains("candidatura 1234"), "{spanish}");
        let list = Message::new("assign-summary-calibration")
            .message("names", names.submission_items(&[12, 40]));
        let italian = say(lang("it").expect("Italian"), &list);
        assert!(italian.contains("«Eau pour Ziguinchor», 40"), "{italian}");
    }
}
