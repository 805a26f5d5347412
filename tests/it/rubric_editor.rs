//! Rubrics made in the browser: every kind of problem shown at once beside its field, the typed
//! values kept, adoption by an edition, download, `laurel rubric check`, upload, and the
//! guarantees (a rubric in use cannot change, a stale or doubled save is refused).

use std::sync::Arc;

use laurel::domain::edition::EditionStatus;
use laurel::domain::role::Role;
use laurel::domain::rubric::{Rubric, RubricTyped, parse_rubric};
use rocket::http::Status;

use crate::helpers::{Browser, Prepared, TestApp, all_at_once};

const SMALL: &str = include_str!("../../rubrics/city-partnership-small.toml");

/// The editor's fields for `typed`, as the page posts them.
fn fields_of(typed: &RubricTyped) -> Vec<(String, String)> {
    let mut fields = vec![
        ("key".to_owned(), typed.key.clone()),
        ("name".to_owned(), typed.name.clone()),
        ("description".to_owned(), typed.description.clone()),
        ("scale.min".to_owned(), typed.scale_min.clone()),
        ("scale.max".to_owned(), typed.scale_max.clone()),
        ("scale.step".to_owned(), typed.scale_step.clone()),
        (
            "overall_threshold".to_owned(),
            typed.overall_threshold.clone(),
        ),
    ];
    for (i, c) in typed.criteria.iter().enumerate() {
        let at = |name: &str| format!("criteria[{i}].{name}");
        fields.push((at("key"), c.key.clone()));
        fields.push((at("name"), c.name.clone()));
        fields.push((at("description"), c.description.clone()));
        fields.push((at("weight"), c.weight.clone()));
        fields.push((at("threshold"), c.threshold.clone()));
        fields.push((at("tie_break_priority"), c.tie_break_priority.clone()));
        fields.push((at("guiding_questions"), c.guiding_questions.clone()));
        if c.core {
            fields.push((at("core"), "true".to_owned()));
        }
        for (level, text) in &c.descriptors {
            fields.push((at(&format!("descriptors[{level}]")), text.clone()));
        }
    }
    fields
}

fn my_prize() -> RubricTyped {
    let mut typed = RubricTyped::of(&parse_rubric("small.toml", SMALL, None).unwrap());
    typed.key = "my-prize".to_owned();
    typed.name = "My city prize".to_owned();
    typed
}

/// The editor's fields and `extra` as the pairs a form posts.
fn pairs<'a>(
    fields: &'a [(String, String)],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    pairs.extend_from_slice(extra);
    pairs
}

async fn post_editor(
    browser: &mut Browser<'_>,
    path: &str,
    typed: &RubricTyped,
    extra: &[(&str, &str)],
) -> crate::helpers::Answer {
    let fields = fields_of(typed);
    browser.post(path, &pairs(&fields, extra)).await
}

/// The editor's post of `typed`, prepared to be sent together with others.
async fn prepare_editor(
    browser: &mut Browser<'_>,
    path: &str,
    typed: &RubricTyped,
    extra: &[(&str, &str)],
) -> Prepared {
    let fields = fields_of(typed);
    browser.prepare_post(path, &pairs(&fields, extra)).await
}

async fn made_count(app: &TestApp) -> usize {
    laurel::db::library_rubrics::all(app.db())
        .await
        .unwrap()
        .len()
}

async fn secretariat(app: &TestApp) -> Browser<'_> {
    app.account(Role::Secretariat, "secretariat@example.org")
        .await;
    app.logged_in("secretariat@example.org").await
}

async fn stored(app: &TestApp, key: &str) -> Option<Rubric> {
    laurel::db::library_rubrics::find(app.db(), key)
        .await
        .unwrap()
        .map(|made| made.rubric)
}

