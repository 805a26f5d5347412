//! Screens that tell the truth: instants in the viewer's zone or the edition's (said so), to the
//! minute and in the right tense; error pages that know who is logged in; the jury chair's badge
//! and the decisions waiting for her; addresses that do not exist are 404; filters that are not
//! understood are named.

use chrono::{DateTime, Duration, TimeZone, Utc};
use laurel::db::entities::user;
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::fixtures::{self, fill, start, submit};
use crate::helpers::{Browser, TestApp};

async fn applicant_in_dakar<'a>(app: &'a TestApp, email: &str) -> crate::helpers::Browser<'a> {
    fixtures::register_in_dakar(app, email).await
}

/// Why rule `code` gave its outcome, as a submission page says it.
fn rule_reason<'a>(html: &'a str, code: &str) -> &'a str {
    let row = html
        .find(&format!("<span translate=\"no\">{code}</span>: "))
        .unwrap();
    let marker = "data-label=\"Why\">";
    let start = html[row..].find(marker).unwrap() + row + marker.len();
    let end = html[start..].find("</td>").unwrap() + start;
    &html[start..end]
}

/// Returns true if and only if `text` writes a time with seconds (`07:30:39`).
fn has_seconds(text: &str) -> bool {
    text.as_bytes().windows(8).any(|w| {
        w.iter().enumerate().all(|(i, b)| match i {
            2 | 5 => *b == b':',
            _ => b.is_ascii_digit(),
        })
    })
}

/// An instant with seconds, as the deadline of the report.
fn deadline_with_seconds() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 2, 3, 7, 30, 39)
        .single()
        .unwrap()
}

#[rocket::async_test]
async fn rule_e7_gives_the_deadline_in_edition_time_without_seconds_in_words_that_stay_true() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(&app, deadline_with_seconds(), EditionStatus::Open).await;
    let mut applicant = applicant_in_dakar(&app, "ann@roeselare.example").await;
    let id = start(&mut applicant, edition.id).await;
    fill(&mut applicant, id).await;
    let answer = submit(&mut applicant, id).await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);

    let mut secretariat = app.logged_in("sec@example.org").await;
    let page = secretariat
        .get(&format!("/secretariat/submissions/{id}"))
        .await;
    let e7 = rule_reason(&page.body, "E7");
    assert!(
        e7.contains(
            "before the deadline of 3 February 2027 at 08:30 Central European Standard Time (both in edition time, Europe/Brussels)."
        ),
        "{e7}"
    );
    assert!(!e7.contains("was"), "{e7}");
    assert!(!has_seconds(e7), "no seconds: {e7}");
    assert!(!e7.contains("UTC"), "{e7}");
}

#[rocket::async_test]
async fn the_secretariats_list_of_editions_gives_the_deadline_in_edition_time_and_says_so() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    fixtures::edition(&app, deadline_with_seconds(), EditionStatus::Open).await;
    let mut secretariat = app.logged_in("sec@example.org").await;
    let page = secretariat.get("/secretariat").await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body
            .contains("3 February 2027 at 08:30 Central European Standard Time (edition time, Europe/Brussels)"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("07:30 UTC"), "{}", page.body);
}

#[rocket::async_test]
async fn the_applicant_reads_the_deadline_in_edition_time_and_in_their_own_zone() {
    let app = TestApp::spawn().await;
    let edition = fixtures::edition(&app, deadline_with_seconds(), EditionStatus::Open).await;
    let mut applicant = applicant_in_dakar(&app, "ann@roeselare.example").await;
    let id = start(&mut applicant, edition.id).await;
    let overview = applicant
        .get(&format!("/applicant/applications/{id}"))
        .await;
    assert!(
        overview.body.contains(
            "The call closes on 3 February 2027 at 08:30 Central European Standard Time (edition time, Europe/Brussels; 3 February 2027 at 07:30 Greenwich Mean Time your time)"
        ),
        "{}",
        overview.body
    );
}

#[rocket::async_test]
async fn an_error_page_shows_a_logged_in_person_their_navigation_not_log_in() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut secretariat = app.logged_in("sec@example.org").await;
    for path in [
        "/secretariat/editions/999",
        "/no/such/page",
        "/secretariat/editions/abc",
        "/jury",
    ] {
        let page = secretariat.get(path).await;
        assert!(page.status.code >= 400, "{path}: {}", page.status);
        assert!(page.body.contains("Log out"), "{path}: {}", page.body);
        assert!(
            page.body.contains("Test Secretariat"),
            "{path}: {}",
            page.body
        );
        assert!(
            !page.body.contains("<a href=\"/login\">Log in</a>"),
            "{path}: {}",
            page.body
        );
    }
    let mut stranger = app.browser().await;
    let page = stranger.get("/no/such/page").await;
    assert!(page.body.contains("<a href=\"/login\">Log in</a>"));
}

