//! Accounts for administrators over GraphQL: who has an account, invitations, and
//! disabling (the front end's team page; `lawtracker user` does the same from a shell).

use async_graphql::{Context, Enum, Object, SimpleObject};
use lawtracker_core::accounts::{Account, INVITATION_LIFETIME};
use lawtracker_core::auth::Role;
use lawtracker_core::Store;

use crate::access::authorize;
use crate::error::{code, mutation_error, user_error, ResultExt};

/// What an account or token may do.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "Role")]
pub enum RoleValue {
    /// Writes become proposals, published once an editor approves them.
    Contributor,
    /// Writes publish; reviews others' proposals.
    Editor,
    /// Also deletions, source ratings, webhooks and accounts.
    Admin,
}

impl From<RoleValue> for Role {
    fn from(role: RoleValue) -> Self {
        match role {
            RoleValue::Contributor => Role::Contributor,
            RoleValue::Editor => Role::Editor,
            RoleValue::Admin => Role::Admin,
        }
    }
}

impl From<Role> for RoleValue {
    fn from(role: Role) -> Self {
        match role {
            Role::Contributor => RoleValue::Contributor,
            Role::Editor => RoleValue::Editor,
            Role::Admin => RoleValue::Admin,
        }
    }
}

/// A person who signs in to the front end (never their password).
pub struct AccountObject(pub Account);

#[Object(name = "Account")]
impl AccountObject {
    async fn login(&self) -> &str {
        &self.0.login
    }
    async fn role(&self) -> RoleValue {
        self.0.role.into()
    }
    async fn created_at(&self) -> &str {
        &self.0.created_at
    }
    /// Set once disabled: the account can no longer sign in.
    async fn disabled_at(&self) -> Option<&str> {
        self.0.disabled_at.as_deref()
    }
}

/// Who is asking: what a front end shows in its header and which buttons it offers.
#[derive(SimpleObject)]
pub struct Viewer {
    /// The token's name or the account's login: what revisions record as the author.
    name: String,
    role: RoleValue,
}

/// `viewer`: the caller (a token or a session), or null for an anonymous request.
pub async fn viewer(ctx: &Context<'_>) -> async_graphql::Result<Option<Viewer>> {
    let credentials = ctx.data::<crate::access::Credentials>().cloned().unwrap_or_default();
    if credentials.token.is_none() && credentials.session.is_none() {
        return Ok(None);
    }
    let who = authorize(ctx, Role::Contributor).await?;
    Ok(Some(Viewer { name: who.name, role: who.role.into() }))
}

/// A one-time invitation: shown once, valid for a week.
#[derive(SimpleObject)]
pub struct Invitation {
    /// The code to hand to the invited person; it is not stored and cannot be shown again.
    code: String,
    role: RoleValue,
    /// The front end's page that accepts it, relative to this server.
    link: String,
    /// How many days it may wait to be used.
    valid_days: i64,
}

pub async fn accounts(ctx: &Context<'_>) -> async_graphql::Result<Vec<AccountObject>> {
    authorize(ctx, Role::Admin).await?;
    Ok(ctx.data::<Store>()?.accounts().await.gql()?.into_iter().map(AccountObject).collect())
}

pub async fn invite(ctx: &Context<'_>, role: RoleValue) -> async_graphql::Result<Invitation> {
    let who = authorize(ctx, Role::Admin).await?;
    let code = ctx.data::<Store>()?.invite(role.into(), &who.name).await.map_err(|e| mutation_error(&e))?;
    Ok(Invitation {
        link: format!("/app/curation?invite={code}"),
        code,
        role,
        valid_days: INVITATION_LIFETIME.num_days(),
    })
}

pub async fn disable(ctx: &Context<'_>, login: String) -> async_graphql::Result<AccountObject> {
    let who = authorize(ctx, Role::Admin).await?;
    let store = ctx.data::<Store>()?;
    if lawtracker_core::accounts::normalize_login(&login).is_ok_and(|login| login == who.name) {
        return Err(user_error(
            code::BAD_USER_INPUT,
            Some("login"),
            "an administrator cannot disable their own account",
        ));
    }
    if !store.disable_account(&login).await.map_err(|e| mutation_error(&e))? {
        return Err(user_error(code::NOT_FOUND, Some("login"), format!("no active account with the login {login:?}")));
    }
    let wanted = lawtracker_core::accounts::normalize_login(&login).map_err(|e| mutation_error(&e))?;
    let account = store.accounts().await.gql()?.into_iter().find(|a| a.login == wanted);
    account.map(AccountObject).ok_or_else(|| user_error(code::NOT_FOUND, Some("login"), "the account vanished"))
}

/// A token an account made for its own scripts; its secret is shown only here.
#[derive(SimpleObject)]
pub struct CreatedToken {
    /// `LOGIN / LABEL`: what revisions made with it record as their author.
    name: String,
    role: RoleValue,
    /// Send as `Authorization: Bearer <secret>`. Not stored: it cannot be shown again.
    secret: String,
}

/// `createToken(name:)`: for the signed-in account (a session, with its CSRF token).
pub async fn create_own_token(ctx: &Context<'_>, name: String) -> async_graphql::Result<CreatedToken> {
    let credentials = ctx.data::<crate::access::Credentials>().cloned().unwrap_or_default();
    let Some(session) = credentials.session.filter(|_| credentials.token.is_none()) else {
        return Err(user_error(
            code::FORBIDDEN,
            None,
            "only a signed-in account makes its own tokens; administrators use `lawtracker token create`",
        ));
    };
    // Checks the session, its CSRF token and that the account is enabled.
    let who = authorize(ctx, Role::Contributor).await?;
    let store = ctx.data::<Store>()?;
    let (name, secret) = store.create_own_token(&session.secret, &name).await.map_err(|e| mutation_error(&e))?;
    Ok(CreatedToken { name, role: who.role.into(), secret })
}
