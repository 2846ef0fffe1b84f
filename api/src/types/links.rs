//! The links between a provision and the incidents and criticisms about it, with their evidence.

use async_graphql::{Context, Object};
use lawtracker_core::model::{self, CitationTarget};

use super::source::{citations, corroboration};
use super::{Citation, Corroboration, Criticism, Incident, Provision};
use crate::enums::*;
use crate::loaders::{one, request_loaders};

/// A provision ↔ incident link, with the relation and the evidence for it.
pub struct IncidentLink(pub model::ProvisionIncident);

#[Object]
impl IncidentLink {
    async fn relation(&self) -> LinkRelation {
        self.0.relation.into()
    }
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// True when the link's provision-specific claim rests only on a source that
    /// cannot carry it (e.g. a forum post); lists leave such links out unless asked
    /// (`includeDisputed`).
    async fn disputed(&self) -> bool {
        self.0.disputed
    }
    /// Why the link is disputed, in our words.
    async fn disputed_note(&self) -> Option<&str> {
        self.0.disputed_note.as_deref()
    }
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<Provision> {
        Ok(Provision::current(one(request_loaders(ctx)?, self.0.provision_id).await?))
    }
    async fn incident(&self, ctx: &Context<'_>) -> async_graphql::Result<Incident> {
        Ok(Incident(one(request_loaders(ctx)?, self.0.incident_id).await?))
    }
    /// The quotes that establish the link (at least one).
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::ProvisionIncident(self.0.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::ProvisionIncident(self.0.id)).await
    }
}

/// A provision ↔ criticism link, with the evidence that the criticism targets the provision.
pub struct CriticismLink(pub model::ProvisionCriticism);

#[Object]
impl CriticismLink {
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// True when the link's provision-specific claim rests only on a source that
    /// cannot carry it (e.g. a forum post); lists leave such links out unless asked
    /// (`includeDisputed`).
    async fn disputed(&self) -> bool {
        self.0.disputed
    }
    /// Why the link is disputed, in our words.
    async fn disputed_note(&self) -> Option<&str> {
        self.0.disputed_note.as_deref()
    }
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<Provision> {
        Ok(Provision::current(one(request_loaders(ctx)?, self.0.provision_id).await?))
    }
    async fn criticism(&self, ctx: &Context<'_>) -> async_graphql::Result<Criticism> {
        Ok(Criticism(one(request_loaders(ctx)?, self.0.criticism_id).await?))
    }
    /// The quotes that establish the link (at least one).
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::ProvisionCriticism(self.0.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::ProvisionCriticism(self.0.id)).await
    }
}
