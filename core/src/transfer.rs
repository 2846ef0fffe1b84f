//! Lossless export and import of a whole database as one versioned JSON document.
//!
//! The document is [`Content`] (the same shape curators write in `data/`, with
//! source texts inline) plus the record of which curated dataset was loaded. Records
//! are tied by slug, not row id, and listed in a stable order (row order within
//! each table, positions within parents, text lists sorted in Rust, not by a
//! database collation), so SQLite → export → PostgreSQL → export is byte-identical.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::dataset::write_content;
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::*;
use crate::store::{Store, Tx};

/// Which curated dataset was loaded, and when (a row of `dataset_loads`).
pub use crate::model::DatasetLoad;

pub const FORMAT: &str = "lawtracker-export";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Always `lawtracker-export`.
    pub format: String,
    /// The document layout's version; an importer refuses versions it does not know.
    pub version: u32,
    /// Which curated datasets were loaded into the database, and when.
    pub dataset_loads: Vec<DatasetLoad>,
    pub content: Content,
    /// The whole revision history, oldest first. An import restores it as it was:
    /// moving a database is not a change to what it says.
    pub revisions: Vec<RevisionRecord>,
}

/// A revision without its row id (ids are per database).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisionRecord {
    pub at: String,
    pub author: String,
    pub operation: Operation,
    pub entity_type: EntityType,
    pub entity_slug: String,
    pub related: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A citation row with every target column, as exports read it.
#[derive(sqlx::FromRow)]
pub(crate) struct CitationRow {
    pub source_id: i64,
    pub quote: String,
    note: Option<String>,
    law_id: Option<i64>,
    law_stage_id: Option<i64>,
    provision_id: Option<i64>,
    parameter_id: Option<i64>,
    facility_id: Option<i64>,
    actor_id: Option<i64>,
    incident_id: Option<i64>,
    outcome_id: Option<i64>,
    criticism_id: Option<i64>,
    provision_incident_id: Option<i64>,
    provision_criticism_id: Option<i64>,
    claim_id: Option<i64>,
    event_id: Option<i64>,
}

impl CitationRow {
    fn target(&self) -> Option<CitationTarget> {
        use CitationTarget::*;
        type Make = fn(i64) -> CitationTarget;
        let targets: [(Option<i64>, Make); 13] = [
            (self.law_id, Law),
            (self.law_stage_id, LawStage),
            (self.provision_id, Provision),
            (self.parameter_id, Parameter),
            (self.facility_id, Facility),
            (self.actor_id, Actor),
            (self.incident_id, Incident),
            (self.outcome_id, Outcome),
            (self.criticism_id, Criticism),
            (self.provision_incident_id, ProvisionIncident),
            (self.provision_criticism_id, ProvisionCriticism),
            (self.claim_id, Claim),
            (self.event_id, Event),
        ];
        targets.into_iter().find_map(|(id, make)| id.map(make))
    }
}

/// Groups rows by a key, keeping row order within each group.
fn by<K: std::hash::Hash + Eq, V>(rows: Vec<V>, key: impl Fn(&V) -> K) -> HashMap<K, Vec<V>> {
    let mut map: HashMap<K, Vec<V>> = HashMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}

/// Rows of every table, as read for an export (all rows) or for a snapshot of one
/// entity (its rows and the rows its references name).
#[derive(Default)]
pub(crate) struct Rows {
    pub sources: Vec<SourceWithText>,
    pub laws: Vec<Law>,
    pub stages: Vec<LawStage>,
    pub provisions: Vec<Provision>,
    pub parameters: Vec<Parameter>,
    pub texts: Vec<ProvisionText>,
    pub codes: Vec<ProvisionCode>,
    pub decrees: Vec<ProvisionDecree>,
    pub facilities: Vec<Facility>,
    pub aliases: Vec<FacilityAlias>,
    pub actors: Vec<Actor>,
    pub incidents: Vec<Incident>,
    pub kinds: Vec<IncidentKindRow>,
    pub outcomes: Vec<Outcome>,
    pub criticisms: Vec<Criticism>,
    pub rights: Vec<CriticismRight>,
    pub criticism_links: Vec<ProvisionCriticism>,
    pub incident_links: Vec<ProvisionIncident>,
    pub questions: Vec<ClaimQuestion>,
    pub claims: Vec<Claim>,
    pub citations: Vec<CitationRow>,
    pub events: Vec<LifecycleEvent>,
}

