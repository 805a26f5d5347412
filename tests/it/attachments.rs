//! Documents attached to applications: PDF by content, at most three of 10 MB, frozen once
//! submitted, and only their owner, the secretariat and the jurors assigned to them (not
//! while a conflict of interest keeps them away) can download them.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::Status;

use crate::fixtures::{self, fill, start, submit};
use crate::helpers::TestApp;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R',
];

#[rocket::async_test]
async fn a_pdf_is_attached_downloaded_by_its_owner_and_hidden_from_other_applicants() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "owner@example.org").await;
    app.account(Role::Applicant, "other@example.org").await;
    app.account(Role::Secretariat, "sec@example.org").await;
    app.account(Role::Juror, "juror@example.org").await;
    let edition = fixtures::open_call(&app).await;
    let mut owner = app.logged_in("owner@example.org").await;
    let id = start(&mut owner, edition.id).await;
    let path = format!("/applicant/applications/{id}/attachments");
    let answer = owner
        .upload(&path, "../Partnership agreement.pdf", PDF)
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let page = owner
        .get(&format!("/applicant/applications/{id}/evidence"))
        .await;
    assert!(page.body.contains("Partnership agreement.pdf is attached."));
    let attachments = laurel::db::attachments::of_submission(app.db(), id)
        .await
        .unwrap();
    assert_eq!(attachments.len(), 1);
    let download = format!(
        "/applicant/applications/{id}/attachments/{}",
        attachments[0].id
    );
    assert_eq!(owner.get_bytes(&download).await, (Status::Ok, PDF.to_vec()));
    let mut other = app.logged_in("other@example.org").await;
    assert_eq!(other.get_bytes(&download).await.0, Status::NotFound);
    let secretariat_path = format!("/secretariat/attachments/{}", attachments[0].id);
    assert_eq!(
        other.get_bytes(&secretariat_path).await.0,
        Status::Forbidden
    );
    let mut juror = app.logged_in("juror@example.org").await;
    assert_eq!(
        juror.get_bytes(&secretariat_path).await.0,
        Status::Forbidden
    );
    let mut sec = app.logged_in("sec@example.org").await;
    assert_eq!(
        sec.get_bytes(&secretariat_path).await,
        (Status::Ok, PDF.to_vec())
    );
}

#[rocket::async_test]
async fn a_non_pdf_a_file_over_ten_megabytes_and_a_fourth_document_are_refused() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "owner@example.org").await;
    let edition = fixtures::open_call(&app).await;
    let mut owner = app.logged_in("owner@example.org").await;
    let id = start(&mut owner, edition.id).await;
    let path = format!("/applicant/applications/{id}/attachments");
    owner.upload(&path, "photo.pdf", PNG).await;
    let page = owner
        .get(&format!("/applicant/applications/{id}/evidence"))
        .await;
    assert!(
        page.body
            .contains("Documents: The file is a PNG document, not a PDF"),
        "{}",
        page.body
    );
    let mut big = PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    owner.upload(&path, "big.pdf", &big).await;
    let page = owner
        .get(&format!("/applicant/applications/{id}/evidence"))
        .await;
    assert!(page.body.contains("documents may be at most 10 MB"));
    for n in 1..=3 {
        let mut pdf = PDF.to_vec();
        pdf.extend_from_slice(format!("% copy {n}\n").as_bytes());
        assert_eq!(
            owner
                .upload(&path, &format!("doc{n}.pdf"), &pdf)
                .await
                .status,
            Status::SeeOther
        );
    }
    owner.upload(&path, "doc4.pdf", PDF).await;
    let page = owner
        .get(&format!("/applicant/applications/{id}/evidence"))
        .await;
    assert!(page.body.contains("at most 3 documents"), "{}", page.body);
    assert_eq!(
        laurel::db::attachments::of_submission(app.db(), id)
            .await
            .unwrap()
            .len(),
        3
    );
}

