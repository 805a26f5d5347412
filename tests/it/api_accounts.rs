//! Accounts through the API: created with every problem named, one account per address even
//! when two creations race, never one's own deactivated, and a deactivated account's token and a
//! replaced password stop working.

use std::sync::Arc;

use rocket::http::{Method, Status};
use serde_json::{Value, json};

use crate::api::{demo_token, exchange as send, make_token};
use crate::api_secretariat::posts_at_once;
use crate::helpers::TestApp;

const SECRETARIAT: &str = laurel::demo::SECRETARIAT_EMAIL;

fn new_juror(email: &str) -> Value {
    json!({"name": "Amadou Diallo", "email": email, "role": "juror", "password": "a long initial password"})
}

#[rocket::async_test]
async fn the_secretariat_creates_deactivates_and_reactivates_accounts_but_not_its_own() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let (status, refused) = send(
        &app,
        Method::Post,
        "/api/v1/accounts",
        &token,
        Some(json!({"name": "", "email": "not-an-address", "role": "mayor", "password": "short"})),
    )
    .await;
    assert_eq!(status, 422);
    for field in ["name", "email", "role", "password"] {
        assert!(refused["fields"].get(field).is_some(), "{field}: {refused}");
    }
    let (status, created) = send(
        &app,
        Method::Post,
        "/api/v1/accounts",
        &token,
        Some(new_juror("Amadou@Ziguinchor.example")),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["email"], "amadou@ziguinchor.example");
    assert_eq!(created["active"], true);
    let (status, taken) = send(
        &app,
        Method::Post,
        "/api/v1/accounts",
        &token,
        Some(new_juror("amadou@ziguinchor.example")),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(taken["field"], "email");

    let mut amadou = app.browser().await;
    let logged = amadou
        .login("amadou@ziguinchor.example", "a long initial password")
        .await;
    assert_eq!(logged.status, Status::SeeOther);
    let amadou_token = make_token(&mut amadou, "mine", "read").await;
    assert_eq!(
        send(&app, Method::Get, "/api/v1/me", &amadou_token, None)
            .await
            .0,
        200
    );

    let id = created["id"].as_i64().unwrap();
    let (status, off) = send(
        &app,
        Method::Post,
        &format!("/api/v1/accounts/{id}/deactivate"),
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200, "{off}");
    assert_eq!(off["active"], false);
    let (status, denied) = send(&app, Method::Get, "/api/v1/me", &amadou_token, None).await;
    assert_eq!(status, 401, "a deactivated account's token stops working");
    assert_eq!(denied["code"], "invalid_token");
    let (status, on) = send(
        &app,
        Method::Post,
        &format!("/api/v1/accounts/{id}/reactivate"),
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(on["active"], true);

    let (_, me) = send(&app, Method::Get, "/api/v1/me", &token, None).await;
    let own = format!("/api/v1/accounts/{}/deactivate", me["id"]);
    let (status, refused) = send(&app, Method::Post, &own, &token, None).await;
    assert_eq!(status, 409);
    assert_eq!(refused["code"], "own_account");
    let (status, listed) = send(
        &app,
        Method::Get,
        "/api/v1/accounts?limit=200",
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200);
    let mine = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == me["id"])
        .unwrap()
        .clone();
    assert_eq!(mine["active"], true, "still active");
}

#[rocket::async_test]
async fn a_new_password_set_through_the_api_replaces_the_old_one() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let (_, created) = send(
        &app,
        Method::Post,
        "/api/v1/accounts",
        &token,
        Some(new_juror("amadou@ziguinchor.example")),
    )
    .await;
    let path = format!("/api/v1/accounts/{}/password", created["id"]);
    let (status, weak) = send(
        &app,
        Method::Post,
        &path,
        &token,
        Some(json!({"new_password": "short"})),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(weak["field"], "new_password");
    let (status, _) = send(
        &app,
        Method::Post,
        &path,
        &token,
        Some(json!({"new_password": "another long password"})),
    )
    .await;
    assert_eq!(status, 204);
    let mut browser = app.browser().await;
    let old = browser
        .login("amadou@ziguinchor.example", "a long initial password")
        .await;
    assert_ne!(
        old.status,
        Status::SeeOther,
        "the old password no longer works"
    );
    let new = browser
        .login("amadou@ziguinchor.example", "another long password")
        .await;
    assert_eq!(new.status, Status::SeeOther);
}

