//! Automatic persisted queries, Apollo's protocol: a client sends only
//! `extensions.persistedQuery.sha256Hash`; if the server does not know the hash it
//! answers `PersistedQueryNotFound`, and the client sends the text with the hash
//! once, which the server checks and keeps. A `GET` by hash is then short and the
//! same for every client, so a CDN can cache it.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

use lru::LruCache;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// How many documents are kept; the least recently used goes first. Documents are
/// small (at most the request body limit), so this bounds the cache at a few MB in
/// the common case.
pub const CAPACITY: usize = 1_000;

pub const NOT_FOUND_MESSAGE: &str = "PersistedQueryNotFound";
pub const NOT_FOUND_CODE: &str = "PERSISTED_QUERY_NOT_FOUND";

#[derive(Clone)]
pub struct PersistedQueries(Arc<Mutex<LruCache<String, Arc<str>>>>);

/// Why a request's persisted query could not be used.
#[derive(Debug, PartialEq, Eq)]
pub enum ApqError {
    /// The hash is not known: the client should retry with the text.
    NotFound,
    /// What is wrong with the `persistedQuery` extension or the text sent with it.
    Invalid(String),
}

impl Default for PersistedQueries {
    fn default() -> Self {
        Self::with_capacity(CAPACITY)
    }
}

impl PersistedQueries {
    pub fn with_capacity(capacity: usize) -> Self {
        let capacity = NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN);
        PersistedQueries(Arc::new(Mutex::new(LruCache::new(capacity))))
    }

    /// The document to run: `query` itself when there is no `persistedQuery`
    /// extension; with one, the cached text for its hash, or `query` once its hash
    /// has been checked (and then kept).
    pub fn resolve(
        &self,
        query: Option<String>,
        extensions: &Map<String, Value>,
    ) -> Result<Option<Arc<str>>, ApqError> {
        let Some(persisted) = extensions.get("persistedQuery") else {
            return Ok(query.map(Arc::from));
        };
        let hash = hash_of(persisted)?;
        match query {
            Some(query) => {
                let actual = hex::encode(Sha256::digest(query.as_bytes()));
                if actual != hash {
                    return Err(ApqError::Invalid(format!(
                        "provided sha256Hash {hash} does not match the query, whose SHA-256 is {actual}"
                    )));
                }
                let query: Arc<str> = Arc::from(query);
                self.lock().put(hash, query.clone());
                Ok(Some(query))
            }
            None => self.lock().get(&hash).cloned().map(Some).ok_or(ApqError::NotFound),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<String, Arc<str>>> {
        // A panic while holding the lock leaves a consistent cache: keep using it.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn hash_of(persisted: &Value) -> Result<String, ApqError> {
    let invalid = |m: &str| ApqError::Invalid(format!("extensions.persistedQuery {m}"));
    let object = persisted.as_object().ok_or_else(|| invalid("must be an object"))?;
    match object.get("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(1) => {}
        _ => return Err(invalid("must have version 1")),
    }
    let hash = object.get("sha256Hash").and_then(Value::as_str).ok_or_else(|| invalid("needs a sha256Hash"))?;
    let hash = hash.to_ascii_lowercase();
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invalid("sha256Hash must be 64 hexadecimal digits"));
    }
    Ok(hash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ext(hash: &str) -> Map<String, Value> {
        json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } }).as_object().unwrap().clone()
    }

    #[test]
    fn a_hash_is_unknown_until_sent_with_its_text_and_then_kept_within_capacity() {
        let cache = PersistedQueries::with_capacity(1);
        let (a, b) = ("{ a }", "{ b }");
        let (ha, hb) = (hex::encode(Sha256::digest(a)), hex::encode(Sha256::digest(b)));
        assert_eq!(cache.resolve(None, &ext(&ha)), Err(ApqError::NotFound));
        assert_eq!(cache.resolve(Some(a.into()), &ext(&ha)).unwrap().as_deref(), Some(a));
        assert_eq!(cache.resolve(None, &ext(&ha)).unwrap().as_deref(), Some(a));
        assert!(matches!(cache.resolve(Some(b.into()), &ext(&ha)), Err(ApqError::Invalid(_))));
        cache.resolve(Some(b.into()), &ext(&hb)).unwrap();
        assert_eq!(cache.resolve(None, &ext(&ha)), Err(ApqError::NotFound), "evicted: capacity 1");
    }
}
