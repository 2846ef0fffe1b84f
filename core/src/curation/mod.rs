//! Curation: writes by editors and admins. Each write is one transaction that
//! checks the change whole (every problem reported together, every quote verified),
//! applies it, records a revision with the entity before and after, and queues the
//! webhook deliveries it triggers (an outbox), so nothing half-done is ever seen and
//! no notification is lost to a crash.
//!
//! Data flows one way: `input` records are checked (`check`, with what `resolve`
//! finds in the database), written (`write`), then recorded (`revision`).

mod links;
mod resolve;
mod snapshot;

use resolve::{current, delete_locked, expect_version, invalid, prepare, refuse, table};
use snapshot::{related, snapshot};

use crate::auth::{Landing, Principal, Role};
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::*;
use crate::revision::{record, Change};
use crate::store::{Backend, Store, Tx};

/// Who may do what: editors create, update and link; deleting and rating sources is for admins.
fn require(who: &Principal, needed: Role, what: &str) -> Result<(), StoreError> {
    // A proposal's permissions are the reviewer's, checked when it is approved.
    if who.landing == Landing::Propose {
        return Ok(());
    }
    if who.role < needed {
        return Err(StoreError::Forbidden(format!(
            "{what} needs the {needed} role; the token {:?} has {}",
            who.name, who.role
        )));
    }
    Ok(())
}

impl Store {
    /// Records the change, commits, and announces it: the end of every write. A
    /// proposal's check ends here without committing; an approval also marks its
    /// proposal approved, in the same transaction.
    async fn commit_change(&self, mut tx: Tx, who: &Principal, change: Change<'_>) -> Result<Revision, StoreError> {
        let revision = record(&mut tx, self.backend(), &who.name, change).await?;
        match &who.landing {
            Landing::Publish => {}
            // Dropped, the transaction rolls back: nothing of it is kept or sent.
            Landing::Propose => return Ok(revision),
            Landing::Approve { proposal, reviewer } => tx.mark_approved(*proposal, reviewer, &revision).await?,
        }
        self.commit_and_announce(tx, revision).await
    }

    /// Commits `tx` and tells this process's subscribers (PostgreSQL replicas hear of
    /// it through NOTIFY instead, this one included).
    async fn commit_and_announce(&self, tx: Tx, revision: Revision) -> Result<Revision, StoreError> {
        tx.commit().await?;
        if self.backend() == Backend::Sqlite {
            self.announce(revision.clone());
        }
        Ok(revision)
    }

    pub async fn create(&self, who: &Principal, draft: Draft) -> Result<Revision, StoreError> {
        if let Draft::Source(source) = &draft {
            if source.reliability != Reliability::Unrated {
                require(who, Role::Admin, "rating a source's reliability")?;
            }
        }
        let entity = draft.entity_type();
        let slug = draft.slug().to_string();
        refuse(draft.content().unstorable_text())?;
        let mut tx = self.begin_write().await?;
        if current(&mut tx, entity, &slug).await?.is_some() {
            return Err(invalid(format!("{} {slug:?}", table(entity).1), "slug", "an entity with this slug exists"));
        }
        let content = draft.content();
        let law = match &draft {
            Draft::Provision { law, .. } => Some(law.clone()),
            _ => None,
        };
        let mut writer = prepare(&mut tx, &content, law.as_deref()).await?;
        let (id, provisions) = match &draft {
            Draft::Source(e) => (writer.insert_source(e).await?, vec![]),
            Draft::Provision { law, provision } => {
                let law_id = writer.id("law", law)?;
                let position = writer.tx.next_provision_position(law_id).await?;
                let id = writer.insert_provision(law_id, position, provision).await?;
                (id, vec![id])
            }
            Draft::Facility(e) => (writer.insert_facility(e).await?, vec![]),
            Draft::Actor(e) => (writer.insert_actor(e).await?, vec![]),
            Draft::Incident(e) => (writer.insert_incident(e).await?, vec![]),
            Draft::Criticism(e) => {
                let provisions =
                    e.provisions.iter().map(|l| writer.id("provision", &l.provision)).collect::<Result<_, _>>()?;
                (writer.insert_criticism(e).await?, provisions)
            }
            Draft::ClaimQuestion(e) => (writer.insert_claim_question(e).await?, vec![]),
        };
        drop(writer);
        let after = snapshot(&mut tx, entity, id).await?;
        let related = related(&mut tx, &provisions, vec![]).await?;
        self.commit_change(
            tx,
            who,
            Change {
                operation: Operation::Create,
                entity,
                slug: &slug,
                related: &related,
                before: None,
                after: Some(after),
            },
        )
        .await
    }

