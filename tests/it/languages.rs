//! The interface's language: what the browser asks for, the language switch (a cookie for
//! visitors, the account for a logged-in person), registration, error pages and refusals.

use laurel::domain::role::Role;
use rocket::http::{Method, Status};

use crate::helpers::TestApp;

async fn page_in(app: &TestApp, path: &str, accept_language: &str) -> crate::helpers::Answer {
    let mut browser = app.browser().await;
    browser
        .request(
            Method::Get,
            path,
            &[("Accept-Language", accept_language)],
            None,
        )
        .await
}

#[rocket::async_test]
async fn the_login_page_answers_in_the_language_the_browser_asks_for() {
    let app = TestApp::spawn().await;
    for (asked, lang, title) in [
        ("fr-FR,fr;q=0.9,en;q=0.8", "fr", "Se connecter à Laurel"),
        ("es-NI,es;q=0.9", "es", "Iniciar sesión en Laurel"),
        ("it-IT", "it", "Accedi a Laurel"),
        ("de-DE,nl;q=0.5", "en", "Log in to Laurel"),
    ] {
        let page = page_in(&app, "/login", asked).await;
        assert_eq!(page.status, Status::Ok);
        assert!(
            page.body.contains(&format!("<html lang=\"{lang}\">")),
            "{asked}"
        );
        assert!(page.body.contains(title), "{asked}: {}", page.body);
    }
}

#[rocket::async_test]
async fn an_error_page_speaks_the_visitors_language() {
    let app = TestApp::spawn().await;
    let page = page_in(&app, "/no-such-page", "fr").await;
    assert_eq!(page.status, Status::NotFound);
    assert!(page.body.contains("Page introuvable"), "{}", page.body);
    assert!(page.body.contains("Erreur 404"));
    let page = page_in(&app, "/no-such-page", "it").await;
    assert!(page.body.contains("Pagina non trovata"));
}

#[rocket::async_test]
async fn a_visitors_switch_is_kept_in_a_cookie_and_goes_back_to_the_page() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser().await;
    let switched = visitor
        .post("/language", &[("lang", "es"), ("back", "/register")])
        .await;
    assert_eq!(switched.status, Status::SeeOther);
    assert_eq!(switched.location.as_deref(), Some("/register"));
    let page = visitor
        .request(Method::Get, "/register", &[("Accept-Language", "fr")], None)
        .await;
    assert!(
        page.body.contains("Crear una cuenta de solicitante"),
        "the switch wins over the browser"
    );
    let elsewhere = visitor
        .post("/language", &[("lang", "it"), ("back", "//evil.example/")])
        .await;
    assert_eq!(
        elsewhere.location.as_deref(),
        Some("/"),
        "never another site"
    );
    let unknown = visitor
        .post("/language", &[("lang", "xx"), ("back", "/login")])
        .await;
    assert_eq!(unknown.status, Status::SeeOther);
    assert!(visitor.get("/login").await.body.contains("Accedi a Laurel"));
}

