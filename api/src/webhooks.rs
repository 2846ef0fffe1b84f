//! The webhook sender: claims due deliveries from the outbox, POSTs each change
//! as JSON signed with HMAC-SHA256, and records the attempt (retried with
//! exponential backoff, given up after `MAX_ATTEMPTS`).

use std::sync::Arc;
use std::time::Duration;

use async_graphql::{Context, Object, SimpleObject, ID};
use hmac::{Hmac, Mac};
use lawtracker_core::auth::Role;
use lawtracker_core::model::Revision as RevisionRow;
use lawtracker_core::webhooks::{Claimed, Delivery, Webhook};
use lawtracker_core::Store;
use sha2::Sha256;

use crate::access::authorize;
use crate::enums::EntityType;
use crate::error::{code, user_error, ResultExt};
use crate::net_policy::{NetPolicy, PolicyResolver};
use crate::types::Revision;

/// The header carrying `sha256=<hex HMAC of the body>` under the webhook's secret.
pub const SIGNATURE_HEADER: &str = "X-Lawtracker-Signature";
/// The same on every attempt of one change to one webhook, whichever process sends
/// it: a receiver that saw the key already has the change (a retry after a lost
/// answer, or a lease that ran out while the first send was still in flight).
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

#[derive(Clone, Debug)]
pub struct DeliveryConfig {
    pub poll_interval: Duration,
    pub base_backoff: Duration,
    pub request_timeout: Duration,
    /// How long a claimed delivery is reserved for this sender.
    pub lease: Duration,
    /// Certificate authorities trusted for `https://` receivers besides the webpki
    /// roots (Mozilla's): a private CA, from `--webhook-ca-file`.
    pub extra_roots: Vec<reqwest::Certificate>,
    /// Which targets deliveries may reach (see `net_policy`).
    pub policy: Arc<NetPolicy>,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            poll_interval: Duration::from_millis(250),
            base_backoff: Duration::from_secs(1),
            request_timeout: Duration::from_secs(10),
            lease: Duration::from_secs(60),
            extra_roots: Vec::new(),
            policy: Arc::new(NetPolicy::default()),
        }
    }
}

/// The certificates of a PEM file (one or several `CERTIFICATE` blocks), or why not.
pub fn load_ca_file(path: &std::path::Path) -> Result<Vec<reqwest::Certificate>, String> {
    let pem = std::fs::read(path).map_err(|e| format!("cannot read the webhook CA file {}: {e}", path.display()))?;
    let certificates = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| format!("the webhook CA file {} is not PEM certificates: {e}", path.display()))?;
    if certificates.is_empty() {
        return Err(format!("the webhook CA file {} holds no CERTIFICATE block", path.display()));
    }
    Ok(certificates)
}

/// The client deliveries go through: rustls, the webpki roots plus `config.extra_roots`;
/// every name resolved through the address policy; redirects not followed (a 3xx is
/// a failed attempt), so a receiver cannot send the request to a refused address.
fn client(config: &DeliveryConfig) -> reqwest::Result<reqwest::Client> {
    let builder = reqwest::Client::builder()
        .timeout(config.request_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(Arc::new(PolicyResolver(config.policy.clone())));
    config.extra_roots.iter().cloned().fold(builder, |builder, root| builder.add_root_certificate(root)).build()
}

/// An error and its causes, `: `-separated. reqwest's own message is only "error
/// sending request for url (…)"; the admin reading `lastError` needs the cause, e.g.
/// "invalid peer certificate: UnknownIssuer".
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `sha256=<hex>` of `body` under `secret`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// The JSON a webhook receives for one change.
pub fn payload(delivery: &Delivery, revision: &RevisionRow) -> serde_json::Value {
    let parse = |text: &Option<String>| text.as_deref().and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok());
    serde_json::json!({
        "delivery": delivery.id,
        "webhook": delivery.webhook_id,
        "revision": {
            "id": revision.id,
            "at": revision.at,
            "author": revision.author,
            "operation": revision.operation,
            "entity_type": revision.entity_type,
            "entity_slug": revision.entity_slug,
            "related": revision.related_slugs().collect::<Vec<_>>(),
            "before": parse(&revision.before),
            "after": parse(&revision.after),
        }
    })
}

/// Runs until the store is closed.
pub fn spawn_sender(store: Store, config: DeliveryConfig) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let client = match client(&config) {
            Ok(client) => client,
            Err(error) => {
                tracing::error!(%error, "webhook sender cannot start");
                return;
            }
        };
        while !store.is_closed() {
            match store.claim_due_deliveries(config.lease, 20).await {
                Ok(claimed) if !claimed.is_empty() => {
                    for item in claimed {
                        send(&store, &client, &config, item).await;
                    }
                    continue;
                }
                Ok(_) => {}
                Err(error) if store.is_closed() => {
                    tracing::debug!(%error, "webhook sender stopping");
                    break;
                }
                Err(error) => tracing::warn!(%error, "could not read the webhook outbox"),
            }
            tokio::time::sleep(config.poll_interval).await;
        }
    })
}

