//! The schema, the limits every request runs under, and the codes its errors carry.

use std::sync::{Arc, LazyLock};

use async_graphql::futures_util::stream::{self, BoxStream, StreamExt};
use async_graphql::{Data, Executor, Request, Response, Schema, ServerError, Value};
use lawtracker_core::Store;

use crate::cost::{self, Cost, HEAVY_COST, MAX_COST, MAX_DEPTH, MAX_INTROSPECTION_LISTS};
use crate::error::code;
use crate::measures::MeasureQuery;
use crate::mutation::Mutation;
use crate::order::Order;
use crate::query::ReadQuery;

/// The query root: the reads, and measures across the law (a module of its own).
#[derive(async_graphql::MergedObject, Default)]
pub struct Query(ReadQuery, MeasureQuery);
use crate::subscription::Subscription;

pub type LawtrackerSchema = Schema<Query, Mutation, Subscription>;

/// How the schema serves: what a deployment may switch off.
#[derive(Clone, Debug)]
pub struct SchemaOptions {
    /// Answer `__schema` and `__type` (tools read the schema with them). A
    /// production deployment may switch it off (`lawtracker serve --no-introspection`).
    pub introspection: bool,
}

impl Default for SchemaOptions {
    fn default() -> Self {
        SchemaOptions { introspection: true }
    }
}

/// The schema without a database, for SDL export.
pub fn build_schema() -> LawtrackerSchema {
    builder().finish()
}

/// The schema serving `store`, with its errors' codes.
pub fn schema_for(store: Store) -> CodedSchema {
    schema_with(store, &SchemaOptions::default())
}

/// The schema serving `store` as `options` say.
pub fn schema_with(store: Store, options: &SchemaOptions) -> CodedSchema {
    schema_with_policy(store, options, Default::default())
}

/// [`schema_with`], registering webhooks under `webhook_policy`.
pub fn schema_with_policy(
    store: Store,
    options: &SchemaOptions,
    webhook_policy: Arc<crate::net_policy::NetPolicy>,
) -> CodedSchema {
    let builder = builder().data(store).data(webhook_policy);
    let builder = if options.introspection { builder } else { builder.disable_introspection() };
    CodedSchema { schema: builder.finish(), introspection: options.introspection, heavy: heavy_gate() }
}

/// One heavy query at a time per core. A query of [`HEAVY_COST`] or more (a page of
/// provisions, each with its page of evidence) holds megabytes of rows and answer
/// while it runs: 32 of them at once took the server to 226 MiB at 1M incidents
/// (BENCHMARKS.md), and interleaving them on the cores only makes each one finish
/// later. Past this many, heavy queries wait their turn; light ones never wait.
fn heavy_gate() -> Arc<tokio::sync::Semaphore> {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    Arc::new(tokio::sync::Semaphore::new(cores))
}

/// Depth and cost are checked by `cost.rs` before execution, not by async-graphql's
/// own limits (which count introspection and cannot explain a refusal).
fn builder() -> async_graphql::SchemaBuilder<Query, Mutation, Subscription> {
    Schema::build(Query::default(), Mutation, Subscription)
}

/// The SDL `lawtracker schema` prints and `schema.graphql` holds. With the
/// scalars' `@specifiedBy` URLs, which introspection answers too, so that the schema
/// a tool rebuilds from introspection is this one.
pub fn sdl() -> String {
    build_schema().sdl_with_options(async_graphql::SDLExportOptions::new().include_specified_by())
}

/// The schema's fields as `cost` counts them, read once from its own SDL.
pub(crate) static COST_TABLE: LazyLock<cost::TypeTable> = LazyLock::new(|| cost::TypeTable::from_sdl(&sdl()));

/// The schema, giving every error a stable `extensions.code`, every response its
/// cost (`extensions.cost`) and every response map the order of its selection.
/// Resolver errors already carry a code (see `error.rs`); this covers errors raised
/// by async-graphql itself: syntax, validation and argument coercion, and the depth
/// and cost limits checked here. Every HTTP request and subscription goes through it.
///
/// Why not an async-graphql `Extension`: with any extension registered,
/// async-graphql wraps every field of every response in the extension chain (a
/// boxed future and a registry lookup per field), which cost Q2 of the benchmark,
/// 100 links with ~1,500 fields, 14% of its throughput. All of this only needs the
/// parsed document and the finished response, so it is done here.
#[derive(Clone)]
pub struct CodedSchema {
    schema: LawtrackerSchema,
    /// When off, a query reading the schema is refused with a clear error (with
    /// introspection disabled, async-graphql answers `__schema: null` silently).
    introspection: bool,
    /// Turns for the queries that cost [`HEAVY_COST`] or more (see [`heavy_gate`]).
    heavy: Arc<tokio::sync::Semaphore>,
}