#[rocket::async_test]
async fn two_creations_of_one_address_at_once_make_one_account() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let body = new_juror("amadou@ziguinchor.example");
    let answers = posts_at_once(&app, "/api/v1/accounts", &token, vec![body.clone(), body]).await;
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    assert_eq!(statuses, [201, 422], "{answers:?}");
    assert_eq!(answers[1].1["field"], "email");
    let accounts = laurel::db::users::list(app.db()).await.unwrap();
    assert_eq!(
        accounts
            .iter()
            .filter(|a| a.email == "amadou@ziguinchor.example")
            .count(),
        1
    );
}

/// Sends each (path, token, body) as a POST at once, each from its own task; the statuses in order.
async fn at_once(app: &Arc<TestApp>, requests: Vec<(String, String, Value)>) -> Vec<u16> {
    let tasks: Vec<_> = requests
        .into_iter()
        .map(|(path, token, body)| {
            let app = Arc::clone(app);
            tokio::spawn(async move { send(&app, Method::Post, &path, &token, Some(body)).await.0 })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses
}

#[rocket::async_test]
async fn two_secretariat_members_deactivating_each_other_at_once_leave_one_active() {
    let app = Arc::new(TestApp::spawn().await);
    let ana = app
        .account(
            laurel::domain::role::Role::Secretariat,
            "ana@laurel.example",
        )
        .await;
    let ben = app
        .account(
            laurel::domain::role::Role::Secretariat,
            "ben@laurel.example",
        )
        .await;
    let (anas, bens) = (
        crate::api::token_for(&app, "ana@laurel.example", "read_write").await,
        crate::api::token_for(&app, "ben@laurel.example", "read_write").await,
    );
    let statuses = at_once(
        &app,
        vec![
            (
                format!("/api/v1/accounts/{}/deactivate", ben.id),
                anas,
                json!({}),
            ),
            (
                format!("/api/v1/accounts/{}/deactivate", ana.id),
                bens,
                json!({}),
            ),
        ],
    )
    .await;
    let mut sorted = statuses.clone();
    sorted.sort_unstable();
    assert!(
        sorted == [200, 401] || sorted == [200, 403],
        "one deactivation, the other refused to the deactivated member: {statuses:?}"
    );
    let active = laurel::db::users::count_active_with_role(
        app.db(),
        laurel::domain::role::Role::Secretariat,
    )
    .await
    .unwrap();
    assert_eq!(active, 1, "the award keeps an active secretariat");
}

#[rocket::async_test]
async fn the_same_new_person_added_to_two_juries_at_once_gets_one_account_and_both_seats() {
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT, "read_write").await;
    let editions: Vec<i32> = laurel::db::editions::list(app.db())
        .await
        .unwrap()
        .iter()
        .map(|e| e.id)
        .take(2)
        .collect();
    let member = json!({
        "name": "Amadou Diallo", "email": "amadou@ziguinchor.example", "jury_role": "member",
        "country": "SN", "languages": ["fr"]
    });
    let requests = editions
        .iter()
        .map(|id| {
            (
                format!("/api/v1/editions/{id}/jury"),
                token.clone(),
                member.clone(),
            )
        })
        .collect();
    let statuses = at_once(&app, requests).await;
    assert_eq!(statuses, [201, 201], "both seats");
    let accounts = laurel::db::users::list(app.db()).await.unwrap();
    let amadou: Vec<_> = accounts
        .iter()
        .filter(|a| a.email == "amadou@ziguinchor.example")
        .collect();
    assert_eq!(amadou.len(), 1, "one account");
    for id in editions {
        let seats = laurel::db::jury::members(app.db(), id).await.unwrap();
        assert!(
            seats.iter().any(|m| m.user_id == amadou[0].id),
            "on the jury of edition {id}"
        );
    }
}