#[rocket::async_test]
async fn a_rubric_with_every_kind_of_problem_comes_back_with_each_beside_its_field_and_nothing_saved()
 {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let mut typed = my_prize();
    typed.key = "My Prize".to_owned();
    typed.scale_max = "4".to_owned();
    typed.overall_threshold = "seven".to_owned();
    typed.criteria[0].weight = "0,5".to_owned();
    typed.criteria[1].threshold = "2.25".to_owned();
    typed.criteria[2].tie_break_priority = "1".to_owned();
    typed.criteria[2]
        .descriptors
        .insert("4".to_owned(), String::new());
    let answer = post_editor(
        &mut browser,
        "/secretariat/rubrics",
        &typed,
        &[("action", "save")],
    )
    .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    for (field, problem) in [
        (
            "key",
            "must be lowercase letters, digits, `_` or `-`, starting with a letter",
        ),
        ("overall_threshold", "must be a number, not seven"),
        (
            "criteria[1].threshold",
            "must be a multiple of 0.5 between 0 and 100, not 2.25",
        ),
        (
            "criteria[2].tie_break_priority",
            "1 is used by more than one criterion",
        ),
        ("criteria[2].descriptors[4]", "must not be empty"),
    ] {
        let beside = format!("<label for=\"{field}\">",);
        let at = answer
            .body
            .find(&beside)
            .unwrap_or_else(|| panic!("{field}: {}", answer.body));
        let after = &answer.body[at..];
        let shown = after
            .find("field-error")
            .map(|i| &after[i..i + 200])
            .unwrap_or("");
        assert!(
            shown.contains(&problem.replace('`', "&#96;")) || shown.contains(problem),
            "{field}: {shown}"
        );
    }
    assert!(
        answer.body.contains("value=\"My Prize\""),
        "the typed key is kept"
    );
    assert!(
        answer.body.contains("value=\"seven\""),
        "the typed threshold is kept"
    );
    assert!(
        answer.body.contains("value=\"0,5\""),
        "the typed weight is kept"
    );
    assert_eq!(stored(&app, "my-prize").await, None);
    assert_eq!(stored(&app, "My Prize").await, None);
}

#[rocket::async_test]
async fn weights_that_do_not_sum_to_one_are_refused_with_the_words_of_rubric_check() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let mut typed = my_prize();
    typed.criteria[0].weight = "0.5".to_owned();
    let answer = post_editor(&mut browser, "/secretariat/rubrics", &typed, &[]).await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains("the weights sum to 1.1; they must sum to exactly 1"),
        "{}",
        answer.body
    );
    assert_eq!(stored(&app, "my-prize").await, None);
}

#[rocket::async_test]
async fn adding_a_criterion_and_previewing_save_nothing_and_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let typed = my_prize();
    let added = post_editor(
        &mut browser,
        "/secretariat/rubrics",
        &typed,
        &[("action", "add_criterion")],
    )
    .await;
    assert_eq!(added.status, Status::Ok);
    assert!(
        added.body.contains("name=\"criteria[3].key\""),
        "a fourth criterion"
    );
    assert!(added.body.contains("value=\"My city prize\""));
    let preview = post_editor(
        &mut browser,
        "/secretariat/rubrics",
        &typed,
        &[("action", "preview")],
    )
    .await;
    assert_eq!(preview.status, Status::Ok);
    assert!(
        preview.body.contains("Preview: My city prize"),
        "{}",
        preview.body
    );
    assert!(
        preview.body.contains("Partnership quality (40%)"),
        "as on a scorecard"
    );
    assert!(
        preview
            .body
            .contains("One city gives and the other receives.")
    );
    assert_eq!(stored(&app, "my-prize").await, None);
}