impl Executor for CodedSchema {
    async fn execute(&self, mut request: Request) -> Response {
        let started = std::time::Instant::now();
        let operation = crate::metrics::operation_name(&mut request);
        let response = match prepare(&mut request, self.introspection) {
            Ok(plan) => {
                // Held until the answer is built; the semaphore is never closed.
                let _turn = match plan.is_heavy() {
                    true => self.heavy.acquire().await.ok(),
                    false => None,
                };
                plan.finish(with_codes(self.schema.execute(request).await))
            }
            Err(response) => *response,
        };
        crate::metrics::record_execution(operation, &response, started.elapsed());
        response
    }

    fn execute_stream(&self, mut request: Request, session_data: Option<Arc<Data>>) -> BoxStream<'static, Response> {
        // A query or mutation over `/ws` has one answer: it runs as over HTTP, taking its
        // turn if heavy and counted in the metrics.
        if !is_subscription(&mut request) {
            let schema = self.clone();
            return stream::once(async move { schema.execute(request).await }).boxed();
        }
        let plan = match prepare(&mut request, self.introspection) {
            Ok(plan) => plan,
            Err(response) => return stream::once(async move { *response }).boxed(),
        };
        let plan = Arc::new(plan);
        self.schema
            .execute_stream_with_session_data(request, session_data.unwrap_or_default())
            .map(move |response| plan.finish(with_codes(response)))
            .boxed()
    }
}

/// Whether the request runs a subscription. One that does not parse, or names no
/// operation it has, is left to [`prepare`] to refuse.
fn is_subscription(request: &mut Request) -> bool {
    let operation_name = request.operation_name.clone();
    let Ok(document) = request.parsed_query() else { return true };
    cost::select(document, operation_name.as_deref())
        .is_none_or(|operation| operation.ty == async_graphql::parser::types::OperationType::Subscription)
}

/// What is known of a request before it runs: its cost and the order its answer's
/// maps must follow.
struct Plan {
    cost: Option<Cost>,
    order: Order,
}

impl Plan {
    fn is_heavy(&self) -> bool {
        self.cost.as_ref().is_some_and(|cost| cost.requested >= HEAVY_COST)
    }

    fn finish(&self, mut response: Response) -> Response {
        self.order.apply(&mut response.data);
        if let Some(cost) = &self.cost {
            response.extensions.insert("cost".into(), cost_extension(cost));
        }
        response
    }
}

fn cost_extension(cost: &Cost) -> Value {
    Value::from_json(serde_json::json!({ "requested": cost.requested, "limit": MAX_COST })).expect("numbers are values")
}

/// Parses the request's document in place (the schema reuses it, as does anyone
/// who parsed it before) and checks its depth and cost: the plan to run it by, or
/// the response refusing it.
/// (The refusal is boxed: a `Response` is large, and the plan is the common case.)
fn prepare(request: &mut Request, introspection: bool) -> Result<Plan, Box<Response>> {
    if let Some(response) = refused_by_parser(request) {
        return Err(Box::new(response));
    }
    // Taken out for the while the document is borrowed, then put back.
    let variables = std::mem::take(&mut request.variables);
    let operation_name = request.operation_name.clone();
    let document = request.parsed_query().expect("parsed just above");
    let cost = cost::of(&COST_TABLE, document, operation_name.as_deref(), &variables);
    let order = cost::select(document, operation_name.as_deref())
        .map(|operation| Order::of(document, &operation.selection_set.node))
        .unwrap_or_default();
    request.variables = variables;
    if let Some(cost) = &cost {
        if cost.introspection && !introspection {
            let mut error = ServerError::new(
                "introspection is switched off on this server (`lawtracker serve --no-introspection`): \
                 read the schema from schema.graphql",
                None,
            );
            error.extensions.get_or_insert_with(Default::default).set("code", code::VALIDATION_FAILED);
            return Err(Box::new(Response::from_errors(vec![error])));
        }
        if let Some(error) = refused_by_limits(cost) {
            let mut response = Response::from_errors(vec![error]);
            response.extensions.insert("cost".into(), cost_extension(cost));
            return Err(Box::new(response));
        }
    }
    Ok(Plan { cost, order })
}

