//! Curation: writes by editors and admins. Each write is one transaction that
//! checks the change whole (every problem reported together, every quote verified),
//! applies it, records a revision with the entity before and after, and queues the
//! webhook deliveries it triggers (an outbox), so nothing half-done is ever seen and
//! no notification is lost to a crash.

use crate::auth::{Principal, Role};
use crate::dataset::*;
use crate::error::{Problem, StoreError};
use crate::model::*;
use crate::store::sql::Sql;
use crate::store::{Backend, Record, Store, Tx};
use crate::transfer::{assemble, CitationRow, Rows};
use crate::write::{insert_into, Writer};

/// An entity to create, or the new state of one to update (its slug names it).
#[derive(Clone, Debug)]
pub enum Draft {
    Source(SourceIn),
    /// A provision of the law with this slug.
    Provision {
        law: String,
        provision: ProvisionIn,
    },
    Facility(FacilityIn),
    Actor(ActorIn),
    Incident(IncidentIn),
    /// On update, the criticism's links are left as they are (see `link_criticism`).
    Criticism(CriticismIn),
    /// A question with each source's answer.
    ClaimQuestion(ClaimQuestionIn),
}

impl Draft {
    pub fn entity_type(&self) -> EntityType {
        match self {
            Draft::Source(_) => EntityType::Source,
            Draft::Provision { .. } => EntityType::Provision,
            Draft::Facility(_) => EntityType::Facility,
            Draft::Actor(_) => EntityType::Actor,
            Draft::Incident(_) => EntityType::Incident,
            Draft::Criticism(_) => EntityType::Criticism,
            Draft::ClaimQuestion(_) => EntityType::ClaimQuestion,
        }
    }

    pub fn slug(&self) -> &str {
        match self {
            Draft::Source(e) => &e.slug,
            Draft::Provision { provision, .. } => &provision.slug,
            Draft::Facility(e) => &e.slug,
            Draft::Actor(e) => &e.slug,
            Draft::Incident(e) => &e.slug,
            Draft::Criticism(e) => &e.slug,
            Draft::ClaimQuestion(e) => &e.slug,
        }
    }

    /// The draft as content, for the dataset checker.
    fn content(&self) -> Content {
        let mut content = Content::default();
        match self.clone() {
            Draft::Source(e) => content.sources.push(e),
            Draft::Provision { law, provision } => content.laws.push(LawIn {
                slug: law,
                version: 1,
                title_fr: String::new(),
                title_en: None,
                number: None,
                eli_uri: None,
                status: LegalStatus::InForce,
                summary: String::new(),
                citations: Vec::new(),
                stages: Vec::new(),
                provisions: vec![provision],
            }),
            Draft::Facility(e) => content.facilities.push(e),
            Draft::Actor(e) => content.actors.push(e),
            Draft::Incident(e) => content.incidents.push(e),
            Draft::Criticism(e) => content.criticisms.push(e),
            Draft::ClaimQuestion(e) => content.claims.push(e),
        }
        content
    }
}

