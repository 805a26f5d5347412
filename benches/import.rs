//! Imports 1,200 and 3,000 application rows into a closed edition on the app's own database
//! pool while a second task asks `/healthz` every 5 ms; prints rows per second and the health
//! check's latency (median, 95th percentile, worst) and any answer other than 200.
//!
//! SQLite by default (a fresh file); PostgreSQL when `LAUREL_BENCH_DATABASE_URL` names a server
//! (a fresh database is created there and dropped after).

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops loudly when its setup fails"
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use laurel::db::editions::EditionInput;
use laurel::domain::account::NewAccount;
use laurel::domain::application::{REQUIRED_COLUMNS, ValidationContext, parse_import};
use laurel::domain::edition::EditionStatus;
use laurel::domain::eligibility::EligibilitySettings;
use laurel::domain::role::Role;
use rocket::http::Status;
use rocket::local::asynchronous::Client;
use sea_orm::{DatabaseConnection, TransactionTrait};

mod common;
use common::BenchApp;

fn csv(rows: usize, prefix: &str, criteria: &[(String, String)]) -> String {
    let mut columns: Vec<String> = REQUIRED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    columns.extend(criteria.iter().map(|(key, _)| format!("answer_{key}")));
    let mut text = columns.join(",");
    text.push('\n');
    for i in 0..rows {
        let mut cells = vec![
            format!("applicant{i}@{prefix}.example"),
            format!("Applicant {i}"),
            format!("\"Water for Tamale and Roeselare, phase {i}\""),
            "Neighbourhood committees run the water points together.".to_owned(),
            "2023-02-01".to_owned(),
            String::new(),
            "yes".to_owned(),
            "en".to_owned(),
            "City of Ghent".to_owned(),
            "municipality".to_owned(),
            "BE".to_owned(),
            "City of Bukavu".to_owned(),
            "municipality".to_owned(),
            "CD".to_owned(),
            "300000".to_owned(),
            "150000".to_owned(),
            "9000".to_owned(),
            "11".to_owned(),
            "6 10".to_owned(),
            "11.3".to_owned(),
            "Keep the committees small.".to_owned(),
            "Mathias De Clercq".to_owned(),
            "Mayor".to_owned(),
            "2026-06-01T10:00:00Z".to_owned(),
        ];
        cells.extend(
            criteria
                .iter()
                .map(|(key, _)| format!("\"An answer on {key}, with a comma\"")),
        );
        text.push_str(&cells.join(","));
        text.push('\n');
    }
    text
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let at = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

async fn run(client: Arc<Client>, db: &DatabaseConnection, rows: usize) {
    let now = Utc::now();
    let actor = laurel::db::users::create(
        db,
        NewAccount {
            email: format!("sec{rows}@bench.example"),
            name: "Bench Secretariat".to_owned(),
            role: Role::Secretariat,
            password: "a long bench password".to_owned(),
            language: laurel::domain::language::Lang::EN,
        },
        None,
        now,
    )
    .await
    .expect("an account");
    let rubric = client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .and_then(|set| set.get("platforma"))
        .expect("the built-in rubric")
        .clone();
    let criteria: Vec<(String, String)> = rubric
        .criteria
        .iter()
        .map(|c| (c.key.clone(), c.name.clone()))
        .collect();
    let input = EditionInput {
        name: format!("Bench Awards {rows}"),
        year: 2027,
        time_zone: "Europe/Brussels".to_owned(),
        opens_at: now - chrono::Duration::days(30),
        closes_at: now + chrono::Duration::days(1),
        rubric,
        rubric_made_here: false,
        shortlist_size: 12,
        languages: vec!["en".to_owned(), "fr".to_owned()],
        eligibility: EligibilitySettings::default(),
        categories: Vec::new(),
        peer_scores: laurel::domain::peer_scores::PeerScores::default(),
        scoring_deadline: None,
        texts: Default::default(),
    };
    let mut edition = laurel::db::editions::create(db, input, actor.id, now)
        .await
        .expect("an edition");
    while edition.status != EditionStatus::Closed {
        let next = edition.status.next().expect("a next status");
        let txn = db.begin().await.expect("a transaction");
        edition = laurel::db::editions::transition(&txn, edition.id, next, actor.id, now)
            .await
            .expect("a transition");
        txn.commit().await.expect("a commit");
    }
    let ctx = ValidationContext {
        criteria: criteria.clone(),
        languages: edition.languages.clone(),
        categories: Vec::new(),
        current_year: 2026,
    };
    let text = csv(rows, &format!("r{rows}"), &criteria);
    let parse_started = Instant::now();
    let parsed = parse_import(&text, &ctx).expect("valid rows");
    let parse_time = parse_started.elapsed();

    let stop = Arc::new(AtomicBool::new(false));
    let pinger = {
        let (client, stop) = (Arc::clone(&client), Arc::clone(&stop));
        tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut not_ok = 0_usize;
            while !stop.load(Ordering::Relaxed) {
                let asked = Instant::now();
                let answer = client.get("/healthz").dispatch().await;
                latencies.push(asked.elapsed());
                if answer.status() != Status::Ok {
                    not_ok += 1;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            (latencies, not_ok)
        })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    let started = Instant::now();
    let imported =
        laurel::db::imports::import_applications(db, &edition, &ctx, &parsed, actor.id, Utc::now())
            .await
            .expect("the import");
    let took = started.elapsed();
    tokio::time::sleep(Duration::from_millis(50)).await;
    stop.store(true, Ordering::Relaxed);
    let (mut latencies, not_ok) = pinger.await.expect("the health checks");
    latencies.sort();
    println!(
        "{imported} rows: parsed in {:.1} ms, imported in {:.2} s = {:.0} rows/s; /healthz x{}: \
         median {:.1} ms, p95 {:.1} ms, worst {:.1} ms, not 200: {not_ok}",
        parse_time.as_secs_f64() * 1000.0,
        took.as_secs_f64(),
        imported as f64 / took.as_secs_f64(),
        latencies.len(),
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.95).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let app = BenchApp::start("import").await;
    for rows in [1_200, 3_000] {
        run(Arc::clone(&app.client), &app.db, rows).await;
    }
    app.finish().await;
}