#[rocket::async_test]
async fn documents_are_frozen_once_the_application_is_submitted() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "owner@example.org").await;
    let edition = fixtures::open_call(&app).await;
    let mut owner = app.logged_in("owner@example.org").await;
    let id = start(&mut owner, edition.id).await;
    let path = format!("/applicant/applications/{id}/attachments");
    owner.upload(&path, "agreement.pdf", PDF).await;
    fill(&mut owner, id).await;
    assert_eq!(submit(&mut owner, id).await.status, Status::SeeOther);
    owner.upload(&path, "late.pdf", PDF).await;
    let attachments = laurel::db::attachments::of_submission(app.db(), id)
        .await
        .unwrap();
    assert_eq!(attachments.len(), 1);
    let remove = format!(
        "/applicant/applications/{id}/attachments/{}/remove",
        attachments[0].id
    );
    owner.post(&remove, &[]).await;
    assert_eq!(
        laurel::db::attachments::of_submission(app.db(), id)
            .await
            .unwrap()
            .len(),
        1
    );
}

fn stored(app: &TestApp, bytes: &[u8]) -> bool {
    app.data_dir()
        .join("attachments")
        .join(laurel::storage::content_hash(bytes))
        .exists()
}

async fn attachment_ids(app: &TestApp, id: i32) -> Vec<i32> {
    laurel::db::attachments::of_submission(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect()
}

#[rocket::async_test]
async fn a_removed_document_leaves_the_disk_once_no_application_refers_to_its_content() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "first@example.org").await;
    app.account(Role::Applicant, "second@example.org").await;
    let edition = fixtures::open_call(&app).await;
    let mut first = app.logged_in("first@example.org").await;
    let mut second = app.logged_in("second@example.org").await;
    let first_id = start(&mut first, edition.id).await;
    let second_id = start(&mut second, edition.id).await;
    for (browser, id) in [(&mut first, first_id), (&mut second, second_id)] {
        let path = format!("/applicant/applications/{id}/attachments");
        assert_eq!(
            browser.upload(&path, "shared.pdf", PDF).await.status,
            Status::SeeOther
        );
    }
    assert!(stored(&app, PDF));
    let first_doc = attachment_ids(&app, first_id).await[0];
    first
        .post(
            &format!("/applicant/applications/{first_id}/attachments/{first_doc}/remove"),
            &[],
        )
        .await;
    assert!(attachment_ids(&app, first_id).await.is_empty());
    assert!(
        stored(&app, PDF),
        "the second application still refers to it"
    );
    let second_doc = attachment_ids(&app, second_id).await[0];
    second
        .post(
            &format!("/applicant/applications/{second_id}/attachments/{second_doc}/remove"),
            &[],
        )
        .await;
    assert!(attachment_ids(&app, second_id).await.is_empty());
    assert!(!stored(&app, PDF), "no application refers to it any more");
}

#[rocket::async_test]
async fn the_same_file_cannot_be_attached_twice_to_one_application() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "owner@example.org").await;
    let edition = fixtures::open_call(&app).await;
    let mut owner = app.logged_in("owner@example.org").await;
    let id = start(&mut owner, edition.id).await;
    let path = format!("/applicant/applications/{id}/attachments");
    owner.upload(&path, "agreement.pdf", PDF).await;
    let again = owner.upload(&path, "agreement copy.pdf", PDF).await;
    assert_eq!(again.status, Status::SeeOther);
    let page = owner
        .get(&format!("/applicant/applications/{id}/evidence"))
        .await;
    assert!(
        page.body
            .contains("this file is already attached as agreement.pdf"),
        "{}",
        page.body
    );
    assert_eq!(attachment_ids(&app, id).await.len(), 1);
}

