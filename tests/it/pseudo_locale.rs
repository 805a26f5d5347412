//! The tests' pseudo-language marks every text the message files give ⟦like this⟧. A crawl of
//! every page each role can reach from its start page then finds text that came from nowhere
//! else: a hard-coded string. Excepted by rule: text without letters (numbers, punctuation),
//! text stored in the database (names, titles, what applicants and jurors wrote, rubric texts),
//! the rubric files' texts (content the award writes, in the rubric's own languages), machine
//! text (`<code>`, `<kbd>`, `<samp>`: commands, column names, hashes), what a form field holds
//! (`<textarea>`), identifiers marked not to be translated (`translate="no"`, such as the
//! eligibility rules' codes), and text inside an element that says it is in another language
//! (`lang`).

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use rocket::http::Cookie;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use crate::helpers::{Browser, TestApp};

/// At most this many pages per role: the demo's pages, with a margin.
const MAX_PAGES: usize = 400;

/// Every text value stored in the database, and the string leaves of those that are JSON, and
/// their lines: what people typed or imported, shown as it is.
async fn stored_texts(app: &TestApp) -> BTreeSet<String> {
    let db = app.db();
    let backend = db.get_database_backend();
    let columns_sql = match backend {
        DatabaseBackend::Postgres => {
            "SELECT table_name, column_name FROM information_schema.columns \
             WHERE table_schema = current_schema() \
             AND data_type IN ('text', 'character varying', 'json', 'jsonb')"
        }
        _ => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND (p.type LIKE '%TEXT%' OR p.type LIKE '%CHAR%' \
             OR p.type LIKE '%JSON%' OR p.type = '')"
        }
    };
    let columns = db
        .query_all_raw(Statement::from_string(backend, columns_sql))
        .await
        .unwrap();
    let mut texts = BTreeSet::new();
    for column in columns {
        let table: String = column.try_get_by_index(0).unwrap();
        let name: String = column.try_get_by_index(1).unwrap();
        let sql = match backend {
            DatabaseBackend::Postgres => format!("SELECT \"{name}\"::text FROM \"{table}\""),
            _ => format!("SELECT CAST(\"{name}\" AS TEXT) FROM \"{table}\""),
        };
        let rows = db
            .query_all_raw(Statement::from_string(backend, sql))
            .await
            .unwrap();
        for row in rows {
            if let Ok(Some(value)) = row.try_get_by_index::<Option<String>>(0) {
                add_text(&value, &mut texts);
            }
        }
    }
    texts
}

fn add_text(value: &str, texts: &mut BTreeSet<String>) {
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(value) {
        add_json(&json, texts);
    }
    for line in value.lines() {
        texts.insert(line.trim().to_owned());
    }
    texts.insert(value.trim().to_owned());
}

fn add_json(value: &serde_json::Value, texts: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(text) => add_text(text, texts),
        serde_json::Value::Array(items) => items.iter().for_each(|v| add_json(v, texts)),
        serde_json::Value::Object(fields) => fields.values().for_each(|v| add_json(v, texts)),
        _ => {}
    }
}

/// `html` without the marked spans (nested ones too).
fn without_marked(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut depth = 0_usize;
    for c in html.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept
}

const VOID: [&str; 8] = ["area", "br", "col", "hr", "img", "input", "link", "meta"];
const SHOWN_ATTRIBUTES: [&str; 4] = ["title", "placeholder", "aria-label", "alt"];
/// Elements whose text is not the interface's: scripts and styles, machine text, form values.
const NOT_INTERFACE: [&str; 6] = ["script", "style", "code", "kbd", "samp", "textarea"];

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&#x27;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in the inside of a tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_owned())
}

