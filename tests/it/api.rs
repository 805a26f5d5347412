//! The JSON API: personal tokens made and revoked on the account page, what each token and role
//! may do, scorecards saved with `If-Match` (412 when stale, also for two saves at once),
//! pagination, throttling, the ranking, and the OpenAPI document against the mounted routes.

use std::collections::BTreeSet;
use std::sync::Arc;

use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::{Method, Status};
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::fixtures::CRITERIA;
use crate::helpers::{Answer, Browser, TestApp};

const JONAS: &str = "jonas.weber@laurel-demo.example";

/// Makes a token on the account page of a logged-in browser; returns the secret shown.
pub(crate) async fn make_token(browser: &mut Browser<'_>, name: &str, scope: &str) -> String {
    let made = browser
        .post(
            "/account/tokens",
            &[
                ("token_name", name),
                ("token_scope", scope),
                ("token_days", "30"),
            ],
        )
        .await;
    assert_eq!(made.status, Status::Created, "{}", made.body);
    let marker = "id=\"new-token\" class=\"secret\" type=\"text\" readonly value=\"";
    let start = made.body.find(marker).expect("the secret is shown") + marker.len();
    let end = made.body[start..].find('"').unwrap() + start;
    made.body[start..end].to_owned()
}

/// Logs `email` (with the test password) in and makes a token of `scope` on its account page.
pub(crate) async fn token_for(app: &TestApp, email: &str, scope: &str) -> String {
    let mut browser = app.logged_in(email).await;
    make_token(&mut browser, "script", scope).await
}

/// A script holding `token`.
pub(crate) async fn script(app: &TestApp) -> Browser<'_> {
    app.browser().await.without_cookies()
}

pub(crate) async fn call(
    client: &mut Browser<'_>,
    method: Method,
    path: &str,
    token: &str,
    headers: &[(&str, &str)],
    body: Option<&Value>,
) -> Answer {
    let bearer = format!("Bearer {token}");
    let mut all = vec![("Authorization", bearer.as_str())];
    all.extend_from_slice(headers);
    let body = body.map(Value::to_string);
    client.request(method, path, &all, body.as_deref()).await
}

pub(crate) async fn demo_login<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut browser = app.browser().await;
    let answer = browser.login(email, DEMO_PASSWORD).await;
    assert_eq!(answer.status, Status::SeeOther);
    browser
}

/// An API answer: its status, its `ETag` if any, and its JSON body (null when empty).
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) etag: Option<String>,
    pub(crate) body: Value,
}

/// Sends one API request with a token, an optional `If-Match` and an optional JSON body.
pub(crate) async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    etag: Option<&str>,
    body: Option<Value>,
) -> Reply {
    let mut client = script(app).await;
    let headers: Vec<(&str, &str)> = etag.map(|e| ("If-Match", e)).into_iter().collect();
    let answer = call(&mut client, method, path, token, &headers, body.as_ref()).await;
    Reply {
        status: answer.status.code,
        etag: answer.headers.get("etag").cloned(),
        body: if answer.body.is_empty() {
            Value::Null
        } else {
            json_of(&answer)
        },
    }
}

/// [`send`] without `If-Match`, as (status, body).
pub(crate) async fn exchange(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let reply = send(app, method, path, token, None, body).await;
    (reply.status, reply.body)
}

pub(crate) fn json_of(answer: &Answer) -> Value {
    serde_json::from_str(&answer.body).unwrap_or_else(|_| panic!("JSON: {}", answer.body))
}

pub(crate) async fn demo_token(app: &TestApp, email: &str, scope: &str) -> String {
    let mut browser = demo_login(app, email).await;
    make_token(&mut browser, "tests", scope).await
}

fn complete_card(comment: &str) -> Value {
    let criteria: serde_json::Map<String, Value> = CRITERIA
        .iter()
        .map(|key| ((*key).to_owned(), json!({"score": 3.5, "comment": comment})))
        .collect();
    json!({"criteria": criteria, "overall_comment": "A credible partnership.", "submit": false})
}

#[rocket::async_test]
async fn a_token_made_on_the_account_page_is_shown_once_stored_as_a_hash_and_opens_the_api() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.logged_in("juror@example.org").await;
    let secret = make_token(&mut browser, "Reporting", "read").await;
    assert!(secret.starts_with("laurel_") && secret.len() > 40);
    let page = browser.get("/account").await;
    assert!(page.body.contains("Reporting") && page.body.contains("Read only"));
    assert!(!page.body.contains(&secret), "shown once only");
    let stored = laurel::db::entities::api_token::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0].token_hash, secret);
    assert_eq!(
        stored[0].token_hash,
        laurel::db::api_tokens::hash_of(&secret)
    );
    let mut client = script(&app).await;
    let me = call(&mut client, Method::Get, "/api/v1/me", &secret, &[], None).await;
    assert_eq!(me.status, Status::Ok, "{}", me.body);
    let me = json_of(&me);
    assert_eq!(me["email"], "juror@example.org");
    assert_eq!(me["credential"], "token");
    assert_eq!(me["scope"], "read");
}