/// A `QUERY_TOO_DEEP` refusal that states the depth found and the limit.
fn too_deep(message: String, depth: usize, limit: usize) -> ServerError {
    let mut error = ServerError::new(message, None);
    let extensions = error.extensions.get_or_insert_with(Default::default);
    extensions.set("code", code::QUERY_TOO_DEEP);
    extensions.set("depth", depth as u64);
    extensions.set("limit", limit as u64);
    error
}

/// The error refusing a query deeper or costlier than the limits, saying by how
/// much and what to change.
fn refused_by_limits(cost: &Cost) -> Option<ServerError> {
    if cost.introspection_lists > MAX_INTROSPECTION_LISTS {
        let message = format!(
            "the query nests {} introspection lists (types, fields, args, ...); the limit is \
             {MAX_INTROSPECTION_LISTS}, as in graphql-js's introspection query",
            cost.introspection_lists
        );
        return Some(too_deep(message, cost.introspection_lists, MAX_INTROSPECTION_LISTS));
    }
    if cost.depth > MAX_DEPTH {
        let message = format!(
            "the query is nested {} levels deep; the limit is {MAX_DEPTH} (introspection does not count): \
             ask for the deeper objects in a second query, by their id",
            cost.depth
        );
        return Some(too_deep(message, cost.depth, MAX_DEPTH));
    }
    if cost.requested <= MAX_COST {
        return None;
    }
    let hint = match &cost.heaviest {
        Some((field, first)) => format!(
            "most of it comes from `{field}` (page size {first}): lower its `first`, or fetch fewer rows and page with `after`"
        ),
        None => "ask for fewer nested lists, or page with `first` and `after`".to_string(),
    };
    let mut error = ServerError::new(
        format!(
            "the query could return {} objects; the limit is {MAX_COST} (each list counts its page size times what each row asks for): {hint}",
            cost.requested
        ),
        None,
    );
    let extensions = error.extensions.get_or_insert_with(Default::default);
    extensions.set("code", code::QUERY_TOO_COMPLEX);
    extensions.set("cost", cost.requested);
    extensions.set("limit", MAX_COST);
    if let Some((field, _)) = &cost.heaviest {
        extensions.set("field", field.as_str());
    }
    Some(error)
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    /// Provisions with their incidents and quotes: 1 + 30 × (2 + 35 × 7) = 7,411
    /// objects, above `HEAVY_COST` and within `MAX_COST`. On an empty database it
    /// answers at once.
    const HEAVY: &str = "{ provisions(first: 30) { nodes { slug incidents(first: 35) {
        relation incident { title } citations { quote } } } } }";
    const LIGHT: &str = "{ provisions(first: 5) { nodes { slug } } }";

    async fn empty_schema() -> (CodedSchema, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("lawtracker-heavy-gate-{}.sqlite", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let store = Store::open(&format!("sqlite://{}", path.display())).await.expect("open a fresh database");
        (schema_for(store), path)
    }

    /// A heavy query waits while every turn is taken, a light one never does, and
    /// the heavy one answers as soon as a turn is free.
    #[tokio::test]
    async fn heavy_queries_take_turns_light_ones_do_not_wait() {
        let (schema, path) = empty_schema().await;
        let turns = schema.heavy.available_permits();
        let held = schema.heavy.clone().acquire_many_owned(turns as u32).await.expect("the gate is open");

        let waiting = tokio::time::timeout(Duration::from_millis(200), schema.execute(Request::new(HEAVY))).await;
        assert!(waiting.is_err(), "a heavy query ran although every turn was taken");
        let light = schema.execute(Request::new(LIGHT)).await;
        assert!(light.errors.is_empty(), "a light query answers while heavy ones wait: {:?}", light.errors);

        // Over `/ws` (a stream) too: a heavy query does not skip the queue.
        let mut streamed = schema.execute_stream(Request::new(HEAVY), None);
        let waiting = tokio::time::timeout(Duration::from_millis(200), streamed.next()).await;
        assert!(waiting.is_err(), "a heavy query over a stream ran although every turn was taken");

        drop(held);
        let streamed = streamed.next().await.expect("the streamed query answers once a turn is free");
        assert!(streamed.errors.is_empty(), "{:?}", streamed.errors);
        let heavy = schema.execute(Request::new(HEAVY)).await;
        assert!(heavy.errors.is_empty(), "the heavy query answers once a turn is free: {:?}", heavy.errors);
        let cost = heavy.extensions.get("cost").expect("the cost is reported");
        let requested = serde_json::to_value(cost).unwrap()["requested"].as_u64().unwrap();
        assert!(requested >= HEAVY_COST, "the test's heavy query is heavy ({requested})");
        let _ = std::fs::remove_file(path);
    }
}