#[rocket::async_test]
async fn removing_the_last_copy_while_another_application_attaches_it_never_loses_the_file() {
    let app = std::sync::Arc::new(TestApp::spawn().await);
    app.account(Role::Applicant, "leaving@example.org").await;
    app.account(Role::Applicant, "arriving@example.org").await;
    let edition = fixtures::open_call(&app).await;
    let mut leaving = app.logged_in("leaving@example.org").await;
    let mut arriving = app.logged_in("arriving@example.org").await;
    let leaving_id = start(&mut leaving, edition.id).await;
    let arriving_id = start(&mut arriving, edition.id).await;
    for round in 0..8 {
        let content = [PDF, format!("% round {round}\n").as_bytes()].concat();
        let leaving_path = format!("/applicant/applications/{leaving_id}/attachments");
        leaving.upload(&leaving_path, "plan.pdf", &content).await;
        let doc = attachment_ids(&app, leaving_id).await[0];
        let remove = leaving
            .prepare_post(
                &format!("/applicant/applications/{leaving_id}/attachments/{doc}/remove"),
                &[],
            )
            .await;
        let attach = arriving
            .prepare_upload(
                &format!("/applicant/applications/{arriving_id}/attachments"),
                "plan.pdf",
                &content,
            )
            .await;
        let answers = crate::helpers::all_at_once(&app, vec![remove, attach]).await;
        assert!(answers.iter().all(|a| a.status == Status::SeeOther));
        let arrived = laurel::db::attachments::of_submission(app.db(), arriving_id)
            .await
            .unwrap();
        assert_eq!(arrived.len(), 1, "round {round}");
        assert!(stored(&app, &content), "round {round}: the file is on disk");
        let path = format!(
            "/applicant/applications/{arriving_id}/attachments/{}",
            arrived[0].id
        );
        assert_eq!(
            arriving.get_bytes(&path).await,
            (Status::Ok, content.clone())
        );
        arriving
            .post(
                &format!(
                    "/applicant/applications/{arriving_id}/attachments/{}/remove",
                    arrived[0].id
                ),
                &[],
            )
            .await;
    }
}

#[rocket::async_test]
async fn a_pdf_that_is_also_html_is_only_ever_sent_as_a_sandboxed_download() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "owner@example.org").await;
    let edition = fixtures::open_call(&app).await;
    let mut owner = app.logged_in("owner@example.org").await;
    let id = start(&mut owner, edition.id).await;
    let polyglot = [
        PDF,
        b"<html><script>fetch('/api/v1/me')</script></html>\n".as_slice(),
    ]
    .concat();
    owner
        .upload(
            &format!("/applicant/applications/{id}/attachments"),
            "report.html",
            &polyglot,
        )
        .await;
    let doc = attachment_ids(&app, id).await[0];
    let download = owner
        .get(&format!("/applicant/applications/{id}/attachments/{doc}"))
        .await;
    assert_eq!(download.status, Status::Ok);
    assert_eq!(download.headers["content-type"], "application/pdf");
    assert_eq!(download.headers["x-content-type-options"], "nosniff");
    assert!(
        download.headers["content-disposition"]
            .starts_with("attachment; filename=\"report.html.pdf\""),
        "{:?}",
        download.headers
    );
    assert_eq!(
        download.headers["content-security-policy"],
        "default-src 'none'; sandbox"
    );
}