#[rocket::async_test]
async fn a_refused_token_form_comes_back_with_what_was_typed_and_each_problem_named() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "applicant@example.org").await;
    let mut browser = app.logged_in("applicant@example.org").await;
    let long = "n".repeat(101);
    let refused = browser
        .post(
            "/account/tokens",
            &[
                ("token_name", &long),
                ("token_scope", "admin"),
                ("token_days", "3650"),
            ],
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(refused.body.contains("No token was made"));
    assert!(refused.body.contains("Name: at most 100 characters"));
    assert!(
        refused
            .body
            .contains("Access: choose read only, or read and write")
    );
    assert!(
        refused
            .body
            .contains("Valid for: choose 7, 30, 90 or 365 days")
    );
    assert!(
        refused.body.contains(&format!("value=\"{long}\"")),
        "the name comes back"
    );
}

#[rocket::async_test]
async fn a_revoked_token_an_expired_one_and_one_of_a_deactivated_account_are_refused() {
    let app = TestApp::spawn().await;
    let juror = app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.logged_in("juror@example.org").await;
    let revoked = make_token(&mut browser, "to revoke", "read").await;
    let expiring = make_token(&mut browser, "to expire", "read").await;
    let kept = make_token(&mut browser, "kept", "read").await;
    let tokens = laurel::db::api_tokens::list(app.db(), juror.id)
        .await
        .unwrap();
    let id_of = |name: &str| tokens.iter().find(|t| t.name == name).unwrap().id;
    let answer = browser
        .post(
            &format!("/account/tokens/{}/revoke", id_of("to revoke")),
            &[],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther);
    let mut client = script(&app).await;
    let refused = call(&mut client, Method::Get, "/api/v1/me", &revoked, &[], None).await;
    assert_eq!(refused.status, Status::Unauthorized);
    assert_eq!(json_of(&refused)["code"], "invalid_token");
    app.clock().advance(chrono::Duration::days(31));
    let expired = call(&mut client, Method::Get, "/api/v1/me", &expiring, &[], None).await;
    assert_eq!(json_of(&expired)["code"], "invalid_token");
    app.clock().advance(chrono::Duration::days(-31));
    let working = call(&mut client, Method::Get, "/api/v1/me", &kept, &[], None).await;
    assert_eq!(working.status, Status::Ok);
    let office = app.account(Role::Secretariat, "office@example.org").await;
    let changed =
        laurel::db::users::set_active(app.db(), juror.id, false, office.id, app.clock().now())
            .await
            .unwrap();
    assert!(changed.is_some(), "deactivated by the secretariat");
    let deactivated = call(&mut client, Method::Get, "/api/v1/me", &kept, &[], None).await;
    assert_eq!(json_of(&deactivated)["code"], "invalid_token");
}

#[rocket::async_test]
async fn another_account_cannot_revoke_my_token_and_two_revocations_at_once_are_audited_once() {
    let app = Arc::new(TestApp::spawn().await);
    let owner = app.account(Role::Juror, "juror@example.org").await;
    app.account(Role::Juror, "other@example.org").await;
    let mut mine = app.logged_in("juror@example.org").await;
    let secret = make_token(&mut mine, "mine", "read").await;
    let id = laurel::db::api_tokens::list(app.db(), owner.id)
        .await
        .unwrap()[0]
        .id;
    let mut other = app.logged_in("other@example.org").await;
    let path = format!("/account/tokens/{id}/revoke");
    assert_eq!(other.post(&path, &[]).await.status, Status::NotFound);
    let mut client = script(&app).await;
    let still = call(&mut client, Method::Get, "/api/v1/me", &secret, &[], None).await;
    assert_eq!(
        still.status,
        Status::Ok,
        "another account's revocation changes nothing"
    );
    let first = mine.prepare_post(&path, &[]).await;
    let second = mine.prepare_post(&path, &[]).await;
    let answers = crate::helpers::all_at_once(&app, vec![first, second]).await;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.status.code).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 404]);
    let events = laurel::db::audit::for_subject(app.db(), "api_token", &id.to_string())
        .await
        .unwrap();
    let revoked = events
        .iter()
        .filter(|e| e.action == "api_token.revoked")
        .count();
    assert_eq!(revoked, 1);
}

#[rocket::async_test]
async fn an_account_holds_at_most_twenty_usable_tokens_even_when_two_are_asked_for_at_once() {
    let app = Arc::new(TestApp::spawn().await);
    let juror = app.account(Role::Juror, "juror@example.org").await;
    let request = laurel::domain::api_token::TokenRequest::parse("bulk", "read", "7").unwrap();
    for n in 0..19 {
        laurel::db::api_tokens::create(
            app.db(),
            juror.id,
            &request,
            &format!("laurel_s{n}"),
            app.clock().now(),
        )
        .await
        .unwrap();
    }
    let mut browser = app.logged_in("juror@example.org").await;
    let fields = [
        ("token_name", "one more"),
        ("token_scope", "read"),
        ("token_days", "7"),
    ];
    let first = browser.prepare_post("/account/tokens", &fields).await;
    let second = browser.prepare_post("/account/tokens", &fields).await;
    let answers = crate::helpers::all_at_once(&app, vec![first, second]).await;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.status.code).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 422]);
    let refused = answers.iter().find(|a| a.status.code == 422).unwrap();
    assert!(refused.body.contains("at most 20 usable tokens"));
    assert!(refused.body.contains("value=\"one more\""));
    let tokens = laurel::db::api_tokens::list(app.db(), juror.id)
        .await
        .unwrap();
    assert_eq!(tokens.len(), 20);
}

