//! Every route, for every role: who may, who may not. Later features add their rows here.

use std::collections::BTreeSet;

use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::Method;

use crate::helpers::{Browser, TestApp};

/// Who is asking.
#[derive(Clone, Copy, Debug)]
enum Who {
    Anonymous,
    Applicant,
    Juror,
    Secretariat,
}

const EVERYONE: [Who; 4] = [Who::Anonymous, Who::Applicant, Who::Juror, Who::Secretariat];

/// One route and the status each role gets: [anonymous, applicant, juror, secretariat].
struct Row {
    method: Method,
    template: &'static str,
    expected: [u16; 4],
}

const fn get(template: &'static str, expected: [u16; 4]) -> Row {
    Row {
        method: Method::Get,
        template,
        expected,
    }
}

const fn post(template: &'static str, expected: [u16; 4]) -> Row {
    Row {
        method: Method::Post,
        template,
        expected,
    }
}

/// Pages redirect someone who is not logged in to the login page (303); a wrong role gets 403.
/// POSTs carry a valid CSRF token and an empty form. In paths, `<id>` is the row's fixture (an
/// account, an edition, the applicant's application), `<section>` is `project` and `<jid>` the
/// juror on the edition's jury.
/// A write through the API with the session cookie only (a JSON body, no token).
const fn put(template: &'static str, expected: [u16; 4]) -> Row {
    Row {
        method: Method::Put,
        template,
        expected,
    }
}

/// A delete through the API with the session cookie only.
const fn delete(template: &'static str, expected: [u16; 4]) -> Row {
    Row {
        method: Method::Delete,
        template,
        expected,
    }
}

