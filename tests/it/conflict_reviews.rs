//! Conflicts the conflicted cannot lift: a juror only makes a declaration stricter; lowering it
//! is a request that the secretariat (or the chair, for others) decides with a reason; and a
//! late declaration suspends a scorecard instead of deleting it.

use laurel::db::entities::{assignment, conflict_declaration, user};
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{Browser, TestApp};

async fn demo_login<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut browser = app.browser().await;
    let answer = browser.login(email, DEMO_PASSWORD).await;
    assert_eq!(answer.status, Status::SeeOther);
    browser
}

async fn user_id(app: &TestApp, email: &str) -> i32 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn declaration(app: &TestApp, sid: i32, juror: i32) -> conflict_declaration::Model {
    conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::SubmissionId.eq(sid))
        .filter(conflict_declaration::Column::JurorId.eq(juror))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
}

/// A submitted scorecard of the juror's, on a submission they have not declared anything on.
async fn submitted_card(app: &TestApp, juror: i32) -> assignment::Model {
    let declared: Vec<i32> = conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::JurorId.eq(juror))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.submission_id)
        .collect();
    assignment::Entity::find()
        .filter(assignment::Column::JurorId.eq(juror))
        .filter(assignment::Column::Status.eq("submitted"))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|a| !declared.contains(&a.submission_id))
        .expect("a submitted scorecard in the demo")
}

const ELENA: &str = "elena.markovic@laurel-demo.example";
const JONAS: &str = "jonas.weber@laurel-demo.example";

