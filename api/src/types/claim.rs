//! Contested questions and the answers sources give them.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};

use super::source::{citations, corroboration};
use super::{gid, history, Citation, Corroboration, Revision};
use crate::enums::*;
use crate::loaders::{self, many, request_loaders};

/// A question on which sources give answers, each kept with its own sources instead
/// of being merged into one story ("How many prisons were attacked?").
pub struct ClaimQuestion(pub model::ClaimQuestion);

#[Object]
impl ClaimQuestion {
    pub(super) async fn id(&self) -> ID {
        gid::<model::ClaimQuestion>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this question.
    async fn version(&self) -> i64 {
        self.0.version
    }
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::ClaimQuestion, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn question(&self) -> &str {
        &self.0.question
    }
    async fn subject_kind(&self) -> Option<SubjectKind> {
        self.0.subject_kind.map(Into::into)
    }
    /// Slug of the entity (or campaign) the question is about.
    async fn subject_slug(&self) -> Option<&str> {
        self.0.subject_slug.as_deref()
    }
    /// Each answer a source gives, with its citations.
    async fn claims(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Claim>> {
        Ok(many(request_loaders(ctx)?, loaders::ClaimsOf(self.0.id))
            .await?
            .into_iter()
            .map(|c| Claim { claim: c })
            .collect())
    }
    /// True when the sources' answers differ.
    async fn contested(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let claims = many(request_loaders(ctx)?, loaders::ClaimsOf(self.0.id)).await?;
        Ok(claims.iter().any(|c| c.value != claims[0].value))
    }
}

/// One answer to a contested question, with its sources.
pub struct Claim {
    claim: model::Claim,
}

#[Object]
impl Claim {
    /// The answer in the source's terms ("at least eight", "April 12, 2024").
    async fn value(&self) -> &str {
        &self.claim.value
    }
    /// The answer as a number, when it is one.
    async fn value_number(&self) -> Option<f64> {
        self.claim.value_number
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Claim(self.claim.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::Claim(self.claim.id)).await
    }
}

pub(super) async fn questions_about(
    ctx: &Context<'_>,
    kind: model::SubjectKind,
    slug: &str,
) -> async_graphql::Result<Vec<ClaimQuestion>> {
    let key = loaders::QuestionsAbout(kind, slug.to_string());
    Ok(many(request_loaders(ctx)?, key).await?.into_iter().map(ClaimQuestion).collect())
}
