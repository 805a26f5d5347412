//! Between the jury evaluation and the consensus phase: opening the consensus is confirmed with
//! the scorecards by state, and the secretariat can go back with a reason while no consensus is
//! recorded, never at the same moment as a consensus is recorded.

use std::sync::Arc;

use laurel::db::entities::{consensus_score, submission};
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::fixtures::{CRITERIA, advance};
use crate::helpers::{Browser, TestApp, all_at_once};

const SECRETARIAT: &str = "secretariat@laurel-demo.example";
const RAPPORTEUR: &str = "samuel.okafor@laurel-demo.example";
const OPEN: &str = "/secretariat/editions/1/consensus/open";
const BACK: &str = "/secretariat/editions/1/consensus/back";
const STATUS: &str = "/secretariat/editions/1/status";

async fn demo(app: &TestApp) {
    crate::demo::seed(app).await;
}

async fn login<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut browser = app.browser().await;
    let answer = browser.login(email, DEMO_PASSWORD).await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    browser
}

async fn status(app: &TestApp) -> EditionStatus {
    laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap()
        .status
}

async fn coffee_project(app: &TestApp) -> i32 {
    submission::Entity::find()
        .filter(submission::Column::Title.eq("Coffee cooperatives and youth apprenticeships"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id
}

/// A complete consensus form: a score and a comment for every criterion.
fn consensus_fields() -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for key in CRITERIA {
        fields.push((format!("scores[{key}]"), "3.5".to_owned()));
        fields.push((format!("comments[{key}]"), format!("Agreed on {key}.")));
    }
    fields
}

fn as_pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

#[rocket::async_test]
async fn the_confirmation_page_shows_the_scorecards_by_state_and_warns_that_some_are_unfinished() {
    let app = TestApp::spawn().await;
    demo(&app).await;
    let mut sec = login(&app, SECRETARIAT).await;
    let edition = sec.get("/secretariat/editions/1").await;
    assert!(
        edition.body.contains(&format!("href=\"{OPEN}\"")),
        "the button leads to the confirmation page: {}",
        edition.body
    );
    assert!(
        !edition.body.contains("name=\"to\" value=\"consensus\""),
        "no one-click opening on the edition page"
    );
    let page = sec.get(OPEN).await;
    assert_eq!(page.status, Status::Ok);
    for fact in [
        "<dt>Eligible submissions</dt><dd>14</dd>",
        "<dt>Assignments</dt><dd>42</dd>",
        "<dt>Scorecards submitted</dt><dd>39</dd>",
        "<dt>Scorecards in progress</dt><dd>2</dd>",
        "<dt>Scorecards not started</dt><dd>1</dd>",
    ] {
        assert!(page.body.contains(fact), "{fact} in {}", page.body);
    }
    assert!(
        page.body
            .contains("3 of 42 scorecards are not submitted (2 in progress, 1 not started)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("name=\"confirm\" value=\"yes\""));
    assert!(page.body.contains("with 3 unfinished scorecards"));
}

#[rocket::async_test]
async fn opening_the_consensus_phase_without_confirming_changes_nothing() {
    let app = TestApp::spawn().await;
    demo(&app).await;
    let mut sec = login(&app, SECRETARIAT).await;
    let unconfirmed = sec.post(STATUS, &[("to", "consensus")]).await;
    assert_eq!(unconfirmed.status, Status::SeeOther);
    assert_eq!(unconfirmed.location.as_deref(), Some(OPEN));
    assert_eq!(status(&app).await, EditionStatus::JuryEvaluation);
    let page = sec.get(OPEN).await;
    assert!(
        page.body.contains(
            "The consensus phase was not opened: check the scorecards below and confirm."
        )
    );
    let wrong = sec
        .post(STATUS, &[("to", "consensus"), ("confirm", "no")])
        .await;
    assert_eq!(wrong.status, Status::SeeOther);
    assert_eq!(status(&app).await, EditionStatus::JuryEvaluation);
    let confirmed = sec
        .post(STATUS, &[("to", "consensus"), ("confirm", "yes")])
        .await;
    assert_eq!(confirmed.status, Status::SeeOther);
    assert_eq!(status(&app).await, EditionStatus::Consensus);
    let again = sec.get(OPEN).await;
    assert_eq!(again.status, Status::Conflict, "already open");
    assert!(again.body.contains("The consensus phase cannot open"));
}

/// The refused consensus shows every comment as typed, and neither the jurors' individual scores
/// nor their remarks (hidden again in the jury evaluation).
fn assert_typed_back_without_the_scores(body: &str) {
    assert!(body.contains("Consensus not recorded"), "{body}");
    for key in CRITERIA {
        assert!(body.contains(&format!("Agreed on {key}.")), "{key}: {body}");
    }
    assert!(!body.contains("Individual scores"), "{body}");
    assert!(!body.contains("Juror A"), "{body}");
}

#[rocket::async_test]
async fn a_consensus_sent_after_the_secretariat_went_back_comes_back_as_typed_without_the_scores() {
    let app = TestApp::spawn().await;
    demo(&app).await;
    let sid = coffee_project(&app).await;
    advance(&app, 1, EditionStatus::Consensus).await;
    let mut samuel = login(&app, RAPPORTEUR).await;
    let form = samuel.get(&format!("/jury/consensus/{sid}")).await;
    assert!(form.body.contains("Individual scores"), "{}", form.body);
    let mut sec = login(&app, SECRETARIAT).await;
    let back = sec
        .post(BACK, &[("reason", "One more scorecard is coming.")])
        .await;
    assert_eq!(back.status, Status::SeeOther, "{}", back.body);
    let fields = consensus_fields();
    let refused = samuel
        .post(&format!("/jury/consensus/{sid}"), &as_pairs(&fields))
        .await;
    assert_eq!(refused.status, Status::Conflict);
    assert_typed_back_without_the_scores(&refused.body);
    assert!(
        laurel::db::consensus::recorded(app.db(), crate::fixtures::round_of(&app, sid).await, sid)
            .await
            .unwrap()
            .is_empty()
    );
}

#[rocket::async_test]
async fn going_back_needs_a_reason_and_shows_the_typed_reason_with_the_error() {
    let app = TestApp::spawn().await;
    demo(&app).await;
    let mut sec = login(&app, SECRETARIAT).await;
    assert_eq!(
        sec.get(BACK).await.status,
        Status::Conflict,
        "only from the consensus phase"
    );
    advance(&app, 1, EditionStatus::Consensus).await;
    let edition = sec.get("/secretariat/editions/1").await;
    assert!(edition.body.contains(&format!("href=\"{BACK}\"")));
    let form = sec.get(BACK).await;
    assert_eq!(form.status, Status::Ok);
    assert!(
        form.body
            .contains("(39 submitted, 2 in progress, 1 not started)"),
        "{}",
        form.body
    );
    let empty = sec.post(BACK, &[("reason", "   ")]).await;
    assert_eq!(empty.status, Status::UnprocessableEntity);
    assert!(empty.body.contains("Reason: say why"), "{}", empty.body);
    assert!(empty.body.contains("href=\"#reason\""));
    let short = sec.post(BACK, &[("reason", "Too soon")]).await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert!(
        short.body.contains(">Too soon</textarea>"),
        "typed text kept"
    );
    let long = "x".repeat(2_001);
    let too_long = sec.post(BACK, &[("reason", &long)]).await;
    assert_eq!(too_long.status, Status::UnprocessableEntity);
    assert!(too_long.body.contains("Reason: at most 2000 characters"));
    assert_eq!(status(&app).await, EditionStatus::Consensus);
    let reason = "Nadia Benali had not started one of her scorecards.";
    let back = sec.post(BACK, &[("reason", reason)]).await;
    assert_eq!(back.status, Status::SeeOther, "{}", back.body);
    assert_eq!(status(&app).await, EditionStatus::JuryEvaluation);
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    assert_eq!(events[0].action, "edition.returned_to_evaluation");
    assert!(events[0].details.contains(reason));
    assert!(events[0].details.contains("\"from\":\"consensus\""));
    let page = sec.get("/secretariat/editions/1").await;
    assert!(page.body.contains("The edition is back in the phase"));
}

#[rocket::async_test]
async fn going_back_is_refused_once_a_consensus_is_recorded() {
    let app = TestApp::spawn().await;
    demo(&app).await;
    advance(&app, 1, EditionStatus::Consensus).await;
    let sid = coffee_project(&app).await;
    let mut samuel = login(&app, RAPPORTEUR).await;
    let fields = consensus_fields();
    let recorded = samuel
        .post(&format!("/jury/consensus/{sid}"), &as_pairs(&fields))
        .await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
    let mut sec = login(&app, SECRETARIAT).await;
    let page = sec.get(BACK).await;
    assert_eq!(page.status, Status::Conflict);
    assert!(
        page.body
            .contains("a consensus is already recorded for one submission"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("<textarea"), "no form when refused");
    let refused = sec
        .post(BACK, &[("reason", "We would like to look again.")])
        .await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(
        refused
            .body
            .contains("cannot go back to the jury evaluation")
    );
    assert!(
        refused
            .body
            .contains(">We would like to look again.</textarea>"),
        "the reason typed comes back: {}",
        refused.body
    );
    assert_eq!(status(&app).await, EditionStatus::Consensus);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn going_back_and_recording_a_consensus_at_once_never_both_succeed() {
    let app = Arc::new(TestApp::spawn().await);
    demo(&app).await;
    let sid = coffee_project(&app).await;
    let consensus_path = format!("/jury/consensus/{sid}");
    let fields = consensus_fields();
    let mut sec = login(&app, SECRETARIAT).await;
    let mut samuel = login(&app, RAPPORTEUR).await;
    let mut wins = (0, 0);
    for round in 0..6 {
        advance(&app, 1, EditionStatus::Consensus).await;
        consensus_score::Entity::delete_many()
            .exec(app.db())
            .await
            .unwrap();
        let reason = format!("Round {round}: one more scorecard is coming.");
        let back = sec.prepare_post(BACK, &[("reason", &reason)]).await;
        let consensus = samuel
            .prepare_post(&consensus_path, &as_pairs(&fields))
            .await;
        let (back, consensus) = if round % 2 == 0 {
            let answers = all_at_once(&app, vec![back, consensus]).await;
            let mut answers = answers.into_iter();
            (answers.next().unwrap(), answers.next().unwrap())
        } else {
            let answers = all_at_once(&app, vec![consensus, back]).await;
            let mut answers = answers.into_iter();
            let consensus = answers.next().unwrap();
            (answers.next().unwrap(), consensus)
        };
        assert!(
            [Status::SeeOther, Status::Conflict].contains(&back.status),
            "going back: {} {}",
            back.status,
            back.body
        );
        assert!(
            [Status::SeeOther, Status::Conflict].contains(&consensus.status),
            "consensus: {} {}",
            consensus.status,
            consensus.body
        );
        let went_back = back.status == Status::SeeOther;
        let agreed = consensus.status == Status::SeeOther;
        assert!(
            went_back != agreed,
            "round {round}: exactly one wins (back {}, consensus {})",
            back.status,
            consensus.status
        );
        let recorded = laurel::db::consensus::recorded(
            app.db(),
            crate::fixtures::round_of(&app, sid).await,
            sid,
        )
        .await
        .unwrap();
        let now = status(&app).await;
        if went_back {
            wins.0 += 1;
            assert!(recorded.is_empty(), "no consensus after going back");
            assert_typed_back_without_the_scores(&consensus.body);
            assert_eq!(now, EditionStatus::JuryEvaluation);
        } else {
            wins.1 += 1;
            assert_eq!(recorded.len(), CRITERIA.len());
            assert_eq!(now, EditionStatus::Consensus);
        }
    }
    assert_eq!(wins.0 + wins.1, 6);
}

#[rocket::async_test]
async fn only_the_secretariat_opens_the_consensus_phase_or_goes_back() {
    let app = TestApp::spawn().await;
    demo(&app).await;
    let mut jonas = login(&app, "jonas.weber@laurel-demo.example").await;
    let mut applicant = login(&app, "international@roeselare.example").await;
    let mut anonymous = app.browser().await;
    for (browser, expected) in [
        (&mut jonas, Status::Forbidden),
        (&mut applicant, Status::Forbidden),
        (&mut anonymous, Status::SeeOther),
    ] {
        assert_eq!(browser.get(OPEN).await.status, expected);
        assert_eq!(browser.get(BACK).await.status, expected);
        let open = browser
            .post(STATUS, &[("to", "consensus"), ("confirm", "yes")])
            .await;
        assert_eq!(open.status, expected);
        assert_eq!(status(&app).await, EditionStatus::JuryEvaluation);
    }
    advance(&app, 1, EditionStatus::Consensus).await;
    for (browser, expected) in [
        (&mut jonas, Status::Forbidden),
        (&mut applicant, Status::Forbidden),
        (&mut anonymous, Status::SeeOther),
    ] {
        let back = browser
            .post(BACK, &[("reason", "I would like more time to score.")])
            .await;
        assert_eq!(back.status, expected);
        assert_eq!(status(&app).await, EditionStatus::Consensus);
    }
}