#[rocket::async_test]
async fn a_rubric_made_in_the_browser_is_adopted_downloaded_checked_uploaded_again_and_identical() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let saved = post_editor(
        &mut browser,
        "/secretariat/rubrics",
        &my_prize(),
        &[("action", "save")],
    )
    .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
    let made = stored(&app, "my-prize").await.expect("saved");
    assert_eq!(made.name, "My city prize");
    let list = browser.get("/secretariat/rubrics").await;
    assert!(list.body.contains("My city prize"));
    assert!(list.body.contains("/secretariat/rubrics/my-prize/edit"));

    let form = browser.get("/secretariat/editions/new").await;
    assert!(
        form.body.contains("<option value=\"my-prize\""),
        "the edition form offers it"
    );
    let api = browser.get("/api/v1/rubrics").await;
    assert!(api.body.contains("\"key\":\"my-prize\""), "{}", api.body);

    let (status, bytes) = browser
        .get_bytes("/secretariat/rubrics/my-prize/download")
        .await;
    assert_eq!(status, Status::Ok);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("my-prize.toml");
    std::fs::write(&file, &bytes).unwrap();
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_laurel"))
        .args(["rubric", "check", file.to_str().unwrap()])
        .env("LAUREL_DATABASE_URL", "sqlite::memory:")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(
        said.contains("ok: ") && said.contains("(my-prize, 3 criteria"),
        "{said}"
    );

    let uploaded = browser
        .upload("/secretariat/rubrics/upload", "my-prize.toml", &bytes)
        .await;
    assert_eq!(uploaded.status, Status::SeeOther, "{}", uploaded.body);
    let again = stored(&app, "my-prize").await.unwrap();
    assert_eq!(again, made);
    assert_eq!(again.content_hash().unwrap(), made.content_hash().unwrap());
}

#[rocket::async_test]
async fn an_uploaded_file_with_problems_lists_each_with_its_line_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let broken = SMALL
        .replace("key = \"city-partnership-small\"", "key = \"broken\"")
        .replacen("weight = 0.40", "weight = 0.45", 1);
    let answer = browser
        .upload(
            "/secretariat/rubrics/upload",
            "broken.toml",
            broken.as_bytes(),
        )
        .await;
    assert_eq!(answer.status, Status::UnprocessableEntity);
    assert!(
        answer
            .body
            .contains(": criteria.weight: the weights sum to 1.05; they must sum to exactly 1"),
        "{}",
        answer.body
    );
    assert!(
        answer.body.contains("<li>line "),
        "each problem with its line"
    );
    assert_eq!(stored(&app, "broken").await, None);
    let shipped = browser
        .upload(
            "/secretariat/rubrics/upload",
            "platforma.toml",
            include_bytes!("../../rubrics/platforma.toml"),
        )
        .await;
    assert_eq!(shipped.status, Status::UnprocessableEntity);
    assert!(
        shipped
            .body
            .contains("A rubric shipped with Laurel has this key")
    );
}

#[rocket::async_test]
async fn a_copy_of_a_shipped_rubric_keeps_its_translations_and_the_shipped_one_cannot_be_edited() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let editor = browser.get("/secretariat/rubrics/new?from=platforma").await;
    assert_eq!(editor.status, Status::Ok);
    assert!(editor.body.contains("value=\"platforma-copy\""));
    let platforma = laurel::rubric_files::load_built_in()
        .unwrap()
        .get("platforma")
        .unwrap()
        .clone();
    let mut typed = RubricTyped::of(&platforma);
    typed.key = "platforma-2028".to_owned();
    typed.criteria[0].name = "Residents decide".to_owned();
    let saved = post_editor(
        &mut browser,
        "/secretariat/rubrics",
        &typed,
        &[("copy_of", "platforma")],
    )
    .await;
    assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
    let copy = stored(&app, "platforma-2028").await.unwrap();
    let first = &platforma.criteria[0].key;
    assert_eq!(
        copy.translations["fr"].criteria[first].name, None,
        "a changed text loses its translation"
    );
    assert_eq!(
        copy.translations["fr"].criteria[first].descriptors,
        platforma.translations["fr"].criteria[first].descriptors
    );
    assert_eq!(
        browser
            .get("/secretariat/rubrics/platforma/edit")
            .await
            .status,
        Status::NotFound
    );
    let mut shipped_key = typed.clone();
    shipped_key.key = "platforma".to_owned();
    let refused = post_editor(&mut browser, "/secretariat/rubrics", &shipped_key, &[]).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("A rubric shipped with Laurel has this key")
    );
}