impl Rows {
    /// Every row, in the export's order, read in one transaction (a consistent snapshot).
    pub(crate) async fn all(tx: &mut Tx) -> Result<Rows, StoreError> {
        Ok(Rows {
            sources: tx.all_in_order("sources", "id").await?,
            laws: tx.all_in_order("laws", "id").await?,
            stages: tx.all_in_order("law_stages", "law_id, position, id").await?,
            provisions: tx.all_in_order("provisions", "law_id, position, id").await?,
            parameters: tx.all_in_order("parameters", "provision_id, position, id").await?,
            texts: tx.all_in_order("provision_texts", "provision_id, position, id").await?,
            codes: tx.all_in_order("provision_codes", "provision_id, position").await?,
            decrees: tx.all_in_order("provision_decrees", "provision_id, position").await?,
            facilities: tx.all_in_order("facilities", "id").await?,
            aliases: tx.all_in_order("facility_aliases", "facility_id").await?,
            actors: tx.all_in_order("actors", "id").await?,
            incidents: tx.all_in_order("incidents", "id").await?,
            kinds: tx.all_in_order("incident_kinds", "incident_id").await?,
            outcomes: tx.all_in_order("outcomes", "incident_id, position, id").await?,
            criticisms: tx.all_in_order("criticisms", "id").await?,
            rights: tx.all_in_order("criticism_rights", "criticism_id").await?,
            criticism_links: tx.all_in_order("provision_criticisms", "id").await?,
            incident_links: tx.all_in_order("provision_incidents", "id").await?,
            questions: tx.all_in_order("claim_questions", "id").await?,
            claims: tx.all_in_order("claims", "question_id, position, id").await?,
            citations: tx.all_in_order("citations", "id").await?,
            events: tx.all_in_order("lifecycle_events", "id").await?,
        })
    }
}

/// Reads the whole database into a document, in one consistent snapshot.
pub async fn export(store: &Store) -> Result<Document, StoreError> {
    let mut tx = store.begin_read().await?;
    let rows = Rows::all(&mut tx).await?;
    let dataset_loads = tx.dataset_loads().await?;
    let revisions: Vec<Revision> = tx.all_in_order("revisions", "id").await?;
    tx.commit().await?;
    let revisions = revisions
        .into_iter()
        .map(|r| RevisionRecord {
            at: r.at,
            author: r.author,
            operation: r.operation,
            entity_type: r.entity_type,
            entity_slug: r.entity_slug,
            related: r.related,
            before: r.before,
            after: r.after,
        })
        .collect();
    Ok(Document { format: FORMAT.into(), version: VERSION, dataset_loads, content: assemble(rows)?, revisions })
}

