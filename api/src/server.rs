//! The HTTP server: `POST`/`GET /graphql`, GraphiQL at `/`, `/healthz`.

use std::future::Future;
use std::time::Duration;

use async_graphql::Executor;
use async_graphql_axum::GraphQLSubscription;
use axum::extract::{FromRef, Query, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use lawtracker_core::dataset::{self, Dataset, LoadOutcome};
use lawtracker_core::{Store, StoreError};
use tokio::net::TcpListener;
use tower_http::cors::{Any, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::error::code;
use crate::graphiql;
use crate::http::{self, apq::PersistedQueries, cache, GraphqlEndpoint};
use crate::loaders::loaders;
use crate::schema::{schema_with, CodedSchema, SchemaOptions};
use crate::webhooks::{self, DeliveryConfig};

/// GraphQL documents are small; anything larger is a mistake or an attack.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Clone)]
struct AppState {
    schema: CodedSchema,
    store: Store,
    graphql: GraphqlEndpoint,
}

impl FromRef<AppState> for GraphqlEndpoint {
    fn from_ref(state: &AppState) -> GraphqlEndpoint {
        state.graphql.clone()
    }
}

pub use crate::http::cache::DEFAULT_CACHE_CONTROL;

/// What a deployment may change about how the API is served (`lawtracker serve`'s flags).
#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub schema: SchemaOptions,
    /// The `Cache-Control` of successful `GET /graphql` answers.
    pub cache_control: String,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions { schema: SchemaOptions::default(), cache_control: cache::DEFAULT_CACHE_CONTROL.to_string() }
    }
}

/// Opens (creating and migrating if needed) the database and, unless told not to,
/// loads the shipped dataset into it if it is fresh.
pub async fn prepare(database_url: &str, load_dataset: bool) -> Result<Store, StoreError> {
    let store = Store::open(database_url).await?;
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
    let schema = schema_with(store.clone(), &options.schema);
    let graphql = GraphqlEndpoint {
        schema: schema.clone(),
        store: store.clone(),
        persisted: PersistedQueries::default(),
        cache_control,
    };
    let state = AppState { schema, store, graphql };
    // Reads are public, so any origin may call; credentials are never sent cross-site.
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION]);
    Ok(Router::new()
        .route("/", get(graphiql::page))
        .route("/graphiql/{*path}", get(graphiql::asset))
        .route("/graphql", get(http::graphql).post(http::graphql))
        .route_service("/ws", GraphQLSubscription::new(state.schema.clone()))
        .route("/healthz", get(healthz))
        .route("/incidents.geojson", get(incidents_geojson))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(cors)
        .layer(TraceLayer::new_for_http())
        .with_state(state))
}

/// Serves until `shutdown` resolves, then finishes in-flight requests.
pub async fn serve(
    listener: TcpListener,
    store: Store,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, store, &ServeOptions::default(), shutdown).await
}

/// [`serve`], as `options` say.
pub async fn serve_with(
    listener: TcpListener,
    store: Store,
    options: &ServeOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = router_with(store.clone(), options).map_err(std::io::Error::other)?;
    // The webhook sender runs beside the server: every replica sends, leases keep them from doubling up.
    let sender = webhooks::spawn_sender(store.clone(), DeliveryConfig::default());
    let result = axum::serve(listener, router).with_graceful_shutdown(shutdown).await;
    sender.abort();
    result
}

/// `GET /incidents.geojson?from=&to=&facility=&kind=&campaign=`: the same filters as
/// the `incidents` query, answered by the `incidentsGeojson` field itself so the two
/// can never disagree.
async fn incidents_geojson(
    State(app): State<AppState>,
    Query(params): Query<std::collections::HashMap<String, String>>,
) -> axum::response::Response {
    let mut filter = serde_json::Map::new();
    for (name, value) in params {
        let value = if name == "kind" { value.to_uppercase() } else { value };
        if !["from", "to", "facility", "kind", "campaign"].contains(&name.as_str()) {
            let body = serde_json::json!({ "errors": [{ "message": format!("unknown parameter {name:?}; use from, to, facility, kind, campaign"), "extensions": { "code": code::BAD_USER_INPUT, "field": name } }] });
            return (StatusCode::BAD_REQUEST, Json(body)).into_response();
        }
        filter.insert(name, serde_json::Value::String(value));
    }
    let request =
        async_graphql::Request::new("query($filter: IncidentFilterInput) { incidentsGeojson(filter: $filter) }")
            .variables(async_graphql::Variables::from_json(serde_json::json!({ "filter": filter })))
            .data(loaders(app.store.clone()));
    let response = app.schema.execute(request).await;
    if !response.errors.is_empty() {
        let body = serde_json::json!({ "errors": response.errors });
        return (StatusCode::BAD_REQUEST, Json(body)).into_response();
    }
    let data = response.data.into_json().unwrap_or_default();
    ([(header::CONTENT_TYPE, "application/geo+json")], Json(data["incidentsGeojson"].clone())).into_response()
}

async fn healthz(State(app): State<AppState>) -> impl IntoResponse {
    match app.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(serde_json::json!({ "status": "ok", "backend": format!("{:?}", app.store.backend()).to_lowercase() })),
        ),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "status": "unavailable" })))
        }
    }
}
