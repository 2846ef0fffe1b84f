//! HTTP caching of `GET` queries: an `ETag` derived from what was asked and the
//! data's current version, `If-None-Match` answered with `304`, and the
//! deployment's `Cache-Control`.
//!
//! The version is read *before* the query runs: a write landing in between makes
//! the answer newer than its tag says, which costs a client at most one refetch,
//! never a stale page (the next version gives another tag).

use axum::http::{header, HeaderMap, HeaderValue};
use sha2::{Digest, Sha256};

use super::negotiation::MediaType;
use super::params::Params;

/// What `GET` answers carry unless `--cache-control` says otherwise: any cache may
/// keep them but must ask again (a cheap `304` when nothing changed).
pub const DEFAULT_CACHE_CONTROL: &str = "public, max-age=0, must-revalidate";

/// The headers a `GET` answer varies on besides its URL.
pub const VARY: &str = "Accept, Accept-Language, Authorization";

/// A strong `ETag` for the answer to `params`, as `media`, at `data_version`. It
/// covers everything the answer depends on: the document, operation, variables,
/// the headers in [`VARY`], and the data.
pub fn etag(document: &str, params: &Params, media: MediaType, headers: &HeaderMap, data_version: i64) -> HeaderValue {
    let mut hasher = Sha256::new();
    let mut part = |bytes: &[u8]| {
        // Length-prefixed, so that no two different requests hash the same bytes.
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    part(document.as_bytes());
    part(params.operation_name.as_deref().unwrap_or("").as_bytes());
    part(serde_json::to_string(&params.variables).unwrap_or_default().as_bytes());
    part(media.content_type().as_bytes());
    for name in [header::ACCEPT_LANGUAGE, header::AUTHORIZATION] {
        part(headers.get(&name).map_or(&b""[..], |v| v.as_bytes()));
    }
    part(&data_version.to_le_bytes());
    let digest = hex::encode(&hasher.finalize()[..16]);
    HeaderValue::from_str(&format!("\"{digest}\"")).expect("hex is a valid header value")
}

/// Whether the client's `If-None-Match` names `etag` (or is `*`).
pub fn not_modified(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let etag = etag.to_str().unwrap_or("");
    headers.get_all(header::IF_NONE_MATCH).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(
        |tag| {
            let tag = tag.trim();
            tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag
        },
    )
}
