//! Scoring: drafts, the rules of a complete scorecard, submission that locks, stale saves
//! refused with both versions, history of every write, and only the assigned juror's access.

use laurel::db::entities::{assignment, score_history, user};
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::fixtures::CRITERIA;
use crate::helpers::{Browser, TestApp};

pub(crate) async fn jonas_draft(app: &TestApp) -> assignment::Model {
    let jonas = user::Entity::find()
        .filter(user::Column::Email.eq("jonas.weber@laurel-demo.example"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assignment::Entity::find()
        .filter(assignment::Column::JurorId.eq(jonas.id))
        .filter(assignment::Column::Status.eq("draft"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
}

pub(crate) fn stamp_in(body: &str) -> String {
    let marker = "name=\"stamp\" value=\"";
    let start = body.find(marker).unwrap() + marker.len();
    let end = body[start..].find('"').unwrap() + start;
    body[start..end].to_owned()
}

/// Jonas logged in on his draft scorecard: the assignment, his browser, the page's address and
/// the stamp of the page as he opened it.
async fn jonas_on_his_draft(app: &TestApp) -> (assignment::Model, Browser<'_>, String, String) {
    let draft = jonas_draft(app).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/assignments/{}", draft.id);
    let stamp = stamp_in(&jonas.get(&path).await.body);
    (draft, jonas, path, stamp)
}

fn as_pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

fn complete_fields(stamp: &str) -> Vec<(String, String)> {
    let mut fields = vec![
        ("stamp".to_owned(), stamp.to_owned()),
        ("action".to_owned(), "submit".to_owned()),
    ];
    for key in CRITERIA {
        fields.push((format!("scores[{key}]"), "3.5".to_owned()));
        fields.push((
            format!("comments[{key}]"),
            format!("Solid evidence on {key}."),
        ));
    }
    fields.push(("overall".to_owned(), "A credible partnership.".to_owned()));
    fields
}

#[rocket::async_test]
async fn a_juror_saves_a_draft_then_submits_a_complete_scorecard_which_locks() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = jonas_draft(&app).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let dashboard = jonas.get("/jury").await;
    assert!(
        dashboard
            .body
            .contains(&format!("/jury/assignments/{}", draft.id))
    );
    let path = format!("/jury/assignments/{}", draft.id);
    let page = jonas.get(&path).await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains("What each level means"));
    let stamp = stamp_in(&page.body);
    let history_before = score_history::Entity::find().count(app.db()).await.unwrap();
    let saved = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("scores[sustainability]", "4"),
                ("comments[sustainability]", "Budget lines exist."),
            ],
        )
        .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
    assert_eq!(
        score_history::Entity::find().count(app.db()).await.unwrap(),
        history_before + 1
    );
    let page = jonas.get(&path).await;
    let stamp = stamp_in(&page.body);
    let incomplete = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "submit"),
                ("scores[resident_participation]", "1.5"),
                ("comments[resident_participation]", "Weak."),
            ],
        )
        .await;
    assert_eq!(incomplete.status, Status::UnprocessableEntity);
    assert!(
        incomplete
            .body
            .contains("a score of 2 or less needs a justification")
    );
    assert!(
        incomplete
            .body
            .contains("Overall comment: please write one")
    );
    assert!(
        incomplete.body.contains(">Weak.</textarea>"),
        "the typed values are kept"
    );
    let fields = complete_fields(&stamp);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let submitted = jonas.post(&path, &fields).await;
    assert_eq!(submitted.status, Status::SeeOther, "{}", submitted.body);
    let after = assignment::Entity::find_by_id(draft.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.status, "submitted");
    let page = jonas.get(&path).await;
    assert!(page.body.contains("submitted and locked"));
    let again = jonas.post(&path, &fields).await;
    assert_eq!(
        again.status,
        Status::Conflict,
        "a submitted scorecard is locked"
    );
}

#[rocket::async_test]
async fn a_save_from_a_stale_page_is_refused_with_both_versions() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let (_, mut jonas, path, stamp) = jonas_on_his_draft(&app).await;
    let first = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("scores[sustainability]", "4"),
                ("comments[sustainability]", "From the laptop."),
            ],
        )
        .await;
    assert_eq!(first.status, Status::SeeOther);
    let second = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("scores[sustainability]", "2"),
                ("comments[sustainability]", "From the phone."),
            ],
        )
        .await;
    assert_eq!(second.status, Status::Conflict);
    assert!(second.body.contains("Nothing was overwritten"));
    assert!(second.body.contains("From the laptop.") && second.body.contains("From the phone."));
}

