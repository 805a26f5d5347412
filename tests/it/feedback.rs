//! Publication: once an edition is announced, the public winners page lists the prizes and each
//! applicant reads the jury's consensus on their own application, never who the jurors were,
//! what each of them scored or what the jury kept to itself.

use laurel::db::entities::{assignment, award_decision, consensus_score, score, submission, user};
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::helpers::{Browser, TestApp};

/// The demo's first applicant (the City of Roeselare).
const ROESELARE: &str = "international@roeselare.example";

/// The demo submissions in the current edition, in id order.
async fn submissions(app: &TestApp) -> Vec<submission::Model> {
    let mut all = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(1))
        .filter(submission::Column::Status.ne("draft"))
        .all(app.db())
        .await
        .unwrap();
    all.sort_by_key(|s| s.id);
    all
}

/// Roeselare's submission to the current edition.
async fn roeselare(app: &TestApp) -> submission::Model {
    let owner = user::Entity::find()
        .filter(user::Column::Email.eq(ROESELARE))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    submissions(app)
        .await
        .into_iter()
        .find(|s| s.applicant_user_id == owner.id)
        .unwrap()
}

async fn applicant_of<'a>(app: &'a TestApp, sub: &submission::Model) -> Browser<'a> {
    let owner = user::Entity::find_by_id(sub.applicant_user_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut browser = app.browser().await;
    browser.login(&owner.email, DEMO_PASSWORD).await;
    browser
}

