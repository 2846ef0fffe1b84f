//! The `accounts`, `account_sessions` and `account_invitations` tables. What an
//! account is, how passwords and secrets are made and checked, is the accounts
//! module's; this one only reads and writes rows.

use super::sql::Sql;
use super::Store;
use crate::error::StoreError;

/// An account's row, with its password hash (never leaves the core).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AccountRow {
    pub id: i64,
    pub login: String,
    pub role: String,
    pub password_hash: String,
    pub created_at: String,
    pub disabled_at: Option<String>,
}

const ACCOUNT_COLUMNS: &str = "SELECT id, login, role, password_hash, created_at, disabled_at FROM accounts";

impl Store {
    /// Inserts an account unless its login is taken; false if it is. One write
    /// transaction, so two creations of one login cannot both succeed.
    pub(crate) async fn insert_account(
        &self,
        login: &str,
        role: &str,
        password_hash: &str,
        at: &str,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut taken = Sql::new("SELECT COUNT(*) FROM accounts WHERE login = ");
        taken.bind(login);
        if tx.fetch_count(taken).await? > 0 {
            return Ok(None);
        }
        let mut sql = Sql::new("INSERT INTO accounts (login, role, password_hash, created_at) VALUES (");
        sql.bind(login).push(", ").bind(role).push(", ").bind(password_hash).push(", ").bind(at).push(")");
        let id = tx.insert(sql).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    pub(crate) async fn account_by_login(&self, login: &str) -> Result<Option<AccountRow>, StoreError> {
        let mut sql = Sql::new(ACCOUNT_COLUMNS);
        sql.push(" WHERE login = ").bind(login);
        self.fetch_optional(sql).await
    }

    pub(crate) async fn account_rows(&self) -> Result<Vec<AccountRow>, StoreError> {
        self.all_rows(ACCOUNT_COLUMNS, "login").await
    }

    /// Disables the account, ends its sessions and revokes its tokens in one
    /// transaction; false if no
    /// enabled account has that login.
    pub(crate) async fn disable_account_row(&self, login: &str, at: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE accounts SET disabled_at = ");
        sql.bind(at).push(" WHERE login = ").bind(login).push(" AND disabled_at IS NULL");
        let changed = tx.execute(sql).await?;
        let mut end =
            Sql::new("DELETE FROM account_sessions WHERE account_id IN (SELECT id FROM accounts WHERE login = ");
        end.bind(login).push(")");
        tx.execute(end).await?;
        let mut revoke = Sql::new("UPDATE api_tokens SET revoked_at = ");
        revoke.bind(at).push(" WHERE revoked_at IS NULL AND account_id IN (SELECT id FROM accounts WHERE login = ");
        revoke.bind(login).push(")");
        tx.execute(revoke).await?;
        tx.commit().await?;
        Ok(changed > 0)
    }

    pub(crate) async fn insert_session(
        &self,
        account_id: i64,
        session_hash: &str,
        at: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql =
            Sql::new("INSERT INTO account_sessions (session_hash, account_id, created_at, expires_at) VALUES (");
        sql.bind(session_hash).push(", ").bind(account_id).push(", ").bind(at).push(", ").bind(expires_at).push(")");
        tx.execute(sql).await?;
        tx.commit().await
    }

    /// The enabled account whose unexpired session hashes to `session_hash`.
    pub(crate) async fn account_by_session(
        &self,
        session_hash: &str,
        now: &str,
    ) -> Result<Option<AccountRow>, StoreError> {
        let mut sql = Sql::new(
            "SELECT a.id, a.login, a.role, a.password_hash, a.created_at, a.disabled_at \
             FROM account_sessions s JOIN accounts a ON a.id = s.account_id WHERE s.session_hash = ",
        );
        sql.bind(session_hash).push(" AND s.expires_at > ").bind(now).push(" AND a.disabled_at IS NULL");
        self.fetch_optional(sql).await
    }

    /// Ends one session (signing out), and any expired ones on the way.
    pub(crate) async fn delete_session(&self, session_hash: &str, now: &str) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new("DELETE FROM account_sessions WHERE session_hash = ");
        sql.bind(session_hash).push(" OR expires_at <= ").bind(now);
        tx.execute(sql).await?;
        tx.commit().await
    }

    pub(crate) async fn insert_invitation(
        &self,
        code_hash: &str,
        role: &str,
        invited_by: &str,
        at: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql =
            Sql::new("INSERT INTO account_invitations (code_hash, role, invited_by, created_at, expires_at) VALUES (");
        sql.bind(code_hash).push(", ").bind(role).push(", ").bind(invited_by).push(", ").bind(at).push(", ");
        sql.bind(expires_at).push(")");
        tx.execute(sql).await?;
        tx.commit().await
    }

    /// Uses the invitation and creates its account in one transaction: the role the
    /// invitation grants, or `Err(Redeem::...)` saying why nothing was created.
    pub(crate) async fn redeem_invitation(
        &self,
        code_hash: &str,
        login: &str,
        password_hash: &str,
        now: &str,
    ) -> Result<Result<String, Redeem>, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut find = Sql::new("SELECT role FROM account_invitations WHERE code_hash = ");
        find.bind(code_hash).push(" AND used_at IS NULL AND expires_at > ").bind(now);
        tx.lock_rows(&mut find, super::RowLock::Update);
        let Some((role,)) = tx.fetch_all::<(String,)>(find).await?.into_iter().next() else {
            return Ok(Err(Redeem::NoInvitation));
        };
        let mut taken = Sql::new("SELECT COUNT(*) FROM accounts WHERE login = ");
        taken.bind(login);
        if tx.fetch_count(taken).await? > 0 {
            return Ok(Err(Redeem::LoginTaken));
        }
        let mut insert = Sql::new("INSERT INTO accounts (login, role, password_hash, created_at) VALUES (");
        insert.bind(login).push(", ").bind(&role).push(", ").bind(password_hash).push(", ").bind(now).push(")");
        let account = tx.insert(insert).await?;
        let mut used = Sql::new("UPDATE account_invitations SET used_at = ");
        used.bind(now).push(", account_id = ").bind(account).push(" WHERE code_hash = ").bind(code_hash);
        tx.execute(used).await?;
        tx.commit().await?;
        Ok(Ok(role))
    }
}

/// Why an invitation could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Redeem {
    /// No such code, or it was used or has expired (not told apart: a guesser learns nothing).
    NoInvitation,
    LoginTaken,
}
