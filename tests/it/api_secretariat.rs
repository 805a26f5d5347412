//! The secretariat's exports as JSON: the same rows and cells as the CSV files, under the same
//! rules (the ranking only from the consensus phase, once the official method is recorded).

use laurel::demo::SECRETARIAT_EMAIL;
use laurel::domain::edition::EditionStatus;
use laurel::export::ExportKind;
use rocket::http::{Method, Status};

use crate::api::{call, demo_login, demo_token, json_of, script};
use crate::helpers::TestApp;

/// Posts each body to `path` at once, each from its own task; the answers sorted by status.
pub(crate) async fn posts_at_once(
    app: &std::sync::Arc<TestApp>,
    path: &str,
    token: &str,
    bodies: Vec<serde_json::Value>,
) -> Vec<(u16, serde_json::Value)> {
    let tasks: Vec<_> = bodies
        .into_iter()
        .map(|body| {
            let (app, path, token) = (
                std::sync::Arc::clone(app),
                path.to_owned(),
                token.to_owned(),
            );
            tokio::spawn(async move {
                let mut client = script(&app).await;
                let answer = call(&mut client, Method::Post, &path, &token, &[], Some(&body)).await;
                let body = if answer.body.is_empty() {
                    serde_json::Value::Null
                } else {
                    json_of(&answer)
                };
                (answer.status.code, body)
            })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers.sort_by_key(|(status, _)| *status);
    answers
}

#[rocket::async_test]
async fn every_export_as_json_has_the_csv_files_columns_rows_and_cells() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    let mut client = script(&app).await;
    let early = call(
        &mut client,
        Method::Get,
        "/api/v1/editions/1/exports/ranking",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(early.status, Status::Conflict);
    assert_eq!(json_of(&early)["code"], "results_not_available");
    let unknown = call(
        &mut client,
        Method::Get,
        "/api/v1/editions/1/exports/passwords",
        &token,
        &[],
        None,
    )
    .await;
    assert_eq!(unknown.status, Status::NotFound);

    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = demo_login(&app, SECRETARIAT_EMAIL).await;
    let recorded = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "calibrated")],
        )
        .await;
    assert_eq!(recorded.status, Status::SeeOther);
    for kind in ExportKind::ALL {
        let csv_file = sec
            .get(&format!("/secretariat/editions/1/export/{kind}.csv"))
            .await;
        assert_eq!(csv_file.status, Status::Ok, "{kind}");
        let answer = call(
            &mut client,
            Method::Get,
            &format!("/api/v1/editions/1/exports/{kind}"),
            &token,
            &[],
            None,
        )
        .await;
        assert_eq!(answer.status, Status::Ok, "{kind}: {}", answer.body);
        let json = json_of(&answer);
        let mut reader = csv::Reader::from_reader(csv_file.body.as_bytes());
        let columns: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(json["columns"], serde_json::json!(columns), "{kind}");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let got = json["rows"].as_array().unwrap();
        assert_eq!(got.len(), rows.len(), "{kind}");
        if kind != ExportKind::Decisions {
            assert!(!rows.is_empty(), "{kind} has rows in the demo");
        }
        for (row, object) in rows.iter().zip(got) {
            for (column, cell) in columns.iter().zip(row.iter()) {
                assert_eq!(object[column.as_str()], cell, "{kind}: {column}");
            }
        }
    }
}

async fn all_pages(app: &TestApp, token: &str, path: &str) -> Vec<serde_json::Value> {
    let mut client = script(app).await;
    let mut items = Vec::new();
    let mut next = format!("{path}?limit=3");
    loop {
        let page = json_of(&call(&mut client, Method::Get, &next, token, &[], None).await);
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_i64() {
            Some(cursor) => next = format!("{path}?limit=3&cursor={cursor}"),
            None => return items,
        }
    }
}

