//! How each entity maps to rows: the one place that writes content, used by the
//! dataset loader, imports and curation mutations alike. Callers check content
//! first (`Content::check`); the writer assumes it is valid. The row values of each
//! entity are in [`columns`]; the statements they go into, in [`crate::store::sql`].

mod columns;

use std::collections::HashMap;

pub(crate) use columns::*;

use crate::error::StoreError;
use crate::input::*;
use crate::model::*;
use crate::store::sql::{delete_where, insert_into, update_row, Columns};
use crate::store::Tx;

/// Writes content, remembering the row id of each slug it writes or is told of.
pub(crate) struct Writer<'t> {
    pub tx: &'t mut Tx,
    ids: HashMap<(&'static str, String), i64>,
}

impl<'t> Writer<'t> {
    pub fn new(tx: &'t mut Tx) -> Self {
        Writer { tx, ids: HashMap::new() }
    }

    /// Tells the writer the row id of an entity already in the database.
    pub fn remember(&mut self, kind: &'static str, slug: &str, id: i64) {
        self.ids.insert((kind, slug.to_string()), id);
    }

    pub fn id(&self, kind: &'static str, slug: &str) -> Result<i64, StoreError> {
        self.ids
            .get(&(kind, slug.to_string()))
            .copied()
            .ok_or_else(|| StoreError::NotFound { entity: kind, key: format!("slug {slug:?}") })
    }

    async fn cite(&mut self, target: CitationTarget, citations: &[CitationIn]) -> Result<(), StoreError> {
        for citation in citations {
            let source_id = self.id("source", &citation.source)?;
            let columns = citation_columns(source_id, &citation.quote, citation.note.clone(), target);
            self.tx.execute(insert_into("citations", columns)).await?;
        }
        Ok(())
    }

    /// Deletes the rows of `table` whose `column` is `id` (children being replaced).
    async fn delete_where(&mut self, table: &'static str, column: &'static str, id: i64) -> Result<(), StoreError> {
        self.tx.execute(delete_where(table, column, id)).await.map(drop)
    }

    async fn insert(
        &mut self,
        kind: &'static str,
        slug: &str,
        table: &'static str,
        values: Columns,
    ) -> Result<i64, StoreError> {
        let id = self.tx.insert(insert_into(table, values)).await?;
        self.remember(kind, slug, id);
        Ok(id)
    }

    /// Writes all of `content`, in dependency order.
    pub async fn write(&mut self, content: &Content) -> Result<(), StoreError> {
        for source in &content.sources {
            self.insert_source(source).await?;
        }
        for law in &content.laws {
            self.insert_law(law).await?;
        }
        for facility in &content.facilities {
            self.insert_facility(facility).await?;
        }
        for actor in &content.actors {
            self.insert_actor(actor).await?;
        }
        for incident in &content.incidents {
            self.insert_incident(incident).await?;
        }
        for criticism in &content.criticisms {
            self.insert_criticism(criticism).await?;
        }
        for link in &content.provision_incidents {
            self.insert_incident_link(link).await?;
        }
        for question in &content.claims {
            self.insert_claim_question(question).await?;
        }
        for event in &content.events {
            self.insert_event(event).await?;
        }
        Ok(())
    }

    pub async fn insert_source(&mut self, source: &SourceIn) -> Result<i64, StoreError> {
        let columns = with_identity(&source.slug, source.version, source_columns(source));
        self.insert("source", &source.slug, "sources", columns).await
    }

    pub async fn update_source(&mut self, id: i64, source: &SourceIn) -> Result<(), StoreError> {
        self.tx.execute(update_row("sources", id, source_columns(source))).await.map(drop)
    }

