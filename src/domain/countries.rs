//! Countries by ISO 3166-1 alpha-2 code (names from the `celes` crate), the EU-27 and the partner-country list.
//!
//! Names come from celes's `long_name` field, the only human-readable name it carries (its
//! aliases are CamelCase look-up keys such as "CaymanIslands"). They are tidied by rule, not by a
//! name table: a leading "The" is dropped ("The Netherlands" → "Netherlands") and linking words
//! are lower-cased ("Bosnia And Herzegovina" → "Bosnia and Herzegovina"). Three names that celes
//! 2.6.0 misspells are corrected only while celes still spells them that way (see
//! [`UPSTREAM_MISSPELLINGS`]).
//!
//! The partner-country list (eligibility rule E2) is the data file `data/partner_countries.toml`:
//! the OECD DAC List of ODA Recipients plus the Eastern Partnership, with its source and date.

use std::collections::HashSet;
use std::sync::OnceLock;

use celes::Country;
use serde::Deserialize;

/// The 27 member states of the European Union, by ISO 3166-1 alpha-2 code, in code order.
///
/// Greece is `GR` in ISO 3166 (the EU's own abbreviation is "EL").
pub const EU27: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Names that celes 2.6.0 misspells: (alpha-2, celes's `long_name`, correct English name).
///
/// A correction applies only while celes returns exactly the misspelt name, so a fixed celes
/// release takes over by itself (and a test then says this entry can go).
pub const UPSTREAM_MISSPELLINGS: [(&str, &str, &str); 3] = [
    ("CI", "Coted Ivoire", "Côte d'Ivoire"),
    ("GW", "Guinea Bissau", "Guinea-Bissau"),
    ("TL", "Timor Leste", "Timor-Leste"),
];

/// Words written in lower case when they are not the first word of a name.
const LINKING_WORDS: [&str; 4] = ["And", "Of", "The", "Da"];

/// The celes entry for a code: exactly two ASCII letters, either case, surrounding spaces ignored.
fn lookup(alpha2: &str) -> Option<Country> {
    let code = alpha2.trim();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Country::from_alpha2(code).ok()
}

/// The display name for a celes entry (see the module documentation).
fn display_name(country: &Country) -> String {
    if let Some((_, _, fixed)) = UPSTREAM_MISSPELLINGS
        .iter()
        .find(|(code, wrong, _)| *code == country.alpha2 && *wrong == country.long_name)
    {
        return (*fixed).to_string();
    }
    let long_name = country.long_name;
    let long_name = long_name.strip_prefix("The ").unwrap_or(long_name);
    long_name
        .split(' ')
        .enumerate()
        .map(|(i, word)| {
            if i > 0 && LINKING_WORDS.contains(&word) {
                word.to_lowercase()
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A key that sorts names alphabetically: lower case, common Latin accents folded
/// ("Côte" sorts with "Cote", "Türkiye" before "Turkmenistan").
fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

/// The English name of the country with this alpha-2 code, e.g. "SN" → "Senegal",
/// "XK" → "Kosovo"; `None` if celes does not know the code.
pub fn name(alpha2: &str) -> Option<String> {
    lookup(alpha2).map(|country| display_name(&country))
}

/// The English name of a country, or the code itself when it names none (as typed).
pub fn name_or_code(code: &str) -> String {
    name(code).unwrap_or_else(|| code.to_owned())
}

/// Whether celes knows this alpha-2 code (either case; "XK" for Kosovo is known).
pub fn is_known(alpha2: &str) -> bool {
    lookup(alpha2).is_some()
}

/// The code as stored: upper case, e.g. " sn " → "SN"; `None` if the code is unknown.
pub fn canonical_code(alpha2: &str) -> Option<&'static str> {
    lookup(alpha2).map(|country| country.alpha2)
}

/// Every country and territory celes knows, as (alpha-2 code, name), sorted by name for select
/// boxes.
pub fn all() -> Vec<(String, String)> {
    let mut countries: Vec<(String, String)> = Country::get_countries()
        .iter()
        .map(|country| (country.alpha2.to_string(), display_name(country)))
        .collect();
    countries.sort_by_cached_key(|(code, name)| (sort_key(name), code.clone()));
    countries
}

/// Whether the code is one of the 27 EU member states (either case).
pub fn is_eu27(alpha2: &str) -> bool {
    let code = alpha2.trim();
    EU27.iter().any(|member| member.eq_ignore_ascii_case(code))
}

/// The DAC income group of a partner country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum IncomeGroup {
    /// Least developed country (UN list).
    #[serde(rename = "LDC")]
    Ldc,
    /// Other low-income country.
    #[serde(rename = "OtherLIC")]
    OtherLic,
    /// Lower-middle-income country or territory.
    #[serde(rename = "LMIC")]
    Lmic,
    /// Upper-middle-income country or territory.
    #[serde(rename = "UMIC")]
    Umic,
}

impl IncomeGroup {
    /// Every group, in the order of the DAC list's columns.
    pub const ALL: [IncomeGroup; 4] = [
        IncomeGroup::Ldc,
        IncomeGroup::OtherLic,
        IncomeGroup::Lmic,
        IncomeGroup::Umic,
    ];

    /// The code used in the data file: "LDC", "OtherLIC", "LMIC" or "UMIC".
    pub fn as_str(self) -> &'static str {
        match self {
            IncomeGroup::Ldc => "LDC",
            IncomeGroup::OtherLic => "OtherLIC",
            IncomeGroup::Lmic => "LMIC",
            IncomeGroup::Umic => "UMIC",
        }
    }

    /// The group's name as people read it.
    pub fn label(self) -> &'static str {
        match self {
            IncomeGroup::Ldc => "Least developed country",
            IncomeGroup::OtherLic => "Other low-income country",
            IncomeGroup::Lmic => "Lower-middle-income country or territory",
            IncomeGroup::Umic => "Upper-middle-income country or territory",
        }
    }
}

/// One country or territory on the partner list.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerCountry {
    /// ISO 3166-1 alpha-2, upper case ("XK" for Kosovo).
    pub code: String,
    /// Its group on the DAC list.
    pub group: IncomeGroup,
    /// Whether it is one of the six Eastern Partnership countries.
    #[serde(default)]
    pub eastern_partnership: bool,
    /// A remark from the source (a graduation date, a naming note).
    #[serde(default)]
    pub note: Option<String>,
}

