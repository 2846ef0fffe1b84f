//! Accounts for people: a login and a password (hashed with argon2id), sessions for
//! the front end, and one-time invitations from an administrator. Scripts keep using
//! API tokens (see `auth`); both end in the same [`Principal`], whose name every
//! revision records.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};

use crate::auth::{Principal, Role};
use crate::error::{Problem, StoreError};
use crate::store::accounts::{AccountRow, Redeem};
use crate::store::Store;

/// How long a session lasts from sign-in.
pub const SESSION_LIFETIME: Duration = Duration::days(14);
/// How long an invitation may wait to be used.
pub const INVITATION_LIFETIME: Duration = Duration::days(7);
/// NIST SP 800-63B asks for at least 8; a passphrase is easy at 12.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// An upper bound, so that hashing cannot be made to run on megabytes.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// An account as shown to administrators (no password hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub login: String,
    pub role: Role,
    pub created_at: String,
    pub disabled_at: Option<String>,
}

/// Why a sign-in failed. Deliberately one answer for an unknown login, a wrong
/// password and a disabled account: the caller must not learn which it was.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("wrong login or password")]
    Refused,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A new session's secret, for the cookie. Only its hash is stored.
pub struct NewSession {
    pub secret: String,
    pub principal: Principal,
}

use crate::dates::{instant, now};

fn later(by: Duration) -> String {
    instant(Utc::now() + by)
}

fn sha256(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn random_secret(prefix: &str) -> Result<String, StoreError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::BadArgument { field: "secret", message: e.to_string() })?;
    Ok(format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes)))
}

fn problem(field: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(vec![Problem { record: "account".into(), field: field.into(), message: message.into() }])
}

/// The login as stored: trimmed and lowercased; refused when empty, too long, or
/// holding spaces or control characters.
pub fn normalize_login(login: &str) -> Result<String, StoreError> {
    let login = login.trim().to_lowercase();
    if login.chars().count() < 3 || login.len() > 254 {
        return Err(problem("login", "a login (an e-mail address or a user name) has 3 to 254 characters"));
    }
    if login.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(problem("login", "a login may not contain spaces or control characters"));
    }
    Ok(login)
}

fn check_password(login: &str, password: &str) -> Result<(), StoreError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(problem("password", format!("a password needs at least {MIN_PASSWORD_CHARS} characters")));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(problem("password", format!("a password has at most {MAX_PASSWORD_CHARS} characters")));
    }
    if password.trim().to_lowercase() == login {
        return Err(problem("password", "the password may not be the login"));
    }
    Ok(())
}

/// argon2id with the crate's defaults (19 MiB, 2 passes, 1 lane: OWASP's first
/// recommended setting), a fresh 16-byte salt, in PHC form.
fn hash_password(password: &str) -> Result<String, StoreError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| StoreError::BadArgument { field: "password", message: e.to_string() })?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| problem("password", e.to_string()))?;
    let hash =
        Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|e| problem("password", e.to_string()))?;
    Ok(hash.to_string())
}

/// Checks `password` against a stored PHC hash; a hash that does not parse never matches.
fn password_matches(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok())
}

/// A hash no password matches, verified when the login is unknown so that the
/// answer takes as long as for a known login with a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password no one has").unwrap_or_default())
}

fn account(row: AccountRow) -> Result<Account, StoreError> {
    let role = row.role.parse().map_err(|_| problem("role", format!("unknown role {:?}", row.role)))?;
    Ok(Account { login: row.login, role, created_at: row.created_at, disabled_at: row.disabled_at })
}