    /// Replaces an entity's fields, children and citations with the draft's, if it
    /// is still at `expected_version`.
    pub async fn update(&self, who: &Principal, expected_version: i64, draft: Draft) -> Result<Revision, StoreError> {
        let entity = draft.entity_type();
        let slug = draft.slug().to_string();
        refuse(draft.content().unstorable_text())?;
        let mut tx = self.begin_write().await?;
        let id = expect_version(&mut tx, entity, &slug, expected_version).await?;
        let before = snapshot(&mut tx, entity, id).await?;
        if let Draft::Source(source) = &draft {
            let rated = |v: &serde_json::Value| (v["reliability"].clone(), v["reliability_note"].clone());
            let draft_value = serde_json::to_value(source).expect("serialisable");
            if rated(&before) != rated(&draft_value) {
                require(who, Role::Admin, "changing a source's reliability")?;
            }
            self.check_text_keeps_quotes(&mut tx, id, source).await?;
        }
        let content = draft.content();
        let law = match &draft {
            Draft::Provision { law, .. } => Some(law.clone()),
            _ => None,
        };
        let mut writer = prepare(&mut tx, &content, law.as_deref()).await?;
        let mut provisions = vec![];
        match &draft {
            Draft::Source(e) => writer.update_source(id, e).await?,
            Draft::Provision { law, provision } => {
                let law_id = writer.id("law", law)?;
                if !writer.tx.provision_is_in_law(id, law_id).await? {
                    return Err(invalid(
                        format!("provision {slug:?}"),
                        "law",
                        "a provision cannot move to another law",
                    ));
                }
                writer.update_provision(id, provision).await?;
                provisions.push(id);
            }
            Draft::Facility(e) => writer.update_facility(id, e).await?,
            Draft::Actor(e) => writer.update_actor(id, e).await?,
            Draft::Incident(e) => writer.update_incident(id, e).await?,
            Draft::Criticism(e) => writer.update_criticism(id, e).await?,
            Draft::ClaimQuestion(e) => writer.update_claim_question(id, e).await?,
        }
        drop(writer);
        let after = snapshot(&mut tx, entity, id).await?;
        let related = related(&mut tx, &provisions, vec![]).await?;
        self.commit_change(
            tx,
            who,
            Change {
                operation: Operation::Update,
                entity,
                slug: &slug,
                related: &related,
                before: Some(before),
                after: Some(after),
            },
        )
        .await
    }

    /// A source's text may change only if every quote that relies on it still occurs.
    async fn check_text_keeps_quotes(&self, tx: &mut Tx, source_id: i64, source: &SourceIn) -> Result<(), StoreError> {
        // Citations and provision texts both quote sources verbatim.
        let quotes = tx.quotes_of_source(source_id).await?;
        let text = source.text.as_deref().unwrap_or_default();
        let orphaned: Vec<Problem> = quotes
            .iter()
            .filter(|(quote, _)| !text.contains(quote.as_str()))
            .map(|(quote, user)| Problem {
                record: format!("source {:?}", source.slug),
                field: "text".into(),
                message: format!("the new text no longer contains the quote {quote:?}, which {user} relies on"),
            })
            .collect();
        refuse(orphaned)
    }

    /// Deletes an entity at `expected_version` (admins only). A source that
    /// citations rely on, or an actor with criticisms, must be freed first.
    pub async fn delete(
        &self,
        who: &Principal,
        entity: EntityType,
        slug: &str,
        expected_version: i64,
    ) -> Result<Revision, StoreError> {
        require(who, Role::Admin, "deleting")?;
        if matches!(entity, EntityType::Law | EntityType::ProvisionIncident | EntityType::ProvisionCriticism) {
            return Err(StoreError::BadArgument {
                field: "entity",
                message: format!("{} cannot be deleted this way", entity),
            });
        }
        let mut tx = self.begin_write().await?;
        let id = expect_version(&mut tx, entity, slug, expected_version).await?;
        let blockers: &[(&str, &str, &str)] = match entity {
            EntityType::Source => &[
                ("citations", "source_id", "citation(s) quote this source; move or remove them first"),
                ("provision_texts", "source_id", "provision text(s) quote this source; remove them first"),
            ],
            EntityType::Actor => {
                &[("criticisms", "actor_id", "criticism(s) are by this actor; delete or reassign them first")]
            }
            _ => &[],
        };
        for &(table_name, column, message) in blockers {
            let count = tx.count_referencing(table_name, column, id).await?;
            if count > 0 {
                return Err(invalid(format!("{} {slug:?}", table(entity).1), "id", format!("{count} {message}")));
            }
        }
        let before = snapshot(&mut tx, entity, id).await?;
        let provisions = if entity == EntityType::Provision { vec![id] } else { vec![] };
        let related = related(&mut tx, &provisions, vec![]).await?;
        delete_locked(&mut tx, entity, id).await?;
        self.commit_change(
            tx,
            who,
            Change { operation: Operation::Delete, entity, slug, related: &related, before: Some(before), after: None },
        )
        .await
    }
}