#[rocket::async_test]
async fn a_rubric_an_open_edition_scores_against_cannot_change_and_a_draft_edition_adopts_a_saved_one()
 {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let saved = post_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    assert_eq!(saved.status, Status::SeeOther);
    let closes = app.clock().now() + chrono::Duration::days(30);
    let draft = crate::fixtures::edition(&app, closes, EditionStatus::Draft).await;
    let mut settings = laurel::app::editions::EditionTyped::from_edition(&draft, "my-prize");
    settings.name = "Draft prize".to_owned();
    let shipped = laurel::rubric_files::load_built_in().unwrap();
    let all = laurel::app::rubrics::available(app.db(), &shipped)
        .await
        .unwrap();
    let me = laurel::db::users::find_for_login(app.db(), "secretariat@example.org")
        .await
        .unwrap()
        .unwrap()
        .0;
    laurel::app::editions::update(
        app.db(),
        draft.id,
        &settings,
        &all,
        None,
        me.id,
        app.clock().now(),
    )
    .await
    .unwrap()
    .unwrap();

    let mut changed = my_prize();
    changed.description = "A clearer purpose.".to_owned();
    let path = "/secretariat/rubrics/my-prize/edit";
    let answer = post_editor(&mut browser, path, &changed, &[("version", "1")]).await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let (adopted, _) = laurel::db::rubrics::load(
        app.db(),
        laurel::db::editions::find(app.db(), draft.id)
            .await
            .unwrap()
            .unwrap()
            .rubric_id,
    )
    .await
    .unwrap();
    assert_eq!(
        adopted.description, "A clearer purpose.",
        "the draft scores against the saved rubric"
    );

    crate::fixtures::advance(&app, draft.id, EditionStatus::Open).await;
    let list = browser.get("/secretariat/rubrics").await;
    assert!(
        list.body
            .contains("in use by Draft prize, so it cannot change now"),
        "{}",
        list.body
    );
    assert!(
        !list.body.contains("/secretariat/rubrics/my-prize/edit"),
        "no Edit link while in use"
    );
    let editor = browser.get(path).await;
    assert!(
        editor
            .body
            .contains("cannot change while these editions score against it: Draft prize")
    );
    changed.description = "Changed while the call is open.".to_owned();
    let refused = post_editor(&mut browser, path, &changed, &[("version", "2")]).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("cannot change while these editions score against it: Draft prize"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("Changed while the call is open."),
        "what was typed is kept"
    );
    assert_eq!(
        stored(&app, "my-prize").await.unwrap().description,
        "A clearer purpose."
    );
}

#[rocket::async_test]
async fn a_rubric_a_round_scores_against_follows_its_saves_in_draft_and_is_in_use_once_the_call_opens()
 {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let saved = post_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    assert_eq!(saved.status, Status::SeeOther);
    let closes = app.clock().now() + chrono::Duration::days(30);
    let edition = crate::fixtures::edition(&app, closes, EditionStatus::Draft).await;
    let id = edition.id;
    let jury = laurel::db::rounds::current_id(app.db(), id).await.unwrap();
    let path = format!("/secretariat/editions/{id}/rounds");
    let page = browser.get(&path).await;
    assert!(
        page.body.contains("<option value=\"my-prize\">"),
        "{}",
        page.body
    );
    let version = page
        .body
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let jury = jury.to_string();
    let planned = browser
        .post(
            &path,
            &[
                ("version", version.as_str()),
                ("action", "save"),
                ("rounds[0].id", jury.as_str()),
                ("rounds[0].name", "Jury"),
                ("rounds[0].jurors_per_submission", "3"),
                ("rounds[0].consensus", "true"),
                ("rounds[0].rubric", "my-prize"),
            ],
        )
        .await;
    assert_eq!(planned.status, Status::SeeOther, "{}", planned.body);
    let again = browser.get(&path).await;
    assert!(again.body.contains("<option value=\"my-prize\" selected>"));

    let mut changed = my_prize();
    changed.description = "A clearer purpose.".to_owned();
    let editor = "/secretariat/rubrics/my-prize/edit";
    let answer = post_editor(&mut browser, editor, &changed, &[("version", "1")]).await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let round = laurel::db::rounds::current(app.db(), id).await.unwrap();
    let (adopted, _) = laurel::db::rubrics::load(app.db(), round.rubric_id.unwrap())
        .await
        .unwrap();
    assert_eq!(
        adopted.description, "A clearer purpose.",
        "the round follows"
    );

    crate::fixtures::advance(&app, id, EditionStatus::Open).await;
    changed.description = "Changed while the call is open.".to_owned();
    let refused = post_editor(&mut browser, editor, &changed, &[("version", "2")]).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("cannot change while these editions score against it"),
        "{}",
        refused.body
    );
}