const TABLE: [Row; 183] = [
    get("/", [303, 303, 303, 303]),
    get("/login", [200, 303, 303, 303]),
    post("/login", [422, 422, 422, 422]),
    post("/logout", [303, 303, 303, 303]),
    post("/language", [303, 303, 303, 303]),
    get("/register", [200, 303, 303, 303]),
    post("/register", [422, 422, 422, 422]),
    get("/account", [303, 200, 200, 200]),
    post("/account/password", [303, 422, 422, 422]),
    post("/account/logout-everywhere", [303, 303, 303, 303]),
    get("/applicant", [303, 200, 403, 403]),
    post(
        "/applicant/editions/<id>/applications",
        [303, 303, 403, 403],
    ),
    get("/applicant/applications/<id>", [303, 200, 403, 403]),
    get(
        "/applicant/applications/<id>/<section>",
        [303, 200, 403, 403],
    ),
    post(
        "/applicant/applications/<id>/<section>",
        [303, 409, 403, 403],
    ),
    get(
        "/applicant/applications/<id>/feedback",
        [303, 200, 403, 403],
    ),
    get("/editions/<id>/winners", [404, 404, 404, 404]),
    post("/applicant/applications/<id>/submit", [303, 422, 403, 403]),
    post(
        "/applicant/applications/<id>/withdraw",
        [303, 303, 403, 403],
    ),
    post(
        "/applicant/applications/<id>/attachments",
        [303, 303, 403, 403],
    ),
    post(
        "/applicant/applications/<id>/attachments/<aid>/remove",
        [303, 404, 403, 403],
    ),
    get(
        "/applicant/applications/<id>/attachments/<aid>",
        [303, 404, 403, 403],
    ),
    get("/secretariat/attachments/<aid>", [303, 403, 403, 404]),
    get("/jury", [303, 403, 200, 403]),
    get("/jury/editions/<id>/conflicts", [303, 403, 200, 403]),
    get("/jury/assignments/<aid>", [303, 403, 404, 403]),
    get(
        "/jury/assignments/<aid>/attachments/<fid>",
        [303, 403, 404, 403],
    ),
    get("/jury/consensus/<sid>", [303, 403, 404, 403]),
    post("/jury/conflicts/<cid>/decision", [303, 403, 404, 403]),
    post("/jury/conflicts/<cid>/review", [303, 403, 404, 403]),
    post("/jury/consensus/<sid>", [303, 403, 404, 403]),
    post("/jury/assignments/<aid>", [303, 403, 404, 403]),
    post("/jury/editions/<id>/conflicts/<sid>", [303, 403, 404, 403]),
    post(
        "/jury/editions/<id>/conflicts/<sid>/review",
        [303, 403, 404, 403],
    ),
    get("/secretariat/editions/<id>/conflicts", [303, 403, 403, 200]),
    get(
        "/secretariat/editions/<id>/assignments",
        [303, 403, 403, 200],
    ),
    get("/secretariat/editions/<id>/progress", [303, 403, 403, 200]),
    get("/secretariat/editions/<id>/results", [303, 403, 403, 409]),
    get("/secretariat/editions/<id>/decisions", [303, 403, 403, 409]),
    post("/secretariat/editions/<id>/decisions", [303, 403, 403, 409]),
    post("/secretariat/decisions/<did>/remove", [303, 403, 403, 404]),
    get("/jury/editions/<id>/decisions", [303, 403, 404, 403]),
    get("/secretariat/editions/<id>/rounds", [303, 403, 403, 200]),
    post("/secretariat/editions/<id>/rounds", [303, 403, 403, 422]),
    get("/secretariat/editions/<id>/shortlist", [303, 403, 403, 409]),
    post("/secretariat/editions/<id>/shortlist", [303, 403, 403, 409]),
    get("/jury/editions/<id>/shortlist", [303, 403, 404, 403]),
    post("/jury/editions/<id>/shortlist", [303, 403, 404, 403]),
    post(
        "/jury/editions/<id>/decisions/confirm",
        [303, 403, 404, 403],
    ),
    post(
        "/secretariat/editions/<id>/results/method",
        [303, 403, 403, 409],
    ),
    get("/secretariat/assignments/<aid>", [303, 403, 403, 404]),
    post(
        "/secretariat/editions/<id>/assignments",
        [303, 403, 403, 303],
    ),
    post(
        "/secretariat/editions/<id>/assignments/automatic",
        [303, 403, 403, 409],
    ),
    post(
        "/secretariat/assignments/<aid>/remove",
        [303, 403, 403, 404],
    ),
    post(
        "/secretariat/assignments/<aid>/reopen",
        [303, 403, 403, 404],
    ),
    post(
        "/secretariat/conflicts/<cid>/decision",
        [303, 403, 403, 404],
    ),
    post("/secretariat/conflicts/<cid>/review", [303, 403, 403, 404]),
    get("/secretariat", [303, 403, 403, 200]),
    get("/secretariat/accounts", [303, 403, 403, 200]),
    post("/secretariat/accounts", [303, 403, 403, 422]),
    post(
        "/secretariat/accounts/<id>/deactivate",
        [303, 403, 403, 303],
    ),
    post(
        "/secretariat/accounts/<id>/reactivate",
        [303, 403, 403, 303],
    ),
    get("/secretariat/accounts/<id>", [303, 403, 403, 200]),
    post("/secretariat/accounts/<id>/password", [303, 403, 403, 422]),
    get("/secretariat/rubrics", [303, 403, 403, 200]),
    get("/secretariat/rubrics/new", [303, 403, 403, 200]),
    post("/secretariat/rubrics", [303, 403, 403, 422]),
    get("/secretariat/rubrics/<key>/edit", [303, 403, 403, 404]),
    post("/secretariat/rubrics/<key>/edit", [303, 403, 403, 404]),
    get("/secretariat/rubrics/<key>/download", [303, 403, 403, 200]),
    post("/secretariat/rubrics/upload", [303, 403, 403, 422]),
    get("/secretariat/editions/new", [303, 403, 403, 200]),
    post("/secretariat/editions", [303, 403, 403, 422]),
    get("/secretariat/editions/<id>", [303, 403, 403, 200]),
    get("/secretariat/editions/<id>/edit", [303, 403, 403, 200]),
    post("/secretariat/editions/<id>", [303, 403, 403, 422]),
    post("/secretariat/editions/<id>/status", [303, 403, 403, 422]),
    get(
        "/secretariat/editions/<id>/consensus/open",
        [303, 403, 403, 409],
    ),
    get(
        "/secretariat/editions/<id>/consensus/back",
        [303, 403, 403, 409],
    ),
    post(
        "/secretariat/editions/<id>/consensus/back",
        [303, 403, 403, 422],
    ),
    get(
        "/secretariat/editions/<id>/submissions",
        [303, 403, 403, 200],
    ),
    get(
        "/secretariat/editions/<id>/submissions.csv",
        [303, 403, 403, 200],
    ),
    get(
        "/secretariat/editions/<id>/export/<file>",
        [303, 403, 403, 200],
    ),
    get("/secretariat/submissions/<id>", [303, 403, 403, 200]),
    get("/secretariat/editions/<id>/import", [303, 403, 403, 200]),
    get("/secretariat/editions/<id>/jury", [303, 403, 403, 200]),
    post("/secretariat/editions/<id>/jury", [303, 403, 403, 422]),
    get(
        "/secretariat/editions/<id>/jury/<jid>/remove",
        [303, 403, 403, 200],
    ),
    post(
        "/secretariat/editions/<id>/jury/<jid>/remove",
        [303, 403, 403, 422],
    ),
    get("/invitations/<token>", [410, 410, 410, 410]),
    post("/invitations/<token>", [410, 410, 410, 410]),
    get("/password/forgot", [200, 200, 200, 200]),
    get("/secretariat/editions/<id>/mail", [303, 403, 403, 200]),
    post(
        "/secretariat/editions/<id>/mail/settings",
        [303, 403, 403, 303],
    ),
    post(
        "/secretariat/editions/<id>/mail/<mid>/retry",
        [303, 403, 403, 303],
    ),
    get("/email/confirm/<token>", [410, 410, 410, 410]),
    post("/email/confirm/<token>", [410, 410, 410, 410]),
    post("/account/email/confirmation", [303, 303, 303, 303]),
    post("/account/email", [303, 422, 422, 422]),
    post(
        "/secretariat/accounts/<id>/confirmation",
        [303, 403, 403, 303],
    ),
    post("/password/forgot", [404, 404, 404, 404]),
    get("/password/reset/<token>", [410, 410, 410, 410]),
    post("/password/reset/<token>", [410, 410, 410, 410]),
    post("/secretariat/editions/<id>/import", [303, 403, 403, 422]),
    post(
        "/secretariat/submissions/<id>/eligibility",
        [303, 403, 403, 422],
    ),
    get("/api/v1/me", [401, 200, 200, 200]),
    get("/api/v1/applications", [401, 200, 403, 403]),
    get("/api/v1/applications/<id>", [401, 200, 403, 403]),
    post("/api/v1/applications/<id>/submit", [401, 403, 403, 403]),
    post("/api/v1/applications/<id>/withdraw", [401, 403, 403, 403]),
    get("/api/v1/assignments", [401, 403, 200, 403]),
    get("/api/v1/assignments/<aid>/scorecard", [401, 403, 404, 403]),
    put("/api/v1/assignments/<aid>/scorecard", [401, 403, 403, 403]),
    get("/api/v1/editions", [401, 403, 403, 200]),
    get("/api/v1/editions/<id>/winners", [404, 404, 404, 404]),
    get("/api/v1/applications/<id>/feedback", [401, 200, 403, 403]),
    get(
        "/api/v1/assignments/<aid>/application",
        [401, 403, 404, 403],
    ),
    get(
        "/api/v1/assignments/<aid>/documents/<fid>",
        [401, 403, 404, 403],
    ),
    get("/api/v1/submissions/<id>", [401, 403, 403, 200]),
    get(
        "/api/v1/submissions/<id>/documents/<fid>",
        [401, 403, 403, 404],
    ),
    get("/api/v1/scorecards/<aid>", [401, 403, 403, 404]),
    get("/api/v1/accounts", [401, 403, 403, 200]),
    post("/api/v1/accounts", [401, 403, 403, 403]),
    post("/api/v1/accounts/<id>/deactivate", [401, 403, 403, 403]),
    post("/api/v1/accounts/<id>/reactivate", [401, 403, 403, 403]),
    post("/api/v1/accounts/<id>/password", [401, 403, 403, 403]),
    post("/api/v1/editions/<id>/import", [401, 403, 403, 403]),
    get("/api/v1/editions/<id>", [401, 403, 403, 200]),
    post("/api/v1/editions", [401, 403, 403, 403]),
    put("/api/v1/editions/<id>", [401, 403, 403, 403]),
    get("/api/v1/rubrics", [401, 403, 403, 200]),
    get("/api/v1/rubrics/<key>", [401, 403, 403, 200]),
    post("/api/v1/rubrics", [401, 403, 403, 403]),
    put("/api/v1/rubrics/<key>", [401, 403, 403, 403]),
    get("/api/v1/calls", [401, 200, 403, 403]),
    post("/api/v1/editions/<id>/applications", [401, 403, 403, 403]),
    post("/api/v1/editions/<id>/results/method", [401, 403, 403, 403]),
    post(
        "/api/v1/editions/<id>/jury/<jid>/remove",
        [401, 403, 403, 403],
    ),
    post("/api/v1/editions/<id>/status", [401, 403, 403, 403]),
    post("/api/v1/editions/<id>/consensus/back", [401, 403, 403, 403]),
    get("/api/v1/submissions/<sid>/consensus", [401, 403, 404, 403]),
    put("/api/v1/submissions/<sid>/consensus", [401, 403, 403, 403]),
    get("/api/v1/editions/<id>/declarations", [401, 403, 404, 200]),
    post("/api/v1/declarations/<cid>/decision", [401, 403, 403, 403]),
    post("/api/v1/declarations/<cid>/review", [401, 403, 403, 403]),
    get("/api/v1/editions/<id>/ranking", [401, 403, 403, 409]),
    put(
        "/api/v1/applications/<id>/sections/<section>",
        [401, 403, 403, 403],
    ),
    get(
        "/api/v1/applications/<id>/attachments",
        [401, 200, 403, 403],
    ),
    post(
        "/api/v1/applications/<id>/attachments",
        [401, 403, 403, 403],
    ),
    get(
        "/api/v1/applications/<id>/attachments/<aid>",
        [401, 404, 403, 403],
    ),
    delete(
        "/api/v1/applications/<id>/attachments/<aid>",
        [401, 403, 403, 403],
    ),
    get("/api/v1/editions/<id>/conflicts", [401, 403, 200, 403]),
    post(
        "/api/v1/editions/<id>/conflicts/<sid>",
        [401, 403, 403, 403],
    ),
    post(
        "/api/v1/editions/<id>/conflicts/<sid>/review",
        [401, 403, 403, 403],
    ),
    get("/api/v1/editions/<id>/submissions", [401, 403, 403, 200]),
    get("/api/v1/editions/<id>/exports/<kind>", [401, 403, 403, 200]),
    get("/api/v1/editions/<id>/jury", [401, 403, 403, 200]),
    post("/api/v1/editions/<id>/jury", [401, 403, 403, 403]),
    get("/api/v1/editions/<id>/assignments", [401, 403, 403, 200]),
    post("/api/v1/editions/<id>/assignments", [401, 403, 403, 403]),
    post("/api/v1/assignments/<aid>/reopen", [401, 403, 403, 403]),
    post("/api/v1/assignments/<aid>/remove", [401, 403, 403, 403]),
    get("/api/v1/editions/<id>/progress", [401, 403, 403, 200]),
    get("/api/v1/editions/<id>/decisions", [401, 403, 404, 200]),
    get("/api/v1/editions/<id>/rounds", [401, 403, 403, 200]),
    put("/api/v1/editions/<id>/rounds", [401, 403, 403, 403]),
    get("/api/v1/editions/<id>/shortlist", [401, 403, 403, 409]),
    put("/api/v1/editions/<id>/shortlist", [401, 403, 403, 403]),
    post(
        "/api/v1/editions/<id>/shortlist/confirm",
        [401, 403, 403, 403],
    ),
    post(
        "/api/v1/editions/<id>/decisions/confirm",
        [401, 403, 403, 403],
    ),
    post("/api/v1/decisions/<did>/remove", [401, 403, 403, 403]),
    post("/api/v1/editions/<id>/decisions", [401, 403, 403, 403]),
    get("/api/v1/editions/<id>/consensus", [401, 403, 403, 200]),
    post("/api/v1/submissions/<id>/eligibility", [401, 403, 403, 403]),
    post(
        "/api/v1/editions/<id>/assignments/automatic",
        [401, 403, 403, 403],
    ),
    get("/api/v1/openapi.json", [200, 200, 200, 200]),
    get("/api/v1/docs", [200, 200, 200, 200]),
    post("/account/tokens", [303, 422, 422, 422]),
    post("/account/tokens/<id>/revoke", [303, 404, 404, 404]),
    get("/healthz", [200, 200, 200, 200]),
    get("/static/laurel.css", [200, 200, 200, 200]),
    get("/static/laurel.js", [200, 200, 200, 200]),
    get(
        "/secretariat/editions/<id>/submissions?eligibility=needs_review",
        [303, 403, 403, 200],
    ),
];

