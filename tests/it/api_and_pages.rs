//! Error pages, JSON errors, security headers, health, and the dashboards of each role.

use laurel::domain::role::Role;
use rocket::http::Status;

use crate::helpers::{TestApp, one_of_each};

#[rocket::async_test]
async fn api_errors_are_json_with_a_stable_code() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    let unauthorized = browser.get("/api/v1/me").await;
    assert_eq!(unauthorized.status, Status::Unauthorized);
    assert_eq!(
        unauthorized.headers.get("content-type").map(String::as_str),
        Some("application/json")
    );
    let body: serde_json::Value = serde_json::from_str(&unauthorized.body).unwrap();
    assert_eq!(body["code"], "unauthorized");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    let missing = browser.get("/api/v1/no-such-thing").await;
    assert_eq!(missing.status, Status::NotFound);
    let body: serde_json::Value = serde_json::from_str(&missing.body).unwrap();
    assert_eq!(body["code"], "not_found");
}

#[rocket::async_test]
async fn the_api_says_who_is_logged_in() {
    let app = TestApp::spawn().await;
    let (_, mut juror, _) = one_of_each(&app).await;
    let answer = juror.get("/api/v1/me").await;
    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(body["email"], "juror@example.org");
    assert_eq!(body["role"], "juror");
}

#[rocket::async_test]
async fn an_unknown_page_gets_an_html_404_page() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    let answer = browser.get("/no/such/page").await;
    assert_eq!(answer.status, Status::NotFound);
    assert!(
        answer
            .body
            .contains("<h1 id=\"error-title\">Not found</h1>")
    );
    assert!(answer.body.contains("There is no page at this address"));
}

#[rocket::async_test]
async fn a_wrong_role_gets_an_html_403_page() {
    let app = TestApp::spawn().await;
    let (mut applicant, _, _) = one_of_each(&app).await;
    let answer = applicant.get("/secretariat").await;
    assert_eq!(answer.status, Status::Forbidden);
    assert!(answer.body.contains("Your account may not open this page."));
}

#[rocket::async_test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    for path in [
        "/login",
        "/no/such/page",
        "/api/v1/me",
        "/static/laurel.css",
    ] {
        let answer = browser.get(path).await;
        let header = |name: &str| answer.headers.get(name).cloned().unwrap_or_default();
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
    }
}

#[rocket::async_test]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let browser = app.logged_in("juror@example.org").await;
    let session = browser
        .cookie_values()
        .into_iter()
        .find(|c| c.name() == "laurel_session")
        .unwrap();
    assert_eq!(session.http_only(), Some(true));
    assert_eq!(session.same_site(), Some(rocket::http::SameSite::Lax));
    assert!(!session.value().contains("juror"), "the value is encrypted");
}

#[rocket::async_test]
async fn secure_cookies_are_marked_secure_when_configured() {
    let app = TestApp::spawn_with(|f| f.merge(("secure_cookies", true))).await;
    let browser = app.browser().await;
    let csrf = browser
        .cookie_values()
        .into_iter()
        .find(|c| c.name() == "laurel_csrf")
        .unwrap();
    assert_eq!(csrf.secure(), Some(true));
}

#[rocket::async_test]
async fn healthz_reports_that_the_database_answers() {
    let app = TestApp::spawn().await;
    let answer = app.browser().await.get("/healthz").await;
    assert_eq!(answer.status, Status::Ok);
    assert_eq!(answer.body, r#"{"status":"ok","database":"ok"}"#);
}

#[rocket::async_test]
async fn each_role_sees_its_own_dashboard_with_its_links() {
    let app = TestApp::spawn().await;
    let (mut applicant, mut juror, mut secretariat) = one_of_each(&app).await;
    let page = applicant.get("/applicant").await;
    assert!(page.body.contains("<h1>My applications</h1>"));
    assert!(page.body.contains("You have no applications yet."));
    assert!(!page.body.contains("href=\"/secretariat\""));
    let page = juror.get("/jury").await;
    assert!(page.body.contains("0 of 0 scorecards submitted"));
    let page = secretariat.get("/secretariat").await;
    assert!(page.body.contains("There is no edition yet."));
    assert!(page.body.contains("href=\"/secretariat/accounts\""));
}

#[rocket::async_test]
async fn the_rubrics_page_shows_every_criterion_with_its_weight() {
    let app = TestApp::spawn().await;
    let (_, _, mut secretariat) = one_of_each(&app).await;
    let page = secretariat.get("/secretariat/rubrics").await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains("Resident participation"));
    assert!(page.body.contains("20%"));
    assert!(page.body.contains("city-partnership-small"));
}
