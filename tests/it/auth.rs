//! Logging in and out, sessions, CSRF and throttling.

use chrono::Duration;
use laurel::domain::role::Role;
use rocket::http::Status;

use crate::helpers::{PASSWORD, TestApp, csrf_in};

#[rocket::async_test]
async fn a_secretariat_member_logs_in_and_lands_on_the_editions_page() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.browser().await;
    let answer = browser.login("SEC@example.org ", PASSWORD).await;
    assert_eq!(answer.status, Status::SeeOther);
    assert_eq!(answer.location.as_deref(), Some("/secretariat"));
    let page = browser.get("/secretariat").await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains("<h1>Editions</h1>"));
}

#[rocket::async_test]
async fn a_wrong_password_shows_the_form_again_with_the_email_kept() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.browser().await;
    let answer = browser.login("juror@example.org", "not the password").await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("The email address or the password is not right")
    );
    assert!(answer.body.contains("value=\"juror@example.org\""));
    assert_eq!(browser.get("/jury").await.status, Status::SeeOther);
}

#[rocket::async_test]
async fn an_unknown_email_is_refused_like_a_wrong_password() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser().await;
    let answer = browser.login("nobody@example.org", PASSWORD).await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("The email address or the password is not right")
    );
}

#[rocket::async_test]
async fn a_post_without_a_valid_csrf_token_is_refused() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let fields = [
        ("name", "Eve"),
        ("email", "eve@example.org"),
        ("role", "secretariat"),
        ("password", PASSWORD),
    ];
    let missing = browser.post_raw("/secretariat/accounts", &fields).await;
    assert_eq!(missing.status, Status::Forbidden);
    assert!(
        missing
            .body
            .contains("This form has expired or did not come from Laurel")
    );
    let mut forged = vec![("csrf_token", "forged-token")];
    forged.extend_from_slice(&fields);
    assert_eq!(
        browser
            .post_raw("/secretariat/accounts", &forged)
            .await
            .status,
        Status::Forbidden
    );
    let mut other_browser = app.browser().await;
    let foreign_token = other_browser.csrf().await;
    let mut foreign = vec![("csrf_token", foreign_token.as_str())];
    foreign.extend_from_slice(&fields);
    assert_eq!(
        browser
            .post_raw("/secretariat/accounts", &foreign)
            .await
            .status,
        Status::Forbidden
    );
    let accounts = laurel::db::users::list(app.db()).await.unwrap();
    assert_eq!(
        accounts.len(),
        1,
        "no account was created by a refused form"
    );
}

#[rocket::async_test]
async fn every_post_route_refuses_a_form_without_its_csrf_token() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let posts: Vec<String> = app
        .client
        .rocket()
        .routes()
        .filter(|r| r.method == rocket::http::Method::Post)
        .map(|r| {
            r.uri
                .path()
                .replace("<id>", "1")
                .replace("<section>", "project")
                .replace("<aid>", "1")
                .replace("<token>", "no-such-token")
                .replace("<sid>", "1")
                .replace("<cid>", "1")
                .replace("<mid>", "1")
                .replace("<did>", "1")
                .replace("<jid>", "1")
                .replace("<key>", "platforma")
        })
        .collect();
    assert!(posts.len() >= 7, "{posts:?}");
    for path in posts {
        let answer = browser.post_raw(&path, &[]).await;
        assert_eq!(answer.status, Status::Forbidden, "POST {path}");
    }
}

#[rocket::async_test]
async fn the_csrf_token_changes_at_login() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.browser().await;
    let before = browser.csrf().await;
    browser.login("juror@example.org", PASSWORD).await;
    let after = browser.csrf().await;
    assert_ne!(before, after);
}

#[rocket::async_test]
async fn five_failed_logins_lock_the_account_until_the_lockout_passes() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.browser().await;
    for attempt in 1..=4 {
        let answer = browser.login("juror@example.org", "wrong password!").await;
        assert_eq!(
            answer.status,
            Status::UnprocessableEntity,
            "attempt {attempt}"
        );
    }
    let fifth = browser.login("juror@example.org", "wrong password!").await;
    assert_eq!(fifth.status, Status::TooManyRequests);
    assert!(fifth.body.contains("Too many failed attempts"));
    let right_but_locked = browser.login("juror@example.org", PASSWORD).await;
    assert_eq!(right_but_locked.status, Status::TooManyRequests);
    let mut elsewhere = app.browser().await.at_address("192.0.2.7:4000");
    assert_eq!(
        elsewhere.login("juror@example.org", PASSWORD).await.status,
        Status::TooManyRequests,
        "the account stays locked from another address"
    );
    app.clock().advance(Duration::minutes(16));
    let after = browser.login("juror@example.org", PASSWORD).await;
    assert_eq!(after.status, Status::SeeOther, "the lockout lifts");
}

#[rocket::async_test]
async fn an_address_with_too_many_failures_is_locked_for_every_account() {
    let app = TestApp::spawn_with(|f| f.merge(("login_max_failures_per_address", 3))).await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut attacker = app.browser().await.at_address("198.51.100.9:5000");
    for email in ["a@example.org", "b@example.org"] {
        assert_eq!(
            attacker.login(email, "guess guess guess").await.status,
            Status::UnprocessableEntity
        );
    }
    assert_eq!(
        attacker
            .login("c@example.org", "guess guess guess")
            .await
            .status,
        Status::TooManyRequests
    );
    assert_eq!(
        attacker.login("juror@example.org", PASSWORD).await.status,
        Status::TooManyRequests
    );
    let mut spoofing = app.browser().await.at_address("198.51.100.9:5000");
    let spoofed = spoofing
        .login_with_header(
            "d@example.org",
            "guess guess guess",
            ("X-Real-IP", "192.0.2.99"),
        )
        .await;
    assert_eq!(
        spoofed.status,
        Status::TooManyRequests,
        "a made-up X-Real-IP header does not give a fresh address"
    );
    let mut honest = app.browser().await.at_address("203.0.113.5:6000");
    assert_eq!(
        honest.login("juror@example.org", PASSWORD).await.status,
        Status::SeeOther,
        "another address is not affected"
    );
}

