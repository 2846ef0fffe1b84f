//! The schema and the limits every request runs under.

use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextRequest, NextValidation,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Response, Schema, ServerError, ServerResult, ValidationResult, Variables};
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

/// The schema serving `store`.
pub fn schema_for(store: Store) -> LawtrackerSchema {
    builder().data(store).finish()
}

fn builder() -> async_graphql::SchemaBuilder<Query, Mutation, SubscriptionRoot> {
    Schema::build(Query, Mutation, SubscriptionRoot)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .extension(ErrorCodes)
}

/// The SDL `lawtracker schema` prints and `schema.graphql` holds.
pub fn sdl() -> String {
    build_schema().sdl()
}

/// Gives every error a stable `extensions.code`. Resolver errors already carry one
/// (see `error.rs`); this covers errors raised by async-graphql itself: syntax,
/// validation (including the depth and complexity limits) and argument coercion.
struct ErrorCodes;

impl ExtensionFactory for ErrorCodes {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ErrorCodes)
    }
}

fn tag(error: &mut ServerError, code: &'static str) {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    if extensions.get("code").is_none() {
        extensions.set("code", code);
    }
}

#[async_trait::async_trait]
impl Extension for ErrorCodes {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        for error in &mut response.errors {
            // Anything untagged by now failed on the client's input (e.g. a bad Date).
            tag(error, code::BAD_USER_INPUT);
        }
        response
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        next.run(ctx, query, variables).await.map_err(|mut error| {
            let too_deep = error.message.contains("recursion depth");
            tag(&mut error, if too_deep { code::QUERY_TOO_DEEP } else { code::PARSE_FAILED });
            error
        })
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        next.run(ctx).await.map_err(|mut errors| {
            for error in &mut errors {
                let specific = match error.message.as_str() {
                    m if m.contains("nested too deep") => code::QUERY_TOO_DEEP,
                    m if m.contains("too complex") => code::QUERY_TOO_COMPLEX,
                    _ => code::VALIDATION_FAILED,
                };
                tag(error, specific);
            }
            errors
        })
    }
}
