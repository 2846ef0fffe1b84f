//! A process-wide cache of serialized `/graphql` answers to anonymous queries, valid
//! for one *generation* of the data (`serve --response-cache-bytes`).
//!
//! What is cached: the body of a query (not a mutation, not a subscription) sent with
//! no `Authorization` header and no session cookie, answered without any error, keyed
//! by [`cache::etag`] of the document, operation name, variables, response media type
//! and `Accept-Language` (the hash the `ETag` already uses, at version 0: the
//! generation, not the key, says which data an entry belongs to).
//!
//! The generation is an in-process counter, so that no request asks the database
//! whether the data changed. It moves on, and every entry is dropped, when:
//! - the store announces a committed revision ([`Store::subscribe`]). On SQLite the
//!   writer announces it itself, after its commit and before its answer is sent; on
//!   PostgreSQL every process (this one included) hears every commit through NOTIFY;
//! - the receiver lagged (announcements were lost: assume they were writes), or the
//!   store stopped announcing (then nothing is cached any more);
//! - the UTC day changed: fields without `asOf` (`textAsOf`) answer as of today;
//! - this process answered a mutation over HTTP ([`ResponseCache::invalidate`], before
//!   the answer is sent): on PostgreSQL a process's own NOTIFY arrives only after its
//!   commit, and the writer may read again in between.
//!
//! Announcements are read at every lookup and again before storing, never by a task
//! of its own: on SQLite an announcement is already queued when the writer's client
//! gets its answer, so any later lookup sees it. An answer is stored only if the
//! generation did not move while it was computed, so an answer read before a write
//! is never kept under the generation after it.
//!
//! What this guarantees: a read that starts after a write made through this process
//! was acknowledged (an HTTP mutation; on SQLite any write of this process) never
//! gets an answer from before it. A write acknowledged by *another* process is seen
//! once its announcement arrives: on PostgreSQL its NOTIFY, a round trip after its
//! commit; a client that writes through one process and reads through another within
//! that instant may see the answer from before its write, as with any cache fed by
//! notifications. On PostgreSQL a mutation over `/ws` is heard through its NOTIFY
//! only, as another process's would be.
//!
//! Not heard at all, so kept until the next write that is: on SQLite, writes by
//! another process (a second `lawtracker serve` on the same file; run such a setup
//! with `--response-cache-bytes 0`); what `lawtracker import` loads; and on
//! PostgreSQL, NOTIFYs sent while the listener was reconnecting or whose revision it
//! could not load (`Store::listen_for_changes` announces nothing for them; telling
//! subscribers of such a gap would be the fix, in the store).
//!
//! Standbys (`--replica-url`): nothing is cached. A standby replays a write some time
//! after the primary's NOTIFY, so an answer read from it after the generation moved
//! may still be older than the write, and would be kept for the whole generation.
//!
//! Memory is bounded: the bodies and keys held stay within the byte budget, least
//! recently used first out, and one answer larger than an eighth of the budget is
//! not stored.

use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use lawtracker_core::model::Revision;
use lawtracker_core::Store;
use lru::LruCache;
use tokio::sync::broadcast::{self, error::TryRecvError};

use super::cache;
use super::negotiation::MediaType;
use super::params::Params;

/// The default byte budget of `serve --response-cache-bytes`.
pub const DEFAULT_BUDGET_BYTES: usize = 64 * 1024 * 1024;

/// Says whether a cacheable answer came from the cache (`hit`) or was computed (`miss`).
pub const CACHE_STATUS: HeaderName = HeaderName::from_static("x-lawtracker-cache");

/// Counted against the budget for each entry besides its key and body: the map's
/// node, the entry's `Bytes` handle and the allocator's rounding, roughly.
const ENTRY_OVERHEAD: usize = 96;

/// The cache of one server; clones share it.
#[derive(Clone)]
pub struct ResponseCache {
    inner: Arc<Mutex<Inner>>,
    budget: usize,
    entry_cap: usize,
}

struct Inner {
    entries: LruCache<String, Bytes>,
    /// Keys and bodies held, plus [`ENTRY_OVERHEAD`] each.
    bytes: usize,
    generation: u64,
    /// The UTC day the entries were computed on.
    day: chrono::NaiveDate,
    changes: broadcast::Receiver<Revision>,
    /// The store's announcements ended: nothing can be trusted to stay current.
    deaf: bool,
}

/// The generation a missed answer is computed in: from [`ResponseCache::miss`], for
/// [`ResponseCache::store`].
pub struct Ticket {
    key: String,
    generation: u64,
}

