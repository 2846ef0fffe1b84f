//! Incidents as map data: each incident placed at its facility's coordinates, as
//! an RFC 7946 FeatureCollection of Points (longitude first). Incidents whose
//! facility has no sourced coordinates are left out and counted, never guessed.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::error::StoreError;
use crate::ids::global_id;
use crate::model::IncidentKindRow;
use crate::store::queries::IncidentFilter;
use crate::store::Store;

/// The most features one response carries; `truncated` says when there were more.
pub const MAX_FEATURES: usize = 10_000;

impl Store {
    /// The incidents matching `filter` as a GeoJSON FeatureCollection.
    pub async fn incidents_geojson(&self, filter: &IncidentFilter) -> Result<Value, StoreError> {
        // One more than shown, to know whether there were more.
        let mut rows = self.placed_incidents(filter, MAX_FEATURES + 1).await?;
        let truncated = rows.len() > MAX_FEATURES;
        rows.truncate(MAX_FEATURES);
        let ids: Vec<i64> = rows.iter().map(|r| r.incident.id).collect();
        let kind_rows: Vec<IncidentKindRow> = self.kinds_of(&ids).await?;
        // Grouped once: scanning every kind row for each of up to 10,000 features
        // was quadratic.
        let mut kinds_by_incident: HashMap<i64, Vec<&str>> = HashMap::new();
        for row in &kind_rows {
            kinds_by_incident.entry(row.incident_id).or_default().push(row.kind.as_str());
        }
        let mut features = Vec::new();
        let mut without_coordinates = 0;
        for row in rows {
            let (Some(lat), Some(lon)) = (row.latitude, row.longitude) else {
                without_coordinates += 1;
                continue;
            };
            let incident = &row.incident;
            let kinds = kinds_by_incident.get(&incident.id).map(Vec::as_slice).unwrap_or_default();
            features.push(json!({
                "type": "Feature",
                "id": global_id("Incident", &incident.slug),
                "geometry": { "type": "Point", "coordinates": [lon, lat] },
                "properties": {
                    "slug": incident.slug,
                    "title": incident.title,
                    // Null where no French is written.
                    "titleFr": incident.title_fr,
                    "occurredOn": incident.occurred_on,
                    "datePrecision": incident.date_precision,
                    "earliestDate": incident.occurred_start,
                    "latestDate": incident.occurred_end,
                    "kinds": kinds,
                    "campaign": incident.campaign,
                    "facility": row.facility_slug,
                    "facilityName": row.facility_name,
                    "coordinatesNote": row.coordinates_note,
                }
            }));
        }
        Ok(json!({
            "type": "FeatureCollection",
            "features": features,
            // Foreign members (RFC 7946 §6.1): what the map does not show, and why.
            "withoutCoordinates": without_coordinates,
            "truncated": truncated,
        }))
    }
}
