//! The message files: every message id the code and the templates use exists in every shipped
//! locale, no locale keeps an id nobody uses, and every message renders in every language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn files_under(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, extension, found);
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The message ids in `text`: the first string literal after each call that looks one up.
fn ids_used_in(text: &str, used: &mut BTreeSet<String>) {
    for call in [
        "t(",
        "t_with(",
        "t_count(",
        "t2(",
        "msg(",
        "i18n::text(",
        "i18n::text_with(",
        "Message::new(",
    ] {
        let mut from = 0;
        while let Some(found) = text[from..].find(call) {
            let at = from + found;
            from = at + call.len();
            let before = text[..at].chars().next_back();
            let bare = matches!(call, "t(" | "t_with(" | "t_count(" | "t2(" | "msg(");
            if bare && before.is_some_and(is_ident_char) {
                continue;
            }
            if matches!(call, "t(" | "t_with(" | "t_count(" | "t2(") && before != Some('.') {
                continue;
            }
            let rest = &text[from..];
            let Some(open) = rest.find('"') else { continue };
            let literal = &rest[open + 1..];
            let Some(close) = literal.find('"') else {
                continue;
            };
            let id = &literal[..close];
            let is_id = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            let direct = !rest[..open].contains([')', ';']);
            if is_id && direct {
                used.insert(id.to_owned());
            }
        }
    }
}

fn used_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    files_under(&root.join("src"), "rs", &mut files);
    files_under(&root.join("src/web/templates"), "html", &mut files);
    let mut used: BTreeSet<String> = laurel::i18n::data_ids().into_iter().collect();
    for file in files {
        ids_used_in(&std::fs::read_to_string(&file).unwrap(), &mut used);
    }
    used
}

