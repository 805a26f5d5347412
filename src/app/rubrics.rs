//! The rubric library: the rubric files shipped in `rubrics/` (read-only) and the rubrics the
//! secretariat makes in the browser, from scratch, from a copy or from an uploaded file, checked
//! by the rules of `laurel rubric check`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db::library_rubrics::{self, LibraryRubric, SaveError};
use crate::domain::rubric::{Rubric, RubricError, RubricTyped, parse_rubric};
use crate::error::AppResult;
use crate::rubric_files::RubricSet;

/// One rubric of the library, and whether it can be edited here.
#[derive(Clone, Debug)]
pub struct LibraryEntry {
    pub rubric: Rubric,
    /// The version of a rubric made in the browser; `None` for a shipped file.
    pub version: Option<i64>,
}

/// The editions that score against the rubric made in the browser with `key` now (so that it
/// cannot change), by name.
pub async fn scored_against_by(db: &DatabaseConnection, key: &str) -> AppResult<Vec<String>> {
    Ok(library_rubrics::scored_against_by(db, key).await?)
}

/// Why a rubric was not saved.
#[derive(Debug)]
pub enum RubricRefusal {
    /// What is wrong, by the editor's field (the words of `laurel rubric check`).
    Problems(BTreeMap<String, String>),
    /// What is wrong in an uploaded file, with its lines.
    FileProblems(Vec<RubricError>),
    /// A shipped rubric has the key.
    KeyShipped,
    /// A rubric made in the browser, or an edition's rubric, has the key.
    KeyTaken,
    /// An uploaded file has the key of a rubric made in the browser but other content.
    FileDiffers,
    /// Someone saved the rubric since the editor was opened: as it is now.
    Stale(Box<LibraryRubric>),
    /// Editions past their draft score against it: their names.
    InUse(Vec<String>),
}

/// Every rubric an edition may adopt: the shipped ones and those made in the browser.
pub async fn available(db: &DatabaseConnection, shipped: &RubricSet) -> AppResult<RubricSet> {
    let made = library_rubrics::all(db).await?;
    Ok(shipped.with_made(made.into_iter().map(|m| m.rubric)))
}

/// The whole library, by key.
pub async fn library(db: &DatabaseConnection, shipped: &RubricSet) -> AppResult<Vec<LibraryEntry>> {
    let mut entries: BTreeMap<String, LibraryEntry> = shipped
        .iter()
        .map(|rubric| {
            let entry = LibraryEntry {
                rubric: rubric.clone(),
                version: None,
            };
            (rubric.key.clone(), entry)
        })
        .collect();
    for made in library_rubrics::all(db).await? {
        entries
            .entry(made.rubric.key.clone())
            .or_insert(LibraryEntry {
                rubric: made.rubric,
                version: Some(made.version),
            });
    }
    Ok(entries.into_values().collect())
}

/// A rubric of the library by key.
pub async fn find(
    db: &DatabaseConnection,
    shipped: &RubricSet,
    key: &str,
) -> AppResult<Option<LibraryEntry>> {
    if let Some(rubric) = shipped.get(key) {
        return Ok(Some(LibraryEntry {
            rubric: rubric.clone(),
            version: None,
        }));
    }
    Ok(library_rubrics::find(db, key)
        .await?
        .map(|made| LibraryEntry {
            rubric: made.rubric,
            version: Some(made.version),
        }))
}

fn refusal(error: SaveError) -> AppResult<RubricRefusal> {
    match error {
        SaveError::KeyTaken => Ok(RubricRefusal::KeyTaken),
        SaveError::Stale(now) => Ok(RubricRefusal::Stale(now)),
        SaveError::InUse(names) => Ok(RubricRefusal::InUse(names)),
        SaveError::NotFound => Err(crate::error::AppError::NotFound),
        SaveError::Db(e) => Err(e.into()),
    }
}

