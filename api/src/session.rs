//! Signing in to the front end: `POST /auth/sign-in`, `POST /auth/sign-out`,
//! `GET /auth/session` and `POST /auth/accept-invitation`. A session lives in an
//! HttpOnly, SameSite=Strict cookie (Secure when the request came over HTTPS); a
//! write made with it must carry the session's CSRF token in `X-CSRF-Token`, and
//! any request with an `Origin` must come from this server's own origin.
//!
//! Sign-in is throttled per login and per client address, and says the same
//! "wrong login or password" for an unknown login, a wrong password and a disabled
//! account (see `Store::sign_in`).

use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, Extensions, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use cookie::{Cookie, SameSite};
use governor::{DefaultKeyedRateLimiter, Quota};
use lawtracker_core::accounts::{csrf_token, SignInError, SESSION_LIFETIME};
use lawtracker_core::auth::Principal;
use lawtracker_core::{Store, StoreError};
use serde::Deserialize;
use serde_json::json;

use crate::error::code;
use crate::rate_limit::{client_address, too_many};

/// The session cookie's name.
pub const COOKIE: &str = "lt_session";
/// The header a cookie-authenticated write carries its CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The session a request's cookie names, as the GraphQL layer needs it.
#[derive(Clone, Debug)]
pub struct SessionCookie {
    pub secret: String,
    /// Whether the request carried this session's CSRF token and no foreign `Origin`:
    /// only then may it write.
    pub may_write: bool,
}

/// The session cookie of a request, if it has one.
pub fn session_cookie(headers: &HeaderMap) -> Option<SessionCookie> {
    let secret = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == COOKIE)?
        .value()
        .to_string();
    let csrf = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
    let may_write = csrf == Some(csrf_token(&secret).as_str()) && same_origin(headers);
    Some(SessionCookie { secret, may_write })
}

/// True unless the request says it comes from a page of another origin. Browsers
/// send `Origin` with every cross-origin request and with same-origin `POST`s;
/// scripts and tools send none.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else { return true };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin);
    !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
}

/// Sign-in attempts allowed per login and per client address, in this process.
#[derive(Clone)]
pub struct Throttle {
    by_login: Arc<DefaultKeyedRateLimiter<String>>,
    by_address: Arc<DefaultKeyedRateLimiter<String>>,
}

/// Past this many keys a limiter forgets those whose attempts are long replenished,
/// so a spray of made-up logins cannot grow memory without bound.
const MAX_TRACKED: usize = 10_000;

impl Default for Throttle {
    /// Five attempts per login then one every 12 s; twenty per address then one every 3 s.
    fn default() -> Self {
        let quota = |per_minute: u32| Quota::per_minute(NonZeroU32::new(per_minute).expect("a positive quota"));
        Throttle {
            by_login: Arc::new(DefaultKeyedRateLimiter::keyed(quota(5))),
            by_address: Arc::new(DefaultKeyedRateLimiter::keyed(quota(20))),
        }
    }
}

impl Throttle {
    /// `Err(seconds to wait)` when this login or address has tried too often.
    fn check(&self, login: &str, address: &str) -> Result<(), u64> {
        for (limiter, key) in [(&self.by_login, login.trim().to_lowercase()), (&self.by_address, address.to_string())] {
            if limiter.len() > MAX_TRACKED {
                limiter.retain_recent();
            }
            if let Err(not_until) = limiter.check_key(&key) {
                let wait =
                    not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()));
                return Err(wait.as_secs().max(1));
            }
        }
        Ok(())
    }
}

#[derive(Clone)]
struct AuthState {
    store: Store,
    throttle: Throttle,
    /// Whether the client address is the last `X-Forwarded-For` entry (as for the rate limit).
    trust_forwarded_for: bool,
}

/// The `/auth` routes.
pub fn routes<S: Clone + Send + Sync + 'static>(
    store: Store,
    throttle: Throttle,
    trust_forwarded_for: bool,
) -> Router<S> {
    Router::new()
        .route("/auth/sign-in", post(sign_in))
        .route("/auth/sign-out", post(sign_out))
        .route("/auth/session", get(current))
        .route("/auth/accept-invitation", post(accept_invitation))
        .with_state(AuthState { store, throttle, trust_forwarded_for })
}

#[derive(Deserialize)]
struct SignIn {
    login: String,
    password: String,
}

#[derive(Deserialize)]
struct Acceptance {
    code: String,
    login: String,
    password: String,
}