#[rocket::async_test]
async fn an_address_whose_id_is_not_a_number_is_not_found() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut secretariat = app.logged_in("sec@example.org").await;
    for path in [
        "/secretariat/editions/abc",
        "/secretariat/editions/abc/submissions",
        "/secretariat/submissions/1x",
    ] {
        let page = secretariat.get(path).await;
        assert_eq!(page.status, Status::NotFound, "{path}");
        assert!(page.body.contains("There is no page at this address"));
    }
}

#[rocket::async_test]
async fn a_form_that_cannot_be_read_is_still_unprocessable() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(10),
        EditionStatus::Open,
    )
    .await;
    let mut secretariat = app.logged_in("sec@example.org").await;
    let answer = secretariat
        .post(
            &format!("/secretariat/editions/{}/assignments", edition.id),
            &[("juror", "abc"), ("submission", "1")],
        )
        .await;
    assert_eq!(
        answer.status,
        Status::UnprocessableEntity,
        "{}",
        answer.body
    );
}

const ELENA: &str = "elena.markovic@laurel-demo.example";
const JONAS: &str = "jonas.weber@laurel-demo.example";

async fn demo_login<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut browser = app.browser().await;
    let answer = browser.login(email, DEMO_PASSWORD).await;
    assert_eq!(answer.status, Status::SeeOther);
    browser
}

#[rocket::async_test]
async fn the_jury_chair_wears_a_chair_badge_and_her_dashboard_says_a_conflict_awaits_her_decision()
{
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let jonas = user::Entity::find()
        .filter(user::Column::Email.eq(JONAS))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let free = laurel::db::conflicts::for_juror(app.db(), 1, jonas.id)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.declaration.is_none())
        .expect("a submission Jonas has declared nothing on");
    let mut jonas_browser = demo_login(&app, JONAS).await;
    let declared = jonas_browser
        .post(
            &format!("/jury/editions/1/conflicts/{}", free.submission_id),
            &[
                ("level", "potential"),
                ("reason", "recent_collaboration"),
                ("details", "I advised the lead city in 2024."),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther, "{}", declared.body);
    let jonas_page = jonas_browser.get("/jury").await;
    assert!(
        jonas_page
            .body
            .contains("<span class=\"role-badge\">Juror</span>")
    );
    assert!(!jonas_page.body.contains("awaits your decision"));

    let mut elena = demo_login(&app, ELENA).await;
    let dashboard = elena.get("/jury").await;
    assert!(
        dashboard
            .body
            .contains("<span class=\"role-badge\">Jury chair</span>"),
        "{}",
        dashboard.body
    );
    assert!(
        dashboard.body.contains("await your decision")
            || dashboard.body.contains("awaits your decision"),
        "{}",
        dashboard.body
    );
    assert!(
        dashboard
            .body
            .contains("<a href=\"/jury/editions/1/conflicts\">Decide"),
        "{}",
        dashboard.body
    );
}

#[rocket::async_test]
async fn an_unknown_filter_value_on_the_submissions_list_is_named_on_the_page() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(10),
        EditionStatus::Open,
    )
    .await;
    let mut secretariat = app.logged_in("sec@example.org").await;
    let page = secretariat
        .get(&format!(
            "/secretariat/editions/{}/submissions?status=xyz&eligibility=maybe&sdg=42",
            edition.id
        ))
        .await;
    assert_eq!(page.status, Status::Ok);
    for (what, value) in [("status", "xyz"), ("eligibility", "maybe"), ("goal", "42")] {
        assert!(
            page.body.contains(&format!("Unknown {what} filter")) && page.body.contains(value),
            "{what}: {}",
            page.body
        );
    }
    assert!(page.body.contains("showing all submissions"));
    let known = secretariat
        .get(&format!(
            "/secretariat/editions/{}/submissions?status=submitted",
            edition.id
        ))
        .await;
    assert!(!known.body.contains("Unknown"), "{}", known.body);
}

#[rocket::async_test]
async fn the_jurors_dashboard_writes_every_instant_in_their_zone_and_the_due_date_in_edition_time_too()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let jonas = user::Entity::find()
        .filter(user::Column::Email.eq(JONAS))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut in_new_york: user::ActiveModel = jonas.into();
    in_new_york.time_zone = sea_orm::Set("America/New_York".to_owned());
    sea_orm::ActiveModelTrait::update(in_new_york, app.db())
        .await
        .unwrap();
    let mut browser = demo_login(&app, JONAS).await;
    let dashboard = browser.get("/jury").await;
    assert_eq!(dashboard.status, Status::Ok);
    assert!(!dashboard.body.contains("UTC"), "{}", dashboard.body);
    assert!(
        dashboard.body.contains("(edition time, Europe/Brussels; "),
        "{}",
        dashboard.body
    );
    let submitted_cells: Vec<&str> = dashboard
        .body
        .split("<td data-label=\"Submitted\">")
        .skip(1)
        .map(|cell| &cell[..cell.find("</td>").unwrap()])
        .filter(|cell| *cell != "–")
        .collect();
    assert!(!submitted_cells.is_empty(), "{}", dashboard.body);
    for cell in submitted_cells {
        assert!(
            cell.ends_with(" Eastern Standard Time") || cell.ends_with(" Eastern Daylight Time"),
            "{cell}"
        );
    }
}