/// Creates a rubric from the editor (`copy_of`: the rubric it started as a copy of, whose
/// language and still-valid translations it keeps); audited.
pub async fn create(
    db: &DatabaseConnection,
    shipped: &RubricSet,
    typed: &RubricTyped,
    copy_of: Option<&Rubric>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<Rubric, RubricRefusal>> {
    let rubric = match typed.check(copy_of) {
        Ok(rubric) => rubric,
        Err(problems) => return Ok(Err(RubricRefusal::Problems(problems))),
    };
    if shipped.get(&rubric.key).is_some() {
        return Ok(Err(RubricRefusal::KeyShipped));
    }
    match library_rubrics::create(db, &rubric, actor_id, now).await {
        Ok(made) => Ok(Ok(made.rubric)),
        Err(SaveError::KeyTaken) if is_stored(db, &rubric).await? => Ok(Ok(rubric)),
        Err(e) => refusal(e).map(Err),
    }
}

/// Whether the rubric made in the browser with `rubric`'s key is `rubric` exactly (a doubled
/// submission of the same form, or a file downloaded and uploaded again).
async fn is_stored(db: &DatabaseConnection, rubric: &Rubric) -> AppResult<bool> {
    Ok(library_rubrics::find(db, &rubric.key)
        .await?
        .is_some_and(|made| made.rubric == *rubric))
}

/// Saves the editor's rubric over the one made in the browser with `key` (which cannot
/// change), if still at `expected_version`; audited.
pub async fn save(
    db: &DatabaseConnection,
    key: &str,
    typed: &RubricTyped,
    expected_version: Option<i64>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<Rubric, RubricRefusal>> {
    let before = library_rubrics::find(db, key)
        .await?
        .ok_or(crate::error::AppError::NotFound)?;
    let mut typed = typed.clone();
    key.clone_into(&mut typed.key);
    let rubric = match typed.check(Some(&before.rubric)) {
        Ok(rubric) => rubric,
        Err(problems) => return Ok(Err(RubricRefusal::Problems(problems))),
    };
    match library_rubrics::update(db, &rubric, expected_version, actor_id, now).await {
        Ok(made) => Ok(Ok(made.rubric)),
        Err(SaveError::Stale(now)) if now.rubric == rubric => Ok(Ok(rubric)),
        Err(e) => refusal(e).map(Err),
    }
}

/// Reads a rubric file by the rules of `laurel rubric check` (its name need not be the key's).
pub fn read_file(file_name: &str, bytes: &[u8]) -> Result<Rubric, Vec<RubricError>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![RubricError {
            file: file_name.to_owned(),
            line: None,
            field: None,
            message: "is not a text file in UTF-8".to_owned(),
        }]);
    };
    parse_rubric(file_name, text, None)
}

/// Adds a rubric read from a file to the library (its key must be new); audited.
pub async fn add(
    db: &DatabaseConnection,
    shipped: &RubricSet,
    rubric: &Rubric,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<LibraryRubric, RubricRefusal>> {
    if shipped.get(&rubric.key).is_some() {
        return Ok(Err(RubricRefusal::KeyShipped));
    }
    match library_rubrics::create(db, rubric, actor_id, now).await {
        Ok(made) => Ok(Ok(made)),
        Err(e) => refusal(e).map(Err),
    }
}

/// Replaces the rubric made in the browser with `rubric`'s key by `rubric`, if still at
/// `expected_version` when given; audited.
pub async fn replace(
    db: &DatabaseConnection,
    rubric: &Rubric,
    expected_version: Option<i64>,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<LibraryRubric, RubricRefusal>> {
    match library_rubrics::update(db, rubric, expected_version, actor_id, now).await {
        Ok(made) => Ok(Ok(made)),
        Err(e) => refusal(e).map(Err),
    }
}

/// Adds an uploaded rubric file to the library; `true` when it was new, `false` when a rubric
/// made in the browser is this very rubric already (nothing changes). A file with the key of a
/// rubric made here but other content is refused: the editor changes that rubric, with its
/// version, so that nobody's later edits are overwritten by an older file. Audited.
pub async fn upload(
    db: &DatabaseConnection,
    shipped: &RubricSet,
    file_name: &str,
    bytes: &[u8],
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Result<(Rubric, bool), RubricRefusal>> {
    let rubric = match read_file(file_name, bytes) {
        Ok(rubric) => rubric,
        Err(errors) => return Ok(Err(RubricRefusal::FileProblems(errors))),
    };
    if shipped.get(&rubric.key).is_none()
        && let Some(made) = library_rubrics::find(db, &rubric.key).await?
    {
        return Ok(if made.rubric == rubric {
            Ok((rubric, false))
        } else {
            Err(RubricRefusal::FileDiffers)
        });
    }
    let added = add(db, shipped, &rubric, actor_id, now).await?;
    Ok(added.map(|made| (made.rubric, true)))
}
