//! Saving a scorecard under load, through the JSON API (`PUT` with `If-Match`) and through the
//! page (`POST` of the form with its CSRF token), each at 50 concurrent clients, against the
//! stylesheet (`/static/laurel.css`) on the same app in the same run: requests per second and
//! latency percentiles. Each client saves its own scorecard again and again (a new comment every
//! time), so every request is a real write.
//!
//! SQLite by default (a fresh file); PostgreSQL when `LAUREL_BENCH_DATABASE_URL` names a server.
//! Run with `cargo bench --bench api_load`.

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops loudly when its setup fails"
)]

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use laurel::db::entities::{assignment, conflict_declaration, jury_membership, submission};
use laurel::domain::api_token::TokenRequest;
use rocket::http::{ContentType, Cookie, Header, Status};
use rocket::local::asynchronous::Client;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

mod common;
use common::BenchApp;

const CLIENTS: usize = 50;
const DURATION: Duration = Duration::from_secs(6);

/// One client's scorecard and credentials.
#[derive(Clone)]
struct Seat {
    assignment: i32,
    token: String,
    cookies: Vec<Cookie<'static>>,
    csrf: String,
}

fn address(n: usize) -> SocketAddr {
    let n = u32::try_from(n).unwrap_or(0);
    let [_, b, c, d] = n.to_be_bytes();
    SocketAddr::new(IpAddr::V4(Ipv4Addr::new(10, b, c, d)), 40_000)
}

fn csrf_in(body: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = body.find(marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].to_owned())
}

/// Every juror of the demo edition gets a draft on every submission they have no conflict with.
async fn drafts(db: &DatabaseConnection) -> Vec<assignment::Model> {
    let template = assignment::Entity::find()
        .one(db)
        .await
        .expect("assignments")
        .expect("the demo has assignments");
    let members = jury_membership::Entity::find()
        .all(db)
        .await
        .expect("members");
    let submissions = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(template_edition(db, &template).await))
        .filter(submission::Column::Status.eq("submitted"))
        .all(db)
        .await
        .expect("submissions");
    let conflicts = conflict_declaration::Entity::find()
        .filter(conflict_declaration::Column::Level.ne("none"))
        .all(db)
        .await
        .expect("conflicts");
    let existing = assignment::Entity::find()
        .all(db)
        .await
        .expect("assignments");
    for member in &members {
        for s in &submissions {
            let taken = existing
                .iter()
                .any(|a| a.juror_id == member.user_id && a.submission_id == s.id);
            let conflicted = conflicts
                .iter()
                .any(|c| c.juror_id == member.user_id && c.submission_id == s.id);
            if taken || conflicted {
                continue;
            }
            assignment::ActiveModel {
                round_id: Set(template.round_id),
                submission_id: Set(s.id),
                juror_id: Set(member.user_id),
                phase: Set(template.phase.clone()),
                status: Set("draft".to_owned()),
                overall_comment: Set(String::new()),
                revision: Set(template.revision),
                submitted_at: Set(None),
                created_at: Set(template.created_at),
                suspended: Set(false),
                version: Set(0),
                ..Default::default()
            }
            .insert(db)
            .await
            .expect("an assignment");
        }
    }
    assignment::Entity::update_many()
        .col_expr(
            assignment::Column::Status,
            sea_orm::sea_query::Expr::value("draft"),
        )
        .col_expr(
            assignment::Column::SubmittedAt,
            sea_orm::sea_query::Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .exec(db)
        .await
        .expect("drafts");
    assignment::Entity::find()
        .filter(assignment::Column::Suspended.eq(false))
        .all(db)
        .await
        .expect("assignments")
        .into_iter()
        .filter(|a| {
            !conflicts
                .iter()
                .any(|c| c.juror_id == a.juror_id && c.submission_id == a.submission_id)
        })
        .collect()
}

async fn template_edition(db: &DatabaseConnection, a: &assignment::Model) -> i32 {
    submission::Entity::find_by_id(a.submission_id)
        .one(db)
        .await
        .expect("a submission")
        .expect("the submission")
        .edition_id
}

