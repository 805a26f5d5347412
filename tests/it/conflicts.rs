//! Conflicts of interest: jurors declare on eligible submissions seeing only names and
//! countries; the secretariat decides potential conflicts.

use laurel::demo::DEMO_PASSWORD;
use rocket::http::Status;

use crate::helpers::TestApp;

async fn demo_login<'a>(app: &'a TestApp, email: &str) -> crate::helpers::Browser<'a> {
    let mut browser = app.browser().await;
    let answer = browser.login(email, DEMO_PASSWORD).await;
    assert_eq!(answer.status, Status::SeeOther);
    browser
}

fn submission_id_of(body: &str, title: &str) -> i32 {
    let at = body.find(title).expect("the title is listed");
    let before = &body[..at];
    let marker = "id=\"submission-";
    let start = before.rfind(marker).expect("its section") + marker.len();
    let end = before[start..].find('"').expect("end") + start;
    before[start..end].parse().expect("an id")
}

#[rocket::async_test]
async fn a_juror_sees_names_and_countries_only_with_flags_and_declares_conflicts() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut claire = demo_login(&app, "claire.dubois@laurel-demo.example").await;
    let dashboard = claire.get("/jury").await;
    assert!(dashboard.body.contains("declare conflicts of interest"));
    let page = claire.get("/jury/editions/1/conflicts").await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body
            .contains("Community reforestation and fire prevention")
    );
    assert!(page.body.contains("Department of Isère (France)"));
    assert!(
        page.body
            .contains("You are from France, like Department of Isère."),
        "a likely conflict is flagged"
    );
    assert!(
        !page.body.contains("Villages replant degraded land"),
        "no project content before declaring"
    );
    assert!(
        page.body
            .contains("Disqualifying: you will not see or score it"),
        "the demo declaration"
    );
    let sid = submission_id_of(&page.body, "Community reforestation and fire prevention");
    let path = format!("/jury/editions/1/conflicts/{sid}");
    let refused = claire
        .post(
            &path,
            &[
                ("level", "potential"),
                ("reason", "recent_collaboration"),
                ("details", "short"),
            ],
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("Details: say why it may be a conflict, in a sentence, so that it can be decided (at least 10 characters)")
    );
    assert!(
        refused.body.contains(">short</textarea>"),
        "the typed values come back"
    );
    let recorded = claire
        .post(
            &path,
            &[
                ("level", "potential"),
                ("reason", "recent_collaboration"),
                ("details", "I advised the department in 2024."),
            ],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    let page = claire.get("/jury/editions/1/conflicts").await;
    assert!(page.body.contains("Potential: waiting for a decision"));

    let mut sec = demo_login(&app, laurel::demo::SECRETARIAT_EMAIL).await;
    let list = sec.get("/secretariat/editions/1/conflicts").await;
    assert!(list.body.contains("I advised the department in 2024."));
    let declarations = laurel::db::conflicts::of_edition(app.db(), 1)
        .await
        .unwrap();
    let potential = declarations
        .iter()
        .find(|d| d.submission_id == sid)
        .unwrap();
    let decided = sec
        .post(
            &format!("/secretariat/conflicts/{}/decision", potential.id),
            &[("decision", "allowed")],
        )
        .await;
    assert_eq!(decided.status, Status::SeeOther);
    let page = claire.get("/jury/editions/1/conflicts").await;
    assert!(
        page.body
            .contains("Potential: you were allowed to score it")
    );
    let events = laurel::db::audit::for_subject(app.db(), "submission", &sid.to_string())
        .await
        .unwrap();
    assert_eq!(events[0].action, "conflict.decided");
    let disqualifying = declarations
        .iter()
        .find(|d| d.level == laurel::domain::conflicts::ConflictLevel::Disqualifying)
        .unwrap();
    let refused = sec
        .post(
            &format!("/secretariat/conflicts/{}/decision", disqualifying.id),
            &[("decision", "allowed")],
        )
        .await;
    assert_eq!(refused.status, Status::SeeOther);
    let after = laurel::db::conflicts::find(app.db(), disqualifying.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        after.decision.map(|d| d.as_str()),
        Some("excluded"),
        "a disqualifying conflict stays excluded"
    );
}

#[rocket::async_test]
async fn a_juror_outside_the_jury_sees_nothing_and_cannot_declare() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    app.account(laurel::domain::role::Role::Juror, "outsider@example.org")
        .await;
    let mut outsider = app.logged_in("outsider@example.org").await;
    assert_eq!(
        outsider.get("/jury/editions/1/conflicts").await.status,
        Status::NotFound
    );
    let answer = outsider
        .post("/jury/editions/1/conflicts/1", &[("level", "none")])
        .await;
    assert_eq!(answer.status, Status::NotFound);
}

#[rocket::async_test]
async fn the_chair_decides_another_jurors_potential_conflict_but_not_their_own() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut jonas = demo_login(&app, "jonas.weber@laurel-demo.example").await;
    let page = jonas.get("/jury/editions/1/conflicts").await;
    let sid = submission_id_of(&page.body, "Open budgets that residents can read");
    let declared = jonas
        .post(
            &format!("/jury/editions/1/conflicts/{sid}"),
            &[
                ("level", "potential"),
                ("reason", "same_lrg_association"),
                ("details", "We sit together in a European network."),
            ],
        )
        .await;
    assert_eq!(declared.status, Status::SeeOther);
    let mut elena = demo_login(&app, "elena.markovic@laurel-demo.example").await;
    let page = elena.get("/jury/editions/1/conflicts").await;
    assert!(
        page.body
            .contains("Potential conflicts for you to decide, as chair")
    );
    assert!(page.body.contains("We sit together in a European network."));
    let pending = laurel::db::conflicts::of_edition(app.db(), 1)
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.submission_id == sid && d.decision.is_none())
        .unwrap();
    let decided = elena
        .post(
            &format!("/jury/conflicts/{}/decision", pending.id),
            &[("decision", "excluded")],
        )
        .await;
    assert_eq!(decided.status, Status::SeeOther);
    let after = laurel::db::conflicts::find(app.db(), pending.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.decision.map(|d| d.as_str()), Some("excluded"));
    let page = jonas.get("/jury/editions/1/conflicts").await;
    assert!(page.body.contains("Potential: you were excluded from it"));
    let mut claire = demo_login(&app, "claire.dubois@laurel-demo.example").await;
    let not_chair = claire
        .post(
            &format!("/jury/conflicts/{}/decision", pending.id),
            &[("decision", "allowed")],
        )
        .await;
    assert_eq!(not_chair.status, Status::NotFound, "only the chair decides");
}
