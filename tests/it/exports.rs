//! CSV exports of an edition: formula cells neutralised in every export, the Excel option,
//! stable pseudonyms without names, the scores export giving the results page's statistics
//! when read back by `laurel analyze`, the ranking and juror statistics giving the page's figures
//! under the page's rules (refused before the method is chosen; exporting shows the results),
//! the command line writing the same bytes, and only the secretariat allowed.

use laurel::cli::analyze::{AnalyzeRequest, Format, run};
use laurel::db::entities::{consensus_score, score, submission, user};
use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use laurel::domain::results::{Results, compute};
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

/// Records a consensus on every criterion of every eligible submission of the demo edition: varied
/// scores, some below the thresholds, and the first two submissions exactly alike (a tie).
async fn record_consensus(app: &TestApp) {
    use sea_orm::ActiveValue::Set;
    let db = app.db();
    let eligible = laurel::db::assignments::eligible_submissions(db, 1)
        .await
        .unwrap();
    let recorder = user::Entity::find()
        .filter(user::Column::Role.eq("juror"))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let now = app.clock().now();
    let round = laurel::db::rounds::current_id(db, 1).await.unwrap();
    for (i, s) in eligible.iter().enumerate() {
        let seed = i.max(1);
        let rows = crate::fixtures::CRITERIA
            .iter()
            .enumerate()
            .map(|(k, key)| consensus_score::ActiveModel {
                round_id: Set(Some(round)),
                submission_id: Set(s.id),
                criterion_key: Set((*key).to_owned()),
                half_points: Set(i16::try_from(3 + (seed * 7 + k * 3) % 8).unwrap()),
                comment: Set("Agreed.".to_owned()),
                dissent: Set(String::new()),
                recorded_by: Set(recorder),
                recorded_at: Set(now),
                ..Default::default()
            });
        consensus_score::Entity::insert_many(rows)
            .exec(db)
            .await
            .unwrap();
    }
}

/// Brings the demo edition to the consensus phase with a consensus for every submission and
/// records the official method.
async fn results_phase(app: &TestApp, sec: &mut Browser<'_>, method: &str) {
    crate::fixtures::advance(app, 1, EditionStatus::Consensus).await;
    record_consensus(app).await;
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", method)],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
}