#[rocket::async_test]
async fn an_excluded_chair_cannot_lift_her_exclusion_by_declaring_none_and_stays_out_of_consensus()
{
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let elena_id = user_id(&app, ELENA).await;
    let card = submitted_card(&app, elena_id).await;
    let sid = card.submission_id;
    let mut elena = demo_login(&app, ELENA).await;
    let path = format!("/jury/editions/1/conflicts/{sid}");
    let declared = elena
        .post(
            &path,
            &[
                ("level", "potential"),
                ("reason", "recent_collaboration"),
                ("details", "I advised the lead city in 2024."),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther, "{}", declared.body);
    let mut sec = demo_login(&app, laurel::demo::SECRETARIAT_EMAIL).await;
    let d = declaration(&app, sid, elena_id).await;
    let excluded = sec
        .post(
            &format!("/secretariat/conflicts/{}/decision", d.id),
            &[("decision", "excluded")],
        )
        .await;
    assert_eq!(excluded.status, Status::SeeOther);

    for (level, reason, details) in [
        ("none", "", ""),
        (
            "potential",
            "other_appearance",
            "Let me declare it again, undecided.",
        ),
    ] {
        let lowered = elena
            .post(
                &path,
                &[("level", level), ("reason", reason), ("details", details)],
            )
            .await;
        assert_eq!(
            lowered.status,
            Status::Conflict,
            "{level}: {}",
            lowered.body
        );
        assert!(
            lowered.body.contains(
                "can only be made stricter here. To lower or withdraw it, ask for a review"
            ),
            "{}",
            lowered.body
        );
        let after = declaration(&app, sid, elena_id).await;
        assert_eq!(after.level, "potential");
        assert_eq!(
            after.decision.as_deref(),
            Some("excluded"),
            "the exclusion holds"
        );
    }

    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let consensus = format!("/jury/consensus/{sid}");
    assert_eq!(elena.get(&consensus).await.status, Status::NotFound);
    let recorded = elena
        .post(&consensus, &[("scores[resident_participation]", "3")])
        .await;
    assert_eq!(recorded.status, Status::NotFound);
}

#[rocket::async_test]
async fn a_disqualifying_declaration_is_lowered_only_when_the_secretariat_grants_a_request_with_a_reason()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let jonas_id = user_id(&app, JONAS).await;
    let card = submitted_card(&app, jonas_id).await;
    let sid = card.submission_id;
    let mut jonas = demo_login(&app, JONAS).await;
    let declared = jonas
        .post(
            &format!("/jury/editions/1/conflicts/{sid}"),
            &[
                ("level", "disqualifying"),
                ("reason", "close_tie"),
                ("details", ""),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther);
    let withdrawn = jonas
        .post(
            &format!("/jury/editions/1/conflicts/{sid}"),
            &[("level", "none"), ("reason", ""), ("details", "")],
        )
        .await;
    assert_eq!(withdrawn.status, Status::Conflict);
    assert_eq!(
        declaration(&app, sid, jonas_id).await.level,
        "disqualifying"
    );

    let review = format!("/jury/editions/1/conflicts/{sid}/review");
    let short = jonas
        .post(
            &review,
            &[("requested_level", "none"), ("explanation", "oops")],
        )
        .await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert!(short.body.contains(
        "Explanation: say why the declaration should be lowered (at least 10 characters)"
    ));
    assert!(
        short.body.contains(">oops</textarea>"),
        "the typed text comes back"
    );
    let asked = jonas
        .post(
            &review,
            &[
                ("requested_level", "none"),
                (
                    "explanation",
                    "Wrong project: my sister works on another one.",
                ),
            ],
        )
        .await;
    assert_eq!(asked.status, Status::SeeOther, "{}", asked.body);
    let d = declaration(&app, sid, jonas_id).await;
    assert_eq!(
        d.level, "disqualifying",
        "a request changes nothing by itself"
    );
    assert_eq!(d.requested_level.as_deref(), Some("none"));
    let again = jonas
        .post(
            &review,
            &[
                ("requested_level", "none"),
                ("explanation", "Asking a second time, louder."),
            ],
        )
        .await;
    assert_eq!(again.status, Status::Conflict, "one request at a time");
    assert!(
        again
            .body
            .contains(">Asking a second time, louder.</textarea>"),
        "the refused explanation comes back: {}",
        again.body
    );
    assert!(again.body.contains("already waiting for a decision"));
    let suspended = jonas.get(&format!("/jury/assignments/{}", card.id)).await;
    assert!(
        suspended.body.contains("Scorecard suspended")
            && !suspended.body.contains("name=\"scores["),
        "the scorecard stays suspended while the request waits: {}",
        suspended.body
    );

    let mut elena = demo_login(&app, ELENA).await;
    let chair_page = elena.get("/jury/editions/1/conflicts").await;
    assert!(
        chair_page
            .body
            .contains("Wrong project: my sister works on another one.")
    );
    let mut sec = demo_login(&app, laurel::demo::SECRETARIAT_EMAIL).await;
    let list = sec.get("/secretariat/editions/1/conflicts").await;
    assert!(
        list.body
            .contains("The juror asks to change it to no conflict")
    );
    assert!(list.body.contains("Their submitted scorecard is suspended"));
    let decide = format!("/secretariat/conflicts/{}/review", d.id);
    let no_reason = sec
        .post(&decide, &[("decision", "grant"), ("reason", "ok")])
        .await;
    assert_eq!(no_reason.status, Status::UnprocessableEntity);
    assert!(
        no_reason
            .body
            .contains("Reason: say why the request is granted or refused (at least 10 characters); nothing was decided."),
        "{}",
        no_reason.body
    );
    assert!(
        no_reason.body.contains(">ok</textarea>"),
        "the typed reason comes back"
    );
    assert_eq!(
        declaration(&app, sid, jonas_id).await.level,
        "disqualifying",
        "nothing is decided without a reason"
    );
    let granted = sec
        .post(
            &decide,
            &[
                ("decision", "grant"),
                (
                    "reason",
                    "Checked with the applicant: no tie to this project.",
                ),
            ],
        )
        .await;
    assert_eq!(granted.status, Status::SeeOther);
    let d = declaration(&app, sid, jonas_id).await;
    assert_eq!(d.level, "none");
    assert_eq!(d.requested_level, None);
    let events = laurel::db::audit::for_subject(app.db(), "submission", &sid.to_string())
        .await
        .unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.action == "conflict.review_requested")
    );
    assert!(events.iter().any(|e| e.action == "conflict.review_granted"
        && e.details.contains("Checked with the applicant")));
    let resumed = assignment::Entity::find_by_id(card.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert!(!resumed.suspended);
    assert_eq!(resumed.status, "submitted", "it counts again, unchanged");
}

