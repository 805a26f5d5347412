//! Files outside the web root: attachments live in `<data_dir>/attachments/<sha256>`, written
//! atomically (a temporary file, then a rename), so the same content is stored once, and deleted
//! when the last record referring to it goes.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The directory of attachments.
fn attachments_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("attachments")
}

/// Where the content with this hash is stored.
pub fn attachment_path(data_dir: &Path, hash: &str) -> PathBuf {
    attachments_dir(data_dir).join(hash)
}

/// The SHA-256 of `bytes` in hexadecimal: the name their file is stored under.
#[must_use]
pub fn content_hash(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Stores `bytes` and returns their SHA-256 in hexadecimal.
pub async fn store_attachment(data_dir: &Path, bytes: &[u8]) -> std::io::Result<String> {
    let hash = content_hash(bytes);
    let dir = attachments_dir(data_dir);
    tokio::fs::create_dir_all(&dir).await?;
    let target = dir.join(&hash);
    if tokio::fs::try_exists(&target).await? {
        return Ok(hash);
    }
    let mut nonce = [0_u8; 8];
    getrandom::fill(&mut nonce).map_err(|e| std::io::Error::other(e.to_string()))?;
    let temporary = dir.join(format!("{hash}.partial-{}", hex::encode(nonce)));
    tokio::fs::write(&temporary, bytes).await?;
    match tokio::fs::rename(&temporary, &target).await {
        Ok(()) => Ok(hash),
        Err(_) if tokio::fs::try_exists(&target).await? => {
            tokio::fs::remove_file(&temporary).await?;
            Ok(hash)
        }
        Err(e) => Err(e),
    }
}

/// Deletes stored content (no error when it is already gone).
pub async fn delete_attachment(data_dir: &Path, hash: &str) -> std::io::Result<()> {
    check_hash(hash)?;
    match tokio::fs::remove_file(attachment_path(data_dir, hash)).await {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn check_hash(hash: &str) -> std::io::Result<()> {
    if hash.len() == 64 && hash.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a content hash",
        ))
    }
}

/// Reads stored content back.
pub async fn read_attachment(data_dir: &Path, hash: &str) -> std::io::Result<Vec<u8>> {
    check_hash(hash)?;
    tokio::fs::read(attachment_path(data_dir, hash)).await
}
