//! The endgame through the API: the chair reads the decisions (never those on a submission she
//! is excluded from) and confirms them, the secretariat removes one with a reason, and two
//! removals of one decision at once remove it once.

use std::sync::Arc;

use laurel::domain::edition::EditionStatus;
use rocket::http::{Method, Status};
use serde_json::{Value, json};

use crate::api::{demo_login, demo_token, exchange as send};
use crate::api_secretariat::posts_at_once;
use crate::helpers::TestApp;

const ELENA: &str = "elena.markovic@laurel-demo.example";
const JONAS: &str = "jonas.weber@laurel-demo.example";
const SECRETARIAT: &str = laurel::demo::SECRETARIAT_EMAIL;

/// Records a first prize on each given submission through the page; the decisions' ids.
async fn record(app: &TestApp, submissions: &[i32]) -> Vec<i32> {
    let mut sec = demo_login(app, SECRETARIAT).await;
    for (n, submission) in submissions.iter().enumerate() {
        let prize = ["first", "second", "third"][n];
        let fields = crate::decisions::fields(app, *submission, prize, "for", false).await;
        let recorded = crate::decisions::decide(&mut sec, &fields).await;
        assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
    }
    laurel::db::decisions::list(app.db(), 1)
        .await
        .unwrap()
        .iter()
        .map(|d| d.id)
        .collect()
}

/// Two eligible submissions: one the chair may see, and one she declares a disqualifying
/// conflict on.
async fn seen_and_excluded(app: &TestApp, elena: &str) -> (i32, i32) {
    let hidden = crate::api_jury::first_undeclared(app, elena).await;
    let strict = json!({"level": "disqualifying", "reason": "helped_prepare", "details": "I wrote its budget."});
    let path = format!("/api/v1/editions/1/conflicts/{hidden}");
    assert_eq!(
        send(app, Method::Post, &path, elena, Some(strict)).await.0,
        200
    );
    let hidden = i32::try_from(hidden).unwrap();
    let eligible = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap();
    assert!(eligible.iter().any(|s| s.id == hidden));
    let seen = eligible.iter().find(|s| s.id != hidden).unwrap().id;
    (seen, hidden)
}

#[rocket::async_test]
async fn the_chair_reads_the_decisions_she_may_see_and_confirms_them_all() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let elena = demo_token(&app, ELENA, "read_write").await;
    let path = "/api/v1/editions/1/decisions";
    let confirm = "/api/v1/editions/1/decisions/confirm";
    let (status, early) = send(&app, Method::Post, confirm, &elena, None).await;
    assert_eq!(status, 409);
    assert_eq!(early["code"], "decisions_not_available", "{early}");
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let (status, nothing) = send(&app, Method::Post, confirm, &elena, None).await;
    assert_eq!(status, 409);
    assert_eq!(nothing["code"], "nothing_to_confirm", "{nothing}");
    let audited = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    assert!(
        !audited.iter().any(|e| e.action == "decision.confirmed"),
        "nothing confirmed, nothing audited"
    );

    let (seen, hidden) = seen_and_excluded(&app, &elena).await;
    record(&app, &[seen, hidden]).await;
    let (status, listed) = send(&app, Method::Get, path, &elena, None).await;
    assert_eq!(status, 200, "{listed}");
    let submissions: Vec<&Value> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["submission_id"])
        .collect();
    assert_eq!(
        submissions,
        [&json!(seen)],
        "never the decision on her conflict: {listed}"
    );
    assert_eq!(listed["blocking"], json!([]));
    let jonas = demo_token(&app, JONAS, "read_write").await;
    assert_eq!(
        send(&app, Method::Get, path, &jonas, None).await.0,
        404,
        "not the chair"
    );
    assert_eq!(send(&app, Method::Post, confirm, &jonas, None).await.0, 404);

    let (status, confirmed) = send(&app, Method::Post, confirm, &elena, None).await;
    assert_eq!(status, 200, "{confirmed}");
    assert_eq!(confirmed["confirmed"], 2, "every decision is confirmed");
    let secretariat = demo_token(&app, SECRETARIAT, "read").await;
    let (_, all) = send(&app, Method::Get, path, &secretariat, None).await;
    assert!(
        all["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| !d["confirmed_at"].is_null()),
        "{all}"
    );
}

#[rocket::async_test]
async fn the_secretariat_removes_a_decision_once_with_a_reason_even_when_asked_twice_at_once() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let eligible = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap();
    let ids = record(&app, &[eligible[0].id, eligible[1].id]).await;
    let remove = format!("/api/v1/decisions/{}/remove", ids[0]);
    let secretariat = demo_token(&app, SECRETARIAT, "read_write").await;

    let (status, problem) = send(
        &app,
        Method::Post,
        &remove,
        &secretariat,
        Some(json!({"reason": "oops"})),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "reason", "{problem}");
    let elena = demo_token(&app, ELENA, "read_write").await;
    let (status, _) = send(
        &app,
        Method::Post,
        &remove,
        &elena,
        Some(json!({"reason": "The chair wants it gone."})),
    )
    .await;
    assert_eq!(status, 403, "a juror removes nothing");
    assert_eq!(
        laurel::db::decisions::list(app.db(), 1)
            .await
            .unwrap()
            .len(),
        2
    );

    let reason = json!({"reason": "Recorded on the wrong submission."});
    let answers = posts_at_once(&app, &remove, &secretariat, vec![reason.clone(), reason]).await;
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    assert_eq!(statuses, [204, 404], "{answers:?}");
    let left: Vec<i32> = laurel::db::decisions::list(app.db(), 1)
        .await
        .unwrap()
        .iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(left, [ids[1]]);
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    assert_eq!(
        events
            .iter()
            .filter(|e| e.action == "decision.removed")
            .count(),
        1,
        "removed once"
    );

    crate::fixtures::advance(&app, 1, EditionStatus::Decided).await;
    let late = format!("/api/v1/decisions/{}/remove", ids[1]);
    let (status, closed) = send(
        &app,
        Method::Post,
        &late,
        &secretariat,
        Some(json!({"reason": "Recorded on the wrong submission."})),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(closed["code"], "decisions_closed", "{closed}");
    assert_eq!(
        laurel::db::decisions::list(app.db(), 1)
            .await
            .unwrap()
            .len(),
        1
    );
}
