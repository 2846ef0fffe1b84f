//! Criticisms: an actor's stance on provisions.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};

use super::source::{citations, corroboration};
use super::{gid, history, Actor, Citation, Corroboration, CriticismLink, Revision};
use super::{ours, LocalizedText};
use crate::enums::*;
use crate::loaders::{self, many, one, request_loaders};

/// An actor's stance on one or more provisions: a criticism, a concern, support or a call for action.
pub struct Criticism(pub model::Criticism);

#[Object]
impl Criticism {
    pub(super) async fn id(&self) -> ID {
        gid::<model::Criticism>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Criticism, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn author(&self, ctx: &Context<'_>) -> async_graphql::Result<Actor> {
        Ok(Actor(one(request_loaders(ctx)?, self.0.actor_id).await?))
    }
    async fn stance(&self) -> Stance {
        self.0.stance.into()
    }
    /// Rights invoked, as slugs (`defence_rights`, `privacy`, `family_life`, ...).
    async fn rights(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        Ok(many(request_loaders(ctx)?, loaders::RightsOf(self.0.id)).await?.into_iter().map(|r| r.right_slug).collect())
    }
    /// Our summary of the stance (the author's words are `quote`, in their language), in `lang` (else the request's `Accept-Language`, else English).
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
    /// The author's own words, verbatim from one of `citations`' sources.
    async fn quote(&self) -> Option<&str> {
        self.0.quote.as_deref()
    }
    async fn stated_on(&self) -> Option<&str> {
        self.0.stated_on.as_deref()
    }
    async fn date_precision(&self) -> Option<DatePrecision> {
        self.0.date_precision.map(Into::into)
    }
    /// The provisions it is about, each with the evidence of the link.
    /// Disputed links only with `includeDisputed: true`.
    async fn provisions(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] include_disputed: bool,
    ) -> async_graphql::Result<Vec<CriticismLink>> {
        Ok(many(request_loaders(ctx)?, loaders::CriticismLinksOfCriticism(self.0.id))
            .await?
            .into_iter()
            .filter(|l| include_disputed || !l.disputed)
            .map(CriticismLink)
            .collect())
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Criticism(self.0.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::Criticism(self.0.id)).await
    }
}
