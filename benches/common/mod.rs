//! What the benchmarks that run the whole app share: the app on a fresh database (a SQLite file,
//! or a fresh PostgreSQL database when `LAUREL_BENCH_DATABASE_URL` names a server), reached
//! through Rocket's local client, and the database dropped after.

use std::sync::Arc;

use rocket::local::asynchronous::Client;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

const SECRET_KEY: &str =
    "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk4VwkeR+gjPgNxo9jYuf9Ix8n6Vi0ZZ/mZcSsD1Atiyw==";

/// The app under measurement.
pub struct BenchApp {
    /// The in-process client.
    pub client: Arc<Client>,
    /// The app's own pool.
    pub db: DatabaseConnection,
    created: Option<(DatabaseConnection, String)>,
    _data_dir: tempfile::TempDir,
}

impl BenchApp {
    /// Starts the app on a fresh database; `name` tells this benchmark's databases apart.
    pub async fn start(name: &str) -> BenchApp {
        let data_dir = tempfile::tempdir().expect("a temporary directory");
        let (url, created) = match std::env::var("LAUREL_BENCH_DATABASE_URL") {
            Ok(base) if !base.is_empty() => {
                let database = format!("laurel_bench_{name}_{}", std::process::id());
                let admin = Database::connect(&base).await.expect("the server");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{database}\""))
                    .await
                    .expect("a database");
                let url = format!(
                    "{}/{database}",
                    base.rsplit_once('/').map_or(&*base, |p| p.0)
                );
                (url, Some((admin, database)))
            }
            _ => (
                format!(
                    "sqlite://{}?mode=rwc",
                    data_dir.path().join("bench.db").display()
                ),
                None,
            ),
        };
        println!(
            "database: {}; {} cores",
            if created.is_some() {
                "PostgreSQL"
            } else {
                "SQLite"
            },
            std::thread::available_parallelism().map_or(1, usize::from)
        );
        let figment = laurel::config::figment()
            .merge(("secret_key", SECRET_KEY))
            .merge(("log_level", "off"))
            .merge(("database_url", url))
            .merge(("data_dir", data_dir.path().display().to_string()));
        let rocket = laurel::build(figment).await.expect("the app");
        let client = Arc::new(Client::untracked(rocket).await.expect("a client"));
        let db = client
            .rocket()
            .state::<DatabaseConnection>()
            .expect("the pool")
            .clone();
        BenchApp {
            client,
            db,
            created,
            _data_dir: data_dir,
        }
    }

    /// Stops the app and drops the PostgreSQL database it was given.
    pub async fn finish(self) {
        let BenchApp {
            client,
            db,
            created,
            _data_dir,
        } = self;
        drop(db);
        drop(client);
        if let Some((admin, database)) = created {
            admin
                .execute_unprepared(&format!(
                    "DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"
                ))
                .await
                .expect("dropped");
        }
    }
}