#[rocket::async_test]
async fn writes_need_a_read_write_token_never_the_session_cookie_alone_nor_a_read_only_token() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let path = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let mut jonas = app.browser().await;
    jonas.login(JONAS, DEMO_PASSWORD).await;
    let read = jonas.get(&path).await;
    assert_eq!(read.status, Status::Ok, "a logged-in browser may read");
    let etag = read.headers["etag"].clone();
    let body = complete_card("Through the session.").to_string();
    let by_cookie = jonas
        .request(Method::Put, &path, &[("If-Match", &etag)], Some(&body))
        .await;
    assert_eq!(by_cookie.status, Status::Forbidden);
    assert_eq!(json_of(&by_cookie)["code"], "token_required");
    let read_only = make_token(&mut jonas, "read", "read").await;
    let mut client = script(&app).await;
    let refused = call(
        &mut client,
        Method::Put,
        &path,
        &read_only,
        &[("If-Match", &etag)],
        Some(&complete_card("x")),
    )
    .await;
    assert_eq!(refused.status, Status::Forbidden);
    assert_eq!(json_of(&refused)["code"], "read_only_token");
    let after = laurel::db::scores::load(app.db(), draft.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.stamp, i64::from(draft.version), "nothing was written");
}

#[rocket::async_test]
async fn a_juror_saves_with_if_match_and_a_stale_or_missing_version_writes_nothing() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let token = demo_token(&app, JONAS, "read_write").await;
    let path = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let mut client = script(&app).await;
    let read = call(&mut client, Method::Get, &path, &token, &[], None).await;
    assert_eq!(read.status, Status::Ok, "{}", read.body);
    let etag = read.headers["etag"].clone();
    assert_eq!(
        json_of(&read)["version"].to_string(),
        etag.trim_matches('"')
    );
    let missing = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[],
        Some(&complete_card("No version.")),
    )
    .await;
    assert_eq!(missing.status, Status::PreconditionRequired);
    assert_eq!(json_of(&missing)["code"], "precondition_required");
    let saved = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[("If-Match", &etag)],
        Some(&complete_card("First save.")),
    )
    .await;
    assert_eq!(saved.status, Status::Ok, "{}", saved.body);
    let new_etag = saved.headers["etag"].clone();
    assert_ne!(new_etag, etag);
    let saved = json_of(&saved);
    assert_eq!(saved["criteria"][0]["score"], 3.5);
    assert_eq!(saved["criteria"][0]["comment"], "First save.");
    let stale = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[("If-Match", &etag)],
        Some(&complete_card("Stale save.")),
    )
    .await;
    assert_eq!(stale.status, Status::PreconditionFailed);
    assert_eq!(stale.headers["etag"], new_etag);
    let stale = json_of(&stale);
    assert_eq!(stale["code"], "stale_version");
    assert_eq!(stale["current"]["criteria"][0]["comment"], "First save.");
    let page = demo_login(&app, JONAS)
        .await
        .get(&format!("/jury/assignments/{}", draft.id))
        .await;
    assert!(page.body.contains("First save.") && !page.body.contains("Stale save."));
}

#[rocket::async_test]
async fn two_api_saves_of_the_same_version_at_once_keep_one_and_refuse_the_other_as_stale() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let token = demo_token(&app, JONAS, "read_write").await;
    let path = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let etag = format!("\"{}\"", draft.version);
    let tasks: Vec<_> = ["From the laptop.", "From the phone."]
        .into_iter()
        .map(|comment| {
            let app = Arc::clone(&app);
            let (path, token, etag) = (path.clone(), token.clone(), etag.clone());
            tokio::spawn(async move {
                let mut client = app.browser().await.without_cookies();
                call(
                    &mut client,
                    Method::Put,
                    &path,
                    &token,
                    &[("If-Match", &etag)],
                    Some(&complete_card(comment)),
                )
                .await
                .status
                .code
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412]);
    let after = laurel::db::scores::load(app.db(), draft.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        after.stamp,
        i64::from(draft.version) + 1,
        "exactly one save"
    );
}

#[rocket::async_test]
async fn bad_scores_and_unknown_criteria_are_refused_naming_the_field() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let token = demo_token(&app, JONAS, "read_write").await;
    let path = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let etag = format!("\"{}\"", draft.version);
    let mut client = script(&app).await;
    let mut card = complete_card("Fine.");
    card["criteria"][CRITERIA[0]]["score"] = json!(9);
    let off_scale = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[("If-Match", &etag)],
        Some(&card),
    )
    .await;
    assert_eq!(
        off_scale.status,
        Status::UnprocessableEntity,
        "{}",
        off_scale.body
    );
    let body = json_of(&off_scale);
    assert_eq!(body["code"], "invalid_input");
    assert_eq!(body["field"], format!("score-{}", CRITERIA[0]));
    let mut card = complete_card("Fine.");
    card["criteria"]["charisma"] = json!({"score": 5, "comment": "?"});
    let unknown = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[("If-Match", &etag)],
        Some(&card),
    )
    .await;
    assert_eq!(json_of(&unknown)["field"], "criteria.charisma");
    let mut card = complete_card("");
    card["submit"] = json!(true);
    let incomplete = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[("If-Match", &etag)],
        Some(&card),
    )
    .await;
    assert_eq!(incomplete.status, Status::UnprocessableEntity);
    assert!(json_of(&incomplete)["fields"][format!("comment-{}", CRITERIA[0])].is_string());
    let garbage = client
        .request(
            Method::Put,
            &path,
            &[
                ("Authorization", &format!("Bearer {token}")),
                ("If-Match", &etag),
            ],
            Some("{\"criteria\": 5"),
        )
        .await;
    assert!(
        matches!(garbage.status.code, 400 | 422),
        "{}",
        garbage.status
    );
    assert!(json_of(&garbage)["code"].is_string());
    let after = laurel::db::scores::load(app.db(), draft.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.stamp, i64::from(draft.version), "nothing was written");
}