/// The partner-country list with its provenance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerList {
    /// Where the list comes from.
    pub source: String,
    /// The date of the source version used (ISO 8601).
    pub source_date: String,
    /// Caveats about the list (transitions, deferred decisions).
    #[serde(default)]
    pub notes: String,
    /// One entry per country or territory.
    #[serde(rename = "country", default)]
    pub countries: Vec<PartnerCountry>,
}

/// Why a partner list was refused.
#[derive(Debug, thiserror::Error)]
pub enum PartnerListError {
    /// The file is not valid TOML or does not have the expected shape.
    #[error("the partner-country list cannot be read: {0}")]
    Parse(#[from] toml::de::Error),
    /// A code is not an upper-case ISO 3166-1 alpha-2 code known to celes.
    #[error(
        "the partner-country list has `{0}`, which is not an ISO 3166-1 alpha-2 code in upper case"
    )]
    UnknownCode(String),
    /// A code is listed twice.
    #[error("the partner-country list has `{0}` twice")]
    Duplicate(String),
    /// An EU member state is listed.
    #[error("the partner-country list has `{0}`, an EU member state")]
    EuMember(String),
}

impl PartnerList {
    /// Reads a list from TOML and checks it: every code known and upper case, none twice, no EU
    /// member state.
    pub fn from_toml(text: &str) -> Result<PartnerList, PartnerListError> {
        let list: PartnerList = toml::from_str(text)?;
        let mut seen = HashSet::new();
        for country in &list.countries {
            let code = country.code.as_str();
            if canonical_code(code) != Some(code) {
                return Err(PartnerListError::UnknownCode(code.to_string()));
            }
            if !seen.insert(code) {
                return Err(PartnerListError::Duplicate(code.to_string()));
            }
            if is_eu27(code) {
                return Err(PartnerListError::EuMember(code.to_string()));
            }
        }
        Ok(list)
    }

