//! Password hashing off the async executor, a few at a time: argon2 takes a core and 19 MiB
//! per hash, so at most one hash per core runs at once and the rest wait briefly or are told
//! to come back (429 with `Retry-After`), which bounds CPU and memory under any burst.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::domain::password::{hash_password, verify_password};

/// Seconds a refused client is asked to wait before trying again.
pub const RETRY_AFTER_SECONDS: u64 = 5;

/// Too many passwords are being hashed right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Laurel is busy checking other passwords; please try again in a few seconds")]
pub struct Busy;

/// The gate every password hash and check of a web request goes through.
#[derive(Clone, Debug)]
pub struct PasswordWork {
    permits: Arc<Semaphore>,
    wait: Duration,
}

impl PasswordWork {
    /// A gate letting `at_once` hashes run together; others wait up to `wait` for a turn.
    pub fn new(at_once: usize, wait: Duration) -> Self {
        PasswordWork {
            permits: Arc::new(Semaphore::new(at_once.max(1))),
            wait,
        }
    }

    /// One hash per core, a wait of up to 3 seconds.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Self::new(cores, Duration::from_secs(3))
    }

    /// How many hashes may start now.
    pub fn available(&self) -> usize {
        self.permits.available_permits()
    }

    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        let permit = tokio::time::timeout(self.wait, Arc::clone(&self.permits).acquire_owned())
            .await
            .map_err(|_| Busy)?
            .map_err(|_| Busy)?;
        tokio::task::spawn_blocking(move || {
            let answer = job();
            drop(permit);
            answer
        })
        .await
        .map_err(|_| Busy)
    }

    /// Hashes a new password.
    pub async fn hash(&self, password: String) -> Result<Result<String, String>, Busy> {
        self.run(move || hash_password(&password)).await
    }

    /// Checks a password against a stored hash.
    pub async fn verify(&self, password: String, hash: String) -> Result<bool, Busy> {
        self.run(move || verify_password(&password, &hash)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_hash_beyond_the_gate_waits_then_is_refused_as_busy() {
        let gate = PasswordWork::new(1, Duration::from_millis(50));
        let held = Arc::clone(&gate.permits)
            .acquire_owned()
            .await
            .expect("a permit");
        assert_eq!(
            gate.hash("a long password here".to_owned()).await,
            Err(Busy)
        );
        drop(held);
        let hashed = gate
            .hash("a long password here".to_owned())
            .await
            .expect("admitted")
            .expect("hashed");
        assert!(
            gate.verify("a long password here".to_owned(), hashed)
                .await
                .expect("admitted")
        );
    }
}