/// The table holding each entity type, and its name in messages.
fn table(entity: EntityType) -> (&'static str, &'static str) {
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
struct SlugRow {
    id: i64,
    slug: String,
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    id: i64,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct SourceTextRow {
    id: i64,
    slug: String,
    body: String,
}

fn invalid(record: String, field: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(vec![Problem { record, field: field.to_string(), message: message.into() }])
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// Every citation in `content`.
fn all_citations(content: &Content) -> Vec<&CitationIn> {
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

async fn slug_rows(tx: &mut Tx, table: &'static str, slugs: &[String]) -> Result<Vec<SlugRow>, StoreError> {
    let mut sql = Sql::new("SELECT id, slug FROM ");
    sql.push(table).push(" WHERE slug IN ").bind_list(slugs);
    tx.fetch_all(sql).await
}

/// Looks up, in the database, every entity `content` refers to: tells the writer
/// their row ids and returns what the checker needs to know of them.
async fn resolve(
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
async fn prepare<'t>(tx: &'t mut Tx, content: &Content, law: Option<&str>) -> Result<Writer<'t>, StoreError> {
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

async fn current(tx: &mut Tx, entity: EntityType, slug: &str) -> Result<Option<VersionRow>, StoreError> {
    let (table, _) = table(entity);
    let mut sql = Sql::new("SELECT id, version FROM ");
    sql.push(table).push(" WHERE slug = ").bind(slug);
    Ok(tx.fetch_all(sql).await?.pop())
}

/// The row to change, at the version the editor saw.
async fn expect_version(tx: &mut Tx, entity: EntityType, slug: &str, expected: i64) -> Result<i64, StoreError> {
    let (_, kind) = table(entity);
    let row = current(tx, entity, slug)
        .await?
        .ok_or_else(|| StoreError::NotFound { entity: kind, key: format!("slug {slug:?}") })?;
    if row.version != expected {
        return Err(StoreError::Conflict { entity: kind, slug: slug.to_string(), expected, current: row.version });
    }
    Ok(row.id)
}

async fn rows_where<R: Record>(
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
async fn citations_on(tx: &mut Tx, rows: &mut Rows, targets: &[(&'static str, Vec<i64>)]) -> Result<(), StoreError> {
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
async fn snapshot(tx: &mut Tx, entity: EntityType, id: i64) -> Result<serde_json::Value, StoreError> {
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
fn json_of<T: serde::Serialize>(item: Option<&T>, entity: EntityType) -> Result<serde_json::Value, StoreError> {
    let item = item.ok_or_else(|| gone(entity))?;
    Ok(serde_json::to_value(item).expect("input structs always serialise"))
}

fn gone(entity: EntityType) -> StoreError {
    StoreError::NotFound { entity: table(entity).1, key: "the row being snapshotted".into() }
}

/// Slugs of the entities a change touches besides its own, for webhook filters:
/// a provision's law, a link's two ends and their law.
async fn related(tx: &mut Tx, provisions: &[i64], others: Vec<String>) -> Result<Vec<String>, StoreError> {
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
    let Change { operation, entity, slug, related, before, after } = change;
    let mut revision = Revision {
        id: 0,
        at: now(),
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

/// Who may do what: editors create, update and link; deleting and rating sources is for admins.
fn require(who: &Principal, needed: Role, what: &str) -> Result<(), StoreError> {
    if who.role < needed {
        return Err(StoreError::Forbidden(format!(
            "{what} needs the {needed} role; the token {:?} has {}",
            who.name, who.role
        )));
    }
    Ok(())
}

impl Store {
    /// Records the change, commits, and announces it: the end of every write.
    async fn commit_change(&self, mut tx: Tx, who: &Principal, change: Change<'_>) -> Result<Revision, StoreError> {
        let revision = record(&mut tx, self.backend(), &who.name, change).await?;
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
                let mut sql = Sql::new("SELECT COALESCE(MAX(position), -1) + 1 FROM provisions WHERE law_id = ");
                sql.bind(law_id);
                let position = writer.tx.fetch_count(sql).await?;
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
                let mut sql = Sql::new("SELECT COUNT(*) FROM provisions WHERE id = ");
                sql.bind(id).push(" AND law_id = ").bind(writer.id("law", law)?);
                if writer.tx.fetch_count(sql).await? == 0 {
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
        let mut sql = Sql::new("SELECT quote, 'a citation' AS user FROM citations WHERE source_id = ");
        sql.bind(source_id)
            .push(" UNION ALL SELECT quote, 'a provision text' AS user FROM provision_texts WHERE source_id = ");
        sql.bind(source_id).push(" ORDER BY quote");
        let quotes: Vec<(String, String)> = tx.fetch_all(sql).await?;
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
        if orphaned.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Invalid(orphaned))
        }
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
            let mut sql = Sql::new("SELECT COUNT(*) FROM ");
            sql.push(table_name).push(" WHERE ").push(column).push(" = ").bind(id);
            let count = tx.fetch_count(sql).await?;
            if count > 0 {
                return Err(invalid(format!("{} {slug:?}", table(entity).1), "id", format!("{count} {message}")));
            }
        }
        let before = snapshot(&mut tx, entity, id).await?;
        let provisions = if entity == EntityType::Provision { vec![id] } else { vec![] };
        let related = related(&mut tx, &provisions, vec![]).await?;
        let mut sql = Sql::new("DELETE FROM ");
        sql.push(table(entity).0).push(" WHERE id = ").bind(id);
        tx.execute(sql).await?;
        self.commit_change(
            tx,
            who,
            Change { operation: Operation::Delete, entity, slug, related: &related, before: Some(before), after: None },
        )
        .await
    }

    /// Links an incident to a provision, with evidence.
    pub async fn link_incident(&self, who: &Principal, link: ProvisionIncidentIn) -> Result<Revision, StoreError> {
        let content = Content { provision_incidents: vec![link.clone()], ..Default::default() };
        let mut tx = self.begin_write().await?;
        let mut writer = prepare(&mut tx, &content, None).await?;
        let (provision_id, incident_id) =
            (writer.id("provision", &link.provision)?, writer.id("incident", &link.incident)?);
        let mut sql = Sql::new("SELECT COUNT(*) FROM provision_incidents WHERE provision_id = ");
        sql.bind(provision_id)
            .push(" AND incident_id = ")
            .bind(incident_id)
            .push(" AND relation = ")
            .bind(link.relation.as_str());
        if writer.tx.fetch_count(sql).await? > 0 {
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
        let mut sql = Sql::new(
            "SELECT l.id, p.slug FROM provision_incidents l JOIN provisions p ON p.id = l.provision_id \
             JOIN incidents i ON i.id = l.incident_id WHERE p.slug = ",
        );
        sql.bind(provision).push(" AND i.slug = ").bind(incident).push(" AND l.relation = ").bind(relation.as_str());
        let row: SlugRow = tx.fetch_all(sql).await?.pop().ok_or_else(|| StoreError::NotFound {
            entity: "ProvisionIncident",
            key: format!("{provision} ~ {incident} ({relation})"),
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
            slug_rows(&mut tx, "provisions", &[provision.to_string()]).await?.into_iter().map(|r| r.id).collect();
        let related = related(&mut tx, &provision_id, vec![other.to_string()]).await?;
        let mut sql = Sql::new("DELETE FROM ");
        sql.push(table(entity).0).push(" WHERE id = ").bind(link_id);
        tx.execute(sql).await?;
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
        let mut tx = self.begin_write().await?;
        let criticism_row = slug_rows(&mut tx, "criticisms", &[criticism.to_string()])
            .await?
            .pop()
            .ok_or_else(|| StoreError::NotFound { entity: "Criticism", key: format!("slug {criticism:?}") })?;
        // Checked as a link of a criticism the checker knows of only by its author.
        let probe = Content {
            provision_incidents: Vec::new(),
            criticisms: vec![CriticismIn {
                slug: criticism.to_string(),
                version: 1,
                actor: String::new(),
                stance: Stance::Concerned,
                rights: Vec::new(),
                summary: String::new(),
                quote: None,
                stated_on: None,
                citations: vec![],
                provisions: vec![link.clone()],
            }],
            ..Default::default()
        };
        let (known, ids) = resolve(&mut tx, &probe, None).await?;
        let problems: Vec<Problem> = probe
            .check_with(&known)
            .into_iter()
            .filter_map(|p| {
                // Named as fields of the link itself, which is what the caller sent.
                let field = p.field.strip_prefix("provisions[0].")?.to_string();
                Some(Problem { field, ..p })
            })
            .collect();
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut writer = Writer::new(&mut tx);
        for (kind, slug, id) in ids {
            writer.remember(kind, &slug, id);
        }
        let provision_id = writer.id("provision", &link.provision)?;
        let mut sql = Sql::new("SELECT COUNT(*) FROM provision_criticisms WHERE provision_id = ");
        sql.bind(provision_id).push(" AND criticism_id = ").bind(criticism_row.id);
        if writer.tx.fetch_count(sql).await? > 0 {
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
        let mut sql = Sql::new(
            "SELECT l.id, p.slug FROM provision_criticisms l JOIN provisions p ON p.id = l.provision_id \
             JOIN criticisms c ON c.id = l.criticism_id WHERE p.slug = ",
        );
        sql.bind(provision).push(" AND c.slug = ").bind(criticism);
        let row: SlugRow = tx.fetch_all(sql).await?.pop().ok_or_else(|| StoreError::NotFound {
            entity: "ProvisionCriticism",
            key: format!("{provision} ~ {criticism}"),
        })?;
        let slug = format!("{provision}~{criticism}");
        self.remove_link(tx, who, EntityType::ProvisionCriticism, row.id, &slug, provision, criticism).await
    }

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

fn link_record(provision: &str, other: &str) -> String {
    format!("link {provision:?} ~ {other:?}")
}

/// A provision-incident link's name in revisions: `provision~incident~relation`.
pub fn incident_link_slug(provision: &str, incident: &str, relation: LinkRelation) -> String {
    format!("{provision}~{incident}~{relation}")
}