fn error(status: StatusCode, code: &str, message: &str, field: Option<&str>) -> Response {
    let mut extensions = json!({ "code": code });
    if let Some(field) = field {
        extensions["field"] = json!(field);
    }
    (status, Json(json!({ "errors": [{ "message": message, "extensions": extensions }] }))).into_response()
}

fn store_failure(err: &StoreError) -> Response {
    match err {
        StoreError::Invalid(problems) => {
            let first = problems.first();
            let message = first.map_or_else(|| err.to_string(), |p| format!("{}: {}", p.field, p.message));
            error(StatusCode::BAD_REQUEST, code::BAD_USER_INPUT, &message, first.map(|p| p.field.as_str()))
        }
        StoreError::DatabaseUnavailable { .. } => {
            let mut response =
                error(StatusCode::SERVICE_UNAVAILABLE, code::DATABASE_UNAVAILABLE, &err.to_string(), None);
            response.headers_mut().extend(crate::http::unavailable_headers());
            response
        }
        _ => {
            tracing::error!(error = %err, "account operation failed");
            error(StatusCode::INTERNAL_SERVER_ERROR, code::INTERNAL, "internal error; it has been logged", None)
        }
    }
}

/// `{login, role, csrfToken}` with the cookie that carries the session.
fn signed_in(headers: &HeaderMap, secret: &str, principal: &Principal) -> Response {
    let https = headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let cookie = Cookie::build((COOKIE, secret.to_string()))
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(https)
        .path("/")
        .max_age(cookie::time::Duration::seconds(SESSION_LIFETIME.num_seconds()))
        .build();
    let mut response = Json(described(secret, principal)).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn described(secret: &str, principal: &Principal) -> serde_json::Value {
    let role: &'static str = principal.role.into();
    json!({ "login": principal.name, "role": role, "csrfToken": csrf_token(secret) })
}

async fn sign_in(
    State(auth): State<AuthState>,
    extensions: Extensions,
    headers: HeaderMap,
    Json(body): Json<SignIn>,
) -> Response {
    if !same_origin(&headers) {
        return error(StatusCode::FORBIDDEN, code::FORBIDDEN, "sign in from this server's own pages", None);
    }
    let address = client_address(&headers, &extensions, auth.trust_forwarded_for).to_string();
    if let Err(wait) = auth.throttle.check(&body.login, &address) {
        return too_many(format!("too many sign-in attempts; try again in {wait} s"), wait);
    }
    match auth.store.sign_in(&body.login, &body.password).await {
        Ok(session) => signed_in(&headers, &session.secret, &session.principal),
        Err(SignInError::Refused) => {
            error(StatusCode::UNAUTHORIZED, code::UNAUTHENTICATED, "wrong login or password", None)
        }
        Err(SignInError::Store(err)) => store_failure(&err),
    }
}

async fn accept_invitation(
    State(auth): State<AuthState>,
    headers: HeaderMap,
    Json(body): Json<Acceptance>,
) -> Response {
    if !same_origin(&headers) {
        return error(StatusCode::FORBIDDEN, code::FORBIDDEN, "accept invitations from this server's own pages", None);
    }
    match auth.store.accept_invitation(&body.code, &body.login, &body.password).await {
        Ok(session) => signed_in(&headers, &session.secret, &session.principal),
        Err(err) => store_failure(&err),
    }
}

async fn current(State(auth): State<AuthState>, headers: HeaderMap) -> Response {
    let Some(cookie) = session_cookie(&headers) else {
        return error(StatusCode::UNAUTHORIZED, code::UNAUTHENTICATED, "not signed in", None);
    };
    match auth.store.session_principal(&cookie.secret).await {
        Ok(Some(principal)) => {
            let mut response = Json(described(&cookie.secret, &principal)).into_response();
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Ok(None) => {
            error(StatusCode::UNAUTHORIZED, code::UNAUTHENTICATED, "the session has ended; sign in again", None)
        }
        Err(err) => store_failure(&err),
    }
}

async fn sign_out(State(auth): State<AuthState>, headers: HeaderMap) -> Response {
    let Some(cookie) = session_cookie(&headers) else { return StatusCode::NO_CONTENT.into_response() };
    if !cookie.may_write {
        return error(StatusCode::FORBIDDEN, code::FORBIDDEN, "signing out needs the session's X-CSRF-Token", None);
    }
    if let Err(err) = auth.store.sign_out(&cookie.secret).await {
        return store_failure(&err);
    }
    let expired = Cookie::build((COOKIE, ""))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .max_age(cookie::time::Duration::ZERO)
        .build();
    let mut response = StatusCode::NO_CONTENT.into_response();
    if let Ok(value) = HeaderValue::from_str(&expired.to_string()) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
