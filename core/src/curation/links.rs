//! Links between provisions and incidents or criticisms, and their removal.

use super::resolve::{delete_locked, invalid, prepare, refuse, resolve};

use super::snapshot::{related, snapshot};
use super::Change;
use crate::auth::Principal;
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::*;
use crate::store::{Store, Tx};
use crate::write::Writer;

impl Store {
    /// Links an incident to a provision, with evidence.
    pub async fn link_incident(&self, who: &Principal, link: ProvisionIncidentIn) -> Result<Revision, StoreError> {
        let content = Content { provision_incidents: vec![link.clone()], ..Default::default() };
        refuse(content.unstorable_text())?;
        let mut tx = self.begin_write().await?;
        let mut writer = prepare(&mut tx, &content, None).await?;
        let (provision_id, incident_id) =
            (writer.id("provision", &link.provision)?, writer.id("incident", &link.incident)?);
        if writer.tx.incident_link_exists(provision_id, incident_id, link.relation.as_str()).await? {
            return Err(invalid(link_record(&link.provision, &link.incident), "relation", "this link exists already"));
        }
        let id = writer.insert_incident_link(&link).await?;
        drop(writer);
        let after = snapshot(&mut tx, EntityType::ProvisionIncident, id).await?;
        let related = related(&mut tx, &[provision_id], vec![link.incident.clone()]).await?;
        let slug = incident_link_slug(&link.provision, &link.incident, link.relation);
        self.commit_change(
            tx,
            who,
            Change {
                operation: Operation::Link,
                entity: EntityType::ProvisionIncident,
                slug: &slug,
                related: &related,
                before: None,
                after: Some(after),
            },
        )
        .await
    }

    pub async fn unlink_incident(
        &self,
        who: &Principal,
        provision: &str,
        incident: &str,
        relation: LinkRelation,
    ) -> Result<Revision, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = tx.locked_incident_link(provision, incident, relation.as_str()).await?.ok_or_else(|| {
            StoreError::NotFound { entity: "ProvisionIncident", key: format!("{provision} ~ {incident} ({relation})") }
        })?;
        let slug = incident_link_slug(provision, incident, relation);
        self.remove_link(tx, who, EntityType::ProvisionIncident, row.id, &slug, provision, incident).await
    }

    /// Deletes a link row and records the unlink: the shared end of both unlink mutations.
    #[allow(clippy::too_many_arguments)]
    async fn remove_link(
        &self,
        mut tx: Tx,
        who: &Principal,
        entity: EntityType,
        link_id: i64,
        slug: &str,
        provision: &str,
        other: &str,
    ) -> Result<Revision, StoreError> {
        let before = snapshot(&mut tx, entity, link_id).await?;
        let provision_id: Vec<i64> =
            tx.slug_rows("provisions", &[provision.to_string()]).await?.into_iter().map(|r| r.id).collect();
        let related = related(&mut tx, &provision_id, vec![other.to_string()]).await?;
        delete_locked(&mut tx, entity, link_id).await?;
        self.commit_change(
            tx,
            who,
            Change { operation: Operation::Unlink, entity, slug, related: &related, before: Some(before), after: None },
        )
        .await
    }

    /// Links a criticism to a provision it is about, with evidence.
    pub async fn link_criticism(
        &self,
        who: &Principal,
        criticism: &str,
        link: CriticismLinkIn,
    ) -> Result<Revision, StoreError> {
        // Checked as a link of a criticism the checker knows of only by its author.
        let probe = Content {
            provision_incidents: Vec::new(),
            criticisms: vec![CriticismIn {
                slug: criticism.to_string(),
                version: 1,
                curated_at: None,
                actor: String::new(),
                stance: Stance::Concerned,
                rights: Vec::new(),
                summary: String::new(),
                summary_fr: None,
                quote: None,
                stated_on: None,
                citations: vec![],
                provisions: vec![link.clone()],
            }],
            ..Default::default()
        };
        // Named as fields of the link itself, which is what the caller sent.
        let as_link = |problems: Vec<Problem>| -> Vec<Problem> {
            problems
                .into_iter()
                .filter_map(|p| {
                    let field = p.field.strip_prefix("provisions[0].")?.to_string();
                    Some(Problem { field, ..p })
                })
                .collect()
        };
        refuse(as_link(probe.unstorable_text()))?;
        let mut tx = self.begin_write().await?;
        let criticism_row = tx
            .slug_rows("criticisms", &[criticism.to_string()])
            .await?
            .pop()
            .ok_or_else(|| StoreError::NotFound { entity: "Criticism", key: format!("slug {criticism:?}") })?;
        let (known, ids) = resolve(&mut tx, &probe, None).await?;
        refuse(as_link(probe.check_with(&known)))?;
        let mut writer = Writer::new(&mut tx);
        for (kind, slug, id) in ids {
            writer.remember(kind, &slug, id);
        }
        let provision_id = writer.id("provision", &link.provision)?;
        if writer.tx.criticism_link_exists(provision_id, criticism_row.id).await? {
            return Err(invalid(link_record(&link.provision, criticism), "provision", "this link exists already"));
        }
        let id = writer.insert_criticism_link(criticism_row.id, &link).await?;
        drop(writer);
        let after = snapshot(&mut tx, EntityType::ProvisionCriticism, id).await?;
        let related = related(&mut tx, &[provision_id], vec![criticism.to_string()]).await?;
        let slug = format!("{}~{criticism}", link.provision);
        self.commit_change(
            tx,
            who,
            Change {
                operation: Operation::Link,
                entity: EntityType::ProvisionCriticism,
                slug: &slug,
                related: &related,
                before: None,
                after: Some(after),
            },
        )
        .await
    }

    pub async fn unlink_criticism(
        &self,
        who: &Principal,
        provision: &str,
        criticism: &str,
    ) -> Result<Revision, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = tx.locked_criticism_link(provision, criticism).await?.ok_or_else(|| StoreError::NotFound {
            entity: "ProvisionCriticism",
            key: format!("{provision} ~ {criticism}"),
        })?;
        let slug = format!("{provision}~{criticism}");
        self.remove_link(tx, who, EntityType::ProvisionCriticism, row.id, &slug, provision, criticism).await
    }
}

fn link_record(provision: &str, other: &str) -> String {
    format!("link {provision:?} ~ {other:?}")
}
