//! Incidents and their measured outcomes.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};

use super::claim::questions_about;
use super::source::{citations, corroboration};
use super::{
    display_quantity, gid, history, Actor, Citation, ClaimQuestion, Corroboration, Facility, IncidentLink, Revision,
};
use super::{ours, requested, LocalizedText};
use crate::enums::*;
use crate::loaders::{self, many, one, request_loaders};

/// Something that happened: an attack on a prison, a riot, an arson.
pub struct Incident(pub model::Incident);

#[Object]
impl Incident {
    pub(super) async fn id(&self) -> ID {
        gid::<model::Incident>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Incident, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    /// The title in `lang` (else the request's `Accept-Language`, else English).
    /// Where no French is written this is the English: `localizedTitle` says
    /// which language was served.
    async fn title(&self, ctx: &Context<'_>, lang: Option<Language>) -> String {
        ours(ctx, lang, &self.0.title, self.0.title_fr.as_deref()).text
    }
    /// `title` marked with the language it is in: `EN` where French was asked
    /// for and none is written.
    async fn localized_title(&self, ctx: &Context<'_>, lang: Option<Language>) -> LocalizedText {
        ours(ctx, lang, &self.0.title, self.0.title_fr.as_deref())
    }
    /// The summary in `lang` (else the request's `Accept-Language`, else English).
    /// Where no French is written this is the English: `localizedSummary` says
    /// which language was served.
    async fn summary(&self, ctx: &Context<'_>, lang: Option<Language>) -> String {
        ours(ctx, lang, &self.0.summary, self.0.summary_fr.as_deref()).text
    }
    /// `summary` marked with the language it is in: `EN` where French was asked
    /// for and none is written.
    async fn localized_summary(&self, ctx: &Context<'_>, lang: Option<Language>) -> LocalizedText {
        ours(ctx, lang, &self.0.summary, self.0.summary_fr.as_deref())
    }
    /// True when only a contradicted source asserts this incident: it stays
    /// answerable here but lists, counts, the map and the timeline leave it out
    /// unless asked for (`includeDisputed`).
    async fn disputed(&self) -> bool {
        self.0.disputed
    }
    /// The date at the precision the sources support: `2025`, `2025-04` or `2025-04-14`.
    async fn occurred_on(&self) -> &str {
        &self.0.occurred_on
    }
    async fn date_precision(&self) -> DatePrecision {
        self.0.date_precision.into()
    }
    /// First day `occurredOn` may mean (`YYYY-MM-DD`).
    async fn earliest_date(&self) -> &str {
        &self.0.occurred_start
    }
    /// Last day `occurredOn` may mean (`YYYY-MM-DD`).
    async fn latest_date(&self) -> &str {
        &self.0.occurred_end
    }
    /// Local time as the sources give it, e.g. "about 00:40".
    async fn time_of_day(&self) -> Option<&str> {
        self.0.time_of_day.as_deref()
    }
    async fn kinds(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<IncidentKind>> {
        Ok(many(request_loaders(ctx)?, loaders::KindsOf(self.0.id)).await?.into_iter().map(|k| k.kind.into()).collect())
    }
    async fn facility(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Facility>> {
        match self.0.facility_id {
            Some(id) => Ok(Some(Facility(one(request_loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    /// Where exactly, in words (e.g. "staff car park").
    async fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }
    /// Measured results: bullet impacts, vehicles burned, ...
    async fn outcomes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Outcome>> {
        Ok(many(request_loaders(ctx)?, loaders::OutcomesOf(self.0.id)).await?.into_iter().map(Outcome).collect())
    }
    async fn investigating_body(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Actor>> {
        match self.0.investigating_body_id {
            Some(id) => Ok(Some(Actor(one(request_loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    /// When a source reported `investigatingBody` in charge: bodies change hands, so
    /// the claim holds as of this date (ISO), not forever.
    async fn investigating_body_as_of(&self) -> Option<&str> {
        self.0.investigating_body_as_of.as_deref()
    }
    /// The wave of incidents this one belongs to, e.g. `april-2025-prison-attacks`.
    async fn campaign(&self) -> Option<&str> {
        self.0.campaign.as_deref()
    }
    /// Provisions this incident is linked to, with the relation and its evidence.
    /// Disputed links only with `includeDisputed: true`.
    async fn provisions(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] include_disputed: bool,
    ) -> async_graphql::Result<Vec<IncidentLink>> {
        Ok(many(request_loaders(ctx)?, loaders::IncidentLinksOfIncident(self.0.id))
            .await?
            .into_iter()
            .filter(|l| include_disputed || !l.disputed)
            .map(IncidentLink)
            .collect())
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Incident(self.0.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::Incident(self.0.id)).await
    }
    async fn claims(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ClaimQuestion>> {
        questions_about(ctx, model::SubjectKind::Incident, &self.0.slug).await
    }
}

/// A measured result of an incident: "15 bullet impacts", "3 vehicles burned".
pub struct Outcome(pub model::Outcome);

#[Object]
impl Outcome {
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn value(&self) -> f64 {
        self.0.value
    }
    async fn qualifier(&self) -> Qualifier {
        self.0.qualifier.into()
    }
    async fn unit(&self) -> Option<&str> {
        self.0.unit.as_deref()
    }
    /// Human-readable, e.g. "about 15".
    /// The value in words, in `lang` (else the request's `Accept-Language`, else English).
    async fn display(&self, ctx: &Context<'_>, lang: Option<Language>) -> String {
        let language = requested(ctx, lang).unwrap_or(Language::En);
        display_quantity(language, self.0.qualifier, self.0.value, None, self.0.unit.as_deref())
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Outcome(self.0.id)).await
    }
}
