//! Test harness: a fresh app per test, and `Browser`, a cookie-keeping client like a person's.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU32, Ordering};

use laurel::clock::Clock;
use laurel::domain::account::{Account, NewAccount};
use laurel::domain::role::Role;
use rocket::figment::Figment;
use rocket::http::{ContentType, Cookie, Status};
use rocket::local::asynchronous::{Client, LocalResponse};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

/// A fixed test secret key (64 bytes, base64).
pub const SECRET_KEY: &str =
    "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk4VwkeR+gjPgNxo9jYuf9Ix8n6Vi0ZZ/mZcSsD1Atiyw==";
/// The password every test account gets.
pub const PASSWORD: &str = "a long test password";

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Where the test database lives; dropping it removes the database.
pub enum TestDatabase {
    Sqlite(#[expect(dead_code, reason = "kept for its Drop")] tempfile::TempDir),
    Postgres {
        admin_url: String,
        name: String,
    },
    /// Another instance's database: the first instance removes it.
    Shared,
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let TestDatabase::Postgres { admin_url, name } = self {
            let (admin_url, database) = (admin_url.clone(), name.clone());
            let dropped = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async {
                    let admin = Database::connect(&admin_url).await.unwrap();
                    admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"
                        ))
                        .await
                        .unwrap();
                    admin.close().await.unwrap();
                });
            })
            .join();
            if dropped.is_err() {
                eprintln!("could not drop the test database {name}");
            }
        }
    }
}

/// Replaces the database name in a PostgreSQL URL.
fn with_database(url: &str, name: &str) -> String {
    let without_query = url.split('?').next().unwrap_or(url);
    let scheme_end = without_query.find("://").map_or(0, |i| i + 3);
    match without_query[scheme_end..].find('/') {
        Some(slash) => format!("{}/{name}", &without_query[..scheme_end + slash]),
        None => format!("{without_query}/{name}"),
    }
}

/// Creates a fresh, empty database and returns its URL.
pub async fn fresh_database() -> (String, TestDatabase) {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    match std::env::var("LAUREL_TEST_DATABASE_URL") {
        Ok(base) if !base.is_empty() => {
            let name = format!("laurel_test_{}_{n}", std::process::id());
            let admin = Database::connect(&base).await.unwrap();
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .unwrap();
            admin.close().await.unwrap();
            (
                with_database(&base, &name),
                TestDatabase::Postgres {
                    admin_url: base,
                    name,
                },
            )
        }
        _ => {
            let dir = tempfile::tempdir().unwrap();
            let url = format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("laurel.db").display()
            );
            (url, TestDatabase::Sqlite(dir))
        }
    }
}

/// Returns true if and only if the tests run against PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("LAUREL_TEST_DATABASE_URL").is_ok_and(|v| !v.is_empty())
}

/// The configuration of a test app, before the database is chosen.
pub fn test_figment() -> Figment {
    laurel::config::figment()
        .merge(("secret_key", SECRET_KEY))
        .merge(("log_level", "off"))
        .merge((
            "rubrics_dir",
            concat!(env!("CARGO_MANIFEST_DIR"), "/rubrics"),
        ))
}

/// A running app on its own database.
pub struct TestApp {
    /// The in-process client (cookies are kept by [`Browser`], not by the client).
    pub client: Client,
    /// The database URL.
    pub database_url: String,
    _data_dir: tempfile::TempDir,
    _database: TestDatabase,
}

