//! The `revisions` table, and the outbox rows and change notice written with each
//! revision. What a revision records, and which webhooks want it, is the revision
//! module's; this one reads and writes rows.

use super::sql::{insert_into, Sql};
use super::webhooks::WebhookFilter;
use super::{Store, Tx};
use crate::error::StoreError;
use crate::model::{EntityType, Revision};

/// The advisory lock a writing transaction holds from taking its commit place until
/// it commits (PostgreSQL): one holder at a time, so places follow commit order.
const COMMIT_ORDER_LOCK: i64 = 0x6c61_7774_7261_636b; // "lawtrack"

impl Tx {
    /// Stores a revision (its `id` and `commit_seq` are ignored); the id and the place
    /// in commit order it got. On PostgreSQL the transaction then holds the commit-order
    /// lock until it ends: keep what follows it short (the write path records its
    /// revision last, then commits).
    pub async fn insert_revision(&mut self, revision: &Revision) -> Result<(i64, i64), StoreError> {
        if self.backend() == crate::Backend::Postgres {
            let mut lock = Sql::new("SELECT pg_advisory_xact_lock(");
            lock.bind(COMMIT_ORDER_LOCK).push(")");
            self.execute(lock).await?;
        }
        // A statement after the lock: its snapshot sees every place committed before.
        let commit_seq = self.fetch_count(Sql::new("SELECT COALESCE(MAX(commit_seq), 0) + 1 FROM revisions")).await?;
        let id = self
            .insert(insert_into(
                "revisions",
                vec![
                    ("commit_seq", commit_seq.into()),
                    ("at", revision.at.as_str().into()),
                    ("author", revision.author.as_str().into()),
                    ("operation", revision.operation.as_str().into()),
                    ("entity_type", revision.entity_type.as_str().into()),
                    ("entity_slug", revision.entity_slug.as_str().into()),
                    ("related", revision.related.as_str().into()),
                    ("before", revision.before.clone().into()),
                    ("after", revision.after.clone().into()),
                ],
            ))
            .await?;
        Ok((id, commit_seq))
    }

    /// What every active webhook wants, in id order.
    pub async fn active_webhook_filters(&mut self) -> Result<Vec<WebhookFilter>, StoreError> {
        self.fetch_all(Sql::new("SELECT id, entity_types, subject_slug FROM webhooks WHERE active = TRUE ORDER BY id"))
            .await
    }

    /// Queues a delivery of a revision to a webhook, due at `at`.
    pub async fn queue_delivery(&mut self, webhook_id: i64, revision_id: i64, at: &str) -> Result<(), StoreError> {
        self.execute(insert_into(
            "webhook_deliveries",
            vec![
                ("webhook_id", webhook_id.into()),
                ("revision_id", revision_id.into()),
                ("next_attempt_at", at.into()),
            ],
        ))
        .await?;
        Ok(())
    }

    /// Tells every replica listening on PostgreSQL that a revision was committed (sent
    /// when the transaction commits, not before). PostgreSQL only.
    pub async fn notify_change(&mut self, revision_id: i64) -> Result<(), StoreError> {
        let mut sql = Sql::new("SELECT pg_notify('lawtracker_changes', ");
        sql.bind(revision_id.to_string()).push(")");
        self.execute(sql).await?;
        Ok(())
    }
}

impl Store {
    /// Revisions of one entity, oldest first.
    pub async fn history(&self, entity: EntityType, slug: &str) -> Result<Vec<Revision>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM revisions WHERE entity_type = ");
        sql.bind(entity.as_str()).push(" AND entity_slug = ").bind(slug).push(" ORDER BY id");
        self.fetch_all(sql).await
    }

    /// The revision feed in commit order: revisions after place `after_seq` (and at
    /// or after `since`). A reader never sees a place before one it has not seen
    /// committed, so resuming after the last place read misses nothing.
    pub async fn revisions(
        &self,
        since: Option<&str>,
        after_seq: Option<i64>,
        limit: usize,
    ) -> Result<Vec<Revision>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM revisions WHERE 1 = 1");
        if let Some(since) = since {
            sql.push(" AND at >= ").bind(since);
        }
        if let Some(after) = after_seq {
            sql.push(" AND commit_seq > ").bind(after);
        }
        sql.push(" ORDER BY commit_seq LIMIT ").bind(limit as i64);
        self.fetch_all(sql).await
    }

    /// The latest revision of an entity committed at or before `at`: what the
    /// tracker had recorded of it then (its `after`; none if it was deleted).
    pub async fn revision_as_of(
        &self,
        entity: EntityType,
        slug: &str,
        at: &str,
    ) -> Result<Option<Revision>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM revisions WHERE entity_type = ");
        sql.bind(entity.as_str()).push(" AND entity_slug = ").bind(slug).push(" AND at <= ").bind(at);
        sql.push(" ORDER BY id DESC LIMIT 1");
        self.fetch_optional(sql).await
    }

    /// The latest `limit` revisions, newest first (what a feed reader shows): of the
    /// given entity types (every type when empty), and with `touching`, only the
    /// revisions of that entity or naming its slug among their `related` ones (a
    /// provision's links to incidents and criticisms name it there).
    pub async fn latest_revisions(
        &self,
        types: &[EntityType],
        touching: Option<(EntityType, &str)>,
        limit: usize,
    ) -> Result<Vec<Revision>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM revisions WHERE 1 = 1");
        if !types.is_empty() {
            let names: Vec<&'static str> = types.iter().map(|t| t.as_str()).collect();
            sql.push(" AND entity_type IN ").bind_list(&names);
        }
        if let Some((entity, slug)) = touching {
            // `related` is a comma-separated list: match a whole item, with LIKE's own
            // wildcards in the slug taken literally.
            let escaped = slug.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            sql.push(" AND ((entity_type = ").bind(entity.as_str()).push(" AND entity_slug = ").bind(slug);
            sql.push(") OR (',' || related || ',') LIKE ").bind(format!("%,{escaped},%")).push(" ESCAPE '\\')");
        }
        sql.push(" ORDER BY commit_seq DESC LIMIT ").bind(limit as i64);
        self.fetch_all(sql).await
    }

    pub async fn count_revisions(&self, since: Option<&str>) -> Result<i64, StoreError> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM revisions WHERE 1 = 1");
        if let Some(since) = since {
            sql.push(" AND at >= ").bind(since);
        }
        self.fetch_count(sql).await
    }

    pub async fn revision(&self, id: i64) -> Result<Option<Revision>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM revisions WHERE id = ");
        sql.bind(id);
        self.fetch_optional(sql).await
    }
}
