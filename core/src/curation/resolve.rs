//! Finding what a write refers to: row ids by slug, the row at the version an
//! editor saw, and the checker's view of the database.

use crate::check::Known;
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::*;
use crate::store::curation::VersionRow;
use crate::store::Tx;
use crate::write::Writer;

/// The table holding each entity type, and its name in messages.
pub(super) fn table(entity: EntityType) -> (&'static str, &'static str) {
    match entity {
        EntityType::Source => ("sources", "Source"),
        EntityType::Law => ("laws", "Law"),
        EntityType::Provision => ("provisions", "Provision"),
        EntityType::Facility => ("facilities", "Facility"),
        EntityType::Actor => ("actors", "Actor"),
        EntityType::Incident => ("incidents", "Incident"),
        EntityType::Criticism => ("criticisms", "Criticism"),
        EntityType::ClaimQuestion => ("claim_questions", "ClaimQuestion"),
        EntityType::ProvisionIncident => ("provision_incidents", "ProvisionIncident"),
        EntityType::ProvisionCriticism => ("provision_criticisms", "ProvisionCriticism"),
    }
}

pub(super) fn invalid(record: String, field: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(vec![Problem { record, field: field.to_string(), message: message.into() }])
}

/// Every citation in `content`.
pub(super) fn all_citations(content: &Content) -> Vec<&CitationIn> {
    let mut all: Vec<&CitationIn> = Vec::new();
    for law in &content.laws {
        all.extend(&law.citations);
        law.stages.iter().for_each(|s| all.extend(&s.citations));
        for provision in &law.provisions {
            all.extend(&provision.citations);
            provision.parameters.iter().for_each(|p| all.extend(&p.citations));
        }
    }
    content.facilities.iter().for_each(|f| all.extend(&f.citations));
    content.actors.iter().for_each(|a| all.extend(&a.citations));
    for incident in &content.incidents {
        all.extend(&incident.citations);
        incident.outcomes.iter().for_each(|o| all.extend(&o.citations));
    }
    for criticism in &content.criticisms {
        all.extend(&criticism.citations);
        criticism.provisions.iter().for_each(|l| all.extend(&l.citations));
    }
    content.provision_incidents.iter().for_each(|l| all.extend(&l.citations));
    content.claims.iter().flat_map(|q| &q.claims).for_each(|c| all.extend(&c.citations));
    all
}

/// Whether a row of `table` has this slug (share-locked until commit, as every
/// reference a write makes).
async fn exists(tx: &mut Tx, table: &'static str, slug: &str) -> Result<bool, StoreError> {
    Ok(!tx.slug_rows(table, &[slug.to_string()]).await?.is_empty())
}

