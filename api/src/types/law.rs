//! Laws and the stages of their passage.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};
use lawtracker_core::store::queries::ProvisionFilter;
use lawtracker_core::Store;

use super::claim::questions_about;
use super::source::citations;
use super::{gid, history, requested, Citation, ClaimQuestion, LifecycleEvent, LocalizedText, Provision, Revision};
use crate::enums::*;
use crate::error::ResultExt;
use crate::loaders::{self, many, request_loaders};
use crate::pagination::{connection, Conn, CountOf, PageArgs};

/// A law, with its legislative history and its provisions.
pub struct Law(pub model::Law);

#[Object]
impl Law {
    pub(super) async fn id(&self) -> ID {
        gid::<model::Law>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Law, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    /// The title in the requested language (`lang`, else the request's
    /// `Accept-Language`, else the original), marked with the language it is in.
    async fn title(&self, ctx: &Context<'_>, lang: Option<Language>) -> LocalizedText {
        match (requested(ctx, lang), &self.0.title_en) {
            (Some(Language::En), Some(english)) => {
                LocalizedText { text: english.clone(), language: Language::En, original: false }
            }
            _ => LocalizedText { text: self.0.title_fr.clone(), language: Language::Fr, original: true },
        }
    }
    /// Official title, in French.
    async fn title_fr(&self) -> &str {
        &self.0.title_fr
    }
    async fn title_en(&self) -> Option<&str> {
        self.0.title_en.as_deref()
    }
    /// Official number, e.g. `2025-532`.
    async fn number(&self) -> Option<&str> {
        self.0.number.as_deref()
    }
    /// European Legislation Identifier, where one is public.
    async fn eli_uri(&self) -> Option<&str> {
        self.0.eli_uri.as_deref()
    }
    async fn status(&self) -> LegalStatus {
        self.0.status.into()
    }
    async fn summary(&self) -> &str {
        &self.0.summary
    }
    /// Lifecycle events of the law and its provisions, in date order: censures,
    /// reservations, implementing decrees, entries into force, facility openings.
    async fn events(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LifecycleEvent>> {
        Ok(many(request_loaders(ctx)?, loaders::EventsOfLaw(self.0.id))
            .await?
            .into_iter()
            .map(LifecycleEvent)
            .collect())
    }
    /// Legislative stages in chronological order.
    async fn stages(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LegislativeStage>> {
        Ok(many(request_loaders(ctx)?, loaders::StagesOfLaw(self.0.id))
            .await?
            .into_iter()
            .map(LegislativeStage)
            .collect())
    }
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn provisions(
        &self,
        ctx: &Context<'_>,
        theme: Option<Theme>,
        status: Option<LegalStatus>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Provision>> {
        let args = PageArgs::parse(first, after)?;
        let filter = ProvisionFilter {
            law_id: Some(self.0.id),
            theme: theme.map(Into::into),
            status: status.map(Into::into),
            parameter: None,
            code: None,
        };
        let page = ctx.data::<Store>()?.provisions(&filter, args.after.as_ref(), args.limit).await.gql()?;
        let ids: Vec<i64> = page.items.iter().map(|row| row.id).collect();
        crate::prefetch::provision_page(ctx, &ids).await?;
        Ok(connection(page, &args, CountOf::Provisions(filter), Provision::current))
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Law(self.0.id)).await
    }
    /// Questions about this law on which sources disagree or could.
    async fn claims(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ClaimQuestion>> {
        questions_about(ctx, model::SubjectKind::Law, &self.0.slug).await
    }
}

/// A dated step of a law's passage: tabling, votes, committee texts, review, promulgation.
pub struct LegislativeStage(pub model::LawStage);

#[Object]
impl LegislativeStage {
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn occurred_on(&self) -> &str {
        &self.0.occurred_on
    }
    async fn date_precision(&self) -> DatePrecision {
        self.0.date_precision.into()
    }
    async fn chamber(&self) -> Option<Chamber> {
        self.0.chamber.map(Into::into)
    }
    async fn kind(&self) -> StageKind {
        self.0.kind.into()
    }
    /// The result, as the sources give it (e.g. a vote tally).
    async fn outcome(&self) -> Option<&str> {
        self.0.outcome.as_deref()
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::LawStage(self.0.id)).await
    }
}
