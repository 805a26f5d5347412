//! NUL characters (byte 0) in typed text: taken out of every form before it reaches the
//! database, so SQLite and PostgreSQL (which refuses them in text) answer the same way.

use chrono::Duration;
use laurel::db::entities::{assignment, user};
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::fixtures::{self, save, start};
use crate::helpers::TestApp;

#[rocket::async_test]
async fn a_registration_with_nul_characters_is_stored_without_them() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    let answer = browser
        .post(
            "/register",
            &[
                ("name", "Ann\u{0} Applicant"),
                ("email", "ann@roeselare.example"),
                ("password", "a long applicant\u{0} password"),
                ("organisation", "City of\u{0} Roeselare"),
                ("kind", "municipality"),
                ("country", "BE"),
                ("time_zone", "Africa/Dakar"),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let (account, _) = laurel::db::users::find_for_login(app.db(), "ann@roeselare.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.name, "Ann Applicant");
    let mut again = app.browser().await;
    let login = again
        .login("ann@roeselare.example", "a long applicant password")
        .await;
    assert_eq!(login.status, Status::SeeOther, "{}", login.body);
}

#[rocket::async_test]
async fn an_application_section_with_nul_characters_is_saved_without_them() {
    let app = TestApp::spawn().await;
    let closes = app.clock().now() + Duration::days(10);
    let edition = fixtures::edition(&app, closes, EditionStatus::Open).await;
    app.account(
        laurel::domain::role::Role::Applicant,
        "ann@roeselare.example",
    )
    .await;
    let mut ann = app.logged_in("ann@roeselare.example").await;
    let id = start(&mut ann, edition.id).await;
    let saved = save(
        &mut ann,
        id,
        "project",
        &[
            ("title", "Shared\u{0} waste collection"),
            ("summary", "Committees\u{0}\u{0} plan waste rounds."),
        ],
    )
    .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
    let page = ann
        .get(&format!("/applicant/applications/{id}/project"))
        .await;
    assert!(page.body.contains("value=\"Shared waste collection\""));
    assert!(page.body.contains("Committees plan waste rounds."));
    assert!(!page.body.contains('\u{0}'));
}

#[rocket::async_test]
async fn a_scorecard_comment_with_nul_characters_is_saved_without_them() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let jonas_id = user::Entity::find()
        .filter(user::Column::Email.eq("jonas.weber@laurel-demo.example"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id;
    let draft = assignment::Entity::find()
        .filter(assignment::Column::JurorId.eq(jonas_id))
        .filter(assignment::Column::Status.eq("draft"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/assignments/{}", draft.id);
    let page = jonas.get(&path).await;
    let marker = "name=\"stamp\" value=\"";
    let start = page.body.find(marker).unwrap() + marker.len();
    let end = page.body[start..].find('"').unwrap() + start;
    let stamp = page.body[start..end].to_owned();
    let saved = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("scores[sustainability]", "4"),
                ("comments[sustainability]", "Budget\u{0} lines exist."),
                ("overall", "A credible\u{0} partnership."),
            ],
        )
        .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
    let page = jonas.get(&path).await;
    assert!(page.body.contains("Budget lines exist."));
    assert!(page.body.contains("A credible partnership."));
}

#[rocket::async_test]
async fn nul_characters_in_the_evidence_section_sent_as_multipart_are_removed_too() {
    let app = TestApp::spawn().await;
    app.account(laurel::domain::role::Role::Applicant, "ann@example.org")
        .await;
    let edition = fixtures::open_call(&app).await;
    let mut ann = app.logged_in("ann@example.org").await;
    let id = start(&mut ann, edition.id).await;
    let stamp = fixtures::stamp(&mut ann, id, "evidence").await;
    let answer = ann
        .post_multipart(
            &format!("/applicant/applications/{id}/evidence"),
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("lessons_learned", "Small\u{0} committees work."),
            ],
            None,
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let record = laurel::db::applications::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.draft.lessons_learned, "Small committees work.");
}

#[rocket::async_test]
async fn a_form_without_files_sent_as_multipart_is_refused_and_nothing_is_created() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    let answer = browser
        .post_multipart(
            "/register",
            &[
                ("name", "Ann\u{0} Applicant"),
                ("email", "ann@roeselare.example"),
                ("password", "a long applicant password"),
                ("organisation", "City of Roeselare"),
                ("kind", "municipality"),
                ("country", "BE"),
                ("time_zone", "Africa/Dakar"),
            ],
            None,
        )
        .await;
    assert_eq!(
        answer.status,
        Status::UnsupportedMediaType,
        "{}",
        answer.body
    );
    assert!(
        laurel::db::users::find_for_login(app.db(), "ann@roeselare.example")
            .await
            .unwrap()
            .is_none()
    );
}

#[rocket::async_test]
async fn text_sent_through_the_api_with_nul_characters_is_saved_without_them() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let token = crate::api::demo_token(&app, "jonas.weber@laurel-demo.example", "read_write").await;
    let path = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let mut client = crate::api::script(&app).await;
    let read = crate::api::call(
        &mut client,
        rocket::http::Method::Get,
        &path,
        &token,
        &[],
        None,
    )
    .await;
    let etag = read.headers["etag"].clone();
    let body = serde_json::json!({
        "criteria": {"sustainability": {"score": 4, "comment": "Budget\u{0} lines exist."}},
        "overall_comment": "A credible\u{0} partnership."
    });
    let saved = crate::api::call(
        &mut client,
        rocket::http::Method::Put,
        &path,
        &token,
        &[("If-Match", etag.as_str())],
        Some(&body),
    )
    .await;
    assert_eq!(saved.status, Status::Ok, "{}", saved.body);
    let card = crate::api::json_of(&saved);
    assert_eq!(card["overall_comment"], "A credible partnership.", "{card}");
    assert!(saved.body.contains("Budget lines exist."), "{}", saved.body);
}
