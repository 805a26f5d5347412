//! Rubric files: the shipped ones, bad ones, and frozen snapshots.

use std::path::Path;

use laurel::domain::rubric::HalfPoints;
use laurel::rubric_files;

use crate::helpers::{TestApp, test_figment};

fn shipped() -> rubric_files::RubricSet {
    rubric_files::load_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rubrics"))).unwrap()
}

#[test]
fn the_shipped_rubrics_are_valid() {
    let set = shipped();
    assert_eq!(set.len(), 2);
    assert!(set.get("city-partnership-small").is_some());
}

#[test]
fn the_platforma_rubric_has_the_seven_criteria_of_the_award() {
    let set = shipped();
    let rubric = set.get("platforma").unwrap();
    let keys: Vec<&str> = rubric.criteria.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "resident_participation",
            "diaspora_codevelopment",
            "sdg_alignment",
            "multi_actor_partnership",
            "results_impact",
            "sustainability",
            "innovation_replicability"
        ]
    );
    let weights: Vec<u32> = rubric.criteria.iter().map(|c| c.weight_bp).collect();
    assert_eq!(weights, [2000, 1500, 1500, 1500, 1500, 1000, 1000]);
    assert_eq!(rubric.scale.max, HalfPoints(10));
    assert_eq!(rubric.overall_threshold, HalfPoints(6));
    let core: Vec<&str> = rubric
        .criteria
        .iter()
        .filter(|c| c.core)
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(core, ["resident_participation", "sdg_alignment"]);
    assert!(rubric.criteria.iter().all(|c| c.descriptors.len() == 6));
}

fn bad_rubric_dir(content: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/rubrics/platforma.toml"
    ))
    .unwrap();
    let broken = shipped.replacen("weight = 0.20", content, 1);
    assert_ne!(broken, shipped, "the replacement applies");
    std::fs::write(dir.path().join("platforma.toml"), broken).unwrap();
    dir
}

#[test]
fn a_rubric_whose_weights_do_not_sum_to_one_is_refused_with_file_line_and_field() {
    let dir = bad_rubric_dir("weight = 0.25");
    let errors = rubric_files::load_dir(dir.path()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let message = errors[0].to_string();
    assert!(message.contains("platforma.toml:"), "{message}");
    assert!(
        message.contains("criteria.weight: the weights sum to 1.05"),
        "{message}"
    );
}

#[test]
fn a_misspelt_field_is_refused_with_its_line() {
    let dir = bad_rubric_dir("wieght = 0.20");
    let errors = rubric_files::load_dir(dir.path()).unwrap_err();
    let message = errors[0].to_string();
    assert!(message.contains("unknown field `wieght`"), "{message}");
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/rubrics/platforma.toml"
    ))
    .unwrap();
    let line = shipped
        .lines()
        .position(|l| l.starts_with("weight = 0.20"))
        .unwrap()
        + 1;
    assert_eq!(errors[0].line, Some(line), "{message}");
}

#[rocket::async_test]
async fn a_bad_rubric_file_stops_the_launch() {
    let dir = bad_rubric_dir("weight = 0.25");
    let figment = test_figment()
        .merge(("rubrics_dir", dir.path().display().to_string()))
        .merge(("database_url", "sqlite::memory:"));
    let error = laurel::build(figment).await.err().unwrap();
    assert!(
        error.to_string().contains("the weights sum to 1.05"),
        "{error}"
    );
}

#[rocket::async_test]
async fn an_app_whose_rubric_directory_does_not_exist_uses_the_built_in_rubrics() {
    let dir = tempfile::tempdir().unwrap();
    let figment = test_figment()
        .merge((
            "rubrics_dir",
            dir.path().join("no-such-dir").display().to_string(),
        ))
        .merge(("database_url", "sqlite::memory:"));
    let rocket = laurel::build(figment).await.unwrap();
    let rubrics = rocket.state::<rubric_files::RubricSet>().unwrap();
    assert_eq!(rubrics.source(), &rubric_files::RubricSource::BuiltIn);
    assert_eq!(
        rubrics.get("platforma").unwrap(),
        shipped().get("platforma").unwrap()
    );
}

#[rocket::async_test]
async fn a_rubric_snapshot_is_stored_once_per_content_and_anew_when_the_content_changes() {
    let app = TestApp::spawn().await;
    let set = shipped();
    let rubric = set.get("platforma").unwrap().clone();
    let now = app.clock().now();
    let first = laurel::db::rubrics::snapshot(app.db(), &rubric, now)
        .await
        .unwrap();
    let again = laurel::db::rubrics::snapshot(app.db(), &rubric, now)
        .await
        .unwrap();
    assert_eq!(first, again);
    let mut edited = rubric.clone();
    edited.criteria[0]
        .descriptors
        .insert(5, "A new meaning of 5".to_owned());
    let second = laurel::db::rubrics::snapshot(app.db(), &edited, now)
        .await
        .unwrap();
    assert_ne!(first, second);
    let (stored, hash) = laurel::db::rubrics::load(app.db(), first).await.unwrap();
    assert_eq!(stored, rubric, "the first snapshot keeps the old meaning");
    assert_eq!(hash, rubric.content_hash().unwrap());
}
