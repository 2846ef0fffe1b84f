//! The statements of whole-database work: loading the shipped dataset, importing
//! an export, generating a synthetic world, and exporting. What each of those
//! refuses, and in which order it writes, is decided by their own modules.

use super::sql::{insert_into, Sql};
use super::{Backend, Record, Tx};
use crate::error::StoreError;
use crate::model::DatasetLoad;

/// True when any table a load, an import or a generation would write holds a row.
const HOLDS_DATA: &str = "SELECT CAST(CASE WHEN EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM laws) \
    OR EXISTS (SELECT 1 FROM facilities) OR EXISTS (SELECT 1 FROM actors) OR EXISTS (SELECT 1 FROM incidents) \
    OR EXISTS (SELECT 1 FROM criticisms) OR EXISTS (SELECT 1 FROM claim_questions) \
    OR EXISTS (SELECT 1 FROM dataset_loads) OR EXISTS (SELECT 1 FROM revisions) THEN 1 ELSE 0 END AS BIGINT)";

impl Tx {
    /// Takes the write lock that serialises whole-database loads: on PostgreSQL, replicas
    /// starting together against one database queue here, so one loads and the others
    /// then see it loaded. (SQLite's `BEGIN IMMEDIATE` already serialises writers.)
    pub async fn lock_for_bulk_write(&mut self) -> Result<(), StoreError> {
        if self.backend() == Backend::Postgres {
            self.execute(Sql::new("SELECT pg_advisory_xact_lock(7419001)")).await?;
        }
        Ok(())
    }

    /// Whether the database holds any content, revision or dataset load.
    pub async fn holds_data(&mut self) -> Result<bool, StoreError> {
        Ok(self.fetch_count(Sql::new(HOLDS_DATA)).await? > 0)
    }

    /// Whether the database holds any source.
    pub async fn holds_sources(&mut self) -> Result<bool, StoreError> {
        Ok(self.fetch_count(Sql::new("SELECT COUNT(*) FROM sources")).await? > 0)
    }

    /// Every dataset load, oldest first.
    pub async fn dataset_loads(&mut self) -> Result<Vec<DatasetLoad>, StoreError> {
        self.fetch_all(Sql::new("SELECT digest, loaded_at FROM dataset_loads ORDER BY loaded_at, digest")).await
    }

    /// Records that the dataset with this digest was loaded at `loaded_at`.
    pub async fn insert_dataset_load(&mut self, digest: &str, loaded_at: &str) -> Result<(), StoreError> {
        self.execute(insert_into("dataset_loads", vec![("digest", digest.into()), ("loaded_at", loaded_at.into())]))
            .await?;
        Ok(())
    }

    /// Every row of `table`, in `order` (trusted SQL).
    pub async fn all_in_order<R: Record>(
        &mut self,
        table: &'static str,
        order: &'static str,
    ) -> Result<Vec<R>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM ");
        sql.push(table).push(" ORDER BY ").push(order);
        self.fetch_all(sql).await
    }

    /// After rows were written with explicit ids (PostgreSQL): moves each table's
    /// identity past them, so later inserts get fresh ids, and gathers planner
    /// statistics now rather than at autovacuum's leisure.
    pub async fn after_explicit_ids(&mut self, tables_with_ids: &[&'static str]) -> Result<(), StoreError> {
        if self.backend() != Backend::Postgres {
            return Ok(());
        }
        for table in tables_with_ids {
            let mut sql = Sql::new("SELECT setval(pg_get_serial_sequence('");
            sql.push(table).push("', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ").push(table).push("), false)");
            self.execute(sql).await?;
        }
        self.execute(Sql::new("ANALYZE")).await?;
        Ok(())
    }
}
