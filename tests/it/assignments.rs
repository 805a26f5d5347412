//! Assignment by the secretariat: automatic (kept assignments, conflicts, balance, design
//! summary, infeasibility explained) and removal with a reason.

use std::collections::{BTreeMap, HashSet};

use laurel::db::entities::{assignment, conflict_declaration};
use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::TestApp;

#[rocket::async_test]
async fn automatic_assignment_adds_non_conflicted_balanced_jurors_and_shows_the_design() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = app.browser().await;
    sec.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    let path = "/secretariat/editions/1/assignments/automatic";
    let same = sec
        .post(
            path,
            &[("per_submission", "3"), ("calibration", "0"), ("seed", "1")],
        )
        .await;
    assert_eq!(same.status, Status::Ok, "{}", same.body);
    assert!(
        same.body.contains("0 assignments added."),
        "the demo already has three per submission"
    );
    let more = sec
        .post(
            path,
            &[("per_submission", "4"), ("calibration", "0"), ("seed", "7")],
        )
        .await;
    assert_eq!(more.status, Status::Ok);
    assert!(more.body.contains("14 assignments added."), "{}", more.body);
    let assignments = assignment::Entity::find().all(app.db()).await.unwrap();
    let mut per_submission: BTreeMap<i32, usize> = BTreeMap::new();
    let mut per_juror: BTreeMap<i32, usize> = BTreeMap::new();
    for a in &assignments {
        *per_submission.entry(a.submission_id).or_default() += 1;
        *per_juror.entry(a.juror_id).or_default() += 1;
    }
    assert!(
        per_submission.values().all(|n| *n == 4),
        "{per_submission:?}"
    );
    let (min, max) = (
        per_juror.values().min().unwrap(),
        per_juror.values().max().unwrap(),
    );
    assert!(max - min <= 1, "balanced: {per_juror:?}");
    let conflicts: HashSet<(i32, i32)> = conflict_declaration::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.juror_id, c.submission_id))
        .collect();
    assert!(
        assignments
            .iter()
            .all(|a| !conflicts.contains(&(a.juror_id, a.submission_id)))
    );
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    assert_eq!(events[0].action, "assignment.automatic");
}

#[rocket::async_test]
async fn an_infeasible_request_names_the_submissions_that_lack_jurors() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = app.browser().await;
    sec.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    let refused = sec
        .post(
            "/secretariat/editions/1/assignments/automatic",
            &[("per_submission", "6"), ("calibration", "0"), ("seed", "1")],
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("Automatic assignment is not possible")
    );
    let before = assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .len();
    assert_eq!(before, 42, "nothing was written");
    let bad = sec
        .post(
            "/secretariat/editions/1/assignments/automatic",
            &[
                ("per_submission", "zero"),
                ("calibration", "0"),
                ("seed", "1"),
            ],
        )
        .await;
    assert_eq!(bad.status, Status::UnprocessableEntity);
    assert!(
        bad.body
            .contains("Jurors per submission: “zero” is not a whole number from 1 to 20."),
        "{}",
        bad.body
    );
    assert!(!bad.body.contains("Seed:"), "only the wrong field is named");
}

#[rocket::async_test]
async fn removing_an_assignment_needs_a_reason_and_keeps_the_whole_scorecard_in_the_audit_log() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = app.browser().await;
    sec.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    let first = assignment::Entity::find()
        .filter(assignment::Column::Status.eq("submitted"))
        .all(app.db())
        .await
        .unwrap()[0]
        .clone();
    let scores = laurel::db::entities::score::Entity::find()
        .filter(laurel::db::entities::score::Column::AssignmentId.eq(first.id))
        .order_by_asc(laurel::db::entities::score::Column::Id)
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(scores.len(), 7);
    let path = format!("/secretariat/assignments/{}/remove", first.id);
    sec.post(&path, &[("reason", "")]).await;
    assert!(
        assignment::Entity::find_by_id(first.id)
            .one(app.db())
            .await
            .unwrap()
            .is_some()
    );
    let answer = sec.post(&path, &[("reason", "Juror fell ill")]).await;
    assert_eq!(answer.status, Status::SeeOther);
    assert!(
        assignment::Entity::find_by_id(first.id)
            .one(app.db())
            .await
            .unwrap()
            .is_none()
    );
    let events =
        laurel::db::audit::for_subject(app.db(), "submission", &first.submission_id.to_string())
            .await
            .unwrap();
    assert_eq!(events[0].action, "assignment.removed");
    let details: serde_json::Value = serde_json::from_str(&events[0].details).unwrap();
    assert_eq!(details["reason"], "Juror fell ill");
    let kept = details["scorecard"]["scores"].as_array().unwrap();
    assert_eq!(kept.len(), 7, "every score is kept");
    for (kept, score) in kept.iter().zip(&scores) {
        assert_eq!(kept["half_points"], serde_json::json!(score.half_points));
        assert_eq!(kept["comment"], score.comment.as_str());
        assert_eq!(
            kept["history"].as_array().unwrap().len(),
            1,
            "with its history"
        );
    }
    assert_eq!(details["scorecard"]["status"], "submitted");
}

