//! Parameters: a provision's typed measures.

use async_graphql::{Context, Object};
use lawtracker_core::model::{self, CitationTarget};

use super::source::{citations, corroboration};
use super::{display_quantity, ours, requested, Citation, Corroboration, LegislativeStage, LocalizedText};
use crate::enums::*;
use crate::loaders::{self, many, request_loaders};

/// A typed measure of a provision: "isolation order up to 4 years, replacing renewal every 3 months".
/// The flag is true for the rule before the law, as shown by `asOf` views and diffs.
pub struct Parameter(pub model::Parameter, pub bool);

#[Object]
impl Parameter {
    /// Machine name, e.g. `isolation_initial_placement_max`.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// What the measure is, in `lang` (else the request's `Accept-Language`, else
    /// English). Where no French is written this is the English: `localizedLabel`
    /// says which language was served.
    async fn label(&self, ctx: &Context<'_>, lang: Option<Language>) -> String {
        ours(ctx, lang, &self.0.label, self.0.label_fr.as_deref()).text
    }
    /// `label` marked with the language it is in: `EN` where French was asked for
    /// and none is written.
    async fn localized_label(&self, ctx: &Context<'_>, lang: Option<Language>) -> LocalizedText {
        ours(ctx, lang, &self.0.label, self.0.label_fr.as_deref())
    }
    async fn kind(&self) -> ParameterKind {
        self.0.kind.into()
    }
    /// The number (the lower bound of a range).
    async fn value(&self) -> f64 {
        self.0.value
    }
    /// Upper bound when the source gives a range (600–900).
    async fn value_max(&self) -> Option<f64> {
        self.0.value_max
    }
    /// Singular unit: `year`, `month`, `inmate`, `euro`, ...
    async fn unit(&self) -> &str {
        &self.0.unit
    }
    async fn qualifier(&self) -> Qualifier {
        self.0.qualifier.into()
    }
    /// For durations, the value as ISO 8601 (`P4Y`, `P3M`, `PT120H`).
    async fn iso_duration(&self) -> Option<String> {
        lawtracker_core::dates::iso_duration(self.0.value, &self.0.unit)
    }
    /// Human-readable value, e.g. "up to 4 years" or "600–900 persons", in `lang`
    /// (else the request's `Accept-Language`, else English): "jusqu'à 4 ans".
    async fn display(&self, ctx: &Context<'_>, lang: Option<Language>) -> String {
        let language = requested(ctx, lang).unwrap_or(Language::En);
        display_quantity(language, self.0.qualifier, self.0.value, self.0.value_max, Some(&self.0.unit))
    }
    /// True for the rule in place before the law (the baseline), shown by `asOf` views and diffs.
    async fn before_the_law(&self) -> bool {
        self.1
    }
    /// The legislative stage this value belongs to; null when no source ties it to one.
    /// The provision that sets it (as it stands now).
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<super::Provision> {
        Ok(super::Provision::current(loaders::one(request_loaders(ctx)?, self.0.provision_id).await?))
    }
    async fn stage(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LegislativeStage>> {
        let Some(stage_id) = self.0.stage_id else {
            return Ok(None);
        };
        Ok(many(request_loaders(ctx)?, loaders::StageById(stage_id)).await?.into_iter().next().map(LegislativeStage))
    }
    /// The rule this value replaces, in words.
    async fn baseline(&self) -> Option<&str> {
        self.0.baseline.as_deref()
    }
    async fn baseline_value(&self) -> Option<f64> {
        self.0.baseline_value
    }
    async fn baseline_unit(&self) -> Option<&str> {
        self.0.baseline_unit.as_deref()
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Parameter(self.0.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::Parameter(self.0.id)).await
    }
}
