//! Documents attached to applications: PDF by content, at most three of 10 MB, frozen once
//! submitted, and only their owner (and the secretariat) can download them.

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
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Open,
    )
    .await;
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
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Open,
    )
    .await;
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
    let edition = fixtures::edition(
        &app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Open,
    )
    .await;
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