    pub async fn insert_law(&mut self, law: &LawIn) -> Result<i64, StoreError> {
        let law_id =
            self.insert("law", &law.slug, "laws", with_identity(&law.slug, law.version, law_columns(law))).await?;
        self.cite(CitationTarget::Law(law_id), &law.citations).await?;
        for (position, stage) in law.stages.iter().enumerate() {
            let columns = stage_columns(law_id, position as i64, stage)?;
            let id = self.insert("stage", &stage.slug, "law_stages", columns).await?;
            self.cite(CitationTarget::LawStage(id), &stage.citations).await?;
        }
        for (position, provision) in law.provisions.iter().enumerate() {
            self.insert_provision(law_id, position as i64, provision).await?;
        }
        Ok(law_id)
    }

    /// Inserts a provision; its parameters' stages must be remembered (`stage` slugs).
    pub async fn insert_provision(
        &mut self,
        law_id: i64,
        position: i64,
        provision: &ProvisionIn,
    ) -> Result<i64, StoreError> {
        let mut columns = with_identity(&provision.slug, provision.version, provision_columns(provision));
        columns.push(("law_id", law_id.into()));
        columns.push(("position", position.into()));
        columns.push(("entry_into_force", provision.entry_into_force.clone().into()));
        let id = self.insert("provision", &provision.slug, "provisions", columns).await?;
        self.provision_children(id, provision).await?;
        self.provision_texts(id, &provision.texts).await?;
        self.provision_references(id, provision).await?;
        Ok(id)
    }

    /// A provision's code references and decrees. Like its texts, written with the
    /// provision and kept by its updates: the API does not edit them yet.
    async fn provision_references(&mut self, id: i64, provision: &ProvisionIn) -> Result<(), StoreError> {
        for (table, column, values) in
            [("provision_codes", "code", &provision.codes), ("provision_decrees", "decree", &provision.decrees)]
        {
            for (position, value) in values.iter().enumerate() {
                let columns =
                    vec![("provision_id", id.into()), ("position", (position as i64).into()), (column, value.into())];
                self.tx.execute(insert_into(table, columns)).await?;
            }
        }
        Ok(())
    }

    /// A provision's texts by stage. Written with the provision and kept by its
    /// updates: the API does not edit them (see `ProvisionIn::texts`).
    async fn provision_texts(&mut self, id: i64, texts: &[ProvisionTextIn]) -> Result<(), StoreError> {
        for (position, text) in texts.iter().enumerate() {
            let stage_id = text.stage.as_ref().map(|s| self.id("stage", s)).transpose()?;
            let source_id = self.id("source", &text.source)?;
            self.tx
                .execute(insert_into(
                    "provision_texts",
                    vec![
                        ("provision_id", id.into()),
                        ("position", (position as i64).into()),
                        ("stage_id", stage_id.into()),
                        ("kind", text.kind.as_str().into()),
                        ("source_id", source_id.into()),
                        ("quote", text.quote.as_str().into()),
                        ("note", text.note.clone().into()),
                    ],
                ))
                .await?;
        }
        Ok(())
    }

    pub async fn update_provision(&mut self, id: i64, provision: &ProvisionIn) -> Result<(), StoreError> {
        self.tx.execute(update_row("provisions", id, provision_columns(provision))).await?;
        self.delete_where("citations", "provision_id", id).await?;
        self.delete_where("parameters", "provision_id", id).await?;
        self.provision_children(id, provision).await
    }

    async fn provision_children(&mut self, id: i64, provision: &ProvisionIn) -> Result<(), StoreError> {
        self.cite(CitationTarget::Provision(id), &provision.citations).await?;
        for (position, parameter) in provision.parameters.iter().enumerate() {
            let stage_id = parameter.stage.as_ref().map(|s| self.id("stage", s)).transpose()?;
            let columns = parameter_columns(id, position as i64, parameter, stage_id);
            let parameter_id = self.tx.insert(insert_into("parameters", columns)).await?;
            self.cite(CitationTarget::Parameter(parameter_id), &parameter.citations).await?;
        }
        Ok(())
    }

    pub async fn insert_facility(&mut self, facility: &FacilityIn) -> Result<i64, StoreError> {
        let columns = with_identity(&facility.slug, facility.version, facility_columns(facility));
        let id = self.insert("facility", &facility.slug, "facilities", columns).await?;
        self.facility_children(id, facility).await?;
        Ok(id)
    }

