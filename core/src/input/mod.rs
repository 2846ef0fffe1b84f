//! Input records: entities as curators write them in `data/` (format:
//! `data/FORMAT.md`), as exports carry them and as mutations send them. They hold
//! no behaviour beyond their shape; checking (`check`), writing (`write`) and
//! recording (`revision`) build on them, in that order.

mod draft;
mod entities;
mod law;

use serde::{Deserialize, Serialize};

pub use draft::Draft;
pub use entities::*;
pub use law::*;

use crate::model::*;

fn first_version() -> i64 {
    1
}

/// Everything the tracker holds, in the shape curators write and exports carry.
/// Slugs, not row ids, tie records together, so content moves between databases.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub sources: Vec<SourceIn>,
    pub laws: Vec<LawIn>,
    pub facilities: Vec<FacilityIn>,
    pub actors: Vec<ActorIn>,
    pub incidents: Vec<IncidentIn>,
    pub criticisms: Vec<CriticismIn>,
    pub provision_incidents: Vec<ProvisionIncidentIn>,
    pub claims: Vec<ClaimQuestionIn>,
    /// Lifecycle events of laws and provisions.
    #[serde(default)]
    pub events: Vec<EventIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventIn {
    pub slug: String,
    pub occurred_on: String,
    pub kind: EventKind,
    pub law: String,
    pub provision: Option<String>,
    pub facility: Option<String>,
    /// The title and description in English; `_fr`, the same in French.
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_fr: Option<String>,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_fr: Option<String>,
    /// Places or detainees, for a facility opening.
    pub capacity: Option<i64>,
    pub citations: Vec<CitationIn>,
}

/// A provision-incident link's name in revisions: `provision~incident~relation`.
pub fn incident_link_slug(provision: &str, incident: &str, relation: LinkRelation) -> String {
    format!("{provision}~{incident}~{relation}")
}

/// Serialising any input record to JSON through one function (for revisions'
/// snapshots and the text check); they always serialise.
pub(crate) trait ToJson {
    fn to_json(&self) -> serde_json::Value;
}

impl<T: Serialize> ToJson for T {
    fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("input structs always serialise")
    }
}
