//! A sentence for a person, kept as a message id and its variables: the domain decides what to
//! say, and the interface says it in the reader's language (`locales/<code>/*.ftl`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A message id with its variables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The message id in the locale files, e.g. `problem-empty`.
    pub id: String,
    /// The variables, by name, in the order given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
}

/// The value of one variable of a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// Text shown as it is: a name, a value someone typed, a code.
    Text(String),
    /// A number, which the message may also use to choose a plural form.
    Number(i64),
    /// Another message, said first in the same language (a field's label, a part of a sentence).
    Message(Message),
    /// A country, by its ISO 3166 alpha-2 code, named in the reader's language.
    Country(String),
    /// A language, by its code, named in the reader's language.
    Language(String),
    /// A calendar date, written the reader's way.
    Date(NaiveDate),
    /// A decimal number written with a point and its places ("7.50"), shown the reader's way
    /// ("7,50").
    Decimal(String),
    /// Several messages, each a sentence, said one after the other.
    Sentences(Vec<Message>),
    /// Several messages, each an item of a list, said separated by commas.
    Items(Vec<Message>),
    /// An instant, written the reader's way in the time zone `zone` (IANA name).
    Instant {
        /// The instant.
        at: DateTime<Utc>,
        /// The zone it is shown in.
        zone: String,
    },
}

/// For logs and debugging: the message id (people read it through `i18n::say`).
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.id)
    }
}

impl Message {
    /// The message `id`, without variables yet.
    pub fn new(id: &str) -> Self {
        Message {
            id: id.to_owned(),
            args: Vec::new(),
        }
    }

    /// With the text `value` as variable `name`.
    #[must_use]
    pub fn text(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        self.args
            .push((name.to_owned(), Arg::Text(value.to_string())));
        self
    }

    /// With the number `value` as variable `name`.
    #[must_use]
    pub fn number(mut self, name: &str, value: impl TryInto<i64>) -> Self {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name.to_owned(), Arg::Number(value)));
        self
    }

    /// With the country of ISO code `code` as variable `name`.
    #[must_use]
    pub fn country(mut self, name: &str, code: &str) -> Self {
        self.args
            .push((name.to_owned(), Arg::Country(code.to_owned())));
        self
    }

    /// With the language of code `code` as variable `name`.
    #[must_use]
    pub fn language(mut self, name: &str, code: &str) -> Self {
        self.args
            .push((name.to_owned(), Arg::Language(code.to_owned())));
        self
    }

    /// With the date `date` as variable `name`.
    #[must_use]
    pub fn date(mut self, name: &str, date: NaiveDate) -> Self {
        self.args.push((name.to_owned(), Arg::Date(date)));
        self
    }

    /// With the instant `at`, shown in time zone `zone`, as variable `name`.
    #[must_use]
    pub fn instant(mut self, name: &str, at: DateTime<Utc>, zone: &str) -> Self {
        let zone = zone.to_owned();
        self.args.push((name.to_owned(), Arg::Instant { at, zone }));
        self
    }

    /// With `value` rounded to `places` decimals as variable `name`, written the reader's way.
    #[must_use]
    pub fn decimal(mut self, name: &str, value: f64, places: usize) -> Self {
        let text = format!("{value:.places$}");
        self.args.push((name.to_owned(), Arg::Decimal(text)));
        self
    }

    /// With the decimal `text` ("3.50", written with a point, or "–" for none) as variable
    /// `name`, written the reader's way.
    #[must_use]
    pub fn decimal_text(mut self, name: &str, text: &str) -> Self {
        self.args
            .push((name.to_owned(), Arg::Decimal(text.to_owned())));
        self
    }

    /// With the sentences `messages`, said one after the other, as variable `name`.
    #[must_use]
    pub fn sentences(mut self, name: &str, messages: Vec<Message>) -> Self {
        self.args.push((name.to_owned(), Arg::Sentences(messages)));
        self
    }

    /// With the list `items`, said separated by commas, as variable `name`.
    #[must_use]
    pub fn items(mut self, name: &str, items: Vec<Message>) -> Self {
        self.args.push((name.to_owned(), Arg::Items(items)));
        self
    }

    /// With the message `value` as variable `name`.
    #[must_use]
    pub fn message(mut self, name: &str, value: Message) -> Self {
        self.args.push((name.to_owned(), Arg::Message(value)));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_variables_in_order_and_reads_back_from_json() {
        let label = Message::new("field-title");
        let message = Message::new("problem-too-long")
            .message("label", label.clone())
            .number("count", 12_usize)
            .text("value", "x");
        assert_eq!(
            message.args,
            vec![
                ("label".to_owned(), Arg::Message(label)),
                ("count".to_owned(), Arg::Number(12)),
                ("value".to_owned(), Arg::Text("x".to_owned())),
            ]
        );
        let json = serde_json::to_string(&message).expect("serialises");
        assert_eq!(
            serde_json::from_str::<Message>(&json).expect("reads back"),
            message
        );
    }
}
