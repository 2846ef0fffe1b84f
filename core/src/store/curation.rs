//! The statements of curation's write transactions: rows found by slug and locked
//! until commit, the checks a write makes before it changes anything (a link that
//! exists, a provision's law, what still relies on a row), and the rows a revision's
//! snapshot is assembled from. What is checked, and in which order, is the curation
//! module's; this one reads and deletes rows.

use super::sql::Sql;
use super::{Record, RowLock, Tx};
use crate::error::StoreError;

/// A row's id and slug.
#[derive(sqlx::FromRow)]
pub struct SlugRow {
    pub id: i64,
    pub slug: String,
}

/// A row's id and version, for optimistic concurrency.
#[derive(sqlx::FromRow)]
pub struct VersionRow {
    pub id: i64,
    pub version: i64,
}

/// A source's text, which quotes are checked against.
#[derive(sqlx::FromRow)]
pub struct SourceTextRow {
    pub id: i64,
    pub slug: String,
    pub body: String,
}

impl Tx {
    /// The rows of `table` with these slugs, share-locked until commit so that what
    /// a write refers to cannot go meanwhile.
    pub async fn slug_rows(&mut self, table: &'static str, slugs: &[String]) -> Result<Vec<SlugRow>, StoreError> {
        let mut sql = Sql::new("SELECT id, slug FROM ");
        sql.push(table).push(" WHERE slug IN ").bind_list(slugs);
        self.lock_rows(&mut sql, RowLock::Share);
        self.fetch_all(sql).await
    }

    /// The texts of these sources, share-locked: quotes are checked against them, so
    /// they must not change before commit.
    pub async fn source_texts(&mut self, slugs: &[String]) -> Result<Vec<SourceTextRow>, StoreError> {
        let mut sql = Sql::new("SELECT id, slug, body FROM sources WHERE slug IN ");
        sql.bind_list(slugs);
        self.lock_rows(&mut sql, RowLock::Share);
        self.fetch_all(sql).await
    }

