//! Mutation inputs. They mirror the shapes of `data/FORMAT.md` (the core's `*In`
//! types), so what an editor sends is checked by the same rules as the shipped
//! dataset. References take a global ID or a slug.

use async_graphql::{InputObject, ID};
use lawtracker_core::ids::slug_from_id_or_slug;
use lawtracker_core::input::*;

use crate::enums::*;
use crate::error::id_error;

/// Resolves a reference argument to a slug, naming the field when it is malformed.
pub fn slug(kind: &str, field: &str, id: &ID) -> async_graphql::Result<String> {
    slug_from_id_or_slug(kind, id).map_err(|e| id_error(field, e))
}

fn citations(field: &str, input: Vec<CitationInput>) -> async_graphql::Result<Vec<CitationIn>> {
    input
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            Ok(CitationIn {
                source: slug("Source", &format!("{field}[{i}].source"), &c.source)?,
                quote: c.quote,
                note: c.note,
            })
        })
        .collect()
}

/// A verbatim quote from a source. It must occur in the source's text exactly
/// (case, spacing and punctuation as in the source).
#[derive(InputObject)]
pub struct CitationInput {
    /// Global ID or slug of the source.
    pub source: ID,
    pub quote: String,
    /// Why the quote supports the fact.
    pub note: Option<String>,
}

#[derive(InputObject)]
pub struct SourceInput {
    pub slug: String,
    pub title: String,
    #[graphql(default)]
    pub title_is_editorial: bool,
    pub publisher: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published_on: Option<String>,
    /// BCP 47 language tag, e.g. `fr` or `en`.
    pub language: String,
    pub url: Option<String>,
    pub kind: SourceKind,
    /// Only admins may rate a source; editors leave it `UNRATED`.
    #[graphql(default_with = "Reliability::Unrated")]
    pub reliability: Reliability,
    #[graphql(default)]
    pub reliability_note: String,
    /// The full text; citations are checked against it.
    pub text: String,
}

impl SourceInput {
    pub fn into_core(self) -> async_graphql::Result<SourceIn> {
        Ok(SourceIn {
            slug: self.slug,
            version: 1,
            curated_at: None,
            file: None,
            title: self.title,
            title_is_editorial: self.title_is_editorial,
            publisher: self.publisher,
            published_on: self.published_on,
            language: self.language,
            url: self.url,
            kind: self.kind.into(),
            reliability: self.reliability.into(),
            reliability_note: self.reliability_note,
            text: Some(self.text),
        })
    }
}

#[derive(InputObject)]
pub struct ParameterInput {
    pub name: String,
    /// The label in English (our words); `labelFr`, in French.
    pub label: String,
    pub label_fr: Option<String>,
    pub kind: ParameterKind,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    #[graphql(default_with = "Qualifier::Exactly")]
    pub qualifier: Qualifier,
    /// Slug of a legislative stage of the provision's law.
    pub stage: Option<String>,
    pub baseline: Option<String>,
    pub baseline_value: Option<f64>,
    pub baseline_unit: Option<String>,
    pub citations: Vec<CitationInput>,
}

#[derive(InputObject)]
pub struct ProvisionInput {
    pub slug: String,
    pub article: Option<String>,
    /// In English; `headingFr` and `summaryFr`, the same in French (kept apart, so a
    /// reader of either language gets our words in theirs).
    pub heading: String,
    pub heading_fr: Option<String>,
    pub summary: String,
    pub summary_fr: Option<String>,
    /// The legal wording, only where a source quotes it.
    pub text: Option<String>,
    pub theme: Theme,
    pub status: LegalStatus,
    pub citations: Vec<CitationInput>,
    #[graphql(default)]
    pub parameters: Vec<ParameterInput>,
}

impl ProvisionInput {
    pub fn into_core(self) -> async_graphql::Result<ProvisionIn> {
        let parameters = self
            .parameters
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                Ok(ParameterIn {
                    name: p.name,
                    label: p.label,
                    label_fr: p.label_fr,
                    kind: p.kind.into(),
                    value: p.value,
                    value_max: p.value_max,
                    unit: p.unit,
                    qualifier: p.qualifier.into(),
                    stage: p.stage,
                    baseline: p.baseline,
                    baseline_value: p.baseline_value,
                    baseline_unit: p.baseline_unit,
                    citations: citations(&format!("input.parameters[{i}].citations"), p.citations)?,
                })
            })
            .collect::<async_graphql::Result<_>>()?;
        Ok(ProvisionIn {
            slug: self.slug,
            version: 1,
            curated_at: None,
            article: self.article,
            heading: self.heading,
            heading_fr: self.heading_fr,
            summary: self.summary,
            summary_fr: self.summary_fr,
            text: self.text,
            theme: self.theme.into(),
            status: self.status.into(),
            citations: citations("input.citations", self.citations)?,
            parameters,
            texts: Vec::new(),
            codes: Vec::new(),
            entry_into_force: None,
            decrees: Vec::new(),
        })
    }
}

