//! Importing submissions from another form tool's CSV: all rows or none, every problem with its
//! line.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::futures::FutureExt;
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
    row_between(
        email,
        title,
        summary,
        "City of Ghent",
        ("City of Bukavu", partner_country),
    )
}

fn row_between(
    email: &str,
    title: &str,
    summary: &str,
    lead: &str,
    (partner, partner_country): (&str, &str),
) -> String {
    let mut cells = vec![
        email.to_owned(),
        "Ann Applicant".to_owned(),
        title.to_owned(),
        summary.to_owned(),
        "2023-02-01".to_owned(),
        String::new(),
        "yes".to_owned(),
        "en".to_owned(),
        lead.to_owned(),
        "municipality".to_owned(),
        "BE".to_owned(),
        partner.to_owned(),
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

async fn import(
    sec: &mut crate::helpers::Browser<'_>,
    edition: i32,
    csv: &str,
) -> crate::helpers::Answer {
    sec.upload(
        &format!("/secretariat/editions/{edition}/import"),
        "export.csv",
        csv.as_bytes(),
    )
    .await
}

fn audited(app: &TestApp, action: &str) -> impl std::future::Future<Output = u64> {
    use laurel::db::entities::audit_entry;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action.to_owned()))
        .count(app.db())
        .map(Result::unwrap)
}

#[rocket::async_test]
async fn every_imported_application_keeps_its_own_lead_partner_and_snapshot_across_batches() {
    use laurel::db::entities::{
        organisation, submission, submission_partner, submission_snapshot, user,
    };
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = fixtures::edition(&app, closes, EditionStatus::Closed).await;
    let mut sec = app.logged_in("sec@example.org").await;
    let count = 850;
    let mut csv = header();
    for i in 0..count {
        csv.push('\n');
        csv.push_str(&row_between(
            &format!("applicant{}@towns.example", i % 300),
            &format!("Project {i}"),
            "A fine summary.",
            &format!("Lead town {i}"),
            (&format!("Partner town {i}"), "CD"),
        ));
    }
    let answer = import(&mut sec, edition.id, &csv).await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);

    let submissions = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition.id))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(submissions.len(), count);
    let organisations: std::collections::HashMap<i32, organisation::Model> =
        organisation::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
    let emails: std::collections::HashMap<i32, String> = user::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    for stored in &submissions {
        let i: usize = stored.title["Project ".len()..].parse().unwrap();
        let lead = &organisations[&stored.lead_organisation_id];
        assert_eq!(lead.name, format!("Lead town {i}"));
        let owner = format!("applicant{}@towns.example", i % 300);
        assert_eq!(emails[&stored.applicant_user_id], owner);
        assert_eq!(lead.contact_email.as_deref(), Some(owner.as_str()));
        let partners = submission_partner::Entity::find()
            .filter(submission_partner::Column::SubmissionId.eq(stored.id))
            .all(app.db())
            .await
            .unwrap();
        assert_eq!(partners.len(), 1);
        assert_eq!(
            organisations[&partners[0].organisation_id].name,
            format!("Partner town {i}")
        );
        let snapshots = submission_snapshot::Entity::find()
            .filter(submission_snapshot::Column::SubmissionId.eq(stored.id))
            .all(app.db())
            .await
            .unwrap();
        assert_eq!(snapshots.len(), 1);
        assert!(snapshots[0].content.contains(&format!("\"Project {i}\"")));
        assert_eq!(stored.status, "submitted");
    }
    assert_eq!(
        audited(&app, "account.created").await,
        300 + 1,
        "300 applicants and the secretariat"
    );
    assert_eq!(audited(&app, "application.imported").await, count as u64);
}

#[rocket::async_test]
async fn an_address_of_a_jurors_account_refuses_the_file_naming_its_line_and_imports_nothing() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Juror, "juror@example.org").await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = fixtures::edition(&app, closes, EditionStatus::Closed).await;
    let mut sec = app.logged_in("sec@example.org").await;
    let csv = format!(
        "{}\n{}\n{}\n",
        header(),
        row("new@ghent.example", "Fine title", "A fine summary.", "CD"),
        row("juror@example.org", "Second title", "A fine summary.", "CD"),
    );
    let answer = import(&mut sec, edition.id, &csv).await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains(
                "line 3: juror@example.org belongs to an account of another role (Juror), not to an applicant"
            ),
        "{}",
        answer.body
    );
    let rows = laurel::db::screening::list(app.db(), edition.id, &Default::default())
        .await
        .unwrap();
    assert!(rows.is_empty());
    let created = laurel::db::users::find_for_login(app.db(), "new@ghent.example")
        .await
        .unwrap();
    assert!(
        created.is_none(),
        "the new applicant's account was rolled back"
    );
}