fn defined_ids() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut locales = BTreeMap::new();
    for lang in laurel::i18n::languages() {
        let mut files = Vec::new();
        files_under(&root.join(lang.code()), "ftl", &mut files);
        let ids = locales
            .entry(lang.code().to_owned())
            .or_insert_with(BTreeSet::new);
        for file in files {
            for line in std::fs::read_to_string(&file).unwrap().lines() {
                let Some((id, _)) = line.split_once(" =") else {
                    continue;
                };
                if id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' ') {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    locales
}

#[test]
fn every_message_used_exists_in_every_locale_and_every_message_is_used() {
    let used = used_ids();
    assert!(used.len() > 50, "the scan finds the lookups: {used:?}");
    let defined = defined_ids();
    let mut problems = Vec::new();
    for (locale, ids) in &defined {
        for missing in used.difference(ids) {
            problems.push(format!("{locale}: {missing} is used but missing"));
        }
        for unused in ids.difference(&used) {
            problems.push(format!("{locale}: {unused} is defined but never used"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_languages_are_the_locale_directories_english_first() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut directories: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    directories.sort();
    let languages: Vec<&str> = laurel::i18n::languages().iter().map(|l| l.code()).collect();
    assert_eq!(languages[0], "en");
    let mut sorted = languages.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, directories);
    assert!(
        languages.len() >= 4,
        "en, es, fr and it at least: {languages:?}"
    );
}

/// Every variable the code gives a message; a message naming another one would show it raw.
const VARIABLES: [(&str, &str); 139] = [
    ("position", "9"),
    ("when", "WHEN"),
    ("code", "404"),
    ("level", "3"),
    ("editions", "E1, E2"),
    ("round", "2"),
    ("before", "8"),
    ("id", "12"),
    ("items", "A, B"),
    ("most", "120"),
    ("edition", "E"),
    ("until", "U"),
    ("closes", "C"),
    ("max", "200"),
    ("min", "12"),
    ("chars", "5"),
    ("zone", "Z"),
    ("name", "N"),
    ("days", "30"),
    ("label", "L"),
    ("count", "3"),
    ("limit", "100"),
    ("value", "V"),
    ("accepted", "en, fr"),
    ("year", "2026"),
    ("goal", "11"),
    ("target", "11.3"),
    ("why", "W"),
    ("number", "2"),
    ("whole", "Partner 2"),
    ("part", "name"),
    ("example", "11.1"),
    ("ranges", "11.1–11.7"),
    ("numbered", "11.1–11.7"),
    ("lettered", "11.a–11.c"),
    ("line", "4"),
    ("problem", "P"),
    ("columns", "title"),
    ("first", "2"),
    ("email", "e@example.org"),
    ("after", "AFTER"),
    ("amount", "AMOUNT"),
    ("country", "COUNTRY"),
    ("deadline", "DEADLINE"),
    ("end", "END"),
    ("kind", "KIND"),
    ("language", "LANGUAGE"),
    ("named", "NAMED"),
    ("next", "NEXT"),
    ("outcome", "OUTCOME"),
    ("prize", "PRIZE"),
    ("problems", "PROBLEMS"),
    ("reason", "REASON"),
    ("received", "RECEIVED"),
    ("role", "ROLE"),
    ("score", "SCORE"),
    ("since", "SINCE"),
    ("size", "SIZE"),
    ("source", "SOURCE"),
    ("start", "START"),
    ("text", "TEXT"),
    ("time", "TIME"),
    ("title", "TITLE"),
    ("total", "TOTAL"),
    ("yours", "YOURS"),
    ("progress", "2"),
    ("unstarted", "1"),
    ("removed", "2"),
    ("withdrawn", "1"),
    ("kept", "3"),
    ("answer", "ANSWER"),
    ("due", "DUE"),
    ("letter", "LETTER"),
    ("phase", "PHASE"),
    ("submitted", "SUBMITTED"),
    ("abstain", "ABSTAIN"),
    ("against", "AGAINST"),
    ("dissent", "DISSENT"),
    ("for", "FOR"),
    ("affiliation", "AFFILIATION"),
    ("asked", "ASKED"),
    ("at", "AT"),
    ("domain", "DOMAIN"),
    ("explanation", "EXPLANATION"),
    ("juror", "JUROR"),
    ("submission", "SUBMISSION"),
    ("alpha", "ALPHA"),
    ("criteria", "CRITERIA"),
    ("locked", "LOCKED"),
    ("method", "METHOD"),
    ("rank", "RANK"),
    ("reading", "READING"),
    ("recorded", "RECORDED"),
    ("link", "LINK"),
    ("login", "LOGIN"),
    ("fingerprint", "F"),
    ("drafts", "DRAFTS"),
    ("status", "STATUS"),
    ("what", "WHAT"),
    ("key", "KEY"),
    ("then", "THEN"),
    ("address", "ADDRESS"),
    ("names", "NAMES"),
    ("confirmed", "1"),
    ("field", "FIELD"),
    ("section", "SECTION"),
    ("detail", "DETAIL"),
    ("methods", "GET, POST"),
    ("scores", "3"),
    ("above", "ABOVE"),
    ("below", "BELOW"),
    ("higher", "HIGHER"),
    ("lower", "LOWER"),
    ("second", "SECOND"),
    ("criterion", "CRITERION"),
    ("priority", "1"),
    ("assignments", "15"),
    ("automatic", "9"),
    ("available", "2"),
    ("block", "2"),
    ("calibration", "2"),
    ("cap", "4"),
    ("components", "5"),
    ("conflicted", "2"),
    ("jurors", "6"),
    ("lacking", "1"),
    ("load", "7"),
    ("mean", "MEAN"),
    ("mismatches", "3"),
    ("missing", "1"),
    ("needed", "19"),
    ("note", "NOTE"),
    ("pairs", "15"),
    ("requested", "2"),
    ("required", "3"),
    ("seed", "SEED"),
    ("sharing", "12"),
    ("shortfalls", "SHORTFALLS"),
    ("submissions", "12"),
];

#[test]
fn every_message_renders_in_every_language_itself_with_the_variables_the_code_gives() {
    for id in used_ids() {
        for lang in laurel::i18n::languages() {
            let text = laurel::i18n::text_in(lang, &id, &VARIABLES);
            let text = text.unwrap_or_else(|why| panic!("{lang}: {id}: {why}"));
            assert!(!text.is_empty() && text != id, "{lang}: {id} gave {text:?}");
        }
    }
}

#[test]
fn the_scan_finds_lookups_in_code_and_templates_but_not_lookalikes() {
    let mut used = BTreeSet::new();
    ids_used_in(
        r#"{{ nav.t("nav-main") }} {{ nav.t_with("error-code", "code", x) }} msg("role-juror")
        i18n::text(lang, "login-refused-busy") format!("a(")  error_msg("not-this") .t(label)
        Message::new("problem-empty")"#,
        &mut used,
    );
    let expected: BTreeSet<String> = [
        "nav-main",
        "error-code",
        "role-juror",
        "login-refused-busy",
        "problem-empty",
    ]
    .map(str::to_owned)
    .into();
    assert_eq!(used, expected);
}

#[test]
fn no_message_id_is_defined_twice_in_a_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for entry in std::fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let mut files = Vec::new();
        files_under(&dir, "ftl", &mut files);
        let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
        for file in files {
            for line in std::fs::read_to_string(&file).unwrap().lines() {
                let Some((id, _)) = line.split_once(" =") else {
                    continue;
                };
                if id.starts_with(|c: char| c.is_ascii_lowercase())
                    && !id.contains(' ')
                    && let Some(first) = seen.insert(id.to_owned(), file.clone())
                {
                    panic!(
                        "{id} is defined in {} and {}",
                        first.display(),
                        file.display()
                    );
                }
            }
        }
    }
}
