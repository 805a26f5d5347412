//! Loading the rubric files of a directory (`rubrics/` by default) into a [`RubricSet`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::domain::rubric::{Rubric, RubricError, parse_rubric};

/// The rubrics available to editions, by key.
#[derive(Clone, Debug, Default)]
pub struct RubricSet {
    rubrics: BTreeMap<String, Rubric>,
}

impl RubricSet {
    /// Finds a rubric by key.
    pub fn get(&self, key: &str) -> Option<&Rubric> {
        self.rubrics.get(key)
    }

    /// Every rubric, by key.
    pub fn iter(&self) -> impl Iterator<Item = &Rubric> {
        self.rubrics.values()
    }

    /// The number of rubrics.
    pub fn len(&self) -> usize {
        self.rubrics.len()
    }

    /// Returns true if and only if there is no rubric.
    pub fn is_empty(&self) -> bool {
        self.rubrics.is_empty()
    }
}

/// Reads and validates one rubric file; the file stem must equal the rubric key.
pub fn load_file(path: &Path) -> Result<Rubric, Vec<RubricError>> {
    let shown = path.display().to_string();
    let source = std::fs::read_to_string(path).map_err(|e| {
        vec![RubricError {
            file: shown.clone(),
            line: None,
            field: None,
            message: format!("cannot be read: {e}"),
        }]
    })?;
    let stem = path.file_stem().and_then(|s| s.to_str());
    parse_rubric(&shown, &source, stem)
}

/// Lists the `.toml` files of a directory, sorted by name.
pub fn rubric_paths(dir: &Path) -> Result<Vec<PathBuf>, RubricError> {
    let unreadable = |e: std::io::Error| RubricError {
        file: dir.display().to_string(),
        line: None,
        field: None,
        message: format!("the rubric directory cannot be read: {e}"),
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(unreadable)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Loads every rubric of a directory; all errors of all files are reported together.
pub fn load_dir(dir: &Path) -> Result<RubricSet, Vec<RubricError>> {
    let paths = rubric_paths(dir).map_err(|e| vec![e])?;
    if paths.is_empty() {
        return Err(vec![RubricError {
            file: dir.display().to_string(),
            line: None,
            field: None,
            message: "contains no rubric (*.toml) file".to_owned(),
        }]);
    }
    let mut set = RubricSet::default();
    let mut errors = Vec::new();
    for path in paths {
        match load_file(&path) {
            Ok(rubric) => {
                set.rubrics.insert(rubric.key.clone(), rubric);
            }
            Err(mut file_errors) => errors.append(&mut file_errors),
        }
    }
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors)
    }
}
