//! Webhooks: an admin registers a URL and the changes it wants; every matching
//! revision gets a delivery row written in the revision's own transaction (the
//! outbox, see `curation::record`). A worker (in the API crate, which owns HTTP)
//! claims due deliveries with a lease, so several replicas never send one twice
//! and a crashed sender's deliveries are picked up again when its lease expires.

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::auth::{Principal, Role};
use crate::error::{Problem, StoreError};
use crate::model::{EntityType, Revision};
use crate::store::sql::insert_into;
use crate::store::sql::Sql;
use crate::store::Store;

/// Deliveries are tried at most this many times, then marked failed.
pub const MAX_ATTEMPTS: i64 = 8;

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

impl Webhook {
    pub fn entity_types(&self) -> Vec<EntityType> {
        self.entity_types.split(',').filter_map(|t| t.parse().ok()).collect()
    }
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

/// A delivery this process has claimed, with what it needs to send it.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub delivery: Delivery,
    pub webhook: Webhook,
    pub revision: Revision,
}

fn timestamp(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// Exponential backoff after `attempts` failures: base, 2·base, 4·base, ... capped at 10 minutes.
pub fn backoff(base: Duration, attempts: i64) -> Duration {
    let factor = 1u32 << attempts.clamp(0, 16) as u32;
    (base * factor).min(Duration::from_secs(600))
}

impl Store {
    /// Registers a webhook (admins only) and returns it with its signing secret.
    pub async fn create_webhook(
        &self,
        who: &Principal,
        url: &str,
        entity_types: &[EntityType],
        subject_slug: Option<&str>,
    ) -> Result<Webhook, StoreError> {
        if who.role < Role::Admin {
            return Err(StoreError::Forbidden(format!(
                "registering a webhook needs the admin role; {:?} is an editor",
                who.name
            )));
        }
        // Refused up front like every other text input (see `check::unstorable`).
        for (field, text) in [("url", Some(url)), ("subject", subject_slug)] {
            if let Some(why) = text.and_then(crate::check::unstorable) {
                let record = "webhook".into();
                return Err(StoreError::Invalid(vec![Problem { record, field: field.into(), message: why.into() }]));
            }
        }
        if !(url.starts_with("http://") || url.starts_with("https://")) || url.len() < 10 {
            return Err(StoreError::Invalid(vec![Problem {
                record: "webhook".into(),
                field: "url".into(),
                message: format!("{url:?} is not an http:// or https:// URL"),
            }]));
        }
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| StoreError::BadArgument { field: "secret", message: e.to_string() })?;
        let secret = format!("whsec_{}", URL_SAFE_NO_PAD.encode(bytes));
        let types: Vec<&str> = entity_types.iter().map(|t| t.as_str()).collect();
        let mut tx = self.begin_write().await?;
        let id = tx
            .insert(insert_into(
                "webhooks",
                vec![
                    ("url", url.into()),
                    ("secret", secret.as_str().into()),
                    ("entity_types", types.join(",").into()),
                    ("subject_slug", subject_slug.into()),
                    ("created_by", who.name.as_str().into()),
                    ("created_at", timestamp(now()).into()),
                    ("active", true.into()),
                ],
            ))
            .await?;
        tx.commit().await?;
        self.webhook(id).await?.ok_or_else(|| StoreError::NotFound { entity: "Webhook", key: format!("id {id}") })
    }

    /// Deactivates a webhook (admins only); its delivery history stays queryable.
    pub async fn deactivate_webhook(&self, who: &Principal, id: i64) -> Result<Webhook, StoreError> {
        if who.role < Role::Admin {
            return Err(StoreError::Forbidden("removing a webhook needs the admin role".into()));
        }
        let mut tx = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE webhooks SET active = FALSE WHERE id = ");
        sql.bind(id);
        tx.execute(sql).await?;
        tx.commit().await?;
        self.webhook(id).await?.ok_or_else(|| StoreError::NotFound { entity: "Webhook", key: format!("id {id}") })
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

    /// Claims up to `limit` deliveries that are due and not leased by another sender.
    pub async fn claim_due_deliveries(&self, lease: Duration, limit: usize) -> Result<Vec<Claimed>, StoreError> {
        let now_text = timestamp(now());
        let mut sql = Sql::new("SELECT * FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ");
        sql.bind(now_text.as_str()).push(" AND (lease_until IS NULL OR lease_until < ").bind(now_text.as_str());
        sql.push(") ORDER BY id LIMIT ").bind(limit as i64);
        // In a transaction of its own rather than through `fetch_all`: this poll runs every
        // quarter second in the background, and `read_statements` counts the reads that
        // requests make (the statement-count tests compare it before and after a query).
        let mut poll = self.begin_read().await?;
        let due: Vec<Delivery> = poll.fetch_all(sql).await?;
        poll.commit().await?;
        let lease_until = timestamp(now() + chrono::Duration::from_std(lease).unwrap_or_default());
        let mut claimed = Vec::new();
        for delivery in due {
            let mut tx = self.begin_write().await?;
            let mut sql = Sql::new("UPDATE webhook_deliveries SET lease_until = ");
            sql.bind(lease_until.as_str()).push(" WHERE id = ").bind(delivery.id);
            sql.push(" AND status = 'pending' AND (lease_until IS NULL OR lease_until < ")
                .bind(now_text.as_str())
                .push(")");
            let won = tx.execute(sql).await? == 1;
            tx.commit().await?;
            if !won {
                continue; // another replica took it
            }
            let (Some(webhook), Some(revision)) =
                (self.webhook(delivery.webhook_id).await?, self.revision(delivery.revision_id).await?)
            else {
                continue;
            };
            claimed.push(Claimed { delivery, webhook, revision });
        }
        Ok(claimed)
    }

    /// Records one delivery attempt: delivered, retried later with backoff, or given up.
    pub async fn finish_attempt(
        &self,
        delivery: &Delivery,
        http_status: Option<u16>,
        error: Option<String>,
        base_backoff: Duration,
    ) -> Result<(), StoreError> {
        let attempts = delivery.attempts + 1;
        let delivered = error.is_none() && http_status.is_some_and(|s| (200..300).contains(&s));
        let mut sql = Sql::new("UPDATE webhook_deliveries SET attempts = ");
        sql.bind(attempts).push(", lease_until = NULL, last_status = ").bind(http_status.map(i64::from));
        sql.push(", last_error = ").bind(error);
        if delivered {
            sql.push(", status = 'delivered', delivered_at = ").bind(timestamp(now()));
        } else if attempts >= MAX_ATTEMPTS {
            sql.push(", status = 'failed'");
        } else {
            let next = now() + chrono::Duration::from_std(backoff(base_backoff, attempts - 1)).unwrap_or_default();
            sql.push(", next_attempt_at = ").bind(timestamp(next));
        }
        sql.push(" WHERE id = ").bind(delivery.id);
        let mut tx = self.begin_write().await?;
        tx.execute(sql).await?;
        tx.commit().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let base = Duration::from_secs(2);
        assert_eq!(backoff(base, 0), Duration::from_secs(2));
        assert_eq!(backoff(base, 1), Duration::from_secs(4));
        assert_eq!(backoff(base, 3), Duration::from_secs(16));
        assert_eq!(backoff(base, 12), Duration::from_secs(600));
    }
}
