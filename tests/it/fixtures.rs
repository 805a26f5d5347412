//! Builders for tests: editions in a given state, and applications filled in through the form.

use chrono::{DateTime, Duration, Utc};
use laurel::db::editions::EditionInput;
use laurel::domain::edition::{Edition, EditionStatus};
use laurel::domain::eligibility::EligibilitySettings;
use rocket::http::Status;
use sea_orm::TransactionTrait;

use crate::helpers::{Browser, TestApp};

/// An edition with the platforma rubric, opening a day ago and closing at `closes_at`, moved
/// to `status` through the real transitions.
pub async fn edition(app: &TestApp, closes_at: DateTime<Utc>, status: EditionStatus) -> Edition {
    let actor = laurel::db::users::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .next()
        .map(|a| a.id);
    let actor = match actor {
        Some(id) => id,
        None => {
            app.account(
                laurel::domain::role::Role::Secretariat,
                "fixture-sec@example.org",
            )
            .await
            .id
        }
    };
    let rubric = app
        .client
        .rocket()
        .state::<laurel::rubric_files::RubricSet>()
        .unwrap()
        .get("platforma")
        .unwrap()
        .clone();
    let now = app.clock().now();
    let input = EditionInput {
        name: "Test Awards 2027".to_owned(),
        year: 2027,
        time_zone: "Europe/Brussels".to_owned(),
        opens_at: now - Duration::days(1),
        closes_at,
        rubric,
        rubric_made_here: false,
        shortlist_size: 12,
        languages: vec!["en".to_owned(), "fr".to_owned()],
        eligibility: EligibilitySettings::default(),
        categories: Vec::new(),
        peer_scores: laurel::domain::peer_scores::PeerScores::default(),
        scoring_deadline: None,
        texts: Default::default(),
    };
    let mut edition = laurel::db::editions::create(app.db(), input, actor, now)
        .await
        .unwrap();
    while edition.status != status {
        let next = edition.status.next().unwrap();
        let txn = app.db().begin().await.unwrap();
        edition = laurel::db::editions::transition(&txn, edition.id, next, actor, now)
            .await
            .unwrap();
        sea_orm::TransactionSession::commit(txn).await.unwrap();
    }
    edition
}