impl ResponseCache {
    /// A cache of at most `budget` bytes, invalidated by `store`'s announcements;
    /// `None` when `budget` is 0 (caching is off).
    pub fn new(store: &Store, budget: usize) -> Option<ResponseCache> {
        (budget > 0).then(|| Self::hearing(store.subscribe(), budget))
    }

    /// A cache invalidated by what `changes` announces.
    fn hearing(changes: broadcast::Receiver<Revision>, budget: usize) -> ResponseCache {
        let day = chrono::Utc::now().date_naive();
        let inner = Inner { entries: LruCache::unbounded(), bytes: 0, generation: 0, day, changes, deaf: false };
        ResponseCache { inner: Arc::new(Mutex::new(inner)), budget, entry_cap: budget / 8 }
    }

    /// The key of an anonymous request: everything its answer depends on but the data.
    pub fn key(document: &str, params: &Params, media: MediaType, headers: &HeaderMap) -> String {
        // Version 0: the generation decides an entry's data. The `Authorization` the hash
        // also covers is absent, as only anonymous requests come here.
        let tag = cache::etag(document, params, media, headers, 0);
        String::from_utf8_lossy(tag.as_bytes()).into_owned()
    }

    /// The answer held for `key`, if any. Only queries' answers are stored, so a
    /// request may be looked up before its document is parsed.
    pub fn get(&self, key: &str) -> Option<Bytes> {
        let body = self.lock().entries.get(key).cloned()?;
        metrics::counter!(crate::metrics::RESPONSE_CACHE_HITS).increment(1);
        Some(body)
    }

    /// A query not held: its answer, computed after this, may be stored with the ticket.
    pub fn miss(&self, key: String) -> Ticket {
        let generation = self.lock().generation;
        metrics::counter!(crate::metrics::RESPONSE_CACHE_MISSES).increment(1);
        Ticket { key, generation }
    }

    /// Keeps `body`, the answer computed for `ticket`, unless a write may have landed
    /// since the lookup, the answer is too large, or announcements stopped.
    pub fn store(&self, ticket: Ticket, body: Bytes) {
        let size = ticket.key.len() + body.len() + ENTRY_OVERHEAD;
        if size > self.entry_cap {
            return;
        }
        let mut inner = self.lock();
        if inner.deaf || inner.generation != ticket.generation {
            return;
        }
        inner.bytes += size;
        if let Some(replaced) = inner.entries.put(ticket.key.clone(), body) {
            // Two misses of one key computed the same generation's answer.
            inner.bytes -= ticket.key.len() + replaced.len() + ENTRY_OVERHEAD;
        }
        let mut evicted = 0;
        while inner.bytes > self.budget {
            let Some((key, body)) = inner.entries.pop_lru() else { break };
            inner.bytes -= key.len() + body.len() + ENTRY_OVERHEAD;
            evicted += 1;
        }
        drop(inner);
        if evicted > 0 {
            metrics::counter!(crate::metrics::RESPONSE_CACHE_EVICTIONS).increment(evicted);
        }
    }

    /// This process just answered a mutation: what was held may be older than it.
    pub fn invalidate(&self) {
        let mut inner = self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        inner.next_generation();
    }

    /// Bytes held now (keys, bodies and their overhead): at most the budget.
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    pub fn budget(&self) -> usize {
        self.budget
    }

    /// The state, brought up to date with the store's announcements.
    fn lock(&self) -> MutexGuard<'_, Inner> {
        let mut inner = self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        inner.hear_changes();
        inner
    }
}

impl Inner {
    /// Reads every announcement queued since the last call (and the clock): one or
    /// many, the generation moves on once.
    fn hear_changes(&mut self) {
        let today = chrono::Utc::now().date_naive();
        let mut changed = today != self.day;
        self.day = today;
        loop {
            match self.changes.try_recv() {
                Ok(_) | Err(TryRecvError::Lagged(_)) => changed = true,
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Closed) => {
                    changed = !self.deaf;
                    self.deaf = true;
                    break;
                }
            }
        }
        if changed {
            self.next_generation();
        }
    }

    fn next_generation(&mut self) {
        self.generation += 1;
        if !self.entries.is_empty() {
            metrics::counter!(crate::metrics::RESPONSE_CACHE_INVALIDATIONS).increment(1);
        }
        self.entries.clear();
        self.bytes = 0;
    }
}

