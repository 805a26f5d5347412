//! CSV exports of an edition: formula cells neutralised in every export, the Excel option,
//! stable pseudonyms without names, the scores export giving the results page's statistics
//! when read back by `laurel analyze`, the command line writing the same bytes, and only the
//! secretariat allowed.

use laurel::cli::analyze::{AnalyzeRequest, Format, run};
use laurel::db::entities::{score, submission, user};
use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use laurel::domain::results::compute;
use laurel::domain::stats::Method;
use laurel::export::{BOM, ExportKind, pseudonym};
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Browser, TestApp};

async fn secretariat(app: &TestApp) -> Browser<'_> {
    let mut browser = app.browser().await;
    browser.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    browser
}

async fn demo(app: &TestApp) -> Browser<'_> {
    crate::demo::seed(app).await;
    secretariat(app).await
}

async fn download(browser: &mut Browser<'_>, path: &str) -> Vec<u8> {
    let (status, bytes) = browser.get_bytes(path).await;
    assert_eq!(status, Status::Ok, "{path}");
    bytes
}

fn records(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Whether two JSON values are equal, numbers to 1e-9 (a mean can still differ in its last bit).
fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        _ => a == b,
    }
}

/// Puts formula cells into what people type: a title, comments, and every account's name.
async fn plant_formulas(app: &TestApp) {
    let db = app.db();
    let eligible = laurel::db::assignments::eligible_submissions(db, 1)
        .await
        .unwrap();
    submission::Entity::update_many()
        .col_expr(
            submission::Column::Title,
            Expr::value("=HYPERLINK(\"http://evil.example\")"),
        )
        .filter(submission::Column::Id.eq(eligible[0].id))
        .exec(db)
        .await
        .unwrap();
    score::Entity::update_many()
        .col_expr(score::Column::Comment, Expr::value("+SUM(A1:A9)"))
        .exec(db)
        .await
        .unwrap();
    user::Entity::update_many()
        .col_expr(user::Column::Name, Expr::value("@evil"))
        .filter(user::Column::Role.ne("secretariat"))
        .exec(db)
        .await
        .unwrap();
}

#[rocket::async_test]
async fn every_export_neutralises_formula_cells_typed_by_people() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    plant_formulas(&app).await;
    for kind in ExportKind::ALL {
        for names in ["false", "true"] {
            let path = format!("/secretariat/editions/1/export/{kind}.csv?names={names}");
            let rows = records(&download(&mut sec, &path).await, b',');
            assert!(rows.len() > 1, "{path} has rows");
            for cell in rows.iter().flatten() {
                let dangerous = matches!(cell.chars().next(), Some('=' | '+' | '@' | '\t' | '\r'))
                    || (cell.starts_with('-') && cell.parse::<f64>().is_err());
                assert!(!dangerous, "{path}: the cell {cell:?} is not neutralised");
            }
        }
    }
    let scores =
        String::from_utf8(download(&mut sec, "/secretariat/editions/1/export/scores.csv").await)
            .unwrap();
    assert!(scores.contains("'=HYPERLINK"), "{scores}");
    assert!(scores.contains("'+SUM(A1:A9)"));
    let named = String::from_utf8(
        download(
            &mut sec,
            "/secretariat/editions/1/export/conflicts.csv?names=true",
        )
        .await,
    )
    .unwrap();
    assert!(named.contains("'@evil"));
}

#[rocket::async_test]
async fn the_excel_option_starts_with_a_byte_order_mark_and_separates_cells_with_semicolons() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    for kind in ExportKind::ALL {
        let path = format!("/secretariat/editions/1/export/{kind}.csv?excel=true");
        let bytes = download(&mut sec, &path).await;
        assert!(bytes.starts_with(BOM), "{path}");
        let header = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let header = header.lines().next().unwrap().to_owned();
        assert!(
            header.contains(';') && !header.contains(','),
            "{path}: {header}"
        );
        let plain = download(
            &mut sec,
            &format!("/secretariat/editions/1/export/{kind}.csv"),
        )
        .await;
        assert!(!plain.starts_with(BOM));
        assert_eq!(
            records(&bytes, b';'),
            records(&plain, b','),
            "{path}: the same cells"
        );
    }
    let old = download(
        &mut sec,
        "/secretariat/editions/1/submissions.csv?excel=true",
    )
    .await;
    assert!(old.starts_with(BOM));
}

