//! The demo award of `serve --demo`.

use std::collections::{BTreeMap, HashSet};

use laurel::db::entities::{assignment, conflict_declaration, score, score_history, submission};
use laurel::demo::DemoRounds;
use laurel::domain::edition::EditionStatus;
use laurel::domain::round::RoundOutcome;
use rocket::http::Status;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::TestApp;

/// Seeds the demo award, evaluated by the jury alone, into a test app.
pub async fn seed(app: &TestApp) {
    seed_in(app, DemoRounds::One).await;
}

/// Seeds the demo award, evaluated in `rounds`, into a test app.
pub async fn seed_in(app: &TestApp, rounds: DemoRounds) {
    let rubrics = app
        .client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .unwrap();
    let rubric = rubrics.get("platforma").unwrap();
    laurel::demo::seed(app.db(), rubric, app.clock().now(), rounds)
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

#[rocket::async_test]
async fn the_two_round_demo_has_a_committee_that_shortlisted_eight_with_a_statistical_tie_at_the_line_for_the_jury()
 {
    let app = TestApp::spawn().await;
    seed_in(&app, DemoRounds::Two).await;
    let rounds = laurel::db::rounds::of_edition(app.db(), 1).await.unwrap();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0].name.as_deref(), Some("Technical committee"));
    assert_eq!(rounds[0].outcome, RoundOutcome::Shortlist(8));
    assert!(
        rounds[0].closed_at.is_some(),
        "the committee's round is over"
    );
    assert_eq!(rounds[1].outcome, RoundOutcome::Prizes);
    assert!(
        rounds[1].closed_at.is_none(),
        "the jury's round is under way"
    );
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(edition.status, EditionStatus::JuryEvaluation);
    let next = laurel::db::editions::find(app.db(), 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(next.status, EditionStatus::Open, "the open call stays");

    let assignments = assignment::Entity::find().all(app.db()).await.unwrap();
    let in_round = |id: i32| -> Vec<&assignment::Model> {
        assignments
            .iter()
            .filter(|a| a.round_id == Some(id))
            .collect()
    };
    let committee = in_round(rounds[0].id);
    assert_eq!(committee.len(), 14 * 3);
    assert!(committee.iter().all(|a| a.status == "submitted"));
    let members: HashSet<i32> = committee.iter().map(|a| a.juror_id).collect();
    assert_eq!(members.len(), 3, "a committee of three scored everything");

    let plan = laurel::app::shortlists::adopted(app.db(), 1, 1)
        .await
        .unwrap();
    let cut = plan.cut.unwrap();
    let ties: Vec<usize> = cut.statistical_ties().map(|p| p.position).collect();
    assert_eq!(ties, [8, 9], "one statistical tie, across the line");
    let shortlisted: HashSet<i32> = plan
        .recorded
        .iter()
        .filter(|c| c.shortlisted)
        .map(|c| c.submission_id)
        .collect();
    assert_eq!(shortlisted.len(), 8);
    assert!(
        plan.recorded.iter().all(|c| c.reason.is_empty()),
        "in rank order"
    );

    let jury = in_round(rounds[1].id);
    assert_eq!(jury.len(), 8 * 3);
    let mut per_juror: BTreeMap<i32, usize> = BTreeMap::new();
    for a in &jury {
        assert!(shortlisted.contains(&a.submission_id));
        assert!(
            !members.contains(&a.juror_id),
            "the jury is not the committee"
        );
        *per_juror.entry(a.juror_id).or_default() += 1;
    }
    assert_eq!(per_juror.len(), 6);
    assert!(per_juror.values().all(|n| *n == 4), "{per_juror:?}");
    let conflicts = conflict_declaration::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(conflicts.len(), 3);
    for c in conflicts {
        assert!(
            shortlisted.contains(&c.submission_id),
            "declared in the jury's round"
        );
        assert!(
            !jury
                .iter()
                .any(|a| (a.juror_id, a.submission_id) == (c.juror_id, c.submission_id))
        );
    }
}

#[rocket::async_test]
async fn in_the_two_round_demo_the_jury_works_on_the_eight_and_an_applicant_left_out_knows_it() {
    let app = TestApp::spawn().await;
    seed_in(&app, DemoRounds::Two).await;
    let password = laurel::demo::DEMO_PASSWORD;
    let mut juror = app.browser().await;
    juror
        .login("jonas.weber@laurel-demo.example", password)
        .await;
    let page = juror.get("/jury").await;
    assert!(
        page.body
            .contains("2 of 4 scorecards submitted, 2 in draft."),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("2. Jury: decides the prizes after a consensus")
    );
    let mut chair = app.browser().await;
    let login = chair
        .login("amadou.diallo@laurel-demo.example", password)
        .await;
    assert_eq!(login.status, Status::SeeOther);

    let mut sec = app.browser().await;
    sec.login(laurel::demo::SECRETARIAT_EMAIL, password).await;
    let adopted = sec.get("/secretariat/editions/1/shortlist?round=1").await;
    assert_eq!(adopted.status, Status::Ok);
    assert!(
        adopted
            .body
            .contains("Open budgets that residents can read")
    );
    assert_eq!(
        adopted
            .body
            .matches(">statistical tie with the line<")
            .count(),
        2
    );
    let committee = sec.get("/secretariat/editions/1/results?round=1").await;
    assert_eq!(committee.status, Status::Ok, "{}", committee.body);
    assert!(committee.body.contains("1. Technical committee"));

    // The open budgets project came ninth: its applicant learns it at once.
    let mut applicant = app.browser().await;
    applicant
        .login("international@kaunas.example", password)
        .await;
    let list = applicant.get("/applicant").await;
    assert!(
        list.body.contains("Open budgets that residents can read"),
        "{}",
        list.body
    );
    let id = submission::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.title == "Open budgets that residents can read")
        .unwrap()
        .id;
    let feedback = applicant
        .get(&format!("/applicant/applications/{id}/feedback"))
        .await;
    assert_eq!(feedback.status, Status::Ok);
    assert!(
        feedback
            .body
            .contains("Your application was not shortlisted in round 1, “Technical committee”"),
        "{}",
        feedback.body
    );
}
