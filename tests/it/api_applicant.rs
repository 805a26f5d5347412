//! The applicant's section saves and documents through the API: only that section's fields
//! change, a stale version or a second save of the same version writes nothing, a wrong field is
//! named; documents follow the pages' rules (PDF only, three at most, none twice, drafts only).

use std::sync::Arc;

use rocket::http::{Method, Status};
use serde_json::{Value, json};

use crate::api::{call, json_of, make_token, script};
use crate::helpers::TestApp;

async fn put(
    app: &TestApp,
    path: &str,
    token: &str,
    etag: &str,
    body: Value,
) -> (u16, Value, String) {
    let mut client = script(app).await;
    let answer = call(
        &mut client,
        Method::Put,
        path,
        token,
        &[("If-Match", etag)],
        Some(&body),
    )
    .await;
    let etag = answer.headers.get("etag").cloned().unwrap_or_default();
    (answer.status.code, json_of(&answer), etag)
}

#[rocket::async_test]
async fn a_section_saved_through_the_api_changes_its_fields_only_and_a_stale_version_nothing() {
    let app = TestApp::spawn().await;
    let edition = crate::fixtures::open_call(&app).await;
    let mut ann = crate::fixtures::register_in_dakar(&app, "ann@roeselare.example").await;
    let id = crate::fixtures::start(&mut ann, edition.id).await;
    let token = make_token(&mut ann, "sections", "read_write").await;
    let mut client = script(&app).await;
    let path = format!("/api/v1/applications/{id}");
    let read = call(&mut client, Method::Get, &path, &token, &[], None).await;
    let first = read.headers["etag"].clone();
    let summary_before = json_of(&read)["draft"]["summary"].clone();
    let project = format!("{path}/sections/project");

    let (status, body, second) = put(
        &app,
        &project,
        &token,
        &first,
        json!({"title": "Water points run by their users", "ongoing": true}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["draft"]["title"], "Water points run by their users");
    assert_eq!(body["draft"]["ongoing"], true);
    assert_eq!(
        body["draft"]["summary"], summary_before,
        "the other fields stay"
    );
    assert_ne!(second, first);

    let (status, stale, _) = put(
        &app,
        &project,
        &token,
        &first,
        json!({"title": "Overwritten?"}),
    )
    .await;
    assert_eq!(status, 412);
    assert_eq!(
        stale["current"]["draft"]["title"], "Water points run by their users",
        "{stale}"
    );

    let (status, problem, _) = put(
        &app,
        &project,
        &token,
        &second,
        json!({"budget_total_eur": "1000", "title": 5}),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        problem["fields"]["budget_total_eur"]
            .as_str()
            .unwrap()
            .contains("budget section"),
        "{problem}"
    );
    assert!(problem["fields"]["title"].is_string(), "{problem}");
    let (status, _, _) = put(
        &app,
        &format!("{path}/sections/nowhere"),
        &token,
        &second,
        json!({}),
    )
    .await;
    assert_eq!(status, 404);

    let mut other = crate::fixtures::register_in_dakar(&app, "other@roeselare.example").await;
    let other_token = make_token(&mut other, "snooping", "read_write").await;
    let (status, _, _) = put(
        &app,
        &project,
        &other_token,
        &second,
        json!({"title": "Mine now"}),
    )
    .await;
    assert_eq!(status, 404, "another applicant's is not found");
    let after = json_of(&call(&mut client, Method::Get, &path, &token, &[], None).await);
    assert_eq!(after["draft"]["title"], "Water points run by their users");
}

#[rocket::async_test]
async fn two_saves_of_the_same_section_and_version_at_once_keep_one_and_refuse_the_other() {
    let app = Arc::new(TestApp::spawn().await);
    let edition = crate::fixtures::open_call(&app).await;
    let mut ann = crate::fixtures::register_in_dakar(&app, "ann@roeselare.example").await;
    let id = crate::fixtures::start(&mut ann, edition.id).await;
    let token = make_token(&mut ann, "sections", "read_write").await;
    let mut client = script(&app).await;
    let path = format!("/api/v1/applications/{id}");
    let etag = call(&mut client, Method::Get, &path, &token, &[], None)
        .await
        .headers["etag"]
        .clone();
    let tasks: Vec<_> = ["From the laptop", "From the phone"]
        .into_iter()
        .map(|title| {
            let (app, token, etag) = (Arc::clone(&app), token.clone(), etag.clone());
            let project = format!("{path}/sections/project");
            tokio::spawn(async move {
                put(&app, &project, &token, &etag, json!({"title": title}))
                    .await
                    .0
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412]);
    let after = json_of(&call(&mut client, Method::Get, &path, &token, &[], None).await);
    let title = after["draft"]["title"].as_str().unwrap();
    assert!(
        ["From the laptop", "From the phone"].contains(&title),
        "{title}"
    );
}

#[rocket::async_test]
async fn a_submitted_application_is_not_edited_through_the_api() {
    let app = TestApp::spawn().await;
    let edition = crate::fixtures::open_call(&app).await;
    let mut ann = crate::fixtures::register_in_dakar(&app, "ann@roeselare.example").await;
    let id = crate::fixtures::start(&mut ann, edition.id).await;
    crate::fixtures::fill(&mut ann, id).await;
    let token = make_token(&mut ann, "sections", "read_write").await;
    let mut client = script(&app).await;
    let path = format!("/api/v1/applications/{id}");
    let etag = call(&mut client, Method::Get, &path, &token, &[], None)
        .await
        .headers["etag"]
        .clone();
    let submitted = call(
        &mut client,
        Method::Post,
        &format!("{path}/submit"),
        &token,
        &[("If-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(submitted.status, Status::Ok, "{}", submitted.body);
    let etag = submitted.headers["etag"].clone();
    let (status, refused, _) = put(
        &app,
        &format!("{path}/sections/project"),
        &token,
        &etag,
        json!({"title": "Changed after"}),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "not_a_draft", "{refused}");
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

async fn upload(app: &TestApp, id: i32, token: &str, name: &str, bytes: &[u8]) -> (u16, Value) {
    let mut client = script(app).await;
    let bearer = format!("Bearer {token}");
    let answer = client
        .send_bytes(
            Method::Post,
            &format!("/api/v1/applications/{id}/attachments?name={name}"),
            &[("Authorization", &bearer)],
            rocket::http::ContentType::PDF,
            bytes,
        )
        .await;
    (answer.status.code, json_of(&answer))
}

#[rocket::async_test]
async fn documents_are_added_listed_downloaded_and_removed_through_the_api_with_the_pages_rules() {
    let app = TestApp::spawn().await;
    let edition = crate::fixtures::open_call(&app).await;
    let mut ann = crate::fixtures::register_in_dakar(&app, "ann@roeselare.example").await;
    let id = crate::fixtures::start(&mut ann, edition.id).await;
    let token = make_token(&mut ann, "documents", "read_write").await;
    let mut other = crate::fixtures::register_in_dakar(&app, "other@roeselare.example").await;
    let other_token = make_token(&mut other, "snooping", "read_write").await;

    let (status, added) = upload(&app, id, &token, "Partnership%20agreement.pdf", PDF).await;
    assert_eq!(status, 201, "{added}");
    assert_eq!(added["file_name"], "Partnership agreement.pdf");
    let aid = added["id"].as_i64().unwrap();
    let (status, twice) = upload(&app, id, &token, "again.pdf", PDF).await;
    assert_eq!(
        (status, twice["code"].as_str()),
        (409, Some("duplicate_attachment"))
    );
    let (status, png) = upload(
        &app,
        id,
        &token,
        "photo.pdf",
        &[0x89, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0],
    )
    .await;
    assert_eq!(
        (status, png["field"].as_str()),
        (422, Some("file")),
        "{png}"
    );
    let (status, _) = upload(&app, id, &other_token, "mine.pdf", b"%PDF-1.4 other").await;
    assert_eq!(status, 404, "another applicant's application is not found");
    for n in 2..=3 {
        let mut pdf = PDF.to_vec();
        pdf.extend_from_slice(format!("% copy {n}\n").as_bytes());
        assert_eq!(
            upload(&app, id, &token, &format!("doc{n}.pdf"), &pdf)
                .await
                .0,
            201
        );
    }
    let mut fourth = PDF.to_vec();
    fourth.extend_from_slice(b"% four\n");
    let (status, full) = upload(&app, id, &token, "doc4.pdf", &fourth).await;
    assert_eq!(
        (status, full["code"].as_str()),
        (409, Some("too_many_attachments"))
    );

    let mut client = script(&app).await;
    let list = format!("/api/v1/applications/{id}/attachments?limit=2");
    let first = json_of(&call(&mut client, Method::Get, &list, &token, &[], None).await);
    assert_eq!(first["items"].as_array().unwrap().len(), 2, "{first}");
    let cursor = first["next_cursor"].as_i64().expect("a second page");
    let rest = format!("{list}&cursor={cursor}");
    let rest = json_of(&call(&mut client, Method::Get, &rest, &token, &[], None).await);
    assert_eq!(rest["items"].as_array().unwrap().len(), 1, "{rest}");
    assert!(rest.get("next_cursor").is_none(), "the last page");
    let one = format!("/api/v1/applications/{id}/attachments/{aid}");
    let download = call(&mut client, Method::Get, &one, &token, &[], None).await;
    assert_eq!(download.status, Status::Ok);
    assert_eq!(download.body.as_bytes(), PDF);
    let foreign = call(&mut client, Method::Delete, &one, &other_token, &[], None).await;
    assert_eq!(foreign.status, Status::NotFound);
    let removed = call(&mut client, Method::Delete, &one, &token, &[], None).await;
    assert_eq!(removed.status, Status::NoContent, "{}", removed.body);
    let again = call(&mut client, Method::Delete, &one, &token, &[], None).await;
    assert_eq!(again.status, Status::NotFound);
}

#[rocket::async_test]
async fn two_uploads_at_once_into_the_last_free_place_attach_one() {
    let app = Arc::new(TestApp::spawn().await);
    let edition = crate::fixtures::open_call(&app).await;
    let mut ann = crate::fixtures::register_in_dakar(&app, "ann@roeselare.example").await;
    let id = crate::fixtures::start(&mut ann, edition.id).await;
    let token = make_token(&mut ann, "documents", "read_write").await;
    for n in 1..=2 {
        let mut pdf = PDF.to_vec();
        pdf.extend_from_slice(format!("% first {n}\n").as_bytes());
        assert_eq!(upload(&app, id, &token, "doc.pdf", &pdf).await.0, 201);
    }
    let tasks: Vec<_> = ["laptop", "phone"]
        .into_iter()
        .map(|from| {
            let (app, token) = (Arc::clone(&app), token.clone());
            tokio::spawn(async move {
                let mut pdf = PDF.to_vec();
                pdf.extend_from_slice(format!("% from the {from}\n").as_bytes());
                upload(&app, id, &token, "last.pdf", &pdf).await.0
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409]);
    assert_eq!(
        laurel::db::attachments::of_submission(app.db(), id)
            .await
            .unwrap()
            .len(),
        3
    );
}

#[rocket::async_test]
async fn an_applicant_finds_the_open_calls_and_starts_an_application_only_while_the_call_is_open() {
    let app = TestApp::spawn().await;
    let edition = crate::fixtures::open_call(&app).await;
    let mut ann = crate::fixtures::register_in_dakar(&app, "ann@roeselare.example").await;
    let token = make_token(&mut ann, "calls", "read_write").await;
    let mut client = script(&app).await;
    let calls = json_of(&call(&mut client, Method::Get, "/api/v1/calls", &token, &[], None).await);
    let listed = calls["items"].as_array().unwrap();
    assert_eq!(listed.len(), 1, "{calls}");
    assert_eq!(listed[0]["id"], edition.id);
    assert_eq!(listed[0]["languages"][0], edition.languages[0].as_str());

    let path = format!("/api/v1/editions/{}/applications", edition.id);
    let started = call(&mut client, Method::Post, &path, &token, &[], None).await;
    assert_eq!(started.status, Status::Created, "{}", started.body);
    let body = json_of(&started);
    assert_eq!(body["status"], "draft");
    assert_eq!(body["edition_id"], edition.id);
    assert_eq!(started.headers["etag"], format!("\"{}\"", body["version"]));
    let mine = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/applications",
            &token,
            &[],
            None,
        )
        .await,
    );
    assert_eq!(mine["items"][0]["id"], body["id"]);

    let nowhere = call(
        &mut client,
        Method::Post,
        "/api/v1/editions/999999/applications",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(nowhere.status, Status::NotFound);
    app.clock()
        .advance(edition.closes_at - app.clock().now() + chrono::Duration::minutes(1));
    let late = call(&mut client, Method::Post, &path, &token, &[], None).await;
    assert_eq!(late.status, Status::Conflict, "{}", late.body);
    assert_eq!(json_of(&late)["code"], "call_closed");
    let calls = json_of(&call(&mut client, Method::Get, "/api/v1/calls", &token, &[], None).await);
    assert_eq!(calls["items"], json!([]), "a closed call is not listed");
    let mine = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/applications",
            &token,
            &[],
            None,
        )
        .await,
    );
    assert_eq!(
        mine["items"].as_array().unwrap().len(),
        1,
        "the late request started nothing"
    );
}
