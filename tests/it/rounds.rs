//! An edition's rounds of evaluation: every edition starts with one jury round deciding the prizes
//! after a consensus (new ones, the demo's, and those that existed before rounds did), and the
//! edition page lists its rounds in the reader's language.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use laurel::domain::round::RoundOutcome;
use migrations::{Migrator, MigratorTrait};

use crate::helpers::TestApp;

async fn only_round_is_the_jury(app: &TestApp, edition_id: i32) {
    let rounds = laurel::db::rounds::of_edition(app.db(), edition_id)
        .await
        .unwrap();
    assert_eq!(rounds.len(), 1, "{rounds:?}");
    let round = &rounds[0];
    assert_eq!(round.position, 1);
    assert_eq!(round.name, None);
    assert!(round.consensus);
    assert_eq!(round.outcome, RoundOutcome::Prizes);
}

#[rocket::async_test]
async fn a_new_edition_starts_with_one_jury_round_that_decides_the_prizes_after_a_consensus() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let closes = app.clock().now() + Duration::days(30);
    let edition = crate::fixtures::edition(&app, closes, EditionStatus::Draft).await;
    only_round_is_the_jury(&app, edition.id).await;

    let mut secretariat = app.logged_in("sec@example.org").await;
    let path = format!("/secretariat/editions/{}", edition.id);
    let page = secretariat.get(&path).await;
    assert!(page.body.contains("Evaluation rounds"), "{}", page.body);
    assert!(
        page.body
            .contains("1. Jury: decides the prizes after a consensus")
    );
    secretariat
        .post("/language", &[("lang", "it"), ("back", "/secretariat")])
        .await;
    let page = secretariat.get(&path).await;
    assert!(
        page.body
            .contains("1. Giuria: assegna i premi dopo un consenso"),
        "{}",
        page.body
    );
}

#[rocket::async_test]
async fn the_demo_editions_have_their_jury_round() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    for edition in laurel::db::editions::list(app.db()).await.unwrap() {
        only_round_is_the_jury(&app, edition.id).await;
    }
}

#[rocket::async_test]
async fn an_edition_made_before_rounds_existed_gets_its_jury_round_from_the_migration() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let closes = app.clock().now() + Duration::days(30);
    let edition = crate::fixtures::edition(&app, closes, EditionStatus::Open).await;
    Migrator::down(app.db(), Some(3)).await.unwrap();
    Migrator::up(app.db(), None).await.unwrap();
    only_round_is_the_jury(&app, edition.id).await;
}

#[rocket::async_test]
async fn the_panel_assignments_consensus_and_decisions_made_before_rounds_belong_to_the_jury_round()
{
    use laurel::db::entities::{assignment, jury_membership};
    use sea_orm::EntityTrait;
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    Migrator::down(app.db(), Some(1)).await.unwrap();
    Migrator::up(app.db(), None).await.unwrap();
    let editions = laurel::db::editions::list(app.db()).await.unwrap();
    let evaluated = editions
        .iter()
        .find(|e| e.status != EditionStatus::Open)
        .unwrap();
    let round = laurel::db::rounds::of_edition(app.db(), evaluated.id)
        .await
        .unwrap()[0]
        .id;
    let members = jury_membership::Entity::find().all(app.db()).await.unwrap();
    let assignments = assignment::Entity::find().all(app.db()).await.unwrap();
    assert!(!members.is_empty() && !assignments.is_empty());
    assert!(
        members.iter().all(|m| m.round_id == Some(round)),
        "{members:?}"
    );
    assert!(assignments.iter().all(|a| a.round_id == Some(round)));
    assert_eq!(
        laurel::db::rounds::current_id(app.db(), evaluated.id)
            .await
            .unwrap(),
        round
    );
    assert_eq!(
        laurel::db::rounds::final_id(app.db(), evaluated.id)
            .await
            .unwrap(),
        round
    );
}