#[rocket::async_test]
async fn a_logged_in_persons_language_is_kept_on_the_account_and_follows_them_everywhere() {
    let app = TestApp::spawn().await;
    let juror = app.account(Role::Juror, "juror@example.org").await;
    let mut laptop = app.logged_in("juror@example.org").await;
    let switched = laptop
        .post("/language", &[("lang", "it"), ("back", "/account")])
        .await;
    assert_eq!(switched.status, Status::SeeOther);
    let stored = laurel::db::users::find(app.db(), juror.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.language.code(), "it");
    let mut phone = app.logged_in("juror@example.org").await;
    let page = phone
        .request(Method::Get, "/account", &[("Accept-Language", "fr")], None)
        .await;
    assert!(
        page.body.contains("<html lang=\"it\">"),
        "the account wins over the browser"
    );
    assert!(page.body.contains("Il mio account"));
    assert!(page.body.contains("Membro della giuria"));
    for italian in [
        "Cambi la password",
        "Sola lettura",
        ">30 giorni</option>",
        "Esci da tutti i dispositivi",
    ] {
        assert!(page.body.contains(italian), "{italian}");
    }
    let refused = phone
        .post(
            "/account/password",
            &[
                ("current_password", "not the password at all"),
                ("new_password", "short"),
                ("confirm_password", "other"),
            ],
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    for italian in [
        "Password attuale: non è la sua password attuale",
        "Nuova password: almeno 12 caratteri (questa ne ha 5)",
        "le due nuove password non coincidono",
    ] {
        assert!(
            refused.body.contains(italian),
            "{italian}: {}",
            refused.body
        );
    }
    let summary = &refused.body[refused.body.find("error-summary").unwrap()..];
    let at = |text: &str| summary.find(text).unwrap();
    assert!(
        at("Password attuale:") < at("Nuova password: almeno")
            && at("Nuova password: almeno") < at("non coincidono"),
        "the summary lists the problems in the order of the form"
    );
}

#[rocket::async_test]
async fn registration_stores_the_chosen_language_and_a_refused_form_comes_back_in_it() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser().await;
    visitor
        .post("/language", &[("lang", "fr"), ("back", "/register")])
        .await;
    let page = visitor.get("/register").await;
    for (key, _, _) in laurel::domain::application::ORGANISATION_KINDS {
        assert!(
            !page.body.contains(&format!(">{key}</option>")),
            "{key} is named"
        );
    }
    assert!(
        page.body
            .contains(">Association de collectivités territoriales</option>")
    );
    assert!(
        page.body
            .contains("<option value=\"fr\" lang=\"fr\" selected>"),
        "the page's language is offered"
    );
    let form = [
        ("name", "Awa Diop"),
        ("email", "awa@ziguinchor.example"),
        ("password", "short"),
        ("organisation", "Commune de Ziguinchor"),
        ("kind", "municipality"),
        ("country", "SN"),
        ("time_zone", "Africa/Dakar"),
        ("language", "fr"),
    ];
    let refused = visitor.post("/register", &form).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused.body.contains(
            "Mot de passe : au moins 12 caractères, s’il vous plaît (celui-ci en compte 5)"
        ),
        "the problem in French"
    );
    assert!(
        refused.body.contains("Votre compte n’a pas été créé"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("Commune de Ziguinchor"),
        "the values typed come back"
    );
    let mut fixed = form.to_vec();
    fixed[2] = ("password", "a long applicant password");
    let created = visitor.post("/register", &fixed).await;
    assert_eq!(created.status, Status::SeeOther, "{}", created.body);
    let account = laurel::db::users::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.email == "awa@ziguinchor.example")
        .unwrap();
    assert_eq!(account.language.code(), "fr");
    let wrong = [("language", "xx"), ("email", "other@ziguinchor.example")];
    let refused = visitor.post("/register", &wrong).await;
    assert!(refused.body.contains("id=\"language\""));
}

#[rocket::async_test]
async fn a_refused_login_says_why_in_the_visitors_language() {
    let app = TestApp::spawn().await;
    app.account(Role::Applicant, "someone@example.org").await;
    let mut visitor = app.browser().await;
    visitor
        .post("/language", &[("lang", "es"), ("back", "/login")])
        .await;
    let refused = visitor
        .login("someone@example.org", "not the password")
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("El correo electrónico o la contraseña no son correctos"),
        "{}",
        refused.body
    );
}

/// A visitor who registers as an applicant choosing `language`, logged in.
async fn registered_in<'a>(app: &'a TestApp, language: &str) -> crate::helpers::Browser<'a> {
    let mut visitor = app.browser().await;
    let registered = visitor
        .post(
            "/register",
            &[
                ("name", "Awa Diop"),
                ("email", "awa@ziguinchor.example"),
                ("password", "a long applicant password"),
                ("organisation", "Commune de Ziguinchor"),
                ("kind", "municipality"),
                ("country", "SN"),
                ("time_zone", "Africa/Dakar"),
                ("language", language),
            ],
        )
        .await;
    assert_eq!(registered.status, Status::SeeOther, "{}", registered.body);
    visitor
}

