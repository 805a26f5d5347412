//! Deciding conflicts of interest through the API: the secretariat sees every declaration, the
//! chair the other jurors' that wait; nobody decides about their own conflict, a disqualifying
//! one is never "allowed", and two decisions on one request at once decide it once.

use std::sync::Arc;

use rocket::http::Method;
use serde_json::{Value, json};

use crate::api::{call, demo_token, json_of, script};
use crate::api_jury::{first_undeclared, post};
use crate::api_secretariat::posts_at_once;
use crate::helpers::TestApp;

const ELENA: &str = "elena.markovic@laurel-demo.example";
const JONAS: &str = "jonas.weber@laurel-demo.example";
const CLAIRE: &str = "claire.dubois@laurel-demo.example";
const SECRETARIAT: &str = laurel::demo::SECRETARIAT_EMAIL;

async fn get(app: &TestApp, path: &str, token: &str) -> (u16, Value) {
    let mut client = script(app).await;
    let answer = call(&mut client, Method::Get, path, token, &[], None).await;
    (answer.status.code, json_of(&answer))
}

async fn account_id(app: &TestApp, token: &str) -> i64 {
    get(app, "/api/v1/me", token).await.1["id"]
        .as_i64()
        .unwrap()
}

/// Declares on the juror's first undeclared submission; its id.
async fn declare(app: &TestApp, token: &str, body: Value) -> i64 {
    let sid = first_undeclared(app, token).await;
    let path = format!("/api/v1/editions/1/conflicts/{sid}");
    let (status, item) = post(app, &path, token, body).await;
    assert_eq!(status, 200, "{item}");
    sid
}

/// The declaration's id, as the secretariat lists it.
async fn declaration_id(app: &TestApp, secretariat: &str, sid: i64, juror: i64) -> i64 {
    let (status, listed) = get(
        app,
        "/api/v1/editions/1/declarations?limit=200",
        secretariat,
    )
    .await;
    assert_eq!(status, 200, "{listed}");
    listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["submission_id"] == sid && d["juror_id"] == juror)
        .unwrap_or_else(|| panic!("a declaration on {sid} by {juror}: {listed}"))["id"]
        .as_i64()
        .unwrap()
}

fn potential(details: &str) -> Value {
    json!({"level": "potential", "reason": "recent_collaboration", "details": details})
}

#[rocket::async_test]
async fn the_secretariat_lists_every_declaration_and_the_chair_only_other_jurors_waiting_ones() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let (elena, jonas) = (
        demo_token(&app, ELENA, "read").await,
        demo_token(&app, JONAS, "read_write").await,
    );
    let elena_writer = demo_token(&app, ELENA, "read_write").await;
    let secretariat = demo_token(&app, SECRETARIAT, "read").await;
    let jonas_sid = declare(&app, &jonas, potential("We sit on one board.")).await;
    let elena_sid = declare(&app, &elena_writer, potential("I advised them.")).await;
    let (jonas_id, elena_id) = (
        account_id(&app, &jonas).await,
        account_id(&app, &elena).await,
    );

    let jonas_declaration = declaration_id(&app, &secretariat, jonas_sid, jonas_id).await;
    let elena_declaration = declaration_id(&app, &secretariat, elena_sid, elena_id).await;
    let (_, all) = get(
        &app,
        "/api/v1/editions/1/declarations?limit=200",
        &secretariat,
    )
    .await;
    let ids: Vec<i64> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_i64().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "in id order: {ids:?}");
    let mine = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == jonas_declaration)
        .unwrap();
    assert_eq!(mine["standing"], "pending");
    assert_eq!(mine["details"], "We sit on one board.");
    assert!(mine["juror"].as_str().unwrap().contains("Jonas"), "{mine}");

    let (status, chair) = get(&app, "/api/v1/editions/1/declarations?limit=200", &elena).await;
    assert_eq!(status, 200, "{chair}");
    let chair_ids: Vec<&Value> = chair["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert!(chair_ids.contains(&&json!(jonas_declaration)), "{chair}");
    assert!(
        !chair_ids.contains(&&json!(elena_declaration)),
        "the chair's own is not hers to decide: {chair}"
    );
    let claire = demo_token(&app, CLAIRE, "read").await;
    let (status, _) = get(&app, "/api/v1/editions/1/declarations", &claire).await;
    assert_eq!(status, 404, "a juror who is not the chair sees none");
}