impl TestApp {
    /// Starts the app on a fresh database with the default test configuration.
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|figment| figment).await
    }

    /// Starts the app on a fresh database, with configuration changes.
    pub async fn spawn_with(configure: impl FnOnce(Figment) -> Figment) -> TestApp {
        let (database_url, database) = fresh_database().await;
        let data_dir = tempfile::tempdir().unwrap();
        let figment = configure(
            test_figment()
                .merge(("database_url", database_url.clone()))
                .merge(("data_dir", data_dir.path().display().to_string())),
        );
        let rocket = laurel::build(figment).await.unwrap();
        let client = Client::untracked(rocket).await.unwrap();
        TestApp {
            client,
            database_url,
            _data_dir: data_dir,
            _database: database,
        }
    }

    /// A second instance of the app on the same database (and the same documents directory),
    /// as behind a load balancer: its own pool, clock and state, the same secret key. Drop it
    /// before the first.
    pub async fn second_instance(&self) -> TestApp {
        let figment = test_figment()
            .merge(("database_url", self.database_url.clone()))
            .merge(("data_dir", self.data_dir().display().to_string()));
        let rocket = laurel::build(figment).await.unwrap();
        let client = Client::untracked(rocket).await.unwrap();
        TestApp {
            client,
            database_url: self.database_url.clone(),
            _data_dir: tempfile::tempdir().unwrap(),
            _database: TestDatabase::Shared,
        }
    }

    /// The directory the app keeps its files in (attachments).
    pub fn data_dir(&self) -> &std::path::Path {
        self._data_dir.path()
    }

    /// The app's database connection.
    pub fn db(&self) -> &DatabaseConnection {
        self.client.rocket().state::<DatabaseConnection>().unwrap()
    }

    /// The app's clock.
    pub fn clock(&self) -> &Clock {
        self.client.rocket().state::<Clock>().unwrap()
    }

    /// Creates an account directly in the database.
    pub async fn account(&self, role: Role, email: &str) -> Account {
        laurel::db::users::create(
            self.db(),
            NewAccount {
                email: email.to_owned(),
                name: format!("Test {}", role.label()),
                role,
                password: PASSWORD.to_owned(),
                language: laurel::domain::language::Lang::EN,
            },
            None,
            self.clock().now(),
        )
        .await
        .unwrap()
    }

    /// A browser that has opened the login page (it holds a CSRF cookie).
    pub async fn browser(&self) -> Browser<'_> {
        let mut browser = Browser {
            app: self,
            cookies: BTreeMap::new(),
            remote: None,
        };
        let page = browser.get("/login").await;
        assert_eq!(page.status, Status::Ok);
        browser
    }

    /// A browser logged in with `email` and [`PASSWORD`].
    pub async fn logged_in(&self, email: &str) -> Browser<'_> {
        let mut browser = self.browser().await;
        let response = browser.login(email, PASSWORD).await;
        assert_eq!(response.status, Status::SeeOther, "{}", response.body);
        browser
    }
}

/// What a request returned.
#[derive(Debug)]
pub struct Answer {
    /// The status.
    pub status: Status,
    /// The body as text.
    pub body: String,
    /// The Location header, if any.
    pub location: Option<String>,
    /// Every header, lowercase name to value.
    pub headers: BTreeMap<String, String>,
}

/// A client that keeps cookies between requests, like one browser on one device.
pub struct Browser<'a> {
    app: &'a TestApp,
    cookies: BTreeMap<String, Cookie<'static>>,
    remote: Option<std::net::SocketAddr>,
}