#[rocket::async_test]
async fn the_chair_decides_another_jurors_review_request_but_never_her_own() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let jonas_id = user_id(&app, JONAS).await;
    let elena_id = user_id(&app, ELENA).await;
    let jonas_card = submitted_card(&app, jonas_id).await;
    let elena_card = submitted_card(&app, elena_id).await;
    let mut jonas = demo_login(&app, JONAS).await;
    let mut elena = demo_login(&app, ELENA).await;
    for (browser, sid) in [
        (&mut jonas, jonas_card.submission_id),
        (&mut elena, elena_card.submission_id),
    ] {
        let declared = browser
            .post(
                &format!("/jury/editions/1/conflicts/{sid}"),
                &[("level", "disqualifying"), ("reason", "direct_interest")],
            )
            .await;
        assert_eq!(declared.status, Status::SeeOther);
        let asked = browser
            .post(
                &format!("/jury/editions/1/conflicts/{sid}/review"),
                &[
                    ("requested_level", "potential"),
                    ("requested_reason", "recent_collaboration"),
                    ("explanation", "Only a conference panel together in 2023."),
                ],
            )
            .await;
        assert_eq!(asked.status, Status::SeeOther, "{}", asked.body);
    }
    let own = declaration(&app, elena_card.submission_id, elena_id).await;
    let refused = elena
        .post(
            &format!("/jury/conflicts/{}/review", own.id),
            &[("decision", "grant"), ("reason", "I am sure it is fine.")],
        )
        .await;
    assert_eq!(refused.status, Status::SeeOther);
    assert_eq!(
        declaration(&app, elena_card.submission_id, elena_id)
            .await
            .level,
        "disqualifying",
        "the chair cannot lift her own"
    );
    let other = declaration(&app, jonas_card.submission_id, jonas_id).await;
    let too_short = elena
        .post(
            &format!("/jury/conflicts/{}/review", other.id),
            &[("decision", "grant"), ("reason", "fine")],
        )
        .await;
    assert_eq!(too_short.status, Status::UnprocessableEntity);
    assert!(
        too_short.body.contains(">fine</textarea>"),
        "the chair's typed reason comes back: {}",
        too_short.body
    );
    assert_eq!(
        declaration(&app, jonas_card.submission_id, jonas_id)
            .await
            .level,
        "disqualifying"
    );
    let granted = elena
        .post(
            &format!("/jury/conflicts/{}/review", other.id),
            &[
                ("decision", "grant"),
                ("reason", "A panel is not a collaboration."),
            ],
        )
        .await;
    assert_eq!(granted.status, Status::SeeOther);
    // The secretariat, on a page opened before the chair decided, decides the same request.
    let mut sec = demo_login(&app, laurel::demo::SECRETARIAT_EMAIL).await;
    let late = sec
        .post(
            &format!("/secretariat/conflicts/{}/review", other.id),
            &[
                ("decision", "refuse"),
                ("reason", "The panel was a real collaboration."),
            ],
        )
        .await;
    assert_eq!(late.status, Status::Conflict);
    assert!(
        late.body.contains("The panel was a real collaboration."),
        "the reason typed comes back: {}",
        late.body
    );
    let after = declaration(&app, jonas_card.submission_id, jonas_id).await;
    assert_eq!(after.level, "potential");
    assert_eq!(after.decision.as_deref(), Some("allowed"));
    assert_eq!(
        jonas
            .get(&format!("/jury/assignments/{}", jonas_card.id))
            .await
            .status,
        Status::Ok
    );
    let mut claire = demo_login(&app, "claire.dubois@laurel-demo.example").await;
    let not_chair = claire
        .post(
            &format!("/jury/conflicts/{}/review", own.id),
            &[("decision", "grant"), ("reason", "Not my call but still.")],
        )
        .await;
    assert_eq!(not_chair.status, Status::NotFound);
}