#[rocket::async_test]
async fn a_successful_login_does_not_count_but_does_not_wipe_earlier_failures_either() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.browser().await;
    for _ in 0..3 {
        browser.login("juror@example.org", "wrong password!").await;
    }
    for _ in 0..3 {
        let mut device = app.browser().await;
        assert_eq!(
            device.login("juror@example.org", PASSWORD).await.status,
            Status::SeeOther,
            "right passwords never use up the allowance"
        );
    }
    let mut again = app.browser().await;
    assert_eq!(
        again
            .login("juror@example.org", "wrong password!")
            .await
            .status,
        Status::UnprocessableEntity
    );
    assert_eq!(
        again
            .login("juror@example.org", "wrong password!")
            .await
            .status,
        Status::TooManyRequests,
        "the fifth wrong password in the window locks, whatever succeeded in between"
    );
}

#[rocket::async_test]
async fn a_deactivated_account_cannot_log_in_and_its_old_cookie_stops_working() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let juror = app.account(Role::Juror, "juror@example.org").await;
    let mut juror_browser = app.logged_in("juror@example.org").await;
    let old_cookies = juror_browser.cookie_values();
    assert_eq!(juror_browser.get("/jury").await.status, Status::Ok);
    let mut secretariat = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/accounts/{}/deactivate", juror.id);
    let answer = secretariat.post(&path, &[]).await;
    assert_eq!(answer.status, Status::SeeOther);
    let refused = juror_browser.get("/jury").await;
    assert_eq!(refused.status, Status::SeeOther);
    assert_eq!(refused.location.as_deref(), Some("/login"));
    juror_browser.set_cookies(old_cookies);
    assert_eq!(
        juror_browser.get("/api/v1/me").await.status,
        Status::Unauthorized
    );
    let mut fresh = app.browser().await;
    let login = fresh.login("juror@example.org", PASSWORD).await;
    assert_eq!(login.status, Status::Forbidden);
    assert!(login.body.contains("deactivated"));
    let reactivate = format!("/secretariat/accounts/{}/reactivate", juror.id);
    secretariat.post(&reactivate, &[]).await;
    assert_eq!(
        fresh.login("juror@example.org", PASSWORD).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn logging_out_everywhere_ends_the_sessions_of_other_devices() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "lead@example.org").await;
    let mut laptop = app.logged_in("lead@example.org").await;
    let mut phone = app.logged_in("lead@example.org").await;
    assert_eq!(phone.get("/applicant").await.status, Status::Ok);
    let answer = laptop.post("/account/logout-everywhere", &[]).await;
    assert_eq!(answer.location.as_deref(), Some("/login"));
    assert_eq!(phone.get("/applicant").await.status, Status::SeeOther);
    assert_eq!(laptop.get("/applicant").await.status, Status::SeeOther);
}

#[rocket::async_test]
async fn logging_out_ends_this_session() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "lead@example.org").await;
    let mut browser = app.logged_in("lead@example.org").await;
    let answer = browser.post("/logout", &[]).await;
    assert_eq!(answer.status, Status::SeeOther);
    assert_eq!(browser.get("/applicant").await.status, Status::SeeOther);
}

#[rocket::async_test]
async fn changing_the_password_ends_other_sessions_but_keeps_this_one() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut here = app.logged_in("juror@example.org").await;
    let mut there = app.logged_in("juror@example.org").await;
    let new_password = "an even longer new password";
    let answer = here
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", new_password),
                ("confirm_password", new_password),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    assert_eq!(here.get("/jury").await.status, Status::Ok);
    assert_eq!(there.get("/jury").await.status, Status::SeeOther);
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("juror@example.org", PASSWORD).await.status,
        Status::UnprocessableEntity
    );
    assert_eq!(
        fresh.login("juror@example.org", new_password).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn a_bad_password_change_names_every_problem_and_changes_nothing() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.logged_in("juror@example.org").await;
    let answer = browser
        .post(
            "/account/password",
            &[
                ("current_password", "wrong current password"),
                ("new_password", "short"),
                ("confirm_password", "different"),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("Current password: this is not your current password")
    );
    assert!(
        answer
            .body
            .contains("New password: at least 12 characters, please (this one has 5)")
    );
    assert!(
        answer
            .body
            .contains("New password, again: the two new passwords are not the same")
    );
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("juror@example.org", PASSWORD).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn a_session_expires_after_the_configured_hours() {
    let app = TestApp::spawn_with(|f| f.merge(("session_hours", 2))).await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.logged_in("juror@example.org").await;
    app.clock().advance(Duration::minutes(119));
    assert_eq!(browser.get("/jury").await.status, Status::Ok);
    app.clock().advance(Duration::minutes(2));
    assert_eq!(browser.get("/jury").await.status, Status::SeeOther);
}

#[rocket::async_test]
async fn the_login_page_carries_a_csrf_token_and_a_logged_in_person_is_sent_on() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "lead@example.org").await;
    let mut browser = app.browser().await;
    let page = browser.get("/login").await;
    assert!(csrf_in(&page.body).is_some());
    browser.login("lead@example.org", PASSWORD).await;
    let again = browser.get("/login").await;
    assert_eq!(again.location.as_deref(), Some("/applicant"));
    assert_eq!(
        browser.get("/").await.location.as_deref(),
        Some("/applicant")
    );
}
