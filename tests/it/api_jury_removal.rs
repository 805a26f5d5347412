//! Removing a juror through the API: a reason, the counts of what goes and what stays, never
//! the only chair, and two removals of one juror at once remove them once.

use std::sync::Arc;

use rocket::http::Method;
use serde_json::{Value, json};

use crate::api::{call, demo_token, json_of, script};
use crate::api_secretariat::posts_at_once;
use crate::helpers::TestApp;

const SECRETARIAT: &str = laurel::demo::SECRETARIAT_EMAIL;

async fn account_id(app: &TestApp, email: &str) -> i32 {
    laurel::db::users::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.email == email)
        .unwrap()
        .id
}

async fn post(app: &TestApp, path: &str, token: &str, body: Value) -> (u16, Value) {
    let mut client = script(app).await;
    let answer = call(&mut client, Method::Post, path, token, &[], Some(&body)).await;
    (answer.status.code, json_of(&answer))
}

#[rocket::async_test]
async fn the_secretariat_removes_a_juror_with_a_reason_but_never_the_only_chair() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let jonas = account_id(&app, "jonas.weber@laurel-demo.example").await;
    let before = laurel::db::assignments::list(app.db(), 1).await.unwrap();
    let submitted = before
        .iter()
        .filter(|a| {
            a.juror_id == jonas && a.status == laurel::domain::scoring::ScorecardStatus::Submitted
        })
        .count();
    let path = format!("/api/v1/editions/1/jury/{jonas}/remove");

    let (status, problem) = post(&app, &path, &token, json!({"reason": "gone"})).await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "reason", "{problem}");
    let (status, done) = post(
        &app,
        &path,
        &token,
        json!({"reason": "He moved to another ministry."}),
    )
    .await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(
        done["kept"], submitted,
        "submitted scorecards stay by default: {done}"
    );
    assert_eq!(done["withdrawn"], 0);
    let after = laurel::db::assignments::list(app.db(), 1).await.unwrap();
    assert_eq!(
        after.iter().filter(|a| a.juror_id == jonas).count(),
        submitted
    );
    let (status, _) = post(
        &app,
        &path,
        &token,
        json!({"reason": "He moved to another ministry."}),
    )
    .await;
    assert_eq!(status, 404, "no longer on the jury");

    let elena = account_id(&app, "elena.markovic@laurel-demo.example").await;
    let chair = format!("/api/v1/editions/1/jury/{elena}/remove");
    let (status, refused) = post(
        &app,
        &chair,
        &token,
        json!({"reason": "She is unwell this month."}),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "juror_removal_refused", "{refused}");
    assert!(
        refused["message"].as_str().unwrap().contains("only chair"),
        "{refused}"
    );
}

#[rocket::async_test]
async fn two_removals_of_one_juror_at_once_remove_them_once() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let claire = account_id(&app, "claire.dubois@laurel-demo.example").await;
    let path = format!("/api/v1/editions/1/jury/{claire}/remove");
    let body = json!({"reason": "Her term on the jury ended.", "withdraw_submitted": true});
    let answers = posts_at_once(&app, &path, &token, vec![body.clone(), body]).await;
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    assert_eq!(statuses, [200, 404], "{answers:?}");
    let left = laurel::db::assignments::list(app.db(), 1).await.unwrap();
    assert!(
        left.iter().all(|a| a.juror_id != claire),
        "every assignment withdrawn"
    );
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    assert_eq!(
        events
            .iter()
            .filter(|e| e.action.starts_with("jury.") && e.action.contains("remov"))
            .count(),
        1,
        "{:?}",
        events.iter().map(|e| &e.action).collect::<Vec<_>>()
    );
}
