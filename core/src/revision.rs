//! Revisions and the webhook outbox: the last step of every write. A revision
//! records an entity before and after a change; in the same transaction each
//! webhook that wants it gets a queued delivery, so no notification is lost.

use crate::error::StoreError;
use crate::input::*;
use crate::model::*;
use crate::store::webhooks::WebhookFilter;
use crate::store::{Backend, Tx};

use crate::dates::now;

/// `text` (RFC 3339, any offset) in the form revisions store, which compares as
/// text in time order; `None` when it is not an instant.
pub fn revision_instant(text: &str) -> Option<String> {
    let instant = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    Some(instant.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Micros, true))
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
        commit_seq: 0,
        at,
        author: author.to_string(),
        operation,
        entity_type: entity,
        entity_slug: slug.to_string(),
        related: related.join(","),
        before: before.map(|v| v.to_string()),
        after: after.map(|v| v.to_string()),
    };
    (revision.id, revision.commit_seq) = tx.insert_revision(&revision).await?;
    for webhook in tx.active_webhook_filters().await?.iter().filter(|w| wants(w, &revision)) {
        tx.queue_delivery(webhook.id, revision.id, &revision.at).await?;
    }
    if backend == Backend::Postgres {
        tx.notify_change(revision.id).await?;
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
