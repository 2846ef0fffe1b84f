//! What one client may hold open on `/ws`, and the counts that enforce it.
//!
//! Sockets are counted per client address from the upgrade on, and per token from
//! the `connection_init` that names it; operations are counted per socket. The
//! counts forget a key as soon as its last socket closes, so a spray of addresses
//! or tokens leaves nothing behind.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// `lawtracker serve`'s defaults (its `--ws-*` flags).
pub const DEFAULT_INIT_TIMEOUT: Duration = Duration::from_secs(3);
pub const DEFAULT_KEEPALIVE: Duration = Duration::from_secs(12);
pub const DEFAULT_MAX_OPERATIONS: usize = 100;
pub const DEFAULT_MAX_SOCKETS_PER_ADDRESS: usize = 128;
pub const DEFAULT_MAX_SOCKETS_PER_TOKEN: usize = 32;
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = crate::server::MAX_BODY_BYTES;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WsLimits {
    /// How long a socket may stay open without a `connection_init` (then 4408). The
    /// graphql-ws reference server waits 3 s.
    pub init_timeout: Duration,
    /// The server pings (a WebSocket ping frame) this often, and drops a peer from
    /// which nothing at all has come in a whole interval after a ping. Zero: no pings.
    /// The reference server's default is 12 s.
    pub keepalive: Duration,
    /// Operations (subscriptions, and queries in flight) one socket may run at once.
    pub max_operations: usize,
    /// Sockets open at once from one client address (an office behind one NAT has a
    /// tab each: the front end opens one socket per tab).
    pub max_sockets_per_address: usize,
    /// Sockets open at once with one token (a curator's windows and scripts).
    pub max_sockets_per_token: usize,
    /// The largest message (and frame) a client may send; a larger one closes the
    /// socket with 1009. The same as the largest `/graphql` body.
    pub max_message_bytes: usize,
}

impl Default for WsLimits {
    fn default() -> Self {
        WsLimits {
            init_timeout: DEFAULT_INIT_TIMEOUT,
            keepalive: DEFAULT_KEEPALIVE,
            max_operations: DEFAULT_MAX_OPERATIONS,
            max_sockets_per_address: DEFAULT_MAX_SOCKETS_PER_ADDRESS,
            max_sockets_per_token: DEFAULT_MAX_SOCKETS_PER_TOKEN,
            max_message_bytes: DEFAULT_MAX_MESSAGE_BYTES,
        }
    }
}

impl WsLimits {
    /// An error names the flag whose value cannot work.
    pub fn validate(&self) -> Result<(), String> {
        let positive = [
            ("--ws-max-subscriptions", self.max_operations),
            ("--ws-max-sockets-per-address", self.max_sockets_per_address),
            ("--ws-max-sockets-per-token", self.max_sockets_per_token),
            ("--ws-max-message-bytes", self.max_message_bytes),
        ];
        if let Some((flag, _)) = positive.iter().find(|(_, value)| *value == 0) {
            return Err(format!("{flag} must be at least 1"));
        }
        if self.init_timeout.is_zero() {
            return Err("--ws-init-timeout-ms must be at least 1".into());
        }
        Ok(())
    }
}

/// Open sockets per key, shared by every socket of the server.
pub struct Tally<K> {
    counts: Arc<Mutex<HashMap<K, usize>>>,
}

impl<K> Clone for Tally<K> {
    fn clone(&self) -> Self {
        Tally { counts: self.counts.clone() }
    }
}

impl<K> Default for Tally<K> {
    fn default() -> Self {
        Tally { counts: Arc::default() }
    }
}

impl<K: Hash + Eq + Clone> Tally<K> {
    /// A place for one more socket of `key`, or `None` when it already has `cap`.
    pub fn take(&self, key: K, cap: usize) -> Option<Slot<K>> {
        let mut counts = self.counts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = counts.entry(key.clone()).or_default();
        if *count >= cap {
            return None;
        }
        *count += 1;
        Some(Slot { key, counts: self.counts.clone() })
    }

    /// How many keys hold a socket (to check that closed ones are forgotten).
    pub fn keys(&self) -> usize {
        self.counts.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).len()
    }
}

/// One socket's place in a [`Tally`]; given back when dropped.
pub struct Slot<K: Hash + Eq> {
    key: K,
    counts: Arc<Mutex<HashMap<K, usize>>>,
}

impl<K: Hash + Eq> Drop for Slot<K> {
    fn drop(&mut self) {
        let mut counts = self.counts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(count) = counts.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_holds_up_to_its_cap_and_is_forgotten_when_its_last_slot_goes() {
        let tally = Tally::<&str>::default();
        let first = tally.take("a", 2).expect("room for one");
        let second = tally.take("a", 2).expect("room for two");
        assert!(tally.take("a", 2).is_none(), "the cap holds");
        let other = tally.take("b", 2).expect("another key has its own count");
        drop(first);
        let third = tally.take("a", 2).expect("a closed socket frees its place");
        drop((second, third, other));
        assert_eq!(tally.keys(), 0, "no key is kept once its sockets are closed");
    }

    #[test]
    fn a_cap_of_zero_is_refused_by_name() {
        let limits = WsLimits { max_operations: 0, ..WsLimits::default() };
        assert!(limits.validate().unwrap_err().contains("--ws-max-subscriptions"));
        assert!(WsLimits::default().validate().is_ok());
    }
}