#[rocket::async_test]
async fn a_late_potential_conflict_suspends_a_submitted_scorecard_and_allowing_it_brings_it_back_unchanged()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let jonas_id = user_id(&app, JONAS).await;
    let card = submitted_card(&app, jonas_id).await;
    let sid = card.submission_id;
    let scores_before = laurel::db::scores::load(app.db(), card.id)
        .await
        .unwrap()
        .unwrap()
        .scores;
    let mut jonas = demo_login(&app, JONAS).await;
    let declared = jonas
        .post(
            &format!("/jury/editions/1/conflicts/{sid}"),
            &[
                ("level", "potential"),
                ("reason", "recent_collaboration"),
                ("details", "I worked with their partner city last year."),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther);
    let kept = assignment::Entity::find_by_id(card.id)
        .one(app.db())
        .await
        .unwrap()
        .expect("declaring never deletes a scorecard");
    assert!(kept.suspended);
    assert_eq!(kept.status, "submitted");
    let dashboard = jonas.get("/jury").await;
    assert!(dashboard.body.contains("Suspended: conflict of interest"));
    let page = jonas.get(&format!("/jury/assignments/{}", card.id)).await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains("Nothing in it is lost"));
    assert!(
        !page.body.contains("name=\"scores["),
        "no scoring form, and no application, while suspended"
    );

    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let individual = laurel::db::consensus::submitted_scorecards(
        app.db(),
        crate::fixtures::round_of(&app, sid).await,
        sid,
    )
    .await
    .unwrap();
    assert!(
        individual.iter().all(|c| c.assignment_id != card.id),
        "a suspended scorecard is out of the consensus"
    );
    let rubric = app
        .client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .unwrap()
        .get("platforma")
        .unwrap()
        .clone();
    let input = laurel::db::results::input(
        app.db(),
        (
            1,
            laurel::db::rounds::current_id(app.db(), 1).await.unwrap(),
        ),
        rubric,
        laurel::domain::results::OfficialMethod::ConsensusTotal,
        7,
    )
    .await
    .unwrap();
    assert!(
        input.scorecards.iter().all(|c| c.assignment_id != card.id),
        "and out of the results"
    );
    let mut sec = demo_login(&app, laurel::demo::SECRETARIAT_EMAIL).await;
    let assignments = sec.get("/secretariat/editions/1/assignments").await;
    assert!(
        assignments.body.contains("Suspended"),
        "the secretariat sees it"
    );
    let d = declaration(&app, sid, jonas_id).await;
    let allowed = sec
        .post(
            &format!("/secretariat/conflicts/{}/decision", d.id),
            &[("decision", "allowed")],
        )
        .await;
    assert_eq!(allowed.status, Status::SeeOther);
    let back = assignment::Entity::find_by_id(card.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert!(!back.suspended);
    assert_eq!(back.status, "submitted");
    assert_eq!(back.submitted_at, card.submitted_at);
    let scores_after = laurel::db::scores::load(app.db(), card.id)
        .await
        .unwrap()
        .unwrap()
        .scores;
    assert_eq!(scores_before, scores_after, "the scores are unchanged");
    let events = laurel::db::audit::for_subject(app.db(), "assignment", &card.id.to_string())
        .await
        .unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"scorecard.suspended"), "{actions:?}");
    assert!(actions.contains(&"scorecard.resumed"), "{actions:?}");
    let individual = laurel::db::consensus::submitted_scorecards(
        app.db(),
        crate::fixtures::round_of(&app, sid).await,
        sid,
    )
    .await
    .unwrap();
    assert!(individual.iter().any(|c| c.assignment_id == card.id));
}