#[derive(InputObject)]
pub struct FacilityInput {
    pub slug: String,
    pub name: String,
    pub kind: FacilityKind,
    pub city: Option<String>,
    #[graphql(default)]
    pub aliases: Vec<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Required with coordinates: their public source and what point they mark.
    pub coordinates_note: Option<String>,
    pub citations: Vec<CitationInput>,
}

impl FacilityInput {
    pub fn into_core(self) -> async_graphql::Result<FacilityIn> {
        Ok(FacilityIn {
            slug: self.slug,
            version: 1,
            curated_at: None,
            name: self.name,
            kind: self.kind.into(),
            city: self.city,
            aliases: self.aliases,
            latitude: self.latitude,
            longitude: self.longitude,
            coordinates_note: self.coordinates_note,
            citations: citations("input.citations", self.citations)?,
        })
    }
}

#[derive(InputObject)]
pub struct ActorInput {
    pub slug: String,
    pub name: String,
    pub kind: ActorKind,
    pub description: String,
    pub citations: Vec<CitationInput>,
}

impl ActorInput {
    pub fn into_core(self) -> async_graphql::Result<ActorIn> {
        Ok(ActorIn {
            slug: self.slug,
            version: 1,
            curated_at: None,
            name: self.name,
            kind: self.kind.into(),
            description: self.description,
            citations: citations("input.citations", self.citations)?,
        })
    }
}

#[derive(InputObject)]
pub struct OutcomeInput {
    pub name: String,
    pub value: f64,
    #[graphql(default_with = "Qualifier::Exactly")]
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    pub citations: Vec<CitationInput>,
}

#[derive(InputObject)]
pub struct IncidentInput {
    pub slug: String,
    /// In English; `titleFr` and `summaryFr`, the same in French.
    pub title: String,
    pub title_fr: Option<String>,
    pub summary: String,
    pub summary_fr: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the sources allow.
    pub occurred_on: String,
    pub time_of_day: Option<String>,
    /// Global ID or slug of a facility.
    pub facility: Option<ID>,
    pub place: Option<String>,
    pub kinds: Vec<IncidentKind>,
    #[graphql(default)]
    pub outcomes: Vec<OutcomeInput>,
    /// Global ID or slug of an actor.
    pub investigating_body: Option<ID>,
    /// When a source reported that body in charge (YYYY, YYYY-MM or YYYY-MM-DD).
    pub investigating_body_as_of: Option<String>,
    pub campaign: Option<String>,
    /// True when only a contradicted source asserts the incident: it stays
    /// answerable but lists, counts, the map and the timeline leave it out.
    #[graphql(default)]
    pub disputed: bool,
    pub citations: Vec<CitationInput>,
}

impl IncidentInput {
    pub fn into_core(self) -> async_graphql::Result<IncidentIn> {
        let outcomes = self
            .outcomes
            .into_iter()
            .enumerate()
            .map(|(i, o)| {
                Ok(OutcomeIn {
                    name: o.name,
                    value: o.value,
                    qualifier: o.qualifier.into(),
                    unit: o.unit,
                    citations: citations(&format!("input.outcomes[{i}].citations"), o.citations)?,
                })
            })
            .collect::<async_graphql::Result<_>>()?;
        Ok(IncidentIn {
            slug: self.slug,
            version: 1,
            curated_at: None,
            title: self.title,
            title_fr: self.title_fr,
            summary: self.summary,
            summary_fr: self.summary_fr,
            occurred_on: self.occurred_on,
            time_of_day: self.time_of_day,
            facility: self.facility.as_ref().map(|id| slug("Facility", "input.facility", id)).transpose()?,
            place: self.place,
            kinds: self.kinds.into_iter().map(Into::into).collect(),
            outcomes,
            investigating_body: self
                .investigating_body
                .as_ref()
                .map(|id| slug("Actor", "input.investigatingBody", id))
                .transpose()?,
            investigating_body_as_of: self.investigating_body_as_of,
            campaign: self.campaign,
            disputed: self.disputed,
            citations: citations("input.citations", self.citations)?,
        })
    }
}