impl Store {
    /// Creates an account (the first administrator, from the command line).
    pub async fn create_account(&self, login: &str, password: &str, role: Role) -> Result<Account, StoreError> {
        let login = normalize_login(login)?;
        check_password(&login, password)?;
        let hash = hash_password(password)?;
        match self.insert_account(&login, role.into(), &hash, &now()).await? {
            Some(_) => Ok(Account { login, role, created_at: now(), disabled_at: None }),
            None => Err(problem("login", "an account with this login exists")),
        }
    }

    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        self.account_rows().await?.into_iter().map(account).collect()
    }

    /// Disables an account: it can no longer sign in and its sessions end at once.
    /// False if no enabled account has this login.
    pub async fn disable_account(&self, login: &str) -> Result<bool, StoreError> {
        self.disable_account_row(&normalize_login(login)?, &now()).await
    }

    /// Checks a login and password and opens a session.
    pub async fn sign_in(&self, login: &str, password: &str) -> Result<NewSession, SignInError> {
        let login = normalize_login(login).map_err(|_| SignInError::Refused)?;
        if password.chars().count() > MAX_PASSWORD_CHARS {
            return Err(SignInError::Refused);
        }
        let row = self.account_by_login(&login).await?;
        // Hashed whether or not the account exists: the same work, the same time.
        let matches = match &row {
            Some(row) => password_matches(password, &row.password_hash),
            None => password_matches(password, decoy_hash()),
        };
        let row = match row {
            Some(row) if matches && row.disabled_at.is_none() => row,
            _ => return Err(SignInError::Refused),
        };
        let secret = random_secret("lts_")?;
        self.insert_session(row.id, &sha256(&secret), &now(), &later(SESSION_LIFETIME)).await?;
        let role = account(row.clone())?.role;
        Ok(NewSession { secret, principal: Principal::new(row.login, role) })
    }

    /// Who a session cookie's secret belongs to: `None` once it has expired, was
    /// ended, or its account was disabled.
    pub async fn session_principal(&self, secret: &str) -> Result<Option<Principal>, StoreError> {
        let Some(row) = self.account_by_session(&sha256(secret), &now()).await? else { return Ok(None) };
        let account = account(row)?;
        Ok(Some(Principal::new(account.login, account.role)))
    }

    /// An API token for the account signed in with `session_secret`, for its own
    /// scripts: named `LOGIN / LABEL` (what revisions record), with the account's
    /// role, revoked when the account is disabled. Returns the name and the secret,
    /// shown once.
    pub async fn create_own_token(&self, session_secret: &str, label: &str) -> Result<(String, String), StoreError> {
        let Some(row) = self.account_by_session(&sha256(session_secret), &now()).await? else {
            return Err(StoreError::Forbidden("the session has ended; sign in again".into()));
        };
        if label.trim().is_empty() {
            return Err(problem("name", "say what the token is for (e.g. \"import script\")"));
        }
        let role = account(row.clone())?.role;
        let name = format!("{} / {}", row.login, label.trim());
        let secret = self.create_token_of(&name, role, Some(row.id)).await?;
        Ok((name, secret))
    }

    pub async fn sign_out(&self, secret: &str) -> Result<(), StoreError> {
        self.delete_session(&sha256(secret), &now()).await
    }

    /// Makes a one-time invitation to create an account with `role`; returns its
    /// code, which is not stored and cannot be shown again.
    pub async fn invite(&self, role: Role, invited_by: &str) -> Result<String, StoreError> {
        let code = random_secret("lti_")?;
        self.insert_invitation(&sha256(&code), role.into(), invited_by, &now(), &later(INVITATION_LIFETIME)).await?;
        Ok(code)
    }

    /// Uses an invitation: creates the account it grants and signs it in.
    pub async fn accept_invitation(&self, code: &str, login: &str, password: &str) -> Result<NewSession, StoreError> {
        let login = normalize_login(login)?;
        check_password(&login, password)?;
        let hash = hash_password(password)?;
        match self.redeem_invitation(&sha256(code.trim()), &login, &hash, &now()).await? {
            Ok(_) => {}
            Err(Redeem::NoInvitation) => {
                return Err(problem("code", "this invitation does not exist, was used already, or has expired"))
            }
            Err(Redeem::LoginTaken) => return Err(problem("login", "an account with this login exists")),
        }
        self.sign_in(&login, password).await.map_err(|e| match e {
            SignInError::Store(store) => store,
            SignInError::Refused => problem("login", "the account was created but could not be signed in"),
        })
    }
}

/// The CSRF token of a session: derived from its secret, so nothing more is stored
/// and it changes with every session. The cookie is HttpOnly (scripts cannot read
/// it); the page gets this token from `/auth/session` and sends it with each write.
pub fn csrf_token(session_secret: &str) -> String {
    sha256(&format!("csrf:{session_secret}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_are_folded_and_checked() {
        assert_eq!(normalize_login("  Ana@NGO.org ").unwrap(), "ana@ngo.org");
        assert!(normalize_login("a b c").is_err());
        assert!(normalize_login("ab").is_err());
    }

    #[test]
    fn passwords_are_hashed_with_argon2id_and_checked() {
        assert!(check_password("ana", "short").is_err());
        assert!(check_password("ana@ngo.org.example", " ANA@NGO.ORG.EXAMPLE").is_err());
        assert!(check_password("ana@ngo.org.example", "a long passphrase").is_ok());
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$v=19$"), "{hash}");
        assert!(password_matches("correct horse battery", &hash));
        assert!(!password_matches("correct horse batterz", &hash));
        assert!(!password_matches("anything", "not a hash"));
        assert_ne!(hash, hash_password("correct horse battery").unwrap(), "each hash has its own salt");
    }
}
