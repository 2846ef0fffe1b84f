//! Sources and the citations that quote them, and how well a fact is corroborated.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};

use super::{gid, history, Revision};
use crate::enums::*;
use crate::error::ResultExt;
use crate::loaders::{self, many, one, request_loaders};

/// Citations of one target, with their sources.
pub(super) async fn citations(ctx: &Context<'_>, target: CitationTarget) -> async_graphql::Result<Vec<Citation>> {
    Ok(many(request_loaders(ctx)?, target).await?.into_iter().map(Citation).collect())
}

/// How well the target is supported, from the reliability of its cited sources.
pub(super) async fn corroboration(ctx: &Context<'_>, target: CitationTarget) -> async_graphql::Result<Corroboration> {
    let loaders = request_loaders(ctx)?;
    let cited = many(loaders, target).await?;
    let keys = cited.iter().map(|c| loaders::ById::<model::Source>::new(c.source_id));
    let sources = loaders.load_many(keys).await.gql()?;
    Ok(Corroboration(model::Corroboration::from_sources(sources.values())))
}

/// A document facts are quoted from, with its full text and how far to trust it.
pub struct Source(pub model::Source);

#[Object]
impl Source {
    pub(super) async fn id(&self) -> ID {
        gid::<model::Source>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Source, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// True when the document has no title of its own and a curator wrote this one.
    async fn title_is_editorial(&self) -> bool {
        self.0.title_is_editorial
    }
    async fn publisher(&self) -> Option<&str> {
        self.0.publisher.as_deref()
    }
    /// Publication date at the precision known (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); null when the document does not say.
    async fn published_on(&self) -> Option<&str> {
        self.0.published_on.as_deref()
    }
    /// BCP 47 language tag of the text.
    async fn language(&self) -> &str {
        &self.0.language
    }
    async fn url(&self) -> Option<&str> {
        self.0.url.as_deref()
    }
    async fn kind(&self) -> SourceKind {
        self.0.kind.into()
    }
    async fn reliability(&self) -> Reliability {
        self.0.reliability.into()
    }
    /// Why the source got its reliability rating, with evidence from its text.
    async fn reliability_note(&self) -> &str {
        &self.0.reliability_note
    }
    /// The full text; every citation's quote occurs in it verbatim.
    async fn text(&self, ctx: &Context<'_>) -> async_graphql::Result<String> {
        let text = many(request_loaders(ctx)?, loaders::TextOfSource(self.0.id)).await?.pop();
        Ok(text.map(|t| t.body).unwrap_or_default())
    }
}

/// A verbatim quote from a source that backs a fact or a link.
pub struct Citation(pub model::Citation);

#[Object]
impl Citation {
    /// The exact words of the source; they occur verbatim in `source.text`.
    async fn quote(&self) -> &str {
        &self.0.quote
    }
    /// The curator's note on why the quote supports the fact.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    async fn source(&self, ctx: &Context<'_>) -> async_graphql::Result<Source> {
        Ok(Source(one(request_loaders(ctx)?, self.0.source_id).await?))
    }
}

/// How well a fact is supported by its citations.
pub struct Corroboration(model::Corroboration);

#[Object]
impl Corroboration {
    /// Distinct sources quoted for the fact.
    async fn source_count(&self) -> i32 {
        self.0.source_count as i32
    }
    /// The most reliable of those sources; null when none is cited.
    async fn best_reliability(&self) -> Option<Reliability> {
        self.0.best_reliability.map(Into::into)
    }
    /// True when only low-reliability or unreliable sources support the fact: treat it as unconfirmed.
    async fn only_low_reliability(&self) -> bool {
        self.0.only_low_reliability()
    }
}