/// Looks up, in the database, every entity `content` refers to: tells the writer
/// their row ids and returns what the checker needs to know of them.
pub(super) async fn resolve(
    tx: &mut Tx,
    content: &Content,
    law: Option<&str>,
) -> Result<(Known, Vec<(&'static str, String, i64)>), StoreError> {
    let mut known = Known::default();
    let mut ids = Vec::new();
    let mut sources: Vec<String> = all_citations(content).iter().map(|c| c.source.clone()).collect();
    sources.sort();
    sources.dedup();
    for row in tx.source_texts(&sources).await? {
        ids.push(("source", row.slug.clone(), row.id));
        known.source_texts.insert(row.slug, row.body);
    }
    let wanted = |kind: &'static str| -> Vec<String> {
        let mut slugs: Vec<String> = match kind {
            "facility" => content.incidents.iter().filter_map(|i| i.facility.clone()).collect(),
            "actor" => content
                .incidents
                .iter()
                .filter_map(|i| i.investigating_body.clone())
                .chain(content.criticisms.iter().map(|c| c.actor.clone()))
                .collect(),
            "provision" => content
                .criticisms
                .iter()
                .flat_map(|c| c.provisions.iter().map(|l| l.provision.clone()))
                .chain(content.provision_incidents.iter().map(|l| l.provision.clone()))
                .collect(),
            "incident" => content.provision_incidents.iter().map(|l| l.incident.clone()).collect(),
            _ => Vec::new(),
        };
        slugs.sort();
        slugs.dedup();
        slugs
    };
    for (kind, table) in
        [("facility", "facilities"), ("actor", "actors"), ("provision", "provisions"), ("incident", "incidents")]
    {
        let slugs = wanted(kind);
        for row in tx.slug_rows(table, &slugs).await? {
            match kind {
                "facility" => known.facilities.insert(row.slug.clone()),
                "actor" => known.actors.insert(row.slug.clone()),
                "provision" => known.provisions.insert(row.slug.clone()),
                _ => known.incidents.insert(row.slug.clone()),
            };
            ids.push((kind, row.slug, row.id));
        }
    }
    for subject in content.claims.iter().filter_map(|q| q.subject.as_ref()) {
        let found = match subject.kind {
            SubjectKind::Incident => exists(tx, "incidents", &subject.slug).await?.then_some(&mut known.incidents),
            SubjectKind::Provision => exists(tx, "provisions", &subject.slug).await?.then_some(&mut known.provisions),
            SubjectKind::Facility => exists(tx, "facilities", &subject.slug).await?.then_some(&mut known.facilities),
            SubjectKind::Law => exists(tx, "laws", &subject.slug).await?.then_some(&mut known.laws),
            SubjectKind::Campaign => tx.campaign_exists(&subject.slug).await?.then_some(&mut known.campaigns),
        };
        if let Some(set) = found {
            set.insert(subject.slug.clone());
        }
    }
    if let Some(law) = law {
        if let Some(row) = tx.slug_rows("laws", &[law.to_string()]).await?.pop() {
            known.laws.insert(row.slug.clone());
            for stage in tx.stages_of_law(row.id).await? {
                known.stages.insert(stage.slug.clone());
                ids.push(("stage", stage.slug, stage.id));
            }
            ids.push(("law", row.slug, row.id));
        }
    }
    Ok((known, ids))
}

/// Checks `content` against the database and readies a writer that knows its references.
pub(super) async fn prepare<'t>(
    tx: &'t mut Tx,
    content: &Content,
    law: Option<&str>,
) -> Result<Writer<'t>, StoreError> {
    let (known, ids) = resolve(tx, content, law).await?;
    if let Some(law) = law {
        if !known.laws.contains(law) {
            return Err(invalid(format!("law {law:?}"), "law", format!("no law has the slug {law:?}")));
        }
    }
    let problems = content.check_with(&known);
    refuse(problems)?;
    let mut writer = Writer::new(tx);
    for (kind, slug, id) in ids {
        writer.remember(kind, &slug, id);
    }
    Ok(writer)
}

/// The entity's row and version, locked until commit: whoever reads it here is the
/// only writer of it until then, so the version it saw is the one it changes.
pub(super) async fn current(tx: &mut Tx, entity: EntityType, slug: &str) -> Result<Option<VersionRow>, StoreError> {
    tx.locked_version(table(entity).0, slug).await
}

/// The row to change, at the version the editor saw. The check and the change are
/// one atomic step: [`current`] locks the row, so a concurrent writer at the same
/// version waits here and then sees the version this one leaves.
pub(super) async fn expect_version(
    tx: &mut Tx,
    entity: EntityType,
    slug: &str,
    expected: i64,
) -> Result<i64, StoreError> {
    let (_, kind) = table(entity);
    let row = current(tx, entity, slug)
        .await?
        .ok_or_else(|| StoreError::NotFound { entity: kind, key: format!("slug {slug:?}") })?;
    if row.version != expected {
        return Err(StoreError::Conflict { entity: kind, slug: slug.to_string(), expected, current: row.version });
    }
    Ok(row.id)
}

/// Deletes the row `expect_version` (or an unlink's lookup) locked. Exactly one row
/// goes: anything else means the lock did not hold, and nothing is recorded.
pub(super) async fn delete_locked(tx: &mut Tx, entity: EntityType, id: i64) -> Result<(), StoreError> {
    let (table, kind) = table(entity);
    match tx.delete_row(table, id).await? {
        1 => Ok(()),
        _ => Err(StoreError::NotFound { entity: kind, key: format!("row {id}, deleted meanwhile") }),
    }
}

/// Refuses a write with `problems`, if there are any.
pub(super) fn refuse(problems: Vec<Problem>) -> Result<(), StoreError> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(problems))
    }
}
