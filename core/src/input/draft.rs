//! A single entity as a mutation sends it.

use super::*;
use crate::model::*;

/// An entity to create, or the new state of one to update (its slug names it).
/// Serialisable: a contributor's proposal keeps it until it is approved.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(tag = "entity", content = "record", rename_all = "snake_case")]
pub enum Draft {
    Source(SourceIn),
    /// A provision of the law with this slug.
    Provision {
        law: String,
        provision: ProvisionIn,
    },
    Facility(FacilityIn),
    Actor(ActorIn),
    Incident(IncidentIn),
    /// On update, the criticism's links are left as they are (see `link_criticism`).
    Criticism(CriticismIn),
    /// A question with each source's answer.
    ClaimQuestion(ClaimQuestionIn),
}

impl Draft {
    pub fn entity_type(&self) -> EntityType {
        match self {
            Draft::Source(_) => EntityType::Source,
            Draft::Provision { .. } => EntityType::Provision,
            Draft::Facility(_) => EntityType::Facility,
            Draft::Actor(_) => EntityType::Actor,
            Draft::Incident(_) => EntityType::Incident,
            Draft::Criticism(_) => EntityType::Criticism,
            Draft::ClaimQuestion(_) => EntityType::ClaimQuestion,
        }
    }

    pub fn slug(&self) -> &str {
        match self {
            Draft::Source(e) => &e.slug,
            Draft::Provision { provision, .. } => &provision.slug,
            Draft::Facility(e) => &e.slug,
            Draft::Actor(e) => &e.slug,
            Draft::Incident(e) => &e.slug,
            Draft::Criticism(e) => &e.slug,
            Draft::ClaimQuestion(e) => &e.slug,
        }
    }

    /// The draft as content, for the dataset checker.
    pub(crate) fn content(&self) -> Content {
        let mut content = Content::default();
        match self.clone() {
            Draft::Source(e) => content.sources.push(e),
            Draft::Provision { law, provision } => content.laws.push(LawIn {
                slug: law,
                version: 1,
                curated_at: None,
                title_fr: String::new(),
                title_en: None,
                number: None,
                eli_uri: None,
                status: LegalStatus::InForce,
                summary: String::new(),
                citations: Vec::new(),
                stages: Vec::new(),
                provisions: vec![provision],
            }),
            Draft::Facility(e) => content.facilities.push(e),
            Draft::Actor(e) => content.actors.push(e),
            Draft::Incident(e) => content.incidents.push(e),
            Draft::Criticism(e) => content.criticisms.push(e),
            Draft::ClaimQuestion(e) => content.claims.push(e),
        }
        content
    }
}