#[rocket::async_test]
async fn the_jury_the_assignments_and_the_progress_read_as_the_database_holds_them() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    let jury = all_pages(&app, &token, "/api/v1/editions/1/jury").await;
    let members = laurel::db::jury::members(app.db(), 1).await.unwrap();
    assert_eq!(jury.len(), members.len());
    assert!(jury.iter().any(|j| j["jury_role"] == "chair"));
    let assignments = all_pages(&app, &token, "/api/v1/editions/1/assignments").await;
    let stored = laurel::db::assignments::list(app.db(), 1).await.unwrap();
    assert_eq!(assignments.len(), stored.len());
    let submitted = stored.iter().filter(|a| a.status.is_submitted()).count();
    assert_eq!(
        assignments
            .iter()
            .filter(|a| a["status"] == "submitted")
            .count(),
        submitted
    );
    let mut client = script(&app).await;
    let progress = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/editions/1/progress",
            &token,
            &[],
            None,
        )
        .await,
    );
    assert_eq!(progress["assigned"], stored.len());
    assert_eq!(progress["done"], submitted);
    let per_juror: u64 = progress["jurors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["done"].as_u64().unwrap())
        .sum();
    assert_eq!(per_juror, submitted as u64);
    for path in ["jury", "assignments", "progress"] {
        let missing = call(
            &mut client,
            Method::Get,
            &format!("/api/v1/editions/999/{path}"),
            &token,
            &[],
            None,
        )
        .await;
        assert_eq!(missing.status, Status::NotFound, "{path}");
    }
}

#[rocket::async_test]
async fn the_secretariat_decides_eligibility_through_the_api_with_a_reason_and_two_decisions_at_once_are_both_audited()
 {
    use laurel::db::entities::audit_entry;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    use std::sync::Arc;

    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read_write").await;
    let juror = demo_token(&app, "jonas.weber@laurel-demo.example", "read_write").await;
    let submitted = laurel::db::screening::list(app.db(), 1, &Default::default())
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.status == laurel::domain::application::SubmissionStatus::Submitted)
        .unwrap()
        .id;
    let path = format!("/api/v1/submissions/{submitted}/eligibility");
    let mut client = script(&app).await;
    let bad = json_of(
        &call(
            &mut client,
            Method::Post,
            &path,
            &token,
            &[],
            Some(&serde_json::json!({"outcome": "needs_review", "reason": "short"})),
        )
        .await,
    );
    assert!(bad["fields"]["outcome"].is_string(), "{bad}");
    assert!(bad["fields"]["reason"].is_string(), "{bad}");
    let refused = call(
        &mut client,
        Method::Post,
        &path,
        &juror,
        &[],
        Some(&serde_json::json!({"outcome": "fail", "reason": "A juror must not decide this."})),
    )
    .await;
    assert_eq!(refused.status, Status::Forbidden);

    let audited = || async {
        audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("eligibility.overridden"))
            .count(app.db())
            .await
            .unwrap()
    };
    let before = audited().await;
    let bodies = vec![
        serde_json::json!({"outcome": "fail", "reason": "Not a local government."}),
        serde_json::json!({"outcome": "pass", "reason": "The lead is a municipality."}),
    ];
    for (status, body) in posts_at_once(&app, &path, &token, bodies).await {
        assert_eq!(status, 200, "{body}");
    }
    assert_eq!(audited().await, before + 2, "each decision is audited");
    let stored = laurel::db::entities::submission::Entity::find_by_id(submitted)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let outcome = stored.eligibility_override.unwrap();
    let listed = json_of(
        &call(
            &mut client,
            Method::Get,
            &format!("/api/v1/editions/1/submissions?eligibility={outcome}&limit=200"),
            &token,
            &[],
            None,
        )
        .await,
    );
    assert!(
        listed["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == submitted),
        "{listed}"
    );
}

