//! Password hashing: argon2id with the `argon2` crate's defaults (OWASP's recommended minimum), in a
//! small queue. Each hash works through 19 MiB of memory. Hashes wait their turn for one of a few
//! places ([`at_once`]), and each place keeps its working memory for the next hash, so a crowd of
//! sign-ups neither hashes side by side nor leaves the allocator holding many 19 MiB blocks (glibc
//! keeps freed blocks that size in its heaps: with only the queue, 48 sign-ups still took the server
//! from 56 MiB to 700 MiB).

use argon2::password_hash::{
    rand_core::OsRng, Output, ParamsString, PasswordHash, Salt, SaltString,
};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};
use tokio::sync::Semaphore;

#[derive(Debug, thiserror::Error)]
pub enum HashingError {
    #[error("password hashing failed: {0}")]
    Argon2(String),
    #[error("a hashing task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl From<argon2::password_hash::Error> for HashingError {
    fn from(error: argon2::password_hash::Error) -> Self {
        HashingError::Argon2(error.to_string())
    }
}

impl From<argon2::Error> for HashingError {
    fn from(error: argon2::Error) -> Self {
        HashingError::Argon2(error.to_string())
    }
}

/// How many passwords are hashed at once: one per core, at most 4.
pub fn at_once() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4))
}

static QUEUE: LazyLock<Arc<Semaphore>> = LazyLock::new(|| Arc::new(Semaphore::new(at_once())));

/// Working memory kept between hashes: never more than one for each place in the queue.
static WORK_MEMORY: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());

/// Runs hashing work in its turn, off the async threads so other requests are not held up, with
/// working memory kept from an earlier turn. The turn is held until the work ends, even if the
/// person gives up waiting.
async fn in_turn<T: Send + 'static>(
    work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
) -> Result<T, HashingError> {
    let turn = QUEUE
        .clone()
        .acquire_owned()
        .await
        .expect("the hashing queue is never closed");
    Ok(tokio::task::spawn_blocking(move || {
        let _turn = turn;
        #[cfg(test)]
        let _counted = tests::HashingNow::start();
        let kept = WORK_MEMORY.lock().ok().and_then(|mut kept| kept.pop());
        let mut memory = kept.unwrap_or_default();
        let done = work(&mut memory);
        // What a hash leaves in memory is derived from the password: not kept lying about.
        memory.fill(Block::default());
        if let Ok(mut kept) = WORK_MEMORY.lock() {
            kept.push(memory);
        }
        done
    })
    .await?)
}

/// The argon2 output for a password, worked out in `memory` (grown to what `params` need).
fn output(
    memory: &mut Vec<Block>,
    argon2: &Argon2<'_>,
    password: &[u8],
    salt: Salt<'_>,
    length: usize,
) -> Result<Output, HashingError> {
    let needed = argon2.params().block_count();
    if memory.len() < needed {
        memory.resize(needed, Block::default());
    }
    let mut salt_bytes = [0u8; Salt::MAX_LENGTH];
    let salt = salt.decode_b64(&mut salt_bytes)?;
    Ok(Output::init_with(length, |out| {
        argon2
            .hash_password_into_with_memory(password, salt, out, &mut memory[..needed])
            .map_err(|_| argon2::password_hash::Error::Crypto)
    })?)
}

/// A new hash in the PHC string form (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), as
/// `argon2::PasswordHasher::hash_password` writes it.
fn new_hash(memory: &mut Vec<Block>, password: &[u8]) -> Result<String, HashingError> {
    let argon2 = Argon2::default();
    let salt = SaltString::generate(&mut OsRng);
    let hash = output(
        memory,
        &argon2,
        password,
        salt.as_salt(),
        Params::DEFAULT_OUTPUT_LEN,
    )?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params())?,
        salt: Some(salt.as_salt()),
        hash: Some(hash),
    }
    .to_string())
}

