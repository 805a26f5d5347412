//! Removing a juror from a jury: the confirmation states what happens to their assignments, the
//! removal needs a reason, keeps submitted scorecards unless they are withdrawn too, archives
//! what it removes in the audit log, and is refused from the decision on and for the last chair.

use laurel::db::entities::{assignment, audit_entry, jury_membership, user};
use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{Browser, TestApp};

async fn secretariat(app: &TestApp) -> Browser<'_> {
    crate::demo::seed(app).await;
    let mut browser = app.browser().await;
    browser.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    browser
}

async fn account_id(app: &TestApp, email: &str) -> i32 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The juror's assignments in edition 1, by status.
async fn assignments_of(app: &TestApp, juror: i32) -> Vec<assignment::Model> {
    assignment::Entity::find()
        .filter(assignment::Column::JurorId.eq(juror))
        .all(app.db())
        .await
        .unwrap()
}

async fn is_member(app: &TestApp, juror: i32) -> bool {
    jury_membership::Entity::find()
        .filter(jury_membership::Column::EditionId.eq(1))
        .filter(jury_membership::Column::UserId.eq(juror))
        .one(app.db())
        .await
        .unwrap()
        .is_some()
}

async fn audit(app: &TestApp, action: &str) -> Vec<serde_json::Value> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .all(app.db())
        .await
        .unwrap()
        .iter()
        .map(|e| serde_json::from_str(&e.details).unwrap())
        .collect()
}

const JONAS: &str = "jonas.weber@laurel-demo.example";

#[rocket::async_test]
async fn removing_a_juror_states_the_counts_then_keeps_submitted_scorecards_and_archives_the_rest()
{
    let app = TestApp::spawn().await;
    let mut sec = secretariat(&app).await;
    let jonas = account_id(&app, JONAS).await;
    let before = assignments_of(&app, jonas).await;
    let submitted = before.iter().filter(|a| a.status == "submitted").count();
    let unsubmitted = before.len() - submitted;
    assert!(submitted > 0 && unsubmitted > 0, "the demo juror has both");

    let jury = sec.get("/secretariat/editions/1/jury").await;
    let path = format!("/secretariat/editions/1/jury/{jonas}/remove");
    assert!(jury.body.contains(&format!("href=\"{path}\"")));
    let confirm = sec.get(&path).await;
    assert_eq!(confirm.status, Status::Ok);
    let not_started = before.iter().filter(|a| a.status == "not_started").count();
    assert!(
        confirm.body.contains(&format!(
            "<strong>{not_started}</strong> assignments not started and <strong>{}</strong> draft scorecards are removed",
            unsubmitted - not_started
        )),
        "{}",
        confirm.body
    );
    assert!(confirm.body.contains(&format!(
        "<strong>{submitted}</strong> submitted scorecards are kept and keep counting"
    )));

    let short = sec.post(&path, &[("reason", "too short")]).await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert!(short.body.contains("at least 10 characters"));
    assert!(
        is_member(&app, jonas).await,
        "nothing happens without a reason"
    );

    let done = sec
        .post(
            &path,
            &[("reason", "He has taken a post at a candidate city.")],
        )
        .await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    assert!(!is_member(&app, jonas).await);
    let after = assignments_of(&app, jonas).await;
    assert_eq!(after.len(), submitted);
    assert!(after.iter().all(|a| a.status == "submitted"));
    let removed = audit(&app, "assignment.removed").await;
    assert_eq!(removed.len(), unsubmitted);
    assert!(
        removed
            .iter()
            .all(|d| d["juror"] == jonas && d["scorecard"]["scores"].is_array()),
        "{removed:?}"
    );
    let left = audit(&app, "jury.member_removed").await;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["juror"], jonas);
    assert_eq!(
        left[0]["reason"],
        "He has taken a post at a candidate city."
    );
    assert_eq!(left[0]["submitted"], submitted);
    assert_eq!(left[0]["scorecards_kept"], submitted);
    assert_eq!(left[0]["membership"]["role"], "member");
    let page = sec.get("/secretariat/editions/1/jury").await;
    assert!(page.body.contains("The juror has left the jury"));
    assert!(!page.body.contains(JONAS));
}

#[rocket::async_test]
async fn withdrawing_their_submitted_scorecards_removes_every_assignment_and_keeps_a_pseudonym() {
    let app = TestApp::spawn().await;
    let mut sec = secretariat(&app).await;
    let jonas = account_id(&app, JONAS).await;
    let count = assignments_of(&app, jonas).await.len();
    // Something Jonas did on the edition, so that the audit export has him as an actor.
    laurel::db::audit::record(
        app.db(),
        app.clock().now(),
        laurel::db::audit::AuditEvent {
            actor_id: Some(jonas),
            action: "conflict.declared",
            subject_type: "edition",
            subject_id: Some("1".to_owned()),
            details: serde_json::json!({}),
        },
    )
    .await
    .unwrap();
    let path = format!("/secretariat/editions/1/jury/{jonas}/remove");
    let done = sec
        .post(
            &path,
            &[
                ("reason", "Undeclared conflict with several applicants."),
                ("withdraw_submitted", "true"),
            ],
        )
        .await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    assert!(assignments_of(&app, jonas).await.is_empty());
    assert_eq!(audit(&app, "assignment.removed").await.len(), count);
    assert_eq!(
        audit(&app, "jury.member_removed").await[0]["submitted_withdrawn"],
        true
    );
    let (status, bytes) = sec
        .get_bytes("/secretariat/editions/1/export/audit.csv")
        .await;
    assert_eq!(status, Status::Ok);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("jury.member_removed"));
    assert!(
        !text.contains("Jonas Weber"),
        "a removed juror stays a pseudonym in the audit export"
    );
}

#[rocket::async_test]
async fn the_last_chair_and_any_juror_after_the_decision_cannot_be_removed() {
    let app = TestApp::spawn().await;
    let mut sec = secretariat(&app).await;
    let chair = account_id(&app, "elena.markovic@laurel-demo.example").await;
    let path = format!("/secretariat/editions/1/jury/{chair}/remove");
    let page = sec.get(&path).await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body.contains("they are the only chair"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("name=\"reason\""), "no form");
    let refused = sec
        .post(&path, &[("reason", "The chair wants to step down now.")])
        .await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(is_member(&app, chair).await);

    let jonas = account_id(&app, JONAS).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Decided).await;
    let path = format!("/secretariat/editions/1/jury/{jonas}/remove");
    assert!(sec.get(&path).await.body.contains("the edition is"));
    let refused = sec
        .post(&path, &[("reason", "Too late to leave the jury now.")])
        .await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(
        refused.body.contains("from the decision on"),
        "{}",
        refused.body
    );
    assert!(is_member(&app, jonas).await);
    let outsider = account_id(&app, "international@roeselare.example").await;
    let not_on_jury = sec
        .get(&format!("/secretariat/editions/1/jury/{outsider}/remove"))
        .await;
    assert_eq!(not_on_jury.status, Status::NotFound);
}