impl Browser<'_> {
    /// Sends requests from this client address.
    pub fn at_address(mut self, address: &str) -> Self {
        self.remote = Some(address.parse().unwrap());
        self
    }

    /// The raw cookies, to replay them elsewhere.
    pub fn cookie_values(&self) -> Vec<Cookie<'static>> {
        self.cookies.values().cloned().collect()
    }

    /// Replaces this browser's cookies (to replay an old cookie).
    pub fn set_cookies(&mut self, cookies: Vec<Cookie<'static>>) {
        self.cookies = cookies
            .into_iter()
            .map(|c| (c.name().to_owned(), c))
            .collect();
    }

    async fn keep(&mut self, response: LocalResponse<'_>) -> Answer {
        for cookie in response.cookies().iter() {
            let expired = cookie.value().is_empty()
                || cookie.max_age().is_some_and(|age| age.whole_seconds() <= 0);
            if expired {
                self.cookies.remove(cookie.name());
            } else {
                self.cookies
                    .insert(cookie.name().to_owned(), cookie.clone().into_owned());
            }
        }
        let status = response.status();
        let location = response.headers().get_one("Location").map(str::to_owned);
        let headers = response
            .headers()
            .iter()
            .map(|h| (h.name().as_str().to_lowercase(), h.value().to_owned()))
            .collect();
        let body = response.into_string().await.unwrap_or_default();
        Answer {
            status,
            body,
            location,
            headers,
        }
    }

    /// GETs a path.
    pub async fn get(&mut self, path: &str) -> Answer {
        let mut request = self.app.client.get(path.to_owned());
        for cookie in self.cookies.values() {
            request = request.cookie(cookie.clone());
        }
        if let Some(remote) = self.remote {
            request = request.remote(remote);
        }
        let response = request.dispatch().await;
        self.keep(response).await
    }

    /// Sends any request with extra headers and an optional JSON body, with this browser's
    /// cookies (for the API: add an `Authorization` header and drop the cookies with
    /// [`Browser::without_cookies`]).
    pub async fn request(
        &mut self,
        method: rocket::http::Method,
        path: &str,
        headers: &[(&str, &str)],
        json: Option<&str>,
    ) -> Answer {
        let mut request = self.app.client.req(method, path.to_owned());
        for cookie in self.cookies.values() {
            request = request.cookie(cookie.clone());
        }
        for (name, value) in headers {
            request = request.header(rocket::http::Header::new(
                (*name).to_owned(),
                (*value).to_owned(),
            ));
        }
        if let Some(body) = json {
            request = request.header(ContentType::JSON).body(body);
        }
        if let Some(remote) = self.remote {
            request = request.remote(remote);
        }
        let response = request.dispatch().await;
        self.keep(response).await
    }

    /// Sends raw bytes with their content type and extra headers (an API upload).
    pub async fn send_bytes(
        &mut self,
        method: rocket::http::Method,
        path: &str,
        headers: &[(&str, &str)],
        content_type: ContentType,
        bytes: &[u8],
    ) -> Answer {
        let mut request = self.app.client.req(method, path.to_owned());
        for (name, value) in headers {
            request = request.header(rocket::http::Header::new(
                (*name).to_owned(),
                (*value).to_owned(),
            ));
        }
        let response = request.header(content_type).body(bytes).dispatch().await;
        self.keep(response).await
    }

    /// Forgets every cookie (a script, not a browser).
    pub fn without_cookies(mut self) -> Self {
        self.cookies.clear();
        self
    }

    /// The CSRF token this browser's pages carry.
    pub async fn csrf(&mut self) -> String {
        let page = self.get("/account").await;
        let page = if page.status == Status::Ok {
            page
        } else {
            self.get("/login").await
        };
        csrf_in(&page.body).expect("a page with a CSRF token")
    }

    /// POSTs a form as given (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut request = self
            .app
            .client
            .post(path.to_owned())
            .header(ContentType::Form)
            .body(body);
        for cookie in self.cookies.values() {
            request = request.cookie(cookie.clone());
        }
        if let Some(remote) = self.remote {
            request = request.remote(remote);
        }
        let response = request.dispatch().await;
        self.keep(response).await
    }

    /// POSTs a form with this browser's CSRF token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let token = self.csrf().await;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// POSTs a multipart form with one file field named `file`, with this browser's CSRF token.
    pub async fn upload(&mut self, path: &str, file_name: &str, bytes: &[u8]) -> Answer {
        let token = self.csrf().await;
        let (content_type, body) = multipart_upload(&token, file_name, bytes);
        let mut request = self
            .app
            .client
            .post(path.to_owned())
            .header(content_type)
            .body(body);
        for cookie in self.cookies.values() {
            request = request.cookie(cookie.clone());
        }
        let response = request.dispatch().await;
        self.keep(response).await
    }

    /// POSTs a multipart form (as a form with a file input sends it) with this browser's CSRF
    /// token, text fields and perhaps a file named `file`.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Answer {
        let token = self.csrf().await;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        let (content_type, body) = multipart(&all, file);
        let mut request = self
            .app
            .client
            .post(path.to_owned())
            .header(content_type)
            .body(body);
        for cookie in self.cookies.values() {
            request = request.cookie(cookie.clone());
        }
        let response = request.dispatch().await;
        self.keep(response).await
    }

    /// GETs a path and returns the raw body bytes and status.
    pub async fn get_bytes(&mut self, path: &str) -> (Status, Vec<u8>) {
        let mut request = self.app.client.get(path.to_owned());
        for cookie in self.cookies.values() {
            request = request.cookie(cookie.clone());
        }
        let response = request.dispatch().await;
        let status = response.status();
        (status, response.into_bytes().await.unwrap_or_default())
    }

    /// Submits the login form with one extra header (e.g. a made-up client address).
    pub async fn login_with_header(
        &mut self,
        email: &str,
        password: &str,
        header: (&str, &str),
    ) -> Answer {
        let token = csrf_in(&self.get("/login").await.body).expect("the login form");
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("csrf_token", token.as_str()),
                ("email", email),
                ("password", password),
            ])
            .finish();
        let mut request = self
            .app
            .client
            .post("/login")
            .header(ContentType::Form)
            .header(rocket::http::Header::new(
                header.0.to_owned(),
                header.1.to_owned(),
            ))
            .body(body);
        for cookie in self.cookies.values() {
            request = request.cookie(cookie.clone());
        }
        if let Some(remote) = self.remote {
            request = request.remote(remote);
        }
        let response = request.dispatch().await;
        self.keep(response).await
    }

    /// Submits the login form.
    pub async fn login(&mut self, email: &str, password: &str) -> Answer {
        let token = csrf_in(&self.get("/login").await.body).expect("the login form");
        self.post_raw(
            "/login",
            &[
                ("csrf_token", &token),
                ("email", email),
                ("password", password),
            ],
        )
        .await
    }
}