/// Whether a password gives a stored hash, as `argon2::PasswordVerifier::verify_password` decides
/// (the outputs are compared in constant time).
fn gives(memory: &mut Vec<Block>, password: &[u8], stored: &str) -> Result<bool, HashingError> {
    let stored = PasswordHash::new(stored)?;
    let (Some(salt), Some(expected)) = (stored.salt, stored.hash) else {
        return Err(HashingError::Argon2(
            "the stored hash has no salt or output".into(),
        ));
    };
    let version = stored
        .version
        .map(Version::try_from)
        .transpose()?
        .unwrap_or_default();
    let argon2 = Argon2::new(
        Algorithm::try_from(stored.algorithm)?,
        version,
        Params::try_from(&stored)?,
    );
    Ok(output(memory, &argon2, password, salt, expected.len())? == expected)
}

/// Verified against when no account has the email, so a wrong email takes as long as a wrong
/// password and response times do not reveal who has an account. Made on first use, in a turn.
static DECOY_HASH: OnceLock<String> = OnceLock::new();

pub async fn hash(password: String) -> Result<String, HashingError> {
    in_turn(move |memory| new_hash(memory, password.as_bytes())).await?
}

/// Checks a password against an account's hash, or against the decoy when there is no account.
pub async fn matches(password: String, stored: Option<String>) -> Result<bool, HashingError> {
    in_turn(move |memory| {
        let stored = match stored {
            Some(stored) => stored,
            None => match DECOY_HASH.get() {
                Some(decoy) => decoy.clone(),
                None => {
                    let decoy = new_hash(memory, b"no account has this password")?;
                    DECOY_HASH.get_or_init(|| decoy).clone()
                }
            },
        };
        gives(memory, password.as_bytes(), &stored)
    })
    .await?
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use argon2::{PasswordHasher, PasswordVerifier};
    use std::sync::atomic::{AtomicUsize, Ordering};

    static HASHING_NOW: AtomicUsize = AtomicUsize::new(0);
    static MOST_AT_ONCE: AtomicUsize = AtomicUsize::new(0);

    /// Counts the hashes running, and the most ever running at once, while it lives.
    pub(crate) struct HashingNow;

    impl HashingNow {
        pub(crate) fn start() -> Self {
            let now = HASHING_NOW.fetch_add(1, Ordering::SeqCst) + 1;
            MOST_AT_ONCE.fetch_max(now, Ordering::SeqCst);
            HashingNow
        }
    }

    impl Drop for HashingNow {
        fn drop(&mut self) {
            HASHING_NOW.fetch_sub(1, Ordering::SeqCst);
        }
    }

    #[tokio::test]
    async fn hashes_are_the_argon2_crates_own_both_ways() {
        let ours = hash("a long enough password".into()).await.unwrap();
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default()
            .verify_password(b"a long enough password", &parsed)
            .is_ok());
        assert!(Argon2::default()
            .verify_password(b"another password", &parsed)
            .is_err());

        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default()
            .hash_password(b"a long enough password", &salt)
            .unwrap()
            .to_string();
        assert!(
            matches("a long enough password".into(), Some(theirs.clone()))
                .await
                .unwrap()
        );
        assert!(!matches("another password".into(), Some(theirs))
            .await
            .unwrap());
        assert!(!matches("anything".into(), None).await.unwrap());
        assert!(matches("x".into(), Some("not a hash".into()))
            .await
            .is_err());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_crowd_of_hashes_waits_its_turn_and_reuses_the_same_memory() {
        let hashes = (0..24).map(|n| tokio::spawn(hash(format!("password number {n}"))));
        for hashed in hashes.collect::<Vec<_>>() {
            hashed.await.unwrap().unwrap();
        }
        let most = MOST_AT_ONCE.load(Ordering::SeqCst);
        assert!(
            most <= at_once(),
            "{most} passwords were hashed at once; the queue allows {}",
            at_once()
        );
        let kept = WORK_MEMORY.lock().unwrap().len();
        assert!(
            (1..=at_once()).contains(&kept),
            "{kept} blocks of working memory kept"
        );
    }
}
