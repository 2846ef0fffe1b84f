//! Lifecycle events of laws and provisions.

use async_graphql::{Context, Object};
use lawtracker_core::model::{self, CitationTarget};

use super::source::citations;
use super::{ours, LocalizedText};
use super::{Citation, Facility, Law, Provision};
use crate::enums::*;
use crate::loaders::{one, request_loaders};

/// A dated change in the life of a law or a provision, with its evidence.
pub struct LifecycleEvent(pub model::LifecycleEvent);

#[Object]
impl LifecycleEvent {
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn kind(&self) -> EventKind {
        self.0.kind.into()
    }
    async fn occurred_on(&self) -> &str {
        &self.0.occurred_on
    }
    async fn date_precision(&self) -> DatePrecision {
        self.0.date_precision.into()
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
    /// The description in `lang` (else the request's `Accept-Language`, else English).
    /// Where no French is written this is the English: `localizedDescription` says
    /// which language was served.
    async fn description(&self, ctx: &Context<'_>, lang: Option<Language>) -> String {
        ours(ctx, lang, &self.0.description, self.0.description_fr.as_deref()).text
    }
    /// `description` marked with the language it is in: `EN` where French was asked
    /// for and none is written.
    async fn localized_description(&self, ctx: &Context<'_>, lang: Option<Language>) -> LocalizedText {
        ours(ctx, lang, &self.0.description, self.0.description_fr.as_deref())
    }
    /// Places or detainees, for a facility opening, where a source gives them.
    async fn capacity(&self) -> Option<i64> {
        self.0.capacity
    }
    async fn law(&self, ctx: &Context<'_>) -> async_graphql::Result<Law> {
        Ok(Law(one(request_loaders(ctx)?, self.0.law_id).await?))
    }
    /// The provision concerned; null for events of the whole law.
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Provision>> {
        match self.0.provision_id {
            Some(id) => Ok(Some(Provision::current(one(request_loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    async fn facility(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Facility>> {
        match self.0.facility_id {
            Some(id) => Ok(Some(Facility(one(request_loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Event(self.0.id)).await
    }
}