#[rocket::async_test]
async fn only_the_assigned_juror_can_open_a_scorecard() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = jonas_draft(&app).await;
    let path = format!("/jury/assignments/{}", draft.id);
    let mut elena = app.browser().await;
    elena
        .login("elena.markovic@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let others = assignment::Entity::find()
        .filter(assignment::Column::JurorId.ne(draft.juror_id))
        .filter(assignment::Column::SubmissionId.eq(draft.submission_id))
        .count(app.db())
        .await
        .unwrap();
    assert!(others > 0);
    assert_eq!(elena.get(&path).await.status, Status::NotFound);
    let mut sec = app.browser().await;
    sec.login(laurel::demo::SECRETARIAT_EMAIL, DEMO_PASSWORD)
        .await;
    assert_eq!(sec.get(&path).await.status, Status::Forbidden);
}

#[rocket::async_test]
async fn the_secretariat_reopens_a_submitted_scorecard_with_a_reason_and_the_history_keeps_both_revisions()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let (draft, mut jonas, path, stamp) = jonas_on_his_draft(&app).await;
    let fields = complete_fields(&stamp);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(jonas.post(&path, &fields).await.status, Status::SeeOther);
    let mut sec = app.browser().await;
    sec.login(laurel::demo::SECRETARIAT_EMAIL, DEMO_PASSWORD)
        .await;
    let reopen = format!("/secretariat/assignments/{}/reopen", draft.id);
    sec.post(&reopen, &[("reason", "")]).await;
    assert_eq!(
        assignment::Entity::find_by_id(draft.id)
            .one(app.db())
            .await
            .unwrap()
            .unwrap()
            .status,
        "submitted"
    );
    assert_eq!(
        sec.post(&reopen, &[("reason", "The juror asked to correct a score")])
            .await
            .status,
        Status::SeeOther
    );
    let reopened = assignment::Entity::find_by_id(draft.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!((reopened.status.as_str(), reopened.revision), ("draft", 2));
    let stamp = stamp_in(&jonas.get(&path).await.body);
    let changed = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("scores[sustainability]", "5"),
                ("comments[sustainability]", "Corrected after review."),
            ],
        )
        .await;
    assert_eq!(changed.status, Status::SeeOther, "{}", changed.body);
    let revisions: Vec<i32> = score_history::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.revision)
        .collect();
    assert!(revisions.contains(&1) && revisions.contains(&2));
    let events = laurel::db::audit::for_subject(app.db(), "assignment", &draft.id.to_string())
        .await
        .unwrap();
    assert_eq!(events[0].action, "scorecard.reopened");
}

#[rocket::async_test]
async fn a_conflicted_juror_never_sees_the_content_or_scores_of_that_submission() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    // Claire Dubois declared a disqualifying conflict with the Nouvelle-Aquitaine project.
    let summary = "take over the upkeep of rural water points";
    let mut claire = app.browser().await;
    claire
        .login("claire.dubois@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let mut pages = vec![
        "/jury".to_owned(),
        "/jury/editions/1/conflicts".to_owned(),
        "/api/v1/me".to_owned(),
        "/account".to_owned(),
    ];
    let claire_id = user::Entity::find()
        .filter(user::Column::Email.eq("claire.dubois@laurel-demo.example"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id;
    for a in assignment::Entity::find().all(app.db()).await.unwrap() {
        pages.push(format!("/jury/assignments/{}", a.id));
    }
    let water = laurel::db::entities::submission::Entity::find()
        .filter(
            laurel::db::entities::submission::Column::Title
                .eq("Village water points managed by users' associations"),
        )
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    for path in pages {
        let answer = claire.get(&path).await;
        assert!(!answer.body.contains(summary), "{path} shows the content");
        if path.starts_with("/jury/assignments/") && answer.status == Status::Ok {
            assert!(
                !answer.body.contains("Village water points"),
                "{path} is about the conflicted project"
            );
        }
    }
    let forbidden = claire
        .post("/jury/editions/1/conflicts/999999", &[("level", "none")])
        .await;
    assert_eq!(forbidden.status, Status::NotFound);
    let own = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.eq(water.id))
        .filter(assignment::Column::JurorId.eq(claire_id))
        .count(app.db())
        .await
        .unwrap();
    assert_eq!(own, 0, "never assigned");
}

async fn other_juror_names(app: &TestApp, except: &str) -> Vec<String> {
    user::Entity::find()
        .filter(user::Column::Role.eq("juror"))
        .filter(user::Column::Email.ne(except))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect()
}

