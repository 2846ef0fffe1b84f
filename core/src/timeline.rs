//! One chronology across kinds: legislative stages, incidents and statements
//! (criticisms and support), merged in date order. Dates keep their precision: an
//! entry known only to the month sorts at the month's first day and says so.

use chrono::NaiveDate;

use crate::dates::{iso_day, PartialDate};
use crate::error::StoreError;
use crate::model::{DatePrecision, TimelineKind};
use crate::store::queries::IncidentFilter;
use crate::store::sql::Sql;
use crate::store::Store;

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    pub kind: TimelineKind,
    /// As precise as the sources allow: `2025`, `2025-04` or `2025-04-14`.
    pub date: String,
    pub precision: DatePrecision,
    pub earliest: String,
    pub latest: String,
    pub title: String,
    /// The entity's slug (for a stage, the stage's slug within `law`).
    pub slug: String,
    /// The row id of the entity the entry points to.
    pub id: i64,
    pub law: Option<String>,
    /// For a lifecycle event of one provision, its slug.
    pub provision: Option<String>,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    slug: String,
    occurred_on: String,
    title: String,
    law_slug: String,
    provision_slug: Option<String>,
}

#[derive(sqlx::FromRow)]
struct StageRow {
    id: i64,
    slug: String,
    occurred_on: String,
    description: String,
    law_slug: String,
}

#[derive(sqlx::FromRow)]
struct StatementRow {
    id: i64,
    slug: String,
    stated_on: String,
    summary: String,
    actor_name: String,
}

fn overlaps(date: &PartialDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_none_or(|f| date.end >= f) && to.is_none_or(|t| date.start <= t)
}

fn entry(
    kind: TimelineKind,
    date: PartialDate,
    title: String,
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
            let rows: Vec<StageRow> = self
                .fetch_all(Sql::new(
                    "SELECT s.id, s.slug, s.occurred_on, s.description, l.slug AS law_slug \
                     FROM law_stages s JOIN laws l ON l.id = s.law_id ORDER BY s.law_id, s.position",
                ))
                .await?;
            for row in rows {
                let Ok(date) = PartialDate::parse(&row.occurred_on) else { continue };
                if overlaps(&date, from, to) {
                    let law = Some(row.law_slug);
                    entries.push(entry(TimelineKind::LegislativeStage, date, row.description, row.slug, row.id, law));
                }
            }
        }
        if wants(TimelineKind::Incident) {
            let filter = IncidentFilter { from, to, include_disputed, ..Default::default() };
            for incident in self.incidents(&filter, None, limit).await?.items {
                let Ok(date) = PartialDate::parse(&incident.occurred_on) else { continue };
                entries.push(entry(TimelineKind::Incident, date, incident.title, incident.slug, incident.id, None));
            }
        }
        if wants(TimelineKind::Statement) {
            let rows: Vec<StatementRow> = self
                .fetch_all(Sql::new(
                    "SELECT c.id, c.slug, c.stated_on, c.summary, a.name AS actor_name \
                     FROM criticisms c JOIN actors a ON a.id = c.actor_id WHERE c.stated_on IS NOT NULL ORDER BY c.id",
                ))
                .await?;
            for row in rows {
                let Ok(date) = PartialDate::parse(&row.stated_on) else { continue };
                if overlaps(&date, from, to) {
                    let title = format!("{}: {}", row.actor_name, row.summary);
                    entries.push(entry(TimelineKind::Statement, date, title, row.slug, row.id, None));
                }
            }
        }
        if wants(TimelineKind::LifecycleEvent) {
            let rows: Vec<EventRow> = self
                .fetch_all(Sql::new(
                    "SELECT e.id, e.slug, e.occurred_on, e.title, l.slug AS law_slug, p.slug AS provision_slug \
                     FROM lifecycle_events e JOIN laws l ON l.id = e.law_id \
                     LEFT JOIN provisions p ON p.id = e.provision_id ORDER BY e.id",
                ))
                .await?;
            for row in rows {
                let Ok(date) = PartialDate::parse(&row.occurred_on) else { continue };
                if overlaps(&date, from, to) {
                    let mut entry =
                        entry(TimelineKind::LifecycleEvent, date, row.title, row.slug, row.id, Some(row.law_slug));
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
