//! Dates, numbers, amounts in euros, country and language names, and the order of names in the
//! reader's language, from CLDR through ICU4X (compiled data: any language Laurel gains has them).

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, Offset, Timelike, Utc};
use icu_calendar::{Date, Gregorian};
use icu_collator::CollatorBorrowed;
use icu_collator::options::CollatorOptions;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{Combo, YMD, YMDT, zone};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_locale::Locale;
use icu_locale::subtags::{Language, Region};
use icu_time::zone::models::AtTime;
use icu_time::zone::{IanaParser, UtcOffset, ZoneNameTimestamp};
use icu_time::{Time, TimeZoneInfo, ZonedDateTime};

use crate::domain::countries;
use crate::domain::language::Lang;

type InstantFormatter = FixedCalendarDateTimeFormatter<Gregorian, Combo<YMDT, zone::SpecificLong>>;
type DateFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMD>;

/// Everything needed to write for one language.
struct Formats {
    instant: Option<InstantFormatter>,
    date: Option<DateFormatter>,
    decimal: Option<DecimalFormatter>,
    collator: Option<CollatorBorrowed<'static>>,
    regions: Option<RegionDisplayNames>,
    languages: Option<LanguageDisplayNames>,
    /// Every country Laurel knows, as (code, name), in the language's alphabetical order.
    countries: Vec<(String, String)>,
}

/// The CLDR locale for a language of the interface. Laurel's English is British (as its
/// spelling): day, month, year and a 24-hour clock.
fn locale(lang: Lang) -> Locale {
    let tag = if lang.code() == Lang::EN.code() {
        "en-GB"
    } else {
        lang.code()
    };
    Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN)
}

impl Formats {
    fn new(lang: Lang) -> Self {
        let locale = locale(lang);
        let prefs = (&locale).into();
        let names = DisplayNamesOptions::default();
        let mut formats = Formats {
            instant: FixedCalendarDateTimeFormatter::try_new(
                prefs,
                YMD::long().with_time_hm().with_zone(zone::SpecificLong),
            )
            .ok(),
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok(),
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            collator: CollatorBorrowed::try_new((&locale).into(), CollatorOptions::default()).ok(),
            regions: RegionDisplayNames::try_new((&locale).into(), names).ok(),
            languages: LanguageDisplayNames::try_new((&locale).into(), names).ok(),
            countries: Vec::new(),
        };
        let mut named: Vec<(String, String)> = countries::all()
            .into_iter()
            .map(|(code, english)| {
                let name = formats.region(&code).unwrap_or(english);
                (code, name)
            })
            .collect();
        named.sort_by(|a, b| formats.compare(&a.1, &b.1));
        formats.countries = named;
        formats
    }

    fn region(&self, code: &str) -> Option<String> {
        let region = Region::try_from_str(code).ok()?;
        Some(self.regions.as_ref()?.of(region)?.to_owned())
    }

    fn compare(&self, a: &str, b: &str) -> Ordering {
        match &self.collator {
            Some(collator) => collator.compare(a, b),
            None => a.cmp(b),
        }
    }
}

/// The formats of every language of the interface, made once.
static FORMATS: LazyLock<HashMap<&'static str, Formats>> = LazyLock::new(|| {
    super::languages()
        .into_iter()
        .map(|lang| (lang.code(), Formats::new(lang)))
        .collect()
});

fn formats(lang: Lang) -> Option<&'static Formats> {
    let lang = if lang.is_pseudo() { Lang::EN } else { lang };
    FORMATS.get(lang.code())
}

/// An instant as ICU4X takes it: the date and time in `zone`, with the zone and its offset then.
fn zoned(at: DateTime<Utc>, zone: &str) -> Option<ZonedDateTime<Gregorian, TimeZoneInfo<AtTime>>> {
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    let local = at.with_timezone(&tz);
    let offset = UtcOffset::try_from_seconds(local.offset().fix().local_minus_utc()).ok();
    let zone = IanaParser::new()
        .parse(tz.name())
        .with_offset(offset)
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(at.timestamp()));
    let month = u8::try_from(local.month()).ok()?;
    let day = u8::try_from(local.day()).ok()?;
    let date = Date::try_new_gregorian(local.year(), month, day).ok()?;
    let hour = u8::try_from(local.hour()).ok()?;
    let minute = u8::try_from(local.minute()).ok()?;
    let time = Time::try_new(hour, minute, 0, 0).ok()?;
    Some(ZonedDateTime { date, time, zone })
}

/// An instant in time zone `zone` (IANA name), to the minute, with the zone's name:
/// "3 février 2027 à 08:30 heure normale d’Europe centrale".
pub fn instant(lang: Lang, at: DateTime<Utc>, zone: &str) -> String {
    let written = formats(lang)
        .and_then(|f| f.instant.as_ref())
        .zip(zoned(at, zone))
        .map(|(formatter, value)| formatter.format(&value).to_string());
    let written = written.unwrap_or_else(|| crate::domain::time::in_zone(at, zone));
    super::marked(lang, written)
}

/// A calendar date: "3 février 2027".
pub fn date(lang: Lang, day: NaiveDate) -> String {
    let value = u8::try_from(day.month())
        .ok()
        .zip(u8::try_from(day.day()).ok())
        .and_then(|(month, d)| Date::try_new_gregorian(day.year(), month, d).ok());
    let written = formats(lang)
        .and_then(|f| f.date.as_ref())
        .zip(value)
        .map(|(formatter, value)| formatter.format(&value).to_string());
    super::marked(lang, written.unwrap_or_else(|| day.to_string()))
}

