//! The jury and the secretariat in French: a juror scores against the rubric's French descriptors
//! and is refused in French, and the secretariat reads the results with figures written the
//! French way (the applicant's French journey is in `languages.rs`).

use rocket::http::Status;

use crate::helpers::TestApp;

#[rocket::async_test]
async fn a_juror_reading_french_scores_against_french_descriptors_and_is_refused_in_french() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut jonas = crate::api::demo_login(&app, "jonas.weber@laurel-demo.example").await;
    let switched = jonas
        .post("/language", &[("lang", "fr"), ("back", "/jury")])
        .await;
    assert_eq!(switched.status, Status::SeeOther);
    let dashboard = jonas.get("/jury").await;
    for french in [
        "<html lang=\"fr\">",
        "Mes évaluations",
        "Évaluation par le jury",
    ] {
        assert!(
            dashboard.body.contains(french),
            "{french}: {}",
            dashboard.body
        );
    }
    let mut open = None;
    for part in dashboard.body.split("href=\"/jury/assignments/").skip(1) {
        let id = &part[..part.find('"').unwrap()];
        let page = jonas.get(&format!("/jury/assignments/{id}")).await;
        if page.body.contains("Soumettre ma fiche d’évaluation") {
            open = Some((id.to_owned(), page));
            break;
        }
    }
    let (id, page) = open.expect("the demo leaves Jonas scorecards in draft");
    for french in [
        "Vos notes",
        "Participation des habitants",
        "Signification de chaque niveau",
        "La candidature ne fournit aucune information sur la participation des habitants.",
        "Rédigée en",
    ] {
        assert!(page.body.contains(french), "{french}: {}", page.body);
    }
    let csrf = crate::helpers::csrf_in(&page.body).unwrap();
    let marker = "name=\"stamp\" value=\"";
    let start = page.body.find(marker).unwrap() + marker.len();
    let stamp = &page.body[start..start + page.body[start..].find('"').unwrap()];
    let refused = jonas
        .post_raw(
            &format!("/jury/assignments/{id}"),
            &[
                ("csrf_token", &csrf),
                ("stamp", stamp),
                ("action", "submit"),
                ("scores[resident_participation]", ""),
                (
                    "comments[resident_participation]",
                    "Texte rédigé par le membre du jury.",
                ),
                ("overall", ""),
            ],
        )
        .await;
    assert_eq!(
        refused.status,
        Status::UnprocessableEntity,
        "{}",
        refused.body
    );
    for french in [
        "Veuillez vérifier",
        "Participation des habitants : veuillez attribuer une note",
        "Commentaire général : veuillez en rédiger un",
        "Texte rédigé par le membre du jury.",
    ] {
        assert!(refused.body.contains(french), "{french}: {}", refused.body);
    }
}

#[rocket::async_test]
async fn the_secretariat_reads_the_results_in_french_with_figures_written_the_french_way() {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, laurel::domain::edition::EditionStatus::Consensus).await;
    let sid = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap()[0]
        .id;
    crate::fixtures::record_demo_consensus(&app, sid, "3.5", "Accord trouvé.").await;
    let mut sec = crate::api::demo_login(&app, laurel::demo::SECRETARIAT_EMAIL).await;
    sec.post("/language", &[("lang", "fr"), ("back", "/secretariat")])
        .await;
    let chosen = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "consensus_total")],
        )
        .await;
    assert_eq!(chosen.status, Status::SeeOther);
    let page = sec.get("/secretariat/editions/1/results").await;
    assert_eq!(page.status, Status::Ok);
    for french in [
        "<html lang=\"fr\">",
        "La méthode officielle est : Total pondéré des notes de consensus.",
        "Vérifications avant la décision",
        "Classement officiel",
        "<strong>3,50</strong>",
        "13 candidatures recevables ne sont pas encore classées.",
        "alpha de Krippendorff",
        "Participation des habitants",
    ] {
        assert!(page.body.contains(french), "{french}: {}", page.body);
    }
    assert!(!page.body.contains("Official ranking"), "{}", page.body);
}