#[rocket::async_test]
async fn two_saves_from_the_same_version_at_once_keep_one_and_refuse_the_other_as_stale() {
    let app = Arc::new(TestApp::spawn().await);
    let mut browser = secretariat(&app).await;
    let saved = post_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    assert_eq!(saved.status, Status::SeeOther);
    let mut requests = Vec::new();
    for description in ["First editor's purpose.", "Second editor's purpose."] {
        let mut typed = my_prize();
        typed.description = description.to_owned();
        let path = "/secretariat/rubrics/my-prize/edit";
        requests.push(prepare_editor(&mut browser, path, &typed, &[("version", "1")]).await);
    }
    let answers = all_at_once(&app, requests).await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status.code).collect();
    assert!(
        statuses.contains(&303) && statuses.contains(&422),
        "{statuses:?}"
    );
    let refused = answers.iter().find(|a| a.status.code == 422).unwrap();
    assert!(
        refused
            .body
            .contains("Someone else saved this rubric after you opened it")
    );
    let kept = stored(&app, "my-prize").await.unwrap().description;
    let winner = if statuses[0] == 303 {
        "First"
    } else {
        "Second"
    };
    assert!(kept.starts_with(winner), "{kept}");
}

#[rocket::async_test]
async fn two_new_rubrics_with_one_key_at_once_save_one_and_name_the_key_on_the_other() {
    let app = Arc::new(TestApp::spawn().await);
    let mut browser = secretariat(&app).await;
    let mut requests = Vec::new();
    for name in ["Prize of the first editor", "Prize of the second editor"] {
        let mut typed = my_prize();
        typed.name = name.to_owned();
        requests.push(prepare_editor(&mut browser, "/secretariat/rubrics", &typed, &[]).await);
    }
    let answers = all_at_once(&app, requests).await;
    let mut statuses: Vec<u16> = answers.iter().map(|a| a.status.code).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 422]);
    let refused = answers.iter().find(|a| a.status.code == 422).unwrap();
    assert!(
        refused
            .body
            .contains("the rubric of an edition, has this key")
    );
    assert_eq!(made_count(&app).await, 1);
}

#[rocket::async_test]
async fn the_same_new_rubric_sent_twice_at_once_is_saved_once_and_both_answers_say_so() {
    let app = Arc::new(TestApp::spawn().await);
    let mut browser = secretariat(&app).await;
    let first = prepare_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    let second = prepare_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    let answers = all_at_once(&app, vec![first, second]).await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status.code).collect();
    assert_eq!(statuses, [303, 303]);
    assert_eq!(made_count(&app).await, 1);
}

#[rocket::async_test]
async fn an_uploaded_file_never_overwrites_a_rubric_made_here_that_differs_from_it() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let saved = post_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    assert_eq!(saved.status, Status::SeeOther);
    let (_, bytes) = browser
        .get_bytes("/secretariat/rubrics/my-prize/download")
        .await;
    let older = String::from_utf8(bytes)
        .unwrap()
        .replace("My city prize", "An older name");
    let refused = browser
        .upload(
            "/secretariat/rubrics/upload",
            "my-prize.toml",
            older.as_bytes(),
        )
        .await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("A rubric made here has this key and differs from the file")
    );
    assert_eq!(
        stored(&app, "my-prize").await.unwrap().name,
        "My city prize"
    );
    let multi_line = older.replacen("How do the two cities", "How do the two\\ncities", 1);
    let refused = browser
        .upload(
            "/secretariat/rubrics/upload",
            "new.toml",
            multi_line.replace("my-prize", "new-prize").as_bytes(),
        )
        .await;
    assert!(
        refused
            .body
            .contains("guiding_questions[0]: must be one line"),
        "{}",
        refused.body
    );
}

