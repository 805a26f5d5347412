//! Importing submissions from another form tool's CSV: all rows or none, every problem with its
//! line.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::Status;

use crate::fixtures::{self, CRITERIA};
use crate::helpers::TestApp;

fn header() -> String {
    let mut columns: Vec<String> = laurel::domain::application::REQUIRED_COLUMNS
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
    columns.extend(CRITERIA.iter().map(|k| format!("answer_{k}")));
    columns.join(",")
}

fn row(email: &str, title: &str, summary: &str, partner_country: &str) -> String {
    let mut cells = vec![
        email.to_owned(),
        "Ann Applicant".to_owned(),
        title.to_owned(),
        summary.to_owned(),
        "2023-02-01".to_owned(),
        String::new(),
        "yes".to_owned(),
        "en".to_owned(),
        "City of Ghent".to_owned(),
        "municipality".to_owned(),
        "BE".to_owned(),
        "City of Bukavu".to_owned(),
        "municipality".to_owned(),
        partner_country.to_owned(),
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
        CRITERIA
            .iter()
            .map(|k| format!("\"Imported answer on {k}, with a comma\"")),
    );
    cells.join(",")
}

#[rocket::async_test]
async fn a_file_with_one_bad_row_imports_nothing_and_names_every_problem_with_its_line() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Closed,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let csv = format!(
        "{}\n{}\n{}\n",
        header(),
        row("a@ghent.example", "Good project", "A fine summary.", "CD"),
        row("b@ghent.example", "Bad project", "", "ZZ"),
    );
    let answer = sec
        .upload(
            &format!("/secretariat/editions/{}/import", edition.id),
            "export.csv",
            csv.as_bytes(),
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(answer.body.contains("Nothing was imported"));
    assert!(
        answer.body.contains("line 3: Summary: please fill this in"),
        "{}",
        answer.body
    );
    assert!(
        answer
            .body
            .contains("line 3: Partner 1, country: please choose a country")
    );
    let rows = laurel::db::screening::list(app.db(), edition.id, &Default::default())
        .await
        .unwrap();
    assert!(rows.is_empty(), "all or nothing");
    assert!(
        laurel::db::users::find_for_login(app.db(), "a@ghent.example")
            .await
            .unwrap()
            .is_none()
    );
}

#[rocket::async_test]
async fn values_quoted_in_the_import_report_are_cut_to_forty_characters() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Closed,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let bad_date = row("a@ghent.example", "First project", "A fine summary.", "CD")
        .replace("2026-06-01T10:00:00Z", &"T".repeat(5000));
    let bad_fields = row("b@ghent.example", "Second project", "A fine summary.", "CD")
        .replace("300000", &"Q".repeat(5000))
        .replace("11.3", &"S".repeat(5000));
    let csv = format!("{}\n{bad_date}\n{bad_fields}\n", header());
    let answer = sec
        .upload(
            &format!("/secretariat/editions/{}/import", edition.id),
            "export.csv",
            csv.as_bytes(),
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    for letter in ["T", "Q", "S"] {
        assert!(
            answer.body.contains(&format!("`{}…`", letter.repeat(39))),
            "{letter}: {}",
            answer.body
        );
        assert!(!answer.body.contains(&letter.repeat(40)), "{letter}");
    }
}