#[rocket::async_test]
async fn a_juror_reaches_only_their_own_scorecards_and_a_conflict_suspends_one_in_the_api_too() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let others = laurel::db::entities::assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    let foreign = others
        .iter()
        .find(|a| a.juror_id != draft.juror_id)
        .unwrap();
    let token = demo_token(&app, JONAS, "read_write").await;
    let mut client = script(&app).await;
    let path = format!("/api/v1/assignments/{}/scorecard", foreign.id);
    let read = call(&mut client, Method::Get, &path, &token, &[], None).await;
    assert_eq!(read.status, Status::NotFound);
    let etag = format!("\"{}\"", foreign.version);
    let write = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[("If-Match", &etag)],
        Some(&complete_card("Not mine.")),
    )
    .await;
    assert_eq!(write.status, Status::NotFound);
    let mut jonas = demo_login(&app, JONAS).await;
    let declared = jonas
        .post(
            &format!("/jury/editions/1/conflicts/{}", draft.submission_id),
            &[
                ("level", "disqualifying"),
                ("reason", "close_tie"),
                ("details", ""),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther);
    let own = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let suspended = call(&mut client, Method::Get, &own, &token, &[], None).await;
    assert_eq!(suspended.status, Status::Conflict);
    assert_eq!(json_of(&suspended)["code"], "scorecard_suspended");
    let etag = format!("\"{}\"", draft.version);
    let save = call(
        &mut client,
        Method::Put,
        &own,
        &token,
        &[("If-Match", &etag)],
        Some(&complete_card("Despite the conflict.")),
    )
    .await;
    assert_eq!(json_of(&save)["code"], "scorecard_suspended");
    let list = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/assignments",
            &token,
            &[],
            None,
        )
        .await,
    );
    let row = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == draft.id)
        .unwrap()
        .clone();
    assert_eq!(row["suspended"], true);
    assert_eq!(
        row["submission_title"], "",
        "no title while the conflict keeps the juror away"
    );
}

