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
use crate::store::webhooks::{AfterAttempt, NewWebhook};
use crate::store::Store;

pub use crate::store::webhooks::{Delivery, Webhook};

/// Deliveries are tried at most this many times, then marked failed.
pub const MAX_ATTEMPTS: i64 = 8;

impl Webhook {
    pub fn entity_types(&self) -> Vec<EntityType> {
        self.entity_types.split(',').filter_map(|t| t.parse().ok()).collect()
    }
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
        let entity_types = entity_types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(",");
        let created_at = timestamp(now());
        let id = self
            .insert_webhook(NewWebhook {
                url,
                secret: &secret,
                entity_types: &entity_types,
                subject_slug,
                created_by: &who.name,
                created_at: &created_at,
            })
            .await?;
        self.webhook(id).await?.ok_or_else(|| StoreError::NotFound { entity: "Webhook", key: format!("id {id}") })
    }

    /// Deactivates a webhook (admins only); its delivery history stays queryable.
    pub async fn deactivate_webhook(&self, who: &Principal, id: i64) -> Result<Webhook, StoreError> {
        if who.role < Role::Admin {
            return Err(StoreError::Forbidden("removing a webhook needs the admin role".into()));
        }
        self.set_webhook_inactive(id).await?;
        self.webhook(id).await?.ok_or_else(|| StoreError::NotFound { entity: "Webhook", key: format!("id {id}") })
    }

    /// Claims up to `limit` deliveries that are due and not leased by another sender.
    pub async fn claim_due_deliveries(&self, lease: Duration, limit: usize) -> Result<Vec<Claimed>, StoreError> {
        let now_text = timestamp(now());
        let due = self.due_deliveries(&now_text, limit).await?;
        let lease_until = timestamp(now() + chrono::Duration::from_std(lease).unwrap_or_default());
        let mut claimed = Vec::new();
        for delivery in due {
            let won = self.lease_delivery(delivery.id, &lease_until, &now_text).await?;
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
        let after = if delivered {
            AfterAttempt::Delivered { at: timestamp(now()) }
        } else if attempts >= MAX_ATTEMPTS {
            AfterAttempt::Failed
        } else {
            let next = now() + chrono::Duration::from_std(backoff(base_backoff, attempts - 1)).unwrap_or_default();
            AfterAttempt::RetryAt(timestamp(next))
        };
        self.record_attempt(delivery.id, attempts, http_status.map(i64::from), error, after).await
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
