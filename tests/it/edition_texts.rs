//! An edition's call in several languages: the secretariat gives its name and introduction per
//! language in the form or the API, applicants read them in their own language and the edition's
//! own texts otherwise, and bad texts are refused on their field with everything typed kept.

use chrono::Duration;
use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use rocket::http::{Method, Status};
use serde_json::json;

use crate::api::{demo_token, send};
use crate::helpers::{Browser, TestApp};

const FRENCH_INTRODUCTION: &str =
    "Le prix distingue la coopération décentralisée entre collectivités territoriales.";

/// The edition form with its own name and introduction, a French name and introduction and an
/// Italian name; opening yesterday, closing in two months.
fn call_fields(opens: &str, closes: &str) -> Vec<(&'static str, String)> {
    [
        ("name", "City Partnerships Award 2027"),
        (
            "introduction",
            "The award recognises partnerships between cities.",
        ),
        ("names[fr]", "Prix des partenariats entre villes 2027"),
        ("introductions[fr]", FRENCH_INTRODUCTION),
        ("names[it]", "Premio dei partenariati tra città 2027"),
        ("introductions[it]", ""),
        ("names[es]", ""),
        (
            "categories",
            "CLIMATE | Climate and environment\nHEALTH | Health",
        ),
        ("category_labels[fr]", "CLIMATE | Climat et environnement"),
        ("year", "2027"),
        ("time_zone", "UTC"),
        ("opens_at", opens),
        ("closes_at", closes),
        ("rubric", "platforma"),
        ("shortlist_size", "12"),
        ("languages", "fr"),
        ("lead_countries", "BE FR IT"),
        ("partner_countries", "SN BO"),
        ("peer_scores", "at_consensus"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

async fn post_call(
    browser: &mut Browser<'_>,
    app: &TestApp,
    change: &[(&str, &str)],
) -> crate::helpers::Answer {
    let now = app.clock().now();
    let local = |d: chrono::DateTime<chrono::Utc>| d.format("%Y-%m-%dT%H:%M").to_string();
    let mut fields = call_fields(
        &local(now - Duration::days(1)),
        &local(now + Duration::days(60)),
    );
    for (key, value) in change {
        fields.retain(|(k, _)| k != key);
        fields.push((key, (*value).to_owned()));
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post("/secretariat/editions", &fields).await
}

async fn reading<'a>(app: &'a TestApp, email: &str, lang: &str) -> Browser<'a> {
    app.account(Role::Applicant, email).await;
    let mut browser = app.logged_in(email).await;
    let switched = browser
        .post("/language", &[("lang", lang), ("back", "/applicant")])
        .await;
    assert_eq!(switched.status, Status::SeeOther);
    browser
}

#[rocket::async_test]
async fn applicants_read_the_call_in_their_language_and_in_its_own_where_it_has_none() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut secretariat = app.logged_in("sec@example.org").await;
    let created = post_call(&mut secretariat, &app, &[]).await;
    assert_eq!(created.status, Status::SeeOther, "{}", created.body);
    let edition = laurel::db::editions::list(app.db())
        .await
        .unwrap()
        .remove(0);
    assert_eq!(
        edition.texts.languages().collect::<Vec<_>>(),
        ["fr", "it"],
        "a language left empty is not stored"
    );
    crate::fixtures::advance(&app, edition.id, EditionStatus::Open).await;

    let mut french = reading(&app, "ziguinchor@example.sn", "fr").await;
    let page = french.get("/applicant").await;
    assert!(
        page.body
            .contains("Prix des partenariats entre villes 2027"),
        "{}",
        page.body
    );
    assert!(page.body.contains(FRENCH_INTRODUCTION));
    assert!(!page.body.contains("City Partnerships Award 2027"));
    let application = crate::fixtures::start(&mut french, edition.id).await;
    let project = french
        .get(&format!("/applicant/applications/{application}/project"))
        .await;
    assert!(
        project.body.contains(">Climat et environnement</option>"),
        "{}",
        project.body
    );
    assert!(
        project.body.contains(">Health</option>"),
        "a category without a French label keeps its own"
    );

    let mut italian = reading(&app, "firenze@example.it", "it").await;
    let page = italian.get("/applicant").await;
    assert!(page.body.contains("Premio dei partenariati tra città 2027"));
    assert!(
        page.body
            .contains("The award recognises partnerships between cities."),
        "an introduction missing in Italian reads in the call's own language"
    );

    let mut spanish = reading(&app, "cochabamba@example.bo", "es").await;
    let page = spanish.get("/applicant").await;
    assert!(page.body.contains("City Partnerships Award 2027"));

    let page = secretariat
        .get(&format!("/secretariat/editions/{}", edition.id))
        .await;
    assert!(page.body.contains("The call in other languages"));
    assert!(page.body.contains("French, Italian"), "{}", page.body);
}

#[rocket::async_test]
async fn a_too_long_name_in_another_language_is_refused_on_its_field_with_every_text_kept() {
    let app = TestApp::spawn().await;
    app.account(Role::Secretariat, "sec@example.org").await;
    let mut secretariat = app.logged_in("sec@example.org").await;
    let long_name = "n".repeat(121);
    let refused = post_call(&mut secretariat, &app, &[("names[es]", &long_name)]).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("Name in another language: at most 120 characters"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("<a href=\"#name_es\">"));
    assert!(refused.body.contains(&format!("value=\"{long_name}\"")));
    assert!(
        refused.body.contains(FRENCH_INTRODUCTION),
        "the French text typed is kept"
    );
    assert!(
        laurel::db::editions::list(app.db())
            .await
            .unwrap()
            .is_empty()
    );

    let unknown = post_call(
        &mut secretariat,
        &app,
        &[("category_labels[it]", "CLIMATE | Clima\nENERGY | Energia")],
    )
    .await;
    assert_eq!(unknown.status, Status::UnprocessableEntity);
    assert!(
        unknown
            .body
            .contains("line 2 names ENERGY, which is not one of the edition&#39;s categories"),
        "{}",
        unknown.body
    );
    assert!(unknown.body.contains("<a href=\"#categories_it\">"));
    assert!(unknown.body.contains("ENERGY | Energia</textarea>"));
}

#[rocket::async_test]
async fn the_api_stores_and_returns_the_call_in_other_languages_and_refuses_a_language_nobody_reads()
 {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let token = demo_token(&app, laurel::demo::SECRETARIAT_EMAIL, "read_write").await;
    let post = |body: serde_json::Value| {
        let (app, token) = (&app, &token);
        async move {
            send(
                app,
                Method::Post,
                "/api/v1/editions",
                token,
                None,
                Some(body),
            )
            .await
        }
    };
    let mut settings = crate::api_editions::settings("Premio Firenze 2028");
    settings["introduction"] = json!("Il premio riconosce la cooperazione decentrata.");
    settings["translations"] = json!({
        "fr": {"name": "Prix de Florence 2028"},
        "de": {"name": "Florenzer Preis"}
    });
    let refused = post(settings.clone()).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        refused.body["fields"]["translations"],
        "The call's texts: de is not one of the interface's languages"
    );

    settings["translations"] = json!({"es": {"name": "n".repeat(121)}});
    let too_long = post(settings.clone()).await;
    assert_eq!(too_long.status, 422, "{}", too_long.body);
    assert_eq!(
        too_long.body["fields"]["translations.es.name"],
        "Name in another language: at most 120 characters"
    );

    settings["translations"] = json!({"fr": {"categories": {"A": "Collectivités\nB | Autre"}}});
    let two_lines = post(settings.clone()).await;
    assert_eq!(two_lines.status, 422, "{}", two_lines.body);
    assert!(two_lines.body["fields"]["translations.fr.categories"].is_string());

    settings["translations"] = json!({
        "fr": {"name": "Prix de Florence 2028", "categories": {"A": "Collectivités territoriales"}}
    });
    let created = post(settings).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(
        created.body["translations"]["fr"]["name"],
        "Prix de Florence 2028"
    );
    assert_eq!(created.body["translations"]["fr"]["introduction"], "");
    assert_eq!(
        created.body["translations"]["fr"]["categories"]["A"],
        "Collectivités territoriales"
    );
    assert_eq!(
        created.body["introduction"],
        "Il premio riconosce la cooperazione decentrata."
    );
    let id = created.body["id"].as_i64().unwrap() as i32;
    let stored = laurel::db::editions::find(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.name_in("fr"), "Prix de Florence 2028");
    assert_eq!(stored.name_in("es"), "Premio Firenze 2028");
    assert_eq!(
        stored.categories_in("fr"),
        [("A".to_owned(), "Collectivités territoriales".to_owned())]
    );

    let path = format!("/api/v1/editions/{id}");
    let etag = created.etag.unwrap();
    let unaware = crate::api_editions::settings("Premio Firenze 2028");
    let kept = send(&app, Method::Put, &path, &token, Some(&etag), Some(unaware)).await;
    assert_eq!(kept.status, 200, "{}", kept.body);
    assert_eq!(
        kept.body["translations"]["fr"]["name"], "Prix de Florence 2028",
        "a client that leaves the texts out keeps them"
    );
    assert_eq!(
        kept.body["introduction"],
        "Il premio riconosce la cooperazione decentrata."
    );
    let mut cleared = crate::api_editions::settings("Premio Firenze 2028");
    cleared["translations"] = json!({});
    cleared["introduction"] = json!("");
    let etag = kept.etag.unwrap();
    let cleared = send(&app, Method::Put, &path, &token, Some(&etag), Some(cleared)).await;
    assert_eq!(cleared.status, 200, "{}", cleared.body);
    assert_eq!(cleared.body["translations"], json!({}));
    assert_eq!(cleared.body["introduction"], "");
}
