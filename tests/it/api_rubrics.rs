//! The rubric library through the API: a rubric file added, read back, replaced with `If-Match`,
//! and refused with every problem by field, a taken key, a stale version or a rubric in use.

use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::{ContentType, Method};
use serde_json::Value;

use crate::api::token_for;
use crate::helpers::TestApp;

const SMALL: &str = include_str!("../../rubrics/city-partnership-small.toml");

fn twin_cities(description: &str) -> String {
    SMALL
        .replace("key = \"city-partnership-small\"", "key = \"twin-cities\"")
        .replacen(
            "description = \"A short rubric",
            &format!("description = \"{description} A short rubric"),
            1,
        )
}

struct Reply {
    status: u16,
    etag: Option<String>,
    body: Value,
}

async fn send_file(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    if_match: Option<&str>,
    file: &str,
) -> Reply {
    let mut client = app.browser().await.without_cookies();
    let bearer = format!("Bearer {token}");
    let mut headers = vec![("Authorization", bearer.as_str())];
    if let Some(etag) = if_match {
        headers.push(("If-Match", etag));
    }
    let toml = ContentType::new("application", "toml");
    let answer = client
        .send_bytes(method, path, &headers, toml, file.as_bytes())
        .await;
    Reply {
        status: answer.status.code,
        etag: answer.headers.get("etag").cloned(),
        body: serde_json::from_str(&answer.body).unwrap_or(Value::Null),
    }
}

/// A read-write token of a secretariat account made for the test.
async fn secretariat_token(app: &TestApp) -> String {
    app.account(Role::Secretariat, "secretariat@example.org")
        .await;
    token_for(app, "secretariat@example.org", "read_write").await
}

/// Replaces the rubric `twin-cities` by one whose description starts with `description`.
async fn put_twin_cities(app: &TestApp, token: &str, etag: &str, description: &str) -> Reply {
    let file = twin_cities(description);
    let path = "/api/v1/rubrics/twin-cities";
    send_file(app, Method::Put, path, token, Some(etag), &file).await
}

/// Adds the rubric `twin-cities` whose description starts with "First.".
async fn add_first(app: &TestApp, token: &str) -> Reply {
    let file = twin_cities("First.");
    send_file(app, Method::Post, "/api/v1/rubrics", token, None, &file).await
}

async fn get(app: &TestApp, path: &str, token: &str) -> Reply {
    let mut client = app.browser().await.without_cookies();
    let bearer = format!("Bearer {token}");
    let answer = client
        .request(
            Method::Get,
            path,
            &[("Authorization", bearer.as_str())],
            None,
        )
        .await;
    Reply {
        status: answer.status.code,
        etag: answer.headers.get("etag").cloned(),
        body: serde_json::from_str(&answer.body).unwrap_or(Value::Null),
    }
}

#[rocket::async_test]
async fn a_rubric_file_is_added_read_back_and_replaced_with_if_match_through_the_api() {
    let app = TestApp::spawn().await;
    let token = secretariat_token(&app).await;
    let added = add_first(&app, &token).await;
    assert_eq!(added.status, 201, "{}", added.body);
    assert_eq!(added.body["key"], "twin-cities");
    assert_eq!(added.body["made_here"], true);
    let etag = added.etag.clone().expect("an ETag");

    let read = get(&app, "/api/v1/rubrics/twin-cities", &token).await;
    assert_eq!(read.status, 200);
    assert_eq!(read.body["content_hash"], added.body["content_hash"]);
    let file = read.body["file"].as_str().unwrap();
    let again = laurel::domain::rubric::parse_rubric("twin-cities.toml", file, Some("twin-cities"))
        .unwrap();
    assert!(again.description.starts_with("First."));
    let shipped = get(&app, "/api/v1/rubrics/platforma", &token).await;
    assert_eq!(shipped.body["made_here"], false);

    let path = "/api/v1/rubrics/twin-cities";
    let replaced = put_twin_cities(&app, &token, &etag, "Second.").await;
    assert_eq!(replaced.status, 200, "{}", replaced.body);
    let stale = put_twin_cities(&app, &token, &etag, "Third.").await;
    assert_eq!(stale.status, 412, "{}", stale.body);
    assert_eq!(stale.body["code"], "stale_version");
    assert!(
        stale.body["current"]["file"]
            .as_str()
            .unwrap()
            .contains("Second.")
    );
    let without = send_file(
        &app,
        Method::Put,
        path,
        &token,
        None,
        &twin_cities("Third."),
    )
    .await;
    assert_eq!(without.status, 428);

    let taken = send_file(
        &app,
        Method::Post,
        "/api/v1/rubrics",
        &token,
        None,
        &twin_cities("Again."),
    )
    .await;
    assert_eq!(taken.status, 409);
    assert_eq!(taken.body["code"], "rubric_key_taken");
    let shipped_key = send_file(&app, Method::Post, "/api/v1/rubrics", &token, None, SMALL).await;
    assert_eq!(shipped_key.body["code"], "rubric_key_taken");
    let not_here = send_file(
        &app,
        Method::Put,
        "/api/v1/rubrics/platforma",
        &token,
        Some("\"0\""),
        SMALL,
    )
    .await;
    assert_eq!(not_here.status, 404);
}

#[rocket::async_test]
async fn a_refused_rubric_file_names_every_problem_by_field_with_its_line() {
    let app = TestApp::spawn().await;
    let token = secretariat_token(&app).await;
    let broken = twin_cities("Broken.")
        .replacen("threshold = 2.5", "threshold = 2.25", 1)
        .replacen("tie_break_priority = 3", "tie_break_priority = 2", 1);
    let refused = send_file(&app, Method::Post, "/api/v1/rubrics", &token, None, &broken).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.body["code"], "invalid_input");
    let fields = refused.body["fields"].as_object().unwrap();
    let threshold = fields["criteria[0].threshold"].as_str().unwrap();
    assert!(
        threshold.starts_with("line ") && threshold.contains("must be a multiple of 0.5"),
        "{threshold}"
    );
    assert!(
        fields.contains_key("criteria[2].tie_break_priority"),
        "{}",
        refused.body
    );
    assert!(
        laurel::db::library_rubrics::all(app.db())
            .await
            .unwrap()
            .is_empty()
    );
}

#[rocket::async_test]
async fn a_rubric_an_open_edition_scores_against_is_refused_as_in_use_through_the_api() {
    let app = TestApp::spawn().await;
    let token = secretariat_token(&app).await;
    let added = add_first(&app, &token).await;
    let etag = added.etag.unwrap();
    let closes = app.clock().now() + chrono::Duration::days(30);
    let edition = crate::fixtures::edition(&app, closes, EditionStatus::Draft).await;
    let settings = laurel::app::editions::EditionTyped::from_edition(&edition, "twin-cities");
    let shipped = laurel::rubric_files::load_built_in().unwrap();
    let all = laurel::app::rubrics::available(app.db(), &shipped)
        .await
        .unwrap();
    let me = laurel::db::users::find_for_login(app.db(), "secretariat@example.org")
        .await
        .unwrap()
        .unwrap()
        .0;
    let now = app.clock().now();
    laurel::app::editions::update(app.db(), edition.id, &settings, &all, None, me.id, now)
        .await
        .unwrap()
        .unwrap();
    crate::fixtures::advance(&app, edition.id, EditionStatus::Open).await;
    let refused = put_twin_cities(&app, &token, &etag, "Second.").await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert_eq!(refused.body["code"], "rubric_in_use");
    assert!(
        refused.body["message"]
            .as_str()
            .unwrap()
            .contains(&edition.name)
    );
}
