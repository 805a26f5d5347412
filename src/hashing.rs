//! Password hashing off the async executor, a few at a time: argon2 takes a core and 19 MiB
//! per hash, so at most one hash per core runs at once and the rest wait briefly or are told
//! to come back (429 with `Retry-After`), which bounds CPU and memory under any burst.
//!
//! The hashes run on a few threads of their own (one per permit) rather than on Tokio's blocking
//! pool: the allocator keeps a freed 19 MiB block for the thread that used it, and the blocking
//! pool grows to hundreds of threads under load, so memory taken by one burst was never given
//! back. With its own threads, hashing holds at most one block per thread, whatever the load;
//! and on glibc, blocks that large are always mapped for the hash and unmapped after it (see
//! [`unmap_large_blocks_after_use`]), so memory returns to its idle level after a burst.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{Semaphore, oneshot};

use crate::domain::password::{hash_password, verify_password};

/// Seconds a refused client is asked to wait before trying again.
pub const RETRY_AFTER_SECONDS: u64 = 5;

/// Too many passwords are being hashed right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Laurel is busy checking other passwords; please try again in a few seconds")]
pub struct Busy;

/// A piece of hashing work for one of the hashing threads.
type Job = Box<dyn FnOnce() + Send>;

/// The gate every password hash and check of a web request goes through.
#[derive(Clone, Debug)]
pub struct PasswordWork {
    permits: Arc<Semaphore>,
    wait: Duration,
    jobs: Sender<Job>,
}

/// Runs jobs until every sender is gone (the app stopped).
fn hashing_thread(jobs: &Mutex<Receiver<Job>>) {
    loop {
        let next = match jobs.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        match next {
            Ok(job) => job(),
            Err(_) => return,
        }
    }
}

/// Tells glibc's allocator to serve every allocation of 1 MiB or more (an argon2 hash takes
/// 19 MiB) from its own mapping, unmapped when freed. By default glibc raises that threshold to
/// the size of the last such block freed and keeps later ones in per-thread heaps, which it
/// seldom gives back: a burst of logins left hundreds of MiB resident for good.
pub fn unmap_large_blocks_after_use() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: `mallopt` only sets an allocator parameter; called once, before hashing.
            #[allow(
                unsafe_code,
                reason = "the one allocator setting glibc offers no safe way to make"
            )]
            let set = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024) };
            if set != 1 {
                rocket::warn!("the allocator's mapping threshold could not be set");
            }
        });
    }
}

impl PasswordWork {
    /// A gate letting `at_once` hashes run together, on `at_once` threads of their own; others
    /// wait up to `wait` for a turn.
    pub fn new(at_once: usize, wait: Duration) -> Self {
        unmap_large_blocks_after_use();
        let at_once = at_once.max(1);
        let (jobs, receiver) = channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..at_once {
            let receiver = Arc::clone(&receiver);
            let started = std::thread::Builder::new()
                .name(format!("laurel-hash-{n}"))
                .spawn(move || hashing_thread(&receiver));
            if let Err(e) = started {
                rocket::error!("a password hashing thread could not start: {e}");
            }
        }
        PasswordWork {
            permits: Arc::new(Semaphore::new(at_once)),
            wait,
            jobs,
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
        let (answer, answered) = oneshot::channel();
        self.jobs
            .send(Box::new(move || {
                let _ = answer.send(job());
                drop(permit);
            }))
            .map_err(|_| Busy)?;
        answered.await.map_err(|_| Busy)
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
