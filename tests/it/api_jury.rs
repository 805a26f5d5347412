//! The juror's conflicts of interest through the API: the same rules as the page. A declaration
//! is only ever made stricter by the juror, also when two arrive at once; lowering it is a
//! request someone else decides; a juror of another jury sees nothing.

use std::sync::Arc;

use rocket::http::{Method, Status};
use serde_json::{Value, json};

use crate::api::{call, demo_token, json_of, script};
use crate::helpers::TestApp;

const ELENA: &str = "elena.markovic@laurel-demo.example";

pub(crate) async fn first_undeclared(app: &TestApp, token: &str) -> i64 {
    let mut client = script(app).await;
    let listed = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/editions/1/conflicts?limit=200",
            token,
            &[],
            None,
        )
        .await,
    );
    listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["declaration"].is_null())
        .expect("a submission without a declaration")["submission_id"]
        .as_i64()
        .unwrap()
}

pub(crate) async fn post(app: &TestApp, path: &str, token: &str, body: Value) -> (u16, Value) {
    let mut client = script(app).await;
    let answer = call(&mut client, Method::Post, path, token, &[], Some(&body)).await;
    (answer.status.code, json_of(&answer))
}

#[rocket::async_test]
async fn a_juror_declares_through_the_api_cannot_lower_it_and_asks_for_a_review_instead() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, ELENA, "read_write").await;
    let sid = first_undeclared(&app, &token).await;
    let path = format!("/api/v1/editions/1/conflicts/{sid}");

    let (status, problem) = post(&app, &path, &token, json!({"level": "somewhat"})).await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "level", "{problem}");

    let potential = json!({"level": "potential", "reason": "recent_collaboration",
                           "details": "I advised the lead city in 2024."});
    let (status, item) = post(&app, &path, &token, potential).await;
    assert_eq!(status, 200, "{item}");
    assert_eq!(item["declaration"]["level"], "potential");
    assert_eq!(item["declaration"]["standing"], "pending");

    let (status, refused) = post(&app, &path, &token, json!({"level": "none"})).await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "declaration_would_lower", "{refused}");
    let mut client = script(&app).await;
    let listed = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/editions/1/conflicts?limit=200",
            &token,
            &[],
            None,
        )
        .await,
    );
    let kept = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["submission_id"] == sid)
        .unwrap();
    assert_eq!(
        kept["declaration"]["level"], "potential",
        "the declaration holds"
    );

    let review = format!("{path}/review");
    let (status, problem) = post(
        &app,
        &review,
        &token,
        json!({"level": "none", "explanation": "no"}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "explanation", "{problem}");
    let ask = json!({"level": "none", "explanation": "The collaboration ended before the project began."});
    let (status, item) = post(&app, &review, &token, ask.clone()).await;
    assert_eq!(status, 200, "{item}");
    assert_eq!(item["declaration"]["request"]["level"], "none");
    assert_eq!(
        item["declaration"]["standing"], "pending",
        "it keeps its effect"
    );
    let (status, again) = post(&app, &review, &token, ask).await;
    assert_eq!(status, 409);
    assert_eq!(again["code"], "review_already_requested");
}

#[rocket::async_test]
async fn two_first_declarations_at_once_never_leave_the_milder_one() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, ELENA, "read_write").await;
    let sid = first_undeclared(&app, &token).await;
    let path = format!("/api/v1/editions/1/conflicts/{sid}");
    let bodies = [
        json!({"level": "none"}),
        json!({"level": "disqualifying", "reason": "helped_prepare", "details": "I wrote its budget."}),
    ];
    let tasks: Vec<_> = bodies
        .into_iter()
        .map(|body| {
            let (app, path, token) = (Arc::clone(&app), path.clone(), token.clone());
            tokio::spawn(async move { post(&app, &path, &token, body).await.0 })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    assert!(statuses.contains(&200), "{statuses:?}");
    assert!(
        statuses.iter().all(|s| [200, 409].contains(s)),
        "{statuses:?}"
    );
    let mut client = script(&app).await;
    let listed = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/editions/1/conflicts?limit=200",
            &token,
            &[],
            None,
        )
        .await,
    );
    let item = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["submission_id"] == sid)
        .unwrap()
        .clone();
    assert_eq!(item["declaration"]["level"], "disqualifying", "{item}");
}

#[rocket::async_test]
async fn an_applicant_a_read_only_token_and_a_juror_of_another_jury_cannot_declare() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let reader = demo_token(&app, ELENA, "read").await;
    let writer = demo_token(&app, ELENA, "read_write").await;
    let sid = first_undeclared(&app, &writer).await;
    let body = json!({"level": "disqualifying", "reason": "helped_prepare", "details": "x"});
    let (status, refused) = post(
        &app,
        &format!("/api/v1/editions/1/conflicts/{sid}"),
        &reader,
        body.clone(),
    )
    .await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (403, Some("read_only_token"))
    );
    let applicant = demo_token(&app, "international@roeselare.example", "read_write").await;
    let (status, _) = post(
        &app,
        &format!("/api/v1/editions/1/conflicts/{sid}"),
        &applicant,
        body.clone(),
    )
    .await;
    assert_eq!(status, 403);
    let editions = laurel::db::editions::list(app.db()).await.unwrap();
    assert!(
        editions.len() > 1,
        "the demo has an edition Elena is not a juror of"
    );
    for other in editions.iter().filter(|e| e.id != 1) {
        let (status, _) = post(
            &app,
            &format!("/api/v1/editions/{}/conflicts/{sid}", other.id),
            &writer,
            body.clone(),
        )
        .await;
        assert_eq!(status, 404, "edition {}", other.id);
        let mut client = script(&app).await;
        let listed = call(
            &mut client,
            Method::Get,
            &format!("/api/v1/editions/{}/conflicts", other.id),
            &writer,
            &[],
            None,
        )
        .await;
        assert_eq!(listed.status, Status::NotFound);
    }
    let (status, _) = post(&app, "/api/v1/editions/1/conflicts/99999", &writer, body).await;
    assert_eq!(status, 404);
}