#[rocket::async_test]
async fn two_automatic_assignments_at_once_add_each_pair_once_and_a_closed_phase_or_bad_number_is_refused()
 {
    use std::sync::Arc;

    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read_write").await;
    let path = "/api/v1/editions/1/assignments/automatic";
    let mut client = script(&app).await;
    let bad = call(
        &mut client,
        Method::Post,
        path,
        &token,
        &[],
        Some(&serde_json::json!({"jurors_per_submission": 0, "calibration": 80})),
    )
    .await;
    assert_eq!(bad.status, Status::UnprocessableEntity);
    let bad = json_of(&bad);
    assert!(bad["fields"]["jurors_per_submission"].is_string(), "{bad}");
    assert!(bad["fields"]["calibration"].is_string(), "{bad}");
    let before = laurel::db::assignments::list(app.db(), 1)
        .await
        .unwrap()
        .len();

    let bodies = [7, 8]
        .map(|seed| serde_json::json!({"jurors_per_submission": 4, "seed": seed}))
        .to_vec();
    let mut summaries = Vec::new();
    for (status, body) in posts_at_once(&app, path, &token, bodies).await {
        assert_eq!(status, 200, "{body}");
        summaries.push(body["summary"].as_str().unwrap().to_owned());
    }
    summaries.sort();
    assert!(
        summaries[0].starts_with("0 assignments added."),
        "{summaries:?}"
    );
    let after = laurel::db::assignments::list(app.db(), 1).await.unwrap();
    let submissions: std::collections::BTreeSet<i32> =
        after.iter().map(|a| a.submission_id).collect();
    assert_eq!(
        after.len(),
        submissions.len() * 4,
        "four per submission, none twice (before: {before})"
    );

    let infeasible = call(
        &mut client,
        Method::Post,
        path,
        &token,
        &[],
        Some(&serde_json::json!({"jurors_per_submission": 20})),
    )
    .await;
    assert_eq!(infeasible.status, Status::Conflict);
    let infeasible = json_of(&infeasible);
    assert_eq!(infeasible["code"], "assignment_infeasible");
    assert!(
        infeasible["message"].as_str().unwrap().contains('\u{201c}'),
        "titles, not ids: {infeasible}"
    );

    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let closed = call(
        &mut client,
        Method::Post,
        path,
        &token,
        &[],
        Some(&serde_json::json!({"jurors_per_submission": 4})),
    )
    .await;
    assert_eq!(closed.status, Status::Conflict);
    assert_eq!(json_of(&closed)["code"], "assignments_closed");
}

#[rocket::async_test]
async fn the_decisions_read_from_the_api_carry_the_tally_and_what_still_blocks_the_edition() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    let mut client = script(&app).await;
    let path = "/api/v1/editions/1/decisions";
    let empty = json_of(&call(&mut client, Method::Get, path, &token, &[], None).await);
    assert_eq!(empty["items"].as_array().unwrap().len(), 0);
    assert!(
        empty["blocking"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b == "No decision is recorded yet."),
        "{empty}"
    );
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut sec = demo_login(&app, SECRETARIAT_EMAIL).await;
    let submission = laurel::db::assignments::list(app.db(), 1).await.unwrap()[0].submission_id;
    let fields = crate::decisions::fields(&app, submission, "first", "for", false).await;
    let voters = fields
        .iter()
        .filter(|(k, _)| k.starts_with("votes["))
        .count();
    let recorded = crate::decisions::decide(&mut sec, &fields).await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
    let listed = json_of(&call(&mut client, Method::Get, path, &token, &[], None).await);
    let decision = &listed["items"][0];
    assert_eq!(decision["submission_id"], submission);
    assert_eq!(decision["prize"], "first");
    assert_eq!(decision["votes_for"], voters);
    assert_eq!(decision["votes"].as_array().unwrap().len(), voters);
    assert!(decision["confirmed_at"].is_null());
    assert!(
        listed["blocking"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b.as_str().unwrap().contains("not confirmed")),
        "{listed}"
    );
}

