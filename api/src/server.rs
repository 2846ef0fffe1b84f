//! The HTTP server: `POST`/`GET /graphql`, `/ws` (see `ws`), GraphiQL at `/`,
//! `/healthz` (the process is up), `/readyz` (and its database answers), `/metrics`.

use std::future::Future;
use std::time::Duration;

use axum::extract::{FromRef, Query, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{any, get};
use axum::{Json, Router};
use lawtracker_core::dataset::{self, Dataset, LoadOutcome};
use lawtracker_core::store::standby::{StandbyOptions, Standbys};
use lawtracker_core::store::PoolSettings;
use lawtracker_core::{Store, StoreError};
use tokio::net::TcpListener;
use tower_http::cors::{Any, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::access::bearer_token;
use crate::error::code;
use crate::graphiql;
use crate::http::{self, apq::PersistedQueries, cache, response_cache, GraphqlEndpoint};
use crate::loaders::loaders;
use crate::rate_limit::{RateLimitConfig, RateLimiter};
use crate::schema::{schema_with_policy, CodedSchema, SchemaOptions};
use crate::webhooks::{self, DeliveryConfig};
use crate::ws::{WsEndpoint, WsLimits};

/// GraphQL documents are small; anything larger is a mistake or an attack.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// How long a handler may run (the query, not the request's arrival).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a client may take to send a request's line and headers; also how long
/// an idle keep-alive connection stays open.
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a client may take, once its headers are in, to send the body.
pub const DEFAULT_REQUEST_DEADLINE: Duration = Duration::from_secs(10);

#[derive(Clone)]
struct AppState {
    schema: CodedSchema,
    store: Store,
    graphql: GraphqlEndpoint,
    limiter: Option<RateLimiter>,
    ws: WsEndpoint,
    /// The hot standbys reads may go to (`--replica-url`), for `/metrics`.
    standbys: Option<Standbys>,
}

impl FromRef<AppState> for GraphqlEndpoint {
    fn from_ref(state: &AppState) -> GraphqlEndpoint {
        state.graphql.clone()
    }
}

impl FromRef<AppState> for WsEndpoint {
    fn from_ref(state: &AppState) -> WsEndpoint {
        state.ws.clone()
    }
}

pub use crate::http::cache::DEFAULT_CACHE_CONTROL;

/// What a deployment may change about how the API is served (`lawtracker serve`'s flags).
#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub schema: SchemaOptions,
    /// The `Cache-Control` of successful `GET /graphql` answers.
    pub cache_control: String,
    pub rate_limit: RateLimitConfig,
    pub webhooks: DeliveryConfig,
    /// `/ws`: its timeouts and caps.
    pub ws: WsLimits,
    /// A client that has not sent a request's headers whole by then is disconnected.
    pub header_read_timeout: Duration,
    /// A body not arrived whole this long after its headers is answered 408.
    pub request_deadline: Duration,
    /// How long requests wait for the database (see [`PoolSettings`]).
    pub database: PoolSettings,
    /// Hot standbys for anonymous reads (`--replica-url`, `--max-replica-lag`); none by default.
    pub replicas: StandbyOptions,
    /// Where `lawtracker release` wrote the releases served at `/data/releases/`.
    pub releases_dir: Option<std::path::PathBuf>,
    /// The byte budget of the cache of anonymous query answers (`--response-cache-bytes`,
    /// see `http::response_cache`); 0: no cache.
    pub response_cache_bytes: usize,
}

/// The defaults have no rate limit: for tests and embedding. `lawtracker serve`
/// applies its flags' limits.
impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            schema: SchemaOptions::default(),
            cache_control: cache::DEFAULT_CACHE_CONTROL.to_string(),
            rate_limit: RateLimitConfig::disabled(),
            webhooks: DeliveryConfig::default(),
            ws: WsLimits::default(),
            header_read_timeout: DEFAULT_HEADER_READ_TIMEOUT,
            request_deadline: DEFAULT_REQUEST_DEADLINE,
            // Embedding and tests wait as long as a one-off command; `serve`'s flags
            // default to `PoolSettings::SERVING`.
            database: PoolSettings::default(),
            replicas: StandbyOptions::default(),
            releases_dir: None,
            // Off, like the rate limit: an embedder (or a test) writing through the
            // store on PostgreSQL and reading at once must not wait for its own NOTIFY.
            // `serve` defaults to `response_cache::DEFAULT_BUDGET_BYTES`.
            response_cache_bytes: 0,
        }
    }
}

/// Opens (creating and migrating if needed) the database and, unless told not to,
/// loads the shipped dataset into it if it is fresh.
pub async fn prepare(database_url: &str, load_dataset: bool) -> Result<Store, StoreError> {
    prepare_with(database_url, PoolSettings::default(), load_dataset).await
}