#[rocket::async_test]
async fn the_chair_allows_a_potential_conflict_but_neither_her_own_nor_a_disqualifying_one() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let elena = demo_token(&app, ELENA, "read_write").await;
    let jonas = demo_token(&app, JONAS, "read_write").await;
    let secretariat = demo_token(&app, SECRETARIAT, "read").await;
    let (jonas_id, elena_id) = (
        account_id(&app, &jonas).await,
        account_id(&app, &elena).await,
    );
    let allowed_sid = declare(&app, &jonas, potential("We sit on one board.")).await;
    let strict = json!({"level": "disqualifying", "reason": "helped_prepare", "details": "I wrote its budget."});
    let strict_sid = declare(&app, &jonas, strict).await;
    let own_sid = declare(&app, &elena, potential("I advised them.")).await;
    let to_allow = declaration_id(&app, &secretariat, allowed_sid, jonas_id).await;
    let disqualifying = declaration_id(&app, &secretariat, strict_sid, jonas_id).await;
    let own = declaration_id(&app, &secretariat, own_sid, elena_id).await;
    let decide = |id: i64| format!("/api/v1/declarations/{id}/decision");

    let (status, problem) = post(
        &app,
        &decide(to_allow),
        &elena,
        json!({"decision": "perhaps"}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "decision", "{problem}");
    let (status, item) = post(
        &app,
        &decide(to_allow),
        &elena,
        json!({"decision": "allowed"}),
    )
    .await;
    assert_eq!(status, 200, "{item}");
    assert_eq!(item["decision"], "allowed");
    assert_eq!(item["standing"], "allowed");
    let events = laurel::db::audit::for_subject(app.db(), "submission", &allowed_sid.to_string())
        .await
        .unwrap();
    assert_eq!(events[0].action, "conflict.decided");

    let (status, refused) = post(&app, &decide(own), &elena, json!({"decision": "allowed"})).await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "own_conflict", "{refused}");
    let (status, refused) = post(
        &app,
        &decide(disqualifying),
        &elena,
        json!({"decision": "allowed"}),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "not_a_potential_conflict", "{refused}");
    let (_, listed) = get(
        &app,
        "/api/v1/editions/1/declarations?limit=200",
        &secretariat,
    )
    .await;
    let state = |id: i64| {
        listed["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap()["standing"]
            .clone()
    };
    assert_eq!(
        state(own),
        "pending",
        "her own still waits for the secretariat"
    );
    assert_eq!(state(disqualifying), "disqualified");

    let claire = demo_token(&app, CLAIRE, "read_write").await;
    let (status, _) = post(&app, &decide(own), &claire, json!({"decision": "allowed"})).await;
    assert_eq!(status, 404, "a juror who is not the chair decides nothing");
    let writer = demo_token(&app, SECRETARIAT, "read_write").await;
    let (status, item) = post(&app, &decide(own), &writer, json!({"decision": "excluded"})).await;
    assert_eq!(status, 200, "{item}");
    assert_eq!(item["standing"], "excluded");
}

#[rocket::async_test]
async fn the_chair_and_the_secretariat_deciding_one_request_at_once_decide_it_once() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let elena = demo_token(&app, ELENA, "read_write").await;
    let jonas = demo_token(&app, JONAS, "read_write").await;
    let secretariat = demo_token(&app, SECRETARIAT, "read_write").await;
    let jonas_id = account_id(&app, &jonas).await;
    let strict =
        json!({"level": "disqualifying", "reason": "helped_prepare", "details": "I read a draft."});
    let sid = declare(&app, &jonas, strict).await;
    let ask = json!({"level": "none", "explanation": "I only proofread the English of one page."});
    let (status, item) = post(
        &app,
        &format!("/api/v1/editions/1/conflicts/{sid}/review"),
        &jonas,
        ask,
    )
    .await;
    assert_eq!(status, 200, "{item}");
    let id = declaration_id(&app, &secretariat, sid, jonas_id).await;
    let review = format!("/api/v1/declarations/{id}/review");

    let (status, problem) = post(
        &app,
        &review,
        &elena,
        json!({"decision": "grant", "reason": "ok"}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(problem["field"], "reason", "{problem}");

    let grant = json!({"decision": "grant", "reason": "Proofreading is not preparing."});
    let refuse = json!({"decision": "refuse", "reason": "A draft read is a draft read."});
    let chair = posts_at_once(&app, &review, &elena, vec![grant]);
    let office = posts_at_once(&app, &review, &secretariat, vec![refuse]);
    let (chair, office) = tokio::join!(chair, office);
    let answers: Vec<&(u16, Value)> = chair.iter().chain(office.iter()).collect();
    let decided: Vec<_> = answers.iter().filter(|(s, _)| *s == 200).collect();
    let refused: Vec<_> = answers.iter().filter(|(s, _)| *s == 409).collect();
    assert_eq!((decided.len(), refused.len()), (1, 1), "{answers:?}");
    assert_eq!(refused[0].1["code"], "no_review_requested", "{answers:?}");
    let events = laurel::db::audit::for_subject(app.db(), "submission", &sid.to_string())
        .await
        .unwrap();
    let decisions = events
        .iter()
        .filter(|e| {
            e.action.starts_with("conflict.review_") && e.action != "conflict.review_requested"
        })
        .count();
    assert_eq!(decisions, 1, "one decision is recorded");
    let (_, listed) = get(
        &app,
        "/api/v1/editions/1/declarations?limit=200",
        &secretariat,
    )
    .await;
    let now = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id);
    let expected = if decided[0].1["decision"].is_null() && decided[0].1["level"] == "disqualifying"
    {
        "disqualified"
    } else {
        "free"
    };
    let standing = now.map_or("free".to_owned(), |d| {
        d["standing"].as_str().unwrap().to_owned()
    });
    assert_eq!(standing, expected, "{:?}", decided[0].1);
    assert!(decided[0].1["request"].is_null(), "nothing waits any more");
}
