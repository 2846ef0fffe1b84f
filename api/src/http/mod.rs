//! `/graphql` over HTTP, as the GraphQL-over-HTTP specification asks: `POST`
//! (`application/json`) and `GET` (queries only), content negotiation between
//! `application/graphql-response+json` and `application/json`, status codes that
//! tell request errors apart, `ETag`/`304` and `Cache-Control` on `GET`,
//! automatic persisted queries, and a cache of anonymous answers (`response_cache`).

pub mod apq;
pub mod cache;
pub mod deadline;
pub mod negotiation;
pub mod params;
pub mod replica_route;
pub mod response_cache;

use std::collections::BTreeMap;

use async_graphql::parser::types::OperationType;
use async_graphql::{ServerError, Value, Variables};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use lawtracker_core::store::standby::Standbys;
use lawtracker_core::{Store, StoreError};
use serde::Serialize;

use crate::access::Credentials;
use crate::error::{code, store_error};
use crate::loaders::loaders;
use crate::schema::CodedSchema;
use crate::types::PreferredLanguage;
use apq::{ApqError, PersistedQueries};
use negotiation::MediaType;
use params::Refusal;
use response_cache::ResponseCache;

/// Everything `/graphql` needs, shared by its requests.
#[derive(Clone)]
pub struct GraphqlEndpoint {
    pub schema: CodedSchema,
    pub store: Store,
    pub persisted: PersistedQueries,
    /// Sent with every successful `GET` answer.
    pub cache_control: HeaderValue,
    /// Hot standbys for anonymous reads (`serve --replica-url`); `None`: all on `store`.
    pub standbys: Option<Standbys>,
    /// Answers to anonymous queries (`serve --response-cache-bytes`); `None`: off,
    /// always with standbys.
    pub responses: Option<ResponseCache>,
}

