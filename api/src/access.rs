//! Who is calling: the request's bearer token and the role it grants, checked by
//! every mutation (curation and webhooks alike) before it touches the store.

use async_graphql::Context;
use lawtracker_core::auth::{AuthError, AuthOrStoreError, Principal, Role};
use lawtracker_core::Store;

use crate::error::{code, mutation_error, user_error};

/// The bearer token of the request, if any (set by the HTTP layer).
#[derive(Clone, Default)]
pub struct Credentials(pub Option<String>);

pub async fn authorize(ctx: &Context<'_>, needed: Role) -> async_graphql::Result<Principal> {
    let token = ctx.data::<Credentials>().ok().and_then(|c| c.0.clone());
    ctx.data::<Store>()?.authorize(token.as_deref(), needed).await.map_err(|e| match e {
        AuthOrStoreError::Auth(AuthError::Forbidden { .. }) => user_error(code::FORBIDDEN, None, e.to_string()),
        AuthOrStoreError::Auth(auth) => user_error(code::UNAUTHENTICATED, None, auth.to_string()),
        AuthOrStoreError::Store(store) => mutation_error(&store),
    })
}
