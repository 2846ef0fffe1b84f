//! API tokens: created by the CLI, shown once, stored only as a SHA-256 hash.
//! Reads are public; writes need an editor or admin token.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::error::{Problem, StoreError};
pub use crate::store::tokens::TokenRecord;
use crate::store::Store;

/// What a token or an account may do, each role all that the one before it may.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, strum::EnumString, strum::Display, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    /// Writes become proposals, published once an editor (or an admin) approves them.
    Contributor,
    /// Writes publish; reviews others' proposals.
    Editor,
    /// Also deletions, source ratings, webhooks and accounts.
    Admin,
}

/// Who is writing: recorded in every revision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    pub name: String,
    pub role: Role,
    /// How this principal's writes land.
    pub landing: Landing,
}

impl Principal {
    /// A principal whose writes publish at once.
    pub fn new(name: impl Into<String>, role: Role) -> Principal {
        Principal { name: name.into(), role, landing: Landing::Publish }
    }
}

/// What becomes of a write once it has been checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Landing {
    /// Committed and announced.
    Publish,
    /// Checked whole, then rolled back: what a proposal records (the diff it would
    /// make) without anything reaching readers, exports or webhooks. Role checks are
    /// left to the approval, made with the reviewer's role.
    Propose,
    /// Committed as the approval of `proposal` by `reviewer`, in the same
    /// transaction that marks the proposal approved (exactly once).
    Approve { proposal: i64, reviewer: String },
}

/// Why a request could not be authenticated or authorised.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("this operation needs a token: send `Authorization: Bearer <token>`")]
    Missing,
    #[error("the token is not valid")]
    Invalid,
    #[error("the token was revoked")]
    Revoked,
    #[error("this operation needs the {needed} role; the token {name:?} has {has}")]
    Forbidden { name: String, has: Role, needed: Role },
}

const PREFIX: &str = "lt_";

fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

use crate::dates::now;

impl Store {
    /// Creates a token and returns its secret, which is not stored and cannot be shown again.
    pub async fn create_token(&self, name: &str, role: Role) -> Result<String, StoreError> {
        self.create_token_of(name, role, None).await
    }

    /// [`Store::create_token`], for the account `account` (by id) when given: revoked
    /// when that account is disabled.
    pub(crate) async fn create_token_of(
        &self,
        name: &str,
        role: Role,
        account: Option<i64>,
    ) -> Result<String, StoreError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(vec![Problem {
                record: "token".into(),
                field: "name".into(),
                message: "a token needs the name of who holds it".into(),
            }]));
        }
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| StoreError::BadArgument { field: "token", message: e.to_string() })?;
        let secret = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
        if !self.insert_token(name, role.into(), &hash(&secret), &now(), account).await? {
            return Err(StoreError::Invalid(vec![Problem {
                record: format!("token {name:?}"),
                field: "name".into(),
                message: "a token with this name exists (revoked tokens keep their names, so that history names one holder); choose another name".into(),
            }]));
        }
        Ok(secret)
    }

    /// Revokes the token with this name; true if one was active.
    pub async fn revoke_token(&self, name: &str) -> Result<bool, StoreError> {
        self.revoke_token_named(name, &now()).await
    }

    /// Checks a bearer token and that its role is at least `needed`.
    pub async fn authorize(&self, token: Option<&str>, needed: Role) -> Result<Principal, AuthOrStoreError> {
        let token = token.ok_or(AuthError::Missing)?;
        if !token.starts_with(PREFIX) {
            return Err(AuthError::Invalid.into());
        }
        let record = self.token_by_hash(&hash(token)).await?.ok_or(AuthError::Invalid)?;
        if record.revoked_at.is_some() {
            return Err(AuthError::Revoked.into());
        }
        let role: Role = record.role.parse().map_err(|_| AuthError::Invalid)?;
        if role < needed {
            return Err(AuthError::Forbidden { name: record.name, has: role, needed }.into());
        }
        Ok(Principal::new(record.name, role))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AuthOrStoreError {
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[error(transparent)]
    Store(#[from] StoreError),
}
