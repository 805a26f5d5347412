//! The jury's decisions: prizes with a rationale and each voting juror's vote (conflicted jurors
//! never vote), ex aequo only when explicit, an exact podium tie that blocks the decided state
//! until the jury settles it, and the chair's confirmation.

use laurel::db::entities::{
    award_decision, conflict_declaration, consensus_score, submission, user,
};
use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::helpers::{Browser, TestApp};

const CHAIR: &str = "elena.markovic@laurel-demo.example";

async fn secretariat(app: &TestApp) -> Browser<'_> {
    let mut browser = app.browser().await;
    browser.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
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

/// The official ranking as (submission id, rank, tie) in order.
pub(crate) async fn ranking(app: &TestApp) -> Vec<(i32, usize, bool)> {
    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let (rubric, _) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
        .await
        .unwrap();
    let mut input = laurel::db::results::input(
        app.db(),
        (
            1,
            laurel::db::rounds::current_id(app.db(), 1).await.unwrap(),
        ),
        rubric,
        record.method.unwrap(),
        record.seed.unwrap(),
    )
    .await
    .unwrap();
    input.replicates = 0;
    laurel::domain::results::compute(&input)
        .unwrap()
        .official
        .iter()
        .map(|l| (l.submission_id, l.rank, l.tie_unresolved))
        .collect()
}

/// The decision form's fields, every voter voting `vote`.
pub(crate) async fn fields(
    app: &TestApp,
    submission: i32,
    prize: &str,
    vote: &str,
    ex_aequo: bool,
) -> Vec<(String, String)> {
    let mut fields = vec![
        ("submission".to_owned(), submission.to_string()),
        ("prize".to_owned(), prize.to_owned()),
        (
            "rationale".to_owned(),
            "Residents of both territories shaped the project from the start.".to_owned(),
        ),
    ];
    if ex_aequo {
        fields.push(("ex_aequo".to_owned(), "true".to_owned()));
    }
    for voter in laurel::db::decisions::voters(app.db(), 1, submission)
        .await
        .unwrap()
    {
        fields.push((format!("votes[{}]", voter.juror_id), vote.to_owned()));
    }
    fields
}

pub(crate) async fn decide(
    sec: &mut Browser<'_>,
    fields: &[(String, String)],
) -> crate::helpers::Answer {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    sec.post("/secretariat/editions/1/decisions", &borrowed)
        .await
}

async fn status(app: &TestApp) -> EditionStatus {
    laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap()
        .status
}