#[rocket::async_test]
async fn other_jurors_scores_stay_hidden_until_the_consensus_phase_and_never_carry_names() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = jonas_draft(&app).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/assignments/{}", draft.id);
    let during = jonas.get(&path).await;
    assert!(
        !during.body.contains("other jurors"),
        "hidden while scoring"
    );
    assert!(!during.body.contains("Juror A"));
    let stamp = stamp_in(&during.body);
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let page = jonas.get(&path).await;
    assert!(page.body.contains("Juror A"), "{}", page.body);
    assert!(page.body.contains("Scoring is closed"));
    for name in other_juror_names(&app, "jonas.weber@laurel-demo.example").await {
        assert!(!page.body.contains(&name), "{name} is named");
    }
    let late = jonas
        .post(
            &path,
            &[
                ("stamp", stamp.as_str()),
                ("action", "save"),
                ("scores[sustainability]", "4"),
            ],
        )
        .await;
    assert_eq!(late.status, Status::Conflict);
    assert!(late.body.contains("Scoring is closed"));
}

#[rocket::async_test]
async fn with_after_own_scorecard_a_juror_sees_the_others_once_their_own_is_submitted() {
    use sea_orm::{ActiveModelTrait, Set};
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let edition = laurel::db::entities::edition::Entity::find_by_id(1)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut change: laurel::db::entities::edition::ActiveModel = edition.into();
    change.peer_scores = Set("after_own_scorecard".to_owned());
    change.update(app.db()).await.unwrap();
    let draft = jonas_draft(&app).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/assignments/{}", draft.id);
    let page = jonas.get(&path).await;
    assert!(!page.body.contains("Juror A"));
    let fields = complete_fields(&stamp_in(&page.body));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let submitted = jonas.post(&path, &fields).await;
    assert_eq!(submitted.status, Status::SeeOther, "{}", submitted.body);
    let page = jonas.get(&path).await;
    assert!(page.body.contains("Juror A"), "{}", page.body);
    assert_eq!(
        page.body
            .matches("Solid evidence on sustainability")
            .count(),
        1,
        "my own scorecard is not listed among the others"
    );
}

#[rocket::async_test]
async fn during_the_consensus_phase_only_a_reopened_scorecard_can_change() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let jonas = user::Entity::find()
        .filter(user::Column::Email.eq("jonas.weber@laurel-demo.example"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let submitted = assignment::Entity::find()
        .filter(assignment::Column::JurorId.eq(jonas.id))
        .filter(assignment::Column::Status.eq("submitted"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut secretariat = app.browser().await;
    secretariat
        .login("secretariat@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let reopened = secretariat
        .post(
            &format!("/secretariat/assignments/{}/reopen", submitted.id),
            &[("reason", "The juror misread the SDG targets.")],
        )
        .await;
    assert_eq!(reopened.status, Status::SeeOther, "{}", reopened.body);
    let mut browser = app.browser().await;
    browser
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/assignments/{}", submitted.id);
    let page = browser.get(&path).await;
    assert!(!page.body.contains("Scoring is closed"), "{}", page.body);
    let saved = browser
        .post(
            &path,
            &[
                ("stamp", stamp_in(&page.body).as_str()),
                ("action", "save"),
                ("scores[sdg_alignment]", "4"),
                (
                    "comments[sdg_alignment]",
                    "Targets 6.1 and 6.b are well linked.",
                ),
            ],
        )
        .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
}

#[rocket::async_test]
async fn a_jurors_dashboard_shows_the_phase_and_when_scorecards_are_due_then_flags_them_overdue() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let before = jonas.get("/jury").await;
    assert!(
        before.body.contains("phase: Jury evaluation"),
        "{}",
        before.body
    );
    // The deadline as the demo stored it (14 days after seeding), not recomputed: a minute may
    // have turned since.
    let stored = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap()
        .scoring_deadline
        .unwrap();
    assert!(
        (stored - app.clock().now() - chrono::Duration::days(14))
            .num_minutes()
            .abs()
            <= 1,
        "the demo's scoring deadline is 14 days ahead"
    );
    let due = laurel::i18n::instant(
        laurel::domain::language::Lang::EN,
        stored,
        "Europe/Brussels",
    );
    assert!(
        before.body.contains(&format!("scorecards due {due}")),
        "the demo's deadline, 14 days ahead, in the edition's time: {due} in {}",
        before.body
    );
    assert!(!before.body.contains("Overdue"));
    app.clock().advance(chrono::Duration::days(15));
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let after = jonas.get("/jury").await;
    assert!(after.body.contains("Overdue"), "Jonas still has drafts");
}

#[rocket::async_test]
async fn an_overlong_comment_is_refused_naming_its_field_and_the_form_comes_back_with_the_typed_text()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = jonas_draft(&app).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/assignments/{}", draft.id);
    let page = jonas.get(&path).await;
    assert!(page.body.contains(&format!(
        "maxlength=\"{}\"",
        laurel::domain::limits::LONG_COMMENT
    )));
    let stamp = stamp_in(&page.body);
    let overlong = "Long remark. ".repeat(1_000);
    let key = CRITERIA[0];
    let comment_field = format!("comments[{key}]");
    let refused = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                (&comment_field, "Kept while the overall comment is refused."),
                ("overall", &overlong),
            ],
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused.body.contains(&format!(
            "Overall comment: at most {} characters, please (this one has {})",
            laurel::domain::limits::LONG_COMMENT,
            overlong.chars().count()
        )),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("Kept while the overall comment is refused.")
    );
    assert!(refused.body.contains(overlong.trim_end()));
    let stored = assignment::Entity::find_by_id(draft.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.overall_comment, draft.overall_comment);
}