    /// The entry for this code (either case), if it is on the list.
    pub fn get(&self, alpha2: &str) -> Option<&PartnerCountry> {
        let code = alpha2.trim();
        self.countries
            .iter()
            .find(|country| country.code.eq_ignore_ascii_case(code))
    }

    /// Whether this code (either case) is on the list.
    pub fn contains(&self, alpha2: &str) -> bool {
        self.get(alpha2).is_some()
    }

    /// How many entries are in `group`.
    pub fn count_in(&self, group: IncomeGroup) -> usize {
        self.countries.iter().filter(|c| c.group == group).count()
    }
}

/// The partner-country data file, compiled in.
const PARTNER_COUNTRIES_TOML: &str = include_str!("data/partner_countries.toml");

/// The partner-country list from `data/partner_countries.toml`, read once.
///
/// If the compiled-in file were ever invalid this returns an empty list (so every E2 check fails
/// safe rather than the server panicking); a unit test guarantees the file reads cleanly, and
/// [`check_partner_countries`] reports the reason at start-up.
pub fn partner_countries() -> &'static PartnerList {
    static LIST: OnceLock<PartnerList> = OnceLock::new();
    LIST.get_or_init(|| PartnerList::from_toml(PARTNER_COUNTRIES_TOML).unwrap_or_default())
}

/// Reads the compiled-in partner list afresh and says how many entries it has, or why it is
/// refused. Meant for a start-up check.
pub fn check_partner_countries() -> Result<usize, PartnerListError> {
    PartnerList::from_toml(PARTNER_COUNTRIES_TOML).map(|list| list.countries.len())
}