#[rocket::async_test]
async fn prizes_are_recorded_with_votes_confirmed_by_the_chair_and_only_then_decided() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = secretariat(&app).await;
    let before = sec.get("/secretariat/editions/1/decisions").await;
    assert_eq!(before.status, Status::Ok);
    assert!(
        before
            .body
            .contains("The official method is not chosen yet")
    );
    sec.post(
        "/secretariat/editions/1/results/method",
        &[("method", "calibrated")],
    )
    .await;
    let top = ranking(&app).await;
    let (first, second) = (top[0].0, top[1].0);

    let blocked = sec
        .post("/secretariat/editions/1/status", &[("to", "decided")])
        .await;
    assert_eq!(blocked.status, Status::SeeOther);
    assert_eq!(status(&app).await, EditionStatus::Consensus);
    let page = sec.get("/secretariat/editions/1").await;
    assert!(
        page.body.contains("No decision is recorded yet"),
        "{}",
        page.body
    );

    let split = decide(
        &mut sec,
        &fields(&app, first, "first", "against", false).await,
    )
    .await;
    assert_eq!(split.status, Status::UnprocessableEntity);
    assert!(
        split.body.contains("do not carry the decision"),
        "{}",
        split.body
    );
    assert!(
        split.body.contains("shaped the project from the start"),
        "typed text kept"
    );

    let done = decide(&mut sec, &fields(&app, first, "first", "for", false).await).await;
    assert_eq!(done.status, Status::SeeOther, "{}", done.body);
    let twice = decide(&mut sec, &fields(&app, second, "first", "for", false).await).await;
    assert_eq!(twice.status, Status::UnprocessableEntity);
    assert!(
        twice
            .body
            .contains("Ex aequo: “First prize” already goes to")
    );
    let done = decide(
        &mut sec,
        &fields(&app, second, "second", "for", false).await,
    )
    .await;
    assert_eq!(done.status, Status::SeeOther);

    sec.post("/secretariat/editions/1/status", &[("to", "decided")])
        .await;
    assert_eq!(status(&app).await, EditionStatus::Consensus);
    let page = sec.get("/secretariat/editions/1").await;
    assert!(
        page.body
            .contains("The chair has not confirmed the decisions yet (0 of 2 confirmed)")
    );

    let mut member = app.browser().await;
    member
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    assert_eq!(
        member.get("/jury/editions/1/decisions").await.status,
        Status::NotFound,
        "only the chair"
    );
    assert_eq!(
        member
            .post("/jury/editions/1/decisions/confirm", &[])
            .await
            .status,
        Status::NotFound
    );
    let mut chair = app.browser().await;
    chair.login(CHAIR, DEMO_PASSWORD).await;
    assert!(
        chair
            .get("/jury")
            .await
            .body
            .contains("to confirm as chair")
    );
    let seen = chair.get("/jury/editions/1/decisions").await;
    assert_eq!(seen.status, Status::Ok);
    assert!(seen.body.contains("First prize") && seen.body.contains("Second prize"));
    let confirmed = chair.post("/jury/editions/1/decisions/confirm", &[]).await;
    assert_eq!(confirmed.status, Status::SeeOther);

    let moved = sec
        .post("/secretariat/editions/1/status", &[("to", "decided")])
        .await;
    assert_eq!(moved.status, Status::SeeOther);
    assert_eq!(status(&app).await, EditionStatus::Decided);
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"decision.recorded") && actions.contains(&"decision.confirmed"));
    let final_round = laurel::db::rounds::final_id(app.db(), 1).await.unwrap();
    let decisions = award_decision::Entity::find().all(app.db()).await.unwrap();
    assert!(!decisions.is_empty());
    assert!(
        decisions.iter().all(|d| d.round_id == Some(final_round)),
        "the prizes are the final round's"
    );
    let late = decide(
        &mut sec,
        &fields(&app, top[2].0, "third", "for", false).await,
    )
    .await;
    assert_eq!(late.status, Status::Conflict, "decided is final");
}

#[rocket::async_test]
async fn a_conflicted_juror_never_votes_and_the_chair_does_not_see_decisions_on_their_conflicts() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = secretariat(&app).await;
    sec.post(
        "/secretariat/editions/1/results/method",
        &[("method", "calibrated")],
    )
    .await;
    let chosen = ranking(&app).await[0].0;
    let title = submission::Entity::find_by_id(chosen)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .title;
    let elena = user_id(&app, CHAIR).await;
    conflict_declaration::ActiveModel {
        submission_id: Set(chosen),
        juror_id: Set(elena),
        level: Set("disqualifying".to_owned()),
        reason_code: Set(Some("close_tie".to_owned())),
        details: Set("My brother works for the lead city.".to_owned()),
        decision: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        declared_at: Set(app.clock().now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
    let voters = laurel::db::decisions::voters(app.db(), 1, chosen)
        .await
        .unwrap();
    assert!(voters.iter().all(|v| v.juror_id != elena));
    let form = sec
        .get(&format!(
            "/secretariat/editions/1/decisions?submission={chosen}"
        ))
        .await;
    assert!(
        form.body
            .contains("Not voting (conflict of interest): Elena Marković")
    );
    let mut smuggled = fields(&app, chosen, "first", "for", false).await;
    smuggled.push((format!("votes[{elena}]"), "for".to_owned()));
    let refused = decide(&mut sec, &smuggled).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(refused.body.contains("may not vote on this submission"));
    let done = decide(&mut sec, &fields(&app, chosen, "first", "for", false).await).await;
    assert_eq!(done.status, Status::SeeOther);

    let mut chair = app.browser().await;
    chair.login(CHAIR, DEMO_PASSWORD).await;
    let page = chair.get("/jury/editions/1/decisions").await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        !page.body.contains(&title),
        "the conflicted line is not shown"
    );
    assert!(
        page.body
            .contains("1 decision concerns a submission you are in conflict with")
    );
}