#[rocket::async_test]
async fn lists_come_in_pages_that_follow_each_other_without_gap_or_repeat() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, JONAS, "read").await;
    let mut client = script(&app).await;
    let all = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/assignments?limit=200",
            &token,
            &[],
            None,
        )
        .await,
    );
    let all: Vec<i64> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert!(all.len() >= 3, "{all:?}");
    let mut walked = Vec::new();
    let mut path = "/api/v1/assignments?limit=2".to_owned();
    loop {
        let page = json_of(&call(&mut client, Method::Get, &path, &token, &[], None).await);
        walked.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["id"].as_i64().unwrap()),
        );
        match page["next_cursor"].as_i64() {
            Some(cursor) => path = format!("/api/v1/assignments?limit=2&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(walked, all);
    let bad = call(
        &mut client,
        Method::Get,
        "/api/v1/assignments?cursor=-5",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(bad.status, Status::UnprocessableEntity);
    assert_eq!(json_of(&bad)["field"], "cursor");
}

#[rocket::async_test]
async fn the_ranking_from_the_api_is_the_results_pages_ranking_and_is_refused_before_consensus() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    let mut client = script(&app).await;
    let early = call(
        &mut client,
        Method::Get,
        "/api/v1/editions/1/ranking",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(early.status, Status::Conflict);
    assert_eq!(json_of(&early)["code"], "results_not_available");
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let unrecorded = call(
        &mut client,
        Method::Get,
        "/api/v1/editions/1/ranking",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(json_of(&unrecorded)["code"], "official_method_not_recorded");
    let mut sec = demo_login(&app, SECRETARIAT_EMAIL).await;
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    let ranking = call(
        &mut client,
        Method::Get,
        "/api/v1/editions/1/ranking",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(ranking.status, Status::Ok, "{}", ranking.body);
    let ranking = json_of(&ranking);
    assert_eq!(ranking["method"], "calibrated");
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let official =
        laurel::app::results::official(app.db(), &edition, laurel::app::results::Depth::Ranking)
            .await
            .unwrap()
            .unwrap();
    let expected: Vec<i64> = official
        .results
        .official
        .iter()
        .map(|l| i64::from(l.submission_id))
        .collect();
    let got: Vec<i64> = ranking["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["submission_id"].as_i64().unwrap())
        .collect();
    assert_eq!(got, expected);
    assert_eq!(
        ranking["not_ranked"].as_array().unwrap().len(),
        official.results.not_ranked.len()
    );
}

#[rocket::async_test]
async fn invalid_tokens_from_one_address_are_throttled_with_retry_after() {
    let app = TestApp::spawn().await;
    let mut client = script(&app).await.at_address("203.0.113.9:4000");
    let mut last = None;
    for n in 0..21 {
        let answer = call(
            &mut client,
            Method::Get,
            "/api/v1/me",
            &format!("laurel_guess{n}"),
            &[],
            None,
        )
        .await;
        last = Some(answer);
    }
    let last = last.unwrap();
    assert_eq!(last.status, Status::TooManyRequests, "{}", last.body);
    assert_eq!(json_of(&last)["code"], "too_many_requests");
    let wait: i64 = last.headers["retry-after"].parse().unwrap();
    assert!(wait > 0);
    let mut elsewhere = script(&app).await.at_address("198.51.100.7:4000");
    let other = call(
        &mut elsewhere,
        Method::Get,
        "/api/v1/me",
        "laurel_guess",
        &[],
        None,
    )
    .await;
    assert_eq!(
        json_of(&other)["code"],
        "invalid_token",
        "another address is not affected"
    );
}

/// Every API route with a read-write token of each role, and without one:
/// [anonymous, applicant, juror, secretariat].
const API_TABLE: [(&str, &str, [u16; 4]); 64] = [
    ("GET", "/api/v1/me", [401, 200, 200, 200]),
    ("GET", "/api/v1/applications", [401, 200, 403, 403]),
    ("GET", "/api/v1/applications/<app>", [401, 200, 403, 403]),
    (
        "POST",
        "/api/v1/applications/<app>/submit",
        [401, 422, 403, 403],
    ),
    (
        "POST",
        "/api/v1/applications/<app>/withdraw",
        [401, 409, 403, 403],
    ),
    (
        "PUT",
        "/api/v1/applications/<app>/sections/project",
        [401, 412, 403, 403],
    ),
    (
        "GET",
        "/api/v1/applications/<app>/attachments",
        [401, 200, 403, 403],
    ),
    (
        "POST",
        "/api/v1/applications/<app>/attachments",
        [401, 422, 403, 403],
    ),
    (
        "GET",
        "/api/v1/applications/<app>/attachments/999999",
        [401, 404, 403, 403],
    ),
    (
        "DELETE",
        "/api/v1/applications/<app>/attachments/999999",
        [401, 404, 403, 403],
    ),
    ("GET", "/api/v1/assignments", [401, 403, 200, 403]),
    (
        "GET",
        "/api/v1/assignments/<aid>/scorecard",
        [401, 403, 200, 403],
    ),
    (
        "PUT",
        "/api/v1/assignments/<aid>/scorecard",
        [401, 403, 200, 403],
    ),
    (
        "GET",
        "/api/v1/editions/<id>/conflicts",
        [401, 403, 200, 403],
    ),
    (
        "POST",
        "/api/v1/editions/<id>/conflicts/<sid>",
        [401, 403, 422, 403],
    ),
    (
        "POST",
        "/api/v1/editions/<id>/conflicts/<sid>/review",
        [401, 403, 409, 403],
    ),
    (
        "GET",
        "/api/v1/editions/<id>/declarations",
        [401, 403, 404, 200],
    ),
    (
        "POST",
        "/api/v1/declarations/<decl>/decision",
        [401, 403, 404, 422],
    ),
    (
        "POST",
        "/api/v1/declarations/<decl>/review",
        [401, 403, 404, 422],
    ),
    (
        "GET",
        "/api/v1/submissions/<sid>/consensus",
        [401, 403, 404, 403],
    ),
    (
        "PUT",
        "/api/v1/submissions/<sid>/consensus",
        [401, 403, 404, 403],
    ),
    ("GET", "/api/v1/editions", [401, 403, 403, 200]),
    ("GET", "/api/v1/editions/<id>/winners", [404, 404, 404, 404]),
    (
        "GET",
        "/api/v1/applications/<app>/feedback",
        [401, 200, 403, 403],
    ),
    (
        "GET",
        "/api/v1/assignments/<aid>/application",
        [401, 403, 200, 403],
    ),
    (
        "GET",
        "/api/v1/assignments/<aid>/documents/999999",
        [401, 403, 404, 403],
    ),
    ("GET", "/api/v1/submissions/<sid>", [401, 403, 403, 200]),
    (
        "GET",
        "/api/v1/submissions/<sid>/documents/999999",
        [401, 403, 403, 404],
    ),
    ("GET", "/api/v1/scorecards/<aid>", [401, 403, 403, 200]),
    ("GET", "/api/v1/accounts", [401, 403, 403, 200]),
    ("POST", "/api/v1/accounts", [401, 403, 403, 422]),
    (
        "POST",
        "/api/v1/accounts/999999/deactivate",
        [401, 403, 403, 404],
    ),
    (
        "POST",
        "/api/v1/accounts/999999/reactivate",
        [401, 403, 403, 404],
    ),
    (
        "POST",
        "/api/v1/accounts/999999/password",
        [401, 403, 403, 404],
    ),
    ("POST", "/api/v1/editions/<id>/import", [401, 403, 403, 422]),
    ("GET", "/api/v1/editions/<id>", [401, 403, 403, 200]),
    ("POST", "/api/v1/editions", [401, 403, 403, 422]),
    ("PUT", "/api/v1/editions/<id>", [401, 403, 403, 422]),
    ("GET", "/api/v1/rubrics", [401, 403, 403, 200]),
    ("GET", "/api/v1/calls", [401, 200, 403, 403]),
    (
        "POST",
        "/api/v1/editions/<id>/applications",
        [401, 404, 403, 403],
    ),
    (
        "POST",
        "/api/v1/editions/<id>/results/method",
        [401, 403, 403, 409],
    ),
    (
        "POST",
        "/api/v1/editions/<id>/jury/999999/remove",
        [401, 403, 403, 422],
    ),
    ("POST", "/api/v1/editions/<id>/status", [401, 403, 403, 422]),
    (
        "POST",
        "/api/v1/editions/<id>/consensus/back",
        [401, 403, 403, 422],
    ),
    ("GET", "/api/v1/editions/<id>/ranking", [401, 403, 403, 409]),
    (
        "GET",
        "/api/v1/editions/<id>/submissions",
        [401, 403, 403, 200],
    ),
    (
        "GET",
        "/api/v1/editions/<id>/exports/scores",
        [401, 403, 403, 200],
    ),
    ("GET", "/api/v1/editions/<id>/jury", [401, 403, 403, 200]),
    (
        "GET",
        "/api/v1/editions/<id>/assignments",
        [401, 403, 403, 200],
    ),
    (
        "GET",
        "/api/v1/editions/<id>/progress",
        [401, 403, 403, 200],
    ),
    (
        "POST",
        "/api/v1/submissions/<sid>/eligibility",
        [401, 403, 403, 422],
    ),
    (
        "POST",
        "/api/v1/editions/<id>/assignments/automatic",
        [401, 403, 403, 422],
    ),
    (
        "GET",
        "/api/v1/editions/<id>/decisions",
        [401, 403, 404, 200],
    ),
    (
        "POST",
        "/api/v1/editions/<id>/decisions/confirm",
        [401, 403, 404, 403],
    ),
    (
        "POST",
        "/api/v1/decisions/999999/remove",
        [401, 403, 403, 422],
    ),
    (
        "GET",
        "/api/v1/editions/<id>/consensus",
        [401, 403, 403, 200],
    ),
    (
        "POST",
        "/api/v1/editions/<id>/decisions",
        [401, 403, 403, 409],
    ),
    ("POST", "/api/v1/editions/<id>/jury", [401, 403, 403, 422]),
    (
        "POST",
        "/api/v1/editions/<id>/assignments",
        [401, 403, 403, 409],
    ),
    (
        "POST",
        "/api/v1/assignments/<aid>/reopen",
        [401, 403, 403, 422],
    ),
    (
        "POST",
        "/api/v1/assignments/<aid>/remove",
        [401, 403, 403, 422],
    ),
    ("GET", "/api/v1/openapi.json", [200, 200, 200, 200]),
    ("GET", "/api/v1/docs", [200, 200, 200, 200]),
];

#[rocket::async_test]
async fn every_api_route_answers_each_role_as_the_table_says() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let applicant = app.account(Role::Applicant, "applicant@example.org").await;
    let _ = applicant;
    let mut applicant = app.logged_in("applicant@example.org").await;
    let open = laurel::db::editions::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.status == EditionStatus::Open)
        .expect("the demo's open call");
    let application = crate::fixtures::start(&mut applicant, open.id).await;
    let tokens = [
        None,
        Some(make_token(&mut applicant, "t", "read_write").await),
        Some(demo_token(&app, JONAS, "read_write").await),
        Some(demo_token(&app, SECRETARIAT_EMAIL, "read_write").await),
    ];
    let mut failures = Vec::new();
    let declaration = laurel::db::conflicts::of_edition(app.db(), 1)
        .await
        .unwrap()
        .first()
        .expect("the demo's declarations")
        .id;
    for (method, template, expected) in API_TABLE {
        let path = template
            .replace("<aid>", &draft.id.to_string())
            .replace("<app>", &application.to_string())
            .replace("<id>", "1")
            .replace("<sid>", &draft.submission_id.to_string())
            .replace("<decl>", &declaration.to_string());
        for (token, expected) in tokens.iter().zip(expected) {
            let current = laurel::db::scores::load(app.db(), draft.id)
                .await
                .unwrap()
                .unwrap();
            let etag = format!("\"{}\"", current.stamp);
            let mut client = script(&app).await;
            let method = match method {
                "PUT" => Method::Put,
                "POST" => Method::Post,
                "DELETE" => Method::Delete,
                _ => Method::Get,
            };
            let body = if template.contains("/sections/") {
                Some(json!({"title": "Role table"}).to_string())
            } else if template.ends_with("/method") {
                Some(json!({"method": "consensus_total"}).to_string())
            } else if template.ends_with("/status") {
                Some(json!({"to": "bogus"}).to_string())
            } else if template.ends_with("/back") {
                Some(json!({"reason": "x"}).to_string())
            } else if template == "/api/v1/accounts" {
                Some(json!({"name": "", "email": "x", "role": "x", "password": "x"}).to_string())
            } else if template.ends_with("/password") {
                Some(json!({"new_password": "a long enough password"}).to_string())
            } else if template == "/api/v1/editions" || template == "/api/v1/editions/<id>" {
                Some(json!({"name": "", "year": 1, "time_zone": "x", "opens_at": "", "closes_at": "", "rubric": "", "shortlist_size": 0, "languages": [], "lead_countries": [], "partner_countries": [], "peer_scores": ""}).to_string())
            } else if template.ends_with("/consensus") && method == Method::Put {
                Some(json!({"criteria": {}}).to_string())
            } else if method == Method::Put {
                Some(complete_card("Role table.").to_string())
            } else if template.starts_with("/api/v1/declarations/") && template.ends_with("/review")
            {
                Some(json!({"decision": "maybe", "reason": "Role table."}).to_string())
            } else if template.starts_with("/api/v1/declarations/") {
                Some(json!({"decision": "maybe"}).to_string())
            } else if template.ends_with("/review") {
                Some(json!({"level": "none", "explanation": "Nothing was declared."}).to_string())
            } else if template.ends_with("/decisions") {
                Some(json!({"submission_id": 1, "prize": "gold", "rationale": "x"}).to_string())
            } else if template.ends_with("/assignments") && method == Method::Post {
                Some(json!({"juror_id": 999_999, "submission_id": 999_999}).to_string())
            } else if template.ends_with("/reopen") || template.ends_with("/remove") {
                Some(json!({"reason": "x"}).to_string())
            } else if template.ends_with("/jury") {
                Some(json!({"name": "", "email": "x", "jury_role": "x", "country": "x", "languages": []}).to_string())
            } else if template.ends_with("/automatic") {
                Some(json!({"jurors_per_submission": 0}).to_string())
            } else if template.contains("/eligibility") {
                Some(json!({"outcome": "maybe", "reason": "Role table."}).to_string())
            } else if template.contains("/conflicts/") {
                Some(json!({"level": "bogus"}).to_string())
            } else {
                None
            };
            let mut headers = vec![("If-Match", etag.as_str())];
            let bearer = token.as_ref().map(|t| format!("Bearer {t}"));
            if let Some(bearer) = &bearer {
                headers.push(("Authorization", bearer.as_str()));
            }
            let answer = client
                .request(method, &path, &headers, body.as_deref())
                .await;
            if answer.status.code != expected {
                failures.push(format!(
                    "{method} {path} {token:?}: expected {expected}, got {} {}",
                    answer.status.code, answer.body
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn openapi_path(rocket_path: &str) -> String {
    rocket_path
        .split('/')
        .map(
            |segment| match segment.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                Some(name) => format!("{{{name}}}"),
                None => segment.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

#[rocket::async_test]
async fn the_openapi_document_describes_exactly_the_mounted_api_routes() {
    let app = TestApp::spawn().await;
    let undocumented: BTreeSet<&str> = ["/api/v1/openapi.json", "/api/v1/docs"].into();
    let mounted: BTreeSet<String> = app
        .client
        .rocket()
        .routes()
        .filter(|r| r.uri.path().starts_with("/api/"))
        .filter(|r| !undocumented.contains(r.uri.path()))
        .map(|r| format!("{} {}", r.method, openapi_path(r.uri.path())))
        .collect();
    let mut client = script(&app).await;
    let document = client.get("/api/v1/openapi.json").await;
    assert_eq!(document.status, Status::Ok);
    let document = json_of(&document);
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    let described: BTreeSet<String> = document["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| format!("{} {path}", method.to_uppercase()))
        })
        .collect();
    assert_eq!(mounted, described);
    let reference = client.get("/api/v1/docs").await;
    for operation in &described {
        assert!(
            reference
                .body
                .contains(&format!("<code>{operation}</code>")),
            "{operation} on the reference page"
        );
    }
}

#[rocket::async_test]
async fn a_method_an_address_does_not_take_gets_405_with_allow_and_a_body_that_is_not_json_gets_415()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let token = demo_token(&app, JONAS, "read_write").await;
    let mut client = script(&app).await;
    let path = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let deleted = call(&mut client, Method::Delete, &path, &token, &[], None).await;
    assert_eq!(deleted.status, Status::MethodNotAllowed);
    assert_eq!(deleted.headers["allow"], "GET, PUT");
    assert_eq!(json_of(&deleted)["code"], "method_not_allowed");
    let bearer = format!("Bearer {token}");
    let as_form = client
        .request(
            Method::Put,
            &path,
            &[
                ("Authorization", &bearer),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            None,
        )
        .await;
    assert_eq!(as_form.status, Status::UnsupportedMediaType);
    assert_eq!(json_of(&as_form)["code"], "unsupported_media_type");
    let nowhere = call(
        &mut client,
        Method::Delete,
        "/api/v1/nowhere",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(nowhere.status, Status::NotFound);
}

#[rocket::async_test]
async fn a_save_that_sends_one_criterion_keeps_the_others_and_the_overall_comment() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let before = laurel::db::scores::load(app.db(), draft.id)
        .await
        .unwrap()
        .unwrap();
    let token = demo_token(&app, JONAS, "read_write").await;
    let path = format!("/api/v1/assignments/{}/scorecard", draft.id);
    let etag = format!("\"{}\"", draft.version);
    let mut client = script(&app).await;
    let one =
        json!({"criteria": {CRITERIA[1]: {"score": 4.5, "comment": "Only this one changes."}}});
    let saved = call(
        &mut client,
        Method::Put,
        &path,
        &token,
        &[("If-Match", &etag)],
        Some(&one),
    )
    .await;
    assert_eq!(saved.status, Status::Ok, "{}", saved.body);
    let after = laurel::db::scores::load(app.db(), draft.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        after.scores[CRITERIA[1]],
        (Some(9), "Only this one changes.".to_owned())
    );
    assert_eq!(after.scores[CRITERIA[0]], before.scores[CRITERIA[0]]);
    assert_eq!(
        after.assignment.overall_comment,
        before.assignment.overall_comment
    );
}

#[rocket::async_test]
async fn an_applicant_submits_and_withdraws_through_the_api_with_the_pages_rules() {
    let app = TestApp::spawn().await;
    let edition = crate::fixtures::open_call(&app).await;
    let mut ann = crate::fixtures::register_in_dakar(&app, "ann@roeselare.example").await;
    let id = crate::fixtures::start(&mut ann, edition.id).await;
    let token = make_token(&mut ann, "submitting", "read_write").await;
    let mut other = crate::fixtures::register_in_dakar(&app, "other@roeselare.example").await;
    let other_token = make_token(&mut other, "snooping", "read_write").await;
    let mut client = script(&app).await;
    let path = format!("/api/v1/applications/{id}");
    let foreign = call(&mut client, Method::Get, &path, &other_token, &[], None).await;
    assert_eq!(
        foreign.status,
        Status::NotFound,
        "another applicant's is not found"
    );
    let read = call(&mut client, Method::Get, &path, &token, &[], None).await;
    assert_eq!(read.status, Status::Ok, "{}", read.body);
    let etag = read.headers["etag"].clone();
    assert_eq!(json_of(&read)["status"], "draft");
    let submit = format!("{path}/submit");
    let incomplete = call(
        &mut client,
        Method::Post,
        &submit,
        &token,
        &[("If-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(
        incomplete.status,
        Status::UnprocessableEntity,
        "{}",
        incomplete.body
    );
    assert!(
        json_of(&incomplete)["fields"]["title"].is_string(),
        "{}",
        incomplete.body
    );
    crate::fixtures::fill(&mut ann, id).await;
    let stale = call(
        &mut client,
        Method::Post,
        &submit,
        &token,
        &[("If-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(
        stale.status,
        Status::PreconditionFailed,
        "the draft changed since"
    );
    let etag = stale.headers["etag"].clone();
    let stranger = call(
        &mut client,
        Method::Post,
        &submit,
        &other_token,
        &[("If-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(stranger.status, Status::NotFound);
    let submitted = call(
        &mut client,
        Method::Post,
        &submit,
        &token,
        &[("If-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(submitted.status, Status::Ok, "{}", submitted.body);
    assert_eq!(json_of(&submitted)["status"], "submitted");
    let withdrawn = call(
        &mut client,
        Method::Post,
        &format!("{path}/withdraw"),
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(withdrawn.status, Status::Ok, "{}", withdrawn.body);
    assert_eq!(json_of(&withdrawn)["status"], "draft");
    let again = call(
        &mut client,
        Method::Post,
        &format!("{path}/withdraw"),
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(again.status, Status::Conflict);
    assert_eq!(json_of(&again)["code"], "not_a_draft");
    app.clock().advance(chrono::Duration::days(6));
    let etag = json_of(&call(&mut client, Method::Get, &path, &token, &[], None).await)["version"]
        .to_string();
    let late = call(
        &mut client,
        Method::Post,
        &submit,
        &token,
        &[("If-Match", &etag)],
        None,
    )
    .await;
    assert_eq!(late.status, Status::Conflict, "{}", late.body);
    assert_eq!(json_of(&late)["code"], "call_closed");
}

#[rocket::async_test]
async fn the_secretariat_lists_submissions_with_the_list_pages_filters_and_an_unknown_value_is_named()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    let mut client = script(&app).await;
    let everything = laurel::db::screening::list(app.db(), 1, &Default::default())
        .await
        .unwrap();
    let all = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/editions/1/submissions?limit=200",
            &token,
            &[],
            None,
        )
        .await,
    );
    let ids: Vec<i64> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .collect();
    let mut expected: Vec<i64> = everything.iter().map(|s| i64::from(s.id)).collect();
    expected.sort_unstable();
    assert_eq!(ids, expected, "every submission, in id order");
    let country = everything[0].lead_country.clone();
    let from_country: Vec<i64> = everything
        .iter()
        .filter(|s| s.lead_country == country || s.partner_countries.contains(&country))
        .map(|s| i64::from(s.id))
        .collect();
    let filtered = json_of(
        &call(
            &mut client,
            Method::Get,
            &format!(
                "/api/v1/editions/1/submissions?status=submitted&country={}",
                country.to_lowercase()
            ),
            &token,
            &[],
            None,
        )
        .await,
    );
    let filtered: Vec<i64> = filtered["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            assert_eq!(s["status"], "submitted");
            s["id"].as_i64().unwrap()
        })
        .collect();
    assert!(!filtered.is_empty());
    assert!(
        filtered.iter().all(|id| from_country.contains(id)),
        "{filtered:?}"
    );
    let refused = call(
        &mut client,
        Method::Get,
        "/api/v1/editions/1/submissions?country=XX&sdg=18",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    let problems = json_of(&refused);
    assert!(problems["fields"]["country"].is_string(), "{problems}");
    assert!(problems["fields"]["sdg"].is_string(), "{problems}");
    let missing = call(
        &mut client,
        Method::Get,
        "/api/v1/editions/999/submissions",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(missing.status, Status::NotFound);
}
