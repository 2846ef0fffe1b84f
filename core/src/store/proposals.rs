//! The `proposals` table: contributors' writes waiting for review. What a proposal
//! is and how it is reviewed is the proposals module's; this one reads and writes rows.

use super::sql::Sql;
use super::{RowLock, Store, Tx};
use crate::error::StoreError;
use crate::model::Revision;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProposalRow {
    pub id: i64,
    pub change: String,
    pub operation: String,
    pub entity_type: String,
    pub entity_slug: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub proposed_by: String,
    pub proposed_at: String,
    pub status: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<String>,
    pub reason: Option<String>,
    pub revision_id: Option<i64>,
}

const COLUMNS: &str = "SELECT id, change, operation, entity_type, entity_slug, before, after, proposed_by, \
     proposed_at, status, reviewed_by, reviewed_at, reason, revision_id FROM proposals";

impl Store {
    /// Stores a checked write as a pending proposal, with the revision it would have
    /// made (its operation, entity and diff); returns the proposal's id.
    pub(crate) async fn insert_proposal(
        &self,
        change: &str,
        would: &Revision,
        proposed_by: &str,
        at: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new(
            "INSERT INTO proposals (change, operation, entity_type, entity_slug, before, after, proposed_by, \
             proposed_at) VALUES (",
        );
        sql.bind(change).push(", ").bind(would.operation.as_str()).push(", ").bind(would.entity_type.as_str());
        sql.push(", ").bind(&would.entity_slug).push(", ").bind(would.before.as_deref()).push(", ");
        sql.bind(would.after.as_deref()).push(", ").bind(proposed_by).push(", ").bind(at).push(")");
        let id = tx.insert(sql).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub(crate) async fn proposal_row(&self, id: i64) -> Result<Option<ProposalRow>, StoreError> {
        let mut sql = Sql::new(COLUMNS);
        sql.push(" WHERE id = ").bind(id);
        self.fetch_optional(sql).await
    }

    /// Newest first, at most 500 (review queues are short; older ones stay readable by id).
    pub(crate) async fn proposal_rows(
        &self,
        status: Option<&str>,
        author: Option<&str>,
    ) -> Result<Vec<ProposalRow>, StoreError> {
        let mut sql = Sql::new(COLUMNS);
        sql.push(" WHERE 1 = 1");
        if let Some(status) = status {
            sql.push(" AND status = ").bind(status);
        }
        if let Some(author) = author {
            sql.push(" AND proposed_by = ").bind(author);
        }
        sql.push(" ORDER BY id DESC LIMIT 500");
        self.fetch_all(sql).await
    }

    /// Marks a pending proposal rejected; false if it was not pending any more.
    pub(crate) async fn mark_rejected(
        &self,
        id: i64,
        reviewer: &str,
        at: &str,
        reason: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE proposals SET status = 'rejected', reviewed_by = ");
        sql.bind(reviewer).push(", reviewed_at = ").bind(at).push(", reason = ").bind(reason);
        sql.push(" WHERE id = ").bind(id).push(" AND status = 'pending'");
        let changed = tx.execute(sql).await?;
        tx.commit().await?;
        Ok(changed == 1)
    }
}

impl Tx {
    /// Marks a pending proposal approved by the revision this transaction records;
    /// refused if it is no longer pending (approved or rejected meanwhile), so that
    /// a proposal is applied at most once.
    pub(crate) async fn mark_approved(
        &mut self,
        id: i64,
        reviewer: &str,
        revision: &Revision,
    ) -> Result<(), StoreError> {
        let mut pending = Sql::new("SELECT id FROM proposals WHERE id = ");
        pending.bind(id).push(" AND status = 'pending'");
        self.lock_rows(&mut pending, RowLock::Update);
        if self.fetch_all::<(i64,)>(pending).await?.is_empty() {
            return Err(StoreError::Forbidden(format!("proposal {id} was reviewed by someone else meanwhile")));
        }
        let mut sql = Sql::new("UPDATE proposals SET status = 'approved', reviewed_by = ");
        sql.bind(reviewer).push(", reviewed_at = ").bind(&revision.at).push(", revision_id = ").bind(revision.id);
        sql.push(" WHERE id = ").bind(id);
        self.execute(sql).await?;
        Ok(())
    }
}
