//! Who is calling: the request's bearer token and the role it grants, checked by
//! every mutation (curation and webhooks alike) before it touches the store.

use async_graphql::Context;
use axum::http::{header, HeaderMap};
use lawtracker_core::auth::{AuthError, AuthOrStoreError, Principal, Role};
use lawtracker_core::Store;

use crate::error::{code, mutation_error, user_error};
use crate::session::{session_cookie, SessionCookie};

/// A request made with a session cookie: the session must be live, the account's role
/// at least `needed`, and a mutation must carry the session's CSRF token (a query
/// needs none: another site's page can send one but never read the answer).
async fn authorize_session(
    store: &Store,
    session: &SessionCookie,
    needed: Role,
    mutation: bool,
) -> async_graphql::Result<Principal> {
    if mutation && !session.may_write {
        return Err(user_error(
            code::FORBIDDEN,
            None,
            "a write made with a session needs its CSRF token in the X-CSRF-Token header (from GET /auth/session)",
        ));
    }
    let principal = store.session_principal(&session.secret).await.map_err(|e| mutation_error(&e))?;
    let principal =
        principal.ok_or_else(|| user_error(code::UNAUTHENTICATED, None, "the session has ended; sign in again"))?;
    if principal.role < needed {
        let message =
            format!("this operation needs the {needed} role; the account {:?} has {}", principal.name, principal.role);
        return Err(user_error(code::FORBIDDEN, None, message));
    }
    Ok(principal)
}

/// What the request carries to say who sends it (set by the HTTP layer): a bearer
/// token (scripts) or a session cookie (the front end). A token wins when both are sent.
#[derive(Clone, Default)]
pub struct Credentials {
    pub token: Option<String>,
    pub session: Option<SessionCookie>,
}

impl Credentials {
    /// The credentials of a request's headers.
    pub fn of(headers: &HeaderMap) -> Credentials {
        Credentials { token: bearer_token(headers).map(str::to_string), session: session_cookie(headers) }
    }

    pub fn token(token: Option<String>) -> Credentials {
        Credentials { token, session: None }
    }
}

/// The token of an `Authorization: Bearer …` value (the scheme in either case the
/// clients in use send), trimmed.
pub fn bearer(value: &str) -> Option<&str> {
    let token = value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer "))?;
    Some(token.trim())
}

/// The token of a request's `Authorization: Bearer …` header: what `/graphql`, the
/// rate limit and the `/ws` upgrade all read.
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    bearer(headers.get(header::AUTHORIZATION)?.to_str().ok()?)
}

pub async fn authorize(ctx: &Context<'_>, needed: Role) -> async_graphql::Result<Principal> {
    let credentials = ctx.data::<Credentials>().cloned().unwrap_or_default();
    let store = ctx.data::<Store>()?;
    if let (None, Some(session)) = (&credentials.token, &credentials.session) {
        let mutation = ctx.query_env.operation.node.ty == async_graphql::parser::types::OperationType::Mutation;
        return authorize_session(store, session, needed, mutation).await;
    }
    store.authorize(credentials.token.as_deref(), needed).await.map_err(|e| match e {
        AuthOrStoreError::Auth(AuthError::Forbidden { .. }) => user_error(code::FORBIDDEN, None, e.to_string()),
        AuthOrStoreError::Auth(auth) => user_error(code::UNAUTHENTICATED, None, auth.to_string()),
        AuthOrStoreError::Store(store) => mutation_error(&store),
    })
}