/// The results as the results page computes them.
async fn page_results(app: &TestApp) -> Results {
    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let edition = laurel::db::editions::find(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    let (rubric, _) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
        .await
        .unwrap();
    let input = laurel::db::results::input(
        app.db(),
        (
            1,
            laurel::db::rounds::current_id(app.db(), 1).await.unwrap(),
        ),
        rubric,
        record.method.unwrap(),
        record.seed.unwrap(),
    )
    .await
    .unwrap();
    compute(&input).unwrap()
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

fn optional(cell: &str) -> Option<f64> {
    (!cell.is_empty()).then(|| cell.parse().unwrap())
}

/// Whether an estimate's cell is the page's value rounded to 6 decimals.
fn rounded(cell: &str, value: Option<f64>) -> bool {
    match (optional(cell), value) {
        (Some(written), Some(value)) => {
            (written - value).abs() <= 5e-7 + 1e-12 && decimals(cell) <= 6
        }
        (None, None) => true,
        _ => false,
    }
}

/// The decimal places of a number as written.
fn decimals(cell: &str) -> usize {
    cell.split_once('.')
        .map_or(0, |(_, fraction)| fraction.len())
}

/// Whether a cell writes an exact value: every digit, or 6 decimals when it does not terminate.
fn is_exact(cell: &str, x: laurel::domain::stats::totals::Exact) -> bool {
    use rust_decimal::Decimal;
    let written: Decimal = cell.parse().unwrap();
    let den = Decimal::from_i128_with_scale(x.den, 0);
    let num = Decimal::from_i128_with_scale(x.num, 0);
    written * den == num
        || (decimals(cell) == 6 && ((written * den - num) / den).abs() <= Decimal::new(5, 7))
}

/// Records a decision through the secretariat's form, the first voter voting for and the others
/// `vote`; returns the submission decided on (the `nth` eligible one).
async fn record_decision(
    app: &TestApp,
    sec: &mut Browser<'_>,
    nth: usize,
    prize: &str,
    special_name: &str,
    rationale: &str,
    vote: &str,
) -> i32 {
    let eligible = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap();
    let submission = eligible[nth].id;
    let mut fields = vec![
        ("submission".to_owned(), submission.to_string()),
        ("prize".to_owned(), prize.to_owned()),
        ("special_name".to_owned(), special_name.to_owned()),
        ("rationale".to_owned(), rationale.to_owned()),
    ];
    for (i, voter) in laurel::db::decisions::voters(app.db(), 1, submission)
        .await
        .unwrap()
        .into_iter()
        .enumerate()
    {
        let vote = if i == 0 { "for" } else { vote };
        fields.push((format!("votes[{}]", voter.juror_id), vote.to_owned()));
    }
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let answer = sec
        .post("/secretariat/editions/1/decisions", &borrowed)
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    submission
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
    results_phase(&app, &mut sec, "consensus_total").await;
    record_decision(
        &app,
        &mut sec,
        1,
        "special",
        "@Prize of the public",
        "=1+1 is what the jury did not need to compute here.",
        "for",
    )
    .await;
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
    let ranking =
        String::from_utf8(download(&mut sec, "/secretariat/editions/1/export/ranking.csv").await)
            .unwrap();
    assert!(ranking.contains("'=HYPERLINK"), "{ranking}");
    let jurors = String::from_utf8(
        download(
            &mut sec,
            "/secretariat/editions/1/export/jurors.csv?names=true",
        )
        .await,
    )
    .unwrap();
    assert!(jurors.contains("'@evil"), "{jurors}");
}

#[rocket::async_test]
async fn the_excel_option_starts_with_a_byte_order_mark_and_separates_cells_with_semicolons() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    results_phase(&app, &mut sec, "calibrated").await;
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
        (
            1,
            laurel::db::rounds::current_id(app.db(), 1).await.unwrap(),
        ),
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
    assert_eq!(sheet["round"], "1");
    assert_eq!(sheet["round_outcome"], "prizes");
    assert_eq!(sheet["round_closed_at"], "");
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
    results_phase(&app, &mut sec, "consensus_total").await;
    record_decision(
        &app,
        &mut sec,
        0,
        "first",
        "",
        "Residents of both territories shaped the project from the start.",
        "for",
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    for (kind, options, query) in [
        (ExportKind::Decisions, vec!["--excel"], "?excel=true"),
        (ExportKind::Scores, vec!["--excel"], "?excel=true"),
        (ExportKind::Conflicts, vec!["--names"], "?names=true"),
        (ExportKind::Method, vec![], ""),
        (ExportKind::Ranking, vec![], ""),
        (
            ExportKind::Jurors,
            vec!["--names", "--excel"],
            "?names=true&excel=true",
        ),
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
    for file in ["passwords.csv", "scores", "scores.xlsx"] {
        let path = format!("/secretariat/editions/1/export/{file}");
        assert_eq!(sec.get_bytes(&path).await.0, Status::NotFound, "{path}");
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
    let round = laurel::db::rounds::current_id(db, 1).await.unwrap();
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
                round_id: Set(Some(round)),
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

#[rocket::async_test]
async fn the_ranking_export_gives_the_ranks_totals_and_checks_of_the_results_page() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    results_phase(&app, &mut sec, "consensus_total").await;
    let page = sec.get("/secretariat/editions/1/results").await;
    assert_eq!(page.status, Status::Ok);
    let results = page_results(&app).await;
    assert!(results.official.len() >= 10, "the demo is ranked");
    assert!(
        results.official.iter().any(|l| !l.passes_thresholds),
        "some fail a threshold"
    );
    assert!(results.has_unresolved_tie(), "the planted tie");

    let rows = records(
        &download(&mut sec, "/secretariat/editions/1/export/ranking.csv").await,
        b',',
    );
    let header = &rows[0];
    let col = |name: &str| column(header, name);
    assert_eq!(
        rows.len() - 1,
        results.official.len() + results.not_ranked.len()
    );
    let mut last_position = 0;
    for (row, line) in rows[1..].iter().zip(&results.official) {
        let cell = |name: &str| row[col(name)].as_str();
        assert_eq!(cell("edition"), "1");
        assert_eq!(cell("submission_id"), line.submission_id.to_string());
        assert_eq!(cell("title"), line.title);
        assert_eq!(cell("official_rank"), line.rank.to_string());
        let exact = line.weighted_total;
        assert_eq!(
            cell("weighted_total_exact"),
            format!("{}/{}", exact.num, exact.den)
        );
        let decimal: rust_decimal::Decimal = cell("weighted_total").parse().unwrap();
        assert_eq!(
            decimal * rust_decimal::Decimal::from_i128_with_scale(exact.den, 0),
            rust_decimal::Decimal::from_i128_with_scale(exact.num, 0),
            "the total {} is exact",
            cell("weighted_total")
        );
        assert!(
            page.body
                .contains(&format!("<strong>{}</strong>", exact.to_decimal(2))),
            "the page shows {}",
            exact.to_decimal(2)
        );
        assert_eq!(
            cell("passes_thresholds"),
            line.passes_thresholds.to_string()
        );
        assert_eq!(cell("failed_thresholds"), line.failed_thresholds.join(" "));
        assert_eq!(cell("tie_unresolved"), line.tie_unresolved.to_string());
        assert_eq!(cell("tie_break_trace"), line.trace.join(" | "));
        assert_eq!(cell("scorecards"), line.scorecards.to_string());
        let raw_mean = line.raw_mean.unwrap();
        assert!(
            is_exact(cell("raw_mean"), raw_mean),
            "the mean {} is {raw_mean:?}",
            cell("raw_mean")
        );
        assert!((optional(cell("raw_mean")).unwrap() - line.raw.unwrap().0).abs() < 1e-6);
        assert!(rounded(cell("raw_rank"), line.raw.map(|r| r.1)));
        assert!(rounded(
            cell("calibrated_value"),
            line.calibrated.map(|r| r.0)
        ));
        assert!(rounded(
            cell("calibrated_rank"),
            line.calibrated.map(|r| r.1)
        ));
        assert!(rounded(
            cell("rank_ci95_low"),
            line.rank_interval.map(|r| r.0)
        ));
        assert!(rounded(
            cell("rank_ci95_high"),
            line.rank_interval.map(|r| r.1)
        ));
        assert!(rounded(cell("p_top3"), line.p_top3));
        assert_eq!(
            cell("statistical_tie_with_next"),
            line.statistical_tie_with_next.to_string()
        );
        assert_eq!(cell("official_method"), "consensus_total");
        assert_eq!(cell("not_ranked_reason"), "");
        assert_eq!(cell("round"), "1");
        let position = page
            .body
            .find(&format!("id=\"line-{}\"", line.submission_id))
            .expect("the page lists the line");
        assert!(position > last_position, "the page's order");
        last_position = position;
    }
    for (row, (id, title, why)) in rows[1 + results.official.len()..]
        .iter()
        .zip(&results.not_ranked)
    {
        assert_eq!(row[col("submission_id")], id.to_string());
        assert_eq!(&row[col("title")], title);
        assert_eq!(&row[col("not_ranked_reason")], why);
        assert_eq!(row[col("round")], "1");
        assert_eq!(row[col("official_rank")], "");
    }
    let report = results.report.as_ref().unwrap();
    let r = &report.rankings;
    let mut methods = vec![
        ("mean_rank", &r.mean),
        ("median_rank", &r.median),
        ("trimmed_mean_rank", &r.trimmed_mean),
        ("juror_z_rank", &r.juror_z),
        ("bias_corrected_rank", &r.bias_corrected),
        ("borda_rank", &r.borda),
    ];
    if let Some(schulze) = &r.schulze {
        methods.push(("schulze_rank", schulze));
    }
    assert_eq!(
        header.len(),
        laurel::export::results::RANKING_HEADER.len() + methods.len()
    );
    for (name, list) in methods {
        for entry in list {
            let row = rows[1..]
                .iter()
                .find(|row| row[col("submission_id")] == entry.project)
                .unwrap_or_else(|| panic!("{} has a row", entry.project));
            assert_eq!(optional(&row[col(name)]), Some(entry.rank), "{name}");
        }
    }
}

#[rocket::async_test]
async fn the_ranking_export_writes_means_and_totals_without_float_noise() {
    use laurel::db::entities::assignment;
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    results_phase(&app, &mut sec, "consensus_total").await;
    let cards = assignment::Entity::find()
        .filter(assignment::Column::Status.eq("submitted"))
        .all(app.db())
        .await
        .unwrap();
    let mut per_submission: std::collections::BTreeMap<i32, Vec<i32>> = Default::default();
    for card in &cards {
        per_submission
            .entry(card.submission_id)
            .or_default()
            .push(card.id);
    }
    let (submission_id, three) = per_submission
        .into_iter()
        .find(|(_, cards)| cards.len() == 3)
        .expect("a submission with three scorecards");
    // Totals 3.2, 3.4 and 3.0 (3 on every criterion, resident participation weighs 0.20):
    // their mean is 3.2, which floats add up to 3.1999999999999997.
    for (card, resident) in three.iter().zip([8_i16, 10, 6]) {
        score::Entity::update_many()
            .col_expr(score::Column::HalfPoints, Expr::value(6_i16))
            .filter(score::Column::AssignmentId.eq(*card))
            .exec(app.db())
            .await
            .unwrap();
        score::Entity::update_many()
            .col_expr(score::Column::HalfPoints, Expr::value(resident))
            .filter(score::Column::AssignmentId.eq(*card))
            .filter(score::Column::CriterionKey.eq("resident_participation"))
            .exec(app.db())
            .await
            .unwrap();
    }
    let rows = records(
        &download(&mut sec, "/secretariat/editions/1/export/ranking.csv").await,
        b',',
    );
    let col = |name: &str| column(&rows[0], name);
    let row = rows
        .iter()
        .find(|r| r[col("submission_id")] == submission_id.to_string())
        .unwrap();
    assert_eq!(row[col("raw_mean")], "3.2");
    let plain = |cell: &str| {
        let (whole, fraction) = cell.split_once('.').unwrap_or((cell, ""));
        !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && fraction.len() <= 6
            && fraction.bytes().all(|b| b.is_ascii_digit())
    };
    let mut means = 0;
    for row in &rows[1..] {
        for name in ["raw_mean", "weighted_total", "calibrated_value", "p_top3"] {
            let cell = &row[col(name)];
            assert!(cell.is_empty() || plain(cell), "{name} {cell}");
        }
        means += usize::from(!row[col("raw_mean")].is_empty());
    }
    assert!(means >= 10, "the demo's submissions have means");
}

#[rocket::async_test]
async fn the_ranking_and_juror_exports_are_refused_before_the_method_is_chosen_and_lock_it() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let cli = |what: &str| {
        let out = dir.path().join(format!("{what}.csv"));
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_laurel"))
            .args(["export", "--edition", "1", "--what", what, "--output"])
            .arg(&out)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("LAUREL_DATABASE_URL", &app.database_url)
            .output()
            .unwrap();
        (output, out)
    };
    for what in ["ranking", "jurors"] {
        let path = format!("/secretariat/editions/1/export/{what}.csv");
        let early = sec.get(&path).await;
        assert_eq!(early.status, Status::Conflict, "{path}");
        assert!(
            early
                .body
                .contains("Results are shown from the consensus phase on"),
            "{}",
            early.body
        );
        let (output, file) = cli(what);
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("error: Results are shown from the consensus phase on"),
            "{stderr}"
        );
        assert!(!file.exists(), "no file is left behind");
    }
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    record_consensus(&app).await;
    for what in ["ranking", "jurors"] {
        let path = format!("/secretariat/editions/1/export/{what}.csv");
        let early = sec.get(&path).await;
        assert_eq!(early.status, Status::Conflict, "{path}");
        assert!(
            early.body.contains("Choose the official method"),
            "{}",
            early.body
        );
        let (output, _) = cli(what);
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("the official method of edition 1 is not recorded yet"),
            "{stderr}"
        );
    }
    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.first_shown_at, None, "nothing was shown");
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "consensus_total")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    let (output, file) = cli("ranking");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("edition,submission_id,")
    );
    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    assert!(
        record.first_shown_at.is_some(),
        "exporting shows the results"
    );
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    let shown: Vec<_> = events
        .iter()
        .filter(|e| e.action == "results.first_shown")
        .collect();
    assert_eq!(shown.len(), 1);
    assert!(
        shown[0].details.contains("export:ranking"),
        "{}",
        shown[0].details
    );
    assert_eq!(shown[0].actor_id, None, "the command line");
    let silent = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(silent.status, Status::UnprocessableEntity, "refused");
    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        record.method,
        Some(laurel::domain::results::OfficialMethod::ConsensusTotal),
        "after an export, a change needs a reason"
    );
    assert_eq!(
        sec.get_bytes("/secretariat/editions/1/export/jurors.csv")
            .await
            .0,
        Status::Ok
    );
}

