//! Revisions and the webhook outbox: the last step of every write. A revision
//! records an entity before and after a change; in the same transaction each
//! webhook that wants it gets a queued delivery, so no notification is lost.

use crate::error::StoreError;
use crate::input::*;
use crate::model::*;
use crate::store::sql::insert_into;
use crate::store::sql::Sql;
use crate::store::{Backend, Store, Tx};

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// `text` (RFC 3339, any offset) in the form revisions store, which compares as
/// text in time order; `None` when it is not an instant.
pub fn revision_instant(text: &str) -> Option<String> {
    let instant = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    Some(instant.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Micros, true))
}

#[derive(sqlx::FromRow)]
struct WebhookFilter {
    id: i64,
    entity_types: String,
    subject_slug: Option<String>,
}

/// What a write did to one entity, as a revision records it.
pub(crate) struct Change<'a> {
    pub operation: Operation,
    pub entity: EntityType,
    pub slug: &'a str,
    pub related: &'a [String],
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Records a revision and, in the same transaction, queues a delivery for each
/// webhook that wants it and (on PostgreSQL) notifies every replica.
pub(crate) async fn record(
    tx: &mut Tx,
    backend: Backend,
    author: &str,
    change: Change<'_>,
) -> Result<Revision, StoreError> {
    record_at(tx, backend, author, change, now()).await
}

/// Like [`record`], dated `at` (the form [`revision_instant`] gives) rather than now.
async fn record_at(
    tx: &mut Tx,
    backend: Backend,
    author: &str,
    change: Change<'_>,
    at: String,
) -> Result<Revision, StoreError> {
    let Change { operation, entity, slug, related, before, after } = change;
    let mut revision = Revision {
        id: 0,
        at,
        author: author.to_string(),
        operation,
        entity_type: entity,
        entity_slug: slug.to_string(),
        related: related.join(","),
        before: before.map(|v| v.to_string()),
        after: after.map(|v| v.to_string()),
    };
    revision.id = tx
        .insert(insert_into(
            "revisions",
            vec![
                ("at", revision.at.as_str().into()),
                ("author", revision.author.as_str().into()),
                ("operation", operation.as_str().into()),
                ("entity_type", entity.as_str().into()),
                ("entity_slug", slug.into()),
                ("related", revision.related.as_str().into()),
                ("before", revision.before.clone().into()),
                ("after", revision.after.clone().into()),
            ],
        ))
        .await?;
    let webhooks: Vec<WebhookFilter> = tx
        .fetch_all(Sql::new("SELECT id, entity_types, subject_slug FROM webhooks WHERE active = TRUE ORDER BY id"))
        .await?;
    for webhook in webhooks.iter().filter(|w| wants(w, &revision)) {
        tx.execute(insert_into(
            "webhook_deliveries",
            vec![
                ("webhook_id", webhook.id.into()),
                ("revision_id", revision.id.into()),
                ("next_attempt_at", revision.at.as_str().into()),
            ],
        ))
        .await?;
    }
    if backend == Backend::Postgres {
        let mut sql = Sql::new("SELECT pg_notify('lawtracker_changes', ");
        sql.bind(revision.id.to_string()).push(")");
        tx.execute(sql).await?;
    }
    Ok(revision)
}

fn wants(webhook: &WebhookFilter, revision: &Revision) -> bool {
    let type_ok =
        webhook.entity_types.is_empty() || webhook.entity_types.split(',').any(|t| t == revision.entity_type.as_str());
    let subject_ok = match &webhook.subject_slug {
        None => true,
        Some(subject) => revision.entity_slug == *subject || revision.related_slugs().any(|s| s == subject),
    };
    type_ok && subject_ok
}

/// Records one `load` revision per entity written by a bulk load, so every
/// entity's history starts with where it came from. A record that says when it was
/// curated (`curated_at`, as the shipped dataset's do) gets its revision dated then,
/// not at load time, so `knownAt` answers the same on every database.
pub(crate) async fn record_load(
    tx: &mut Tx,
    backend: Backend,
    author: &str,
    content: &Content,
) -> Result<(), StoreError> {
    let json = |value: &dyn ToJson| Some(value.to_json());
    type Entry<'c> = (EntityType, String, Vec<String>, Option<serde_json::Value>, Option<&'c String>);
    let mut entries: Vec<Entry> = Vec::new();
    for source in &content.sources {
        entries.push((EntityType::Source, source.slug.clone(), vec![], json(source), source.curated_at.as_ref()));
    }
    for law in &content.laws {
        let mut summary = law.clone();
        summary.provisions.clear();
        entries.push((EntityType::Law, law.slug.clone(), vec![], json(&summary), law.curated_at.as_ref()));
        for provision in &law.provisions {
            let related = vec![law.slug.clone()];
            let at = provision.curated_at.as_ref();
            entries.push((EntityType::Provision, provision.slug.clone(), related, json(provision), at));
        }
    }
    for facility in &content.facilities {
        entries.push((
            EntityType::Facility,
            facility.slug.clone(),
            vec![],
            json(facility),
            facility.curated_at.as_ref(),
        ));
    }
    for actor in &content.actors {
        entries.push((EntityType::Actor, actor.slug.clone(), vec![], json(actor), actor.curated_at.as_ref()));
    }
    for incident in &content.incidents {
        entries.push((
            EntityType::Incident,
            incident.slug.clone(),
            vec![],
            json(incident),
            incident.curated_at.as_ref(),
        ));
    }
    for criticism in &content.criticisms {
        let related = criticism.provisions.iter().map(|l| l.provision.clone()).collect();
        let at = criticism.curated_at.as_ref();
        entries.push((EntityType::Criticism, criticism.slug.clone(), related, json(criticism), at));
    }
    for link in &content.provision_incidents {
        let slug = incident_link_slug(&link.provision, &link.incident, link.relation);
        let related = vec![link.provision.clone(), link.incident.clone()];
        entries.push((EntityType::ProvisionIncident, slug, related, json(link), link.curated_at.as_ref()));
    }
    for question in &content.claims {
        let at = question.curated_at.as_ref();
        entries.push((EntityType::ClaimQuestion, question.slug.clone(), vec![], json(question), at));
    }
    for (entity, slug, related, after, curated_at) in entries {
        let change = Change { operation: Operation::Load, entity, slug: &slug, related: &related, before: None, after };
        let at = curated_at.and_then(|text| revision_instant(text)).unwrap_or_else(now);
        record_at(tx, backend, author, change, at).await?;
    }
    Ok(())
}

impl Store {
    /// Revisions of one entity, oldest first.
    pub async fn history(&self, entity: EntityType, slug: &str) -> Result<Vec<Revision>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM revisions WHERE entity_type = ");
        sql.bind(entity.as_str()).push(" AND entity_slug = ").bind(slug).push(" ORDER BY id");
        self.fetch_all(sql).await
    }

    /// The revision feed: revisions after `after_id` (and at or after `since`), oldest first.
    pub async fn revisions(
        &self,
        since: Option<&str>,
        after_id: Option<i64>,
        limit: usize,
    ) -> Result<Vec<Revision>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM revisions WHERE 1 = 1");
        if let Some(since) = since {
            sql.push(" AND at >= ").bind(since);
        }
        if let Some(after) = after_id {
            sql.push(" AND id > ").bind(after);
        }
        sql.push(" ORDER BY id LIMIT ").bind(limit as i64);
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