pub async fn graphql(
    State(endpoint): State<GraphqlEndpoint>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(media) = negotiation::response_media(&headers) else {
        let refusal = Refusal {
            status: StatusCode::NOT_ACCEPTABLE,
            message: format!("accepts neither {} nor {}", negotiation::GRAPHQL_RESPONSE_JSON, negotiation::JSON),
        };
        return refused(MediaType::Json, refusal);
    };
    let is_get = method == Method::GET;
    let params = if is_get { params::from_query_string(&uri) } else { params::from_body(&headers, &body) };
    let params = match params {
        Ok(params) => params,
        Err(refusal) => return refused(media, refusal),
    };
    let document = match endpoint.persisted.resolve(params.query.clone(), &params.extensions) {
        Ok(Some(document)) => document,
        Ok(None) => {
            let message = "no `query` given; send {\"query\": \"...\"} (or a persisted query's hash)";
            return refused(media, Refusal { status: StatusCode::BAD_REQUEST, message: message.into() });
        }
        // Apollo clients retry with the text on this answer, so it is a 200 whatever the media type.
        Err(ApqError::NotFound) => {
            let error = coded_error(apq::NOT_FOUND_MESSAGE, apq::NOT_FOUND_CODE);
            return respond(
                media,
                StatusCode::OK,
                &async_graphql::Response::from_errors(vec![error]),
                HeaderMap::new(),
            );
        }
        Err(ApqError::Invalid(message)) => {
            return refused(media, Refusal { status: StatusCode::BAD_REQUEST, message });
        }
    };

    let mut request = new_request(&document, &params);
    let mut response_headers = HeaderMap::new();
    let credentials = Credentials::of(&headers);
    // A curator (a token or a session) reads their own writes: always the primary.
    let curator = credentials.token.is_some() || credentials.session.is_some();
    // Only anonymous requests are cached: their answer is the same for everyone who asks.
    let anonymous = !headers.contains_key(header::AUTHORIZATION) && credentials.session.is_none();
    let cache = endpoint.responses.as_ref().filter(|_| anonymous);
    let key = cache.map(|_| ResponseCache::key(&document, &params, media, &headers));
    // A POST is answered from the cache before its document is parsed; a GET after its
    // ETag, below.
    if let (Some(cache), Some(key), false) = (cache, &key, is_get) {
        if let Some(body) = cache.get(key) {
            return cached_answer(media, body, response_headers);
        }
    }
    // Only asked when it matters (a GET, routing to standbys, the response cache): it
    // parses the document, in place, so the schema does not parse it again.
    let mutation = (is_get || endpoint.standbys.is_some() || endpoint.responses.is_some())
        && runs_mutation(&mut request, params.operation_name.as_deref());
    // Before the data version, so that the ETag and the answer come from one server.
    let mut route = replica_route::Route::choose(&endpoint.store, endpoint.standbys.as_ref(), mutation || curator);
    if is_get {
        // GET is for reads only: a link or a prefetch must never change data.
        if mutation {
            response_headers.insert(header::ALLOW, HeaderValue::from_static("POST"));
            let error = coded_error("mutations must be sent with POST", code::BAD_USER_INPUT);
            let response = async_graphql::Response::from_errors(vec![error]);
            return respond(media, StatusCode::METHOD_NOT_ALLOWED, &response, response_headers);
        }
        match route.data_version().await {
            Ok(version) => {
                let etag = cache::etag(&document, &params, media, &headers, version);
                response_headers.insert(header::CACHE_CONTROL, endpoint.cache_control.clone());
                response_headers.insert(header::VARY, HeaderValue::from_static(cache::VARY));
                if cache::not_modified(&headers, &etag) {
                    response_headers.insert(header::ETAG, etag);
                    route.finish(&mut response_headers);
                    return (StatusCode::NOT_MODIFIED, response_headers).into_response();
                }
                response_headers.insert(header::ETAG, etag);
            }
            // The database is down: say so now rather than wait for it again below.
            Err(error @ StoreError::DatabaseUnavailable { .. }) => {
                let response = async_graphql::Response::from_errors(vec![
                    store_error(&error).into_server_error(async_graphql::Pos::default())
                ]);
                return respond(media, StatusCode::SERVICE_UNAVAILABLE, &response, unavailable_headers());
            }
            // Without the version there is no honest tag: answer uncached.
            Err(error) => tracing::warn!(%error, "data version unavailable; answering without an ETag"),
        }
    }

    if let (Some(cache), Some(key), true) = (cache, &key, is_get) {
        if let Some(body) = cache.get(key) {
            route.finish(&mut response_headers);
            return cached_answer(media, body, response_headers);
        }
    }
    // Only queries are stored: the generation is read before the query runs.
    let cached = match (cache, key) {
        (Some(cache), Some(key)) if runs_query(&mut request, params.operation_name.as_deref()) => {
            Some((cache, cache.miss(key)))
        }
        _ => None,
    };

    let language = preferred_language(&headers);
    // The first run takes the request parsed above; a rerun on the primary builds another.
    let mut parsed = Some(request);
    let (response, retried) = route
        .execute(&endpoint.schema, |store| {
            let request = parsed.take().unwrap_or_else(|| new_request(&document, &params));
            with_request_data(request, store, credentials.clone(), language)
        })
        .await;
    if retried {
        // The tag was the standby's data version, not the primary's.
        response_headers.remove(header::ETAG);
    }
    if mutation {
        // Before the writer hears back, so that its next read is not an answer from
        // before its write (on PostgreSQL this process's own NOTIFY comes later).
        if let Some(responses) = &endpoint.responses {
            responses.invalidate();
        }
    }
    route.finish(&mut response_headers);
    if !response.errors.is_empty() {
        // Only answers without errors are worth keeping.
        response_headers.remove(header::ETAG);
        response_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let status = if database_unavailable(&response) {
        // Load balancers and clients retry a 503 elsewhere or later; a 200 would
        // tell a cache, a monitor or a retrying client that all went well.
        for (name, value) in &unavailable_headers() {
            response_headers.insert(name, value.clone());
        }
        StatusCode::SERVICE_UNAVAILABLE
    } else if media == MediaType::GraphQLResponseJson && is_request_error(&response) {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let Some((responses, ticket)) = cached else { return respond(media, status, &response, response_headers) };
    let Some(body) = serialize(&response).map(Bytes::from) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    // Only answers without errors, so that a passing failure is not kept for a generation.
    if status == StatusCode::OK && response.errors.is_empty() && !retried {
        responses.store(ticket, body.clone());
    }
    response_headers.insert(response_cache::CACHE_STATUS, response_cache::status_header(false));
    respond_bytes(media, status, body, response_headers)
}

/// Seconds a client is asked to wait before retrying while the database is
/// unavailable: about how long the pool waits for a connection before giving up.
const RETRY_AFTER_UNAVAILABLE: &str = "2";

/// Whether any error of `response` is the database being unavailable.
pub(crate) fn database_unavailable(response: &async_graphql::Response) -> bool {
    response.errors.iter().any(|error| {
        error.extensions.as_ref().and_then(|ext| ext.get("code")) == Some(&Value::from(code::DATABASE_UNAVAILABLE))
    })
}

/// `Retry-After` and `Cache-Control: no-store`, for a 503 while the database is unavailable.
pub(crate) fn unavailable_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER_UNAVAILABLE));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers
}

