//! Password work under attack, through the app's own routes (Rocket's local client, real
//! database, real argon2): how many wrong passwords are checked in bursts of 8–64 simultaneous
//! logins against one account, and registration throughput and memory (RSS) under 4, 16 and 32
//! concurrent clients, before, during (peak) and after the load.
//!
//! SQLite by default (a fresh file); PostgreSQL when `LAUREL_BENCH_DATABASE_URL` names a server
//! (a fresh database is created there and dropped after). Run with `cargo bench --bench
//! auth_load`.

#![allow(
    clippy::expect_used,
    reason = "a benchmark stops loudly when its setup fails"
)]

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use laurel::db::entities::login_throttle;
use laurel::domain::account::NewAccount;
use laurel::domain::role::Role;
use rocket::http::{ContentType, Cookie, Status};
use rocket::local::asynchronous::{Client, LocalResponse};
use sea_orm::{DatabaseConnection, EntityTrait};
use tokio::sync::Barrier;

mod common;
use common::BenchApp;

const PASSWORD: &str = "the right long password";

/// The resident set size of this process, in MiB.
fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kib| kib / 1024.0)
}

/// A distinct client address per number, so that per-address limits do not hide the others.
fn address(n: u32) -> SocketAddr {
    let [_, b, c, d] = n.to_be_bytes();
    SocketAddr::new(IpAddr::V4(Ipv4Addr::new(10, b, c, d)), 40_000)
}

fn token_in(body: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = body.find(marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].to_owned())
}

