//! An edition's settings through the API: created as a draft with every problem named by its
//! field, saved with `If-Match` (two saves from one version at once keep one), and the rules the
//! phase fixes.

use std::sync::Arc;

use rocket::http::Method;
use serde_json::{Value, json};

use crate::api::{demo_token, send};
use crate::helpers::TestApp;

const SECRETARIAT: &str = laurel::demo::SECRETARIAT_EMAIL;

/// A draft edition's settings as the API takes them.
pub(crate) fn settings(name: &str) -> Value {
    json!({
        "name": name,
        "year": 2028,
        "time_zone": "Europe/Rome",
        "opens_at": "2028-01-15T09:00",
        "closes_at": "2028-03-31T18:00",
        "rubric": "platforma",
        "shortlist_size": 12,
        "languages": ["en", "it", "fr"],
        "categories": [{"code": "A", "name": "Local authorities"}],
        "lead_countries": ["IT", "FR", "BE"],
        "partner_countries": ["SN", "BO"],
        "started_after": "2024-01-01",
        "peer_scores": "at_consensus"
    })
}

#[rocket::async_test]
async fn an_edition_is_created_and_saved_through_the_api_with_if_match_and_every_problem_named() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let before = laurel::db::editions::list(app.db()).await.unwrap().len();

    let mut wrong = settings("Premio Firenze 2028");
    wrong["time_zone"] = json!("Mars/Olympus");
    wrong["lead_countries"] = json!(["IT", "XX"]);
    wrong["year"] = json!(1999);
    let refused = send(
        &app,
        Method::Post,
        "/api/v1/editions",
        &token,
        None,
        Some(wrong),
    )
    .await;
    assert_eq!(refused.status, 422);
    let fields = refused.body["fields"].as_object().unwrap();
    for field in ["time_zone", "lead_countries", "year"] {
        assert!(fields.contains_key(field), "{field}: {}", refused.body);
    }
    assert!(fields["lead_countries"].as_str().unwrap().contains("XX"));
    assert_eq!(
        laurel::db::editions::list(app.db()).await.unwrap().len(),
        before,
        "nothing created"
    );

    let created = send(
        &app,
        Method::Post,
        "/api/v1/editions",
        &token,
        None,
        Some(settings("Premio Firenze 2028")),
    )
    .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["phase"], "draft");
    assert_eq!(
        created.body["opens_at"], "2028-01-15T09:00",
        "local time in the edition's zone"
    );
    assert_eq!(created.body["categories"][0]["name"], "Local authorities");
    let path = format!("/api/v1/editions/{}", created.body["id"]);
    let first = created.etag.clone().unwrap();
    let read = send(&app, Method::Get, &path, &token, None, None).await;
    assert_eq!(read.etag.as_deref(), Some(first.as_str()));
    assert_eq!(read.body, created.body);

    let unversioned = send(
        &app,
        Method::Put,
        &path,
        &token,
        None,
        Some(settings("Premio Firenze")),
    )
    .await;
    assert_eq!(unversioned.status, 428);
    let saved = send(
        &app,
        Method::Put,
        &path,
        &token,
        Some(&first),
        Some(settings("Premio Firenze per la cooperazione 2028")),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_ne!(saved.etag.as_deref(), Some(first.as_str()));
    let stale = send(
        &app,
        Method::Put,
        &path,
        &token,
        Some(&first),
        Some(settings("Overwritten")),
    )
    .await;
    assert_eq!(stale.status, 412);
    assert_eq!(
        stale.body["current"]["name"],
        "Premio Firenze per la cooperazione 2028"
    );
    assert_eq!(stale.etag, saved.etag);

    let reader = demo_token(&app, "jonas.weber@laurel-demo.example", "read_write").await;
    let juror = send(
        &app,
        Method::Put,
        &path,
        &reader,
        saved.etag.as_deref(),
        Some(settings("Mine")),
    )
    .await;
    assert_eq!(juror.status, 403);
}

#[rocket::async_test]
async fn two_saves_of_one_edition_from_one_version_at_once_keep_one_and_return_it_to_the_other() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let created = send(
        &app,
        Method::Post,
        "/api/v1/editions",
        &token,
        None,
        Some(settings("Premio 2028")),
    )
    .await;
    let path = format!("/api/v1/editions/{}", created.body["id"]);
    let version = created.etag.unwrap();
    let saves: Vec<_> = ["Premio Assisi 2028", "Premio Grosseto 2028"]
        .into_iter()
        .map(|name| {
            let (app, path, token, version) = (
                Arc::clone(&app),
                path.clone(),
                token.clone(),
                version.clone(),
            );
            tokio::spawn(async move {
                send(
                    &app,
                    Method::Put,
                    &path,
                    &token,
                    Some(&version),
                    Some(settings(name)),
                )
                .await
            })
        })
        .collect();
    let mut replies = Vec::new();
    for save in saves {
        replies.push(save.await.unwrap());
    }
    let mut statuses: Vec<u16> = replies.iter().map(|r| r.status).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412]);
    let kept = replies.iter().find(|r| r.status == 200).unwrap();
    let refused = replies.iter().find(|r| r.status == 412).unwrap();
    assert_eq!(refused.body["current"], kept.body);
}

#[rocket::async_test]
async fn the_peer_score_setting_is_fixed_once_the_jury_evaluation_started() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let read = send(&app, Method::Get, "/api/v1/editions/1", &token, None, None).await;
    assert_eq!(read.status, 200, "{}", read.body);
    let mut changed = read.body.clone();
    for generated in ["id", "phase"] {
        changed.as_object_mut().unwrap().remove(generated);
    }
    changed["peer_scores"] = json!(if read.body["peer_scores"] == "rapporteur_only" {
        "at_consensus"
    } else {
        "rapporteur_only"
    });
    let refused = send(
        &app,
        Method::Put,
        "/api/v1/editions/1",
        &token,
        read.etag.as_deref(),
        Some(changed),
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.body["field"], "peer_scores");
    let after = send(&app, Method::Get, "/api/v1/editions/1", &token, None, None).await;
    assert_eq!(after.etag, read.etag, "nothing changed");
}

#[rocket::async_test]
async fn the_rubrics_come_in_pages_in_key_order() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read").await;
    let first = send(
        &app,
        Method::Get,
        "/api/v1/rubrics?limit=1",
        &token,
        None,
        None,
    )
    .await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.body["items"][0]["key"], "city-partnership-small");
    let cursor = first.body["next_cursor"].as_i64().expect("a second page");
    let path = format!("/api/v1/rubrics?limit=1&cursor={cursor}");
    let second = send(&app, Method::Get, &path, &token, None, None).await;
    assert_eq!(second.body["items"][0]["key"], "platforma");
    assert!(second.body.get("next_cursor").is_none(), "{}", second.body);
    let wrong = send(
        &app,
        Method::Get,
        "/api/v1/rubrics?limit=0",
        &token,
        None,
        None,
    )
    .await;
    assert_eq!(
        (wrong.status, wrong.body["field"].as_str()),
        (422, Some("limit"))
    );
}
