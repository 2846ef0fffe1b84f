//! The `webhooks` and `webhook_deliveries` tables. Who may register a webhook, how
//! its secret is made, when a failed delivery is tried again and how a sender
//! claims deliveries are the webhooks module's; this one reads and writes rows.

use super::sql::{insert_into, Sql};
use super::Store;
use crate::error::StoreError;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Webhook {
    pub id: i64,
    pub url: String,
    /// The HMAC-SHA256 key; shown to the admin once, at registration.
    pub secret: String,
    /// Comma-separated `EntityType` names; empty for all.
    pub entity_types: String,
    pub subject_slug: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub active: bool,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Delivery {
    pub id: i64,
    pub webhook_id: i64,
    pub revision_id: i64,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: String,
    pub lease_until: Option<String>,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub delivered_at: Option<String>,
}

/// What a webhook wants: which entity types (comma-separated names, empty for all)
/// and which subject (an entity's slug, or one it relates to).
#[derive(sqlx::FromRow)]
pub struct WebhookFilter {
    pub id: i64,
    pub entity_types: String,
    pub subject_slug: Option<String>,
}

/// A webhook as registered, before it has an id.
pub struct NewWebhook<'a> {
    pub url: &'a str,
    pub secret: &'a str,
    /// Comma-separated `EntityType` names; empty for all.
    pub entity_types: &'a str,
    pub subject_slug: Option<&'a str>,
    pub created_by: &'a str,
    pub created_at: &'a str,
}

/// What one attempt leaves a delivery as.
pub enum AfterAttempt {
    Delivered {
        at: String,
    },
    /// Given up: no more attempts.
    Failed,
    /// Pending again, due at this instant.
    RetryAt(String),
}

impl Store {
    /// Stores an active webhook; its id.
    pub async fn insert_webhook(&self, new: NewWebhook<'_>) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let id = tx
            .insert(insert_into(
                "webhooks",
                vec![
                    ("url", new.url.into()),
                    ("secret", new.secret.into()),
                    ("entity_types", new.entity_types.into()),
                    ("subject_slug", new.subject_slug.into()),
                    ("created_by", new.created_by.into()),
                    ("created_at", new.created_at.into()),
                    ("active", true.into()),
                ],
            ))
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Marks a webhook inactive; its deliveries stay.
    pub async fn set_webhook_inactive(&self, id: i64) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE webhooks SET active = FALSE WHERE id = ");
        sql.bind(id);
        tx.execute(sql).await?;
        tx.commit().await
    }

    pub async fn webhook(&self, id: i64) -> Result<Option<Webhook>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM webhooks WHERE id = ");
        sql.bind(id);
        self.fetch_optional(sql).await
    }

    pub async fn webhooks(&self) -> Result<Vec<Webhook>, StoreError> {
        self.fetch_all(Sql::new("SELECT * FROM webhooks ORDER BY id")).await
    }

    /// The latest deliveries of a webhook, newest first.
    pub async fn deliveries(&self, webhook_id: i64, limit: usize) -> Result<Vec<Delivery>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM webhook_deliveries WHERE webhook_id = ");
        sql.bind(webhook_id).push(" ORDER BY id DESC LIMIT ").bind(limit as i64);
        self.fetch_all(sql).await
    }

    /// Up to `limit` pending deliveries due at `now` and not leased past it, oldest first.
    pub async fn due_deliveries(&self, now: &str, limit: usize) -> Result<Vec<Delivery>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ");
        sql.bind(now).push(" AND (lease_until IS NULL OR lease_until < ").bind(now);
        sql.push(") ORDER BY id LIMIT ").bind(limit as i64);
        // In a transaction of its own rather than through `fetch_all`: this poll runs every
        // quarter second in the background, and `read_statements` counts the reads that
        // requests make (the statement-count tests compare it before and after a query).
        let mut poll = self.begin_read().await?;
        let due = poll.fetch_all(sql).await?;
        poll.commit().await?;
        Ok(due)
    }

    /// Leases a delivery until `until` if it is still pending and unleased at `now`;
    /// false if another sender got there first.
    pub async fn lease_delivery(&self, id: i64, until: &str, now: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE webhook_deliveries SET lease_until = ");
        sql.bind(until).push(" WHERE id = ").bind(id);
        sql.push(" AND status = 'pending' AND (lease_until IS NULL OR lease_until < ").bind(now).push(")");
        let won = tx.execute(sql).await? == 1;
        tx.commit().await?;
        Ok(won)
    }

    /// Records an attempt on a delivery (its `attempts`-th), releasing its lease.
    pub async fn record_attempt(
        &self,
        id: i64,
        attempts: i64,
        http_status: Option<i64>,
        error: Option<String>,
        after: AfterAttempt,
    ) -> Result<(), StoreError> {
        let mut sql = Sql::new("UPDATE webhook_deliveries SET attempts = ");
        sql.bind(attempts).push(", lease_until = NULL, last_status = ").bind(http_status);
        sql.push(", last_error = ").bind(error);
        match after {
            AfterAttempt::Delivered { at } => sql.push(", status = 'delivered', delivered_at = ").bind(at),
            AfterAttempt::Failed => sql.push(", status = 'failed'"),
            AfterAttempt::RetryAt(next) => sql.push(", next_attempt_at = ").bind(next),
        };
        sql.push(" WHERE id = ").bind(id);
        let mut tx = self.begin_write().await?;
        tx.execute(sql).await?;
        tx.commit().await
    }
}