/// The request `params` ask for, running `document` (the query text, or a persisted query's).
fn new_request(document: &str, params: &params::Params) -> async_graphql::Request {
    let request = async_graphql::Request::new(document)
        .variables(Variables::from_json(serde_json::Value::Object(params.variables.clone())));
    match &params.operation_name {
        Some(name) => request.operation_name(name),
        None => request,
    }
}

/// What every operation runs with, over HTTP or over `/ws`: loaders of its own (their
/// cache must not outlive it), the caller's credentials, the language it prefers.
pub(crate) fn with_request_data(
    request: async_graphql::Request,
    store: &Store,
    credentials: Credentials,
    language: PreferredLanguage,
) -> async_graphql::Request {
    request.data(loaders(store.clone())).data(credentials).data(language)
}

/// The language of a request's `Accept-Language` header, if it names one we serve.
pub(crate) fn preferred_language(headers: &HeaderMap) -> PreferredLanguage {
    PreferredLanguage(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(crate::enums::Language::from_accept_language),
    )
}

/// Whether the operation the request runs is a mutation. Parses the document in
/// place, so the schema does not parse it again; a document that does not parse is
/// left to the schema to refuse.
fn runs_mutation(request: &mut async_graphql::Request, operation_name: Option<&str>) -> bool {
    let Ok(document) = request.parsed_query() else { return false };
    match crate::cost::select(document, operation_name) {
        Some(operation) => operation.ty == OperationType::Mutation,
        // No single operation chosen: refuse if any could be a mutation.
        None => document.operations.iter().any(|(_, op)| op.node.ty == OperationType::Mutation),
    }
}

/// Whether the request runs one query (not a mutation, not a subscription). Parses the
/// document in place, as [`runs_mutation`]; a document that does not parse is no query.
fn runs_query(request: &mut async_graphql::Request, operation_name: Option<&str>) -> bool {
    let Ok(document) = request.parsed_query() else { return false };
    crate::cost::select(document, operation_name).is_some_and(|operation| operation.ty == OperationType::Query)
}

/// A request error: the request was refused before execution began (it did not
/// parse, validate or coerce its variables, or was over a limit), so there is no
/// `data` at all, as opposed to a field error inside an executed response.
pub(crate) fn is_request_error(response: &async_graphql::Response) -> bool {
    response.data == Value::Null && !response.errors.is_empty() && response.errors.iter().all(|e| e.path.is_empty())
}

fn coded_error(message: &str, code: &str) -> ServerError {
    let mut error = ServerError::new(message, None);
    error.extensions.get_or_insert_with(Default::default).set("code", code);
    error
}

/// The body of a GraphQL response: no `data` entry on a request error.
#[derive(Serialize)]
struct Body<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<&'a Value>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [ServerError],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    extensions: &'a BTreeMap<String, Value>,
}

fn respond(media: MediaType, status: StatusCode, response: &async_graphql::Response, headers: HeaderMap) -> Response {
    match serialize(response) {
        Some(body) => respond_bytes(media, status, Bytes::from(body), headers),
        None => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The JSON body of `response`; `None` (logged, answered 500) would be our bug.
fn serialize(response: &async_graphql::Response) -> Option<Vec<u8>> {
    let data = (!is_request_error(response)).then_some(&response.data);
    let body = Body { data, errors: &response.errors, extensions: &response.extensions };
    serde_json::to_vec(&body).map_err(|error| tracing::error!(%error, "a response did not serialise")).ok()
}

/// An answer from the response cache.
fn cached_answer(media: MediaType, body: Bytes, mut headers: HeaderMap) -> Response {
    headers.insert(response_cache::CACHE_STATUS, response_cache::status_header(true));
    respond_bytes(media, StatusCode::OK, body, headers)
}

fn respond_bytes(media: MediaType, status: StatusCode, body: Bytes, mut headers: HeaderMap) -> Response {
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media.content_type()));
    (status, headers, body).into_response()
}

/// A request that is not a GraphQL request, refused with its status and a GraphQL
/// error body saying what was wrong.
fn refused(media: MediaType, refusal: Refusal) -> Response {
    let error = coded_error(&refusal.message, code::BAD_REQUEST);
    respond(media, refusal.status, &async_graphql::Response::from_errors(vec![error]), HeaderMap::new())
}
