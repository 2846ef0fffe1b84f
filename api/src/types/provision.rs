//! Provisions: a law's clauses, now or as they stood on a day, and what changed between two moments.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};
use lawtracker_core::versions;

use super::claim::questions_about;
use super::source::{citations, corroboration};
use super::{
    gid, history, Citation, ClaimQuestion, Corroboration, CriticismLink, IncidentLink, Law, LifecycleEvent,
    MeasureChange, Parameter, ProvisionDiff, ProvisionText, Revision, TextRun,
};
use super::{ours, LocalizedText};
use crate::enums::*;
use crate::loaders::{self, many, one, request_loaders};
use crate::pagination::PageArgs;

/// A clause of a law, as it stands now or, with `asOf`, as it stood on a day.
pub struct Provision(pub model::Provision, pub Option<chrono::NaiveDate>);

impl Provision {
    /// The provision as it stands now.
    pub fn current(row: model::Provision) -> Self {
        Provision(row, None)
    }

    async fn stages(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<model::LawStage>> {
        many(request_loaders(ctx)?, loaders::StagesOfLaw(self.0.law_id)).await
    }
}

#[Object]
impl Provision {
    pub(super) async fn id(&self) -> ID {
        gid::<model::Provision>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Provision, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn law(&self, ctx: &Context<'_>) -> async_graphql::Result<Law> {
        Ok(Law(one(request_loaders(ctx)?, self.0.law_id).await?))
    }
    /// Akoma Ntoso-style identifier within the law, from the article number
    /// (`art. 61` → `art_61`); null where no source gives the article.
    async fn e_id(&self) -> Option<String> {
        versions::e_id(self.0.article.as_deref()?)
    }
    /// This provision's lifecycle events (censure, reservation, decree, opening...), in date order.
    async fn events(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LifecycleEvent>> {
        Ok(many(request_loaders(ctx)?, loaders::EventsOfProvision(self.0.id))
            .await?
            .into_iter()
            .map(LifecycleEvent)
            .collect())
    }
    /// Article reference in the law as promulgated, where a source gives it (e.g. `art. 61`).
    async fn article(&self) -> Option<&str> {
        self.0.article.as_deref()
    }
    /// The code articles this provision creates or amends, as sources give them
    /// (`CSI L. 333-2`, `CPP 706-74-2`, `CP 450-1-1`); empty where none does.
    async fn codes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        Ok(many(request_loaders(ctx)?, loaders::CodesOf(self.0.id)).await?.into_iter().map(|c| c.code).collect())
    }
    /// The day it takes effect (`YYYY[-MM[-DD]]`), where a source gives it.
    async fn entry_into_force(&self) -> Option<&str> {
        self.0.entry_into_force.as_deref()
    }
    /// Implementing decrees a source names, e.g. `décret n° 2025-620 du 8 juillet 2025`.
    async fn decrees(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        Ok(many(request_loaders(ctx)?, loaders::DecreesOf(self.0.id)).await?.into_iter().map(|d| d.decree).collect())
    }
    /// The heading in `lang` (else the request's `Accept-Language`, else English).
    /// Where no French is written this is the English: `localizedHeading` says
    /// which language was served.
    async fn heading(&self, ctx: &Context<'_>, lang: Option<Language>) -> String {
        ours(ctx, lang, &self.0.heading, self.0.heading_fr.as_deref()).text
    }
    /// `heading` marked with the language it is in: `EN` where French was asked
    /// for and none is written.
    async fn localized_heading(&self, ctx: &Context<'_>, lang: Option<Language>) -> LocalizedText {
        ours(ctx, lang, &self.0.heading, self.0.heading_fr.as_deref())
    }
    /// A curator's summary, backed by `citations`, in `lang` (else the request's `Accept-Language`, else English).
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
    /// The legal wording, only where a source quotes it; null otherwise. For the
    /// text at each stage, as the sources give it, see `texts` and `textAsOf`.
    async fn text(&self) -> Option<&str> {
        self.0.body.as_deref()
    }
    /// The provision's text at each stage a source documents (and before the law),
    /// oldest first: the official wording where a source quotes it, otherwise the
    /// source's own account, marked by `kind`.
    async fn texts(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ProvisionText>> {
        let texts = many(request_loaders(ctx)?, loaders::TextsOf(self.0.id)).await?;
        let stages = self.stages(ctx).await?;
        let mut texts: Vec<ProvisionText> = texts.into_iter().map(ProvisionText).collect();
        texts.sort_by_cached_key(|t| (t.valid_from_day(&stages), t.0.position));
        Ok(texts)
    }
    /// The text in force on the view's day (`asOf`, or today): the latest stage's on
    /// or before it, or before any stage the rule before the law; null if no source
    /// documents one.
    async fn text_as_of(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ProvisionText>> {
        let day = self.1.unwrap_or_else(|| chrono::Utc::now().date_naive());
        let texts = many(request_loaders(ctx)?, loaders::TextsOf(self.0.id)).await?;
        let stages = self.stages(ctx).await?;
        Ok(versions::text_as_of(&texts, &stages, day).cloned().map(ProvisionText))
    }
    async fn theme(&self) -> Theme {
        self.0.theme.into()
    }
    /// The status now, or as of the `asOf` day: before promulgation every clause
    /// was a proposal, whatever it became.
    async fn status(&self, ctx: &Context<'_>) -> async_graphql::Result<LegalStatus> {
        let Some(day) = self.1 else { return Ok(self.0.status.into()) };
        let stages = self.stages(ctx).await?;
        Ok(versions::status_as_of(self.0.status, &stages, day).unwrap_or(model::LegalStatus::Proposed).into())
    }
    /// The day this view is as of; null for now.
    async fn as_of(&self) -> Option<String> {
        self.1.map(|d| d.format("%Y-%m-%d").to_string())
    }
    /// Typed measures, each tied to the legislative stage it belongs to. With
    /// `asOf`, only each measure's value on that day: the latest stage's, or before
    /// any stage set it, the rule it replaced (`beforeTheLaw`).
    async fn parameters(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Parameter>> {
        let rows = many(request_loaders(ctx)?, loaders::ParametersOf(self.0.id)).await?;
        let Some(day) = self.1 else { return Ok(rows.into_iter().map(|p| Parameter(p, false)).collect()) };
        let stages = self.stages(ctx).await?;
        Ok(versions::measures_as_of(&rows, &stages, day).into_iter().map(|m| measure_parameter(&rows, m)).collect())
    }
    /// What changed between two moments, each a stage slug of the law (e.g.
    /// `an-committee-text`) or a day (`2025-01-01`): the measures whose value
    /// differs, and the status.
    async fn diff(&self, ctx: &Context<'_>, from: String, to: String) -> async_graphql::Result<ProvisionDiff> {
        let stages = self.stages(ctx).await?;
        let (from_day, to_day) = (moment(&stages, "from", &from)?, moment(&stages, "to", &to)?);
        let rows = many(request_loaders(ctx)?, loaders::ParametersOf(self.0.id)).await?;
        let (before, after) =
            (versions::measures_as_of(&rows, &stages, from_day), versions::measures_as_of(&rows, &stages, to_day));
        let measures = versions::diff_measures(&before, &after)
            .into_iter()
            .map(|change| MeasureChange {
                name: change.name,
                from: change.from.map(|m| measure_parameter(&rows, m)),
                to: change.to.map(|m| measure_parameter(&rows, m)),
            })
            .collect();
        let texts = many(request_loaders(ctx)?, loaders::TextsOf(self.0.id)).await?;
        let (text_from, text_to) =
            (versions::text_as_of(&texts, &stages, from_day), versions::text_as_of(&texts, &stages, to_day));
        let text =
            versions::diff_words(text_from.map_or("", |t| t.quote.as_str()), text_to.map_or("", |t| t.quote.as_str()))
                .into_iter()
                .map(|run| TextRun { change: run.change.into(), text: run.text })
                .collect();
        Ok(ProvisionDiff {
            text_from: text_from.cloned().map(ProvisionText),
            text_to: text_to.cloned().map(ProvisionText),
            text,
            from: from_day.format("%Y-%m-%d").to_string(),
            to: to_day.format("%Y-%m-%d").to_string(),
            status_from: versions::status_as_of(self.0.status, &stages, from_day).map(Into::into),
            status_to: versions::status_as_of(self.0.status, &stages, to_day).map(Into::into),
            measures,
        })
    }
    /// Incidents linked to this provision, with the relation and its evidence: the
    /// first `first` links (default and maximum 100), oldest link first. Page
    /// through all of them with `incidents(filter: { provision })`.
    #[graphql(complexity = "1 + first.unwrap_or(100).max(0) as usize * child_complexity")]
    /// Disputed links only with `includeDisputed: true`.
    async fn incidents(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        #[graphql(default)] include_disputed: bool,
    ) -> async_graphql::Result<Vec<IncidentLink>> {
        let limit = PageArgs::links_limit(first)?;
        let mut links = many(request_loaders(ctx)?, loaders::IncidentLinksOfProvision(self.0.id, limit)).await?;
        links.retain(|l| include_disputed || !l.disputed);
        if crate::prefetch::is_outermost_list(ctx) {
            crate::prefetch::incident_links(ctx, &links).await?;
        }
        Ok(links.into_iter().map(IncidentLink).collect())
    }
    /// Criticisms and statements of support about this provision, with their
    /// evidence: the first `first` (default and maximum 100), oldest link first.
    /// Page through all of them with `criticisms(filter: { provision })`.
    #[graphql(complexity = "1 + first.unwrap_or(100).max(0) as usize * child_complexity")]
    /// Disputed links only with `includeDisputed: true`.
    async fn criticisms(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        #[graphql(default)] include_disputed: bool,
    ) -> async_graphql::Result<Vec<CriticismLink>> {
        let limit = PageArgs::links_limit(first)?;
        Ok(many(request_loaders(ctx)?, loaders::CriticismLinksOfProvision(self.0.id, limit))
            .await?
            .into_iter()
            .filter(|l| include_disputed || !l.disputed)
            .map(CriticismLink)
            .collect())
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Provision(self.0.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::Provision(self.0.id)).await
    }
    /// Questions about this provision on which sources disagree or could.
    async fn claims(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ClaimQuestion>> {
        questions_about(ctx, model::SubjectKind::Provision, &self.0.slug).await
    }
}

/// A measure as it stood, shown as a parameter (its citations are the parameter's).
fn measure_parameter(rows: &[model::Parameter], state: versions::MeasureState) -> Parameter {
    let row = rows.iter().find(|p| p.id == state.parameter_id).cloned().expect("a state comes from a row");
    Parameter(
        model::Parameter {
            label: state.label,
            label_fr: state.label_fr,
            value: state.value,
            value_max: state.value_max,
            unit: state.unit,
            qualifier: state.qualifier,
            stage_id: state.stage_id,
            ..row
        },
        state.before_the_law,
    )
}

/// A stage slug of the law, or a `YYYY-MM-DD` day, as the day it means.
fn moment(stages: &[model::LawStage], field: &str, text: &str) -> async_graphql::Result<chrono::NaiveDate> {
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(day);
    }
    let stage = stages.iter().find(|s| s.slug == text).ok_or_else(|| {
        let known: Vec<&str> = stages.iter().map(|s| s.slug.as_str()).collect();
        crate::error::user_error(
            crate::error::code::BAD_USER_INPUT,
            Some(field),
            format!("{text:?} is neither a YYYY-MM-DD day nor a stage of this law ({})", known.join(", ")),
        )
    })?;
    lawtracker_core::dates::PartialDate::parse(&stage.occurred_on)
        .map(|d| d.end)
        .map_err(|m| crate::error::user_error(crate::error::code::INTERNAL, None, m))
}
