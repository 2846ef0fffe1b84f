//! Who is calling: the request's bearer token and the role it grants, checked by
//! every mutation (curation and webhooks alike) before it touches the store.

use async_graphql::Context;
use axum::http::{header, HeaderMap};
use lawtracker_core::auth::{AuthError, AuthOrStoreError, Principal, Role};
use lawtracker_core::Store;

use crate::error::{code, mutation_error, user_error};

/// The bearer token of the request, if any (set by the HTTP layer).
#[derive(Clone, Default)]
pub struct Credentials(pub Option<String>);

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
    let token = ctx.data::<Credentials>().ok().and_then(|c| c.0.clone());
    ctx.data::<Store>()?.authorize(token.as_deref(), needed).await.map_err(|e| match e {
        AuthOrStoreError::Auth(AuthError::Forbidden { .. }) => user_error(code::FORBIDDEN, None, e.to_string()),
        AuthOrStoreError::Auth(auth) => user_error(code::UNAUTHENTICATED, None, auth.to_string()),
        AuthOrStoreError::Store(store) => mutation_error(&store),
    })
}