/// Inserts a jury assignment of `juror_id` to `submission_id`, as automatic assignment would.
async fn assign(app: &TestApp, submission_id: i32, juror_id: i32, suspended: bool) -> i32 {
    use laurel::db::entities::assignment;
    use sea_orm::EntityTrait;
    use sea_orm::{ActiveModelTrait, Set};
    let edition = laurel::db::entities::submission::Entity::find_by_id(submission_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .edition_id;
    let round = laurel::db::rounds::current_id(app.db(), edition)
        .await
        .unwrap();
    assignment::ActiveModel {
        round_id: Set(Some(round)),
        submission_id: Set(submission_id),
        juror_id: Set(juror_id),
        phase: Set("jury".to_owned()),
        status: Set("not_started".to_owned()),
        overall_comment: Set(String::new()),
        revision: Set(1),
        created_at: Set(app.clock().now()),
        suspended: Set(suspended),
        version: Set(1),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id
}

/// A disqualifying conflict of interest declared by `juror_id` on `submission_id`.
async fn disqualify(app: &TestApp, submission_id: i32, juror_id: i32) {
    use laurel::db::entities::conflict_declaration;
    use sea_orm::{ActiveModelTrait, Set};
    conflict_declaration::ActiveModel {
        submission_id: Set(submission_id),
        juror_id: Set(juror_id),
        level: Set("disqualifying".to_owned()),
        reason_code: Set(Some("prepared".to_owned())),
        details: Set("I helped write it.".to_owned()),
        declared_at: Set(app.clock().now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
}

/// A submitted application with one document, by owner@example.org; returns (edition,
/// application, document).
async fn submitted_with_document(app: &TestApp) -> (i32, i32, i32) {
    app.account(Role::Applicant, "owner@example.org").await;
    let edition = fixtures::edition(
        app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Open,
    )
    .await;
    let mut owner = app.logged_in("owner@example.org").await;
    let id = start(&mut owner, edition.id).await;
    fill(&mut owner, id).await;
    let path = format!("/applicant/applications/{id}/attachments");
    let uploaded = owner.upload(&path, "Partnership agreement.pdf", PDF).await;
    assert_eq!(uploaded.status, Status::SeeOther);
    assert_eq!(submit(&mut owner, id).await.status, Status::SeeOther);
    let document = laurel::db::attachments::of_submission(app.db(), id)
        .await
        .unwrap()[0]
        .id;
    (edition.id, id, document)
}

#[rocket::async_test]
async fn the_assigned_juror_reads_the_whole_application_and_downloads_its_documents_but_no_contact_details()
 {
    let app = TestApp::spawn().await;
    let (_, id, document) = submitted_with_document(&app).await;
    let juror = app.account(Role::Juror, "juror@example.org").await;
    let aid = assign(&app, id, juror.id, false).await;
    let mut browser = app.logged_in("juror@example.org").await;
    let page = browser.get(&format!("/jury/assignments/{aid}")).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let download = format!("/jury/assignments/{aid}/attachments/{document}");
    for seen in [
        "€250,000",
        "European Union</span>: €125,000 (EU funding)",
        "12,000",
        "11. Sustainable cities and communities",
        "6. Clean water and sanitation",
        "<strong>11.6</strong> By 2030, reduce the adverse per capita environmental impact of cities",
        "<strong>6.a</strong>",
        "Written in English.",
        "Commune of Dogbo: Municipality, Benin",
        "City of Roeselare (Municipality, Belgium)",
        "href=\"https://example.org/project\"",
        "Start with the committees.",
        &format!(
            "href=\"{download}\">Partnership agreement.pdf</a> (PDF, {} bytes)",
            PDF.len()
        ),
        "signed by the applicant&#39;s Mayor",
    ] {
        assert!(
            page.body.contains(seen),
            "the juror sees {seen}: {}",
            page.body
        );
    }
    for hidden in [
        "owner@example.org",
        "Ann Mayor",
        "Consent to publish",
        "Test Applicant",
    ] {
        assert!(
            !page.body.contains(hidden),
            "the juror does not see {hidden}"
        );
    }
    let answer = browser.get(&download).await;
    assert_eq!(answer.status, Status::Ok);
    assert_eq!(answer.body.as_bytes(), PDF);
    assert_eq!(answer.headers["content-type"], "application/pdf");
    assert!(answer.headers["content-disposition"].starts_with("attachment;"));
    assert_eq!(answer.headers["x-content-type-options"], "nosniff");

    app.account(Role::Secretariat, "sec@example.org").await;
    let mut sec = app.logged_in("sec@example.org").await;
    let full = sec.get(&format!("/secretariat/submissions/{id}")).await;
    for seen in [
        "owner@example.org",
        "Ann Mayor",
        "European Union</span>: €125,000 (EU funding)",
        &format!("href=\"/secretariat/attachments/{document}\""),
    ] {
        assert!(full.body.contains(seen), "the secretariat sees {seen}");
    }
}

#[rocket::async_test]
async fn another_juror_a_conflicted_juror_and_an_applicant_cannot_download_a_jurors_document() {
    let app = TestApp::spawn().await;
    let (edition, id, document) = submitted_with_document(&app).await;
    let assigned = app.account(Role::Juror, "assigned@example.org").await;
    app.account(Role::Juror, "other@example.org").await;
    let conflicted = app.account(Role::Juror, "conflicted@example.org").await;
    let aid = assign(&app, id, assigned.id, false).await;
    let conflicted_aid = assign(&app, id, conflicted.id, true).await;
    disqualify(&app, id, conflicted.id).await;
    let download = format!("/jury/assignments/{aid}/attachments/{document}");

    let mut other = app.logged_in("other@example.org").await;
    assert_eq!(other.get_bytes(&download).await.0, Status::NotFound);

    let mut conflicted = app.logged_in("conflicted@example.org").await;
    assert_eq!(conflicted.get_bytes(&download).await.0, Status::NotFound);
    let through_own = format!("/jury/assignments/{conflicted_aid}/attachments/{document}");
    assert_eq!(
        conflicted.get_bytes(&through_own).await.0,
        Status::Forbidden
    );

    app.account(Role::Applicant, "rival@example.org").await;
    let mut rival = app.logged_in("rival@example.org").await;
    assert_eq!(rival.get_bytes(&download).await.0, Status::Forbidden);
    let rival_id = start(&mut rival, edition).await;
    let own = format!("/applicant/applications/{rival_id}/attachments/{document}");
    assert_eq!(rival.get_bytes(&own).await.0, Status::NotFound);
    rival
        .upload(
            &format!("/applicant/applications/{rival_id}/attachments"),
            "rival.pdf",
            PDF,
        )
        .await;
    let rival_document = laurel::db::attachments::of_submission(app.db(), rival_id)
        .await
        .unwrap()[0]
        .id;

    let mut juror = app.logged_in("assigned@example.org").await;
    let elsewhere = format!("/jury/assignments/{aid}/attachments/{rival_document}");
    assert_eq!(
        juror.get_bytes(&elsewhere).await.0,
        Status::NotFound,
        "only documents of the assigned application"
    );
    assert_eq!(juror.get_bytes(&download).await, (Status::Ok, PDF.to_vec()));
    let mut anonymous = app.browser().await;
    assert_eq!(anonymous.get_bytes(&download).await.0, Status::SeeOther);
}

#[rocket::async_test]
async fn the_assigned_juror_reads_the_application_and_its_document_through_the_api_and_nobody_else()
{
    let app = TestApp::spawn().await;
    let (_, id, document) = submitted_with_document(&app).await;
    let assigned = app.account(Role::Juror, "assigned@example.org").await;
    app.account(Role::Juror, "other@example.org").await;
    let conflicted = app.account(Role::Juror, "conflicted@example.org").await;
    let aid = assign(&app, id, assigned.id, false).await;
    let conflicted_aid = assign(&app, id, conflicted.id, true).await;
    disqualify(&app, id, conflicted.id).await;
    let (juror, other, excluded) = (
        crate::api::token_for(&app, "assigned@example.org", "read").await,
        crate::api::token_for(&app, "other@example.org", "read").await,
        crate::api::token_for(&app, "conflicted@example.org", "read").await,
    );
    let mut client = crate::api::script(&app).await;
    let get = rocket::http::Method::Get;
    let read = format!("/api/v1/assignments/{aid}/application");
    let answer = crate::api::call(&mut client, get, &read, &juror, &[], None).await;
    assert_eq!(answer.status, Status::Ok, "{}", answer.body);
    let body = crate::api::json_of(&answer);
    let snapshot = laurel::db::applications::latest_snapshot(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(body["title"], snapshot.title.as_str());
    assert_eq!(body["documents"][0]["id"], document);
    assert!(
        !answer.body.contains(&snapshot.declaration_name),
        "never the signatory's name: {}",
        answer.body
    );
    let file = format!("/api/v1/assignments/{aid}/documents/{document}");
    let downloaded = app
        .client
        .get(file.clone())
        .header(rocket::http::Header::new(
            "Authorization",
            format!("Bearer {juror}"),
        ))
        .dispatch()
        .await;
    assert_eq!(downloaded.status(), Status::Ok);
    assert_eq!(downloaded.into_bytes().await.unwrap(), PDF.to_vec());

    let answer = crate::api::call(&mut client, get, &read, &other, &[], None).await;
    assert_eq!(
        answer.status,
        Status::NotFound,
        "another juror's assignment"
    );
    let answer = crate::api::call(&mut client, get, &file, &other, &[], None).await;
    assert_eq!(answer.status, Status::NotFound);
    let own = format!("/api/v1/assignments/{conflicted_aid}/application");
    let answer = crate::api::call(&mut client, get, &own, &excluded, &[], None).await;
    assert_eq!(answer.status, Status::Conflict);
    assert_eq!(crate::api::json_of(&answer)["code"], "scorecard_suspended");
    let through_own = format!("/api/v1/assignments/{conflicted_aid}/documents/{document}");
    let answer = crate::api::call(&mut client, get, &through_own, &excluded, &[], None).await;
    assert_eq!(
        answer.status,
        Status::Conflict,
        "a conflicted juror never gets the file"
    );
}

#[rocket::async_test]
async fn the_secretariat_reads_a_submission_with_its_contact_eligibility_and_documents_through_the_api()
 {
    let app = TestApp::spawn().await;
    let (_, id, document) = submitted_with_document(&app).await;
    app.account(Role::Secretariat, "office@example.org").await;
    app.account(Role::Juror, "juror@example.org").await;
    let (office, juror, owner) = (
        crate::api::token_for(&app, "office@example.org", "read").await,
        crate::api::token_for(&app, "juror@example.org", "read").await,
        crate::api::token_for(&app, "owner@example.org", "read").await,
    );
    let mut client = crate::api::script(&app).await;
    let get = rocket::http::Method::Get;
    let read = format!("/api/v1/submissions/{id}");
    let answer = crate::api::call(&mut client, get, &read, &office, &[], None).await;
    assert_eq!(answer.status, Status::Ok, "{}", answer.body);
    let body = crate::api::json_of(&answer);
    let snapshot = laurel::db::applications::latest_snapshot(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(body["status"], "submitted");
    assert_eq!(body["application"]["title"], snapshot.title.as_str());
    assert_eq!(body["application"]["documents"][0]["id"], document);
    assert_eq!(body["contact"]["email"], "owner@example.org");
    assert_eq!(body["signatory_name"], snapshot.declaration_name.as_str());
    let rules = body["eligibility"]["rules"].as_array().expect("the rules");
    assert!(
        rules.iter().any(|r| r["code"] == "E1"),
        "each rule's result: {}",
        answer.body
    );

    let file = format!("/api/v1/submissions/{id}/documents/{document}");
    let downloaded = app
        .client
        .get(file.clone())
        .header(rocket::http::Header::new(
            "Authorization",
            format!("Bearer {office}"),
        ))
        .dispatch()
        .await;
    assert_eq!(downloaded.status(), Status::Ok);
    assert_eq!(downloaded.into_bytes().await.unwrap(), PDF.to_vec());
    let elsewhere = format!("/api/v1/submissions/{}/documents/{document}", id + 1000);
    let answer = crate::api::call(&mut client, get, &elsewhere, &office, &[], None).await;
    assert_eq!(
        answer.status,
        Status::NotFound,
        "a document only under its own submission"
    );
    for (who, token) in [("a juror", &juror), ("the applicant", &owner)] {
        for path in [&read, &file] {
            let answer = crate::api::call(&mut client, get, path, token, &[], None).await;
            assert_eq!(answer.status, Status::Forbidden, "{who} on {path}");
        }
    }
}
