//! How each entity maps to rows: the one place that writes content, used by the
//! dataset loader, imports and curation mutations alike. Callers check content
//! first (`Content::check`); the writer assumes it is valid.

use std::collections::HashMap;

use crate::dates::{iso_day, PartialDate};
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::*;
use crate::search::search_text;
use crate::store::sql::{Arg, Sql};
use crate::store::{Backend, Tx};

/// One row's values, column by column.
pub(crate) type Columns = Vec<(&'static str, Arg)>;

/// `INSERT INTO table (a, b) VALUES ($1, $2)`.
pub(crate) fn insert_into(table: &'static str, values: Columns) -> Sql {
    let mut sql = Sql::new("INSERT INTO ");
    sql.push(table).push(" (");
    sql.push(&values.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", "));
    sql.push(") VALUES (");
    for (i, (_, value)) in values.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.bind(value);
    }
    sql.push(")");
    sql
}

/// `INSERT INTO table (a, b) VALUES ($1, $2), ($3, $4), ...`: many rows in one
/// statement, for bulk loads. Every row has the columns of the first, in its order.
/// The caller keeps `rows × columns` within the backend's bound-parameter limit
/// ([`Backend::max_bind_params`]). On SQLite the placeholders are anonymous
/// ([`Sql::bind_anonymous`]), which bind in linear time.
pub(crate) fn insert_rows(backend: Backend, table: &'static str, rows: Vec<Columns>) -> Sql {
    let mut sql = Sql::new("INSERT INTO ");
    sql.push(table).push(" (");
    let names: Vec<&'static str> = rows.first().map(|row| row.iter().map(|(c, _)| *c).collect()).unwrap_or_default();
    sql.push(&names.join(", "));
    sql.push(") VALUES ");
    for (r, row) in rows.into_iter().enumerate() {
        debug_assert_eq!(row.iter().map(|(c, _)| *c).collect::<Vec<_>>(), names, "rows of one insert share columns");
        sql.push(if r > 0 { ", (" } else { "(" });
        for (i, (_, value)) in row.into_iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            match backend {
                Backend::Sqlite => sql.bind_anonymous(value),
                Backend::Postgres => sql.bind(value),
            };
        }
        sql.push(")");
    }
    sql
}

/// `UPDATE table SET a = $1, ..., version = version + 1 WHERE id = $n`.
fn update_row(table: &'static str, id: i64, values: Columns) -> Sql {
    let mut sql = Sql::new("UPDATE ");
    sql.push(table).push(" SET ");
    for (column, value) in values {
        sql.push(column).push(" = ").bind(value).push(", ");
    }
    sql.push("version = version + 1 WHERE id = ").bind(id);
    sql
}

fn date(text: &str, record: &str, field: &str) -> Result<PartialDate, StoreError> {
    PartialDate::parse(text).map_err(|message| {
        StoreError::Invalid(vec![Problem { record: record.to_string(), field: field.to_string(), message }])
    })
}

pub(crate) fn source_columns(s: &SourceIn) -> Columns {
    vec![
        ("title", s.title.as_str().into()),
        ("title_is_editorial", s.title_is_editorial.into()),
        ("publisher", s.publisher.clone().into()),
        ("published_on", s.published_on.clone().into()),
        ("language", s.language.as_str().into()),
        ("url", s.url.clone().into()),
        ("kind", s.kind.as_str().into()),
        ("reliability", s.reliability.as_str().into()),
        ("reliability_note", s.reliability_note.as_str().into()),
        ("body", s.text.as_deref().unwrap_or_default().into()),
        (
            "search_text",
            search_text([
                s.title.as_str(),
                s.publisher.as_deref().unwrap_or_default(),
                s.text.as_deref().unwrap_or_default(),
            ])
            .into(),
        ),
    ]
}

pub(crate) fn law_columns(l: &LawIn) -> Columns {
    vec![
        ("title_fr", l.title_fr.as_str().into()),
        ("title_en", l.title_en.clone().into()),
        ("number", l.number.clone().into()),
        ("eli_uri", l.eli_uri.clone().into()),
        ("status", l.status.as_str().into()),
        ("summary", l.summary.as_str().into()),
    ]
}

pub(crate) fn provision_columns(p: &ProvisionIn) -> Columns {
    vec![
        ("article", p.article.clone().into()),
        ("heading", p.heading.as_str().into()),
        ("summary", p.summary.as_str().into()),
        ("body", p.text.clone().into()),
        ("theme", p.theme.as_str().into()),
        ("status", p.status.as_str().into()),
        (
            "search_text",
            search_text([
                p.article.as_deref().unwrap_or_default(),
                p.heading.as_str(),
                p.summary.as_str(),
                p.text.as_deref().unwrap_or_default(),
            ])
            .into(),
        ),
    ]
}