/// The ids the table's paths use.
struct Fixtures {
    account: i32,
    edition: i32,
    application: i32,
    juror: i32,
}

fn concrete(template: &str, ids: &Fixtures) -> String {
    let id = if template.starts_with("/secretariat/accounts/") {
        ids.account
    } else if template.starts_with("/applicant/applications/")
        || template.starts_with("/api/v1/applications/")
        || template.starts_with("/secretariat/submissions/")
        || template.starts_with("/api/v1/submissions/")
    {
        ids.application
    } else {
        ids.edition
    };
    template
        .replace("<id>", &id.to_string())
        .replace("<section>", "project")
        .replace("<aid>", "999")
        .replace("<fid>", "999")
        .replace("<token>", "no-such-token")
        .replace("<sid>", &ids.application.to_string())
        .replace("<cid>", "999")
        .replace("<mid>", "999")
        .replace("<did>", "999")
        .replace("<file>", "scores.csv")
        .replace("<kind>", "scores")
        .replace("<jid>", &ids.juror.to_string())
        .replace("<key>", "platforma")
}

async fn browser_for(app: &TestApp, who: Who) -> Browser<'_> {
    match who {
        Who::Anonymous => app.browser().await,
        Who::Applicant => app.logged_in("applicant@example.org").await,
        Who::Juror => app.logged_in("juror@example.org").await,
        Who::Secretariat => app.logged_in("secretariat@example.org").await,
    }
}