#[rocket::async_test]
async fn the_progress_board_counts_scorecards_and_filters_the_unfinished() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = app.browser().await;
    sec.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    let board = sec.get("/secretariat/editions/1/progress").await;
    assert_eq!(board.status, Status::Ok);
    assert!(
        board
            .body
            .contains("Jonas Weber</th><td class=\"num\" data-label=\"Done\">5 / 7"),
        "{}",
        board.body
    );
    let first_juror = board.body.find("Scorecards per juror").unwrap();
    let least = &board.body[first_juror..];
    assert!(
        least.find("Jonas Weber").unwrap() < least.find("Elena Marković").unwrap(),
        "least progress first"
    );
    let unfinished = sec
        .get("/secretariat/editions/1/progress?incomplete=true")
        .await;
    assert!(unfinished.body.contains("Jonas Weber"));
    assert!(
        !unfinished.body.contains("Elena Marković"),
        "finished jurors are filtered out"
    );
    let by_name = sec.get("/secretariat/editions/1/progress?sort=name").await;
    let jurors = &by_name.body[by_name.body.find("Scorecards per juror").unwrap()..];
    assert!(jurors.find("Claire Dubois").unwrap() < jurors.find("Jonas Weber").unwrap());
}

#[rocket::async_test]
async fn a_manual_assignment_is_refused_for_a_conflicted_or_duplicate_pair() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = app.browser().await;
    sec.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    let conflict = conflict_declaration::Entity::find()
        .all(app.db())
        .await
        .unwrap()[0]
        .clone();
    let path = "/secretariat/editions/1/assignments";
    let juror = conflict.juror_id.to_string();
    let sub = conflict.submission_id.to_string();
    sec.post(path, &[("juror", &juror), ("submission", &sub)])
        .await;
    let page = sec.get(path).await;
    assert!(
        page.body
            .contains("Not assigned: a conflict of interest excludes this juror"),
        "{}",
        page.body
    );
    let existing = assignment::Entity::find().all(app.db()).await.unwrap()[0].clone();
    let (j, s) = (
        existing.juror_id.to_string(),
        existing.submission_id.to_string(),
    );
    sec.post(path, &[("juror", &j), ("submission", &s)]).await;
    assert!(sec.get(path).await.body.contains("already assigned"));
    let assigned: HashSet<(i32, i32)> = assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.juror_id, a.submission_id))
        .collect();
    let members: Vec<i32> = laurel::db::entities::jury_membership::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let conflicts: HashSet<(i32, i32)> = conflict_declaration::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.juror_id, c.submission_id))
        .collect();
    let submissions: HashSet<i32> = assigned.iter().map(|(_, s)| *s).collect();
    let free = members
        .iter()
        .flat_map(|j| submissions.iter().map(move |s| (*j, *s)))
        .find(|pair| !assigned.contains(pair) && !conflicts.contains(pair))
        .unwrap();
    let before = assigned.len();
    let answer = sec
        .post(
            path,
            &[
                ("juror", &free.0.to_string()),
                ("submission", &free.1.to_string()),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther);
    let after = assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .len();
    assert_eq!(after, before + 1, "a free, non-conflicted pair is assigned");
}

#[rocket::async_test]
async fn the_design_summary_counts_every_added_assignment_and_names_the_calibration_block() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = app.browser().await;
    sec.login(
        "secretariat@laurel-demo.example",
        laurel::demo::DEMO_PASSWORD,
    )
    .await;
    let answer = sec
        .post(
            "/secretariat/editions/1/assignments/automatic",
            &[("per_submission", "4"), ("calibration", "2"), ("seed", "1")],
        )
        .await;
    assert_eq!(answer.status, Status::Ok, "{}", answer.body);
    assert!(
        answer.body.contains("18 assignments added."),
        "{}",
        answer.body
    );
    assert!(
        answer
            .body
            .contains("60 assignments (42 kept, 6 added for the calibration block, 12 added to reach 4 per submission)"),
        "{}",
        answer.body
    );
    assert!(
        answer
            .body
            .contains("Calibration block (every juror scores it): “")
    );
}

#[rocket::async_test]
async fn no_juror_is_assigned_once_the_consensus_phase_has_begun() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, laurel::domain::edition::EditionStatus::Consensus).await;
    let before = laurel::db::entities::assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .len();
    let mut sec = app.browser().await;
    sec.login(
        "secretariat@laurel-demo.example",
        laurel::demo::DEMO_PASSWORD,
    )
    .await;
    let automatic = sec
        .post(
            "/secretariat/editions/1/assignments/automatic",
            &[("per_submission", "4"), ("calibration", "0"), ("seed", "1")],
        )
        .await;
    assert_eq!(automatic.status, Status::Conflict);
    assert!(
        automatic.body.contains("this edition is in the phase"),
        "{}",
        automatic.body
    );
    let after = laurel::db::entities::assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .len();
    assert_eq!(before, after, "nothing was written");
}