#[rocket::async_test]
async fn the_consensus_state_shows_each_criterion_as_the_rapporteur_recorded_it() {
    use laurel::domain::rubric::HalfPoints;

    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let sid = crate::consensus::coffee_project(&app).await;
    let entries = std::collections::BTreeMap::from([(
        "resident_participation".to_owned(),
        (
            HalfPoints(7),
            "Assemblies chose the sites.".to_owned(),
            "Juror B found it thin.".to_owned(),
        ),
    )]);
    laurel::db::consensus::record(app.db(), sid, &entries, None, 1, app.clock().now())
        .await
        .unwrap();
    let mut client = script(&app).await;
    let state = json_of(
        &call(
            &mut client,
            Method::Get,
            "/api/v1/editions/1/consensus?limit=200",
            &token,
            &[],
            None,
        )
        .await,
    );
    let items = state["items"].as_array().unwrap();
    let eligible = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap();
    assert_eq!(items.len(), eligible.len());
    let coffee = items.iter().find(|i| i["submission_id"] == sid).unwrap();
    assert_eq!(coffee["complete"], false, "one criterion of several");
    let criterion = coffee["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["criterion"] == "resident_participation")
        .unwrap();
    assert_eq!(criterion["score"], 3.5);
    assert_eq!(criterion["dissent"], "Juror B found it thin.");
    assert!(
        coffee["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["score"].is_null())
            .count()
            > 0
    );
}

#[rocket::async_test]
async fn a_decision_recorded_through_the_api_follows_the_pages_rules() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read_write").await;
    let submission = laurel::db::assignments::list(app.db(), 1).await.unwrap()[0].submission_id;
    let voters = laurel::db::decisions::voters(app.db(), 1, submission)
        .await
        .unwrap();
    let votes: serde_json::Map<String, serde_json::Value> = voters
        .iter()
        .map(|v| (v.juror_id.to_string(), serde_json::json!("for")))
        .collect();
    let body = serde_json::json!({"submission_id": submission, "prize": "first", "votes": votes,
        "rationale": "Residents of both territories shaped the project from the start."});
    let mut client = script(&app).await;
    let path = "/api/v1/editions/1/decisions";
    let early = call(&mut client, Method::Post, path, &token, &[], Some(&body)).await;
    assert_eq!(early.status, Status::Conflict);
    assert_eq!(json_of(&early)["code"], "decisions_not_available");
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut wrong = body.clone();
    wrong["prize"] = serde_json::json!("gold");
    let refused = call(&mut client, Method::Post, path, &token, &[], Some(&wrong)).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert_eq!(json_of(&refused)["field"], "prize");
    let recorded = call(&mut client, Method::Post, path, &token, &[], Some(&body)).await;
    assert_eq!(recorded.status, Status::Created, "{}", recorded.body);
    let recorded = json_of(&recorded);
    assert_eq!(recorded["submission_id"], submission);
    assert_eq!(recorded["votes_for"], voters.len());
    assert_eq!(
        laurel::db::decisions::list(app.db(), 1)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[rocket::async_test]
async fn a_jury_member_added_through_the_api_gets_one_invitation_even_when_asked_twice_at_once() {
    use std::sync::Arc;

    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read_write").await;
    let path = "/api/v1/editions/1/jury";
    let mut client = script(&app).await;
    let bad = call(
        &mut client,
        Method::Post,
        path,
        &token,
        &[],
        Some(&serde_json::json!({
        "name": "", "email": "amina.diallo@ziguinchor.example", "jury_role": "judge",
        "country": "XX", "languages": []})),
    )
    .await;
    assert_eq!(bad.status, Status::UnprocessableEntity);
    let bad = json_of(&bad);
    for field in ["name", "jury_role", "country", "languages"] {
        assert!(bad["fields"][field].is_string(), "{field}: {bad}");
    }
    let body = serde_json::json!({"name": "Amina Diallo", "email": "amina.diallo@ziguinchor.example",
        "jury_role": "member", "affiliation": "Ville de Ziguinchor", "country": "sn",
        "languages": ["fr", "en"]});
    let answers = posts_at_once(&app, path, &token, vec![body.clone(), body.clone()]).await;
    assert_eq!(answers[0].0, 201, "{answers:?}");
    assert_eq!(answers[1].0, 422, "{answers:?}");
    assert_eq!(answers[1].1["field"], "email");
    let link = answers[0].1["invitation_link"].as_str().unwrap().to_owned();
    assert!(link.starts_with("/invitations/"), "{link}");
    let invitation = app.browser().await.get(&link).await;
    assert_eq!(invitation.status, Status::Ok);
    let members = laurel::db::jury::members(app.db(), 1).await.unwrap();
    let amina: Vec<_> = members
        .iter()
        .filter(|m| m.email == "amina.diallo@ziguinchor.example")
        .collect();
    assert_eq!(amina.len(), 1);
    assert_eq!(amina[0].country, "SN");
}

#[rocket::async_test]
async fn an_assignment_by_hand_is_made_once_when_asked_twice_at_once_and_never_for_a_conflicted_juror()
 {
    use laurel::db::entities::conflict_declaration;
    use sea_orm::EntityTrait;
    use std::sync::Arc;

    let app = Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read_write").await;
    let path = "/api/v1/editions/1/assignments";
    let input = laurel::db::assignments::planning_input(app.db(), 1)
        .await
        .unwrap();
    let assigned: std::collections::BTreeSet<(i32, i32)> =
        laurel::db::assignments::list(app.db(), 1)
            .await
            .unwrap()
            .iter()
            .map(|a| (a.juror_id, a.submission_id))
            .collect();
    let conflicts: Vec<(i32, i32)> = conflict_declaration::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.juror_id, c.submission_id))
        .collect();
    let free = input
        .jurors
        .iter()
        .flat_map(|j| input.submissions.iter().map(move |s| (j.id, s.id)))
        .find(|pair| !assigned.contains(pair) && !conflicts.contains(pair))
        .expect("a free pair in the demo");
    let body = serde_json::json!({"juror_id": free.0, "submission_id": free.1});
    let answers = posts_at_once(&app, path, &token, vec![body.clone(), body.clone()]).await;
    assert_eq!(answers[0].0, 201, "{answers:?}");
    assert_eq!(
        (answers[1].0, answers[1].1["code"].as_str()),
        (409, Some("assignment_refused")),
        "{answers:?}"
    );
    let conflicted = conflicts
        .iter()
        .find(|(j, s)| {
            input.jurors.iter().any(|x| x.id == *j) && input.submissions.iter().any(|x| x.id == *s)
        })
        .expect("a declared conflict in the demo");
    let mut client = script(&app).await;
    let refused = call(
        &mut client,
        Method::Post,
        path,
        &token,
        &[],
        Some(&serde_json::json!({"juror_id": conflicted.0, "submission_id": conflicted.1})),
    )
    .await;
    assert_eq!(refused.status, Status::Conflict);
    assert!(
        json_of(&refused)["message"]
            .as_str()
            .unwrap()
            .contains("conflict of interest")
    );
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let closed = call(&mut client, Method::Post, path, &token, &[], Some(&body)).await;
    assert_eq!(json_of(&closed)["code"], "assignments_closed");
}

#[rocket::async_test]
async fn a_filter_given_twice_or_a_flag_that_is_not_a_boolean_is_refused_not_ignored() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    let mut client = script(&app).await;
    for (path, field) in [
        ("/api/v1/editions/1/submissions?sdg=6&sdg=11", "sdg"),
        ("/api/v1/editions/1/submissions?sdg=null", "sdg"),
        ("/api/v1/editions/1/exports/scores?names=maybe", "names"),
        (
            "/api/v1/editions/1/exports/scores?names=true&names=false",
            "names",
        ),
    ] {
        let answer = call(&mut client, Method::Get, path, &token, &[], None).await;
        assert_eq!(answer.status, Status::UnprocessableEntity, "{path}");
        assert_eq!(json_of(&answer)["field"], field, "{path}");
    }
}

