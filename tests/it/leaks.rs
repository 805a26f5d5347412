//! Conflict-of-interest leakage: a conflicted juror walks every GET route the app mounts (pages,
//! exports, API), with every id in the database, in the scoring and the consensus phases, and
//! never meets the submission they are conflicted with.

use laurel::db::entities::{assignment, jury_membership, submission, user};
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use rocket::http::Method;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::helpers::{Browser, TestApp};

/// Claire Dubois declared a disqualifying conflict with this demo project.
/// Its title and summary, cut before the apostrophe that pages escape.
const TITLE: &str = "Village water points managed by users";
const SUMMARY: &str = "take over the upkeep of rural water points";

/// Every GET path the app mounts, with each `<param>` replaced by `value`.
fn paths_with(app: &TestApp, value: &str) -> Vec<String> {
    app.client
        .rocket()
        .routes()
        .filter(|r| r.method == Method::Get && r.uri.path().contains('<'))
        .map(|r| {
            r.uri
                .path()
                .split('/')
                .map(|segment| {
                    if segment.starts_with('<') {
                        value.to_owned()
                    } else {
                        segment.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect()
}

fn fixed_paths(app: &TestApp) -> Vec<String> {
    app.client
        .rocket()
        .routes()
        .filter(|r| r.method == Method::Get && !r.uri.path().contains('<'))
        .map(|r| r.uri.path().to_string())
        .collect()
}

/// The submission a conflicted juror must never meet: its title and a piece of its summary,
/// in an edition.
pub struct Hidden<'a> {
    /// The edition whose exports are tried too.
    pub edition: i32,
    /// Its title (shown by design only on the conflicts page, where it was declared).
    pub title: &'a str,
    /// A piece of its summary, shown nowhere.
    pub summary: &'a str,
}

async fn walk(app: &TestApp, claire: &mut Browser<'_>, phase: &str) -> usize {
    let hidden = Hidden {
        edition: 1,
        title: TITLE,
        summary: SUMMARY,
    };
    walk_hiding(app, claire, phase, &hidden).await
}

/// Walks every GET route with every id as `juror` and checks that `hidden` never shows;
/// returns how many addresses were tried.
pub async fn walk_hiding(
    app: &TestApp,
    juror: &mut Browser<'_>,
    phase: &str,
    hidden: &Hidden<'_>,
) -> usize {
    let biggest = assignment::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .len()
        + 30;
    let mut paths = fixed_paths(app);
    for value in 1..=biggest {
        paths.extend(paths_with(app, &value.to_string()));
    }
    paths.extend(paths_with(app, "project"));
    for kind in laurel::export::ExportKind::ALL {
        paths.push(format!(
            "/secretariat/editions/{}/export/{kind}.csv?names=true",
            hidden.edition
        ));
    }
    for path in &paths {
        let (status, bytes) = juror.get_bytes(path).await;
        let body = String::from_utf8_lossy(&bytes);
        assert!(
            !body.contains(hidden.summary),
            "{phase}: {path} ({status}) shows the application"
        );
        // The conflicts page names every eligible submission by design (that is where the
        // conflict was declared); nothing else may.
        if !path.contains("/conflicts") {
            assert!(
                !body.contains(hidden.title),
                "{phase}: {path} ({status}) names the submission"
            );
        }
    }
    paths.len()
}

#[rocket::async_test]
async fn a_conflicted_rapporteur_meets_nothing_of_the_submission_on_any_route_in_any_phase() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let claire = user::Entity::find()
        .filter(user::Column::Email.eq("claire.dubois@laurel-demo.example"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let membership = jury_membership::Entity::find()
        .filter(jury_membership::Column::UserId.eq(claire.id))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut rapporteur: jury_membership::ActiveModel = membership.into();
    rapporteur.jury_role = Set("rapporteur".to_owned());
    rapporteur.update(app.db()).await.unwrap();
    let water = submission::Entity::find()
        .filter(submission::Column::Title.starts_with(TITLE))
        .one(app.db())
        .await
        .unwrap();
    assert!(water.is_some(), "the demo has the project");

    // The check can fail: a juror assigned to the project does meet it.
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    assert!(jonas.get("/jury").await.body.contains(TITLE));
    let water_id = water.map(|w| w.id).unwrap_or_default();
    let jonas_card = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.eq(water_id))
        .all(app.db())
        .await
        .unwrap();
    let mut seen = false;
    for card in jonas_card {
        seen |= jonas
            .get(&format!("/jury/assignments/{}", card.id))
            .await
            .body
            .contains(SUMMARY);
    }
    assert!(seen, "the assigned juror's scorecard shows the application");

    let mut browser = app.browser().await;
    browser
        .login("claire.dubois@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let walked = walk(&app, &mut browser, "jury evaluation").await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    assert!(
        jonas.get("/jury").await.body.contains(TITLE),
        "assigned jurors still see it"
    );
    walk(&app, &mut browser, "consensus").await;
    assert!(walked > 500, "walked {walked} paths");
}
