//! Snapshots: an entity as it stands in the database, in the shape of
//! `data/FORMAT.md`, for the before and after of revisions.

use super::resolve::table;
use crate::error::StoreError;
use crate::model::*;
use crate::store::Tx;
use crate::transfer::{assemble, CitationRow, Rows};

/// Citations on any of the targets `(column, ids)`, with their sources.
pub(super) async fn citations_on(
    tx: &mut Tx,
    rows: &mut Rows,
    targets: &[(&'static str, Vec<i64>)],
) -> Result<(), StoreError> {
    let citations: Vec<CitationRow> = tx.citations_on_any(targets).await?;
    let quoted_by_texts = rows.texts.iter().map(|t| t.source_id);
    let mut source_ids: Vec<i64> = citations.iter().map(|c| c.source_id).chain(quoted_by_texts).collect();
    source_ids.sort_unstable();
    source_ids.dedup();
    rows.sources = tx.rows_where("sources", "id", &source_ids).await?;
    rows.citations = citations;
    Ok(())
}

/// The entity as it stands in the database, in the shape of `data/FORMAT.md`.
pub(super) async fn snapshot(tx: &mut Tx, entity: EntityType, id: i64) -> Result<serde_json::Value, StoreError> {
    let mut rows = Rows::default();
    let one = [id];
    match entity {
        EntityType::Source => {
            rows.sources = tx.rows_where("sources", "id", &one).await?;
            let content = assemble(rows)?;
            return json_of(content.sources.first(), entity);
        }
        EntityType::Facility => {
            rows.facilities = tx.rows_where("facilities", "id", &one).await?;
            rows.aliases = tx.rows_where("facility_aliases", "facility_id", &one).await?;
            citations_on(tx, &mut rows, &[("facility_id", one.to_vec())]).await?;
        }
        EntityType::Actor => {
            rows.actors = tx.rows_where("actors", "id", &one).await?;
            citations_on(tx, &mut rows, &[("actor_id", one.to_vec())]).await?;
        }
        EntityType::Incident => {
            rows.incidents = tx.rows_where("incidents", "id", &one).await?;
            let incident = rows.incidents.first().ok_or_else(|| gone(entity))?;
            let (facility, body) = (incident.facility_id, incident.investigating_body_id);
            rows.facilities = tx.rows_where("facilities", "id", &facility.into_iter().collect::<Vec<_>>()).await?;
            rows.actors = tx.rows_where("actors", "id", &body.into_iter().collect::<Vec<_>>()).await?;
            rows.kinds = tx.rows_where("incident_kinds", "incident_id", &one).await?;
            rows.outcomes = tx.rows_where("outcomes", "incident_id", &one).await?;
            rows.outcomes.sort_by_key(|o| o.position);
            let outcomes = rows.outcomes.iter().map(|o| o.id).collect();
            citations_on(tx, &mut rows, &[("incident_id", one.to_vec()), ("outcome_id", outcomes)]).await?;
        }
        EntityType::Provision => {
            rows.provisions = tx.rows_where("provisions", "id", &one).await?;
            let law = [rows.provisions.first().ok_or_else(|| gone(entity))?.law_id];
            rows.laws = tx.rows_where("laws", "id", &law).await?;
            rows.stages = tx.rows_where("law_stages", "law_id", &law).await?;
            rows.parameters = tx.rows_where("parameters", "provision_id", &one).await?;
            rows.parameters.sort_by_key(|p| p.position);
            rows.texts = tx.rows_where("provision_texts", "provision_id", &one).await?;
            rows.texts.sort_by_key(|t| t.position);
            let parameters = rows.parameters.iter().map(|p| p.id).collect();
            citations_on(tx, &mut rows, &[("provision_id", one.to_vec()), ("parameter_id", parameters)]).await?;
            let content = assemble(rows)?;
            return json_of(content.laws.first().and_then(|l| l.provisions.first()), entity);
        }
        EntityType::Criticism => {
            rows.criticisms = tx.rows_where("criticisms", "id", &one).await?;
            let actor = [rows.criticisms.first().ok_or_else(|| gone(entity))?.actor_id];
            rows.actors = tx.rows_where("actors", "id", &actor).await?;
            rows.rights = tx.rows_where("criticism_rights", "criticism_id", &one).await?;
            rows.criticism_links = tx.rows_where("provision_criticisms", "criticism_id", &one).await?;
            rows.criticism_links.sort_by_key(|l| l.id);
            let provisions: Vec<i64> = rows.criticism_links.iter().map(|l| l.provision_id).collect();
            rows.provisions = tx.rows_where("provisions", "id", &provisions).await?;
            let links = rows.criticism_links.iter().map(|l| l.id).collect();
            citations_on(tx, &mut rows, &[("criticism_id", one.to_vec()), ("provision_criticism_id", links)]).await?;
        }
        EntityType::ProvisionIncident => {
            rows.incident_links = tx.rows_where("provision_incidents", "id", &one).await?;
            let link = rows.incident_links.first().ok_or_else(|| gone(entity))?;
            let (provision, incident) = ([link.provision_id], [link.incident_id]);
            rows.provisions = tx.rows_where("provisions", "id", &provision).await?;
            rows.incidents = tx.rows_where("incidents", "id", &incident).await?;
            // The incident's own references, or assembling it fails ("a missing facility").
            let record = rows.incidents.first().ok_or_else(|| gone(entity))?;
            let (facility, body) = (record.facility_id, record.investigating_body_id);
            rows.facilities = tx.rows_where("facilities", "id", &facility.into_iter().collect::<Vec<_>>()).await?;
            rows.actors = tx.rows_where("actors", "id", &body.into_iter().collect::<Vec<_>>()).await?;
            citations_on(tx, &mut rows, &[("provision_incident_id", one.to_vec())]).await?;
            let content = assemble(rows)?;
            return json_of(content.provision_incidents.first(), entity);
        }
        EntityType::ProvisionCriticism => {
            rows.criticism_links = tx.rows_where("provision_criticisms", "id", &one).await?;
            let link = rows.criticism_links.first().ok_or_else(|| gone(entity))?;
            let (provision, criticism) = ([link.provision_id], [link.criticism_id]);
            rows.provisions = tx.rows_where("provisions", "id", &provision).await?;
            rows.criticisms = tx.rows_where("criticisms", "id", &criticism).await?;
            let actor = [rows.criticisms.first().ok_or_else(|| gone(entity))?.actor_id];
            rows.actors = tx.rows_where("actors", "id", &actor).await?;
            citations_on(tx, &mut rows, &[("provision_criticism_id", one.to_vec())]).await?;
            let content = assemble(rows)?;
            let criticism = content.criticisms.first().ok_or_else(|| gone(entity))?;
            let mut value = json_of(criticism.provisions.first(), entity)?;
            value["criticism"] = serde_json::Value::String(criticism.slug.clone());
            return Ok(value);
        }
        EntityType::ClaimQuestion => {
            rows.questions = tx.rows_where("claim_questions", "id", &one).await?;
            rows.claims = tx.rows_where("claims", "question_id", &one).await?;
            rows.claims.sort_by_key(|c| c.position);
            let claims = rows.claims.iter().map(|c| c.id).collect();
            citations_on(tx, &mut rows, &[("claim_id", claims)]).await?;
            let content = assemble(rows)?;
            return json_of(content.claims.first(), entity);
        }
        EntityType::Law => {
            return Err(StoreError::BadArgument { field: "entity", message: "laws are curated in data/".into() });
        }
    }
    let content = assemble(rows)?;
    match entity {
        EntityType::Facility => json_of(content.facilities.first(), entity),
        EntityType::Actor => json_of(content.actors.first(), entity),
        EntityType::Incident => json_of(content.incidents.first(), entity),
        _ => json_of(content.criticisms.first(), entity),
    }
}

/// The snapshot's JSON, or a not-found error if the row was not there to assemble.
pub(super) fn json_of<T: serde::Serialize>(
    item: Option<&T>,
    entity: EntityType,
) -> Result<serde_json::Value, StoreError> {
    let item = item.ok_or_else(|| gone(entity))?;
    Ok(serde_json::to_value(item).expect("input structs always serialise"))
}

pub(super) fn gone(entity: EntityType) -> StoreError {
    StoreError::NotFound { entity: table(entity).1, key: "the row being snapshotted".into() }
}

/// Slugs of the entities a change touches besides its own, for webhook filters:
/// a provision's law, a link's two ends and their law.
pub(super) async fn related(tx: &mut Tx, provisions: &[i64], others: Vec<String>) -> Result<Vec<String>, StoreError> {
    let mut related = others;
    if !provisions.is_empty() {
        related.extend(tx.provision_and_law_slugs(provisions).await?);
    }
    related.sort();
    related.dedup();
    Ok(related)
}