/// An applicant who registered through the form, from the City of Roeselare, living in Dakar's
/// time zone (another zone than the edition's), logged in.
pub async fn register_in_dakar<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut browser = app.browser().await;
    let answer = browser
        .post(
            "/register",
            &[
                ("name", "Ann Applicant"),
                ("email", email),
                ("password", "a long applicant password"),
                ("organisation", "City of Roeselare"),
                ("kind", "municipality"),
                ("country", "BE"),
                ("time_zone", "Africa/Dakar"),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    browser
}

/// An open call closing in five days.
pub async fn open_call(app: &TestApp) -> Edition {
    edition(
        app,
        app.clock().now() + Duration::days(5),
        EditionStatus::Open,
    )
    .await
}

/// Starts an application as `browser` (an applicant) and returns its id.
pub async fn start(browser: &mut Browser<'_>, edition_id: i32) -> i32 {
    let answer = browser
        .post(
            &format!("/applicant/editions/{edition_id}/applications"),
            &[],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let location = answer.location.unwrap();
    location
        .trim_start_matches("/applicant/applications/")
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The stamp of a section as its form shows it (what a save is checked against).
pub async fn stamp(browser: &mut Browser<'_>, id: i32, section: &str) -> String {
    let page = browser
        .get(&format!("/applicant/applications/{id}/{section}"))
        .await;
    let marker = "name=\"stamp\" value=\"";
    let start = page.body.find(marker).unwrap() + marker.len();
    let end = page.body[start..].find('"').unwrap() + start;
    page.body[start..end].to_owned()
}

/// Saves one section with `fields` (the stamp is read from the page first).
pub async fn save(
    browser: &mut Browser<'_>,
    id: i32,
    section: &str,
    fields: &[(&str, &str)],
) -> crate::helpers::Answer {
    let stamp = stamp(browser, id, section).await;
    let mut all = vec![("stamp", stamp.as_str()), ("action", "save")];
    all.extend_from_slice(fields);
    browser
        .post(&format!("/applicant/applications/{id}/{section}"), &all)
        .await
}

/// The platforma rubric's criterion keys.
pub const CRITERIA: [&str; 7] = [
    "resident_participation",
    "diaspora_codevelopment",
    "sdg_alignment",
    "multi_actor_partnership",
    "results_impact",
    "sustainability",
    "innovation_replicability",
];

/// Fills every section with valid values, as an applicant would.
pub async fn fill(browser: &mut Browser<'_>, id: i32) {
    let saves: Vec<(&str, Vec<(String, String)>)> = vec![
        (
            "project",
            vec![
                ("title".into(), "Shared waste collection".into()),
                (
                    "summary".into(),
                    "Neighbourhood committees plan waste rounds in both towns.".into(),
                ),
                ("start_date".into(), "2023-02-01".into()),
                ("ongoing".into(), "yes".into()),
                ("language".into(), "en".into()),
            ],
        ),
        (
            "partnership",
            vec![
                ("lead_name".into(), "City of Roeselare".into()),
                ("lead_kind".into(), "municipality".into()),
                ("lead_country".into(), "BE".into()),
                ("partners[0].name".into(), "Commune of Dogbo".into()),
                ("partners[0].kind".into(), "municipality".into()),
                ("partners[0].country".into(), "BJ".into()),
                ("partners[0].role".into(), "partner_lrg".into()),
                ("partners[0].since_year".into(), "2015".into()),
            ],
        ),
        (
            "budget",
            vec![
                ("budget_total_eur".into(), "250000".into()),
                ("funding[0].source".into(), "European Union".into()),
                ("funding[0].amount_eur".into(), "125000".into()),
                ("funding[0].is_eu".into(), "yes".into()),
                ("beneficiaries".into(), "12000".into()),
            ],
        ),
        (
            "sdgs",
            vec![
                ("primary_sdg".into(), "11".into()),
                ("secondary_sdgs".into(), "6".into()),
                ("sdg_targets".into(), "11.6, 6.a".into()),
            ],
        ),
        (
            "answers",
            CRITERIA
                .iter()
                .map(|k| (format!("answers[{k}]"), format!("Our answer on {k}.")))
                .collect(),
        ),
        (
            "evidence",
            vec![
                (
                    "lessons_learned".into(),
                    "Start with the committees.".into(),
                ),
                ("links".into(), "https://example.org/project".into()),
            ],
        ),
        (
            "declaration",
            vec![
                ("data_consent".into(), "yes".into()),
                ("declaration_name".into(), "Ann Mayor".into()),
                ("declaration_role".into(), "Mayor".into()),
                ("declaration_signed".into(), "yes".into()),
            ],
        ),
    ];
    for (section, fields) in saves {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let answer = save(browser, id, section, &fields).await;
        assert_eq!(
            answer.status,
            Status::SeeOther,
            "saving {section}: {}",
            answer.body
        );
    }
}

/// Submits with the version on the overview.
pub async fn submit(browser: &mut Browser<'_>, id: i32) -> crate::helpers::Answer {
    let page = browser.get(&format!("/applicant/applications/{id}")).await;
    let marker = "name=\"version\" value=\"";
    let version = page
        .body
        .find(marker)
        .map(|start| {
            let start = start + marker.len();
            let end = page.body[start..].find('"').unwrap() + start;
            page.body[start..end].to_owned()
        })
        .unwrap_or_else(|| "0".to_owned());
    browser
        .post(
            &format!("/applicant/applications/{id}/submit"),
            &[("version", &version)],
        )
        .await
}

/// Moves an edition forward through the real transitions until it reaches `status`.
pub async fn advance(app: &TestApp, edition_id: i32, status: EditionStatus) -> Edition {
    let actor = laurel::db::users::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.role == laurel::domain::role::Role::Secretariat)
        .unwrap()
        .id;
    let mut edition = laurel::db::editions::find(app.db(), edition_id)
        .await
        .unwrap()
        .unwrap();
    while edition.status != status {
        let next = edition.status.next().unwrap();
        let txn = app.db().begin().await.unwrap();
        edition =
            laurel::db::editions::transition(&txn, edition.id, next, actor, app.clock().now())
                .await
                .unwrap();
        sea_orm::TransactionSession::commit(txn).await.unwrap();
    }
    edition
}

/// The demo's rapporteur records the consensus of submission `sid`: `score` and `comment` on every
/// criterion.
pub async fn record_demo_consensus(app: &TestApp, sid: i32, score: &str, comment: &str) {
    let mut samuel = app.browser().await;
    samuel
        .login(
            "samuel.okafor@laurel-demo.example",
            laurel::demo::DEMO_PASSWORD,
        )
        .await;
    let mut fields = Vec::new();
    for key in CRITERIA {
        fields.push((format!("scores[{key}]"), score.to_owned()));
        fields.push((format!("comments[{key}]"), comment.to_owned()));
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let recorded = samuel
        .post(&format!("/jury/consensus/{sid}"), &fields)
        .await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
}

/// The current round of submission `sid`'s edition.
pub async fn round_of(app: &TestApp, sid: i32) -> i32 {
    let edition_id = laurel::db::applications::find(app.db(), sid)
        .await
        .unwrap()
        .unwrap()
        .edition_id;
    laurel::db::rounds::current_id(app.db(), edition_id)
        .await
        .unwrap()
}
