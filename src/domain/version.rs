//! Versions for optimistic locking of things without a version counter: a hash of what a reader
//! saw, so that it changes whenever any part of it changes. Always positive, so it reads as an
//! `ETag` like a counter does.

use sha2::{Digest, Sha256};

/// The version of a thing made of these parts (each length-delimited, so `["ab", "c"]` and
/// `["a", "bc"]` differ): from 1 to 2⁶² inclusive.
pub fn of_parts<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> i64 {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    let digest = hasher.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::try_from(u64::from_be_bytes(first) >> 2).unwrap_or(i64::MAX - 1) + 1
}

#[cfg(test)]
mod tests {
    use super::of_parts;

    #[test]
    fn a_version_depends_on_every_part_and_on_where_parts_end() {
        let v = |parts: &[&str]| of_parts(parts.iter().map(|p| p.as_bytes()));
        assert_eq!(v(&["a", "b"]), v(&["a", "b"]));
        assert_ne!(v(&["a", "b"]), v(&["a", "c"]));
        assert_ne!(v(&["ab", "c"]), v(&["a", "bc"]));
        assert!(v(&[]) >= 1 && v(&["x"]) >= 1);
    }
}