/// Logs a juror in as a browser does: the session and CSRF cookies and a page's CSRF token.
async fn browser_login(
    client: &Client,
    email: &str,
    from: SocketAddr,
) -> (Vec<Cookie<'static>>, String) {
    let login = client.get("/login").remote(from).dispatch().await;
    let mut cookies: Vec<Cookie<'static>> = login
        .cookies()
        .iter()
        .map(|c| c.clone().into_owned())
        .collect();
    let token = csrf_in(&login.into_string().await.unwrap_or_default()).expect("the login form");
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("csrf_token", token.as_str()),
            ("email", email),
            ("password", laurel::demo::DEMO_PASSWORD),
        ])
        .finish();
    let mut request = client
        .post("/login")
        .remote(from)
        .header(ContentType::Form)
        .body(body);
    for cookie in &cookies {
        request = request.cookie(cookie.clone());
    }
    let answer = request.dispatch().await;
    assert_eq!(answer.status(), Status::SeeOther, "the demo login");
    for cookie in answer.cookies().iter() {
        cookies.retain(|c| c.name() != cookie.name());
        cookies.push(cookie.clone().into_owned());
    }
    let mut page = client.get("/jury").remote(from);
    for cookie in &cookies {
        page = page.cookie(cookie.clone());
    }
    let page = page
        .dispatch()
        .await
        .into_string()
        .await
        .unwrap_or_default();
    (
        cookies,
        csrf_in(&page).expect("a CSRF token on the jury page"),
    )
}

async fn seats(client: &Client, db: &DatabaseConnection) -> (Vec<Seat>, Vec<String>) {
    let cards = drafts(db).await;
    let mut jurors: Vec<i32> = cards.iter().map(|a| a.juror_id).collect();
    jurors.sort_unstable();
    jurors.dedup();
    let request = TokenRequest::parse("bench", "read_write", "7").expect("a token request");
    let mut credentials = std::collections::BTreeMap::new();
    for (n, juror) in jurors.iter().enumerate() {
        let account = laurel::db::users::find(db, *juror)
            .await
            .expect("a juror")
            .expect("the juror");
        let issued = laurel::app::tokens::issue(db, &account, &request, chrono::Utc::now())
            .await
            .expect("a token");
        let (cookies, csrf) = browser_login(client, &account.email, address(n + 1)).await;
        credentials.insert(*juror, (issued.secret, cookies, csrf));
    }
    let keys = client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .and_then(|set| set.get("platforma"))
        .expect("the platforma rubric")
        .criteria
        .iter()
        .map(|c| c.key.clone())
        .collect();
    println!(
        "{} drafts over {} jurors; {CLIENTS} clients, each on its own scorecard",
        cards.len(),
        jurors.len()
    );
    assert!(
        cards.len() >= CLIENTS,
        "enough scorecards for one per client"
    );
    let seats = cards
        .iter()
        .take(CLIENTS)
        .map(|a| {
            let (token, cookies, csrf) = credentials[&a.juror_id].clone();
            Seat {
                assignment: a.id,
                token,
                cookies,
                csrf,
            }
        })
        .collect();
    (seats, keys)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Stylesheet,
    ApiSave,
    PageSave,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Stylesheet => "GET /static/laurel.css",
            Kind::ApiSave => "PUT /api/v1/assignments/<aid>/scorecard",
            Kind::PageSave => "POST /jury/assignments/<aid> (form)",
        }
    }
}

