//! Nothing an applicant types is lost: saves are checked per section (two tabs on different
//! sections both land, even at the same instant), a document chosen with text saves the text
//! first, and a submitted application is read-only with a way to withdraw it.

use laurel::domain::role::Role;
use rocket::http::Status;

use crate::fixtures::{self, fill, start, submit};
use crate::helpers::{TestApp, all_at_once};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

async fn draft_of(app: &TestApp, id: i32) -> laurel::domain::application::Draft {
    laurel::db::applications::find(app.db(), id)
        .await
        .unwrap()
        .unwrap()
        .draft
}

#[rocket::async_test]
async fn saving_the_budget_in_one_tab_does_not_make_a_later_save_of_the_project_in_another_fail() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "ann@example.org").await;
    let edition = fixtures::open_call(&app).await.id;
    let mut ann = app.logged_in("ann@example.org").await;
    let id = start(&mut ann, edition).await;
    let project_tab = fixtures::stamp(&mut ann, id, "project").await;
    let budget_tab = fixtures::stamp(&mut ann, id, "budget").await;
    let budget = ann
        .post(
            &format!("/applicant/applications/{id}/budget"),
            &[
                ("stamp", &budget_tab),
                ("action", "save"),
                ("budget_total_eur", "120000"),
            ],
        )
        .await;
    assert_eq!(budget.status, Status::SeeOther, "{}", budget.body);
    let project = ann
        .post(
            &format!("/applicant/applications/{id}/project"),
            &[
                ("stamp", &project_tab),
                ("action", "save"),
                ("title", "Typed in the other tab"),
            ],
        )
        .await;
    assert_eq!(project.status, Status::SeeOther, "{}", project.body);
    let draft = draft_of(&app, id).await;
    assert_eq!(draft.title, "Typed in the other tab");
    assert_eq!(draft.budget_total_eur, "120000");
}

#[rocket::async_test]
async fn saves_of_two_sections_sent_at_the_same_instant_both_land_and_of_one_section_only_one_does()
{
    let app = std::sync::Arc::new(TestApp::spawn().await);
    app.account(Role::Applicant, "ann@example.org").await;
    let edition = fixtures::open_call(&app).await.id;
    let mut ann = app.logged_in("ann@example.org").await;
    let id = start(&mut ann, edition).await;
    for round in 0..5 {
        let title = format!("Title of round {round}");
        let budget = format!("{}", 1000 + round);
        let project_stamp = fixtures::stamp(&mut ann, id, "project").await;
        let budget_stamp = fixtures::stamp(&mut ann, id, "budget").await;
        let project = ann
            .prepare_post(
                &format!("/applicant/applications/{id}/project"),
                &[
                    ("stamp", &project_stamp),
                    ("action", "save"),
                    ("title", &title),
                ],
            )
            .await;
        let budget_save = ann
            .prepare_post(
                &format!("/applicant/applications/{id}/budget"),
                &[
                    ("stamp", &budget_stamp),
                    ("action", "save"),
                    ("budget_total_eur", &budget),
                ],
            )
            .await;
        let answers = all_at_once(&app, vec![project, budget_save]).await;
        assert!(
            answers.iter().all(|a| a.status == Status::SeeOther),
            "round {round}: {:?}",
            answers.iter().map(|a| a.status).collect::<Vec<_>>()
        );
        let draft = draft_of(&app, id).await;
        assert_eq!(draft.title, title, "round {round}");
        assert_eq!(draft.budget_total_eur, budget, "round {round}");
    }
    let stamp = fixtures::stamp(&mut ann, id, "project").await;
    let mut tabs = Vec::new();
    for title in ["First tab", "Second tab"] {
        tabs.push(
            ann.prepare_post(
                &format!("/applicant/applications/{id}/project"),
                &[("stamp", &stamp), ("action", "save"), ("title", title)],
            )
            .await,
        );
    }
    let answers = all_at_once(&app, tabs).await;
    let saved = answers
        .iter()
        .filter(|a| a.status == Status::SeeOther)
        .count();
    assert_eq!(saved, 1, "exactly one save of the same section wins");
    let refused = answers
        .iter()
        .find(|a| a.status == Status::Conflict)
        .expect("the other is refused");
    let title = draft_of(&app, id).await.title;
    let lost = if title == "First tab" {
        "Second tab"
    } else {
        "First tab"
    };
    assert!(
        refused.body.contains(lost),
        "the refused text is shown back to copy"
    );
}

