//! Snapshots: an entity as it stands in the database, in the shape of
//! `data/FORMAT.md`, for the before and after of revisions.

use super::resolve::{table, SlugRow};
use crate::error::StoreError;
use crate::model::*;
use crate::store::sql::Sql;
use crate::store::{Record, Tx};
use crate::transfer::{assemble, CitationRow, Rows};

pub(super) async fn rows_where<R: Record>(
    tx: &mut Tx,
    table: &'static str,
    column: &'static str,
    ids: &[i64],
) -> Result<Vec<R>, StoreError> {
    let mut sql = Sql::new("SELECT * FROM ");
    sql.push(table).push(" WHERE ").push(column).push(" IN ").bind_list(ids);
    sql.push(" ORDER BY ").push(column);
    tx.fetch_all(sql).await
}

/// Citations on any of the targets `(column, ids)`, with their sources.
pub(super) async fn citations_on(
    tx: &mut Tx,
    rows: &mut Rows,
    targets: &[(&'static str, Vec<i64>)],
) -> Result<(), StoreError> {
    let mut sql = Sql::new("SELECT * FROM citations WHERE 1 = 0");
    for (column, ids) in targets {
        sql.push(" OR ").push(column).push(" IN ").bind_list(ids);
    }
    sql.push(" ORDER BY id");
    let citations: Vec<CitationRow> = tx.fetch_all(sql).await?;
    let quoted_by_texts = rows.texts.iter().map(|t| t.source_id);
    let mut source_ids: Vec<i64> = citations.iter().map(|c| c.source_id).chain(quoted_by_texts).collect();
    source_ids.sort_unstable();
    source_ids.dedup();
    rows.sources = rows_where(tx, "sources", "id", &source_ids).await?;
    rows.citations = citations;
    Ok(())
}

/// The entity as it stands in the database, in the shape of `data/FORMAT.md`.
pub(super) async fn snapshot(tx: &mut Tx, entity: EntityType, id: i64) -> Result<serde_json::Value, StoreError> {
    let mut rows = Rows::default();
    let one = [id];
    match entity {
        EntityType::Source => {
            rows.sources = rows_where(tx, "sources", "id", &one).await?;
            let content = assemble(rows)?;
            return json_of(content.sources.first(), entity);
        }
        EntityType::Facility => {
            rows.facilities = rows_where(tx, "facilities", "id", &one).await?;
            rows.aliases = rows_where(tx, "facility_aliases", "facility_id", &one).await?;
            citations_on(tx, &mut rows, &[("facility_id", one.to_vec())]).await?;
        }
        EntityType::Actor => {
            rows.actors = rows_where(tx, "actors", "id", &one).await?;
            citations_on(tx, &mut rows, &[("actor_id", one.to_vec())]).await?;
        }
        EntityType::Incident => {
            rows.incidents = rows_where(tx, "incidents", "id", &one).await?;
            let incident = rows.incidents.first().ok_or_else(|| gone(entity))?;
            let (facility, body) = (incident.facility_id, incident.investigating_body_id);
            rows.facilities = rows_where(tx, "facilities", "id", &facility.into_iter().collect::<Vec<_>>()).await?;
            rows.actors = rows_where(tx, "actors", "id", &body.into_iter().collect::<Vec<_>>()).await?;
            rows.kinds = rows_where(tx, "incident_kinds", "incident_id", &one).await?;
            rows.outcomes = rows_where(tx, "outcomes", "incident_id", &one).await?;
            rows.outcomes.sort_by_key(|o| o.position);
            let outcomes = rows.outcomes.iter().map(|o| o.id).collect();
            citations_on(tx, &mut rows, &[("incident_id", one.to_vec()), ("outcome_id", outcomes)]).await?;
        }
        EntityType::Provision => {
            rows.provisions = rows_where(tx, "provisions", "id", &one).await?;
            let law = [rows.provisions.first().ok_or_else(|| gone(entity))?.law_id];
            rows.laws = rows_where(tx, "laws", "id", &law).await?;
            rows.stages = rows_where(tx, "law_stages", "law_id", &law).await?;
            rows.parameters = rows_where(tx, "parameters", "provision_id", &one).await?;
            rows.parameters.sort_by_key(|p| p.position);
            rows.texts = rows_where(tx, "provision_texts", "provision_id", &one).await?;
            rows.texts.sort_by_key(|t| t.position);
            let parameters = rows.parameters.iter().map(|p| p.id).collect();
            citations_on(tx, &mut rows, &[("provision_id", one.to_vec()), ("parameter_id", parameters)]).await?;
            let content = assemble(rows)?;
            return json_of(content.laws.first().and_then(|l| l.provisions.first()), entity);
        }
        EntityType::Criticism => {
            rows.criticisms = rows_where(tx, "criticisms", "id", &one).await?;
            let actor = [rows.criticisms.first().ok_or_else(|| gone(entity))?.actor_id];
            rows.actors = rows_where(tx, "actors", "id", &actor).await?;
            rows.rights = rows_where(tx, "criticism_rights", "criticism_id", &one).await?;
            rows.criticism_links = rows_where(tx, "provision_criticisms", "criticism_id", &one).await?;
            rows.criticism_links.sort_by_key(|l| l.id);
            let provisions: Vec<i64> = rows.criticism_links.iter().map(|l| l.provision_id).collect();
            rows.provisions = rows_where(tx, "provisions", "id", &provisions).await?;
            let links = rows.criticism_links.iter().map(|l| l.id).collect();
            citations_on(tx, &mut rows, &[("criticism_id", one.to_vec()), ("provision_criticism_id", links)]).await?;
        }
        EntityType::ProvisionIncident => {
            rows.incident_links = rows_where(tx, "provision_incidents", "id", &one).await?;
            let link = rows.incident_links.first().ok_or_else(|| gone(entity))?;
            let (provision, incident) = ([link.provision_id], [link.incident_id]);
            rows.provisions = rows_where(tx, "provisions", "id", &provision).await?;
            rows.incidents = rows_where(tx, "incidents", "id", &incident).await?;
            // The incident's own references, or assembling it fails ("a missing facility").
            let record = rows.incidents.first().ok_or_else(|| gone(entity))?;
            let (facility, body) = (record.facility_id, record.investigating_body_id);
            rows.facilities = rows_where(tx, "facilities", "id", &facility.into_iter().collect::<Vec<_>>()).await?;
            rows.actors = rows_where(tx, "actors", "id", &body.into_iter().collect::<Vec<_>>()).await?;
            citations_on(tx, &mut rows, &[("provision_incident_id", one.to_vec())]).await?;
            let content = assemble(rows)?;
            return json_of(content.provision_incidents.first(), entity);
        }
        EntityType::ProvisionCriticism => {
            rows.criticism_links = rows_where(tx, "provision_criticisms", "id", &one).await?;
            let link = rows.criticism_links.first().ok_or_else(|| gone(entity))?;
            let (provision, criticism) = ([link.provision_id], [link.criticism_id]);
            rows.provisions = rows_where(tx, "provisions", "id", &provision).await?;
            rows.criticisms = rows_where(tx, "criticisms", "id", &criticism).await?;
            let actor = [rows.criticisms.first().ok_or_else(|| gone(entity))?.actor_id];
            rows.actors = rows_where(tx, "actors", "id", &actor).await?;
            citations_on(tx, &mut rows, &[("provision_criticism_id", one.to_vec())]).await?;
            let content = assemble(rows)?;
            let criticism = content.criticisms.first().ok_or_else(|| gone(entity))?;
            let mut value = json_of(criticism.provisions.first(), entity)?;
            value["criticism"] = serde_json::Value::String(criticism.slug.clone());
            return Ok(value);
        }
        EntityType::ClaimQuestion => {
            rows.questions = rows_where(tx, "claim_questions", "id", &one).await?;
            rows.claims = rows_where(tx, "claims", "question_id", &one).await?;
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
        let mut sql = Sql::new("SELECT p.id, p.slug FROM provisions p WHERE p.id IN ");
        sql.bind_list(provisions);
        related.extend(tx.fetch_all::<SlugRow>(sql).await?.into_iter().map(|r| r.slug));
        let mut sql =
            Sql::new("SELECT l.id, l.slug FROM laws l WHERE l.id IN (SELECT law_id FROM provisions WHERE id IN ");
        sql.bind_list(provisions).push(")");
        related.extend(tx.fetch_all::<SlugRow>(sql).await?.into_iter().map(|r| r.slug));
    }
    related.sort();
    related.dedup();
    Ok(related)
}
