//! A provision over time: its text at each stage, and the differences between two moments.

use async_graphql::{Context, Object};
use lawtracker_core::model;

use super::{LegislativeStage, Parameter, Source};
use crate::enums::*;
use crate::loaders::{self, many, one, request_loaders};

/// What changed in a provision between two moments.
#[derive(async_graphql::SimpleObject)]
pub struct ProvisionDiff {
    /// The first moment, as a day.
    pub from: String,
    pub to: String,
    /// Null when the provision did not exist yet.
    pub status_from: Option<LegalStatus>,
    pub status_to: Option<LegalStatus>,
    /// Measures whose value differs, e.g. isolation maximum 3 months → 4 years.
    pub measures: Vec<MeasureChange>,
    /// The text at each moment (null where no source documents one).
    pub text_from: Option<ProvisionText>,
    pub text_to: Option<ProvisionText>,
    /// Word-level diff from `textFrom` to `textTo`: the kept and deleted runs spell
    /// the first, the kept and inserted runs the second. Empty when neither exists.
    pub text: Vec<TextRun>,
}

/// A run of consecutive words that was kept, inserted or deleted.
#[derive(async_graphql::SimpleObject)]
pub struct TextRun {
    pub change: TextChange,
    pub text: String,
}

/// A provision's text at one stage (or before the law), in a source's words.
pub struct ProvisionText(pub model::ProvisionText);

impl ProvisionText {
    /// The day the text took effect in this tracker's view: its stage's date
    /// (None, sorting first, for the rule before the law).
    pub(super) fn valid_from_day(&self, stages: &[model::LawStage]) -> Option<chrono::NaiveDate> {
        let stage = stages.iter().find(|s| Some(s.id) == self.0.stage_id)?;
        lawtracker_core::dates::PartialDate::parse(&stage.occurred_on).ok().map(|d| d.end)
    }
}

#[Object]
impl ProvisionText {
    /// The legislative stage this text belongs to; null for the rule before the law.
    async fn stage(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LegislativeStage>> {
        let Some(id) = self.0.stage_id else { return Ok(None) };
        Ok(many(request_loaders(ctx)?, loaders::StageById(id)).await?.into_iter().next().map(LegislativeStage))
    }
    /// True for the rule in place before the law.
    async fn before_the_law(&self) -> bool {
        self.0.stage_id.is_none()
    }
    async fn kind(&self) -> TextKind {
        self.0.kind.into()
    }
    /// The text, verbatim from `source`.
    async fn text(&self) -> &str {
        &self.0.quote
    }
    async fn source(&self, ctx: &Context<'_>) -> async_graphql::Result<Source> {
        Ok(Source(one(request_loaders(ctx)?, self.0.source_id).await?))
    }
    /// Why this passage gives the text at that stage.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
}

/// One measure's value at each moment (null where it did not exist).
#[derive(async_graphql::SimpleObject)]
pub struct MeasureChange {
    pub name: String,
    pub from: Option<Parameter>,
    pub to: Option<Parameter>,
}
