//! Results: the official method recorded before anything is shown, locked behind a reason once
//! results have been seen, and the ranking with its checks.

use laurel::demo::{DEMO_PASSWORD, SECRETARIAT_EMAIL};
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;

use crate::helpers::TestApp;

async fn secretariat(app: &TestApp) -> crate::helpers::Browser<'_> {
    let mut browser = app.browser().await;
    browser.login(SECRETARIAT_EMAIL, DEMO_PASSWORD).await;
    browser
}

#[rocket::async_test]
async fn results_are_refused_before_the_consensus_phase() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut sec = secretariat(&app).await;
    let page = sec.get("/secretariat/editions/1/results").await;
    assert_eq!(page.status, Status::Conflict);
    assert!(
        page.body
            .contains("Results are shown from the consensus phase on")
    );
}

#[rocket::async_test]
async fn the_method_is_chosen_before_any_ranking_is_shown_and_a_later_change_needs_a_reason() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = secretariat(&app).await;
    let first = sec.get("/secretariat/editions/1/results").await;
    assert_eq!(first.status, Status::Ok);
    assert!(first.body.contains("choose the official method first"));
    assert!(
        !first.body.contains("Official ranking"),
        "no numbers before the method"
    );
    let bad = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "best_for_us")],
        )
        .await;
    assert_eq!(bad.status, Status::UnprocessableEntity);
    assert!(
        bad.body
            .contains("Official method: choose one of the methods.")
    );
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "consensus_total")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    let page = sec.get("/secretariat/editions/1/results").await;
    assert!(
        page.body
            .contains("Official method: Weighted total of the consensus scores")
    );
    assert!(
        page.body.contains("Lenient and severe jurors"),
        "juror offsets are shown"
    );
    assert!(page.body.contains("Agreement per criterion"));
    let silent = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(silent.status, Status::UnprocessableEntity);
    let record = laurel::db::results::method_record(app.db(), 1)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        record.method,
        Some(laurel::domain::results::OfficialMethod::ConsensusTotal),
        "a change without a reason after results were shown is refused"
    );
    let changed = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[
                ("method", "calibrated"),
                ("reason", "The jury voted to correct for lenient jurors."),
            ],
        )
        .await;
    assert_eq!(changed.status, Status::SeeOther);
    let events = laurel::db::audit::for_subject(app.db(), "edition", "1")
        .await
        .unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"results.method_recorded"), "{actions:?}");
    assert!(actions.contains(&"results.first_shown"));
    let change = events
        .iter()
        .find(|e| e.action == "results.method_changed")
        .expect("the change is audited");
    assert!(change.details.contains("correct for lenient jurors"));
    let page = sec.get("/secretariat/editions/1/results").await;
    assert!(page.body.contains("Official method: Calibrated scores"));
}

#[rocket::async_test]
async fn the_official_ranking_ranks_submissions_with_a_recorded_consensus_and_lists_the_others() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let sid = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap()[0]
        .id;
    crate::fixtures::record_demo_consensus(&app, sid, "4", "Agreed.").await;
    let mut sec = secretariat(&app).await;
    sec.post(
        "/secretariat/editions/1/results/method",
        &[("method", "consensus_total")],
    )
    .await;
    let page = sec.get("/secretariat/editions/1/results").await;
    assert!(
        page.body.contains(&format!("id=\"line-{sid}\"")),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("<strong>4.00</strong>"),
        "4 on every criterion is 4.00"
    );
    assert!(
        page.body
            .contains("13 eligible submissions are not ranked yet.")
    );
    assert!(
        page.body
            .contains("the consensus is not recorded for every criterion")
    );
}

#[rocket::async_test]
async fn the_ranking_table_wraps_to_fit_and_the_rank_chart_has_a_legend() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = secretariat(&app).await;
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    let page = sec.get("/secretariat/editions/1/results").await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body
            .contains("<div class=\"table-wrap\">\n<table class=\"stack ranking\">"),
        "the ranking table is marked to wrap, inside a scroll container"
    );
    assert!(
        page.body
            .contains("<td class=\"flags wrap\" data-label=\"Flags\">")
    );
    let css = sec.get("/static/laurel.css").await.body;
    assert!(css.contains("table.ranking .status { white-space: normal;"));
    let chart = page
        .body
        .split("id=\"intervals-title\"")
        .nth(1)
        .and_then(|rest| rest.split("</svg>").next())
        .expect("the rank chart");
    assert!(chart.contains("<g class=\"legend\">"), "{chart}");
    for text in [
        ">calibrated rank</text>",
        ">95% interval of the calibrated rank (bootstrap)</text>",
        ">red: cannot be told apart from the next submission, or an exact tie to resolve</text>",
    ] {
        assert!(chart.contains(text), "{text} in {chart}");
    }
    assert!(chart.contains("class=\"whisker flagged\"/><text"));
    assert!(
        page.body
            .contains("A red line marks a submission the bootstrap cannot tell apart"),
        "the text alternative explains the red lines"
    );
    assert!(
        !page.body.contains("00000000"),
        "no float noise on the page"
    );
}
