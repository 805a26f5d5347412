//! The consensus through the API: the rapporteur and the chair record it with `If-Match`, a
//! stale version is refused with the consensus as it is now, two recordings from one version at
//! once record one, and nobody else (nor anyone outside the consensus phase) records anything.

use std::sync::Arc;

use laurel::domain::edition::EditionStatus;
use rocket::http::Method;
use serde_json::{Value, json};

use crate::api::{demo_token, send};
use crate::consensus::coffee_project;
use crate::fixtures::CRITERIA;
use crate::helpers::TestApp;

const SAMUEL: &str = "samuel.okafor@laurel-demo.example";
const ELENA: &str = "elena.markovic@laurel-demo.example";
const JONAS: &str = "jonas.weber@laurel-demo.example";

fn agreed(score: f64, words: &str) -> Value {
    let criteria: serde_json::Map<String, Value> = CRITERIA
        .iter()
        .map(|key| {
            (
                (*key).to_owned(),
                json!({"score": score, "comment": format!("{words} on {key}.")}),
            )
        })
        .collect();
    json!({ "criteria": criteria })
}

#[rocket::async_test]
async fn the_rapporteur_records_the_consensus_with_if_match_and_a_stale_write_gets_the_current_one()
{
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let sid = coffee_project(&app).await;
    let path = format!("/api/v1/submissions/{sid}/consensus");
    let samuel = demo_token(&app, SAMUEL, "read_write").await;

    let early = send(&app, Method::Get, &path, &samuel, None, None).await;
    assert_eq!(early.status, 409);
    assert_eq!(early.body["code"], "consensus_not_open", "{}", early.body);
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;

    let read = send(&app, Method::Get, &path, &samuel, None, None).await;
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(read.etag.as_deref(), Some("\"0\""), "nothing recorded yet");
    assert_eq!(read.body["phase"], "consensus");
    assert_eq!(
        read.body["criteria"].as_array().unwrap().len(),
        CRITERIA.len()
    );
    assert!(read.body["criteria"][0]["score"].is_null());

    let unversioned = send(
        &app,
        Method::Put,
        &path,
        &samuel,
        None,
        Some(agreed(3.5, "Agreed")),
    )
    .await;
    assert_eq!(unversioned.status, 428);
    let partial =
        json!({"criteria": {"sdg_alignment": {"score": 3.5, "comment": "Only this one."}}});
    let incomplete = send(
        &app,
        Method::Put,
        &path,
        &samuel,
        Some("\"0\""),
        Some(partial),
    )
    .await;
    assert_eq!(incomplete.status, 422);
    let named = incomplete.body["fields"].as_object().unwrap();
    assert!(
        named.contains_key("criteria.resident_participation.score")
            && !named
                .keys()
                .any(|k| k.starts_with("criteria.sdg_alignment")),
        "each missing criterion is named, the one sent is not: {}",
        incomplete.body
    );
    let mut unknown = agreed(3.5, "Agreed");
    unknown["criteria"]["charm"] = json!({"score": 1, "comment": "No such criterion."});
    let unknown = send(
        &app,
        Method::Put,
        &path,
        &samuel,
        Some("\"0\""),
        Some(unknown),
    )
    .await;
    assert_eq!(unknown.status, 422);
    assert_eq!(unknown.body["field"], "criteria.charm", "{}", unknown.body);
    assert!(
        laurel::db::consensus::recorded(app.db(), crate::fixtures::round_of(&app, sid).await, sid)
            .await
            .unwrap()
            .is_empty(),
        "nothing half-written"
    );

    let mut first = agreed(3.5, "Agreed");
    first["criteria"]["sdg_alignment"]["dissent"] = json!("One juror would give 4.");
    let recorded = send(
        &app,
        Method::Put,
        &path,
        &samuel,
        Some("\"0\""),
        Some(first),
    )
    .await;
    assert_eq!(recorded.status, 200, "{}", recorded.body);
    let version = recorded.etag.clone().unwrap();
    assert_ne!(version, "\"0\"");
    assert_eq!(recorded.body["criteria"][2]["score"], 3.5);
    assert_eq!(
        recorded.body["criteria"][2]["dissent"],
        "One juror would give 4."
    );

    let stale = send(
        &app,
        Method::Put,
        &path,
        &samuel,
        Some("\"0\""),
        Some(agreed(2.0, "Overwrite")),
    )
    .await;
    assert_eq!(stale.status, 412);
    assert_eq!(stale.body["code"], "stale_version");
    assert_eq!(
        stale.etag.as_deref(),
        Some(version.as_str()),
        "the current version"
    );
    assert_eq!(
        stale.body["current"]["criteria"][0]["score"], 3.5,
        "{}",
        stale.body
    );
    let kept =
        laurel::db::consensus::recorded(app.db(), crate::fixtures::round_of(&app, sid).await, sid)
            .await
            .unwrap();
    assert_eq!(
        kept["resident_participation"].0.0, 7,
        "the stale write changed nothing"
    );

    let again = send(
        &app,
        Method::Put,
        &path,
        &samuel,
        Some(&version),
        Some(agreed(3.0, "Revised")),
    )
    .await;
    assert_eq!(again.status, 200, "{}", again.body);
    let events = laurel::db::audit::for_subject(app.db(), "submission", &sid.to_string())
        .await
        .unwrap();
    assert_eq!(
        events
            .iter()
            .filter(|e| e.action == "consensus.recorded")
            .count(),
        2
    );

    let jonas = demo_token(&app, JONAS, "read_write").await;
    let outsider = send(
        &app,
        Method::Put,
        &path,
        &jonas,
        Some("\"0\""),
        Some(agreed(1.0, "Mine")),
    )
    .await;
    assert_eq!(
        outsider.status, 404,
        "a juror who neither reports nor chairs records nothing"
    );
    let reader = demo_token(&app, SAMUEL, "read").await;
    let read_only = send(
        &app,
        Method::Put,
        &path,
        &reader,
        Some("\"0\""),
        Some(agreed(1.0, "Mine")),
    )
    .await;
    assert_eq!(read_only.status, 403);

    crate::fixtures::advance(&app, 1, EditionStatus::Decided).await;
    let current = again.etag.unwrap();
    let closed = send(
        &app,
        Method::Put,
        &path,
        &samuel,
        Some(&current),
        Some(agreed(1.0, "Late")),
    )
    .await;
    assert_eq!(closed.status, 409);
    assert_eq!(closed.body["code"], "consensus_closed", "{}", closed.body);
}