#[rocket::async_test]
async fn the_juror_export_gives_the_page_s_offsets_under_pseudonyms_without_names() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    results_phase(&app, &mut sec, "calibrated").await;
    let text =
        String::from_utf8(download(&mut sec, "/secretariat/editions/1/export/jurors.csv").await)
            .unwrap();
    let results = page_results(&app).await;
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
    assert_eq!(
        rows[0],
        [
            "edition",
            "juror",
            "scores",
            "mean_weighted_total",
            "offset",
            "offset_se",
            "round"
        ]
    );
    assert_eq!(rows.len() - 1, results.jurors.len());
    assert!(results.jurors.len() >= 5);
    for j in &results.jurors {
        let label = pseudonym(1, j.juror_id);
        let row = rows
            .iter()
            .find(|r| r[1] == label)
            .unwrap_or_else(|| panic!("{label} has a row"));
        assert_eq!(row[0], "1");
        assert_eq!(row[6], "1", "the edition's single round");
        assert_eq!(row[2], j.scores.to_string());
        assert!(is_exact(&row[3], j.mean_exact.unwrap()), "{}", row[3]);
        assert!((optional(&row[3]).unwrap() - j.mean.unwrap()).abs() < 1e-6);
        assert!(rounded(&row[4], j.offset), "{} {:?}", row[4], j.offset);
        assert!(
            rounded(&row[5], j.offset_se),
            "{} {:?}",
            row[5],
            j.offset_se
        );
    }
    let offsets: Vec<f64> = rows[1..].iter().filter_map(|r| optional(&r[4])).collect();
    assert!(
        offsets.windows(2).all(|w| w[0] >= w[1]),
        "most lenient first"
    );
    let named = String::from_utf8(
        download(
            &mut sec,
            "/secretariat/editions/1/export/jurors.csv?names=true",
        )
        .await,
    )
    .unwrap();
    for j in &results.jurors {
        assert!(named.contains(&j.name), "{} is named", j.name);
    }
}