#[rocket::async_test]
async fn the_secretariat_reopens_a_submitted_scorecard_once_and_removes_an_assignment_with_a_reason()
 {
    let app = std::sync::Arc::new(TestApp::spawn().await);
    crate::demo::seed(&app).await;
    let token = demo_token(&app, SECRETARIAT_EMAIL, "read_write").await;
    let juror = demo_token(&app, "jonas.weber@laurel-demo.example", "read_write").await;
    let rows = laurel::db::assignments::list(app.db(), 1).await.unwrap();
    let submitted = rows.iter().find(|a| a.status.is_submitted()).unwrap().id;
    let reopen = format!("/api/v1/assignments/{submitted}/reopen");
    let mut client = script(&app).await;
    let short = call(
        &mut client,
        Method::Post,
        &reopen,
        &token,
        &[],
        Some(&serde_json::json!({"reason": "no"})),
    )
    .await;
    assert_eq!(short.status, Status::UnprocessableEntity);
    assert_eq!(json_of(&short)["field"], "reason");
    let by_juror = call(
        &mut client,
        Method::Post,
        &reopen,
        &juror,
        &[],
        Some(&serde_json::json!({"reason": "I want to change it."})),
    )
    .await;
    assert_eq!(by_juror.status, Status::Forbidden);
    let body = serde_json::json!({"reason": "The juror asked to correct a score."});
    let answers = posts_at_once(&app, &reopen, &token, vec![body.clone(), body]).await;
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    assert_eq!(statuses, [204, 409], "{answers:?}");
    assert_eq!(answers[1].1["code"], "scorecard_not_submitted");

    let remove = format!("/api/v1/assignments/{submitted}/remove");
    let removed = call(
        &mut client,
        Method::Post,
        &remove,
        &token,
        &[],
        Some(&serde_json::json!({"reason": "Conflict found late."})),
    )
    .await;
    assert_eq!(removed.status, Status::NoContent, "{}", removed.body);
    assert!(
        laurel::db::assignments::list(app.db(), 1)
            .await
            .unwrap()
            .iter()
            .all(|a| a.id != submitted)
    );
    let again = call(
        &mut client,
        Method::Post,
        &remove,
        &token,
        &[],
        Some(&serde_json::json!({"reason": "Conflict found late."})),
    )
    .await;
    assert_eq!(again.status, Status::NotFound);
}