fn cookies_of(response: &LocalResponse<'_>) -> Vec<Cookie<'static>> {
    response
        .cookies()
        .iter()
        .map(|c| c.clone().into_owned())
        .collect()
}

/// A form page's CSRF token and cookies, as a browser gets them.
async fn open_form(
    client: &Client,
    path: &str,
    from: SocketAddr,
) -> (String, Vec<Cookie<'static>>) {
    let response = client.get(path.to_owned()).remote(from).dispatch().await;
    let cookies = cookies_of(&response);
    let body = response.into_string().await.unwrap_or_default();
    (token_in(&body).expect("a form with a CSRF token"), cookies)
}

async fn post_form(
    client: &Client,
    path: &str,
    from: SocketAddr,
    cookies: Vec<Cookie<'static>>,
    fields: &[(&str, &str)],
) -> Status {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    let mut request = client
        .post(path.to_owned())
        .remote(from)
        .header(ContentType::Form)
        .body(body);
    for cookie in cookies {
        request = request.cookie(cookie);
    }
    request.dispatch().await.status()
}

async fn failures_recorded(db: &DatabaseConnection, email: &str) -> i32 {
    login_throttle::Entity::find_by_id(format!("account:{email}"))
        .one(db)
        .await
        .expect("the throttle table")
        .map_or(0, |row| row.failures)
}

/// Bursts of wrong passwords at one account, all at once from distinct addresses.
async fn login_bursts(client: &Arc<Client>, db: &DatabaseConnection) {
    println!("login bursts (account limit 5, one account per burst, distinct addresses):");
    let mut next_address = 1;
    for size in [8_u32, 16, 32, 64] {
        let email = format!("burst{size}@bench.example");
        laurel::db::users::create(
            db,
            NewAccount {
                email: email.clone(),
                name: format!("Burst {size}"),
                role: Role::Juror,
                password: PASSWORD.to_owned(),
                language: laurel::domain::language::Lang::EN,
            },
            None,
            chrono::Utc::now(),
        )
        .await
        .expect("an account");
        let created = rss_mib();
        let mut prepared = Vec::new();
        for _ in 0..size {
            let from = address(next_address);
            next_address += 1;
            let (token, cookies) = open_form(client, "/login", from).await;
            prepared.push((from, token, cookies));
        }
        let opened = rss_mib();
        let start = Arc::new(Barrier::new(prepared.len()));
        let began = Instant::now();
        let tasks: Vec<_> = prepared
            .into_iter()
            .map(|(from, token, cookies)| {
                let (client, start, email) =
                    (Arc::clone(client), Arc::clone(&start), email.clone());
                tokio::spawn(async move {
                    start.wait().await;
                    let fields = [
                        ("csrf_token", token.as_str()),
                        ("email", email.as_str()),
                        ("password", "a wrong password, long enough"),
                    ];
                    post_form(&client, "/login", from, cookies, &fields).await
                })
            })
            .collect();
        let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
        for task in tasks {
            *statuses
                .entry(task.await.expect("a login").code)
                .or_default() += 1;
        }
        let took = began.elapsed();
        let checks = failures_recorded(db, &email).await;
        let from = address(next_address);
        next_address += 1;
        let (token, cookies) = open_form(client, "/login", from).await;
        let right = post_form(
            client,
            "/login",
            from,
            cookies,
            &[
                ("csrf_token", token.as_str()),
                ("email", email.as_str()),
                ("password", PASSWORD),
            ],
        )
        .await;
        println!(
            "  burst of {size:>2}: wrong passwords checked {checks}, answers {statuses:?}, \
             {:.2} s; the right password after it: {}; RSS after the account {created:.0} MiB, \
             after opening the forms {opened:.0} MiB, after the burst {:.0} MiB",
            took.as_secs_f64(),
            right.code,
            rss_mib()
        );
    }
}

/// Registrations by `clients` concurrent clients for `span`, each request from its own address.
async fn registration_load(client: &Arc<Client>, clients: u32, span: Duration, first: u32) -> u32 {
    let idle = rss_mib();
    let peak_bits = Arc::new(AtomicU64::new(idle.to_bits()));
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let (peak_bits, sampling) = (Arc::clone(&peak_bits), Arc::clone(&sampling));
        tokio::spawn(async move {
            while sampling.load(Ordering::Relaxed) {
                let now = rss_mib();
                let _ = peak_bits.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |old| {
                    (now > f64::from_bits(old)).then_some(now.to_bits())
                });
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    let began = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|c| {
            let client = Arc::clone(client);
            tokio::spawn(async move {
                let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
                let mut n = 0_u32;
                while began.elapsed() < span {
                    let id = first + c * 100_000 + n;
                    n += 1;
                    let from = address(id);
                    let (token, cookies) = open_form(&client, "/register", from).await;
                    let email = format!("load{id}@bench.example");
                    let status = post_form(
                        &client,
                        "/register",
                        from,
                        cookies,
                        &[
                            ("csrf_token", token.as_str()),
                            ("name", "Load Applicant"),
                            ("email", email.as_str()),
                            ("password", "a long applicant password"),
                            ("organisation", "City of Load"),
                            ("kind", "municipality"),
                            ("country", "BE"),
                            ("time_zone", "Europe/Brussels"),
                        ],
                    )
                    .await;
                    *statuses.entry(status.code).or_default() += 1;
                }
                (statuses, n)
            })
        })
        .collect();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    let mut sent = 0;
    for task in tasks {
        let (theirs, n) = task.await.expect("a client");
        sent += n;
        for (code, count) in theirs {
            *statuses.entry(code).or_default() += count;
        }
    }
    let took = began.elapsed();
    sampling.store(false, Ordering::Relaxed);
    sampler.await.expect("the sampler");
    let peak = f64::from_bits(peak_bits.load(Ordering::Relaxed));
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after_2s = rss_mib();
    tokio::time::sleep(Duration::from_secs(8)).await;
    let after_10s = rss_mib();
    let created = statuses.get(&303).copied().unwrap_or(0);
    println!(
        "  {clients:>2} clients: {sent} registrations in {:.1} s = {:.1} req/s ({:.1} accounts/s), \
         answers {statuses:?}; RSS idle {idle:.0} MiB, peak {peak:.0} MiB, \
         after 2 s {after_2s:.0} MiB, after 10 s {after_10s:.0} MiB",
        took.as_secs_f64(),
        f64::from(sent) / took.as_secs_f64(),
        created as f64 / took.as_secs_f64(),
    );
    first + clients * 100_000
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let app = BenchApp::start("auth").await;
    let (client, db) = (&app.client, &app.db);
    println!("RSS at start: {:.0} MiB", rss_mib());
    login_bursts(client, db).await;
    println!("RSS after the bursts: {:.0} MiB", rss_mib());
    if std::env::var_os("LAUREL_BENCH_BURSTS_ONLY").is_some() {
        app.finish().await;
        return;
    }
    println!("registration load (each request from its own address, 8 s per level):");
    let mut first = 1_000_000;
    for clients in [4, 16, 32] {
        first = registration_load(client, clients, Duration::from_secs(8), first).await;
    }
    app.finish().await;
}
