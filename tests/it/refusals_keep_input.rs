//! Every refusal of a secretariat form with a typed reason brings the page back (422) with the
//! reason as typed in its field and the problem next to it: removing an assignment, reopening a
//! scorecard, changing the official method, removing a decision; and a decision refused outside
//! the consensus phase (409) shows what was typed.

use laurel::db::entities::{assignment, award_decision};
use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use laurel::domain::results::OfficialMethod;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{Browser, TestApp};

async fn secretariat(app: &TestApp) -> Browser<'_> {
    let mut browser = app.browser().await;
    browser.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    browser
}

async fn submitted_assignment(app: &TestApp) -> assignment::Model {
    assignment::Entity::find()
        .filter(assignment::Column::Status.eq("submitted"))
        .all(app.db())
        .await
        .unwrap()[0]
        .clone()
}

#[rocket::async_test]
async fn a_refused_removal_of_an_assignment_shows_the_typed_reason_next_to_the_problem() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = secretariat(&app).await;
    let first = submitted_assignment(&app).await;
    let path = format!("/secretariat/assignments/{}/remove", first.id);

    let short = sec.post(&path, &[("reason", "ill")]).await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert!(short.body.contains(r#"value="ill""#), "{}", short.body);
    assert!(
        short
            .body
            .contains("Reason: say why the assignment is removed (at least 5 characters)")
    );
    assert!(
        short
            .body
            .contains(&format!(r#"id="reason-{}-error""#, first.id)),
        "the problem is next to the row's field"
    );

    let long = "The juror fell ill. ".repeat(110);
    let too_long = sec.post(&path, &[("reason", &long)]).await;
    assert_eq!(too_long.status, Status::UnprocessableEntity);
    assert!(too_long.body.contains(&format!(r#"value="{long}""#)));
    assert!(too_long.body.contains("Reason: at most 2000 characters"));

    assert!(
        assignment::Entity::find_by_id(first.id)
            .one(app.db())
            .await
            .unwrap()
            .is_some(),
        "nothing is removed"
    );
}

#[rocket::async_test]
async fn a_refused_reopening_of_a_scorecard_shows_the_typed_reason_next_to_the_problem() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = secretariat(&app).await;
    let first = submitted_assignment(&app).await;
    let path = format!("/secretariat/assignments/{}/reopen", first.id);

    let short = sec.post(&path, &[("reason", "typo")]).await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert!(short.body.contains(r#"value="typo""#), "{}", short.body);
    assert!(
        short
            .body
            .contains("Reason: say why the scorecard is reopened (at least 5 characters)")
    );
    assert!(
        short
            .body
            .contains(&format!(r#"id="reopen-{}-error""#, first.id))
    );

    let long = "A score was mistyped. ".repeat(100);
    let too_long = sec.post(&path, &[("reason", &long)]).await;
    assert_eq!(too_long.status, Status::UnprocessableEntity);
    assert!(too_long.body.contains(&format!(r#"value="{long}""#)));
    assert!(too_long.body.contains("Reason: at most 2000 characters"));

    let still = assignment::Entity::find_by_id(first.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still.status, "submitted", "nothing is reopened");
}

#[rocket::async_test]
async fn a_refused_change_of_the_official_method_shows_the_typed_reason_and_the_method_chosen() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = secretariat(&app).await;
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "consensus_total")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    assert_eq!(
        sec.get("/secretariat/editions/1/results").await.status,
        Status::Ok
    );

    let short = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated"), ("reason", "we agreed")],
        )
        .await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert!(
        short.body.contains(">we agreed</textarea>"),
        "{}",
        short.body
    );
    assert!(
        short
            .body
            .contains("Reason: say why the method changes (at least 10 characters)")
    );
    assert!(
        short.body.contains(r#"value="calibrated" checked"#),
        "the method chosen stays chosen"
    );
    assert!(short.body.contains("<details open>"), "the form is open");

    let silent = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(silent.status, Status::UnprocessableEntity);
    assert!(
        silent
            .body
            .contains("changing the method needs a written reason")
    );
    assert!(silent.body.contains(r#"value="calibrated" checked"#));

    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.method, Some(OfficialMethod::ConsensusTotal));
}

#[rocket::async_test]
async fn a_refused_removal_of_a_decision_shows_the_typed_reason_next_to_the_problem() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = secretariat(&app).await;
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
    let path = format!("/secretariat/decisions/{}/remove", decision.id);

    let short = sec.post(&path, &[("reason", "mistake")]).await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert!(short.body.contains(">mistake</textarea>"), "{}", short.body);
    assert!(
        short
            .body
            .contains("Reason: say why the decision is removed (at least 10 characters)")
    );
    assert!(short.body.contains("<details open>"), "the form is open");
    assert!(
        short.body.contains("The jury&#39;s decisions")
            || short.body.contains("The jury's decisions"),
        "the decisions page, not an error page"
    );

    let long = "The vote was recorded twice. ".repeat(80);
    let too_long = sec.post(&path, &[("reason", &long)]).await;
    assert_eq!(too_long.status, Status::UnprocessableEntity);
    assert!(too_long.body.contains(&format!(">{long}</textarea>")));
    assert!(too_long.body.contains("Reason: at most 2000 characters"));

    assert!(
        award_decision::Entity::find_by_id(decision.id)
            .one(app.db())
            .await
            .unwrap()
            .is_some(),
        "nothing is removed"
    );
}

#[rocket::async_test]
async fn a_scorecard_saved_after_scoring_closed_comes_back_with_what_the_juror_typed() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/assignments/{}", draft.id);
    let stamp = crate::scoring::stamp_in(&jonas.get(&path).await.body);
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let late = jonas
        .post(
            &path,
            &[
                ("stamp", stamp.as_str()),
                ("action", "save"),
                ("scores[sustainability]", "4"),
                (
                    "comments[sustainability]",
                    "Maintenance is funded by both councils",
                ),
                ("overall", "A partnership that will outlast the grant"),
            ],
        )
        .await;
    assert_eq!(late.status, Status::Conflict);
    assert!(
        late.body.contains("Not saved. Scoring is closed"),
        "{}",
        late.body
    );
    assert!(
        late.body
            .contains(">Maintenance is funded by both councils</textarea>"),
        "the typed comment is shown"
    );
    assert!(
        late.body
            .contains(">A partnership that will outlast the grant</textarea>")
    );
}

#[rocket::async_test]
async fn a_consensus_sent_after_the_phase_ended_comes_back_with_what_was_typed() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let sid = crate::consensus::coffee_project(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut samuel = app.browser().await;
    samuel
        .login("samuel.okafor@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/consensus/{sid}");
    assert_eq!(samuel.get(&path).await.status, Status::Ok);
    crate::fixtures::advance(&app, 1, EditionStatus::Decided).await;
    let late = samuel
        .post(
            &path,
            &[
                ("scores[resident_participation]", "3.5"),
                (
                    "comments[resident_participation]",
                    "Residents chose the sites themselves",
                ),
            ],
        )
        .await;
    assert_eq!(late.status, Status::Conflict);
    assert!(
        late.body.contains("The consensus can no longer change"),
        "{}",
        late.body
    );
    assert!(
        late.body
            .contains(">Residents chose the sites themselves</textarea>"),
        "the typed comment is shown"
    );
    assert!(
        laurel::db::consensus::recorded(app.db(), crate::fixtures::round_of(&app, sid).await, sid)
            .await
            .unwrap()
            .is_empty(),
        "nothing is recorded"
    );
}

#[rocket::async_test]
async fn a_decision_sent_or_removed_after_the_phase_ended_comes_back_with_what_was_typed() {
    use laurel::db::entities::edition;
    use sea_orm::{ActiveModelTrait, Set};

    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = secretariat(&app).await;
    sec.post(
        "/secretariat/editions/1/results/method",
        &[("method", "calibrated")],
    )
    .await;
    let top = crate::decisions::ranking(&app).await;
    let fields = crate::decisions::fields(&app, top[0].0, "first", "for", false).await;
    let done = crate::decisions::decide(&mut sec, &fields).await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    let decision = award_decision::Entity::find()
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    // Another secretariat member moves the edition on while this page is open.
    let mut moved: edition::ActiveModel = edition::Entity::find_by_id(1)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .into();
    moved.status = Set("decided".to_owned());
    moved.update(app.db()).await.unwrap();

    let mut second = crate::decisions::fields(&app, top[1].0, "special", "for", false).await;
    second.push((
        "special_name".to_owned(),
        "Prize for youth participation".to_owned(),
    ));
    second.retain(|(k, _)| k != "rationale");
    second.push((
        "rationale".to_owned(),
        "Young residents ran the assemblies themselves.".to_owned(),
    ));
    let refused = crate::decisions::decide(&mut sec, &second).await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(
        refused.body.contains("Decision not recorded"),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("Young residents ran the assemblies themselves.")
    );
    assert!(refused.body.contains("Prize for youth participation"));
    assert!(
        refused.body.contains("Vote of "),
        "each juror's vote comes back"
    );
    assert!(refused.body.contains("Back to the decisions"));

    let removal = sec
        .post(
            &format!("/secretariat/decisions/{}/remove", decision.id),
            &[("reason", "The vote was recorded for the wrong project.")],
        )
        .await;
    assert_eq!(removal.status, Status::Conflict);
    assert!(
        removal
            .body
            .contains("The vote was recorded for the wrong project."),
        "{}",
        removal.body
    );
    assert_eq!(
        award_decision::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .len(),
        1
    );
}