/// One client's loop: its latencies and how many answers were not the expected one.
async fn run_client(
    client: Arc<Client>,
    seat: Seat,
    keys: Arc<Vec<String>>,
    kind: Kind,
    until: Instant,
    mut version: i64,
) -> (Vec<Duration>, usize) {
    let mut latencies = Vec::new();
    let mut wrong = 0;
    let mut n = 0_u64;
    while Instant::now() < until {
        n += 1;
        let comment = format!("Save number {n}: the partnership is credible.");
        let started = Instant::now();
        let status = match kind {
            Kind::Stylesheet => client.get("/static/laurel.css").dispatch().await.status(),
            Kind::ApiSave => {
                let criteria: serde_json::Map<String, serde_json::Value> = keys
                    .iter()
                    .map(|k| {
                        (
                            k.clone(),
                            serde_json::json!({"score": 3.5, "comment": comment}),
                        )
                    })
                    .collect();
                let body = serde_json::json!({"criteria": criteria, "overall_comment": comment})
                    .to_string();
                let answer = client
                    .put(format!("/api/v1/assignments/{}/scorecard", seat.assignment))
                    .header(Header::new(
                        "Authorization",
                        format!("Bearer {}", seat.token),
                    ))
                    .header(Header::new("If-Match", format!("\"{version}\"")))
                    .header(ContentType::JSON)
                    .body(body)
                    .dispatch()
                    .await;
                if let Some(tag) = answer.headers().get_one("ETag") {
                    version = tag.trim_matches('"').parse().unwrap_or(version);
                }
                answer.status()
            }
            Kind::PageSave => {
                let stamp = version.to_string();
                let mut fields: Vec<(String, String)> = vec![
                    ("csrf_token".to_owned(), seat.csrf.clone()),
                    ("stamp".to_owned(), stamp),
                    ("action".to_owned(), "save".to_owned()),
                    ("overall".to_owned(), comment.clone()),
                ];
                for key in keys.iter() {
                    fields.push((format!("scores[{key}]"), "3.5".to_owned()));
                    fields.push((format!("comments[{key}]"), comment.clone()));
                }
                let body = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields)
                    .finish();
                let mut request = client
                    .post(format!("/jury/assignments/{}", seat.assignment))
                    .header(ContentType::Form)
                    .body(body);
                for cookie in &seat.cookies {
                    request = request.cookie(cookie.clone());
                }
                let status = request.dispatch().await.status();
                if status == Status::SeeOther {
                    version += 1;
                }
                status
            }
        };
        latencies.push(started.elapsed());
        let expected = match kind {
            Kind::PageSave => Status::SeeOther,
            _ => Status::Ok,
        };
        if status != expected {
            wrong += 1;
        }
    }
    (latencies, wrong)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    #[expect(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "an index into a short list"
    )]
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn scenario(
    client: &Arc<Client>,
    db: &DatabaseConnection,
    seats: &[Seat],
    keys: &Arc<Vec<String>>,
    kind: Kind,
) {
    // Each save scenario starts from the stored version of every scorecard.
    let seats = seats.to_vec();
    let versions: Vec<i64> = {
        let mut out = Vec::new();
        for seat in &seats {
            let card = laurel::db::scores::load(db, seat.assignment)
                .await
                .expect("a scorecard")
                .expect("the scorecard");
            out.push(card.stamp);
        }
        out
    };
    let started = Instant::now();
    let until = started + DURATION;
    let tasks: Vec<_> = seats
        .into_iter()
        .zip(versions)
        .map(|(seat, version)| {
            let (client, keys) = (Arc::clone(client), Arc::clone(keys));
            tokio::spawn(run_client(client, seat, keys, kind, until, version))
        })
        .collect();
    let mut latencies = Vec::new();
    let mut wrong = 0;
    for task in tasks {
        let (l, w) = task.await.expect("a client");
        latencies.extend(l);
        wrong += w;
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_unstable();
    #[expect(clippy::cast_precision_loss, reason = "a count of requests")]
    let rate = latencies.len() as f64 / elapsed;
    println!(
        "{:<44} {:>7.0} req/s  p50 {:>7.1} ms  p99 {:>7.1} ms  max {:>7.1} ms  ({} requests, {} unexpected answers)",
        kind.label(),
        rate,
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0),
        latencies.len(),
        wrong
    );
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let app = BenchApp::start("api_load").await;
    let rubric = app
        .client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .and_then(|set| set.get("platforma"))
        .expect("the platforma rubric")
        .clone();
    // The jury alone, as the figures in the README were measured.
    let rounds = laurel::demo::DemoRounds::One;
    laurel::demo::seed(&app.db, &rubric, chrono::Utc::now(), rounds)
        .await
        .expect("the demo award");
    let (seats, keys) = seats(&app.client, &app.db).await;
    let keys = Arc::new(keys);
    println!(
        "{CLIENTS} concurrent clients, {} s per scenario, release build",
        DURATION.as_secs()
    );
    for kind in [
        Kind::Stylesheet,
        Kind::ApiSave,
        Kind::PageSave,
        Kind::Stylesheet,
    ] {
        scenario(&app.client, &app.db, &seats, &keys, kind).await;
    }
    app.finish().await;
}
