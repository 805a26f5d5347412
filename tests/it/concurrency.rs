//! Worst cases under real concurrency: requests spawned at once in their own tasks.

use std::sync::Arc;

use laurel::domain::role::Role;
use rocket::http::Status;

use crate::helpers::{PASSWORD, TestApp, all_at_once};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_wrong_passwords_gets_no_more_checks_than_the_limit_and_the_right_one_is_locked_out()
 {
    let app = Arc::new(TestApp::spawn().await);
    app.account(Role::Juror, "juror@example.org").await;
    let mut requests = Vec::new();
    for n in 0..24 {
        let mut browser = app
            .browser()
            .await
            .at_address(&format!("198.51.100.{n}:4000"));
        let password = if n == 23 { PASSWORD } else { "wrong password!" };
        requests.push(browser.prepare_login("juror@example.org", password).await);
    }
    let answers = all_at_once(&app, requests).await;
    let checked = answers
        .iter()
        .filter(|a| a.status == Status::UnprocessableEntity)
        .count();
    assert!(checked <= 5, "{checked} wrong passwords were checked");
    assert!(
        answers
            .iter()
            .all(|a| a.status != Status::NotFound && a.status != Status::InternalServerError)
    );
    let mut late = app.browser().await.at_address("198.51.100.200:4000");
    let after = late.login("juror@example.org", PASSWORD).await;
    let logged_in_in_burst = answers[23].status == Status::SeeOther;
    assert!(
        logged_in_in_burst || after.status == Status::TooManyRequests,
        "once locked, the right password is refused too"
    );
    if after.status == Status::TooManyRequests {
        assert!(after.headers.contains_key("retry-after"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_right_logins_of_one_account_all_succeed() {
    let app = Arc::new(TestApp::spawn().await);
    app.account(Role::Juror, "juror@example.org").await;
    for _ in 0..5 {
        let mut requests = Vec::new();
        for _ in 0..2 {
            let mut browser = app.browser().await;
            requests.push(browser.prepare_login("juror@example.org", PASSWORD).await);
        }
        for answer in all_at_once(&app, requests).await {
            assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        }
    }
}

#[rocket::async_test]
async fn a_cookie_copied_before_logout_no_longer_works() {
    let app = TestApp::spawn().await;
    app.account(Role::Juror, "juror@example.org").await;
    let mut browser = app.logged_in("juror@example.org").await;
    let copied = browser.cookie_values();
    let out = browser.post("/logout", &[]).await;
    assert_eq!(out.status, Status::SeeOther);
    let mut thief = app.browser().await;
    thief.set_cookies(copied);
    assert_eq!(thief.get("/api/v1/me").await.status, Status::Unauthorized);
    assert_ne!(thief.get("/jury").await.status, Status::Ok);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_simultaneous_saves_of_the_overall_comment_never_both_win() {
    use laurel::db::entities::assignment;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let card = assignment::Entity::find()
        .filter(assignment::Column::Status.ne("submitted"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let email = laurel::db::users::find(app.db(), card.juror_id)
        .await
        .unwrap()
        .unwrap()
        .email;
    let path = format!("/jury/assignments/{}", card.id);
    for round in 0..5 {
        let mut laptop = app.browser().await;
        laptop.login(&email, laurel::demo::DEMO_PASSWORD).await;
        let page = laptop.get(&path).await;
        assert_eq!(page.status, Status::Ok);
        let marker = "name=\"stamp\" value=\"";
        let at = page.body.find(marker).unwrap() + marker.len();
        let stamp = &page.body[at..at + page.body[at..].find('"').unwrap()];
        let mine = format!("laptop {round}");
        let theirs = format!("phone {round}");
        let a = laptop
            .prepare_post(
                &path,
                &[("stamp", stamp), ("action", "save"), ("overall", &mine)],
            )
            .await;
        let b = laptop
            .prepare_post(
                &path,
                &[("stamp", stamp), ("action", "save"), ("overall", &theirs)],
            )
            .await;
        let answers = all_at_once(&app, vec![a, b]).await;
        let saved: Vec<usize> = (0..2)
            .filter(|i| answers[*i].status == Status::SeeOther)
            .collect();
        assert_eq!(
            saved.len(),
            1,
            "{:?}",
            answers.iter().map(|a| a.status).collect::<Vec<_>>()
        );
        let refused = &answers[1 - saved[0]];
        assert_eq!(refused.status, Status::Conflict);
        let stored = laurel::db::scores::load(app.db(), card.id)
            .await
            .unwrap()
            .unwrap()
            .assignment
            .overall_comment;
        assert_eq!(stored, if saved[0] == 0 { mine } else { theirs });
    }
}

/// The registration form's fields for `email`.
fn registration(email: &str) -> [(&str, &str); 7] {
    [
        ("name", "Ann Applicant"),
        ("email", email),
        ("password", "a long applicant password"),
        ("organisation", "City of Roeselare"),
        ("kind", "municipality"),
        ("country", "BE"),
        ("time_zone", "Europe/Brussels"),
    ]
}

/// How many accounts use `email`.
async fn accounts_with(app: &TestApp, email: &str) -> u64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    laurel::db::entities::user::Entity::find()
        .filter(laurel::db::entities::user::Column::Email.eq(email))
        .count(app.db())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twelve_registrations_of_one_email_at_once_make_one_account_and_every_other_is_told_why() {
    let app = Arc::new(TestApp::spawn().await);
    let email = "ann@roeselare.example";
    let mut requests = Vec::new();
    for n in 0..12 {
        let mut browser = app
            .browser()
            .await
            .at_address(&format!("198.51.100.{n}:4000"));
        requests.push(
            browser
                .prepare_post("/register", &registration(email))
                .await,
        );
    }
    let answers = all_at_once(&app, requests).await;
    assert_eq!(accounts_with(&app, email).await, 1, "exactly one account");
    let created = answers
        .iter()
        .filter(|a| a.status == Status::SeeOther)
        .count();
    assert_eq!(created, 1, "one registration succeeds");
    for answer in answers.iter().filter(|a| a.status != Status::SeeOther) {
        match answer.status {
            Status::UnprocessableEntity => assert!(
                answer
                    .body
                    .contains("an account with this email already exists"),
                "{}",
                answer.body
            ),
            Status::TooManyRequests => assert!(answer.headers.contains_key("retry-after")),
            other => panic!("a registration answered {other}: {}", answer.body),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn registrations_of_distinct_emails_at_once_from_one_address_never_exceed_the_signup_limit() {
    let app = Arc::new(
        TestApp::spawn_with(|figment| figment.merge(("signups_per_address_per_hour", 3))).await,
    );
    let mut requests = Vec::new();
    let emails: Vec<String> = (0..12)
        .map(|n| format!("applicant{n}@roeselare.example"))
        .collect();
    for (n, email) in emails.iter().enumerate() {
        let mut browser = app
            .browser()
            .await
            .at_address(&format!("203.0.113.9:{}", 5000 + n));
        requests.push(
            browser
                .prepare_post("/register", &registration(email))
                .await,
        );
    }
    let answers = all_at_once(&app, requests).await;
    let mut accounts = 0;
    for email in &emails {
        accounts += accounts_with(&app, email).await;
    }
    let created = answers
        .iter()
        .filter(|a| a.status == Status::SeeOther)
        .count();
    assert!(
        accounts <= 3,
        "{accounts} accounts from one address, limit 3"
    );
    assert_eq!(u64::try_from(created).unwrap(), accounts);
    assert!(created >= 1, "the limit admits some");
    for answer in answers.iter().filter(|a| a.status != Status::SeeOther) {
        assert_eq!(answer.status, Status::TooManyRequests, "{}", answer.body);
        assert!(answer.headers.contains_key("retry-after"));
        assert!(
            answer
                .body
                .contains("Too many accounts were created from your network"),
            "{}",
            answer.body
        );
    }
    let mut late = app.browser().await.at_address("203.0.113.9:6000");
    let after = late
        .post("/register", &registration("late@roeselare.example"))
        .await;
    assert_eq!(
        after.status,
        Status::TooManyRequests,
        "still limited afterwards"
    );
    assert_eq!(accounts_with(&app, "late@roeselare.example").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_wrong_passwords_split_between_two_instances_gets_no_more_checks_than_the_limit()
{
    use laurel::db::entities::login_throttle;
    use sea_orm::EntityTrait;

    let first = Arc::new(TestApp::spawn().await);
    let second = Arc::new(first.second_instance().await);
    first.account(Role::Juror, "juror@example.org").await;
    let limit = 5;
    let mut requests = Vec::new();
    for n in 0..24 {
        let instance = if n % 2 == 0 { &first } else { &second };
        let mut browser = instance
            .browser()
            .await
            .at_address(&format!("198.51.100.{n}:4000"));
        let login = browser
            .prepare_login("juror@example.org", "wrong password!")
            .await;
        requests.push((Arc::clone(instance), login));
    }
    let answers = crate::helpers::all_at_once_on(requests).await;
    for answer in &answers {
        assert!(
            matches!(
                answer.status,
                Status::UnprocessableEntity | Status::TooManyRequests
            ),
            "a wrong password answered {}: {}",
            answer.status,
            answer.body
        );
    }
    let checked = answers
        .iter()
        .filter(|a| a.status == Status::UnprocessableEntity)
        .count();
    let row = login_throttle::Entity::find_by_id("account:juror@example.org".to_owned())
        .one(first.db())
        .await
        .unwrap()
        .expect("the account's counter");
    assert!(
        row.failures <= limit,
        "{} password checks ran against a limit of {limit}",
        row.failures
    );
    assert!(
        checked <= usize::try_from(row.failures).unwrap(),
        "every wrong password answered as such was checked and counted"
    );
    assert!(row.failures >= 1, "some checks ran");
    assert!(
        checked <= usize::try_from(limit).unwrap(),
        "{checked} wrong passwords were checked and answered as such"
    );
    assert!(row.locked_until.is_some(), "the account is locked");
    for instance in [&first, &second] {
        let mut late = instance.browser().await.at_address("198.51.100.200:4000");
        let right = late.login("juror@example.org", PASSWORD).await;
        assert_eq!(
            right.status,
            Status::TooManyRequests,
            "the right password is refused while locked, on either instance"
        );
        assert!(right.headers.contains_key("retry-after"));
    }
    drop(second);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_method_change_racing_the_first_showing_of_results_never_lands_after_it_without_a_reason()
{
    use laurel::db::entities::audit_entry;
    use laurel::db::results::{MethodError, mark_shown, record_method};
    use laurel::domain::edition::EditionStatus;
    use laurel::domain::results::OfficialMethod;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

    let app = TestApp::spawn().await;
    let sec = app.account(Role::Secretariat, "sec@example.org").await;
    let now = app.clock().now();
    for _ in 0..12 {
        let edition = crate::fixtures::edition(
            &app,
            now - chrono::Duration::days(1),
            EditionStatus::Consensus,
        )
        .await;
        record_method(
            app.db(),
            edition.id,
            OfficialMethod::ConsensusTotal,
            None,
            sec.id,
            now,
        )
        .await
        .unwrap();
        let (db_a, db_b) = (app.db().clone(), app.db().clone());
        let shown = tokio::spawn(async move { mark_shown(&db_a, edition.id, sec.id, now).await });
        let changed = tokio::spawn(async move {
            record_method(
                &db_b,
                edition.id,
                OfficialMethod::Calibrated,
                None,
                sec.id,
                now,
            )
            .await
        });
        shown.await.unwrap().unwrap();
        let changed = changed.await.unwrap();
        let events: Vec<String> = audit_entry::Entity::find()
            .filter(audit_entry::Column::SubjectType.eq("edition"))
            .filter(audit_entry::Column::SubjectId.eq(edition.id.to_string()))
            .filter(audit_entry::Column::Action.starts_with("results."))
            .order_by_asc(audit_entry::Column::Id)
            .all(app.db())
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        match changed {
            Ok(()) => assert_eq!(
                events,
                [
                    "results.method_recorded",
                    "results.method_changed",
                    "results.first_shown"
                ],
                "a change without a reason must come before the results are first shown"
            ),
            Err(MethodError::ReasonNeeded) => {
                assert_eq!(events, ["results.method_recorded", "results.first_shown"])
            }
            Err(e) => panic!("{e}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn password_checks_asked_at_once_from_two_instances_are_admitted_no_more_than_the_limit() {
    use laurel::db::throttle::{admit, succeeded};
    use laurel::domain::throttle::{Admission, ThrottlePolicy};

    let first = TestApp::spawn().await;
    let second = first.second_instance().await;
    let policy = ThrottlePolicy {
        max_failures: 5,
        window: chrono::Duration::minutes(15),
        lockout: chrono::Duration::minutes(15),
    };
    let now = first.clock().now();
    for round in 0..6 {
        let key = format!("account:round{round}@example.org");
        // The counter exists already, as for an account that logged in before: no insert
        // serialises the burst.
        assert_eq!(
            admit(first.db(), &key, policy, now).await.unwrap(),
            Admission::Admitted
        );
        succeeded(first.db(), &key, policy, now).await.unwrap();
        let mut asks = Vec::new();
        for n in 0..40 {
            let db = if n % 2 == 0 { first.db() } else { second.db() }.clone();
            let key = key.clone();
            asks.push(tokio::spawn(async move {
                admit(&db, &key, policy, now).await.unwrap()
            }));
        }
        let mut admitted = 0;
        for ask in asks {
            if ask.await.unwrap() == Admission::Admitted {
                admitted += 1;
            }
        }
        assert_eq!(
            admitted, 5,
            "round {round}: {admitted} checks admitted against a limit of 5"
        );
    }
    drop(second);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_decision_removed_twice_at_once_is_removed_and_audited_once() {
    use laurel::db::decisions::{DecisionError, remove};
    use laurel::db::entities::{audit_entry, award_decision};
    use laurel::domain::edition::EditionStatus;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = app.browser().await;
    sec.login(laurel::demo::SECRETARIAT_EMAIL, laurel::demo::DEMO_PASSWORD)
        .await;
    sec.post(
        "/secretariat/editions/1/results/method",
        &[("method", "calibrated")],
    )
    .await;
    let first = crate::decisions::ranking(&app).await[0].0;
    let fields = crate::decisions::fields(&app, first, "first", "for", false).await;
    let done = crate::decisions::decide(&mut sec, &fields).await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    let decision = award_decision::Entity::find()
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let now = app.clock().now();
    let removals: Vec<_> = (0..2)
        .map(|_| {
            let db = app.db().clone();
            tokio::spawn(async move {
                remove(&db, decision.id, "Recorded for the wrong project.", 1, now).await
            })
        })
        .collect();
    let mut removed = 0;
    for removal in removals {
        match removal.await.unwrap() {
            Ok(_) => removed += 1,
            Err(DecisionError::NotFound) => {}
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(removed, 1);
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("decision.removed"))
        .count(app.db())
        .await
        .unwrap();
    assert_eq!(audited, 1, "one removal, one audit entry");
}