#[rocket::async_test]
async fn the_decisions_export_gives_each_prize_with_its_rationale_tally_and_confirmation() {
    let app = TestApp::spawn().await;
    let mut sec = demo(&app).await;
    results_phase(&app, &mut sec, "consensus_total").await;
    let special = record_decision(
        &app,
        &mut sec,
        2,
        "special",
        "Prize of the diaspora",
        "A diaspora association carried the project in both countries.",
        "abstain",
    )
    .await;
    let first = record_decision(
        &app,
        &mut sec,
        0,
        "first",
        "",
        "Residents of both territories shaped the project from the start.",
        "for",
    )
    .await;
    let unconfirmed = records(
        &download(&mut sec, "/secretariat/editions/1/export/decisions.csv").await,
        b',',
    );
    assert_eq!(
        unconfirmed[0],
        [
            "edition",
            "submission_id",
            "title",
            "prize",
            "ex_aequo",
            "rationale",
            "votes_for",
            "votes_against",
            "abstentions",
            "confirmed_by_chair_at",
            "recorded_at"
        ]
    );
    assert_eq!(unconfirmed.len(), 3, "one row per decision");
    assert!(
        unconfirmed[1..].iter().all(|r| r[9].is_empty()),
        "not confirmed yet"
    );

    let mut chair = app.browser().await;
    chair
        .login("elena.markovic@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let confirmed = chair.post("/jury/editions/1/decisions/confirm", &[]).await;
    assert_eq!(confirmed.status, Status::SeeOther, "{}", confirmed.body);
    let rows = records(
        &download(&mut sec, "/secretariat/editions/1/export/decisions.csv").await,
        b',',
    );
    let decisions = laurel::db::decisions::list(app.db(), 1).await.unwrap();
    // In the order of the ceremony: the first prize before the special one.
    assert_eq!(rows[1][1], first.to_string());
    assert_eq!(rows[2][1], special.to_string());
    for (row, prize, rationale) in [
        (
            &rows[1],
            "first",
            "Residents of both territories shaped the project from the start.",
        ),
        (
            &rows[2],
            "special: Prize of the diaspora",
            "A diaspora association carried the project in both countries.",
        ),
    ] {
        let decision = decisions
            .iter()
            .find(|d| d.submission_id.to_string() == row[1])
            .unwrap();
        assert_eq!(row[0], "1");
        assert_eq!(row[2], decision.title);
        assert_eq!(row[3], prize);
        assert_eq!(row[4], "false");
        assert_eq!(row[5], rationale);
        assert_eq!(row[6], decision.tally.for_.to_string());
        assert_eq!(row[7], decision.tally.against.to_string());
        assert_eq!(row[8], decision.tally.abstain.to_string());
        let confirmed_at = decision.confirmed_at.unwrap();
        assert_eq!(row[9], laurel::export::rows::utc(confirmed_at));
        assert!(row[10].ends_with('Z'), "{}", row[10]);
    }
    assert!(
        rows[1][6].parse::<u32>().unwrap() > 0,
        "votes for the first prize"
    );
    assert!(
        rows[2][8].parse::<u32>().unwrap() > 0,
        "abstentions on the special prize"
    );
}