/// [`prepare`], the pool waiting for the database as `settings` say.
pub async fn prepare_with(database_url: &str, settings: PoolSettings, load_dataset: bool) -> Result<Store, StoreError> {
    let store = Store::open_with(database_url, settings).await?;
    if load_dataset {
        match dataset::load(&store, &Dataset::embedded()?).await? {
            LoadOutcome::Loaded { digest } => tracing::info!(%digest, "loaded the shipped dataset"),
            LoadOutcome::AlreadyLoaded { digest } => {
                tracing::info!(%digest, "shipped dataset already loaded")
            }
            LoadOutcome::Skipped { reason } => {
                tracing::info!(%reason, "shipped dataset not loaded")
            }
        }
    }
    // After the load: subscribers hear of changes made from now on.
    store.listen_for_changes().await?;
    Ok(store)
}

pub fn router(store: Store) -> Router {
    router_with(store, &ServeOptions::default()).expect("the default options are valid")
}

/// The router serving `store` as `options` say; an error names an option that is not valid.
pub fn router_with(store: Store, options: &ServeOptions) -> Result<Router, String> {
    let cache_control = HeaderValue::from_str(&options.cache_control)
        .map_err(|_| format!("--cache-control {:?} is not a valid header value", options.cache_control))?;
    options.ws.validate()?;
    crate::metrics::install();
    let limiter = RateLimiter::new(&options.rate_limit, store.clone())?;
    let schema = schema_with_policy(store.clone(), &options.schema, options.webhooks.policy.clone());
    let standbys = standbys(&store, &options.replicas)?;
    // Not with standbys: see `http::response_cache` on why their answers are not kept.
    let responses = match standbys {
        None => response_cache::ResponseCache::new(&store, options.response_cache_bytes),
        Some(_) => None,
    };
    let graphql = GraphqlEndpoint {
        schema: schema.clone(),
        store: store.clone(),
        persisted: PersistedQueries::default(),
        cache_control,
        standbys: standbys.clone(),
        responses,
    };
    let ws = WsEndpoint::new(schema.clone(), store.clone(), options.ws.clone(), options.rate_limit.trust_forwarded_for);
    let state = AppState { schema, store, graphql, limiter: limiter.clone(), ws, standbys };
    // Reads are public, so any origin may call; credentials are never sent cross-site.
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION]);
    let api = Router::new()
        .route("/", get(graphiql::page))
        .route("/graphiql/{*path}", get(graphiql::asset))
        .route("/graphql", get(http::graphql).post(http::graphql))
        .route("/ws", any(crate::ws::upgrade))
        .route("/incidents.geojson", get(incidents_geojson))
        .merge(crate::session::routes(
            state.store.clone(),
            crate::session::Throttle::default(),
            options.rate_limit.trust_forwarded_for,
        ))
        .merge(crate::opendata::routes(state.store.clone(), state.standbys.clone()))
        .merge(crate::sync::routes(state.store.clone()))
        .merge(crate::feeds::routes(state.store.clone()))
        .merge(crate::cite::routes(state.store.clone()))
        .merge(crate::jsonld::routes(state.store.clone()))
        .merge(crate::releases::routes(options.releases_dir.clone()))
        .nest_service("/app", crate::web_app::service());
    // Limits apply to the routes above only: health checks and scrapes are never refused.
    let api = match limiter {
        Some(limiter) => api.route_layer(axum::middleware::from_fn_with_state(limiter, crate::rate_limit::limit)),
        None => api,
    };
    Ok(api
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .layer(axum::middleware::from_fn_with_state(options.request_deadline, http::deadline::read_body_within))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(cors)
        .layer(TraceLayer::new_for_http())
        .with_state(state))
}

/// The standbys `options` name, their lag measured from now on; `None` without any.
/// Their pools open lazily: a standby down at start is read from once it answers.
fn standbys(store: &Store, options: &StandbyOptions) -> Result<Option<Standbys>, String> {
    if options.urls.is_empty() {
        return Ok(None);
    }
    let standbys = Standbys::new(store, options).map_err(|error| error.to_string())?;
    let measured = standbys.clone();
    // The first measurement holds a clone until it is done; the loop after it only a
    // weak reference, so it ends with the router.
    tokio::spawn(async move { drop(measured.start().await) });
    Ok(Some(standbys))
}

/// Serves until `shutdown` resolves, then finishes in-flight requests. No rate limit
/// (see [`serve_with`]).
pub async fn serve(
    listener: TcpListener,
    store: Store,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, store, &ServeOptions::default(), shutdown).await
}