async fn juror_id(app: &TestApp) -> i32 {
    user::Entity::find()
        .filter(user::Column::Role.eq("juror"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Records a consensus on every criterion of `submission_id`, with a comment the applicant
/// reads and a dissent they must never see.
async fn record_consensus(app: &TestApp, submission_id: i32, half_points: u16) {
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let (rubric, _) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
        .await
        .unwrap();
    let rapporteur = juror_id(app).await;
    let round = laurel::db::rounds::current_id(app.db(), 1).await.unwrap();
    for c in &rubric.criteria {
        consensus_score::ActiveModel {
            round_id: Set(Some(round)),
            submission_id: Set(submission_id),
            criterion_key: Set(c.key.clone()),
            half_points: Set(i16::try_from(half_points).unwrap()),
            comment: Set(format!("Agreed view on {} of #{submission_id}", c.key)),
            dissent: Set(format!("Internal dissent on {} of #{submission_id}", c.key)),
            recorded_by: Set(rapporteur),
            recorded_at: Set(app.clock().now()),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap();
    }
}

async fn decide(
    app: &TestApp,
    submission_id: i32,
    prize: &str,
    special_name: Option<&str>,
    ex_aequo: bool,
    rationale: &str,
) {
    let chair = juror_id(app).await;
    let now = app.clock().now();
    let round = laurel::db::rounds::final_id(app.db(), 1).await.unwrap();
    award_decision::ActiveModel {
        round_id: Set(Some(round)),
        edition_id: Set(1),
        submission_id: Set(submission_id),
        prize: Set(prize.to_owned()),
        special_name: Set(special_name.map(str::to_owned)),
        rationale: Set(rationale.to_owned()),
        votes_for: Set(5),
        votes_against: Set(0),
        votes_abstain: Set(1),
        ex_aequo: Set(ex_aequo),
        confirmed_by: Set(Some(chair)),
        confirmed_at: Set(Some(now)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
}

/// The ways a text can appear in a page: as is, or with its apostrophes escaped.
fn appears(body: &str, text: &str) -> bool {
    [
        text.to_owned(),
        text.replace('\'', "&#x27;"),
        text.replace('\'', "&#39;"),
        text.replace('&', "&amp;"),
    ]
    .iter()
    .any(|t| body.contains(t.as_str()))
}

/// Everything that must stay inside the jury: every juror's name, every dissent, every
/// individual scorecard comment and overall comment.
async fn jury_secrets(app: &TestApp) -> Vec<String> {
    let mut secrets: Vec<String> = user::Entity::find()
        .filter(user::Column::Role.eq("juror"))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect();
    assert!(secrets.len() >= 6, "the demo has six jurors");
    secrets.extend(
        consensus_score::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.dissent),
    );
    secrets.extend(
        score::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.comment),
    );
    secrets.extend(
        assignment::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .into_iter()
            .map(|a| a.overall_comment),
    );
    secrets.retain(|s| s.trim().len() > 3);
    secrets
}

fn assert_no_secret(page: &str, secrets: &[String], what: &str) {
    let leaked: Vec<&String> = secrets.iter().filter(|s| appears(page, s)).collect();
    assert!(
        leaked.is_empty(),
        "{what} shows jury-internal text: {leaked:?}"
    );
}

#[rocket::async_test]
async fn an_applicant_reads_the_consensus_and_the_prize_only_once_the_winners_are_announced() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let own = roeselare(&app).await;
    record_consensus(&app, own.id, 7).await;
    decide(
        &app,
        own.id,
        "first",
        None,
        false,
        "Residents run the committees themselves.",
    )
    .await;
    let mut applicant = applicant_of(&app, &own).await;
    let path = format!("/applicant/applications/{}/feedback", own.id);

    crate::fixtures::advance(&app, 1, EditionStatus::Decided).await;
    let before = applicant.get(&path).await;
    assert_eq!(before.status, Status::Ok);
    assert!(
        before
            .body
            .contains("Feedback comes when the winners are announced.")
    );
    assert!(!before.body.contains("Agreed view on"));
    assert!(!before.body.contains("First prize"));
    assert!(!before.body.contains("Residents run the committees"));
    let overview = applicant
        .get(&format!("/applicant/applications/{}", own.id))
        .await;
    assert!(
        overview
            .body
            .contains("Feedback comes when the winners are announced.")
    );

    crate::fixtures::advance(&app, 1, EditionStatus::Announced).await;
    let after = applicant.get(&path).await;
    assert_eq!(after.status, Status::Ok);
    assert!(after.body.contains("First prize"));
    assert!(
        after
            .body
            .contains("Residents run the committees themselves.")
    );
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let (rubric, _) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
        .await
        .unwrap();
    let mut last = 0;
    for c in &rubric.criteria {
        let at = after
            .body
            .find(&format!("Agreed view on {} of #{}", c.key, own.id))
            .unwrap_or_else(|| panic!("the comment on {} is shown", c.key));
        assert!(at > last, "criteria come in rubric order");
        last = at;
        assert!(appears(&after.body, &c.name), "{} is named", c.name);
        assert!(after.body.contains(&c.weight_percent()));
    }
    assert!(after.body.contains("3.5 out of 5"));
    assert!(after.body.contains("Weighted total: 3.50 out of 5"));
    assert!(after.body.contains("/editions/1/winners"));
    assert_no_secret(&after.body, &jury_secrets(&app).await, "the feedback");

    let overview = applicant
        .get(&format!("/applicant/applications/{}", own.id))
        .await;
    assert!(overview.body.contains(&path), "the application links to it");
    let dashboard = applicant.get("/applicant").await;
    assert!(dashboard.body.contains(&path), "the dashboard links to it");
}

#[rocket::async_test]
async fn a_submission_without_consensus_is_told_so_plainly_with_its_eligibility() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let subs = submissions(&app).await;
    // As a reason was stored before reasons were messages: it is shown as it was written.
    let rules = serde_json::json!([{
        "code": "E3",
        "rule": "The project runs within the edition's window",
        "outcome": "fail",
        "reason": "The project ended before the window opened.",
    }]);
    let mut ineligible: submission::ActiveModel = subs[1].clone().into();
    ineligible.eligibility = Set(Some("fail".to_owned()));
    ineligible.eligibility_rules = Set(Some(serde_json::to_string(&rules).unwrap()));
    ineligible.update(app.db()).await.unwrap();
    crate::fixtures::advance(&app, 1, EditionStatus::Announced).await;
    let mut applicant = applicant_of(&app, &subs[1]).await;
    let page = applicant
        .get(&format!("/applicant/applications/{}/feedback", subs[1].id))
        .await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body
            .contains("The jury recorded no consensus scores for this application")
    );
    assert!(page.body.contains("did not receive a prize"));
    assert!(
        page.body
            .contains("Eligibility: <strong>Not eligible</strong>")
    );
    assert!(
        page.body
            .contains("The project ended before the window opened.")
    );
    assert!(!page.body.contains("Weighted total"));
}

#[rocket::async_test]
async fn nobody_but_the_owner_opens_an_applications_feedback() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let subs = submissions(&app).await;
    record_consensus(&app, subs[0].id, 8).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Announced).await;
    let path = format!("/applicant/applications/{}/feedback", subs[0].id);
    let mut other = applicant_of(&app, &subs[1]).await;
    let answer = other.get(&path).await;
    assert_eq!(answer.status, Status::NotFound);
    assert!(!answer.body.contains("Agreed view on"));
    let mut juror = app.browser().await;
    let chair = user::Entity::find()
        .filter(user::Column::Role.eq("juror"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    juror.login(&chair.email, DEMO_PASSWORD).await;
    assert_eq!(juror.get(&path).await.status, Status::Forbidden);
    let mut anonymous = app.browser().await;
    assert_eq!(anonymous.get(&path).await.status, Status::SeeOther);
}

#[rocket::async_test]
async fn the_winners_page_is_public_only_once_announced_and_lists_the_prizes_in_order() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let own = roeselare(&app).await;
    let subs: Vec<submission::Model> = std::iter::once(own.clone())
        .chain(
            submissions(&app)
                .await
                .into_iter()
                .filter(|s| s.id != own.id),
        )
        .collect();
    record_consensus(&app, subs[0].id, 9).await;
    decide(
        &app,
        subs[2].id,
        "second",
        None,
        false,
        "A second rationale.",
    )
    .await;
    decide(&app, subs[0].id, "first", None, false, "A first rationale.").await;
    decide(
        &app,
        subs[3].id,
        "special",
        Some("Youth participation"),
        true,
        "Shared special rationale.",
    )
    .await;
    decide(
        &app,
        subs[4].id,
        "special",
        Some("Youth participation"),
        true,
        "Shared special rationale.",
    )
    .await;
    decide(&app, subs[5].id, "none", None, false, "Settles the tie.").await;
    let mut anonymous = app.browser().await;
    for status in [EditionStatus::Consensus, EditionStatus::Decided] {
        crate::fixtures::advance(&app, 1, status).await;
        let hidden = anonymous.get("/editions/1/winners").await;
        assert_eq!(hidden.status, Status::NotFound, "{status:?}");
        assert!(!hidden.body.contains("A first rationale."));
    }
    let login = anonymous.get("/login").await;
    assert!(!login.body.contains("/editions/1/winners"));
    assert_eq!(
        anonymous.get("/editions/999/winners").await.status,
        Status::NotFound
    );

    crate::fixtures::advance(&app, 1, EditionStatus::Announced).await;
    let page = anonymous.get("/editions/1/winners").await;
    assert_eq!(page.status, Status::Ok);
    let first = page.body.find("First prize").unwrap();
    let second = page.body.find("Second prize").unwrap();
    let special = page
        .body
        .find("Special prize: Youth participation")
        .unwrap();
    assert!(
        first < second && second < special,
        "the order of the ceremony"
    );
    assert!(appears(&page.body, &subs[0].title));
    assert!(appears(&page.body, &subs[2].title));
    assert!(appears(&page.body, &subs[3].title));
    assert!(appears(&page.body, &subs[4].title));
    assert_eq!(page.body.matches("ex aequo").count(), 2);
    assert!(page.body.contains("A first rationale."));
    assert!(page.body.contains("Belgium"), "the lead's country is named");
    assert!(page.body.contains("Partners"));
    assert!(
        !appears(&page.body, &subs[5].title),
        "no prize is never shown"
    );
    assert!(!page.body.contains("Settles the tie."));
    assert!(!page.body.contains("No prize"));
    assert!(
        !page.body.contains("Agreed view on"),
        "no feedback in public"
    );
    assert_no_secret(&page.body, &jury_secrets(&app).await, "the winners page");
    let login = anonymous.get("/login").await;
    assert!(login.body.contains("/editions/1/winners"));

    crate::fixtures::advance(&app, 1, EditionStatus::Archived).await;
    assert_eq!(
        anonymous.get("/editions/1/winners").await.status,
        Status::Ok
    );
}