/// A whole number with the language's grouping: "785 000", "785,000", "785.000".
pub fn number(lang: Lang, value: i64) -> String {
    let written = match formats(lang).and_then(|f| f.decimal.as_ref()) {
        Some(formatter) => formatter.format(&Decimal::from(value)).to_string(),
        None => value.to_string(),
    };
    super::marked(lang, written)
}

/// A number with `places` decimals (rounded): "3,75" in French, "3.75" in English.
pub fn decimal(lang: Lang, value: f64, places: i16) -> String {
    let Ok(mut decimal) = Decimal::try_from_str(&format!("{value:.0$}", places.max(0) as usize))
    else {
        return value.to_string();
    };
    decimal.absolute.pad_end(-places);
    let written = match formats(lang).and_then(|f| f.decimal.as_ref()) {
        Some(formatter) => formatter.format(&decimal).to_string(),
        None => decimal.to_string(),
    };
    super::marked(lang, written)
}

/// An amount of euro cents, in whole euros when there are no cents: "785 000 €" in French,
/// "€785,000" in English. (ICU4X's currency formatter always writes the cents.)
pub fn euros(lang: Lang, cents: i64) -> String {
    let amount = if cents % 100 == 0 {
        number(lang, cents / 100)
    } else {
        let mut exact = Decimal::from(cents);
        exact.multiply_pow10(-2);
        match formats(lang).and_then(|f| f.decimal.as_ref()) {
            Some(formatter) => formatter.format(&exact).to_string(),
            None => exact.to_string(),
        }
    };
    super::text_with(lang, super::msg("amount-euros"), &[("amount", &amount)])
}

/// The name of the country of ISO code `code` in `lang`; the code itself for an unknown one.
pub fn country_name(lang: Lang, code: &str) -> String {
    let named = formats(lang)
        .and_then(|f| f.region(code))
        .unwrap_or_else(|| countries::name_or_code(code));
    super::marked(lang, named)
}

/// Every country Laurel knows, as (code, name), in the alphabetical order of `lang`.
pub fn countries_in(lang: Lang) -> Vec<(String, String)> {
    let countries = formats(lang).map_or_else(countries::all, |f| f.countries.clone());
    countries
        .into_iter()
        .map(|(code, name)| (code, super::marked(lang, name)))
        .collect()
}

/// The name of the language of code `code` in `lang` ("français", "French"); the code itself for
/// an unknown one.
pub fn language_name(lang: Lang, code: &str) -> String {
    let named = formats(lang).and_then(|f| {
        let language = Language::try_from_str(code).ok()?;
        f.languages.as_ref()?.of(language).map(str::to_owned)
    });
    let named = named.unwrap_or_else(|| crate::domain::edition::language_name(code).to_owned());
    super::marked(lang, named)
}

/// Compares two names in the alphabetical order of `lang` ("Équateur" with the E's in French).
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    match formats(lang) {
        Some(f) => f.compare(a, b),
        None => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn lang(code: &str) -> Lang {
        crate::i18n::lang(code).expect("a language of the interface")
    }

    #[test]
    fn an_instant_is_written_the_readers_way_with_the_zone_named() {
        let at = Utc
            .with_ymd_and_hms(2027, 2, 3, 7, 30, 0)
            .single()
            .expect("valid");
        let french = instant(lang("fr"), at, "Europe/Brussels");
        assert!(french.starts_with("3 février 2027 à 08:30"), "{french}");
        assert!(french.contains("Europe centrale"), "{french}");
        let english = instant(Lang::EN, at, "Europe/Brussels");
        assert!(english.starts_with("3 February 2027 at 08:30"), "{english}");
        let spanish = instant(lang("es"), at, "Africa/Dakar");
        assert!(spanish.starts_with("3 de febrero de 2027"), "{spanish}");
        assert!(spanish.contains("07:30"), "{spanish}");
    }

    #[test]
    fn amounts_follow_the_language_in_whole_euros() {
        assert_eq!(euros(Lang::EN, 78_500_000), "€785,000");
        assert_eq!(euros(lang("fr"), 78_500_000), "785\u{202f}000\u{a0}€");
        assert_eq!(euros(lang("it"), 78_500_000), "785.000\u{a0}€");
        assert_eq!(euros(Lang::EN, 12_550), "€125.50");
        assert_eq!(number(lang("es"), 12_000), "12.000");
    }

    #[test]
    fn countries_are_named_and_sorted_in_the_readers_language() {
        assert_eq!(country_name(lang("fr"), "TZ"), "Tanzanie");
        assert_eq!(country_name(Lang::EN, "TZ"), "Tanzania");
        assert_eq!(country_name(lang("it"), "DE"), "Germania");
        let french: Vec<String> = countries_in(lang("fr"))
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let ecuador = french.iter().position(|n| n == "Équateur").expect("listed");
        let egypt = french.iter().position(|n| n == "Égypte").expect("listed");
        let spain = french.iter().position(|n| n == "Espagne").expect("listed");
        let fiji = french.iter().position(|n| n == "Fidji").expect("listed");
        assert!(
            egypt < ecuador && ecuador < spain && spain < fiji,
            "{french:?}"
        );
    }

    #[test]
    fn languages_are_named_in_the_readers_language() {
        assert_eq!(language_name(lang("fr"), "es"), "espagnol");
        assert_eq!(language_name(lang("it"), "fr"), "francese");
        assert_eq!(language_name(Lang::EN, "pt"), "Portuguese");
    }

    #[test]
    fn a_date_is_written_in_full() {
        let day = NaiveDate::from_ymd_opt(2027, 2, 3).expect("valid");
        assert_eq!(date(lang("fr"), day), "3 février 2027");
        assert_eq!(date(lang("it"), day), "3 febbraio 2027");
        assert_eq!(date(Lang::EN, day), "3 February 2027");
    }
}