/// Gives two submissions the same top consensus scores, and the others lower ones.
async fn tie_at_the_top(app: &TestApp) -> (i32, i32) {
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let (rubric, _) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
        .await
        .unwrap();
    let eligible = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap();
    let secretariat = user_id(app, SECRETARIAT_EMAIL).await;
    let round = laurel::db::rounds::current_id(app.db(), 1).await.unwrap();
    for (i, s) in eligible.iter().enumerate() {
        // Two tied at the top, one alone in third place, the rest tied off the podium.
        let half_points = match i {
            0 | 1 => 9,
            2 => 8,
            _ => 6,
        };
        for c in &rubric.criteria {
            consensus_score::ActiveModel {
                round_id: Set(Some(round)),
                submission_id: Set(s.id),
                criterion_key: Set(c.key.clone()),
                half_points: Set(half_points),
                comment: Set("Agreed after discussion.".to_owned()),
                dissent: Set(String::new()),
                recorded_by: Set(secretariat),
                recorded_at: Set(app.clock().now()),
                ..Default::default()
            }
            .insert(app.db())
            .await
            .unwrap();
        }
    }
    (eligible[0].id, eligible[1].id)
}

#[rocket::async_test]
async fn an_exact_tie_on_the_podium_blocks_the_decided_state_until_every_tied_submission_has_a_decision()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let (a, b) = tie_at_the_top(&app).await;
    let mut sec = secretariat(&app).await;
    sec.post(
        "/secretariat/editions/1/results/method",
        &[("method", "consensus_total")],
    )
    .await;
    let top = ranking(&app).await;
    let mut tied: Vec<(i32, usize, bool)> = top[..2].to_vec();
    tied.sort();
    let mut expected = vec![(a, 1, true), (b, 1, true)];
    expected.sort();
    assert_eq!(tied, expected, "an exact tie at rank 1");
    let page = sec.get("/secretariat/editions/1/decisions").await;
    assert!(page.body.contains("tie: the jury decides"));
    decide(&mut sec, &fields(&app, a, "first", "for", false).await).await;
    let mut chair = app.browser().await;
    chair.login(CHAIR, DEMO_PASSWORD).await;
    chair.post("/jury/editions/1/decisions/confirm", &[]).await;
    sec.post("/secretariat/editions/1/status", &[("to", "decided")])
        .await;
    assert_eq!(
        status(&app).await,
        EditionStatus::Consensus,
        "the tie blocks"
    );
    let page = sec.get("/secretariat/editions/1").await;
    assert!(page.body.contains("Tied at rank 1"), "{}", page.body);

    let shared = decide(&mut sec, &fields(&app, b, "first", "for", true).await).await;
    assert_eq!(shared.status, Status::SeeOther, "{}", shared.body);
    let decisions = laurel::db::decisions::list(app.db(), 1).await.unwrap();
    assert!(
        decisions.iter().all(|d| d.ex_aequo),
        "both holders are ex aequo"
    );
    assert!(
        decisions.iter().all(|d| d.confirmed_at.is_none()),
        "a new decision needs the chair again"
    );
    chair.post("/jury/editions/1/decisions/confirm", &[]).await;
    sec.post("/secretariat/editions/1/status", &[("to", "decided")])
        .await;
    assert_eq!(status(&app).await, EditionStatus::Decided);
}
