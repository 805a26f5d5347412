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
fn rubric_check_accepts_the_shipped_rubrics_and_reports_their_languages() {
    let output = laurel(&["rubric", "check"], "sqlite::memory:", "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains(
            "ok: rubrics/platforma.toml (platforma, 7 criteria; languages: en (its own), es complete, fr complete, it complete)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("(city-partnership-small, 3 criteria; languages: en (its own))"),
        "{stdout}"
    );
}

#[test]
fn rubric_check_says_how_much_of_a_rubric_a_language_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string("rubrics/platforma.toml").unwrap();
    let dropped = shipped.replacen("\nit = ", "\n# it = ", 3);
    let file = dir.path().join("platforma.toml");
    std::fs::write(&file, dropped).unwrap();
    let output = laurel(
        &["rubric", "check", file.to_str().unwrap()],
        "sqlite::memory:",
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("it 82 of 85 texts"), "{stdout}");
}

#[test]
fn rubric_check_outside_a_clone_checks_the_built_in_rubrics() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_laurel"))
        .args(["rubric", "check"])
        .current_dir(dir.path())
        .env("LAUREL_DATABASE_URL", "sqlite::memory:")
        .env_remove("LAUREL_RUBRICS_DIR")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains(
            "The rubric directory rubrics does not exist: checking the built-in rubrics."
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("ok: built-in platforma.toml (platforma, 7 criteria; languages:"),
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

#[test]
fn rubric_check_refuses_a_weight_with_more_decimals_than_can_be_held_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiny.toml");
    let criterion = |key: &str, weight: &str, priority: u8| {
        format!(
            "[[criteria]]\nkey = \"{key}\"\nname = \"{key}\"\nweight = {weight}\nthreshold = 1\ntie_break_priority = {priority}\n[criteria.descriptors]\n0 = \"x\"\n1 = \"x\"\n2 = \"x\"\n3 = \"x\"\n4 = \"x\"\n5 = \"x\"\n"
        )
    };
    let long = format!("0.4{}1", "0".repeat(42));
    std::fs::write(
        &path,
        format!(
            "key = \"tiny\"\nname = \"Tiny\"\noverall_threshold = 1\n\n{}{}",
            criterion("a", "0.6", 1),
            criterion("b", &long, 2)
        ),
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
        stderr.contains("tiny.toml:21: criteria[1].weight: is written with 44 decimal places"),
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
        .merge(("database_url", "postgres://laurel:secret@127.0.0.1:9/none"))
        .merge(("database_connect_timeout_seconds", 1));
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

fn write_csv(dir: &tempfile::TempDir, name: &str, content: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    path.display().to_string()
}

/// Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
const SHROUT_FLEISS: [[f64; 4]; 6] = [
    [9.0, 2.0, 5.0, 8.0],
    [6.0, 1.0, 3.0, 2.0],
    [8.0, 4.0, 6.0, 8.0],
    [7.0, 1.0, 2.0, 6.0],
    [10.0, 5.0, 6.0, 9.0],
    [6.0, 2.0, 4.0, 7.0],
];

fn shrout_fleiss_csv() -> String {
    let mut csv = String::from("project,juror,score,comment\n");
    for (target, row) in SHROUT_FLEISS.iter().enumerate() {
        for (judge, score) in row.iter().enumerate() {
            csv.push_str(&format!(
                "S{},J{},{score},\"a, comment\"\n",
                target + 1,
                judge + 1
            ));
        }
    }
    csv
}

#[test]
fn analyze_prints_the_json_contract_with_the_published_icc() {
    let dir = tempfile::tempdir().unwrap();
    let input = write_csv(&dir, "sf.csv", &shrout_fleiss_csv());
    let output = laurel(
        &[
            "analyze",
            "--input",
            &input,
            "--bootstrap",
            "200",
            "--seed",
            "7",
        ],
        "sqlite::memory:",
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for key in [
        "design",
        "krippendorff_alpha",
        "icc",
        "icc1_unbalanced",
        "kendall_w",
        "fleiss_kappa",
        "juror_model",
        "outliers",
        "rankings",
        "method_agreement",
        "bootstrap",
    ] {
        assert!(report.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(report["design"]["projects"], 6);
    assert_eq!(report["design"]["jurors"], 4);
    let round = |v: &serde_json::Value| (v.as_f64().unwrap() * 100.0).round() / 100.0;
    assert_eq!(round(&report["icc"]["ICC1"]["value"]), 0.17);
    assert_eq!(round(&report["icc"]["ICC2"]["value"]), 0.29);
    assert_eq!(round(&report["icc"]["ICC3"]["value"]), 0.71);
    assert_eq!(round(&report["icc"]["ICC3k"]["value"]), 0.91);
    assert_eq!(report["bootstrap"]["replicates"], 200);
    assert_eq!(report["bootstrap"]["seed"], 7);
    let again = laurel(
        &[
            "analyze",
            "--input",
            &input,
            "--bootstrap",
            "200",
            "--seed",
            "7",
        ],
        "sqlite::memory:",
        "",
    );
    assert_eq!(
        again.stdout, output.stdout,
        "the same seed gives the same report"
    );
}

#[test]
fn analyze_prints_readable_tables_in_text_format() {
    let dir = tempfile::tempdir().unwrap();
    let input = write_csv(&dir, "sf.csv", &shrout_fleiss_csv());
    let output = laurel(
        &[
            "analyze",
            "--input",
            &input,
            "--format",
            "text",
            "--method",
            "mean",
            "--bootstrap",
            "100",
        ],
        "sqlite::memory:",
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    assert!(
        report.contains("6 projects, 4 jurors, 24 scores"),
        "{report}"
    );
    assert!(report.contains("Ranking by mean"), "{report}");
    assert!(report.contains("ICC3k"), "{report}");
    assert!(!report.trim_start().starts_with('{'));
}

#[test]
fn analyze_refuses_a_file_of_one_huge_line_with_a_short_error_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let cell = "7".repeat(5 * 1024 * 1024);
    for (name, contents, line) in [
        ("one-line.csv", format!("project,juror,score,{cell}"), 1),
        (
            "huge-row.csv",
            format!("project,juror,score\nP1,J1,{cell}"),
            2,
        ),
    ] {
        let input = write_csv(&dir, name, &contents);
        let output = laurel(&["analyze", "--input", &input], "sqlite::memory:", "");
        assert_eq!(output.status.code(), Some(2), "{name}");
        let stderr = text(&output.stderr);
        assert_eq!(
            stderr.lines().collect::<Vec<_>>(),
            [format!(
                "error: line {line}: the record is longer than 1024 KiB, far longer than a row of \
                 scores; is this the right file?"
            )],
            "{name}"
        );
    }
}

#[test]
fn analyze_quotes_an_oversized_cell_in_forty_characters_only() {
    let dir = tempfile::tempdir().unwrap();
    let cell = "8".repeat(500 * 1024);
    let input = write_csv(
        &dir,
        "big-cell.csv",
        &format!("project,juror,score\nP1,J1,3\nP2,J1,{cell}\n"),
    );
    let output = laurel(&["analyze", "--input", &input], "sqlite::memory:", "");
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.len() < 200, "{stderr}");
    assert!(
        stderr.starts_with("error: line 3: the score cell is 512000 bytes long"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("`{}…`", "8".repeat(39))),
        "{stderr}"
    );
    assert!(!stderr.contains(&"8".repeat(40)), "{stderr}");
}

#[test]
fn analyze_text_report_shows_each_probability_column_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = write_csv(&dir, "sf.csv", &shrout_fleiss_csv());
    for (top, columns) in [
        ("3", vec!["P(top 1)", "P(top 3)"]),
        ("1", vec!["P(top 1)", "P(top 3)"]),
        ("2", vec!["P(top 1)", "P(top 3)", "P(top 2)"]),
    ] {
        let output = laurel(
            &[
                "analyze",
                "--input",
                &input,
                "--format",
                "text",
                "--top",
                top,
                "--bootstrap",
                "50",
            ],
            "sqlite::memory:",
            "",
        );
        assert!(output.status.success(), "{}", text(&output.stderr));
        let report = text(&output.stdout);
        let header = report
            .lines()
            .find(|l| l.trim_start().starts_with("project") && l.contains("95% rank interval"))
            .unwrap_or_else(|| panic!("a ranking table: {report}"));
        let found: Vec<&str> = header
            .split("  ")
            .map(str::trim)
            .filter(|c| c.starts_with("P(top"))
            .collect();
        assert_eq!(found, columns, "--top {top}: {header}");
    }
}

#[test]
fn analyze_reports_every_bad_line_and_exits_with_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let input = write_csv(
        &dir,
        "bad.csv",
        "project,juror,score\nP1,J1,3\nP1,J2,three\nP2,J1,NaN\nP1,J1,4\n",
    );
    let output = laurel(&["analyze", "--input", &input], "sqlite::memory:", "");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr).lines().collect::<Vec<_>>(),
        [
            "error: line 3: the score `three` is not a number",
            "error: line 4: the score `NaN` is not a finite number",
            "error: line 5: project P1 and juror J1 already have a score on line 2",
        ]
    );
    let missing = write_csv(&dir, "missing.csv", "project,judge,score\nP1,J1,3\n");
    let output = laurel(&["analyze", "--input", &missing], "sqlite::memory:", "");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("line 1: missing column juror"));
    let empty = write_csv(&dir, "empty.csv", "");
    let output = laurel(&["analyze", "--input", &empty], "sqlite::memory:", "");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("the file is empty"));
}

