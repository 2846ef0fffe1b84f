//! Reads that join several tables for two views built in core: the rows the
//! timeline merges (stages, statements, lifecycle events; incidents come from the
//! ordinary incident list) and incidents placed at their facility for the map.
//! Here so that `timeline` and `geo` keep their logic and hold no SQL.

use super::queries::{incident_columns, IncidentFilter};
use super::sql::Sql;
use super::Store;
use crate::error::StoreError;
use crate::model::Incident;

/// A stage of a law's passage, with its law's slug.
#[derive(sqlx::FromRow)]
pub struct StageRow {
    pub id: i64,
    pub slug: String,
    pub occurred_on: String,
    pub description: String,
    pub law_slug: String,
}

/// A dated criticism or statement of support, with who made it.
#[derive(sqlx::FromRow)]
pub struct StatementRow {
    pub id: i64,
    pub slug: String,
    pub stated_on: String,
    pub summary: String,
    pub summary_fr: Option<String>,
    pub actor_name: String,
}

/// A lifecycle event (censure, decree, entry into force...), with its law and, when
/// it concerns one provision, that provision.
#[derive(sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub slug: String,
    pub occurred_on: String,
    pub title: String,
    pub title_fr: Option<String>,
    pub law_slug: String,
    pub provision_slug: Option<String>,
}

/// An incident with its facility's name and sourced coordinates (or the note that
/// says why there are none).
#[derive(sqlx::FromRow)]
pub struct PlacedIncident {
    #[sqlx(flatten)]
    pub incident: Incident,
    pub facility_slug: Option<String>,
    pub facility_name: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub coordinates_note: Option<String>,
}

impl Store {
    /// Every law's stages, in each law's order.
    pub async fn stage_rows(&self) -> Result<Vec<StageRow>, StoreError> {
        self.fetch_all(Sql::new(
            "SELECT s.id, s.slug, s.occurred_on, s.description, l.slug AS law_slug \
             FROM law_stages s JOIN laws l ON l.id = s.law_id ORDER BY s.law_id, s.position",
        ))
        .await
    }

    /// Every criticism that carries the date it was stated on.
    pub async fn dated_statement_rows(&self) -> Result<Vec<StatementRow>, StoreError> {
        self.fetch_all(Sql::new(
            "SELECT c.id, c.slug, c.stated_on, c.summary, c.summary_fr, a.name AS actor_name \
             FROM criticisms c JOIN actors a ON a.id = c.actor_id WHERE c.stated_on IS NOT NULL ORDER BY c.id",
        ))
        .await
    }

    /// Every lifecycle event.
    pub async fn lifecycle_event_rows(&self) -> Result<Vec<EventRow>, StoreError> {
        self.fetch_all(Sql::new(
            "SELECT e.id, e.slug, e.occurred_on, e.title, e.title_fr, l.slug AS law_slug, p.slug AS provision_slug \
             FROM lifecycle_events e JOIN laws l ON l.id = e.law_id \
             LEFT JOIN provisions p ON p.id = e.provision_id ORDER BY e.id",
        ))
        .await
    }

    /// Up to `limit` incidents matching `filter`, earliest first, each with its
    /// facility (if any) joined.
    pub async fn placed_incidents(
        &self,
        filter: &IncidentFilter,
        limit: usize,
    ) -> Result<Vec<PlacedIncident>, StoreError> {
        let mut sql = Sql::new(concat!(
            "SELECT ",
            incident_columns!(),
            ", f.slug AS facility_slug, f.name AS facility_name, f.latitude, f.longitude, f.coordinates_note \
             FROM incidents i LEFT JOIN facilities f ON f.id = i.facility_id WHERE 1 = 1",
        ));
        filter.apply(&mut sql);
        sql.push(" ORDER BY i.occurred_start, i.id LIMIT ").bind(limit as i64);
        self.fetch_all(sql).await
    }
}