/// The `X-Lawtracker-Cache` value of an answer.
pub fn status_header(hit: bool) -> HeaderValue {
    HeaderValue::from_static(if hit { "hit" } else { "miss" })
}

#[cfg(test)]
mod tests {
    use lawtracker_core::model::{EntityType, Operation};

    use super::*;

    fn revision(id: i64) -> Revision {
        Revision {
            id,
            commit_seq: id,
            at: "2026-01-01T00:00:00Z".into(),
            author: "test".into(),
            operation: Operation::Create,
            entity_type: EntityType::Law,
            entity_slug: "law".into(),
            related: String::new(),
            before: None,
            after: None,
        }
    }

    fn miss(cache: &ResponseCache, key: &str) -> Ticket {
        assert!(cache.get(key).is_none(), "{key} was held");
        cache.miss(key.into())
    }

    fn held(cache: &ResponseCache, key: &str) -> Option<Bytes> {
        cache.get(key)
    }

    #[test]
    fn an_announced_write_drops_what_was_held() {
        let (announce, changes) = broadcast::channel(4);
        let cache = ResponseCache::hearing(changes, 1 << 20);
        cache.store(miss(&cache, "a"), Bytes::from_static(b"answer"));
        assert_eq!(held(&cache, "a").as_deref(), Some(&b"answer"[..]));
        announce.send(revision(1)).unwrap();
        assert!(held(&cache, "a").is_none());
        assert_eq!(cache.bytes(), 0);
    }

    #[test]
    fn an_answer_computed_across_a_write_is_not_kept() {
        let (announce, changes) = broadcast::channel(4);
        let cache = ResponseCache::hearing(changes, 1 << 20);
        // Announced while the answer was being computed.
        let ticket = miss(&cache, "a");
        announce.send(revision(1)).unwrap();
        cache.store(ticket, Bytes::from_static(b"old"));
        assert!(held(&cache, "a").is_none());
        // The same after this process's own mutation.
        let ticket = miss(&cache, "a");
        cache.invalidate();
        cache.store(ticket, Bytes::from_static(b"old"));
        assert!(held(&cache, "a").is_none());
    }

    #[test]
    fn a_new_day_drops_what_was_held() {
        let (_announce, changes) = broadcast::channel(4);
        let cache = ResponseCache::hearing(changes, 1 << 20);
        cache.store(miss(&cache, "a"), Bytes::from_static(b"answer"));
        assert!(held(&cache, "a").is_some());
        let mut inner = cache.inner.lock().unwrap();
        inner.day = inner.day.pred_opt().unwrap();
        drop(inner);
        assert!(held(&cache, "a").is_none(), "computed yesterday");
    }

    #[test]
    fn lost_or_ended_announcements_count_as_writes() {
        let (announce, changes) = broadcast::channel(2);
        let cache = ResponseCache::hearing(changes, 1 << 20);
        cache.store(miss(&cache, "a"), Bytes::from_static(b"answer"));
        for id in 1..=5 {
            announce.send(revision(id)).unwrap();
        }
        assert!(held(&cache, "a").is_none(), "lagged");
        cache.store(miss(&cache, "a"), Bytes::from_static(b"answer"));
        drop(announce);
        assert!(held(&cache, "a").is_none(), "the store stopped announcing");
        cache.store(miss(&cache, "a"), Bytes::from_static(b"answer"));
        assert!(held(&cache, "a").is_none(), "nothing is kept once deaf");
    }

    #[test]
    fn the_budget_holds_least_recently_used_first_out() {
        let (_announce, changes) = broadcast::channel(4);
        let entry = 1 + 100 + ENTRY_OVERHEAD;
        let cache = ResponseCache::hearing(changes, entry * 8);
        for key in ["a", "b", "c", "d", "e", "f", "g", "h"] {
            cache.store(miss(&cache, key), Bytes::from(vec![b'x'; 100]));
        }
        assert_eq!(cache.bytes(), entry * 8);
        assert!(held(&cache, "a").is_some(), "now the most recently used");
        cache.store(miss(&cache, "i"), Bytes::from(vec![b'x'; 100]));
        assert_eq!(cache.bytes(), entry * 8);
        assert!(held(&cache, "b").is_none(), "the least recently used went");
        assert!(held(&cache, "a").is_some());
        // Over an eighth of the budget: not kept.
        cache.store(miss(&cache, "big"), Bytes::from(vec![b'x'; entry]));
        assert!(held(&cache, "big").is_none());
        assert_eq!(cache.bytes(), entry * 8);
    }
}
