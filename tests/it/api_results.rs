//! The official ranking method through the API: recorded from the consensus phase on, and once
//! results were shown only changed with a reason.

use laurel::domain::edition::EditionStatus;
use rocket::http::Method;
use serde_json::{Value, json};

use crate::api::{call, demo_token, json_of, script};
use crate::helpers::TestApp;

async fn post(app: &TestApp, path: &str, token: &str, body: Value) -> (u16, Value) {
    let mut client = script(app).await;
    let answer = call(&mut client, Method::Post, path, token, &[], Some(&body)).await;
    (answer.status.code, json_of(&answer))
}

#[rocket::async_test]
async fn the_official_method_is_recorded_through_the_api_and_a_change_after_results_were_shown_needs_a_reason()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, laurel::demo::SECRETARIAT_EMAIL, "read_write").await;
    let path = "/api/v1/editions/1/results/method";
    let (status, early) = post(&app, path, &token, json!({"method": "consensus_total"})).await;
    assert_eq!(status, 409);
    assert_eq!(early["code"], "results_not_available", "{early}");

    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let (status, problem) = post(&app, path, &token, json!({"method": "loudest"})).await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "method", "{problem}");
    let (status, recorded) = post(&app, path, &token, json!({"method": "consensus_total"})).await;
    assert_eq!(status, 200, "{recorded}");
    assert_eq!(recorded["method"], "consensus_total");

    let actor = laurel::db::users::list(app.db()).await.unwrap()[0].id;
    laurel::db::results::mark_shown(app.db(), 1, actor, app.clock().now())
        .await
        .unwrap();
    let (status, problem) = post(&app, path, &token, json!({"method": "calibrated"})).await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "reason", "{problem}");
    let change =
        json!({"method": "calibrated", "reason": "The jury agreed leniency must not decide."});
    let (status, changed) = post(&app, path, &token, change).await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["method"], "calibrated");
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    let audited = events.iter().find(|e| {
        e.details
            .to_string()
            .contains("The jury agreed leniency must not decide.")
    });
    assert!(audited.is_some(), "the reason is in the audit log");
}
