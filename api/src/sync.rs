//! `GET /changes?since=CURSOR&limit=N`: every revision after a cursor, in commit
//! order, as NDJSON (see `lawtracker_core::opendata::changes`). Plain HTTP, so that
//! a copy can be kept in sync with `curl` and a loop, no GraphQL client needed.
//!
//! How to go on: while more revisions follow, a `Link: <...>; rel="next"` header
//! gives the URL of the next page; `Resume-Cursor` always gives the cursor to ask
//! with next time (the last line's, or `since` itself when nothing was new).

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use lawtracker_core::opendata::changes::{self, DEFAULT_LIMIT, MAX_LIMIT};
use lawtracker_core::{Store, StoreError};

use crate::error::code;

pub const NDJSON: &str = "application/x-ndjson";
/// The header that names the cursor to resume from.
pub const RESUME_CURSOR: &str = "resume-cursor";

pub fn routes<S: Clone + Send + Sync + 'static>(store: Store) -> Router<S> {
    Router::new().route("/changes", get(changes_since)).with_state(store)
}

/// A refused request: a JSON error in the shape GraphQL errors have
/// (`errors[0].extensions.code` and `field`), its message in English with the French
/// beside it (`messageFr`). Small, so handlers can return it through `?`.
#[derive(Debug)]
pub(crate) struct Refusal {
    status: StatusCode,
    code: &'static str,
    field: Option<String>,
    english: String,
    french: String,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "errors": [{
            "message": self.english,
            "extensions": { "code": self.code, "field": self.field, "messageFr": self.french },
        }] });
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().extend(crate::http::unavailable_headers());
        }
        response
    }
}

pub(crate) fn json_error(status: StatusCode, code: &'static str, english: String, french: String) -> Refusal {
    Refusal { status, code, field: None, english, french }
}

/// A bad query parameter, named in `field`.
pub(crate) fn bad_parameter(field: &str, english: String, french: String) -> Refusal {
    Refusal {
        status: StatusCode::BAD_REQUEST,
        code: code::BAD_USER_INPUT,
        field: Some(field.to_string()),
        english,
        french,
    }
}

/// The answer when the store cannot be read: 503 and when to retry, never a 500.
pub(crate) fn unreadable(error: StoreError) -> Refusal {
    tracing::error!(%error, "cannot read the database");
    json_error(
        StatusCode::SERVICE_UNAVAILABLE,
        code::DATABASE_UNAVAILABLE,
        "The data cannot be read right now; try again shortly.".into(),
        "Les données ne peuvent pas être lues pour le moment ; réessayez dans un instant.".into(),
    )
}

/// The page size asked for: 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] when absent.
fn parse_limit(text: Option<&String>) -> Result<usize, Refusal> {
    let Some(text) = text else { return Ok(DEFAULT_LIMIT) };
    match text.parse::<usize>() {
        Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(bad_parameter(
            "limit",
            format!("limit must be a whole number from 1 to {MAX_LIMIT}, not {text:?}."),
            format!("limit doit être un nombre entier de 1 à {MAX_LIMIT}, pas « {text} »."),
        )),
    }
}

async fn changes_since(
    State(store): State<Store>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, Refusal> {
    if let Some(name) = params.keys().find(|name| !matches!(name.as_str(), "since" | "limit")) {
        return Err(bad_parameter(
            name,
            format!("Unknown parameter {name:?}: /changes takes since and limit."),
            format!("Paramètre inconnu « {name} » : /changes prend since et limit."),
        ));
    }
    let after = match params.get("since").map(|since| changes::parse_cursor(since)) {
        None => 0,
        Some(Ok(after)) => after,
        Some(Err(_)) => {
            let since = &params["since"];
            return Err(bad_parameter(
                "since",
                format!("since {since:?} is not a cursor this feed gave (a line's cursor, or Resume-Cursor)."),
                format!("since « {since} » n'est pas un curseur donné par ce flux (le curseur d'une ligne, ou Resume-Cursor)."),
            ));
        }
    };
    let limit = parse_limit(params.get("limit"))?;
    // One more than asked, to learn whether another page follows.
    let mut rows = store.revisions(None, Some(after), limit + 1).await.map_err(unreadable)?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    let resume = changes::cursor_after(rows.last().map_or(after, |r| r.commit_seq));
    let body: String = rows.iter().map(changes::change_line).collect();
    let mut response = ([(header::CONTENT_TYPE, NDJSON), (header::CACHE_CONTROL, "no-cache")], body).into_response();
    let headers = response.headers_mut();
    // Cursors are URL-safe base64: they go into the URL as they are.
    if let Ok(value) = HeaderValue::from_str(&resume) {
        headers.insert(RESUME_CURSOR, value);
    }
    if more {
        if let Ok(value) = HeaderValue::from_str(&format!("</changes?since={resume}&limit={limit}>; rel=\"next\"")) {
            headers.insert(header::LINK, value);
        }
    }
    Ok(response)
}