#[rocket::async_test]
async fn an_applicant_who_registered_in_french_finds_the_dashboard_and_its_messages_in_french() {
    let app = TestApp::spawn().await;
    crate::fixtures::open_call(&app).await;
    let mut visitor = registered_in(&app, "fr").await;
    let dashboard = visitor.get("/applicant").await;
    for french in [
        "<html lang=\"fr\">",
        "Mes candidatures",
        "Vous n’avez pas encore de candidature.",
        "Appels à candidatures",
        "Commencer une candidature",
        "Se déconnecter",
        "Candidat",
    ] {
        assert!(
            dashboard.body.contains(french),
            "{french}: {}",
            dashboard.body
        );
    }
    let edition = laurel::db::editions::list(app.db()).await.unwrap()[0].id;
    let started = visitor
        .post(&format!("/applicant/editions/{edition}/applications"), &[])
        .await;
    assert_eq!(started.status, Status::SeeOther);
    let section = visitor.get(started.location.as_deref().unwrap()).await;
    assert!(
        section.body.contains("Votre candidature est créée."),
        "the flash message in French"
    );
    let dashboard = visitor.get("/applicant").await;
    assert!(dashboard.body.contains("Candidature sans titre"));
    assert!(dashboard.body.contains("Brouillon"));
}

#[rocket::async_test]
async fn a_french_applicant_reads_every_problem_the_refusal_and_the_eligibility_reasons_in_french()
{
    let app = TestApp::spawn().await;
    let edition = crate::fixtures::open_call(&app).await;
    let mut applicant = registered_in(&app, "fr").await;
    let id = crate::fixtures::start(&mut applicant, edition.id).await;
    let saved = crate::fixtures::save(
        &mut applicant,
        id,
        "project",
        &[
            ("title", "Gestion partagée des déchets"),
            ("start_date", "31/12/2025"),
        ],
    )
    .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
    let flash = applicant.get(saved.location.as_deref().unwrap()).await;
    assert!(
        flash.body.contains("Brouillon enregistré"),
        "{}",
        flash.body
    );
    let checked = applicant
        .get(&format!("/applicant/applications/{id}/project?check=true"))
        .await;
    for french in [
        "Date de début : `31/12/2025` n’est pas une date",
        "Résumé : veuillez renseigner ce champ",
        "À compléter dans cette section",
        "Gestion partagée des déchets",
    ] {
        assert!(checked.body.contains(french), "{french}: {}", checked.body);
    }
    let refused = crate::fixtures::submit(&mut applicant, id).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    for french in [
        "Votre candidature n’a pas été soumise",
        "Veuillez corriger les points suivants ; votre brouillon est conservé.",
        "Date de début : `31/12/2025` n’est pas une date",
        "Signataire, nom : veuillez renseigner ce champ",
        "Déclaration :",
    ] {
        assert!(refused.body.contains(french), "{french}: {}", refused.body);
    }
    crate::fixtures::fill(&mut applicant, id).await;
    let submitted = crate::fixtures::submit(&mut applicant, id).await;
    assert_eq!(submitted.status, Status::SeeOther, "{}", submitted.body);
    let overview = applicant
        .get(&format!("/applicant/applications/{id}"))
        .await;
    for french in [
        "Votre candidature a été soumise.",
        "Soumise",
        "Recevable",
        "Le candidat chef de file est une collectivité territoriale d’un pays éligible",
        "La candidature a été reçue avant la date limite",
        "Respecté",
        "Aucun prix antérieur pour ce partenariat.",
    ] {
        assert!(
            overview.body.contains(french),
            "{french}: {}",
            overview.body
        );
    }
}

/// What a juror reads in one language: on the dashboard, the scorecard's submit button, on the
/// scorecard, and when a scorecard without a score or an overall comment is refused (the criterion's
/// problem first, the overall comment's last); and a comment they type.
pub(crate) struct JurorTexts {
    pub lang: &'static str,
    pub dashboard: &'static [&'static str],
    pub submit_button: &'static str,
    pub scorecard: &'static [&'static str],
    pub comment: &'static str,
    pub refusal: [&'static str; 3],
}