/// Turns rows into content: references by slug, children in their parents, citations on their targets.
pub(crate) fn assemble(rows: Rows) -> Result<Content, StoreError> {
    let Rows {
        sources,
        laws,
        stages,
        provisions,
        parameters,
        texts,
        codes,
        decrees,
        facilities,
        aliases,
        actors,
        incidents,
        kinds,
        outcomes,
        criticisms,
        rights,
        criticism_links,
        incident_links,
        questions,
        claims,
        citations,
        events,
    } = rows;
    let source_slug: HashMap<i64, &str> = sources.iter().map(|s| (s.source.id, s.source.slug.as_str())).collect();
    let mut cited: HashMap<CitationTarget, Vec<CitationIn>> = HashMap::new();
    for row in &citations {
        let target = row.target().ok_or_else(|| integrity("a citation without a target"))?;
        let source = source_slug.get(&row.source_id).ok_or_else(|| integrity("a citation of a missing source"))?;
        cited.entry(target).or_default().push(CitationIn {
            source: source.to_string(),
            quote: row.quote.clone(),
            note: row.note.clone(),
        });
    }
    let mut cites = |target: CitationTarget| cited.remove(&target).unwrap_or_default();

    let provision_slug: HashMap<i64, &str> = provisions.iter().map(|p| (p.id, p.slug.as_str())).collect();
    let facility_slug: HashMap<i64, &str> = facilities.iter().map(|f| (f.id, f.slug.as_str())).collect();
    let actor_slug: HashMap<i64, &str> = actors.iter().map(|a| (a.id, a.slug.as_str())).collect();
    let incident_slug: HashMap<i64, &str> = incidents.iter().map(|i| (i.id, i.slug.as_str())).collect();
    let stage_slug: HashMap<i64, &str> = stages.iter().map(|s| (s.id, s.slug.as_str())).collect();
    let slug_of = |map: &HashMap<i64, &str>, id: i64, what: &str| -> Result<String, StoreError> {
        map.get(&id).map(|s| s.to_string()).ok_or_else(|| integrity(&format!("a reference to a missing {what}")))
    };

    let mut stages_of = by(stages.clone(), |s| s.law_id);
    let mut provisions_of = by(provisions.clone(), |p| p.law_id);
    let mut parameters_of = by(parameters, |p| p.provision_id);
    let mut texts_of = by(texts, |t| t.provision_id);
    let mut codes_of = by(codes, |c| c.provision_id);
    let mut decrees_of = by(decrees, |d| d.provision_id);
    let mut aliases_of = by(aliases, |a| a.facility_id);
    let mut kinds_of = by(kinds, |k| k.incident_id);
    let mut outcomes_of = by(outcomes, |o| o.incident_id);
    let mut rights_of = by(rights, |r| r.criticism_id);
    let mut criticism_links_of = by(criticism_links, |l| l.criticism_id);
    let mut claims_of = by(claims, |c| c.question_id);

    let mut content = Content::default();
    for SourceWithText { source, body } in sources.iter().cloned() {
        content.sources.push(SourceIn {
            slug: source.slug,
            version: source.version,
            curated_at: None,
            file: None,
            title: source.title,
            title_is_editorial: source.title_is_editorial,
            publisher: source.publisher,
            published_on: source.published_on,
            language: source.language,
            url: source.url,
            kind: source.kind,
            reliability: source.reliability,
            reliability_note: source.reliability_note,
            text: Some(body),
        });
    }
    let law_ids: Vec<i64> = laws.iter().map(|l| l.id).collect();
    for law in laws {
        let mut stages_in = Vec::new();
        for stage in stages_of.remove(&law.id).unwrap_or_default() {
            stages_in.push(StageIn {
                slug: stage.slug,
                occurred_on: stage.occurred_on,
                chamber: stage.chamber,
                kind: stage.kind,
                outcome: stage.outcome,
                description: stage.description,
                citations: cites(CitationTarget::LawStage(stage.id)),
            });
        }
        let mut provisions_in = Vec::new();
        for provision in provisions_of.remove(&law.id).unwrap_or_default() {
            let mut parameters_in = Vec::new();
            for parameter in parameters_of.remove(&provision.id).unwrap_or_default() {
                parameters_in.push(ParameterIn {
                    name: parameter.name,
                    label: parameter.label,
                    label_fr: parameter.label_fr,
                    kind: parameter.kind,
                    value: parameter.value,
                    value_max: parameter.value_max,
                    unit: parameter.unit,
                    qualifier: parameter.qualifier,
                    stage: parameter.stage_id.map(|id| slug_of(&stage_slug, id, "stage")).transpose()?,
                    baseline: parameter.baseline,
                    baseline_value: parameter.baseline_value,
                    baseline_unit: parameter.baseline_unit,
                    citations: cites(CitationTarget::Parameter(parameter.id)),
                });
            }
            provisions_in.push(ProvisionIn {
                slug: provision.slug,
                version: provision.version,
                article: provision.article,
                heading: provision.heading,
                heading_fr: provision.heading_fr,
                summary: provision.summary,
                summary_fr: provision.summary_fr,
                text: provision.body,
                theme: provision.theme,
                status: provision.status,
                codes: codes_of.remove(&provision.id).unwrap_or_default().into_iter().map(|c| c.code).collect(),
                entry_into_force: provision.entry_into_force,
                decrees: decrees_of.remove(&provision.id).unwrap_or_default().into_iter().map(|d| d.decree).collect(),
                curated_at: None,
                citations: cites(CitationTarget::Provision(provision.id)),
                parameters: parameters_in,
                texts: texts_of
                    .remove(&provision.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|text| {
                        Ok(ProvisionTextIn {
                            stage: text.stage_id.map(|id| slug_of(&stage_slug, id, "stage")).transpose()?,
                            kind: text.kind,
                            source: slug_of(&source_slug, text.source_id, "source")?,
                            quote: text.quote,
                            note: text.note,
                        })
                    })
                    .collect::<Result<_, StoreError>>()?,
            });
        }
        content.laws.push(LawIn {
            slug: law.slug,
            version: law.version,
            curated_at: None,
            title_fr: law.title_fr,
            title_en: law.title_en,
            number: law.number,
            eli_uri: law.eli_uri,
            status: law.status,
            summary: law.summary,
            citations: cites(CitationTarget::Law(law.id)),
            stages: stages_in,
            provisions: provisions_in,
        });
    }
    for facility in facilities.iter().cloned() {
        let mut aliases: Vec<String> =
            aliases_of.remove(&facility.id).unwrap_or_default().into_iter().map(|a| a.alias).collect();
        aliases.sort();
        content.facilities.push(FacilityIn {
            slug: facility.slug,
            version: facility.version,
            curated_at: None,
            name: facility.name,
            kind: facility.kind,
            city: facility.city,
            aliases,
            latitude: facility.latitude,
            longitude: facility.longitude,
            coordinates_note: facility.coordinates_note,
            citations: cites(CitationTarget::Facility(facility.id)),
        });
    }
    for actor in actors.iter().cloned() {
        content.actors.push(ActorIn {
            slug: actor.slug,
            version: actor.version,
            curated_at: None,
            name: actor.name,
            kind: actor.kind,
            description: actor.description,
            citations: cites(CitationTarget::Actor(actor.id)),
        });
    }
    for incident in incidents.iter().cloned() {
        let mut kinds: Vec<IncidentKind> =
            kinds_of.remove(&incident.id).unwrap_or_default().into_iter().map(|k| k.kind).collect();
        kinds.sort();
        let mut outcomes_in = Vec::new();
        for outcome in outcomes_of.remove(&incident.id).unwrap_or_default() {
            outcomes_in.push(OutcomeIn {
                name: outcome.name,
                value: outcome.value,
                qualifier: outcome.qualifier,
                unit: outcome.unit,
                citations: cites(CitationTarget::Outcome(outcome.id)),
            });
        }
        content.incidents.push(IncidentIn {
            slug: incident.slug,
            version: incident.version,
            curated_at: None,
            title: incident.title,
            title_fr: incident.title_fr,
            summary: incident.summary,
            summary_fr: incident.summary_fr,
            occurred_on: incident.occurred_on,
            time_of_day: incident.time_of_day,
            facility: incident.facility_id.map(|id| slug_of(&facility_slug, id, "facility")).transpose()?,
            place: incident.place,
            kinds,
            outcomes: outcomes_in,
            investigating_body: incident
                .investigating_body_id
                .map(|id| slug_of(&actor_slug, id, "actor"))
                .transpose()?,
            investigating_body_as_of: incident.investigating_body_as_of,
            campaign: incident.campaign,
            disputed: incident.disputed,
            citations: cites(CitationTarget::Incident(incident.id)),
        });
    }
    for criticism in criticisms {
        let mut rights: Vec<String> =
            rights_of.remove(&criticism.id).unwrap_or_default().into_iter().map(|r| r.right_slug).collect();
        rights.sort();
        let mut links = Vec::new();
        for link in criticism_links_of.remove(&criticism.id).unwrap_or_default() {
            links.push(CriticismLinkIn {
                provision: slug_of(&provision_slug, link.provision_id, "provision")?,
                note: link.note,
                disputed: link.disputed,
                disputed_note: link.disputed_note,
                citations: cites(CitationTarget::ProvisionCriticism(link.id)),
            });
        }
        content.criticisms.push(CriticismIn {
            slug: criticism.slug,
            version: criticism.version,
            curated_at: None,
            actor: slug_of(&actor_slug, criticism.actor_id, "actor")?,
            stance: criticism.stance,
            rights,
            summary: criticism.summary,
            summary_fr: criticism.summary_fr,
            quote: criticism.quote,
            stated_on: criticism.stated_on,
            citations: cites(CitationTarget::Criticism(criticism.id)),
            provisions: links,
        });
    }
    for link in incident_links {
        content.provision_incidents.push(ProvisionIncidentIn {
            provision: slug_of(&provision_slug, link.provision_id, "provision")?,
            incident: slug_of(&incident_slug, link.incident_id, "incident")?,
            relation: link.relation,
            curated_at: None,
            note: link.note,
            disputed: link.disputed,
            disputed_note: link.disputed_note,
            citations: cites(CitationTarget::ProvisionIncident(link.id)),
        });
    }
    for question in questions {
        let mut claims_in = Vec::new();
        for claim in claims_of.remove(&question.id).unwrap_or_default() {
            claims_in.push(ClaimIn {
                value: claim.value,
                value_number: claim.value_number,
                citations: cites(CitationTarget::Claim(claim.id)),
            });
        }
        content.claims.push(ClaimQuestionIn {
            slug: question.slug,
            version: question.version,
            curated_at: None,
            question: question.question,
            subject: question.subject_kind.zip(question.subject_slug).map(|(kind, slug)| SubjectIn { kind, slug }),
            claims: claims_in,
        });
    }
    let law_slug: HashMap<i64, String> =
        content.laws.iter().map(|l| l.slug.clone()).zip(law_ids.iter()).map(|(s, id)| (*id, s)).collect();
    for event in events {
        content.events.push(EventIn {
            slug: event.slug,
            occurred_on: event.occurred_on,
            kind: event.kind,
            law: law_slug.get(&event.law_id).cloned().ok_or_else(|| integrity("an event of a missing law"))?,
            provision: event.provision_id.map(|id| slug_of(&provision_slug, id, "provision")).transpose()?,
            facility: event.facility_id.map(|id| slug_of(&facility_slug, id, "facility")).transpose()?,
            title: event.title,
            title_fr: event.title_fr,
            description: event.description,
            description_fr: event.description_fr,
            capacity: event.capacity,
            citations: cites(CitationTarget::Event(event.id)),
        });
    }
    Ok(content)
}

