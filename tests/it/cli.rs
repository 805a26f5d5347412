//! The `laurel` command line, run as a person would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use laurel::domain::role::Role;

use crate::helpers::TestApp;

fn laurel(args: &[&str], database_url: &str, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_laurel"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAUREL_DATABASE_URL", database_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn rubric_check_accepts_the_shipped_rubrics() {
    let output = laurel(&["rubric", "check"], "sqlite::memory:", "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("ok: rubrics/platforma.toml (platforma, 7 criteria)"),
        "{stdout}"
    );
}

#[test]
fn rubric_check_names_the_file_line_and_field_of_a_bad_rubric() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiny.toml");
    std::fs::write(
        &path,
        "key = \"tiny\"\nname = \"Tiny\"\noverall_threshold = 1\n\n[[criteria]]\nkey = \"a\"\nname = \"A\"\nweight = 0.5\nthreshold = 1\ntie_break_priority = 1\n[criteria.descriptors]\n0 = \"x\"\n1 = \"x\"\n2 = \"x\"\n3 = \"x\"\n4 = \"x\"\n5 = \"x\"\n",
    )
    .unwrap();
    let output = laurel(
        &["rubric", "check", path.to_str().unwrap()],
        "sqlite::memory:",
        "",
    );
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(
            "tiny.toml:5: criteria.weight: the weights sum to 0.5; they must sum to exactly 1"
        ),
        "{stderr}"
    );
}

#[rocket::async_test]
async fn user_add_reads_the_password_from_standard_input_and_the_account_can_log_in() {
    let app = TestApp::spawn().await;
    let output = laurel(
        &[
            "user",
            "add",
            "--email",
            "Chair@Example.org",
            "--name",
            "Jury Chair",
            "--role",
            "secretariat",
        ],
        &app.database_url,
        "a password typed on stdin\n",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout)
            .contains("Created the secretariat account of Jury Chair <chair@example.org>.")
    );
    let mut browser = app.browser().await;
    let answer = browser
        .login("chair@example.org", "a password typed on stdin")
        .await;
    assert_eq!(answer.status, rocket::http::Status::SeeOther);
    let accounts = laurel::db::users::list(app.db()).await.unwrap();
    assert_eq!(accounts[0].role, Role::Secretariat);
}

#[test]
fn user_add_refuses_a_short_password() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let output = laurel(
        &[
            "user",
            "add",
            "--email",
            "a@example.org",
            "--name",
            "A",
            "--role",
            "juror",
        ],
        &url,
        "short\n",
    );
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("error: the password must be at least 12 characters long"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn migrate_status_lists_every_migration_after_migrate_up() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    assert!(laurel(&["migrate", "up"], &url, "").status.success());
    let status = laurel(&["migrate", "status"], &url, "");
    let stdout = text(&status.stdout);
    assert_eq!(stdout.lines().count(), {
        use migrations::MigratorTrait;
        migrations::Migrator::migrations().len()
    });
    assert!(stdout.lines().all(|l| l.starts_with("Applied")), "{stdout}");
    assert!(
        laurel(&["migrate", "down", "--steps", "2"], &url, "")
            .status
            .success()
    );
    let status = text(&laurel(&["migrate", "status"], &url, "").stdout);
    assert_eq!(
        status.lines().filter(|l| l.starts_with("Pending")).count(),
        2,
        "{status}"
    );
}

#[rocket::async_test]
async fn an_unreachable_database_stops_the_launch_with_one_line_saying_what_to_fix() {
    let figment = crate::helpers::test_figment()
        .merge(("database_url", "postgres://laurel:secret@127.0.0.1:9/none"));
    let error = laurel::build(figment).await.err().unwrap().to_string();
    assert_eq!(error.lines().count(), 1, "{error}");
    assert!(error.contains("check LAUREL_DATABASE_URL"), "{error}");
    assert!(
        !error.contains("secret"),
        "the password is not shown: {error}"
    );
}

#[rocket::async_test]
async fn a_release_build_without_a_secret_key_refuses_to_start() {
    let figment = laurel::config::figment()
        .select(rocket::Config::RELEASE_PROFILE)
        .merge(("database_url", "sqlite::memory:"));
    let error = laurel::build(figment).await.err().unwrap().to_string();
    assert!(error.starts_with("LAUREL_SECRET_KEY is not set"), "{error}");
}
