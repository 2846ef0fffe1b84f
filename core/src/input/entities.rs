//! Input records for the entities the law is tracked against: facilities, actors,
//! incidents, criticisms, links and claims.

use serde::{Deserialize, Serialize};

use super::{first_version, CitationIn};
use crate::model::*;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacilityIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    pub name: String,
    pub kind: FacilityKind,
    pub city: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub coordinates_note: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    pub name: String,
    pub kind: ActorKind,
    pub description: String,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    /// The title and summary in English; `_fr`, the same in French.
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_fr: Option<String>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_fr: Option<String>,
    pub occurred_on: String,
    pub time_of_day: Option<String>,
    pub facility: Option<String>,
    pub place: Option<String>,
    pub kinds: Vec<IncidentKind>,
    #[serde(default)]
    pub outcomes: Vec<OutcomeIn>,
    pub investigating_body: Option<String>,
    /// The day (or month) a source reported `investigating_body` in charge: bodies
    /// change hands (PNAT to Junalco on 2 May 2025), so the claim is dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investigating_body_as_of: Option<String>,
    pub campaign: Option<String>,
    /// Only a contradicted source asserts it: kept and answerable by slug, but out
    /// of default lists, counts, the map and the timeline.
    #[serde(default)]
    pub disputed: bool,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeIn {
    pub name: String,
    pub value: f64,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriticismIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    pub actor: String,
    pub stance: Stance,
    pub rights: Vec<String>,
    /// The summary in English (our words); `summary_fr`, in French. The quote stays
    /// in its source's language.
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_fr: Option<String>,
    pub quote: Option<String>,
    pub stated_on: Option<String>,
    pub citations: Vec<CitationIn>,
    pub provisions: Vec<CriticismLinkIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriticismLinkIn {
    pub provision: String,
    pub note: Option<String>,
    /// True when the link's provision-specific claim rests only on a source that
    /// cannot carry it (e.g. a forum post): kept, but out of default link lists.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub disputed: bool,
    /// Why the link is disputed, in our words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputed_note: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinksIn {
    pub provision_incidents: Vec<ProvisionIncidentIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionIncidentIn {
    pub provision: String,
    pub incident: String,
    pub relation: LinkRelation,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    pub note: Option<String>,
    /// True when the link's provision-specific claim rests only on a source that
    /// cannot carry it (e.g. a forum post): kept, but out of default link lists.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub disputed: bool,
    /// Why the link is disputed, in our words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputed_note: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimQuestionIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    pub question: String,
    pub subject: Option<SubjectIn>,
    pub claims: Vec<ClaimIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectIn {
    pub kind: SubjectKind,
    pub slug: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimIn {
    pub value: String,
    pub value_number: Option<f64>,
    pub citations: Vec<CitationIn>,
}