#[test]
fn an_unreachable_database_is_announced_at_once_and_reported_within_the_connect_timeout() {
    for args in [&["migrate", "status"][..], &["serve"][..]] {
        let started = std::time::Instant::now();
        let output = Command::new(env!("CARGO_BIN_EXE_laurel"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env(
                "LAUREL_DATABASE_URL",
                "postgres://nobody:secret@127.0.0.1:1/x",
            )
            .env("LAUREL_DATABASE_CONNECT_TIMEOUT_SECONDS", "1")
            .env("LAUREL_PORT", "0")
            .output()
            .unwrap();
        let elapsed = started.elapsed();
        assert!(!output.status.success(), "{args:?}");
        assert!(elapsed.as_secs_f64() < 4.0, "{args:?} took {elapsed:?}");
        let stderr = text(&output.stderr);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(
            lines.first().copied(),
            Some(
                "Connecting to the database at postgres://nobody@127.0.0.1:1/x (password hidden)…"
            ),
            "{args:?}: {stderr}"
        );
        assert!(
            lines.last().is_some_and(|l| l.starts_with(
                "error: cannot connect to the database postgres://nobody:***@127.0.0.1:1/x: no connection within 1 s"
            ) && l.ends_with("(check LAUREL_DATABASE_URL)")),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("secret"), "{stderr}");
    }
}

#[rocket::async_test]
async fn user_token_prints_a_working_token_once_and_refuses_an_unknown_address() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "secretariat@example.org")
        .await;
    let args = [
        "user",
        "token",
        "--email",
        "Secretariat@Example.org",
        "--name",
        "Website",
        "--scope",
        "read",
    ];
    let output = laurel(&args, &app.database_url, "");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let secret = text(&output.stdout).trim().to_owned();
    assert!(secret.starts_with("laurel_"), "{secret}");
    assert!(text(&output.stderr).contains("It is shown once"));
    let mut client = app.browser().await.without_cookies();
    let me = client
        .request(
            rocket::http::Method::Get,
            "/api/v1/me",
            &[("Authorization", &format!("Bearer {secret}"))],
            None,
        )
        .await;
    assert_eq!(me.status.code, 200, "{}", me.body);
    assert!(me.body.contains("\"scope\":\"read\""));
    let unknown = laurel(
        &[
            "user",
            "token",
            "--email",
            "nobody@example.org",
            "--name",
            "x",
        ],
        &app.database_url,
        "",
    );
    assert!(!unknown.status.success());
    assert!(
        text(&unknown.stderr)
            .contains("--email: no active account has the address nobody@example.org")
    );
    let bad = laurel(
        &[
            "user",
            "token",
            "--email",
            "secretariat@example.org",
            "--name",
            "x",
            "--days",
            "9",
        ],
        &app.database_url,
        "",
    );
    assert!(text(&bad.stderr).contains("Valid for: choose 7, 30, 90 or 365 days"));
}

#[test]
fn an_analysis_piped_shows_no_progress_and_keeps_standard_output_pure_json() {
    let input = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/synthetic_B_200x15.csv"
    );
    let output = laurel(
        &[
            "analyze",
            "--input",
            input,
            "--bootstrap",
            "2000",
            "--format",
            "json",
        ],
        "sqlite::memory:",
        "",
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "", "no progress indicator when piped");
    let _: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
}
