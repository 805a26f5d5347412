//! The schema: migrations up, down and up again; constraints that protect the data.

use migrations::MigrationStatus;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};

use laurel::db::entities::{audit_entry, score};

use crate::helpers::TestApp;

async fn applied(app: &TestApp) -> usize {
    Migrator::get_migration_with_status(app.db())
        .await
        .unwrap()
        .iter()
        .filter(|m| m.status() == MigrationStatus::Applied)
        .count()
}

#[rocket::async_test]
async fn migrations_go_up_down_and_up_again() {
    let app = TestApp::spawn().await;
    let total = Migrator::migrations().len();
    assert_eq!(applied(&app).await, total);
    Migrator::down(app.db(), None).await.unwrap();
    assert_eq!(applied(&app).await, 0);
    Migrator::up(app.db(), None).await.unwrap();
    assert_eq!(applied(&app).await, total);
    Migrator::down(app.db(), Some(1)).await.unwrap();
    assert_eq!(applied(&app).await, total - 1);
    Migrator::up(app.db(), None).await.unwrap();
    assert_eq!(applied(&app).await, total);
}

#[rocket::async_test]
async fn the_audit_log_refuses_updates_and_deletes() {
    let app = TestApp::spawn().await;
    laurel::db::audit::record(
        app.db(),
        app.clock().now(),
        laurel::db::audit::AuditEvent {
            actor_id: None,
            action: "test.event",
            subject_type: "test",
            subject_id: None,
            details: serde_json::json!({}),
        },
    )
    .await
    .unwrap();
    let update = app
        .db()
        .execute_unprepared("UPDATE audit_log SET action = 'tampered'")
        .await;
    assert!(update.is_err(), "an update must be refused");
    let delete = app.db().execute_unprepared("DELETE FROM audit_log").await;
    assert!(delete.is_err(), "a delete must be refused");
    let rows = audit_entry::Entity::find().all(app.db()).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].action, "test.event");
}

#[rocket::async_test]
async fn a_second_score_for_the_same_assignment_and_criterion_is_refused() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let existing = score::Entity::find().one(app.db()).await.unwrap().unwrap();
    let duplicate = score::ActiveModel {
        assignment_id: Set(existing.assignment_id),
        criterion_key: Set(existing.criterion_key.clone()),
        half_points: Set(Some(4)),
        comment: Set("again".to_owned()),
        version: Set(1),
        updated_at: Set(existing.updated_at),
        ..Default::default()
    }
    .insert(app.db())
    .await;
    assert!(duplicate.is_err());
}

#[rocket::async_test]
async fn a_score_for_an_assignment_that_does_not_exist_is_refused() {
    let app = TestApp::spawn().await;
    let orphan = score::ActiveModel {
        assignment_id: Set(4242),
        criterion_key: Set("resident_participation".to_owned()),
        half_points: Set(Some(4)),
        comment: Set(String::new()),
        version: Set(1),
        updated_at: Set(app.clock().now()),
        ..Default::default()
    }
    .insert(app.db())
    .await;
    assert!(orphan.is_err(), "foreign keys are enforced");
}

#[rocket::async_test]
async fn two_instances_starting_together_on_an_empty_postgres_database_both_start() {
    // Several instances are a PostgreSQL setup; a SQLite file has one instance.
    if !crate::helpers::on_postgres() {
        eprintln!("skipped: runs against PostgreSQL only");
        return;
    }
    let (url, _database) = crate::helpers::fresh_database().await;
    let figment = || crate::helpers::test_figment().merge(("database_url", url.clone()));
    let (first, second) = tokio::join!(laurel::build(figment()), laurel::build(figment()));
    let first = first.unwrap();
    assert!(second.is_ok(), "{:?}", second.err());
    let db = first.state::<sea_orm::DatabaseConnection>().unwrap();
    let statuses = Migrator::get_migration_with_status(db).await.unwrap();
    assert!(
        statuses
            .iter()
            .all(|m| m.status() == MigrationStatus::Applied)
    );
}

#[rocket::async_test]
async fn the_rounds_migrations_keep_a_single_round_editions_exports_byte_for_byte() {
    use laurel::domain::edition::EditionStatus;
    use rocket::http::Status;
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = app.browser().await;
    sec.login(laurel::demo::SECRETARIAT_EMAIL, laurel::demo::DEMO_PASSWORD)
        .await;
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    let files = ["ranking", "jurors", "scores", "conflicts"];
    let mut before = Vec::new();
    for file in files {
        let (status, bytes) = sec
            .get_bytes(&format!("/secretariat/editions/1/export/{file}.csv"))
            .await;
        assert_eq!(status, Status::Ok, "{file}");
        before.push(bytes);
    }
    assert!(before[0].len() > 1_000, "a real ranking");

    let migrations = Migrator::migrations();
    let rounds_from = migrations
        .iter()
        .position(|m| m.name() == "m20261207_000032_create_rounds")
        .unwrap();
    let since_rounds = u32::try_from(migrations.len() - rounds_from).unwrap();
    Migrator::down(app.db(), Some(since_rounds)).await.unwrap();
    assert_eq!(applied(&app).await, rounds_from, "back before rounds");
    Migrator::up(app.db(), None).await.unwrap();

    for (file, earlier) in files.iter().zip(&before) {
        let (status, bytes) = sec
            .get_bytes(&format!("/secretariat/editions/1/export/{file}.csv"))
            .await;
        assert_eq!(status, Status::Ok, "{file}");
        assert!(
            bytes == *earlier,
            "{file} changed:\n{}\n---\n{}",
            String::from_utf8_lossy(earlier),
            String::from_utf8_lossy(&bytes)
        );
    }
}