#[rocket::async_test]
async fn every_route_answers_each_role_as_the_table_says() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "applicant@example.org").await;
    app.account(Role::Juror, "juror@example.org").await;
    app.account(Role::Secretariat, "secretariat@example.org")
        .await;
    let target = app.account(Role::Juror, "target@example.org").await;
    let closes = app.clock().now() + chrono::Duration::days(30);
    let edition = crate::fixtures::edition(&app, closes, EditionStatus::Open).await;
    let mut applicant = app.logged_in("applicant@example.org").await;
    let application = crate::fixtures::start(&mut applicant, edition.id).await;
    let juror = laurel::db::users::find_for_login(app.db(), "juror@example.org")
        .await
        .unwrap()
        .unwrap()
        .0;
    let juror_id = juror.id;
    let member = laurel::db::jury::NewMember {
        name: juror.name,
        email: juror.email,
        jury_role: laurel::domain::jury::JuryRole::Member,
        affiliation: String::new(),
        country: "DE".to_owned(),
        languages: vec!["en".to_owned()],
    };
    let now = app.clock().now();
    let invite = laurel::db::jury::NewInvitation {
        token_hash: "unused".to_owned(),
        expires_at: now,
        email: None,
        language: laurel::domain::language::Lang::EN,
    };
    laurel::db::jury::add_member(app.db(), edition.id, &member, &invite, target.id, now)
        .await
        .unwrap();
    let ids = Fixtures {
        account: target.id,
        edition: edition.id,
        application,
        juror: juror_id,
    };
    let mut failures = Vec::new();
    for row in &TABLE {
        let path = concrete(row.template, &ids);
        for (who, expected) in EVERYONE.into_iter().zip(row.expected) {
            let mut browser = browser_for(&app, who).await;
            let answer = if row.method == Method::Get {
                browser.get(&path).await
            } else if row.method == Method::Delete {
                browser.request(Method::Delete, &path, &[], None).await
            } else if row.method == Method::Put {
                browser
                    .request(Method::Put, &path, &[("If-Match", "\"1\"")], Some("{}"))
                    .await
            } else {
                browser.post(&path, &[]).await
            };
            if answer.status.code != expected {
                failures.push(format!(
                    "{} {path} as {who:?}: expected {expected}, got {}",
                    row.method, answer.status.code
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[rocket::async_test]
async fn the_role_table_covers_every_mounted_route() {
    let app = TestApp::spawn().await;
    let mounted: BTreeSet<String> = app
        .client
        .rocket()
        .routes()
        .map(|r| format!("{} {}", r.method, r.uri.path()))
        .collect();
    let table: BTreeSet<String> = TABLE
        .iter()
        .map(|row| {
            format!(
                "{} {}",
                row.method,
                row.template.split('?').next().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(mounted, table);
}
