//! The `api_tokens` table. What a token is, how it is made and checked, is
//! the auth module's; this one only reads and writes its rows.

use super::sql::Sql;
use super::Store;
use crate::error::StoreError;

/// A token's row, without its hash.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TokenRecord {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

impl Store {
    /// Stores a token's hash under `name` unless a token (active or revoked) has that
    /// name already; false if one has. Checked and written in one write transaction,
    /// so two creations of one name cannot both succeed.
    pub async fn insert_token(
        &self,
        name: &str,
        role: &str,
        token_hash: &str,
        created_at: &str,
        account: Option<i64>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut taken = Sql::new("SELECT COUNT(*) FROM api_tokens WHERE name = ");
        taken.bind(name);
        if tx.fetch_count(taken).await? > 0 {
            return Ok(false);
        }
        let mut sql = Sql::new("INSERT INTO api_tokens (name, role, token_hash, created_at, account_id) VALUES (");
        sql.bind(name).push(", ").bind(role).push(", ").bind(token_hash).push(", ").bind(created_at).push(", ");
        sql.bind(account).push(")");
        tx.execute(sql).await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn list_tokens(&self) -> Result<Vec<TokenRecord>, StoreError> {
        self.all_rows("SELECT id, name, role, created_at, revoked_at FROM api_tokens", "id").await
    }

    /// Marks the active token named `name` revoked at `at`; true if there was one.
    pub async fn revoke_token_named(&self, name: &str, at: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE api_tokens SET revoked_at = ");
        sql.bind(at).push(" WHERE name = ").bind(name).push(" AND revoked_at IS NULL");
        let changed = tx.execute(sql).await?;
        tx.commit().await?;
        Ok(changed > 0)
    }

    /// The token whose secret hashes to `token_hash`, revoked or not.
    pub async fn token_by_hash(&self, token_hash: &str) -> Result<Option<TokenRecord>, StoreError> {
        let mut sql = Sql::new("SELECT id, name, role, created_at, revoked_at FROM api_tokens WHERE token_hash = ");
        sql.bind(token_hash);
        self.fetch_optional(sql).await
    }
}
