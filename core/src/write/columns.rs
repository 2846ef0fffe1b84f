//! Each entity's row values, column by column. Shared by the [`super::Writer`] (row
//! by row) and the synthetic-data generator (many rows per statement), so that both
//! store the same derived values: folded `search_text`, ISO dates with their precision
//! and day interval.

use crate::dates::{iso_day, PartialDate};
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::*;
use crate::search::search_text;
use crate::store::sql::Columns;

pub(crate) fn date(text: &str, record: &str, field: &str) -> Result<PartialDate, StoreError> {
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
        ("heading_fr", p.heading_fr.clone().into()),
        ("summary", p.summary.as_str().into()),
        ("summary_fr", p.summary_fr.clone().into()),
        ("body", p.text.clone().into()),
        ("theme", p.theme.as_str().into()),
        ("status", p.status.as_str().into()),
        (
            "search_text",
            search_text([
                p.article.as_deref().unwrap_or_default(),
                p.heading.as_str(),
                p.summary.as_str(),
                p.heading_fr.as_deref().unwrap_or_default(),
                p.summary_fr.as_deref().unwrap_or_default(),
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

pub(crate) fn question_columns(q: &ClaimQuestionIn) -> Columns {
    vec![
        ("question", q.question.as_str().into()),
        ("subject_kind", q.subject.as_ref().map(|s| s.kind.as_str()).into()),
        ("subject_slug", q.subject.as_ref().map(|s| s.slug.as_str()).into()),
    ]
}

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
        ("label_fr", parameter.label_fr.clone().into()),
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
    let as_of = incident
        .investigating_body_as_of
        .as_deref()
        .map(|d| date(d, &format!("incident {:?}", incident.slug), "investigating_body_as_of").map(|d| d.to_iso()))
        .transpose()?;
    Ok(vec![
        ("title", incident.title.as_str().into()),
        ("title_fr", incident.title_fr.clone().into()),
        ("summary", incident.summary.as_str().into()),
        ("summary_fr", incident.summary_fr.clone().into()),
        ("occurred_on", on.to_iso().into()),
        ("date_precision", on.precision.as_str().into()),
        ("occurred_start", iso_day(on.start).into()),
        ("occurred_end", iso_day(on.end).into()),
        ("time_of_day", incident.time_of_day.clone().into()),
        ("facility_id", facility_id.into()),
        ("place", incident.place.clone().into()),
        ("investigating_body_id", body_id.into()),
        ("investigating_body_as_of", as_of.into()),
        ("campaign", incident.campaign.clone().into()),
        ("disputed", incident.disputed.into()),
        (
            "search_text",
            search_text([
                incident.title.as_str(),
                incident.summary.as_str(),
                incident.title_fr.as_deref().unwrap_or_default(),
                incident.summary_fr.as_deref().unwrap_or_default(),
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
        ("summary_fr", criticism.summary_fr.clone().into()),
        ("quote", criticism.quote.clone().into()),
        ("stated_on", on.map(PartialDate::to_iso).into()),
        ("date_precision", on.map(|d| d.precision.as_str()).into()),
        (
            "search_text",
            search_text(
                [
                    criticism.summary.as_str(),
                    criticism.summary_fr.as_deref().unwrap_or_default(),
                    criticism.quote.as_deref().unwrap_or_default(),
                ]
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
        ("disputed", link.disputed.into()),
        ("disputed_note", link.disputed_note.clone().into()),
    ]
}

pub(crate) fn incident_link_columns(provision_id: i64, incident_id: i64, link: &ProvisionIncidentIn) -> Columns {
    vec![
        ("provision_id", provision_id.into()),
        ("incident_id", incident_id.into()),
        ("relation", link.relation.as_str().into()),
        ("note", link.note.clone().into()),
        ("disputed", link.disputed.into()),
        ("disputed_note", link.disputed_note.clone().into()),
    ]
}

/// A lifecycle event's columns; its law, provision and facility already resolved to row ids.
pub(crate) fn event_columns(
    event: &EventIn,
    law_id: i64,
    provision_id: Option<i64>,
    facility_id: Option<i64>,
) -> Result<Columns, StoreError> {
    let on = date(&event.occurred_on, &format!("event {:?}", event.slug), "occurred_on")?;
    Ok(vec![
        ("slug", event.slug.as_str().into()),
        ("law_id", law_id.into()),
        ("provision_id", provision_id.into()),
        ("facility_id", facility_id.into()),
        ("kind", event.kind.as_str().into()),
        ("occurred_on", on.to_iso().into()),
        ("date_precision", on.precision.as_str().into()),
        ("occurred_start", iso_day(on.start).into()),
        ("occurred_end", iso_day(on.end).into()),
        ("title", event.title.as_str().into()),
        ("title_fr", event.title_fr.clone().into()),
        ("description", event.description.as_str().into()),
        ("description_fr", event.description_fr.clone().into()),
        ("capacity", event.capacity.into()),
    ])
}
