//! The domain: what lawtracker knows about a law, its provisions, the incidents and
//! criticisms around it, and the sources every fact is quoted from.
//!
//! Records mirror table rows (`sqlx::FromRow`, decoded the same way from SQLite and
//! PostgreSQL). Enumerations are stored as snake_case text, so the database stays
//! readable and a new variant needs no migration.
//!
//! The vocabularies are in [`enums`], citations and corroboration in [`citation`];
//! both are re-exported here, so `model::*` names the whole domain.

mod citation;
mod enums;

use serde::{Deserialize, Serialize};

pub use citation::*;
pub use enums::*;

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct LifecycleEvent {
    pub id: i64,
    pub slug: String,
    pub law_id: i64,
    pub provision_id: Option<i64>,
    pub facility_id: Option<i64>,
    pub kind: EventKind,
    pub occurred_on: String,
    pub date_precision: DatePrecision,
    pub occurred_start: String,
    pub occurred_end: String,
    pub title: String,
    pub title_fr: Option<String>,
    pub description: String,
    pub description_fr: Option<String>,
    pub capacity: Option<i64>,
}

/// One committed write: who, when, what, and the entity before and after (JSON in
/// the shape of `data/FORMAT.md`; null before a creation and after a deletion).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow, Serialize, Deserialize)]
pub struct Revision {
    pub id: i64,
    /// Its place in commit order (1, 2, 3 … with no gap): what feeds resume from.
    /// Not part of exports: an import assigns new places as it commits.
    #[serde(skip)]
    #[sqlx(default)]
    pub commit_seq: i64,
    pub at: String,
    pub author: String,
    pub operation: Operation,
    pub entity_type: EntityType,
    pub entity_slug: String,
    /// Comma-separated slugs of other entities the change touches.
    pub related: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl Revision {
    pub fn related_slugs(&self) -> impl Iterator<Item = &str> {
        self.related.split(',').filter(|s| !s.is_empty())
    }
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Source {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub title: String,
    pub title_is_editorial: bool,
    pub publisher: Option<String>,
    pub published_on: Option<String>,
    pub language: String,
    pub url: Option<String>,
    pub kind: SourceKind,
    pub reliability: Reliability,
    pub reliability_note: String,
}

/// A source with its full text, as exports and snapshots carry it. API reads load
/// [`Source`] without the text and fetch it only when a client asks for it: a page of
/// citations names many sources, whose texts can run to pages each.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct SourceWithText {
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub source: Source,
    pub body: String,
}

/// The full text of the source with this id.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SourceText {
    pub id: i64,
    pub body: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Law {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub title_fr: String,
    pub title_en: Option<String>,
    pub number: Option<String>,
    pub eli_uri: Option<String>,
    pub status: LegalStatus,
    pub summary: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct LawStage {
    pub id: i64,
    pub law_id: i64,
    pub slug: String,
    pub position: i64,
    pub occurred_on: String,
    pub date_precision: DatePrecision,
    pub chamber: Option<Chamber>,
    pub kind: StageKind,
    pub outcome: Option<String>,
    pub description: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Provision {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub law_id: i64,
    pub slug: String,
    pub position: i64,
    pub article: Option<String>,
    /// English; `_fr`, French where curated.
    pub heading: String,
    pub heading_fr: Option<String>,
    pub summary: String,
    pub summary_fr: Option<String>,
    pub body: Option<String>,
    pub theme: Theme,
    pub status: LegalStatus,
    /// The day it takes effect, where a source gives it (`YYYY[-MM[-DD]]`).
    pub entry_into_force: Option<String>,
}

/// A code article a provision creates or amends, e.g. `CSI L. 333-2`.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionCode {
    pub provision_id: i64,
    pub position: i64,
    pub code: String,
}

/// An implementing decree of a provision, as a source names it.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionDecree {
    pub provision_id: i64,
    pub position: i64,
    pub decree: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Parameter {
    pub id: i64,
    pub provision_id: i64,
    pub position: i64,
    pub name: String,
    /// English; `label_fr`, French where curated.
    pub label: String,
    pub label_fr: Option<String>,
    pub kind: ParameterKind,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    pub stage_id: Option<i64>,
    pub baseline: Option<String>,
    pub baseline_value: Option<f64>,
    pub baseline_unit: Option<String>,
}

/// A provision's text at one legislative stage, or before the law (no stage): a
/// verbatim quote of its source.
#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionText {
    pub id: i64,
    pub provision_id: i64,
    pub position: i64,
    pub stage_id: Option<i64>,
    pub kind: TextKind,
    pub source_id: i64,
    pub quote: String,
    pub note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Facility {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub name: String,
    pub kind: FacilityKind,
    pub city: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub coordinates_note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct FacilityAlias {
    pub facility_id: i64,
    pub alias: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Actor {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub name: String,
    pub kind: ActorKind,
    pub description: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Incident {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    /// English; `_fr`, French where curated.
    pub title: String,
    pub title_fr: Option<String>,
    pub summary: String,
    pub summary_fr: Option<String>,
    pub occurred_on: String,
    pub date_precision: DatePrecision,
    pub occurred_start: String,
    pub occurred_end: String,
    pub time_of_day: Option<String>,
    pub facility_id: Option<i64>,
    pub place: Option<String>,
    pub investigating_body_id: Option<i64>,
    /// When a source reported that body in charge (ISO date).
    pub investigating_body_as_of: Option<String>,
    pub campaign: Option<String>,
    /// Only a contradicted source asserts it: answerable by slug, out of default
    /// lists, counts, the map and the timeline.
    pub disputed: bool,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct IncidentKindRow {
    pub incident_id: i64,
    pub kind: IncidentKind,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Outcome {
    pub id: i64,
    pub incident_id: i64,
    pub position: i64,
    pub name: String,
    pub value: f64,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Criticism {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub actor_id: i64,
    pub stance: Stance,
    /// English; `summary_fr`, French where curated.
    pub summary: String,
    pub summary_fr: Option<String>,
    pub quote: Option<String>,
    pub stated_on: Option<String>,
    pub date_precision: Option<DatePrecision>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct CriticismRight {
    pub criticism_id: i64,
    pub right_slug: String,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionIncident {
    pub id: i64,
    pub provision_id: i64,
    pub incident_id: i64,
    pub relation: LinkRelation,
    pub note: Option<String>,
    /// Only a source that cannot carry the link's claim backs it: out of default lists.
    pub disputed: bool,
    pub disputed_note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ProvisionCriticism {
    pub id: i64,
    pub provision_id: i64,
    pub criticism_id: i64,
    pub note: Option<String>,
    /// Only a source that cannot carry the link's claim backs it: out of default lists.
    pub disputed: bool,
    pub disputed_note: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct ClaimQuestion {
    pub id: i64,
    /// Bumped by every update: the version an editor must name to change it.
    pub version: i64,
    pub slug: String,
    pub question: String,
    pub subject_kind: Option<SubjectKind>,
    pub subject_slug: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Claim {
    pub id: i64,
    pub question_id: i64,
    pub position: i64,
    pub value: String,
    pub value_number: Option<f64>,
}

/// A curated dataset loaded into the database: its digest and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
#[serde(deny_unknown_fields)]
pub struct DatasetLoad {
    pub digest: String,
    pub loaded_at: String,
}