async fn send(store: &Store, client: &reqwest::Client, config: &DeliveryConfig, item: Claimed) {
    let Claimed { delivery, webhook, revision } = item;
    // A literal IP is connected to without the resolver: checked here.
    if let Err(why) = config.policy.check_literal_host(&webhook.url) {
        if let Err(error) = store.finish_attempt(&delivery, None, Some(why), config.base_backoff).await {
            tracing::warn!(%error, delivery = delivery.id, "could not record a webhook attempt");
        }
        return;
    }
    let body = payload(&delivery, &revision).to_string();
    let result = client
        .post(&webhook.url)
        .header("content-type", "application/json")
        .header(SIGNATURE_HEADER, signature(&webhook.secret, body.as_bytes()))
        .header("X-Lawtracker-Delivery", delivery.id.to_string())
        .header(IDEMPOTENCY_HEADER, format!("lawtracker-revision-{}-webhook-{}", revision.id, webhook.id))
        .header("X-Lawtracker-Event", format!("{}.{}", revision.entity_type, revision.operation))
        .body(body)
        .send()
        .await;
    let (status, error) = match result {
        Ok(response) if response.status().is_success() => (Some(response.status().as_u16()), None),
        Ok(response) => {
            (Some(response.status().as_u16()), Some(format!("the receiver answered {}", response.status())))
        }
        Err(error) => (None, Some(with_causes(&error))),
    };
    if let Err(error) = store.finish_attempt(&delivery, status, error, config.base_backoff).await {
        tracing::warn!(%error, delivery = delivery.id, "could not record a webhook attempt");
    }
}

/// A registered webhook. Only admins see webhooks.
pub struct WebhookObject(pub Webhook);

#[Object(name = "Webhook")]
impl WebhookObject {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    async fn url(&self) -> &str {
        &self.0.url
    }
    /// The entity types it wants; empty for all.
    async fn entity_types(&self) -> Vec<EntityType> {
        self.0.entity_types().into_iter().map(Into::into).collect()
    }
    /// Only changes to, or touching, this slug (e.g. a provision, or a law for all its provisions).
    async fn subject(&self) -> Option<&str> {
        self.0.subject_slug.as_deref()
    }
    async fn active(&self) -> bool {
        self.0.active
    }
    async fn created_by(&self) -> &str {
        &self.0.created_by
    }
    async fn created_at(&self) -> &str {
        &self.0.created_at
    }
    /// Delivery attempts, newest first.
    async fn deliveries(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 20)] first: i32,
    ) -> async_graphql::Result<Vec<DeliveryObject>> {
        let limit = first.clamp(0, 100) as usize;
        let rows = ctx.data::<Store>()?.deliveries(self.0.id, limit).await.gql()?;
        Ok(rows.into_iter().map(DeliveryObject).collect())
    }
}

/// One change queued for one webhook, and how its delivery went.
pub struct DeliveryObject(pub Delivery);

#[Object(name = "WebhookDelivery")]
impl DeliveryObject {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// `pending`, `delivered` or `failed` (after the last retry).
    async fn status(&self) -> &str {
        &self.0.status
    }
    async fn attempts(&self) -> i64 {
        self.0.attempts
    }
    /// The HTTP status of the last attempt.
    async fn last_status(&self) -> Option<i64> {
        self.0.last_status
    }
    async fn last_error(&self) -> Option<&str> {
        self.0.last_error.as_deref()
    }
    async fn next_attempt_at(&self) -> &str {
        &self.0.next_attempt_at
    }
    async fn delivered_at(&self) -> Option<&str> {
        self.0.delivered_at.as_deref()
    }
    async fn revision(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Revision>> {
        Ok(ctx.data::<Store>()?.revision(self.0.revision_id).await.gql()?.map(Revision))
    }
}

/// A new webhook and the secret that signs its deliveries, shown only this once.
#[derive(SimpleObject)]
pub struct CreatedWebhook {
    pub webhook: WebhookObject,
    /// Verify each delivery: `X-Lawtracker-Signature` is `sha256=` + hex HMAC-SHA256 of the body under this secret.
    pub secret: String,
}

pub async fn webhooks(ctx: &Context<'_>) -> async_graphql::Result<Vec<WebhookObject>> {
    authorize(ctx, Role::Admin).await?;
    Ok(ctx.data::<Store>()?.webhooks().await.gql()?.into_iter().map(WebhookObject).collect())
}

pub async fn create(
    ctx: &Context<'_>,
    url: String,
    entity_types: Vec<EntityType>,
    subject: Option<String>,
) -> async_graphql::Result<CreatedWebhook> {
    let who = authorize(ctx, Role::Admin).await?;
    let policy = ctx.data::<Arc<NetPolicy>>()?;
    if let Err(why) = policy.check_url(&url).await {
        return Err(user_error(code::BAD_USER_INPUT, Some("url"), &why));
    }
    let types: Vec<_> = entity_types.into_iter().map(Into::into).collect();
    let webhook = ctx
        .data::<Store>()?
        .create_webhook(&who, &url, &types, subject.as_deref())
        .await
        .map_err(|e| crate::error::mutation_error(&e))?;
    let secret = webhook.secret.clone();
    Ok(CreatedWebhook { webhook: WebhookObject(webhook), secret })
}

pub async fn deactivate(ctx: &Context<'_>, id: ID) -> async_graphql::Result<WebhookObject> {
    let who = authorize(ctx, Role::Admin).await?;
    let id: i64 = id.parse().map_err(|_| user_error(code::BAD_USER_INPUT, Some("id"), "a webhook ID is a number"))?;
    let webhook =
        ctx.data::<Store>()?.deactivate_webhook(&who, id).await.map_err(|e| crate::error::mutation_error(&e))?;
    Ok(WebhookObject(webhook))
}