#[rocket::async_test]
async fn a_valid_file_is_imported_with_accounts_snapshots_and_eligibility() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Applicant, "b@ghent.example").await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = fixtures::edition(&app, closes, EditionStatus::Closed).await;
    let mut sec = app.logged_in("sec@example.org").await;
    let csv = format!(
        "\u{feff}{}\n{}\n{}\n",
        header(),
        row("a@ghent.example", "First imported", "A fine summary.", "CD"),
        row(
            "B@ghent.example",
            "Second imported",
            "Another summary.",
            "US"
        ),
    );
    let answer = sec
        .upload(
            &format!("/secretariat/editions/{}/import", edition.id),
            "export.csv",
            csv.as_bytes(),
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let page = sec.get(answer.location.as_deref().unwrap()).await;
    assert!(
        page.body
            .contains("2 applications were imported and submitted.")
    );
    let rows = laurel::db::screening::list(app.db(), edition.id, &Default::default())
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    let outcome = |title: &str| {
        rows.iter()
            .find(|r| r.title == title)
            .and_then(|r| r.eligibility.as_ref())
            .map(|e| e.outcome().as_str())
    };
    assert_eq!(outcome("First imported"), Some("pass"));
    assert_eq!(
        outcome("Second imported"),
        Some("fail"),
        "a US partner is not a partner country"
    );
    let created = laurel::db::users::find_for_login(app.db(), "a@ghent.example")
        .await
        .unwrap();
    assert!(created.is_some_and(|(a, _)| a.role == Role::Applicant));
    let first = rows.iter().find(|r| r.title == "First imported").unwrap();
    let snapshot = laurel::db::applications::latest_snapshot(app.db(), first.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        snapshot.answers["sdg_alignment"],
        "Imported answer on sdg_alignment, with a comma"
    );
    assert_eq!(
        first.submitted_at.unwrap().to_rfc3339(),
        "2026-06-01T10:00:00+00:00"
    );
}

#[rocket::async_test]
async fn a_file_missing_columns_is_refused_naming_them() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Closed,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let answer = sec
        .upload(
            &format!("/secretariat/editions/{}/import", edition.id),
            "x.csv",
            b"title,summary\nA,B\n",
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("line 1: missing columns: applicant_email, applicant_name")
    );
}

#[rocket::async_test]
async fn an_imported_applicant_has_no_password_until_the_secretariat_sets_one() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = fixtures::edition(&app, closes, EditionStatus::Closed).await;
    let mut sec = app.logged_in("sec@example.org").await;
    let csv = format!(
        "{}\n{}\n",
        header(),
        row("new@ghent.example", "Imported", "A fine summary.", "CD"),
    );
    let answer = sec
        .upload(
            &format!("/secretariat/editions/{}/import", edition.id),
            "export.csv",
            csv.as_bytes(),
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let (account, stored) = laurel::db::users::find_for_login(app.db(), "new@ghent.example")
        .await
        .unwrap()
        .unwrap();
    assert!(!laurel::domain::password::has_password(&stored));
    for guess in [stored.as_str(), "", "correct horse battery staple"] {
        let mut stranger = app.browser().await;
        let refused = stranger.login("new@ghent.example", guess).await;
        assert_ne!(refused.status, Status::SeeOther, "{guess:?} logged in");
    }
    let set = sec
        .post(
            &format!("/secretariat/accounts/{}/password", account.id),
            &[("new_password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(set.status, Status::SeeOther, "{}", set.body);
    let mut applicant = app.browser().await;
    let entered = applicant
        .login("new@ghent.example", "a brand new passphrase")
        .await;
    assert_eq!(entered.status, Status::SeeOther, "{}", entered.body);
}

#[rocket::async_test]
async fn a_cell_with_a_nul_character_is_refused_naming_its_line_and_column() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = fixtures::edition(&app, closes, EditionStatus::Closed).await;
    let mut sec = app.logged_in("sec@example.org").await;
    let csv = format!(
        "{}\n{}\n{}\n",
        header(),
        row("a@ghent.example", "Fine title", "A fine summary.", "CD"),
        row("b@ghent.example", "Bad\u{0} title", "A fine summary.", "CD"),
    );
    let answer = sec
        .upload(
            &format!("/secretariat/editions/{}/import", edition.id),
            "export.csv",
            csv.as_bytes(),
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("line 3: title contains a NUL character"),
        "{}",
        answer.body
    );
    let rows = laurel::db::screening::list(app.db(), edition.id, &Default::default())
        .await
        .unwrap();
    assert!(rows.is_empty());
}
