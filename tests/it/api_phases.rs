//! An edition's phases through the API: the lifecycle's rules with why a step is refused, two
//! requests for one step at once take it once, and going back from the consensus phase needs a
//! reason.

use std::sync::Arc;

use laurel::domain::edition::EditionStatus;
use rocket::http::Method;
use serde_json::{Value, json};

use crate::api::{call, demo_token, json_of, script};
use crate::api_secretariat::posts_at_once;
use crate::helpers::TestApp;

const SECRETARIAT: &str = laurel::demo::SECRETARIAT_EMAIL;

async fn post(app: &TestApp, path: &str, token: &str, body: Value) -> (u16, Value) {
    let mut client = script(app).await;
    let answer = call(&mut client, Method::Post, path, token, &[], Some(&body)).await;
    (answer.status.code, json_of(&answer))
}

async fn open_call(app: &TestApp) -> i32 {
    laurel::db::editions::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.status == EditionStatus::Open)
        .expect("the demo's open call")
        .id
}

async fn phase(app: &TestApp, id: i32) -> EditionStatus {
    laurel::db::editions::find(app.db(), id)
        .await
        .unwrap()
        .unwrap()
        .status
}

#[rocket::async_test]
async fn the_secretariat_moves_an_edition_along_and_a_refused_step_says_why_and_changes_nothing() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let id = open_call(&app).await;
    let path = format!("/api/v1/editions/{id}/status");

    let (status, problem) = post(&app, &path, &token, json!({"to": "finished"})).await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "to", "{problem}");
    let (status, refused) = post(&app, &path, &token, json!({"to": "decided"})).await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "phase_change_refused", "{refused}");
    assert!(!refused["message"].as_str().unwrap().is_empty());
    assert_eq!(
        phase(&app, id).await,
        EditionStatus::Open,
        "nothing changed"
    );

    let (status, closed) = post(&app, &path, &token, json!({"to": "closed"})).await;
    assert_eq!(status, 200, "{closed}");
    assert_eq!(closed["phase"], "closed");
    let (status, screening) = post(&app, &path, &token, json!({"to": "screening"})).await;
    assert_eq!(status, 200, "{screening}");
    assert!(
        screening["message"]
            .as_str()
            .unwrap()
            .contains("eligibility rules ran again"),
        "{screening}"
    );
    assert_eq!(phase(&app, id).await, EditionStatus::Screening);

    let juror = demo_token(&app, "jonas.weber@laurel-demo.example", "read_write").await;
    let (status, _) = post(&app, &path, &juror, json!({"to": "jury_evaluation"})).await;
    assert_eq!(status, 403);
    assert_eq!(phase(&app, id).await, EditionStatus::Screening);
}

#[rocket::async_test]
async fn two_requests_for_the_same_step_at_once_take_it_once() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let id = open_call(&app).await;
    let path = format!("/api/v1/editions/{id}/status");
    let to = json!({"to": "closed"});
    let answers = posts_at_once(&app, &path, &token, vec![to.clone(), to]).await;
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    assert_eq!(statuses, [200, 409], "{answers:?}");
    let events = laurel::db::audit::for_subject(app.db(), "edition", &id.to_string())
        .await
        .unwrap();
    let moves = events
        .iter()
        .filter(|e| e.details.to_string().contains("\"closed\""))
        .count();
    assert_eq!(moves, 1, "one transition is audited: {events:?}");
}

#[rocket::async_test]
async fn going_back_from_the_consensus_phase_needs_a_reason_and_only_works_from_it() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let path = "/api/v1/editions/1/consensus/back";
    let (status, refused) = post(
        &app,
        path,
        &token,
        json!({"reason": "The jury asked for a week more."}),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "phase_change_refused", "{refused}");
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let (status, problem) = post(&app, path, &token, json!({"reason": "late"})).await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "reason", "{problem}");
    assert_eq!(phase(&app, 1).await, EditionStatus::Consensus);
    let (status, back) = post(
        &app,
        path,
        &token,
        json!({"reason": "The jury asked for a week more."}),
    )
    .await;
    assert_eq!(status, 200, "{back}");
    assert_eq!(back["phase"], "jury_evaluation");
    assert_eq!(phase(&app, 1).await, EditionStatus::JuryEvaluation);
}

#[rocket::async_test]
async fn a_token_answers_in_its_accounts_language_whatever_the_request_asks_for() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut browser = crate::api::demo_login(&app, SECRETARIAT).await;
    browser
        .post("/language", &[("lang", "es"), ("back", "/account")])
        .await;
    let token = crate::api::make_token(&mut browser, "tests", "read_write").await;
    let id = open_call(&app).await;
    let path = format!("/api/v1/editions/{id}/status");
    let mut client = script(&app).await;
    let english = [("Accept-Language", "en")];
    let body = json!({"to": "decided"});
    let answer = call(
        &mut client,
        Method::Post,
        &path,
        &token,
        &english,
        Some(&body),
    )
    .await;
    let refused = json_of(&answer);
    assert_eq!(answer.status.code, 409);
    assert_eq!(refused["code"], "phase_change_refused", "the code stays");
    assert_eq!(
        refused["message"],
        "Una edición que se encuentra en la fase «Convocatoria abierta» solo puede pasar a la fase «Convocatoria cerrada».",
        "{refused}"
    );
    let list = format!("/api/v1/editions/{id}/submissions?status=finished");
    let answer = call(&mut client, Method::Get, &list, &token, &english, None).await;
    let invalid = json_of(&answer);
    assert_eq!(answer.status.code, 422);
    assert_eq!(invalid["fields"]["status"], "status: draft o submitted");
    let mut anonymous = script(&app).await;
    let spanish = [("Accept-Language", "es")];
    let answer = anonymous
        .request(Method::Get, "/api/v1/editions", &spanish, None)
        .await;
    assert_eq!(answer.status.code, 401);
    assert!(
        json_of(&answer)["message"]
            .as_str()
            .unwrap()
            .starts_with("Envíe un token personal"),
        "without a token, the request's language"
    );
}