#[rocket::async_test]
async fn the_secretariat_reads_any_jurors_scorecard_with_the_jurors_name_and_a_juror_cannot() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let draft = crate::scoring::jonas_draft(&app).await;
    let card = laurel::db::scores::load(app.db(), draft.id)
        .await
        .unwrap()
        .unwrap();
    let office = demo_token(&app, SECRETARIAT_EMAIL, "read").await;
    let jonas = demo_token(&app, "jonas.weber@laurel-demo.example", "read").await;
    let path = format!("/api/v1/scorecards/{}", draft.id);
    let (status, body) = crate::api::exchange(&app, Method::Get, &path, &office, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["juror"], "Jonas Weber");
    assert_eq!(body["status"], "draft");
    assert_eq!(body["submission_id"], draft.submission_id);
    let criteria = body["criteria"].as_array().expect("the criteria");
    assert!(!criteria.is_empty());
    for criterion in criteria {
        let key = criterion["key"].as_str().unwrap();
        let (half_points, comment) = card.scores.get(key).cloned().unwrap_or_default();
        let expected = half_points.map(|h| f64::from(h) / 2.0);
        assert_eq!(criterion["score"].as_f64(), expected, "{key}");
        assert_eq!(criterion["comment"], comment.as_str(), "{key}");
    }
    let (status, _) = crate::api::exchange(&app, Method::Get, &path, &jonas, None).await;
    assert_eq!(
        status, 403,
        "even the scorecard's own juror reads it as a juror"
    );
    let missing = "/api/v1/scorecards/999999";
    let (status, body) = crate::api::exchange(&app, Method::Get, missing, &office, None).await;
    assert_eq!((status, body["code"].as_str()), (404, Some("not_found")));
}