#[rocket::async_test]
async fn the_rapporteur_and_the_chair_recording_from_one_version_at_once_record_once() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let samuel = demo_token(&app, SAMUEL, "read_write").await;
    let elena = demo_token(&app, ELENA, "read_write").await;
    let secretariat = demo_token(&app, laurel::demo::SECRETARIAT_EMAIL, "read").await;
    let listed = send(
        &app,
        Method::Get,
        "/api/v1/editions/1/consensus?limit=200",
        &secretariat,
        None,
        None,
    )
    .await;
    let mut shared = None;
    for item in listed.body["items"].as_array().unwrap() {
        let path = format!("/api/v1/submissions/{}/consensus", item["submission_id"]);
        let (a, b) = (
            send(&app, Method::Get, &path, &samuel, None, None).await,
            send(&app, Method::Get, &path, &elena, None, None).await,
        );
        if a.status == 200 && b.status == 200 {
            shared = Some((path, a.etag.unwrap()));
            break;
        }
    }
    let (path, version) = shared.expect("a submission both may record");
    let writes: Vec<_> = [
        (samuel.clone(), agreed(4.0, "Rapporteur")),
        (elena, agreed(2.0, "Chair")),
    ]
    .into_iter()
    .map(|(token, body)| {
        let (app, path, version) = (Arc::clone(&app), path.clone(), version.clone());
        tokio::spawn(async move {
            send(&app, Method::Put, &path, &token, Some(&version), Some(body)).await
        })
    })
    .collect();
    let mut replies = Vec::new();
    for write in writes {
        replies.push(write.await.unwrap());
    }
    let mut statuses: Vec<u16> = replies.iter().map(|r| r.status).collect();
    statuses.sort_unstable();
    assert_eq!(
        statuses,
        [200, 412],
        "one records, the other is told it changed"
    );
    let winner = replies.iter().find(|r| r.status == 200).unwrap();
    let loser = replies.iter().find(|r| r.status == 412).unwrap();
    assert_eq!(
        loser.body["current"], winner.body,
        "the refused one sees what the other recorded"
    );
    let final_read = send(&app, Method::Get, &path, &samuel, None, None).await;
    assert_eq!(final_read.body, winner.body);
}