#[rocket::async_test]
async fn a_juror_whose_declaration_excludes_them_cannot_open_a_scorecard_left_unsuspended() {
    use laurel::db::entities::conflict_declaration;
    use sea_orm::{ActiveModelTrait, Set};
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = jonas_draft(&app).await;
    assert!(!draft.suspended);
    // The state a manual assignment racing a declaration could leave: an excluding declaration
    // beside an assignment nobody suspended.
    conflict_declaration::ActiveModel {
        submission_id: Set(draft.submission_id),
        juror_id: Set(draft.juror_id),
        level: Set("disqualifying".to_owned()),
        reason_code: Set(Some("direct_interest".to_owned())),
        details: Set(String::new()),
        declared_at: Set(app.clock().now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let page = jonas.get(&format!("/jury/assignments/{}", draft.id)).await;
    assert!(page.body.contains("Scorecard suspended"), "{}", page.body);
    assert!(!page.body.contains("name=\"scores["), "{}", page.body);
}

#[rocket::async_test]
async fn a_save_after_declaring_a_conflict_in_another_tab_comes_back_as_typed_without_the_application()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let (draft, mut jonas, path, stamp) = jonas_on_his_draft(&app).await;
    let declared = jonas
        .post(
            &format!("/jury/editions/1/conflicts/{}", draft.submission_id),
            &[
                ("level", "potential"),
                ("reason", "recent_collaboration"),
                ("details", "I advised the lead city last year."),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther, "{}", declared.body);
    let fields = complete_fields(&stamp);
    let pairs = as_pairs(&fields);
    let refused = jonas.post(&path, &pairs).await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(
        refused.body.contains("Scorecard not saved"),
        "{}",
        refused.body
    );
    for key in CRITERIA {
        assert!(
            refused.body.contains(&format!("Solid evidence on {key}.")),
            "{key}"
        );
    }
    assert!(refused.body.contains("A credible partnership."));
    assert!(!refused.body.contains("name=\"scores["), "{}", refused.body);
    let stored = assignment::Entity::find_by_id(draft.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.overall_comment, draft.overall_comment,
        "nothing saved"
    );
}

#[rocket::async_test]
async fn a_save_after_submitting_from_another_tab_shows_the_locked_card_with_the_typed_text() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let (draft, mut jonas, path, stamp) = jonas_on_his_draft(&app).await;
    let fields = complete_fields(&stamp);
    let pairs = as_pairs(&fields);
    let submitted = jonas.post(&path, &pairs).await;
    assert_eq!(submitted.status, Status::SeeOther, "{}", submitted.body);
    let other_tab = jonas
        .post(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("scores[sustainability]", "2"),
                ("comments[sustainability]", "Typed in the other tab."),
                ("overall", "An overall view from the other tab."),
            ],
        )
        .await;
    assert_eq!(other_tab.status, Status::Conflict);
    assert!(
        other_tab.body.contains("submitted meanwhile"),
        "{}",
        other_tab.body
    );
    assert!(other_tab.body.contains("Typed in the other tab."));
    assert!(
        other_tab
            .body
            .contains("An overall view from the other tab.")
    );
    let stored = assignment::Entity::find_by_id(draft.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.overall_comment, "A credible partnership.");
}

#[rocket::async_test]
async fn a_save_after_the_secretariat_removed_the_assignment_comes_back_as_typed() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let (draft, mut jonas, path, stamp) = jonas_on_his_draft(&app).await;
    let secretariat = user::Entity::find()
        .filter(user::Column::Email.eq(laurel::demo::SECRETARIAT_EMAIL))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    laurel::db::assignments::remove(
        app.db(),
        draft.id,
        "Jonas is needed on another submission.",
        secretariat.id,
        app.clock().now(),
    )
    .await
    .unwrap();
    let fields = complete_fields(&stamp);
    let refused = jonas.post(&path, &as_pairs(&fields)).await;
    assert_eq!(refused.status, Status::NotFound);
    assert!(
        refused.body.contains("Scorecard not saved"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Solid evidence on sustainability."));
    assert!(refused.body.contains("A credible partnership."));
}