#[rocket::async_test]
async fn a_draft_edition_saved_while_its_rubric_is_saved_ends_on_the_saved_rubric() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let saved = post_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    assert_eq!(saved.status, Status::SeeOther);
    let closes = app.clock().now() + chrono::Duration::days(30);
    let draft = crate::fixtures::edition(&app, closes, EditionStatus::Draft).await;
    let me = laurel::db::users::find_for_login(app.db(), "secretariat@example.org")
        .await
        .unwrap()
        .unwrap()
        .0;
    let shipped = laurel::rubric_files::load_built_in().unwrap();
    let settings = laurel::app::editions::EditionTyped::from_edition(&draft, "my-prize");
    for round in 0..4 {
        // The edition form was opened before the rubric's save: it holds the rubric as it was.
        let seen = laurel::app::rubrics::available(app.db(), &shipped)
            .await
            .unwrap();
        let mut changed = my_prize();
        changed.description = format!("Version {round}.");
        let version = laurel::db::library_rubrics::find(app.db(), "my-prize")
            .await
            .unwrap()
            .unwrap()
            .version;
        let now = app.clock().now();
        let (rubric_saved, edition_saved) = tokio::join!(
            laurel::app::rubrics::save(app.db(), "my-prize", &changed, Some(version), me.id, now),
            laurel::app::editions::update(app.db(), draft.id, &settings, &seen, None, me.id, now),
        );
        rubric_saved.unwrap().unwrap();
        edition_saved.unwrap().unwrap();
        let edition = laurel::db::editions::find(app.db(), draft.id)
            .await
            .unwrap()
            .unwrap();
        let (adopted, _) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
            .await
            .unwrap();
        assert_eq!(
            adopted.description,
            format!("Version {round}."),
            "round {round}"
        );
    }
    // The worst order: the rubric is saved between the form's opening and its save.
    let seen = laurel::app::rubrics::available(app.db(), &shipped)
        .await
        .unwrap();
    let mut changed = my_prize();
    changed.description = "Saved in between.".to_owned();
    let now = app.clock().now();
    laurel::app::rubrics::save(app.db(), "my-prize", &changed, None, me.id, now)
        .await
        .unwrap()
        .unwrap();
    laurel::app::editions::update(app.db(), draft.id, &settings, &seen, None, me.id, now)
        .await
        .unwrap()
        .unwrap();
    let edition = laurel::db::editions::find(app.db(), draft.id)
        .await
        .unwrap()
        .unwrap();
    let (adopted, _) = laurel::db::rubrics::load(app.db(), edition.rubric_id)
        .await
        .unwrap();
    assert_eq!(adopted.description, "Saved in between.");
}

#[rocket::async_test]
async fn a_save_that_does_not_name_the_version_it_was_opened_at_is_refused_as_stale() {
    let app = TestApp::spawn().await;
    let mut browser = secretariat(&app).await;
    let saved = post_editor(&mut browser, "/secretariat/rubrics", &my_prize(), &[]).await;
    assert_eq!(saved.status, Status::SeeOther);
    let mut changed = my_prize();
    changed.description = "Sent without a version.".to_owned();
    let path = "/secretariat/rubrics/my-prize/edit";
    let refused = post_editor(&mut browser, path, &changed, &[]).await;
    assert_eq!(refused.status, Status::UnprocessableEntity);
    assert!(
        refused
            .body
            .contains("Someone else saved this rubric after you opened it")
    );
    assert!(
        refused.body.contains("Sent without a version."),
        "what was typed is kept"
    );
    assert!(
        refused.body.contains("name=\"version\" value=\"1\""),
        "the current version"
    );
    assert_ne!(
        stored(&app, "my-prize").await.unwrap().description,
        "Sent without a version."
    );
}