    pub async fn update_facility(&mut self, id: i64, facility: &FacilityIn) -> Result<(), StoreError> {
        self.tx.execute(update_row("facilities", id, facility_columns(facility))).await?;
        self.delete_where("citations", "facility_id", id).await?;
        self.delete_where("facility_aliases", "facility_id", id).await?;
        self.facility_children(id, facility).await
    }

    async fn facility_children(&mut self, id: i64, facility: &FacilityIn) -> Result<(), StoreError> {
        let mut aliases: Vec<&String> = facility.aliases.iter().collect();
        aliases.sort();
        aliases.dedup();
        for alias in aliases {
            self.tx.execute(insert_into("facility_aliases", alias_columns(id, alias))).await?;
        }
        self.cite(CitationTarget::Facility(id), &facility.citations).await
    }

    pub async fn insert_actor(&mut self, actor: &ActorIn) -> Result<i64, StoreError> {
        let id = self
            .insert("actor", &actor.slug, "actors", with_identity(&actor.slug, actor.version, actor_columns(actor)))
            .await?;
        self.cite(CitationTarget::Actor(id), &actor.citations).await?;
        Ok(id)
    }

    pub async fn update_actor(&mut self, id: i64, actor: &ActorIn) -> Result<(), StoreError> {
        self.tx.execute(update_row("actors", id, actor_columns(actor))).await?;
        self.delete_where("citations", "actor_id", id).await?;
        self.cite(CitationTarget::Actor(id), &actor.citations).await
    }

    fn incident_columns(&self, incident: &IncidentIn) -> Result<Columns, StoreError> {
        let facility_id = incident.facility.as_ref().map(|s| self.id("facility", s)).transpose()?;
        let body_id = incident.investigating_body.as_ref().map(|s| self.id("actor", s)).transpose()?;
        incident_columns(incident, facility_id, body_id)
    }

    pub async fn insert_incident(&mut self, incident: &IncidentIn) -> Result<i64, StoreError> {
        let columns = with_identity(&incident.slug, incident.version, self.incident_columns(incident)?);
        let id = self.insert("incident", &incident.slug, "incidents", columns).await?;
        self.incident_children(id, incident).await?;
        Ok(id)
    }

    pub async fn update_incident(&mut self, id: i64, incident: &IncidentIn) -> Result<(), StoreError> {
        let columns = self.incident_columns(incident)?;
        self.tx.execute(update_row("incidents", id, columns)).await?;
        self.delete_where("citations", "incident_id", id).await?;
        self.delete_where("incident_kinds", "incident_id", id).await?;
        self.delete_where("outcomes", "incident_id", id).await?;
        self.incident_children(id, incident).await
    }

