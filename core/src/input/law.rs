//! Input records for sources and the law: what curators write in `data/`, what
//! exports carry and what mutations send.

use serde::{Deserialize, Serialize};

use super::first_version;
use crate::model::*;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationIn {
    pub source: String,
    pub quote: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    /// In `data/`: the text file, relative to `data/`. Absent in exports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    pub title: String,
    #[serde(default)]
    pub title_is_editorial: bool,
    pub publisher: Option<String>,
    pub published_on: Option<String>,
    pub language: String,
    pub url: Option<String>,
    pub kind: SourceKind,
    pub reliability: Reliability,
    pub reliability_note: String,
    /// The full text: inline in exports, read from `file` in `data/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    pub title_fr: String,
    pub title_en: Option<String>,
    pub number: Option<String>,
    pub eli_uri: Option<String>,
    pub status: LegalStatus,
    pub summary: String,
    pub citations: Vec<CitationIn>,
    pub stages: Vec<StageIn>,
    pub provisions: Vec<ProvisionIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageIn {
    pub slug: String,
    pub occurred_on: String,
    pub chamber: Option<Chamber>,
    pub kind: StageKind,
    pub outcome: Option<String>,
    pub description: String,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// When this record's current content was curated (RFC 3339): its first
    /// revision is dated then, so `knownAt` reproduces the curation history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curated_at: Option<String>,
    pub article: Option<String>,
    /// The heading and summary in English; `_fr`, the same in French (see `data/FORMAT.md`).
    pub heading: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading_fr: Option<String>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_fr: Option<String>,
    pub text: Option<String>,
    pub theme: Theme,
    pub status: LegalStatus,
    /// Code articles it creates or amends, e.g. `CSI L. 333-2`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    /// The day it takes effect (`YYYY[-MM[-DD]]`), where a source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_into_force: Option<String>,
    /// Implementing decrees a source names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decrees: Vec<String>,
    pub citations: Vec<CitationIn>,
    #[serde(default)]
    pub parameters: Vec<ParameterIn>,
    /// The text at each stage a source documents, oldest first; loaded from data
    /// and imports (the API does not edit them yet).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<ProvisionTextIn>,
}

/// A provision's text at a stage (`stage: null` for the rule before the law): the
/// quote is the text, so it is checked against its source like any citation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionTextIn {
    pub stage: Option<String>,
    pub kind: TextKind,
    pub source: String,
    pub quote: String,
    pub note: Option<String>,
}

impl ProvisionTextIn {
    /// The text as a citation of its source, for the checks every quote gets.
    pub fn as_citation(&self) -> CitationIn {
        CitationIn { source: self.source.clone(), quote: self.quote.clone(), note: self.note.clone() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterIn {
    pub name: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_fr: Option<String>,
    pub kind: ParameterKind,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    pub stage: Option<String>,
    pub baseline: Option<String>,
    pub baseline_value: Option<f64>,
    pub baseline_unit: Option<String>,
    pub citations: Vec<CitationIn>,
}