    /// Whether any incident belongs to this campaign (campaigns have no table).
    pub async fn campaign_exists(&mut self, campaign: &str) -> Result<bool, StoreError> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM incidents WHERE campaign = ");
        sql.bind(campaign);
        Ok(self.fetch_count(sql).await? > 0)
    }

    /// The stages of one law.
    pub async fn stages_of_law(&mut self, law_id: i64) -> Result<Vec<SlugRow>, StoreError> {
        let mut sql = Sql::new("SELECT id, slug FROM law_stages WHERE law_id = ");
        sql.bind(law_id);
        self.fetch_all(sql).await
    }

    /// The row of `table` with this slug and its version, locked for update until
    /// commit: the caller is then its only writer, so the version it saw is the one
    /// it changes.
    pub async fn locked_version(&mut self, table: &'static str, slug: &str) -> Result<Option<VersionRow>, StoreError> {
        let mut sql = Sql::new("SELECT id, version FROM ");
        sql.push(table).push(" WHERE slug = ").bind(slug);
        self.lock_rows(&mut sql, RowLock::Update);
        Ok(self.fetch_all(sql).await?.pop())
    }

    /// Deletes one row of `table`; how many went (0 or 1).
    pub async fn delete_row(&mut self, table: &'static str, id: i64) -> Result<u64, StoreError> {
        let mut sql = Sql::new("DELETE FROM ");
        sql.push(table).push(" WHERE id = ").bind(id);
        self.execute(sql).await
    }

    /// How many rows of `table` point at row `id` through `column`.
    pub async fn count_referencing(
        &mut self,
        table: &'static str,
        column: &'static str,
        id: i64,
    ) -> Result<i64, StoreError> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM ");
        sql.push(table).push(" WHERE ").push(column).push(" = ").bind(id);
        self.fetch_count(sql).await
    }

    /// The position a new provision takes in its law: after the last one.
    pub async fn next_provision_position(&mut self, law_id: i64) -> Result<i64, StoreError> {
        let mut sql = Sql::new("SELECT COALESCE(MAX(position), -1) + 1 FROM provisions WHERE law_id = ");
        sql.bind(law_id);
        self.fetch_count(sql).await
    }

    /// Whether provision `id` belongs to law `law_id`.
    pub async fn provision_is_in_law(&mut self, id: i64, law_id: i64) -> Result<bool, StoreError> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM provisions WHERE id = ");
        sql.bind(id).push(" AND law_id = ").bind(law_id);
        Ok(self.fetch_count(sql).await? > 0)
    }

    /// Every quote that relies on a source's text, each with what holds it ("a
    /// citation", "a provision text"), in quote order.
    pub async fn quotes_of_source(&mut self, source_id: i64) -> Result<Vec<(String, String)>, StoreError> {
        let mut sql = Sql::new("SELECT quote, 'a citation' AS user FROM citations WHERE source_id = ");
        sql.bind(source_id)
            .push(" UNION ALL SELECT quote, 'a provision text' AS user FROM provision_texts WHERE source_id = ");
        sql.bind(source_id).push(" ORDER BY quote");
        self.fetch_all(sql).await
    }

    /// Whether a provision–incident link with this relation exists.
    pub async fn incident_link_exists(
        &mut self,
        provision_id: i64,
        incident_id: i64,
        relation: &str,
    ) -> Result<bool, StoreError> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM provision_incidents WHERE provision_id = ");
        sql.bind(provision_id).push(" AND incident_id = ").bind(incident_id).push(" AND relation = ").bind(relation);
        Ok(self.fetch_count(sql).await? > 0)
    }

    /// Whether a provision–criticism link exists.
    pub async fn criticism_link_exists(&mut self, provision_id: i64, criticism_id: i64) -> Result<bool, StoreError> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM provision_criticisms WHERE provision_id = ");
        sql.bind(provision_id).push(" AND criticism_id = ").bind(criticism_id);
        Ok(self.fetch_count(sql).await? > 0)
    }

    /// The provision–incident link between these slugs with this relation, locked
    /// for update (the link row only): its id, and the provision's slug.
    pub async fn locked_incident_link(
        &mut self,
        provision: &str,
        incident: &str,
        relation: &str,
    ) -> Result<Option<SlugRow>, StoreError> {
        let mut sql = Sql::new(
            "SELECT l.id, p.slug FROM provision_incidents l JOIN provisions p ON p.id = l.provision_id \
             JOIN incidents i ON i.id = l.incident_id WHERE p.slug = ",
        );
        sql.bind(provision).push(" AND i.slug = ").bind(incident).push(" AND l.relation = ").bind(relation);
        self.lock_rows(&mut sql, RowLock::UpdateOf("l"));
        Ok(self.fetch_all(sql).await?.pop())
    }

    /// The provision–criticism link between these slugs, locked for update (the link
    /// row only): its id, and the provision's slug.
    pub async fn locked_criticism_link(
        &mut self,
        provision: &str,
        criticism: &str,
    ) -> Result<Option<SlugRow>, StoreError> {
        let mut sql = Sql::new(
            "SELECT l.id, p.slug FROM provision_criticisms l JOIN provisions p ON p.id = l.provision_id \
             JOIN criticisms c ON c.id = l.criticism_id WHERE p.slug = ",
        );
        sql.bind(provision).push(" AND c.slug = ").bind(criticism);
        self.lock_rows(&mut sql, RowLock::UpdateOf("l"));
        Ok(self.fetch_all(sql).await?.pop())
    }

    /// Every row of `table` whose `column` is one of `ids`, in that column's order.
    pub async fn rows_where<R: Record>(
        &mut self,
        table: &'static str,
        column: &'static str,
        ids: &[i64],
    ) -> Result<Vec<R>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM ");
        sql.push(table).push(" WHERE ").push(column).push(" IN ").bind_list(ids);
        sql.push(" ORDER BY ").push(column);
        self.fetch_all(sql).await
    }

    /// Citations on any of the targets `(column, ids)`, in id order.
    pub async fn citations_on_any<R: Record>(
        &mut self,
        targets: &[(&'static str, Vec<i64>)],
    ) -> Result<Vec<R>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM citations WHERE 1 = 0");
        for (column, ids) in targets {
            sql.push(" OR ").push(column).push(" IN ").bind_list(ids);
        }
        sql.push(" ORDER BY id");
        self.fetch_all(sql).await
    }

    /// The slugs of these provisions and of the laws they belong to.
    pub async fn provision_and_law_slugs(&mut self, provisions: &[i64]) -> Result<Vec<String>, StoreError> {
        let mut sql = Sql::new("SELECT p.id, p.slug FROM provisions p WHERE p.id IN ");
        sql.bind_list(provisions);
        let mut slugs: Vec<String> = self.fetch_all::<SlugRow>(sql).await?.into_iter().map(|r| r.slug).collect();
        let mut sql =
            Sql::new("SELECT l.id, l.slug FROM laws l WHERE l.id IN (SELECT law_id FROM provisions WHERE id IN ");
        sql.bind_list(provisions).push(")");
        slugs.extend(self.fetch_all::<SlugRow>(sql).await?.into_iter().map(|r| r.slug));
        Ok(slugs)
    }
}
