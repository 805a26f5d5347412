//! The demo award of `serve --demo`.

use std::collections::{BTreeMap, HashSet};

use laurel::db::entities::{assignment, conflict_declaration, score, score_history, submission};
use rocket::http::Status;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::TestApp;

/// Seeds the demo award into a test app.
pub async fn seed(app: &TestApp) {
    let rubrics = app
        .client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .unwrap();
    let rubric = rubrics.get("platforma").unwrap();
    laurel::demo::seed(app.db(), rubric, app.clock().now())
        .await
        .unwrap();
}

#[rocket::async_test]
async fn the_demo_award_has_fourteen_submissions_six_jurors_and_balanced_assignments() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let submissions = submission::Entity::find().all(app.db()).await.unwrap();
    assert_eq!(
        submissions.iter().filter(|s| s.status != "draft").count(),
        14
    );
    let assignments = assignment::Entity::find().all(app.db()).await.unwrap();
    let mut per_juror: BTreeMap<i32, usize> = BTreeMap::new();
    let mut per_submission: BTreeMap<i32, usize> = BTreeMap::new();
    for a in &assignments {
        *per_juror.entry(a.juror_id).or_default() += 1;
        *per_submission.entry(a.submission_id).or_default() += 1;
    }
    assert_eq!(per_juror.len(), 6);
    assert!(per_juror.values().all(|n| *n == 7), "{per_juror:?}");
    assert!(per_submission.values().all(|n| *n == 3));
    let submitted = assignments
        .iter()
        .filter(|a| a.status == "submitted")
        .count();
    assert_eq!(submitted, 39);
    let scores = score::Entity::find().count(app.db()).await.unwrap();
    assert_eq!(scores, 39 * 7 + 2 * 3);
    let history = score_history::Entity::find().count(app.db()).await.unwrap();
    assert_eq!(history, scores, "every score write is in the history");
}

#[rocket::async_test]
async fn no_demo_juror_is_assigned_to_a_submission_they_are_conflicted_with() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let conflicts = conflict_declaration::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(conflicts.len(), 3);
    let assigned: HashSet<(i32, i32)> = assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.juror_id, a.submission_id))
        .collect();
    for c in conflicts {
        assert!(!assigned.contains(&(c.juror_id, c.submission_id)));
    }
}

#[rocket::async_test]
async fn every_demo_role_can_log_in_and_sees_the_demo_data() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let password = laurel::demo::DEMO_PASSWORD;
    let mut secretariat = app.browser().await;
    assert_eq!(
        secretariat
            .login(laurel::demo::SECRETARIAT_EMAIL, password)
            .await
            .status,
        Status::SeeOther
    );
    let page = secretariat.get("/secretariat").await;
    assert!(page.body.contains("PLATFORMAwards 2026 (demo)"));
    assert!(page.body.contains("39 / 42"));
    let mut juror = app.browser().await;
    juror
        .login("jonas.weber@laurel-demo.example", password)
        .await;
    let page = juror.get("/jury").await;
    assert!(
        page.body
            .contains("5 of 7 scorecards submitted, 2 in draft."),
        "{}",
        page.body
    );
    let mut applicant = app.browser().await;
    applicant
        .login("international@roeselare.example", password)
        .await;
    let page = applicant.get("/applicant").await;
    assert!(
        page.body
            .contains("Neighbourhood committees for shared waste collection")
    );
    assert!(
        page.body.contains("PLATFORMAwards 2027 (demo)"),
        "the open call is listed"
    );
}
