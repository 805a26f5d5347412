//! Consensus recorded by the rapporteur: anonymous individual scores, the median proposal, and
//! the agreed score, comment and dissent per criterion.

use laurel::db::entities::{consensus_score, submission};
use laurel::demo::DEMO_PASSWORD;
use laurel::domain::edition::EditionStatus;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::fixtures::CRITERIA;
use crate::helpers::TestApp;

pub(crate) async fn coffee_project(app: &TestApp) -> i32 {
    submission::Entity::find()
        .filter(submission::Column::Title.eq("Coffee cooperatives and youth apprenticeships"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id
}

#[rocket::async_test]
async fn the_rapporteur_records_consensus_from_the_anonymous_scores_and_the_proposal() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let sid = coffee_project(&app).await;
    let mut samuel = app.browser().await;
    samuel
        .login("samuel.okafor@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let path = format!("/jury/consensus/{sid}");
    let early = samuel.get(&path).await;
    assert_eq!(early.status, Status::Conflict);
    assert!(early.body.contains("The consensus phase has not started"));
    assert!(
        !samuel
            .get("/jury")
            .await
            .body
            .contains("Consensus to record")
    );
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let dashboard = samuel.get("/jury").await;
    assert!(dashboard.body.contains("Consensus to record"));
    let page = samuel.get(&path).await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains("Individual scores:"));
    assert!(page.body.contains("proposal: <strong>"));
    assert!(page.body.contains("Juror A: "), "anonymous comments");
    assert!(
        !page.body.contains("Jonas Weber") && !page.body.contains("Elena"),
        "no juror names"
    );
    let incomplete = samuel
        .post(&path, &[("scores[resident_participation]", "3")])
        .await;
    assert_eq!(incomplete.status, Status::UnprocessableEntity);
    assert!(
        incomplete
            .body
            .contains("Resident participation: write the consensus comment")
    );
    let mut fields = Vec::new();
    for key in CRITERIA {
        fields.push((format!("scores[{key}]"), "3.5".to_owned()));
        fields.push((format!("comments[{key}]"), format!("Agreed on {key}.")));
    }
    fields.push((
        "dissent[sdg_alignment]".to_owned(),
        "One juror would give 4.".to_owned(),
    ));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let recorded = samuel.post(&path, &fields).await;
    assert_eq!(recorded.status, Status::SeeOther, "{}", recorded.body);
    let stored =
        laurel::db::consensus::recorded(app.db(), crate::fixtures::round_of(&app, sid).await, sid)
            .await
            .unwrap();
    assert_eq!(stored.len(), 7);
    assert_eq!(stored["sdg_alignment"].2, "One juror would give 4.");
    let events = laurel::db::audit::for_subject(app.db(), "submission", &sid.to_string())
        .await
        .unwrap();
    assert_eq!(events[0].action, "consensus.recorded");
    let round = laurel::db::rounds::current_id(app.db(), 1).await.unwrap();
    let rows = consensus_score::Entity::find()
        .filter(consensus_score::Column::SubmissionId.eq(sid))
        .all(app.db())
        .await
        .unwrap();
    assert!(rows.iter().all(|r| r.round_id == Some(round)), "{rows:?}");
    crate::fixtures::advance(&app, 1, EditionStatus::Decided).await;
    let closed = samuel.post(&path, &fields).await;
    assert_eq!(closed.status, Status::Conflict);
    assert!(closed.body.contains("The consensus can no longer change"));
    let final_page = samuel.get(&path).await;
    assert!(final_page.body.contains("the consensus below is final"));
}

#[rocket::async_test]
async fn a_juror_who_is_not_rapporteur_or_chair_cannot_record_consensus() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let sid = coffee_project(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let mut jonas = app.browser().await;
    jonas
        .login("jonas.weber@laurel-demo.example", DEMO_PASSWORD)
        .await;
    assert_eq!(
        jonas.get(&format!("/jury/consensus/{sid}")).await.status,
        Status::NotFound
    );
    let answer = jonas
        .post(
            &format!("/jury/consensus/{sid}"),
            &[("scores[sdg_alignment]", "5")],
        )
        .await;
    assert_eq!(answer.status, Status::NotFound);
}

#[test]
fn a_median_between_two_half_points_rounds_down() {
    use laurel::domain::consensus::proposal;
    use laurel::domain::rubric::HalfPoints;
    assert_eq!(
        proposal(&[HalfPoints(6), HalfPoints(7)]),
        Some(HalfPoints(6))
    );
}

fn version_in(body: &str) -> String {
    let marker = "name=\"version\" value=\"";
    let start = body.find(marker).expect("the version field") + marker.len();
    let end = body[start..].find('"').unwrap() + start;
    body[start..end].to_owned()
}

fn consensus_fields(version: &str, comment: &str) -> Vec<(String, String)> {
    let mut fields = vec![("version".to_owned(), version.to_owned())];
    for key in CRITERIA {
        fields.push((format!("scores[{key}]"), "3".to_owned()));
        fields.push((format!("comments[{key}]"), format!("{comment} ({key})")));
    }
    fields
}

#[rocket::async_test]
async fn a_consensus_recorded_meanwhile_by_the_chair_is_not_overwritten_and_the_rapporteurs_text_comes_back()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let sid = coffee_project(&app).await;
    crate::fixtures::advance(&app, 1, EditionStatus::Consensus).await;
    let path = format!("/jury/consensus/{sid}");
    let mut samuel = app.browser().await;
    samuel
        .login("samuel.okafor@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let mut elena = app.browser().await;
    elena
        .login("elena.markovic@laurel-demo.example", DEMO_PASSWORD)
        .await;
    let samuels_version = version_in(&samuel.get(&path).await.body);
    let elenas_version = version_in(&elena.get(&path).await.body);
    assert_eq!(samuels_version, elenas_version);

    let elenas = consensus_fields(&elenas_version, "Chair reading");
    let pairs: Vec<(&str, &str)> = elenas
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(elena.post(&path, &pairs).await.status, Status::SeeOther);

    let samuels = consensus_fields(&samuels_version, "Rapporteur reading");
    let pairs: Vec<(&str, &str)> = samuels
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = samuel.post(&path, &pairs).await;
    assert_eq!(refused.status, Status::Conflict, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("recorded by someone else since you opened this page")
    );
    assert!(
        refused.body.contains("Rapporteur reading (sdg_alignment)"),
        "his text is kept"
    );
    assert!(refused.body.contains("Recorded meanwhile"));
    assert!(
        refused.body.contains("Chair reading (sdg_alignment)"),
        "hers is shown"
    );
    let stored =
        laurel::db::consensus::recorded(app.db(), crate::fixtures::round_of(&app, sid).await, sid)
            .await
            .unwrap();
    assert!(
        stored["sdg_alignment"].1.starts_with("Chair reading"),
        "nothing overwritten"
    );

    let again = consensus_fields(&version_in(&refused.body), "Rapporteur reading");
    let pairs: Vec<(&str, &str)> = again
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(samuel.post(&path, &pairs).await.status, Status::SeeOther);
    let stored =
        laurel::db::consensus::recorded(app.db(), crate::fixtures::round_of(&app, sid).await, sid)
            .await
            .unwrap();
    assert!(
        stored["sdg_alignment"].1.starts_with("Rapporteur reading"),
        "replaced knowingly"
    );
}