fn integrity(what: &str) -> StoreError {
    StoreError::Invalid(vec![Problem {
        record: "database".into(),
        field: String::new(),
        message: format!("cannot export: the database holds {what}"),
    }])
}

/// The document as pretty JSON with a final newline: the bytes `lawtracker export` writes.
pub fn to_json(document: &Document) -> String {
    let mut text = serde_json::to_string_pretty(document).expect("a document always serialises");
    text.push('\n');
    text
}

/// What an import wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub sources: usize,
    pub laws: usize,
    pub provisions: usize,
    pub incidents: usize,
    pub criticisms: usize,
}

fn refuse(field: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(vec![Problem { record: "document".into(), field: field.into(), message: message.into() }])
}

/// Loads a document into an empty database in one transaction, after checking it
/// whole; on any problem nothing is written and every problem is named.
pub async fn import(store: &Store, json: &str) -> Result<ImportSummary, StoreError> {
    let document: Document =
        serde_json::from_str(json).map_err(|e| refuse("", format!("not a lawtracker export: {e}")))?;
    if document.format != FORMAT {
        return Err(refuse("format", format!("expected {FORMAT:?}, found {:?}", document.format)));
    }
    if document.version != VERSION {
        return Err(refuse(
            "version",
            format!("this lawtracker reads version {VERSION}, the document is version {}", document.version),
        ));
    }
    let problems = document.content.check();
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    let mut tx = store.begin_write().await?;
    tx.lock_for_bulk_write().await?;
    if tx.holds_data().await? {
        return Err(refuse("", "the database is not empty: import only into a fresh database"));
    }
    write_content(&mut tx, &document.content).await?;
    for revision in document.revisions {
        let RevisionRecord { at, author, operation, entity_type, entity_slug, related, before, after } = revision;
        let revision =
            Revision { id: 0, commit_seq: 0, at, author, operation, entity_type, entity_slug, related, before, after };
        tx.insert_revision(&revision).await?;
    }
    for load in &document.dataset_loads {
        tx.insert_dataset_load(&load.digest, &load.loaded_at).await?;
    }
    tx.commit().await?;
    let content = &document.content;
    Ok(ImportSummary {
        sources: content.sources.len(),
        laws: content.laws.len(),
        provisions: content.laws.iter().map(|l| l.provisions.len()).sum(),
        incidents: content.incidents.len(),
        criticisms: content.criticisms.len(),
    })
}
