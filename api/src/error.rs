//! How failures reach API clients: always a GraphQL error with a stable
//! `extensions.code`, never a panic or an HTTP 500 for bad input. Database details
//! are logged here and never sent (async-graphql's blanket `From<Display>` would
//! send them, so resolvers convert through [`ResultExt::gql`] instead of `?`).

use std::sync::Arc;

use async_graphql::{ErrorExtensions, Value};
use lawtracker_core::ids::IdError;
use lawtracker_core::{StoreError, WriteOutcome};

/// The codes clients can rely on; documented in the README.
pub mod code {
    pub const BAD_USER_INPUT: &str = "BAD_USER_INPUT";
    /// Not a GraphQL request at all: wrong content type, body not JSON, no `query`.
    pub const BAD_REQUEST: &str = "BAD_REQUEST";
    pub const NOT_FOUND: &str = "NOT_FOUND";
    pub const INTERNAL: &str = "INTERNAL_SERVER_ERROR";
    pub const PARSE_FAILED: &str = "GRAPHQL_PARSE_FAILED";
    pub const VALIDATION_FAILED: &str = "GRAPHQL_VALIDATION_FAILED";
    pub const QUERY_TOO_DEEP: &str = "QUERY_TOO_DEEP";
    pub const QUERY_TOO_COMPLEX: &str = "QUERY_TOO_COMPLEX";
    pub const UNAUTHENTICATED: &str = "UNAUTHENTICATED";
    pub const FORBIDDEN: &str = "FORBIDDEN";
    pub const CONFLICT: &str = "CONFLICT";
    /// Too many requests from one token or address; HTTP 429 with `Retry-After`.
    pub const RATE_LIMITED: &str = "RATE_LIMITED";
    /// A `subscribe` on a `/ws` socket already running as many operations as it may.
    pub const TOO_MANY_SUBSCRIPTIONS: &str = "TOO_MANY_SUBSCRIPTIONS";
    /// The request's body did not arrive whole within the request deadline; HTTP 408.
    pub const REQUEST_TIMEOUT: &str = "REQUEST_TIMEOUT";
    /// The database's disk is full: writes are refused until space is freed; reads work.
    pub const STORAGE_FULL: &str = "STORAGE_FULL";
    /// The database is down or unreachable: HTTP 503 with `Retry-After`; a mutation's
    /// error says in `writeOutcome` whether its change was not made or may have been.
    pub const DATABASE_UNAVAILABLE: &str = "DATABASE_UNAVAILABLE";
    /// A statement ran past the statement timeout and was cancelled.
    pub const STATEMENT_TIMEOUT: &str = "STATEMENT_TIMEOUT";
}

/// `extensions.writeOutcome` of a mutation a database failure interrupted.
fn write_outcome(outcome: WriteOutcome) -> &'static str {
    match outcome {
        WriteOutcome::NotWritten => "NOT_WRITTEN",
        WriteOutcome::Unknown => "UNKNOWN",
    }
}

/// `citations[0].quote` (the core's naming) → `input.citations[0].quote` (the argument's).
fn input_path(field: &str) -> String {
    let mut out = String::from("input");
    if field.is_empty() {
        return out;
    }
    out.push('.');
    let mut upper = false;
    for c in field.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// Like [`store_error`], for mutations: fields are named as paths in the `input` argument.
pub fn mutation_error(err: &StoreError) -> async_graphql::Error {
    match err {
        StoreError::Invalid(problems) => {
            let problems: Vec<lawtracker_core::Problem> = problems
                .iter()
                .map(|p| lawtracker_core::Problem { field: input_path(&p.field), ..p.clone() })
                .collect();
            let first = problems.first().map(|p| p.field.clone());
            store_error(&StoreError::Invalid(problems)).extend_with(|_, ext| {
                if let Some(field) = &first {
                    ext.set("field", field.as_str());
                }
            })
        }
        StoreError::Conflict { current, expected, .. } => {
            let (current, expected) = (*current, *expected);
            user_error(code::CONFLICT, Some("expectedVersion"), err.to_string()).extend_with(move |_, ext| {
                ext.set("currentVersion", current);
                ext.set("expectedVersion", expected);
            })
        }
        StoreError::Forbidden(message) => user_error(code::FORBIDDEN, None, message.clone()),
        StoreError::DatabaseUnavailable { outcome } | StoreError::StatementTimeout { outcome } => {
            let outcome = write_outcome(*outcome);
            store_error(err).extend_with(move |_, ext| ext.set("writeOutcome", outcome))
        }
        other => store_error(other),
    }
}

/// A client error with a code and, where one field is at fault, its name.
pub fn user_error(code: &'static str, field: Option<&str>, message: impl Into<String>) -> async_graphql::Error {
    let field = field.map(str::to_string);
    async_graphql::Error::new(message).extend_with(|_, ext| {
        ext.set("code", code);
        if let Some(field) = &field {
            ext.set("field", field.as_str());
        }
    })
}

pub fn store_error(err: &StoreError) -> async_graphql::Error {
    match err {
        StoreError::NotFound { .. } => user_error(code::NOT_FOUND, None, err.to_string()),
        StoreError::BadArgument { field, .. } => user_error(code::BAD_USER_INPUT, Some(field), err.to_string()),
        StoreError::FalseQuote { .. } => user_error(code::BAD_USER_INPUT, Some("quote"), err.to_string()),
        StoreError::StorageFull => user_error(code::STORAGE_FULL, None, err.to_string()),
        StoreError::DatabaseUnavailable { .. } => {
            tracing::warn!("the database is unavailable; answering 503");
            user_error(code::DATABASE_UNAVAILABLE, None, err.to_string())
        }
        StoreError::StatementTimeout { .. } => user_error(code::STATEMENT_TIMEOUT, None, err.to_string()),
        StoreError::Invalid(problems) => {
            let list: Vec<Value> = problems
                .iter()
                .map(|p| {
                    let mut map = async_graphql::indexmap::IndexMap::new();
                    map.insert(async_graphql::Name::new("record"), Value::from(p.record.as_str()));
                    map.insert(async_graphql::Name::new("field"), Value::from(p.field.as_str()));
                    map.insert(async_graphql::Name::new("message"), Value::from(p.message.as_str()));
                    Value::Object(map)
                })
                .collect();
            async_graphql::Error::new(err.to_string()).extend_with(|_, ext| {
                ext.set("code", code::BAD_USER_INPUT);
                ext.set("problems", Value::List(list.clone()));
            })
        }
        _ => {
            tracing::error!(error = %err, "store failure while answering a request");
            user_error(code::INTERNAL, None, "internal error; it has been logged")
        }
    }
}

pub fn id_error(field: &str, err: IdError) -> async_graphql::Error {
    user_error(code::BAD_USER_INPUT, Some(field), err.to_string())
}

/// `.gql()` turns store results into GraphQL results without leaking internals.
pub trait ResultExt<T> {
    fn gql(self) -> async_graphql::Result<T>;
}

impl<T> ResultExt<T> for Result<T, StoreError> {
    fn gql(self) -> async_graphql::Result<T> {
        self.map_err(|e| store_error(&e))
    }
}

impl<T> ResultExt<T> for Result<T, Arc<StoreError>> {
    fn gql(self) -> async_graphql::Result<T> {
        self.map_err(|e| store_error(&e))
    }
}
