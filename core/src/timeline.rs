//! One chronology across kinds: legislative stages, incidents and statements
//! (criticisms and support), merged in date order. Dates keep their precision: an
//! entry known only to the month sorts at the month's first day and says so.

use chrono::NaiveDate;

use crate::dates::{iso_day, PartialDate};
use crate::error::StoreError;
use crate::model::{DatePrecision, TimelineKind};
use crate::store::queries::IncidentFilter;
use crate::store::Store;

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    pub kind: TimelineKind,
    /// As precise as the sources allow: `2025`, `2025-04` or `2025-04-14`.
    pub date: String,
    pub precision: DatePrecision,
    pub earliest: String,
    pub latest: String,
    /// In English; `title_fr`, in French where the record has its French text
    /// (stages' descriptions have none yet).
    pub title: String,
    pub title_fr: Option<String>,
    /// The entity's slug (for a stage, the stage's slug within `law`).
    pub slug: String,
    /// The row id of the entity the entry points to.
    pub id: i64,
    pub law: Option<String>,
    /// For a lifecycle event of one provision, its slug.
    pub provision: Option<String>,
}

fn overlaps(date: &PartialDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_none_or(|f| date.end >= f) && to.is_none_or(|t| date.start <= t)
}

fn entry(
    kind: TimelineKind,
    date: PartialDate,
    (title, title_fr): (String, Option<String>),
    slug: String,
    id: i64,
    law: Option<String>,
) -> TimelineEntry {
    TimelineEntry {
        kind,
        date: date.to_iso(),
        precision: date.precision,
        earliest: iso_day(date.start),
        latest: iso_day(date.end),
        title,
        title_fr,
        slug,
        id,
        law,
        provision: None,
    }
}

impl Store {
    /// Up to `limit` entries of the wanted kinds whose date may fall in `[from, to]`;
    /// disputed incidents only when `include_disputed`.
    pub async fn timeline(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        kinds: &[TimelineKind],
        include_disputed: bool,
        limit: usize,
    ) -> Result<Vec<TimelineEntry>, StoreError> {
        let wants = |kind| kinds.is_empty() || kinds.contains(&kind);
        let mut entries = Vec::new();
        if wants(TimelineKind::LegislativeStage) {
            let rows = self.stage_rows().await?;
            for row in rows {
                let Ok(date) = PartialDate::parse(&row.occurred_on) else { continue };
                if overlaps(&date, from, to) {
                    let law = Some(row.law_slug);
                    entries.push(entry(
                        TimelineKind::LegislativeStage,
                        date,
                        (row.description, None),
                        row.slug,
                        row.id,
                        law,
                    ));
                }
            }
        }
        if wants(TimelineKind::Incident) {
            let filter = IncidentFilter { from, to, include_disputed, ..Default::default() };
            for incident in self.incidents(&filter, None, limit).await?.items {
                let Ok(date) = PartialDate::parse(&incident.occurred_on) else { continue };
                let title = (incident.title, incident.title_fr);
                entries.push(entry(TimelineKind::Incident, date, title, incident.slug, incident.id, None));
            }
        }
        if wants(TimelineKind::Statement) {
            let rows = self.dated_statement_rows().await?;
            for row in rows {
                let Ok(date) = PartialDate::parse(&row.stated_on) else { continue };
                if overlaps(&date, from, to) {
                    let title = (
                        format!("{}: {}", row.actor_name, row.summary),
                        row.summary_fr.map(|fr| format!("{} : {fr}", row.actor_name)),
                    );
                    entries.push(entry(TimelineKind::Statement, date, title, row.slug, row.id, None));
                }
            }
        }
        if wants(TimelineKind::LifecycleEvent) {
            let rows = self.lifecycle_event_rows().await?;
            for row in rows {
                let Ok(date) = PartialDate::parse(&row.occurred_on) else { continue };
                if overlaps(&date, from, to) {
                    let mut entry = entry(
                        TimelineKind::LifecycleEvent,
                        date,
                        (row.title, row.title_fr),
                        row.slug,
                        row.id,
                        Some(row.law_slug),
                    );
                    entry.provision = row.provision_slug;
                    entries.push(entry);
                }
            }
        }
        // Earliest possible day first; on one day, the more precisely dated first.
        entries.sort_by(|a, b| {
            (a.earliest.as_str(), std::cmp::Reverse(a.precision), a.kind, a.slug.as_str()).cmp(&(
                b.earliest.as_str(),
                std::cmp::Reverse(b.precision),
                b.kind,
                b.slug.as_str(),
            ))
        });
        entries.truncate(limit);
        Ok(entries)
    }
}