/// [`serve`], as `options` say, until `shutdown` resolves; then in-flight requests finish.
pub async fn serve_with(
    listener: TcpListener,
    store: Store,
    options: &ServeOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = router_with(store.clone(), options).map_err(std::io::Error::other)?;
    // The webhook sender runs beside the server: every replica sends, leases keep them from doubling up.
    let sender = webhooks::spawn_sender(store.clone(), options.webhooks.clone());
    // Stopping: requests in flight finish (the accept loop's graceful shutdown) and
    // live subscriptions end with `complete` (upgraded connections are not tracked).
    let stopping = store.clone();
    let shutdown = async move {
        shutdown.await;
        stopping.begin_shutdown();
    };
    let result = crate::listen::serve(listener, router, options.header_read_timeout, shutdown).await;
    sender.abort();
    result
}

/// `GET /incidents.geojson?from=&to=&facility=&kind=&campaign=&includeDisputed=`: the
/// same filters as the `incidents` query, answered by the `incidentsGeojson` field
/// itself so the two can never disagree.
async fn incidents_geojson(
    State(app): State<AppState>,
    headers: axum::http::HeaderMap,
    Query(params): Query<std::collections::HashMap<String, String>>,
) -> axum::response::Response {
    let mut filter = serde_json::Map::new();
    for (name, value) in params {
        let bad = |message: String| {
            let body = serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code::BAD_USER_INPUT, "field": name } }] });
            (StatusCode::BAD_REQUEST, Json(body)).into_response()
        };
        let value = match name.as_str() {
            "kind" => serde_json::Value::String(value.to_uppercase()),
            "from" | "to" | "facility" | "campaign" => serde_json::Value::String(value),
            "includeDisputed" => match value.as_str() {
                "true" => serde_json::Value::Bool(true),
                "false" => serde_json::Value::Bool(false),
                _ => return bad(format!("includeDisputed must be true or false, got {value:?}")),
            },
            _ => {
                return bad(format!(
                    "unknown parameter {name:?}; use from, to, facility, kind, campaign, includeDisputed"
                ))
            }
        };
        filter.insert(name, value);
    }
    // A download, read like any anonymous query: on a standby when one is fresh enough.
    let variables = serde_json::json!({ "filter": filter });
    let mut route =
        http::replica_route::Route::choose(&app.store, app.standbys.as_ref(), bearer_token(&headers).is_some());
    let (response, _) = route
        .execute(&app.schema, |store| {
            async_graphql::Request::new("query($filter: IncidentFilterInput) { incidentsGeojson(filter: $filter) }")
                .variables(async_graphql::Variables::from_json(variables.clone()))
                .data(loaders(store.clone()))
        })
        .await;
    let mut response_headers = axum::http::HeaderMap::new();
    route.finish(&mut response_headers);
    if !response.errors.is_empty() {
        let body = Json(serde_json::json!({ "errors": response.errors }));
        if http::database_unavailable(&response) {
            return (StatusCode::SERVICE_UNAVAILABLE, http::unavailable_headers(), body).into_response();
        }
        return (StatusCode::BAD_REQUEST, body).into_response();
    }
    let data = response.data.into_json().unwrap_or_default();
    response_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/geo+json"));
    (response_headers, Json(data["incidentsGeojson"].clone())).into_response()
}

async fn metrics(State(app): State<AppState>) -> axum::response::Response {
    let shared_limits = app.limiter.as_ref().and_then(RateLimiter::shared_state);
    crate::metrics::render(&app.store, shared_limits, app.standbys.as_ref(), app.graphql.responses.as_ref()).await
}

/// Liveness: the process answers. It does not ask the database, so that an
/// orchestrator does not restart every process while PostgreSQL is down (a restart
/// would not bring it back, and the processes recover by themselves when it is).
async fn healthz(State(app): State<AppState>) -> impl IntoResponse {
    Json(serde_json::json!({ "status": "ok", "backend": backend_name(&app.store) }))
}

/// Readiness: the database answers too. A load balancer sends requests elsewhere
/// while this says 503.
async fn readyz(State(app): State<AppState>) -> axum::response::Response {
    match app.store.ping().await {
        Ok(()) => Json(serde_json::json!({ "status": "ready", "backend": backend_name(&app.store) })).into_response(),
        Err(error) => {
            tracing::warn!(%error, "readiness check: the database does not answer");
            let body = serde_json::json!({ "status": "unavailable", "backend": backend_name(&app.store) });
            (StatusCode::SERVICE_UNAVAILABLE, http::unavailable_headers(), Json(body)).into_response()
        }
    }
}

fn backend_name(store: &Store) -> &'static str {
    match store.backend() {
        lawtracker_core::Backend::Sqlite => "sqlite",
        lawtracker_core::Backend::Postgres => "postgres",
    }
}