    async fn incident_children(&mut self, id: i64, incident: &IncidentIn) -> Result<(), StoreError> {
        let mut kinds = incident.kinds.clone();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            self.tx.execute(insert_into("incident_kinds", kind_columns(id, kind))).await?;
        }
        self.cite(CitationTarget::Incident(id), &incident.citations).await?;
        for (position, outcome) in incident.outcomes.iter().enumerate() {
            let columns = outcome_columns(id, position as i64, outcome);
            let outcome_id = self.tx.insert(insert_into("outcomes", columns)).await?;
            self.cite(CitationTarget::Outcome(outcome_id), &outcome.citations).await?;
        }
        Ok(())
    }

    fn criticism_columns(&self, criticism: &CriticismIn) -> Result<Columns, StoreError> {
        criticism_columns(criticism, self.id("actor", &criticism.actor)?)
    }

    /// Inserts a criticism with its provision links.
    pub async fn insert_criticism(&mut self, criticism: &CriticismIn) -> Result<i64, StoreError> {
        let columns = with_identity(&criticism.slug, criticism.version, self.criticism_columns(criticism)?);
        let id = self.insert("criticism", &criticism.slug, "criticisms", columns).await?;
        self.criticism_children(id, criticism).await?;
        for link in &criticism.provisions {
            self.insert_criticism_link(id, link).await?;
        }
        Ok(id)
    }

    /// Updates a criticism's own fields, rights and citations; its links are changed by link/unlink.
    pub async fn update_criticism(&mut self, id: i64, criticism: &CriticismIn) -> Result<(), StoreError> {
        let columns = self.criticism_columns(criticism)?;
        self.tx.execute(update_row("criticisms", id, columns)).await?;
        self.delete_where("citations", "criticism_id", id).await?;
        self.delete_where("criticism_rights", "criticism_id", id).await?;
        self.criticism_children(id, criticism).await
    }

    async fn criticism_children(&mut self, id: i64, criticism: &CriticismIn) -> Result<(), StoreError> {
        let mut rights: Vec<&String> = criticism.rights.iter().collect();
        rights.sort();
        rights.dedup();
        for right in rights {
            self.tx.execute(insert_into("criticism_rights", right_columns(id, right))).await?;
        }
        self.cite(CitationTarget::Criticism(id), &criticism.citations).await
    }

    pub async fn insert_criticism_link(
        &mut self,
        criticism_id: i64,
        link: &CriticismLinkIn,
    ) -> Result<i64, StoreError> {
        let provision_id = self.id("provision", &link.provision)?;
        let columns = criticism_link_columns(provision_id, criticism_id, link);
        let id = self.tx.insert(insert_into("provision_criticisms", columns)).await?;
        self.cite(CitationTarget::ProvisionCriticism(id), &link.citations).await?;
        Ok(id)
    }

    pub async fn insert_incident_link(&mut self, link: &ProvisionIncidentIn) -> Result<i64, StoreError> {
        let provision_id = self.id("provision", &link.provision)?;
        let incident_id = self.id("incident", &link.incident)?;
        let columns = incident_link_columns(provision_id, incident_id, link);
        let id = self.tx.insert(insert_into("provision_incidents", columns)).await?;
        self.cite(CitationTarget::ProvisionIncident(id), &link.citations).await?;
        Ok(id)
    }

    pub async fn insert_claim_question(&mut self, question: &ClaimQuestionIn) -> Result<i64, StoreError> {
        let columns = with_identity(&question.slug, question.version, question_columns(question));
        let id = self.insert("claim question", &question.slug, "claim_questions", columns).await?;
        self.claims(id, question).await?;
        Ok(id)
    }

    pub async fn update_claim_question(&mut self, id: i64, question: &ClaimQuestionIn) -> Result<(), StoreError> {
        self.tx.execute(update_row("claim_questions", id, question_columns(question))).await?;
        // Claims go with their citations (ON DELETE CASCADE).
        self.delete_where("claims", "question_id", id).await?;
        self.claims(id, question).await
    }

    async fn claims(&mut self, id: i64, question: &ClaimQuestionIn) -> Result<(), StoreError> {
        for (position, claim) in question.claims.iter().enumerate() {
            let claim_id = self
                .tx
                .insert(insert_into(
                    "claims",
                    vec![
                        ("question_id", id.into()),
                        ("position", (position as i64).into()),
                        ("value", claim.value.as_str().into()),
                        ("value_number", claim.value_number.into()),
                    ],
                ))
                .await?;
            self.cite(CitationTarget::Claim(claim_id), &claim.citations).await?;
        }
        Ok(())
    }
}

impl Writer<'_> {
    pub async fn insert_event(&mut self, event: &EventIn) -> Result<i64, StoreError> {
        let law_id = self.id("law", &event.law)?;
        let provision_id = event.provision.as_ref().map(|s| self.id("provision", s)).transpose()?;
        let facility_id = event.facility.as_ref().map(|s| self.id("facility", s)).transpose()?;
        let columns = event_columns(event, law_id, provision_id, facility_id)?;
        let id = self.insert("event", &event.slug, "lifecycle_events", columns).await?;
        self.cite(CitationTarget::Event(id), &event.citations).await?;
        Ok(id)
    }
}