/// The pieces of text a person reads on a page (text between tags, and the attributes shown
/// to them), except inside `<script>`, `<style>` and elements in another language.
fn visible_texts(html: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = html;
    let mut stack: Vec<(String, bool)> = Vec::new();
    let hidden = |stack: &[(String, bool)]| {
        stack
            .iter()
            .any(|(name, other)| *other || NOT_INTERFACE.contains(&name.as_str()))
    };
    while let Some(open) = rest.find('<') {
        if !hidden(&stack) {
            texts.push(rest[..open].to_owned());
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(at) = stack.iter().rposition(|(open, _)| *open == name) {
                stack.truncate(at);
            }
            continue;
        }
        let name: String = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let other_language = (name != "html" && attribute(tag, "lang").is_some())
            || attribute(tag, "translate").as_deref() == Some("no");
        if !hidden(&stack) && !other_language {
            for shown in SHOWN_ATTRIBUTES {
                texts.extend(attribute(tag, shown));
            }
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            stack.push((name, other_language));
        }
    }
    texts.push(rest.to_owned());
    texts
        .into_iter()
        .map(|t| unescape(&t).trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether a piece of text left outside the markers is allowed: what is left once the stored
/// texts it contains (or the start of one, cut with "…" as a chart label is) are taken out has
/// no letters.
fn excepted(text: &str, stored: &[String]) -> bool {
    let has_letters = |t: &str| t.chars().any(char::is_alphabetic);
    if !has_letters(text) {
        return true;
    }
    let mut rest = text.to_owned();
    if let Some((cut, after)) = text.split_once('…') {
        let start = cut
            .trim_start_matches(|c: char| !c.is_alphabetic())
            .trim_end();
        if start.chars().count() >= 6 && stored.iter().any(|v| v.starts_with(start)) {
            rest = format!("{} {after}", cut.replacen(start, " ", 1));
            if !has_letters(&rest) {
                return true;
            }
        }
    }
    for value in stored {
        if rest.contains(value.as_str()) {
            rest = rest.replace(value.as_str(), " ");
            if !has_letters(&rest) {
                return true;
            }
        }
    }
    false
}

/// The stored texts worth taking out of a page's text: longest first, and not so short that
/// they could hide a word of the interface (a code such as `draft` or `en`).
fn longest_first(stored: BTreeSet<String>) -> Vec<String> {
    let mut texts: Vec<String> = stored
        .into_iter()
        .filter(|t| t.chars().count() >= 6 || t.contains(' '))
        .collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    texts
}

/// Every text of the rubric files, and their keys.
fn rubric_texts(app: &TestApp) -> BTreeSet<String> {
    let rubrics = app
        .client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .unwrap();
    let mut texts = BTreeSet::new();
    for rubric in rubrics.iter() {
        add_json(&serde_json::to_value(rubric).unwrap(), &mut texts);
    }
    texts
}

/// The links of a page to follow: the app's own pages, read with GET.
fn links(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("href=\"") {
        rest = &rest[at + 6..];
        let Some(end) = rest.find('"') else { break };
        let link = unescape(&rest[..end]);
        let link = link.split('#').next().unwrap_or_default().to_owned();
        let followed = link.starts_with('/')
            && !link.starts_with("//")
            && !link.starts_with("/static/")
            && !link.starts_with("/api/")
            && !link.contains("/export")
            && !link.contains("/documents/")
            && !link.ends_with(".csv")
            && !link.ends_with("/download")
            && !link.ends_with(".pdf");
        if followed {
            found.push(link);
        }
    }
    found
}

/// Visits every page `browser` reaches from `start`; the unmarked texts found, by page.
async fn crawl(
    browser: &mut Browser<'_>,
    start: &str,
    stored: &[String],
) -> (usize, BTreeMap<String, BTreeSet<String>>) {
    let mut seen = BTreeSet::from([start.to_owned()]);
    let mut queue = VecDeque::from([start.to_owned()]);
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut pages = 0;
    while let Some(path) = queue.pop_front() {
        let page = browser.get(&path).await;
        if let Some(location) = page.location.clone().filter(|l| l.starts_with('/')) {
            if seen.insert(location.clone()) {
                queue.push_back(location);
            }
            continue;
        }
        if page.status.code != 200 {
            continue;
        }
        pages += 1;
        assert!(page.body.contains("<html lang=\"qps\">"), "{path}");
        for text in visible_texts(&without_marked(&page.body)) {
            if !excepted(&text, stored) {
                found.entry(text).or_default().insert(path.clone());
            }
        }
        for link in links(&page.body) {
            if seen.len() < MAX_PAGES && seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
    }
    (pages, found)
}

async fn in_pseudo_language<'a>(app: &'a TestApp, email: Option<&str>) -> Browser<'a> {
    let mut browser = app.browser().await;
    if let Some(email) = email {
        let answer = browser.login(email, DEMO_PASSWORD).await;
        assert_eq!(answer.status.code, 303, "{email} logs in");
    }
    let mut cookies = browser.cookie_values();
    cookies.push(Cookie::new("laurel_lang", "qps"));
    browser.set_cookies(cookies);
    browser
}

/// Crawls the demo as each role and fails on any text that is neither marked nor excepted.
async fn every_role_reads_only_marked_text(app: &TestApp) {
    every_role_reads_only_marked_text_from(app, "/login").await;
}

/// The same, a visitor starting at `public_start`.
async fn every_role_reads_only_marked_text_from(app: &TestApp, public_start: &str) {
    let mut stored = stored_texts(app).await;
    stored.extend(rubric_texts(app));
    let stored = longest_first(stored);
    let users = laurel::db::users::list(app.db()).await.unwrap();
    let applicant = users
        .iter()
        .find(|u| u.role == laurel::domain::role::Role::Applicant)
        .map(|u| u.email.clone())
        .unwrap();
    let people = [
        (None, public_start),
        (Some(applicant.as_str()), "/"),
        (Some("elena.markovic@laurel-demo.example"), "/"),
        (Some("claire.dubois@laurel-demo.example"), "/"),
        (Some(SECRETARIAT_EMAIL), "/"),
    ];
    let mut report = Vec::new();
    for (who, start) in people {
        let mut browser = in_pseudo_language(app, who).await;
        let (pages, found) = crawl(&mut browser, start, &stored).await;
        assert!(pages > 1, "{who:?} reached {pages} pages");
        eprintln!("{who:?}: {pages} pages");
        for (text, paths) in found {
            let first = paths.iter().next().cloned().unwrap_or_default();
            report.push(format!("{who:?} {first} (+{}): {text:?}", paths.len() - 1));
        }
    }
    assert!(
        report.is_empty(),
        "{} texts are not from the message files:\n{}",
        report.len(),
        report.join("\n")
    );
}

async fn pseudo_app() -> TestApp {
    let app = TestApp::spawn_with(|figment| figment.merge(("pseudo_locale", true))).await;
    crate::demo::seed(&app).await;
    app
}

#[rocket::async_test]
async fn every_page_of_every_role_during_the_jury_evaluation_shows_only_text_from_the_messages() {
    every_role_reads_only_marked_text(&pseudo_app().await).await;
}

#[rocket::async_test]
async fn every_page_of_every_role_once_results_exist_shows_only_text_from_the_messages() {
    let app = pseudo_app().await;
    with_results(&app).await;
    every_role_reads_only_marked_text(&app).await;
}

/// Edition 1 with three consensuses and the official method chosen.
async fn with_results(app: &TestApp) {
    crate::fixtures::advance(app, 1, EditionStatus::Consensus).await;
    let submissions = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap();
    for (n, submission) in submissions.iter().take(3).enumerate() {
        let score = ["3.5", "2.5", "3"][n];
        crate::fixtures::record_demo_consensus(app, submission.id, score, "Agreed.").await;
    }
    let mut sec = in_pseudo_language(app, Some(SECRETARIAT_EMAIL)).await;
    let chosen = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "consensus_total")],
        )
        .await;
    assert_eq!(chosen.status.code, 303, "{}", chosen.body);
}

#[rocket::async_test]
async fn every_page_of_every_role_once_the_winners_are_announced_shows_only_text_from_the_messages()
{
    let app = pseudo_app().await;
    with_results(&app).await;
    let winner = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap()[0]
        .id;
    let mut sec = in_pseudo_language(&app, Some(SECRETARIAT_EMAIL)).await;
    let fields = crate::decisions::fields(&app, winner, "first", "for", false).await;
    let decided = crate::decisions::decide(&mut sec, &fields).await;
    assert_eq!(decided.status.code, 303, "{}", decided.body);
    crate::fixtures::advance(&app, 1, EditionStatus::Announced).await;
    every_role_reads_only_marked_text_from(&app, "/editions/1/winners").await;
}

#[rocket::async_test]
async fn the_pseudo_language_is_refused_unless_the_configuration_offers_it() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    browser.set_cookies(vec![Cookie::new("laurel_lang", "qps")]);
    let page = browser.get("/login").await;
    assert!(page.body.contains("<html lang=\"en\">"));
    assert!(!page.body.contains('⟦'));
}
