//! The secretariat's account management.

use laurel::domain::role::Role;
use rocket::http::Status;

use crate::helpers::{PASSWORD, TestApp};

#[rocket::async_test]
async fn the_secretariat_creates_an_account_that_can_log_in_and_the_creation_is_audited() {
    let app = TestApp::spawn().await;
    let me = app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let answer = browser
        .post(
            "/secretariat/accounts",
            &[
                ("name", "Amina Diallo"),
                ("email", "Amina@Example.org"),
                ("role", "juror"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let list = browser.get("/secretariat/accounts").await;
    assert!(
        list.body
            .contains("The account of Amina Diallo (amina@example.org) has been created.")
    );
    assert!(list.body.contains("amina@example.org"));
    let created = laurel::db::users::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.email == "amina@example.org")
        .unwrap();
    assert_eq!(created.role, Role::Juror);
    let events = laurel::db::audit::for_subject(app.db(), "user", &created.id.to_string())
        .await
        .unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].action, "account.created");
    assert_eq!(events[0].actor_id, Some(me.id));
    let mut juror = app.browser().await;
    assert_eq!(
        juror.login("amina@example.org", PASSWORD).await.status,
        Status::SeeOther
    );
}

#[rocket::async_test]
async fn an_invalid_account_form_comes_back_with_every_problem_and_the_values_kept() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let answer = browser
        .post(
            "/secretariat/accounts",
            &[
                ("name", "  "),
                ("email", "not-an-email"),
                ("role", "admin"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    for problem in [
        "Full name: please fill this in",
        "Email address: must be an email address such as name@example.org",
        "Role: choose applicant, juror or secretariat",
        "Initial password: at least 12 characters, please (this one has 5)",
    ] {
        assert!(answer.body.contains(problem), "missing {problem:?}");
    }
    assert!(answer.body.contains("value=\"not-an-email\""));
    assert_eq!(laurel::db::users::list(app.db()).await.unwrap().len(), 1);
}

#[rocket::async_test]
async fn a_duplicate_email_is_refused_on_the_form() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Juror, "taken@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let answer = browser
        .post(
            "/secretariat/accounts",
            &[
                ("name", "Someone"),
                ("email", "TAKEN@example.org"),
                ("role", "juror"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("Email address: an account with this email already exists")
    );
}

#[rocket::async_test]
async fn the_secretariat_cannot_deactivate_its_own_account() {
    let app = TestApp::spawn().await;
    let me = app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let answer = browser
        .post(&format!("/secretariat/accounts/{}/deactivate", me.id), &[])
        .await;
    assert_eq!(answer.status, Status::SeeOther);
    let page = browser.get("/secretariat/accounts").await;
    assert!(
        page.body
            .contains("You cannot deactivate your own account.")
    );
    assert_eq!(browser.get("/secretariat").await.status, Status::Ok);
}

#[rocket::async_test]
async fn deactivation_and_reactivation_are_audited_with_who_did_it() {
    let app = TestApp::spawn().await;
    let me = app.account(Role::Secretariat, "sec@example.org").await;
    let juror = app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    browser
        .post(
            &format!("/secretariat/accounts/{}/deactivate", juror.id),
            &[],
        )
        .await;
    browser
        .post(
            &format!("/secretariat/accounts/{}/reactivate", juror.id),
            &[],
        )
        .await;
    let actions: Vec<(String, Option<i32>)> =
        laurel::db::audit::for_subject(app.db(), "user", &juror.id.to_string())
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.action, e.actor_id))
            .collect();
    assert_eq!(
        actions,
        vec![
            ("account.reactivated".to_owned(), Some(me.id)),
            ("account.deactivated".to_owned(), Some(me.id)),
            ("account.created".to_owned(), None),
        ]
    );
}

#[rocket::async_test]
async fn deactivating_an_account_that_does_not_exist_is_a_404() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let answer = browser
        .post("/secretariat/accounts/9999/deactivate", &[])
        .await;
    assert_eq!(answer.status, Status::NotFound);
}

#[rocket::async_test]
async fn the_secretariat_resets_a_lost_password_which_ends_the_old_sessions() {
    let app = TestApp::spawn().await;
    let me = app.account(Role::Secretariat, "sec@example.org").await;
    let juror = app.account(Role::Juror, "juror@example.org").await;
    let mut juror_browser = app.logged_in("juror@example.org").await;
    let mut browser = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/accounts/{}/password", juror.id);
    let refused = browser.post(&path, &[("new_password", "too short")]).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("New password: at least 12 characters, please (this one has 9)")
    );
    let answer = browser
        .post(&path, &[("new_password", "a fresh password for you")])
        .await;
    assert_eq!(answer.status, Status::SeeOther);
    let page = browser
        .get(&format!("/secretariat/accounts/{}", juror.id))
        .await;
    assert!(page.body.contains("A new password is set for Test Juror."));
    assert!(page.body.contains("Password reset by the secretariat"));
    assert_eq!(juror_browser.get("/jury").await.status, Status::SeeOther);
    let mut fresh = app.browser().await;
    assert_eq!(
        fresh.login("juror@example.org", PASSWORD).await.status,
        Status::UnprocessableEntity
    );
    assert_eq!(
        fresh
            .login("juror@example.org", "a fresh password for you")
            .await
            .status,
        Status::SeeOther
    );
    let events = laurel::db::audit::for_subject(app.db(), "user", &juror.id.to_string())
        .await
        .unwrap();
    assert_eq!(events[0].action, "account.password_reset");
    assert_eq!(events[0].actor_id, Some(me.id));
}