#[rocket::async_test]
async fn the_feedback_read_through_the_api_waits_for_the_announcement_and_never_names_a_juror() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let own = roeselare(&app).await;
    record_consensus(&app, own.id, 7).await;
    decide(
        &app,
        own.id,
        "first",
        None,
        false,
        "Residents run the committees themselves.",
    )
    .await;
    let mut applicant = applicant_of(&app, &own).await;
    let token = crate::api::make_token(&mut applicant, "feedback", "read").await;
    let path = format!("/api/v1/applications/{}/feedback", own.id);
    crate::fixtures::advance(&app, 1, EditionStatus::Decided).await;
    let reply = crate::api::send(&app, rocket::http::Method::Get, &path, &token, None, None).await;
    let (status, before) = (reply.status, reply.body);
    assert_eq!(status, 200, "{before}");
    assert_eq!(before["results_public"], false);
    let mut anonymous = app.browser().await;
    let early = anonymous.get("/api/v1/editions/1/winners").await;
    assert_eq!(
        early.status,
        Status::NotFound,
        "no winners before the announcement"
    );
    assert_eq!(before["prizes"], serde_json::json!([]));
    assert_eq!(before["criteria"], serde_json::json!([]));

    crate::fixtures::advance(&app, 1, EditionStatus::Announced).await;
    let reply = crate::api::send(&app, rocket::http::Method::Get, &path, &token, None, None).await;
    let (status, after) = (reply.status, reply.body);
    assert_eq!(status, 200, "{after}");
    assert_eq!(after["results_public"], true);
    assert_eq!(after["prizes"][0]["prize"], "First prize");
    assert_eq!(after["weighted_total"], "3.50");
    assert_eq!(after["criteria"][0]["score"], 3.5);
    let public = anonymous.get("/api/v1/editions/1/winners").await;
    assert_eq!(public.status, Status::Ok, "no token needed once announced");
    let winners: serde_json::Value = serde_json::from_str(&public.body).unwrap();
    assert_eq!(winners[0]["prize"], "First prize");
    assert_eq!(winners[0]["title"], own.title.as_str());
    assert_no_secret(&public.body, &jury_secrets(&app).await, "the API winners");
    assert_no_secret(
        &after.to_string(),
        &jury_secrets(&app).await,
        "the API feedback",
    );

    let other = submissions(&app)
        .await
        .into_iter()
        .find(|s| s.applicant_user_id != own.applicant_user_id)
        .unwrap();
    let elsewhere = format!("/api/v1/applications/{}/feedback", other.id);
    let reply = crate::api::send(
        &app,
        rocket::http::Method::Get,
        &elsewhere,
        &token,
        None,
        None,
    )
    .await;
    assert_eq!(
        reply.status, 404,
        "another applicant's feedback is not found"
    );
}
