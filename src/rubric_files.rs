//! Loading the rubric files of a directory (`rubrics/` by default) into a [`RubricSet`], or,
//! when that directory does not exist, the rubric files shipped with Laurel, built into the
//! binary (so that `laurel serve --demo` runs outside a clone).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::domain::rubric::{Rubric, RubricError, parse_rubric};

/// The rubric files shipped in `rubrics/`, built into the binary: file name and content.
pub const BUILT_IN: [(&str, &str); 2] = [
    (
        "city-partnership-small.toml",
        include_str!("../rubrics/city-partnership-small.toml"),
    ),
    ("platforma.toml", include_str!("../rubrics/platforma.toml")),
];

/// Where a [`RubricSet`] was read from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RubricSource {
    /// The rubric directory, which exists.
    Directory(PathBuf),
    /// The built-in library, because the named rubric directory does not exist.
    #[default]
    BuiltIn,
}

/// The rubrics available to editions, by key.
#[derive(Clone, Debug, Default)]
pub struct RubricSet {
    rubrics: BTreeMap<String, Rubric>,
    source: RubricSource,
    /// The keys of the rubrics made in the browser (see [`RubricSet::with_made`]).
    made: std::collections::BTreeSet<String>,
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

    /// Where the rubrics were read from.
    pub fn source(&self) -> &RubricSource {
        &self.source
    }

    /// These rubrics and `made` (the rubrics made in the browser); a made rubric never hides a
    /// file's rubric of the same key.
    pub fn with_made(&self, made: impl IntoIterator<Item = Rubric>) -> RubricSet {
        let mut all = self.clone();
        for rubric in made {
            if !all.rubrics.contains_key(&rubric.key) {
                all.made.insert(rubric.key.clone());
                all.rubrics.insert(rubric.key.clone(), rubric);
            }
        }
        all
    }

    /// Whether the rubric with `key` was made in the browser (not read from a file).
    pub fn is_made(&self, key: &str) -> bool {
        self.made.contains(key)
    }
}

/// The name a built-in rubric file goes by in messages.
pub fn built_in_name(file: &str) -> String {
    format!("built-in {file}")
}

/// Reads and validates one built-in rubric file.
pub fn load_built_in_file(file: &str, source: &str) -> Result<Rubric, Vec<RubricError>> {
    let stem = file.strip_suffix(".toml");
    parse_rubric(&built_in_name(file), source, stem)
}

/// Loads the built-in rubric library.
pub fn load_built_in() -> Result<RubricSet, Vec<RubricError>> {
    let mut set = RubricSet::default();
    let mut errors = Vec::new();
    for (file, source) in BUILT_IN {
        match load_built_in_file(file, source) {
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

/// Loads the rubrics of `dir` when it exists (then any error in it stops the launch, and the
/// built-in library is not used), otherwise the built-in library.
pub fn load(dir: &Path) -> Result<RubricSet, Vec<RubricError>> {
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => load_built_in(),
        _ => load_dir(dir),
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
    let mut set = RubricSet {
        rubrics: BTreeMap::new(),
        source: RubricSource::Directory(dir.to_path_buf()),
        made: std::collections::BTreeSet::new(),
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_library_holds_every_shipped_rubric_file() {
        let shipped: Vec<String> =
            rubric_paths(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rubrics")))
                .expect("the rubrics directory")
                .iter()
                .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
                .collect();
        let built_in: Vec<&str> = BUILT_IN.iter().map(|(file, _)| *file).collect();
        assert_eq!(shipped, built_in);
        let set = load_built_in().expect("valid");
        assert_eq!(set.source(), &RubricSource::BuiltIn);
        assert!(set.get("platforma").is_some());
    }

    #[test]
    fn a_rubric_directory_that_does_not_exist_gives_the_built_in_library() {
        let set = load(Path::new("/nonexistent/laurel-rubrics")).expect("built in");
        assert_eq!(set.source(), &RubricSource::BuiltIn);
        assert_eq!(set.len(), BUILT_IN.len());
    }

    #[test]
    fn a_rubric_directory_that_exists_wins_even_when_it_is_empty() {
        let dir = std::env::temp_dir().join(format!("laurel-empty-rubrics-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a directory");
        let errors = load(&dir).expect_err("an empty directory is an error");
        assert!(errors[0].message.contains("no rubric"), "{errors:?}");
        std::fs::remove_dir(&dir).ok();
    }
}