#[rocket::async_test]
async fn two_imports_at_once_naming_the_same_new_applicant_both_land_with_one_account() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let closes = app.clock().now() + Duration::days(5);
    let edition = fixtures::edition(&app, closes, EditionStatus::Closed).await;
    let mut first = app.logged_in("sec@example.org").await;
    let mut second = app.logged_in("sec@example.org").await;
    let file = |title: &str| {
        let mut csv = header();
        for i in 0..50 {
            csv.push('\n');
            csv.push_str(&row(
                &format!("shared{i}@towns.example"),
                &format!("{title} {i}"),
                "A fine summary.",
                "CD",
            ));
        }
        csv
    };
    let (one, two) = (file("First file"), file("Second file"));
    let (a, b) = tokio::join!(
        import(&mut first, edition.id, &one),
        import(&mut second, edition.id, &two)
    );
    assert_eq!(a.status, Status::SeeOther, "{}", a.body);
    assert_eq!(b.status, Status::SeeOther, "{}", b.body);
    let rows = laurel::db::screening::list(app.db(), edition.id, &Default::default())
        .await
        .unwrap();
    assert_eq!(rows.len(), 100);
    assert_eq!(
        audited(&app, "account.created").await,
        50 + 1,
        "50 applicants and the secretariat"
    );
}

#[rocket::async_test]
async fn an_import_through_the_api_answers_each_problem_by_line_or_imports_every_row() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Closed,
    )
    .await;
    let mut sec = app.logged_in("sec@example.org").await;
    let token = crate::api::make_token(&mut sec, "import", "read_write").await;
    let bearer = format!("Bearer {token}");
    let path = format!("/api/v1/editions/{}/import", edition.id);
    let send = |csv: String| {
        let (path, bearer) = (path.clone(), bearer.clone());
        let mut client = app.client.post(path).header(rocket::http::ContentType::CSV);
        client = client.header(rocket::http::Header::new("Authorization", bearer));
        async move {
            let answer = client.body(csv).dispatch().await;
            let status = answer.status().code;
            let body: serde_json::Value =
                serde_json::from_str(&answer.into_string().await.unwrap_or_default()).unwrap();
            (status, body)
        }
    };
    let bad = format!(
        "{}\n{}\n{}\n",
        header(),
        row("a@ghent.example", "Good project", "A fine summary.", "CD"),
        row("b@ghent.example", "Bad project", "", "ZZ"),
    );
    let (status, refused) = send(bad).await;
    assert_eq!(status, 422, "{refused}");
    let line3 = refused["fields"]["line 3"].as_str().unwrap();
    assert!(line3.contains("Summary: please fill this in"), "{refused}");
    assert!(line3.contains("Partner 1, country"), "{refused}");
    assert!(
        refused["fields"].get("line 2").is_none(),
        "the good row is not blamed"
    );
    let (status, empty) = send(String::new()).await;
    assert_eq!(status, 422);
    assert!(
        empty["fields"]["file"]
            .as_str()
            .unwrap()
            .contains("choose a CSV file")
    );
    let rows = laurel::db::screening::list(app.db(), edition.id, &Default::default())
        .await
        .unwrap();
    assert!(rows.is_empty(), "all or nothing");

    let good = format!(
        "{}\n{}\n{}\n",
        header(),
        row("a@ghent.example", "Good project", "A fine summary.", "CD"),
        row(
            "b@ghent.example",
            "Second project",
            "Another summary.",
            "SN"
        ),
    );
    let (status, imported) = send(good).await;
    assert_eq!(status, 200, "{imported}");
    assert_eq!(imported["imported"], 2);
    let rows = laurel::db::screening::list(app.db(), edition.id, &Default::default())
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
}