#[rocket::async_test]
async fn jurors_appear_by_a_stable_pseudonym_that_carries_no_name() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    let first = download(&mut sec, "/secretariat/editions/1/export/scores.csv").await;
    let again = download(&mut sec, "/secretariat/editions/1/export/scores.csv").await;
    assert_eq!(first, again);
    let text = String::from_utf8(first).unwrap();
    let jurors: Vec<_> = user::Entity::find()
        .filter(user::Column::Role.eq("juror"))
        .all(app.db())
        .await
        .unwrap();
    for juror in &jurors {
        assert!(!text.contains(&juror.name), "{} appears", juror.name);
        assert!(!text.contains(&juror.email));
    }
    let rows = records(text.as_bytes(), b',');
    assert_eq!(rows[0][3], "juror");
    let labels: std::collections::BTreeSet<&str> =
        rows[1..].iter().map(|r| r[3].as_str()).collect();
    let expected: std::collections::BTreeSet<String> =
        jurors.iter().map(|j| pseudonym(1, j.id)).collect();
    for label in &labels {
        assert!(expected.contains(*label), "{label} is a pseudonym");
    }
    let conflicts =
        String::from_utf8(download(&mut sec, "/secretariat/editions/1/export/conflicts.csv").await)
            .unwrap();
    assert!(
        labels.iter().any(|l| conflicts.contains(l)),
        "the same pseudonyms"
    );
    let named = String::from_utf8(
        download(
            &mut sec,
            "/secretariat/editions/1/export/scores.csv?names=true",
        )
        .await,
    )
    .unwrap();
    assert!(jurors.iter().any(|j| named.contains(&j.name)));
}

#[rocket::async_test]
async fn the_scores_export_read_back_by_analyze_gives_the_statistics_of_the_results_page() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    assert_eq!(
        sec.get("/secretariat/editions/1/results").await.status,
        Status::Ok
    );

    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let (rubric, hash) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
        .await
        .unwrap();
    let input = laurel::db::results::input(
        app.db(),
        1,
        rubric,
        record.method.unwrap(),
        record.seed.unwrap(),
    )
    .await
    .unwrap();
    let results = compute(&input).unwrap();
    let page = serde_json::to_value(results.report.as_ref().unwrap()).unwrap();

    let method =
        String::from_utf8(download(&mut sec, "/secretariat/editions/1/export/method.csv").await)
            .unwrap();
    let sheet: std::collections::BTreeMap<String, String> = records(method.as_bytes(), b',')
        .into_iter()
        .skip(1)
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    assert_eq!(sheet["rubric_sha256"], hash);
    assert_eq!(sheet["official_method"], "calibrated");
    assert_eq!(sheet["laurel_version"], env!("CARGO_PKG_VERSION"));
    let seed: u64 = sheet["bootstrap_seed"].parse().unwrap();
    assert_eq!(seed, record.seed.unwrap());
    let replicates: usize = sheet["bootstrap_replicates"].parse().unwrap();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scores.csv");
    std::fs::write(
        &path,
        download(
            &mut sec,
            "/secretariat/editions/1/export/scores.csv?excel=true",
        )
        .await,
    )
    .unwrap();
    let request = AnalyzeRequest {
        input: &path,
        method: Method::BiasCorrected,
        bootstrap: replicates,
        seed,
        top: 3,
        format: Format::Json,
        criterion: None,
    };
    let file: Value = serde_json::from_str(&run(&request).unwrap()).unwrap();

    for ranking in [
        "mean",
        "median",
        "trimmed_mean",
        "juror_z",
        "bias_corrected",
        "borda",
    ] {
        assert!(
            close(&file["rankings"][ranking], &page["rankings"][ranking]),
            "the {ranking} ranking:\n{}\n{}",
            file["rankings"][ranking],
            page["rankings"][ranking]
        );
    }
    assert!(
        close(
            &file["bootstrap"]["projects"],
            &page["bootstrap"]["projects"]
        ),
        "{}\n{}",
        file["bootstrap"]["projects"],
        page["bootstrap"]["projects"]
    );
    assert!(
        close(
            &file["bootstrap"]["adjacent"],
            &page["bootstrap"]["adjacent"]
        ),
        "{}\n{}",
        file["bootstrap"]["adjacent"],
        page["bootstrap"]["adjacent"]
    );
    assert!(
        close(&file["krippendorff_alpha"], &page["krippendorff_alpha"]),
        "{}\n{}",
        file["krippendorff_alpha"],
        page["krippendorff_alpha"]
    );
    assert!(
        close(&file["icc"], &page["icc"]),
        "{}\n{}",
        file["icc"],
        page["icc"]
    );
    for juror in &results.jurors {
        let pseudo = pseudonym(1, juror.juror_id);
        assert!(
            close(
                &file["juror_model"]["jurors"][&pseudo]["offset"],
                &page["juror_model"]["jurors"][&pseudo]["offset"]
            ),
            "the offset of juror {}",
            juror.juror_id
        );
    }
    let calibrated: Vec<&str> = file["rankings"]["bias_corrected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["project"].as_str().unwrap())
        .collect();
    let official: Vec<String> = results
        .official
        .iter()
        .filter(|l| l.passes_thresholds)
        .map(|l| l.submission_id.to_string())
        .collect();
    let calibrated_passing: Vec<&str> = calibrated
        .iter()
        .copied()
        .filter(|p| official.iter().any(|o| o == p))
        .collect();
    assert_eq!(
        calibrated_passing, official,
        "the official calibrated order"
    );
}