/// A demo juror switches to `texts.lang`, opens a scorecard still in draft, and submits it without
/// a score: every page and problem reads in that language, the comment typed comes back.
pub(crate) async fn juror_scores_and_is_refused_in(texts: &JurorTexts) {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    let mut jonas = crate::api::demo_login(&app, "jonas.weber@laurel-demo.example").await;
    let switched = jonas
        .post("/language", &[("lang", texts.lang), ("back", "/jury")])
        .await;
    assert_eq!(switched.status, Status::SeeOther);
    let dashboard = jonas.get("/jury").await;
    let html_lang = format!("<html lang=\"{}\">", texts.lang);
    for expected in texts.dashboard.iter().copied().chain([html_lang.as_str()]) {
        assert!(
            dashboard.body.contains(expected),
            "{expected}: {}",
            dashboard.body
        );
    }
    let mut open = None;
    for part in dashboard.body.split("href=\"/jury/assignments/").skip(1) {
        let id = &part[..part.find('"').unwrap()];
        let page = jonas.get(&format!("/jury/assignments/{id}")).await;
        if page.body.contains(texts.submit_button) {
            open = Some((id.to_owned(), page));
            break;
        }
    }
    let (id, page) = open.expect("the demo leaves Jonas scorecards in draft");
    for expected in texts.scorecard {
        assert!(page.body.contains(expected), "{expected}: {}", page.body);
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
                ("comments[resident_participation]", texts.comment),
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
    for expected in texts.refusal.iter().copied().chain([texts.comment]) {
        assert!(
            refused.body.contains(expected),
            "{expected}: {}",
            refused.body
        );
    }
    let at = |text: &str| refused.body.find(text).unwrap();
    assert!(
        at(texts.refusal[1]) < at(texts.refusal[2]),
        "the summary follows the form: criteria first, the overall comment last"
    );
}

#[rocket::async_test]
async fn a_juror_reading_spanish_scores_against_spanish_descriptors_and_is_refused_in_spanish() {
    juror_scores_and_is_refused_in(&JurorTexts {
        lang: "es",
        dashboard: &["Mis evaluaciones", "Evaluación del jurado"],
        submit_button: "Presentar mi ficha de evaluación",
        scorecard: &[
            "Sus puntuaciones",
            "Participación de los habitantes",
            "Qué significa cada nivel",
            "La candidatura no aporta ninguna información sobre la participación de los habitantes.",
            "Redactada en",
        ],
        comment: "Texto escrito por el jurado.",
        refusal: [
            "Revise lo siguiente",
            "Participación de los habitantes: asigne una puntuación",
            "Comentario general: escriba un comentario",
        ],
    })
    .await;
}

/// The secretariat of the demo, with one consensus recorded, reads the results in `lang` after
/// recording the official method: `chooser` is on the page that asks for the method, `expected`
/// on the results.
pub(crate) async fn results_read_in(lang: &str, chooser: &str, expected: &[&str]) {
    let app = TestApp::spawn().await;
    crate::demo::seed(&app).await;
    crate::fixtures::advance(&app, 1, laurel::domain::edition::EditionStatus::Consensus).await;
    let sid = laurel::db::assignments::eligible_submissions(app.db(), 1)
        .await
        .unwrap()[0]
        .id;
    crate::fixtures::record_demo_consensus(&app, sid, "3.5", "Agreed.").await;
    let mut sec = crate::api::demo_login(&app, laurel::demo::SECRETARIAT_EMAIL).await;
    sec.post("/language", &[("lang", lang), ("back", "/secretariat")])
        .await;
    let asked = sec.get("/secretariat/editions/1/results").await;
    assert!(asked.body.contains(chooser), "the methods: {}", asked.body);
    let chosen = sec
        .post(
            "/secretariat/editions/1/results/method",
            &[("method", "consensus_total")],
        )
        .await;
    assert_eq!(chosen.status, Status::SeeOther);
    let page = sec.get("/secretariat/editions/1/results").await;
    assert_eq!(page.status, Status::Ok);
    let html_lang = format!("<html lang=\"{lang}\">");
    for text in expected.iter().copied().chain([html_lang.as_str()]) {
        assert!(page.body.contains(text), "{text}: {}", page.body);
    }
    assert!(!page.body.contains("Official ranking"), "{}", page.body);
}

#[rocket::async_test]
async fn the_secretariat_reads_the_results_in_italian_with_figures_written_the_italian_way() {
    results_read_in(
        "it",
        "Totale ponderato dei punteggi di consenso",
        &[
            "Il metodo ufficiale è: Totale ponderato dei punteggi di consenso.",
            "Risultati",
            "Verifiche prima della decisione",
            "Graduatoria ufficiale",
            "<strong>3,50</strong>",
            "13 candidature ammissibili non sono ancora classificate.",
            "alfa di Krippendorff",
            "Partecipazione dei residenti",
        ],
    )
    .await;
}
