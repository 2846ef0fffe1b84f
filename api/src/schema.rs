//! The schema, the limits every request runs under, and the codes its errors carry.

use std::sync::Arc;

use async_graphql::futures_util::stream::{self, BoxStream, StreamExt};
use async_graphql::{Data, Executor, Request, Response, Schema, ServerError};
use lawtracker_core::Store;

use crate::error::code;
use crate::mutation::Mutation;
use crate::query::Query;
use crate::subscription::SubscriptionRoot;

pub type LawtrackerSchema = Schema<Query, Mutation, SubscriptionRoot>;

/// Deep enough for provision → incidents → incident → facility and → citations →
/// source → title (depth 7) with room to spare; shallow enough to stop abuse.
pub const MAX_DEPTH: usize = 12;
/// Each list field costs its page size times its children, so this caps the rows a
/// single query can ask for (e.g. 100 incidents × 5 citations × 4 fields).
pub const MAX_COMPLEXITY: usize = 5_000;

/// The schema without a database, for SDL export.
pub fn build_schema() -> LawtrackerSchema {
    builder().finish()
}

/// The schema serving `store`, with its errors' codes.
pub fn schema_for(store: Store) -> CodedSchema {
    CodedSchema(builder().data(store).finish())
}

fn builder() -> async_graphql::SchemaBuilder<Query, Mutation, SubscriptionRoot> {
    Schema::build(Query, Mutation, SubscriptionRoot).limit_depth(MAX_DEPTH).limit_complexity(MAX_COMPLEXITY)
}

/// The SDL `lawtracker schema` prints and `schema.graphql` holds.
pub fn sdl() -> String {
    build_schema().sdl()
}

/// The schema, giving every error a stable `extensions.code`. Resolver errors
/// already carry one (see `error.rs`); this covers errors raised by async-graphql
/// itself: syntax, validation (including the depth and complexity limits) and
/// argument coercion. Every HTTP request and subscription goes through it.
///
/// Why not an async-graphql `Extension`: with any extension registered,
/// async-graphql wraps every field of every response in the extension chain (a
/// boxed future and a registry lookup per field), which cost Q2 of the benchmark,
/// 100 links with ~1,500 fields, 14% of its throughput. The codes only need the
/// finished response and the parse step, so they are given here.
#[derive(Clone)]
pub struct CodedSchema(pub LawtrackerSchema);

impl Executor for CodedSchema {
    async fn execute(&self, mut request: Request) -> Response {
        let started = std::time::Instant::now();
        let operation = crate::metrics::operation_name(&mut request);
        let response = match refused_by_parser(&mut request) {
            Some(response) => response,
            None => with_codes(self.0.execute(request).await),
        };
        crate::metrics::record_execution(operation, &response, started.elapsed());
        response
    }

    fn execute_stream(&self, mut request: Request, session_data: Option<Arc<Data>>) -> BoxStream<'static, Response> {
        if let Some(response) = refused_by_parser(&mut request) {
            return stream::once(async move { response }).boxed();
        }
        self.0.execute_stream_with_session_data(request, session_data.unwrap_or_default()).map(with_codes).boxed()
    }
}

/// Parses the request's document in place (the schema reuses it, as does anyone who
/// parsed it before), so that a syntax error is known as one: the response to a
/// document that does not parse, or `None`.
fn refused_by_parser(request: &mut Request) -> Option<Response> {
    let error = request.parsed_query().err()?;
    Some(Response::from_errors(vec![coded(error, Stage::Parse)]))
}

/// Where an error without a code arose.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Parse,
    /// Anything after parsing: the depth check, validation, choosing the
    /// operation, execution.
    Later,
}

fn with_codes(mut response: Response) -> Response {
    response.errors = response.errors.into_iter().map(|error| coded(error, Stage::Later)).collect();
    response
}

/// The error with its code; one it already carries is kept.
fn coded(mut error: ServerError, stage: Stage) -> ServerError {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    if extensions.get("code").is_none() {
        let message = error.message.as_str();
        let code = if message.contains("recursion depth") || message.contains("nested too deep") {
            code::QUERY_TOO_DEEP
        } else if stage == Stage::Parse {
            code::PARSE_FAILED
        } else if message.contains("too complex") {
            code::QUERY_TOO_COMPLEX
        } else if error.path.is_empty() && !error.locations.is_empty() {
            // Raised before any field ran, at a place in the document: validation.
            code::VALIDATION_FAILED
        } else {
            // Raised at a field: resolvers code their own errors, so this is an
            // argument that failed to coerce (e.g. a bad Date). Or raised nowhere in
            // the document: an `operationName` that names no operation.
            code::BAD_USER_INPUT
        };
        extensions.set("code", code);
    }
    error
}