/// Finds the CSRF token in a page.
pub fn csrf_in(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

/// Logs in one account of each role; returns the browsers (applicant, juror, secretariat).
pub async fn one_of_each(app: &TestApp) -> (Browser<'_>, Browser<'_>, Browser<'_>) {
    app.account(Role::Applicant, "applicant@example.org").await;
    app.account(Role::Juror, "juror@example.org").await;
    app.account(Role::Secretariat, "secretariat@example.org")
        .await;
    (
        app.logged_in("applicant@example.org").await,
        app.logged_in("juror@example.org").await,
        app.logged_in("secretariat@example.org").await,
    )
}

/// The content type and body of a multipart form with a CSRF token and one file named `file`.
fn multipart_upload(token: &str, file_name: &str, bytes: &[u8]) -> (ContentType, Vec<u8>) {
    multipart(&[("csrf_token", token)], Some((file_name, bytes)))
}

/// The content type and body of a multipart form with text fields and perhaps a file named `file`.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (ContentType, Vec<u8>) {
    let boundary = "laurel-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((file_name, bytes)) = file {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let content_type =
        ContentType::new("multipart", "form-data").with_params(("boundary", boundary));
    (content_type, body)
}

/// A request made ready by a [`Browser`], to be sent later together with others.
#[derive(Clone, Debug)]
pub struct Prepared {
    path: String,
    content_type: ContentType,
    body: Vec<u8>,
    cookies: Vec<Cookie<'static>>,
    remote: Option<std::net::SocketAddr>,
}

impl Browser<'_> {
    /// Prepares a POST of a form with this browser's cookies and CSRF token, without sending it.
    pub async fn prepare_post(&mut self, path: &str, fields: &[(&str, &str)]) -> Prepared {
        let token = self.csrf().await;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        Prepared {
            path: path.to_owned(),
            content_type: ContentType::Form,
            body: form_urlencoded::Serializer::new(String::new())
                .extend_pairs(all)
                .finish()
                .into_bytes(),
            cookies: self.cookie_values(),
            remote: self.remote,
        }
    }

    /// Prepares an upload of one file (a multipart form), without sending it.
    pub async fn prepare_upload(&mut self, path: &str, file_name: &str, bytes: &[u8]) -> Prepared {
        let token = self.csrf().await;
        let (content_type, body) = multipart_upload(&token, file_name, bytes);
        Prepared {
            path: path.to_owned(),
            content_type,
            body,
            cookies: self.cookie_values(),
            remote: self.remote,
        }
    }

    /// Prepares a login with a fresh CSRF token of the login page.
    pub async fn prepare_login(&mut self, email: &str, password: &str) -> Prepared {
        let token = csrf_in(&self.get("/login").await.body).expect("the login form");
        Prepared {
            path: "/login".to_owned(),
            content_type: ContentType::Form,
            body: form_urlencoded::Serializer::new(String::new())
                .extend_pairs([
                    ("csrf_token", token.as_str()),
                    ("email", email),
                    ("password", password),
                ])
                .finish()
                .into_bytes(),
            cookies: self.cookie_values(),
            remote: self.remote,
        }
    }
}

/// Sends every request at once, each in its own task, and returns the answers in order.
pub async fn all_at_once(app: &std::sync::Arc<TestApp>, requests: Vec<Prepared>) -> Vec<Answer> {
    all_at_once_on(
        requests
            .into_iter()
            .map(|prepared| (std::sync::Arc::clone(app), prepared))
            .collect(),
    )
    .await
}

/// Sends every request at once to its own instance, each in its own task, and returns the
/// answers in order.
pub async fn all_at_once_on(requests: Vec<(std::sync::Arc<TestApp>, Prepared)>) -> Vec<Answer> {
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(requests.len()));
    let tasks: Vec<_> = requests
        .into_iter()
        .map(|(app, prepared)| {
            let start = std::sync::Arc::clone(&start);
            tokio::spawn(async move {
                let mut request = app
                    .client
                    .post(prepared.path)
                    .header(prepared.content_type)
                    .body(prepared.body);
                for cookie in prepared.cookies {
                    request = request.cookie(cookie);
                }
                if let Some(remote) = prepared.remote {
                    request = request.remote(remote);
                }
                start.wait().await;
                let response = request.dispatch().await;
                let status = response.status();
                let location = response.headers().get_one("Location").map(str::to_owned);
                let headers = response
                    .headers()
                    .iter()
                    .map(|h| (h.name().as_str().to_lowercase(), h.value().to_owned()))
                    .collect();
                let body = response.into_string().await.unwrap_or_default();
                Answer {
                    status,
                    body,
                    location,
                    headers,
                }
            })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}