pub(crate) fn facility_columns(f: &FacilityIn) -> Columns {
    vec![
        ("name", f.name.as_str().into()),
        ("kind", f.kind.as_str().into()),
        ("city", f.city.clone().into()),
        ("latitude", f.latitude.into()),
        ("longitude", f.longitude.into()),
        ("coordinates_note", f.coordinates_note.clone().into()),
        (
            "search_text",
            search_text(
                [f.name.as_str(), f.city.as_deref().unwrap_or_default()]
                    .into_iter()
                    .chain(f.aliases.iter().map(String::as_str)),
            )
            .into(),
        ),
    ]
}

pub(crate) fn actor_columns(a: &ActorIn) -> Columns {
    vec![
        ("name", a.name.as_str().into()),
        ("kind", a.kind.as_str().into()),
        ("description", a.description.as_str().into()),
        ("search_text", search_text([a.name.as_str(), a.description.as_str()]).into()),
    ]
}

pub(crate) fn with_identity(slug: &str, version: i64, mut columns: Columns) -> Columns {
    columns.insert(0, ("slug", slug.into()));
    columns.push(("version", version.into()));
    columns
}

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
        let mut sql = Sql::new("DELETE FROM ");
        sql.push(table).push(" WHERE ").push(column).push(" = ").bind(id);
        self.tx.execute(sql).await.map(drop)
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
        let on = date(&event.occurred_on, &format!("event {:?}", event.slug), "occurred_on")?;
        let provision_id = event.provision.as_ref().map(|s| self.id("provision", s)).transpose()?;
        let facility_id = event.facility.as_ref().map(|s| self.id("facility", s)).transpose()?;
        let id = self
            .insert(
                "event",
                &event.slug,
                "lifecycle_events",
                vec![
                    ("slug", event.slug.as_str().into()),
                    ("law_id", self.id("law", &event.law)?.into()),
                    ("provision_id", provision_id.into()),
                    ("facility_id", facility_id.into()),
                    ("kind", event.kind.as_str().into()),
                    ("occurred_on", on.to_iso().into()),
                    ("date_precision", on.precision.as_str().into()),
                    ("occurred_start", iso_day(on.start).into()),
                    ("occurred_end", iso_day(on.end).into()),
                    ("title", event.title.as_str().into()),
                    ("description", event.description.as_str().into()),
                    ("capacity", event.capacity.into()),
                ],
            )
            .await?;
        self.cite(CitationTarget::Event(id), &event.citations).await?;
        Ok(id)
    }
}

fn question_columns(q: &ClaimQuestionIn) -> Columns {
    vec![
        ("question", q.question.as_str().into()),
        ("subject_kind", q.subject.as_ref().map(|s| s.kind.as_str()).into()),
        ("subject_slug", q.subject.as_ref().map(|s| s.slug.as_str()).into()),
    ]
}

// Per-row values, shared by the [`Writer`] (row by row) and the synthetic-data
// generator (many rows per statement), so that both store the same derived values:
// folded `search_text`, ISO dates with their precision and day interval.

pub(crate) fn citation_columns(source_id: i64, quote: &str, note: Option<String>, target: CitationTarget) -> Columns {
    vec![
        ("source_id", source_id.into()),
        ("quote", quote.into()),
        ("note", note.into()),
        (target.column(), target.id().into()),
    ]
}

pub(crate) fn stage_columns(law_id: i64, position: i64, stage: &StageIn) -> Result<Columns, StoreError> {
    let on = date(&stage.occurred_on, &format!("stage {:?}", stage.slug), "occurred_on")?;
    Ok(vec![
        ("law_id", law_id.into()),
        ("slug", stage.slug.as_str().into()),
        ("position", position.into()),
        ("occurred_on", on.to_iso().into()),
        ("date_precision", on.precision.as_str().into()),
        ("chamber", stage.chamber.map(Chamber::as_str).into()),
        ("kind", stage.kind.as_str().into()),
        ("outcome", stage.outcome.clone().into()),
        ("description", stage.description.as_str().into()),
    ])
}

