//! Citations: which quote of which source backs which fact, and how well a fact is
//! corroborated by the sources quoted for it.

use serde::Serialize;

use super::{Reliability, Source};

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct Citation {
    pub id: i64,
    pub source_id: i64,
    pub quote: String,
    pub note: Option<String>,
    /// Which column of `citations` names the target; filled by the query that loads it.
    #[sqlx(skip)]
    #[serde(skip)]
    pub target: Option<CitationTarget>,
}

/// What a citation backs. Each variant is one nullable foreign-key column of the
/// `citations` table, so the database itself keeps every citation attached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CitationTarget {
    Law(i64),
    LawStage(i64),
    Provision(i64),
    Parameter(i64),
    Facility(i64),
    Actor(i64),
    Incident(i64),
    Outcome(i64),
    Criticism(i64),
    ProvisionIncident(i64),
    ProvisionCriticism(i64),
    Claim(i64),
    Event(i64),
}

impl CitationTarget {
    /// The `citations` column that points at this kind of target.
    pub fn column(self) -> &'static str {
        match self {
            CitationTarget::Law(_) => "law_id",
            CitationTarget::LawStage(_) => "law_stage_id",
            CitationTarget::Provision(_) => "provision_id",
            CitationTarget::Parameter(_) => "parameter_id",
            CitationTarget::Facility(_) => "facility_id",
            CitationTarget::Actor(_) => "actor_id",
            CitationTarget::Incident(_) => "incident_id",
            CitationTarget::Outcome(_) => "outcome_id",
            CitationTarget::Criticism(_) => "criticism_id",
            CitationTarget::ProvisionIncident(_) => "provision_incident_id",
            CitationTarget::ProvisionCriticism(_) => "provision_criticism_id",
            CitationTarget::Claim(_) => "claim_id",
            CitationTarget::Event(_) => "event_id",
        }
    }

    pub fn id(self) -> i64 {
        match self {
            CitationTarget::Law(id)
            | CitationTarget::LawStage(id)
            | CitationTarget::Provision(id)
            | CitationTarget::Parameter(id)
            | CitationTarget::Facility(id)
            | CitationTarget::Actor(id)
            | CitationTarget::Incident(id)
            | CitationTarget::Outcome(id)
            | CitationTarget::Criticism(id)
            | CitationTarget::ProvisionIncident(id)
            | CitationTarget::ProvisionCriticism(id)
            | CitationTarget::Claim(id)
            | CitationTarget::Event(id) => id,
        }
    }

    /// The same kind of target with another id.
    pub fn with_id(self, id: i64) -> Self {
        match self {
            CitationTarget::Law(_) => CitationTarget::Law(id),
            CitationTarget::LawStage(_) => CitationTarget::LawStage(id),
            CitationTarget::Provision(_) => CitationTarget::Provision(id),
            CitationTarget::Parameter(_) => CitationTarget::Parameter(id),
            CitationTarget::Facility(_) => CitationTarget::Facility(id),
            CitationTarget::Actor(_) => CitationTarget::Actor(id),
            CitationTarget::Incident(_) => CitationTarget::Incident(id),
            CitationTarget::Outcome(_) => CitationTarget::Outcome(id),
            CitationTarget::Criticism(_) => CitationTarget::Criticism(id),
            CitationTarget::ProvisionIncident(_) => CitationTarget::ProvisionIncident(id),
            CitationTarget::ProvisionCriticism(_) => CitationTarget::ProvisionCriticism(id),
            CitationTarget::Claim(_) => CitationTarget::Claim(id),
            CitationTarget::Event(_) => CitationTarget::Event(id),
        }
    }
}

/// How well a fact is supported: the distinct sources quoted for it and whether any
/// of them is more than low reliability.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Corroboration {
    pub source_count: usize,
    pub best_reliability: Option<Reliability>,
}

impl Corroboration {
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Self {
        let mut seen: Vec<(i64, Reliability)> = sources.into_iter().map(|s| (s.id, s.reliability)).collect();
        seen.sort_unstable();
        seen.dedup_by_key(|(id, _)| *id);
        Corroboration {
            source_count: seen.len(),
            // Variants are declared best first, so the minimum is the best.
            best_reliability: seen.iter().map(|(_, r)| *r).min(),
        }
    }

    /// True when nothing better than a low-reliability source supports the fact.
    pub fn only_low_reliability(&self) -> bool {
        self.best_reliability.is_none_or(Reliability::is_low)
    }
}