#[rocket::async_test]
async fn text_typed_on_the_evidence_section_is_saved_when_a_document_is_attached_with_it() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "ann@example.org").await;
    let edition = fixtures::open_call(&app).await.id;
    let mut ann = app.logged_in("ann@example.org").await;
    let id = start(&mut ann, edition).await;
    let page = ann
        .get(&format!("/applicant/applications/{id}/evidence"))
        .await;
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    let stamp = fixtures::stamp(&mut ann, id, "evidence").await;
    let path = format!("/applicant/applications/{id}/evidence");
    let answer = ann
        .post_multipart(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("lessons_learned", "Typed before attaching."),
            ],
            Some(("agreement.pdf", PDF)),
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    assert_eq!(
        draft_of(&app, id).await.lessons_learned,
        "Typed before attaching."
    );
    let documents = laurel::db::attachments::of_submission(app.db(), id)
        .await
        .unwrap();
    assert_eq!(documents.len(), 1);
    let shown = ann.get(&path).await;
    assert!(
        shown.body.contains("agreement.pdf is attached."),
        "{}",
        shown.body
    );
    assert!(shown.body.contains("Typed before attaching."));
    assert!(
        shown.body.contains("(64 bytes)"),
        "a small file's size is not 0 KB"
    );

    let stamp = fixtures::stamp(&mut ann, id, "evidence").await;
    let refused_file = ann
        .post_multipart(
            &path,
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("lessons_learned", "Kept although the file is refused."),
            ],
            Some(("notes.pdf", b"plain text, not a PDF")),
        )
        .await;
    assert_eq!(refused_file.status, Status::SeeOther);
    assert_eq!(
        draft_of(&app, id).await.lessons_learned,
        "Kept although the file is refused."
    );
    let shown = ann.get(&path).await;
    assert!(
        shown.body.contains("Documents: The file is not a PDF"),
        "{}",
        shown.body
    );
}

#[rocket::async_test]
async fn a_submitted_application_is_read_only_with_a_way_to_withdraw_and_a_late_save_shows_the_text_back()
 {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "ann@example.org").await;
    let edition = fixtures::open_call(&app).await.id;
    let mut ann = app.logged_in("ann@example.org").await;
    let id = start(&mut ann, edition).await;
    let stamp = fixtures::stamp(&mut ann, id, "project").await;
    fill(&mut ann, id).await;
    assert_eq!(submit(&mut ann, id).await.status, Status::SeeOther);
    let page = ann
        .get(&format!("/applicant/applications/{id}/project"))
        .await;
    assert!(
        page.body.contains("It is shown read-only."),
        "{}",
        page.body
    );
    assert!(page.body.contains("<fieldset class=\"plain\" disabled>"));
    assert!(!page.body.contains(">Save draft<"));
    assert!(page.body.contains("Withdraw to change it"));
    let late = ann
        .post(
            &format!("/applicant/applications/{id}/project"),
            &[
                ("stamp", &stamp),
                ("action", "save"),
                ("title", "Typed in a tab left open"),
            ],
        )
        .await;
    assert_eq!(late.status, Status::Conflict);
    assert!(late.body.contains("has been submitted"), "{}", late.body);
    assert!(late.body.contains("Typed in a tab left open"));
    let withdrawn = ann
        .post(&format!("/applicant/applications/{id}/withdraw"), &[])
        .await;
    assert_eq!(withdrawn.status, Status::SeeOther);
    let editable = ann
        .get(&format!("/applicant/applications/{id}/project"))
        .await;
    assert!(editable.body.contains(">Save draft<"));
    assert!(!editable.body.contains("disabled>"));
}