pub(crate) fn parameter_columns(
    provision_id: i64,
    position: i64,
    parameter: &ParameterIn,
    stage_id: Option<i64>,
) -> Columns {
    vec![
        ("provision_id", provision_id.into()),
        ("position", position.into()),
        ("name", parameter.name.as_str().into()),
        ("label", parameter.label.as_str().into()),
        ("kind", parameter.kind.as_str().into()),
        ("value", parameter.value.into()),
        ("value_max", parameter.value_max.into()),
        ("unit", parameter.unit.as_str().into()),
        ("qualifier", parameter.qualifier.as_str().into()),
        ("stage_id", stage_id.into()),
        ("baseline", parameter.baseline.clone().into()),
        ("baseline_value", parameter.baseline_value.into()),
        ("baseline_unit", parameter.baseline_unit.clone().into()),
    ]
}

pub(crate) fn alias_columns(facility_id: i64, alias: &str) -> Columns {
    vec![("facility_id", facility_id.into()), ("alias", alias.into())]
}

/// An incident's own columns; its facility and investigating body already resolved to row ids.
pub(crate) fn incident_columns(
    incident: &IncidentIn,
    facility_id: Option<i64>,
    body_id: Option<i64>,
) -> Result<Columns, StoreError> {
    let on = date(&incident.occurred_on, &format!("incident {:?}", incident.slug), "occurred_on")?;
    Ok(vec![
        ("title", incident.title.as_str().into()),
        ("summary", incident.summary.as_str().into()),
        ("occurred_on", on.to_iso().into()),
        ("date_precision", on.precision.as_str().into()),
        ("occurred_start", iso_day(on.start).into()),
        ("occurred_end", iso_day(on.end).into()),
        ("time_of_day", incident.time_of_day.clone().into()),
        ("facility_id", facility_id.into()),
        ("place", incident.place.clone().into()),
        ("investigating_body_id", body_id.into()),
        ("campaign", incident.campaign.clone().into()),
        ("disputed", incident.disputed.into()),
        (
            "search_text",
            search_text([
                incident.title.as_str(),
                incident.summary.as_str(),
                incident.place.as_deref().unwrap_or_default(),
                incident.campaign.as_deref().unwrap_or_default(),
            ])
            .into(),
        ),
    ])
}

pub(crate) fn kind_columns(incident_id: i64, kind: IncidentKind) -> Columns {
    vec![("incident_id", incident_id.into()), ("kind", kind.as_str().into())]
}

pub(crate) fn outcome_columns(incident_id: i64, position: i64, outcome: &OutcomeIn) -> Columns {
    vec![
        ("incident_id", incident_id.into()),
        ("position", position.into()),
        ("name", outcome.name.as_str().into()),
        ("value", outcome.value.into()),
        ("qualifier", outcome.qualifier.as_str().into()),
        ("unit", outcome.unit.clone().into()),
    ]
}

/// A criticism's own columns; its author already resolved to a row id.
pub(crate) fn criticism_columns(criticism: &CriticismIn, actor_id: i64) -> Result<Columns, StoreError> {
    let on = criticism
        .stated_on
        .as_deref()
        .map(|d| date(d, &format!("criticism {:?}", criticism.slug), "stated_on"))
        .transpose()?;
    Ok(vec![
        ("actor_id", actor_id.into()),
        ("stance", criticism.stance.as_str().into()),
        ("summary", criticism.summary.as_str().into()),
        ("quote", criticism.quote.clone().into()),
        ("stated_on", on.map(PartialDate::to_iso).into()),
        ("date_precision", on.map(|d| d.precision.as_str()).into()),
        (
            "search_text",
            search_text(
                [criticism.summary.as_str(), criticism.quote.as_deref().unwrap_or_default()]
                    .into_iter()
                    .chain(criticism.rights.iter().map(String::as_str)),
            )
            .into(),
        ),
    ])
}

pub(crate) fn right_columns(criticism_id: i64, right: &str) -> Columns {
    vec![("criticism_id", criticism_id.into()), ("right_slug", right.into())]
}

pub(crate) fn criticism_link_columns(provision_id: i64, criticism_id: i64, link: &CriticismLinkIn) -> Columns {
    vec![
        ("provision_id", provision_id.into()),
        ("criticism_id", criticism_id.into()),
        ("note", link.note.clone().into()),
    ]
}

pub(crate) fn incident_link_columns(provision_id: i64, incident_id: i64, link: &ProvisionIncidentIn) -> Columns {
    vec![
        ("provision_id", provision_id.into()),
        ("incident_id", incident_id.into()),
        ("relation", link.relation.as_str().into()),
        ("note", link.note.clone().into()),
    ]
}