/// Whether a partner in this country (alpha-2, either case) satisfies the partner-country rule.
pub fn is_partner_country(alpha2: &str) -> bool {
    partner_countries().contains(alpha2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_celes_in_full() {
        assert_eq!(name("SN").as_deref(), Some("Senegal"));
        assert_eq!(name("XK").as_deref(), Some("Kosovo"));
        assert_eq!(name("UA").as_deref(), Some("Ukraine"));
        assert_eq!(name("DE").as_deref(), Some("Germany"));
        assert_eq!(name("TR").as_deref(), Some("Türkiye"));
        assert_eq!(name("PS").as_deref(), Some("State of Palestine"));
    }

    #[test]
    fn codes_are_accepted_in_either_case_with_surrounding_spaces() {
        assert_eq!(name("sn").as_deref(), Some("Senegal"));
        assert_eq!(name(" xk ").as_deref(), Some("Kosovo"));
        assert!(is_known("gr"));
        assert_eq!(canonical_code(" sn "), Some("SN"));
        assert_eq!(canonical_code("xk"), Some("XK"));
    }

    #[test]
    fn unknown_or_malformed_codes_have_no_name() {
        for code in [
            "", "  ", "ZZ", "EL", "UK", "EU", "S", "SEN", "S1", "é1", "XX",
        ] {
            assert_eq!(name(code), None, "{code}");
            assert!(!is_known(code), "{code}");
            assert_eq!(canonical_code(code), None, "{code}");
        }
    }

    #[test]
    fn a_leading_the_is_dropped_and_linking_words_are_lower_case() {
        assert_eq!(name("NL").as_deref(), Some("Netherlands"));
        assert_eq!(name("GM").as_deref(), Some("Gambia"));
        assert_eq!(name("MD").as_deref(), Some("Republic of Moldova"));
        assert_eq!(name("BA").as_deref(), Some("Bosnia and Herzegovina"));
        assert_eq!(
            name("CD").as_deref(),
            Some("Democratic Republic of the Congo")
        );
        assert_eq!(
            name("VC").as_deref(),
            Some("Saint Vincent and the Grenadines")
        );
        assert_eq!(
            name("GB").as_deref(),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
    }

    #[test]
    fn names_celes_misspells_are_corrected() {
        assert_eq!(name("CI").as_deref(), Some("Côte d'Ivoire"));
        assert_eq!(name("GW").as_deref(), Some("Guinea-Bissau"));
        assert_eq!(name("TL").as_deref(), Some("Timor-Leste"));
    }

    #[test]
    fn each_misspelling_correction_is_still_needed_by_this_celes_version() {
        for (code, wrong, _) in UPSTREAM_MISSPELLINGS {
            let country = Country::from_alpha2(code).expect("celes knows the code");
            assert_eq!(
                country.long_name, wrong,
                "celes now spells {code} correctly: remove it from UPSTREAM_MISSPELLINGS"
            );
        }
    }

    #[test]
    fn all_lists_every_celes_country_once_sorted_by_name() {
        let countries = all();
        assert_eq!(countries.len(), 250);
        let codes: HashSet<&str> = countries.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(codes.len(), 250);
        assert!(
            countries
                .iter()
                .all(|(code, name)| !name.is_empty() && is_known(code))
        );
        let keys: Vec<String> = countries.iter().map(|(_, n)| sort_key(n)).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]));
        assert!(countries.contains(&("XK".into(), "Kosovo".into())));
    }

    #[test]
    fn all_puts_accented_names_with_their_unaccented_neighbours() {
        let names: Vec<String> = all().into_iter().map(|(_, n)| n).collect();
        let position = |wanted: &str| names.iter().position(|n| n == wanted);
        assert!(position("Costa Rica") < position("Côte d'Ivoire"));
        assert!(position("Côte d'Ivoire") < position("Croatia"));
        assert!(position("Tunisia") < position("Türkiye"));
        assert!(position("Türkiye") < position("Turkmenistan"));
        assert!(position("Netherlands") < position("New Caledonia"));
    }

    #[test]
    fn the_eu27_are_27_distinct_known_codes_with_greece_as_gr() {
        let distinct: HashSet<&str> = EU27.iter().copied().collect();
        assert_eq!(distinct.len(), 27);
        for code in EU27 {
            assert_eq!(canonical_code(code), Some(code), "{code}");
        }
        assert!(is_eu27("GR"));
        assert!(is_eu27("gr"));
        assert!(!is_eu27("EL"));
        assert!(!is_eu27("GB"));
        assert!(!is_eu27("NO"));
        assert!(!is_eu27("CH"));
        assert_eq!(name("GR").as_deref(), Some("Greece"));
    }

    #[test]
    fn the_partner_country_file_parses() {
        let list = PartnerList::from_toml(PARTNER_COUNTRIES_TOML);
        assert!(list.is_ok(), "{list:?}");
        assert!(matches!(check_partner_countries(), Ok(141)));
        assert_eq!(partner_countries().countries.len(), 141);
    }

    #[test]
    fn the_partner_list_names_its_source_and_date() {
        let list = partner_countries();
        assert!(
            list.source.contains("DAC List of ODA Recipients"),
            "{}",
            list.source
        );
        assert!(list.source.contains("2024 and 2025"), "{}", list.source);
        assert_eq!(list.source_date, "2024-06-24");
        assert!(list.notes.contains("Nauru"));
        assert!(list.notes.contains("Montserrat"));
    }

    #[test]
    fn the_partner_list_has_141_entries_by_dac_group() {
        let list = partner_countries();
        assert_eq!(list.count_in(IncomeGroup::Ldc), 45);
        assert_eq!(list.count_in(IncomeGroup::OtherLic), 2);
        assert_eq!(list.count_in(IncomeGroup::Lmic), 36);
        assert_eq!(list.count_in(IncomeGroup::Umic), 58);
        let total: usize = IncomeGroup::ALL.iter().map(|g| list.count_in(*g)).sum();
        assert_eq!(total, list.countries.len());
    }

    #[test]
    fn every_partner_code_is_known_to_celes_in_upper_case_and_listed_once() {
        let mut seen = HashSet::new();
        for country in &partner_countries().countries {
            assert_eq!(
                canonical_code(&country.code),
                Some(country.code.as_str()),
                "{}",
                country.code
            );
            assert!(seen.insert(country.code.as_str()), "{} twice", country.code);
        }
    }

    #[test]
    fn no_eu_member_state_is_a_partner_country() {
        for code in EU27 {
            assert!(!is_partner_country(code), "{code}");
        }
    }

    #[test]
    fn the_six_eastern_partnership_countries_are_partners_and_flagged() {
        let flagged: HashSet<&str> = partner_countries()
            .countries
            .iter()
            .filter(|c| c.eastern_partnership)
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(flagged, HashSet::from(["AM", "AZ", "BY", "GE", "MD", "UA"]));
        for code in flagged {
            assert!(is_partner_country(code), "{code}");
        }
    }

    #[test]
    fn typical_partner_countries_are_recognised_in_either_case() {
        for code in [
            "SN", "sn", " ml ", "XK", "PS", "UA", "CI", "GY", "PA", "NR", "MS",
        ] {
            assert!(is_partner_country(code), "{code}");
        }
        let senegal = partner_countries().get("sn").expect("Senegal is listed");
        assert_eq!(senegal.group, IncomeGroup::Ldc);
        assert_eq!(
            partner_countries().get("XK").map(|c| c.group),
            Some(IncomeGroup::Umic)
        );
        assert_eq!(
            partner_countries().get("SY").map(|c| c.group),
            Some(IncomeGroup::OtherLic)
        );
    }

    #[test]
    fn graduated_and_high_income_countries_are_not_partners() {
        // Chile and Uruguay left the list in 2018, Seychelles in 2018, the Cook Islands in 2020,
        // Antigua and Barbuda in 2022; Russia is a former G8 member.
        for code in [
            "CL", "UY", "SC", "CK", "AG", "RU", "US", "NO", "GB", "CH", "", "ZZ",
        ] {
            assert!(!is_partner_country(code), "{code}");
        }
    }

    #[test]
    fn a_list_with_an_unknown_field_is_refused() {
        let text = "source = \"s\"\nsource_date = \"2024\"\ncolour = \"red\"\n";
        assert!(matches!(
            PartnerList::from_toml(text),
            Err(PartnerListError::Parse(_))
        ));
        let text = "source = \"s\"\nsource_date = \"2024\"\n[[country]]\ncode = \"SN\"\ngroup = \"LDC\"\nname = \"Senegal\"\n";
        assert!(matches!(
            PartnerList::from_toml(text),
            Err(PartnerListError::Parse(_))
        ));
    }

    #[test]
    fn a_list_with_a_bad_group_code_or_duplicate_or_eu_member_is_refused() {
        let with = |country: &str| format!("source = \"s\"\nsource_date = \"2024\"\n{country}");
        let bad_group = with("[[country]]\ncode = \"SN\"\ngroup = \"LIC\"\n");
        assert!(matches!(
            PartnerList::from_toml(&bad_group),
            Err(PartnerListError::Parse(_))
        ));
        let unknown = with("[[country]]\ncode = \"ZZ\"\ngroup = \"LDC\"\n");
        assert!(matches!(
            PartnerList::from_toml(&unknown),
            Err(PartnerListError::UnknownCode(code)) if code == "ZZ"
        ));
        let lower = with("[[country]]\ncode = \"sn\"\ngroup = \"LDC\"\n");
        assert!(matches!(
            PartnerList::from_toml(&lower),
            Err(PartnerListError::UnknownCode(_))
        ));
        let twice = with(
            "[[country]]\ncode = \"SN\"\ngroup = \"LDC\"\n[[country]]\ncode = \"SN\"\ngroup = \"LDC\"\n",
        );
        assert!(matches!(
            PartnerList::from_toml(&twice),
            Err(PartnerListError::Duplicate(code)) if code == "SN"
        ));
        let member = with("[[country]]\ncode = \"GR\"\ngroup = \"UMIC\"\n");
        let refusal = PartnerList::from_toml(&member).expect_err("refused");
        assert!(
            refusal.to_string().contains("an EU member state"),
            "{refusal}"
        );
    }

    #[test]
    fn income_groups_have_codes_and_labels() {
        let codes: Vec<&str> = IncomeGroup::ALL.iter().map(|g| g.as_str()).collect();
        assert_eq!(codes, ["LDC", "OtherLIC", "LMIC", "UMIC"]);
        assert_eq!(IncomeGroup::Ldc.label(), "Least developed country");
    }
}