#[rocket::async_test]
async fn laurel_export_writes_the_same_bytes_as_the_web_route() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    let dir = tempfile::tempdir().unwrap();
    for (kind, options, query) in [
        (ExportKind::Scores, vec!["--excel"], "?excel=true"),
        (ExportKind::Conflicts, vec!["--names"], "?names=true"),
        (ExportKind::Method, vec![], ""),
    ] {
        let out = dir.path().join(format!("{kind}.csv"));
        let mut args = vec![
            "export",
            "--edition",
            "1",
            "--what",
            kind.as_str(),
            "--output",
            out.to_str().unwrap(),
        ];
        args.extend(options);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_laurel"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("LAUREL_DATABASE_URL", &app.database_url)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let web = download(
            &mut sec,
            &format!("/secretariat/editions/1/export/{kind}.csv{query}"),
        )
        .await;
        assert_eq!(std::fs::read(&out).unwrap(), web, "{kind}");
    }
    let missing = std::process::Command::new(env!("CARGO_BIN_EXE_laurel"))
        .args(["export", "--edition", "999", "--what", "scores"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LAUREL_DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("there is no edition with id 999"));
}

#[rocket::async_test]
async fn only_the_secretariat_may_export_and_an_unknown_edition_is_not_found() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    let mut juror = app.browser().await;
    juror
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let mut applicant = app.browser().await;
    applicant
        .login("international@roeselare.example", DEMO_PASSWORD)
        .await;
    let mut anonymous = app.browser().await;
    for kind in ExportKind::ALL {
        let path = format!("/secretariat/editions/1/export/{kind}.csv?names=true");
        assert_eq!(juror.get_bytes(&path).await.0, Status::Forbidden, "{path}");
        assert_eq!(
            applicant.get_bytes(&path).await.0,
            Status::Forbidden,
            "{path}"
        );
        assert_eq!(
            anonymous.get_bytes(&path).await.0,
            Status::SeeOther,
            "{path}"
        );
        let unknown = format!("/secretariat/editions/999/export/{kind}.csv");
        assert_eq!(sec.get_bytes(&unknown).await.0, Status::NotFound);
    }
}

#[rocket::async_test]
async fn a_scores_export_longer_than_a_page_has_every_score_once() {
    use laurel::db::entities::assignment;
    use sea_orm::{ActiveValue::Set, PaginatorTrait};
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    let db = app.db();
    let now = app.clock().now();
    let eligible = laurel::db::assignments::eligible_submissions(db, 1)
        .await
        .unwrap();
    let edition = laurel::db::editions::find(db, 1).await.unwrap().unwrap();
    let (rubric, _) = laurel::db::rubrics::load(db, edition.rubric_id)
        .await
        .unwrap();
    let per_juror = eligible.len();
    let extra_jurors = laurel::db::exports::PAGE as usize / per_juror + 2;
    for j in 0..extra_jurors {
        let juror = user::ActiveModel {
            email: Set(format!("extra{j}@example.org")),
            name: Set(format!("Extra Juror {j}")),
            role: Set("juror".to_owned()),
            password_hash: Set("x".to_owned()),
            active: Set(true),
            session_version: Set(1),
            organisation_id: Set(None),
            time_zone: Set("UTC".to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let juror_id = user::Entity::insert(juror)
            .exec(db)
            .await
            .unwrap()
            .last_insert_id;
        for s in &eligible {
            let card = assignment::ActiveModel {
                submission_id: Set(s.id),
                juror_id: Set(juror_id),
                phase: Set("individual".to_owned()),
                status: Set("submitted".to_owned()),
                overall_comment: Set("Fine".to_owned()),
                revision: Set(1),
                submitted_at: Set(Some(now)),
                created_at: Set(now),
                ..Default::default()
            };
            let card_id = assignment::Entity::insert(card)
                .exec(db)
                .await
                .unwrap()
                .last_insert_id;
            let scores = rubric.criteria.iter().rev().map(|c| score::ActiveModel {
                assignment_id: Set(card_id),
                criterion_key: Set(c.key.clone()),
                half_points: Set(Some(7)),
                comment: Set("Good".to_owned()),
                version: Set(1),
                updated_at: Set(now),
                ..Default::default()
            });
            score::Entity::insert_many(scores).exec(db).await.unwrap();
        }
    }
    let cards = assignment::Entity::find()
        .filter(assignment::Column::Status.eq("submitted"))
        .filter(assignment::Column::SubmissionId.is_in(eligible.iter().map(|s| s.id)))
        .count(db)
        .await
        .unwrap() as usize;
    assert!(cards > laurel::db::exports::PAGE as usize);
    let bytes = download(&mut sec, "/secretariat/editions/1/export/scores.csv").await;
    let rows = records(&bytes, b',');
    assert_eq!(rows.len() - 1, cards * rubric.criteria.len());
    let first_keys: Vec<&str> = rows[1..=rubric.criteria.len()]
        .iter()
        .map(|r| r[4].as_str())
        .collect();
    let rubric_keys: Vec<&str> = rubric.criteria.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(first_keys, rubric_keys, "each scorecard in rubric order");
    let last = &rows[rows.len() - rubric.criteria.len()..];
    assert!(
        last.iter()
            .map(|r| r[4].as_str())
            .eq(rubric_keys.iter().copied()),
        "the scores inserted last, in reverse, come out in rubric order"
    );
    let read = laurel::cli::analyze::read_scores_with(bytes.as_slice(), None).unwrap();
    assert_eq!(read.len(), cards);
}