/// The evidence that a criticism is about a provision.
#[derive(InputObject)]
pub struct CriticismLinkInput {
    /// Global ID or slug of the provision.
    pub provision: ID,
    pub note: Option<String>,
    /// True when only a source that cannot carry the link's claim backs it.
    #[graphql(default)]
    pub disputed: bool,
    pub disputed_note: Option<String>,
    pub citations: Vec<CitationInput>,
}

impl CriticismLinkInput {
    pub fn into_core(self, field: &str) -> async_graphql::Result<CriticismLinkIn> {
        Ok(CriticismLinkIn {
            provision: slug("Provision", &format!("{field}.provision"), &self.provision)?,
            note: self.note,
            disputed: self.disputed,
            disputed_note: self.disputed_note,
            citations: citations(&format!("{field}.citations"), self.citations)?,
        })
    }
}

#[derive(InputObject)]
pub struct CriticismInput {
    pub slug: String,
    /// Global ID or slug of the author.
    pub actor: ID,
    pub stance: Stance,
    /// Rights invoked, as slugs (`privacy`, `family_life`, ...).
    #[graphql(default)]
    pub rights: Vec<String>,
    /// Our summary in English; `summaryFr`, the same in French. The quote is not
    /// translated.
    pub summary: String,
    pub summary_fr: Option<String>,
    /// The author's own words, verbatim from one of the cited sources.
    pub quote: Option<String>,
    pub stated_on: Option<String>,
    pub citations: Vec<CitationInput>,
    /// On creation, the provisions it is about; later, use linkCriticism/unlinkCriticism.
    #[graphql(default)]
    pub provisions: Vec<CriticismLinkInput>,
}

impl CriticismInput {
    pub fn into_core(self) -> async_graphql::Result<CriticismIn> {
        let provisions = self
            .provisions
            .into_iter()
            .enumerate()
            .map(|(i, l)| l.into_core(&format!("input.provisions[{i}]")))
            .collect::<async_graphql::Result<_>>()?;
        Ok(CriticismIn {
            slug: self.slug,
            version: 1,
            curated_at: None,
            actor: slug("Actor", "input.actor", &self.actor)?,
            stance: self.stance.into(),
            rights: self.rights,
            summary: self.summary,
            summary_fr: self.summary_fr,
            quote: self.quote,
            stated_on: self.stated_on,
            citations: citations("input.citations", self.citations)?,
            provisions,
        })
    }
}

/// An incident linked to a provision, with the evidence for the link.
#[derive(InputObject)]
pub struct IncidentLinkInput {
    pub provision: ID,
    pub incident: ID,
    pub relation: LinkRelation,
    pub note: Option<String>,
    /// True when only a source that cannot carry the link's claim backs it.
    #[graphql(default)]
    pub disputed: bool,
    pub disputed_note: Option<String>,
    pub citations: Vec<CitationInput>,
}

impl IncidentLinkInput {
    pub fn into_core(self) -> async_graphql::Result<ProvisionIncidentIn> {
        Ok(ProvisionIncidentIn {
            provision: slug("Provision", "input.provision", &self.provision)?,
            incident: slug("Incident", "input.incident", &self.incident)?,
            relation: self.relation.into(),
            curated_at: None,
            note: self.note,
            disputed: self.disputed,
            disputed_note: self.disputed_note,
            citations: citations("input.citations", self.citations)?,
        })
    }
}

/// What a contested question is about.
#[derive(InputObject)]
pub struct SubjectInput {
    pub kind: SubjectKind,
    /// The entity's slug, or a campaign name.
    pub slug: String,
}

/// One source's answer.
#[derive(InputObject)]
pub struct ClaimInput {
    /// The answer in the source's terms.
    pub value: String,
    pub value_number: Option<f64>,
    pub citations: Vec<CitationInput>,
}

/// A question and each source's answer, kept apart instead of merged.
#[derive(InputObject)]
pub struct ClaimQuestionInput {
    pub slug: String,
    pub question: String,
    pub subject: Option<SubjectInput>,
    pub claims: Vec<ClaimInput>,
}

impl ClaimQuestionInput {
    pub fn into_core(self) -> async_graphql::Result<ClaimQuestionIn> {
        let claims = self
            .claims
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                Ok(ClaimIn {
                    value: c.value,
                    value_number: c.value_number,
                    citations: citations(&format!("input.claims[{i}].citations"), c.citations)?,
                })
            })
            .collect::<async_graphql::Result<_>>()?;
        Ok(ClaimQuestionIn {
            slug: self.slug,
            version: 1,
            curated_at: None,
            question: self.question,
            subject: self.subject.map(|s| SubjectIn { kind: s.kind.into(), slug: s.slug }),
            claims,
        })
    }
}
