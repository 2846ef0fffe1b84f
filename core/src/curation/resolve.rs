//! Finding what a write refers to: row ids by slug, the row at the version an
//! editor saw, and the checker's view of the database.

use crate::check::Known;
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::*;
use crate::store::sql::Sql;
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

#[derive(sqlx::FromRow)]
pub(super) struct SlugRow {
    pub(super) id: i64,
    pub(super) slug: String,
}

#[derive(sqlx::FromRow)]
pub(super) struct VersionRow {
    pub(super) id: i64,
    pub(super) version: i64,
}

#[derive(sqlx::FromRow)]
pub(super) struct SourceTextRow {
    pub(super) id: i64,
    pub(super) slug: String,
    pub(super) body: String,
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

pub(super) async fn slug_rows(tx: &mut Tx, table: &'static str, slugs: &[String]) -> Result<Vec<SlugRow>, StoreError> {
    let mut sql = Sql::new("SELECT id, slug FROM ");
    sql.push(table).push(" WHERE slug IN ").bind_list(slugs);
    tx.fetch_all(sql).await
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
    let mut sql = Sql::new("SELECT id, slug, body FROM sources WHERE slug IN ");
    sql.bind_list(&sources);
    for row in tx.fetch_all::<SourceTextRow>(sql).await? {
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
        for row in slug_rows(tx, table, &slugs).await? {
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
            SubjectKind::Incident => slug_rows(tx, "incidents", std::slice::from_ref(&subject.slug))
                .await?
                .pop()
                .map(|_| &mut known.incidents),
            SubjectKind::Provision => slug_rows(tx, "provisions", std::slice::from_ref(&subject.slug))
                .await?
                .pop()
                .map(|_| &mut known.provisions),
            SubjectKind::Facility => slug_rows(tx, "facilities", std::slice::from_ref(&subject.slug))
                .await?
                .pop()
                .map(|_| &mut known.facilities),
            SubjectKind::Law => {
                slug_rows(tx, "laws", std::slice::from_ref(&subject.slug)).await?.pop().map(|_| &mut known.laws)
            }
            SubjectKind::Campaign => {
                let mut sql = Sql::new("SELECT COUNT(*) FROM incidents WHERE campaign = ");
                sql.bind(subject.slug.as_str());
                (tx.fetch_count(sql).await? > 0).then_some(&mut known.campaigns)
            }
        };
        if let Some(set) = found {
            set.insert(subject.slug.clone());
        }
    }
    if let Some(law) = law {
        if let Some(row) = slug_rows(tx, "laws", &[law.to_string()]).await?.pop() {
            known.laws.insert(row.slug.clone());
            let mut sql = Sql::new("SELECT id, slug FROM law_stages WHERE law_id = ");
            sql.bind(row.id);
            for stage in tx.fetch_all::<SlugRow>(sql).await? {
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
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    let mut writer = Writer::new(tx);
    for (kind, slug, id) in ids {
        writer.remember(kind, &slug, id);
    }
    Ok(writer)
}

pub(super) async fn current(tx: &mut Tx, entity: EntityType, slug: &str) -> Result<Option<VersionRow>, StoreError> {
    let (table, _) = table(entity);
    let mut sql = Sql::new("SELECT id, version FROM ");
    sql.push(table).push(" WHERE slug = ").bind(slug);
    Ok(tx.fetch_all(sql).await?.pop())
}

/// The row to change, at the version the editor saw.
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
