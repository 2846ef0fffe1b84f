//! The GraphQL object types. Each wraps a core record; nested fields load through
//! the request's DataLoaders (see `loaders`), never with a query of their own per row.

use async_graphql::{Context, Interface, Object, ID};
use lawtracker_core::ids::global_id;
use lawtracker_core::model::{self, CitationTarget};
use lawtracker_core::store::queries::{CriticismFilter, IncidentFilter, ProvisionFilter, Table};
use lawtracker_core::versions;
use lawtracker_core::Store;

use crate::enums::*;
use crate::error::ResultExt;
use crate::loaders::{self, many, one, Loaders};
use crate::pagination::{connection, Conn, CountOf, PageArgs, MAX_PAGE_SIZE};

pub(crate) fn loaders<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Loaders> {
    ctx.data::<Loaders>()
}

fn gid<T: Table>(slug: &str) -> ID {
    ID(global_id(T::KIND, slug))
}

/// Citations of one target, with their sources.
async fn citations(ctx: &Context<'_>, target: CitationTarget) -> async_graphql::Result<Vec<Citation>> {
    Ok(many(loaders(ctx)?, target).await?.into_iter().map(Citation).collect())
}

/// How well the target is supported, from the reliability of its cited sources.
async fn corroboration(ctx: &Context<'_>, target: CitationTarget) -> async_graphql::Result<Corroboration> {
    let loaders = loaders(ctx)?;
    let cited = many(loaders, target).await?;
    let keys = cited.iter().map(|c| loaders::ById::<model::Source>::new(c.source_id));
    let sources = loaders.load_many(keys).await.gql()?;
    Ok(Corroboration(model::Corroboration::from_sources(sources.values())))
}

/// Anything with a global ID. `node(id:)` fetches any of them.
#[derive(Interface)]
#[graphql(field(
    name = "id",
    ty = "ID",
    desc = "Global ID: stable across databases, derived from the type and the slug."
))]
pub enum Node {
    Law(Law),
    Provision(Provision),
    Facility(Facility),
    Incident(Incident),
    Actor(Actor),
    Criticism(Criticism),
    Source(Source),
    ClaimQuestion(ClaimQuestion),
}

/// A document facts are quoted from, with its full text and how far to trust it.
pub struct Source(pub model::Source);

#[Object]
impl Source {
    async fn id(&self) -> ID {
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
        let text = many(loaders(ctx)?, loaders::TextOfSource(self.0.id)).await?.pop();
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
        Ok(Source(one(loaders(ctx)?, self.0.source_id).await?))
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

/// A law, with its legislative history and its provisions.
pub struct Law(pub model::Law);

#[Object]
impl Law {
    async fn id(&self) -> ID {
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
        let wanted = lang.or_else(|| ctx.data_opt::<PreferredLanguage>().and_then(|p| p.0));
        match (wanted, &self.0.title_en) {
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
        Ok(many(loaders(ctx)?, loaders::EventsOfLaw(self.0.id)).await?.into_iter().map(LifecycleEvent).collect())
    }
    /// Legislative stages in chronological order.
    async fn stages(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LegislativeStage>> {
        Ok(many(loaders(ctx)?, loaders::StagesOfLaw(self.0.id)).await?.into_iter().map(LegislativeStage).collect())
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

/// A clause of a law, as it stands now or, with `asOf`, as it stood on a day.
pub struct Provision(pub model::Provision, pub Option<chrono::NaiveDate>);

impl Provision {
    /// The provision as it stands now.
    pub fn current(row: model::Provision) -> Self {
        Provision(row, None)
    }

    async fn stages(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<model::LawStage>> {
        many(loaders(ctx)?, loaders::StagesOfLaw(self.0.law_id)).await
    }
}

#[Object]
impl Provision {
    async fn id(&self) -> ID {
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
        Ok(Law(one(loaders(ctx)?, self.0.law_id).await?))
    }
    /// Akoma Ntoso-style identifier within the law, from the article number
    /// (`art. 61` → `art_61`); null where no source gives the article.
    async fn e_id(&self) -> Option<String> {
        versions::e_id(self.0.article.as_deref()?)
    }
    /// This provision's lifecycle events (censure, reservation, decree, opening...), in date order.
    async fn events(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LifecycleEvent>> {
        Ok(many(loaders(ctx)?, loaders::EventsOfProvision(self.0.id)).await?.into_iter().map(LifecycleEvent).collect())
    }
    /// Article reference in the law as promulgated, where a source gives it (e.g. `art. 61`).
    async fn article(&self) -> Option<&str> {
        self.0.article.as_deref()
    }
    /// The code articles this provision creates or amends, as sources give them
    /// (`CSI L. 333-2`, `CPP 706-74-2`, `CP 450-1-1`); empty where none does.
    async fn codes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        Ok(many(loaders(ctx)?, loaders::CodesOf(self.0.id)).await?.into_iter().map(|c| c.code).collect())
    }
    /// The day it takes effect (`YYYY[-MM[-DD]]`), where a source gives it.
    async fn entry_into_force(&self) -> Option<&str> {
        self.0.entry_into_force.as_deref()
    }
    /// Implementing decrees a source names, e.g. `décret n° 2025-620 du 8 juillet 2025`.
    async fn decrees(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        Ok(many(loaders(ctx)?, loaders::DecreesOf(self.0.id)).await?.into_iter().map(|d| d.decree).collect())
    }
    async fn heading(&self) -> &str {
        &self.0.heading
    }
    /// A curator's summary, backed by `citations`.
    async fn summary(&self) -> &str {
        &self.0.summary
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
        let texts = many(loaders(ctx)?, loaders::TextsOf(self.0.id)).await?;
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
        let texts = many(loaders(ctx)?, loaders::TextsOf(self.0.id)).await?;
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
        let rows = many(loaders(ctx)?, loaders::ParametersOf(self.0.id)).await?;
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
        let rows = many(loaders(ctx)?, loaders::ParametersOf(self.0.id)).await?;
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
        let texts = many(loaders(ctx)?, loaders::TextsOf(self.0.id)).await?;
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
    async fn incidents(&self, ctx: &Context<'_>, first: Option<i32>) -> async_graphql::Result<Vec<IncidentLink>> {
        let limit = crate::prefetch::incident_link_limit(first)?;
        let links = many(loaders(ctx)?, loaders::IncidentLinksOfProvision(self.0.id, limit)).await?;
        if crate::prefetch::is_outermost_list(ctx) {
            crate::prefetch::incident_links(ctx, &links).await?;
        }
        Ok(links.into_iter().map(IncidentLink).collect())
    }
    /// Criticisms and statements of support about this provision, with their
    /// evidence: the first `first` (default and maximum 100), oldest link first.
    /// Page through all of them with `criticisms(filter: { provision })`.
    #[graphql(complexity = "1 + first.unwrap_or(100).max(0) as usize * child_complexity")]
    async fn criticisms(&self, ctx: &Context<'_>, first: Option<i32>) -> async_graphql::Result<Vec<CriticismLink>> {
        let limit = PageArgs::parse(Some(first.unwrap_or(MAX_PAGE_SIZE as i32)), None)?.limit;
        Ok(many(loaders(ctx)?, loaders::CriticismLinksOfProvision(self.0.id, limit))
            .await?
            .into_iter()
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

/// A typed measure of a provision: "isolation order up to 4 years, replacing renewal every 3 months".
/// The flag is true for the rule before the law, as shown by `asOf` views and diffs.
pub struct Parameter(pub model::Parameter, pub bool);

#[Object]
impl Parameter {
    /// Machine name, e.g. `isolation_initial_placement_max`.
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn label(&self) -> &str {
        &self.0.label
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
    /// Human-readable value, e.g. "up to 4 years" or "600–900 persons".
    async fn display(&self) -> String {
        display_quantity(self.0.qualifier, self.0.value, self.0.value_max, Some(&self.0.unit))
    }
    /// True for the rule in place before the law (the baseline), shown by `asOf` views and diffs.
    async fn before_the_law(&self) -> bool {
        self.1
    }
    /// The legislative stage this value belongs to; null when no source ties it to one.
    async fn stage(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LegislativeStage>> {
        let Some(stage_id) = self.0.stage_id else {
            return Ok(None);
        };
        Ok(many(loaders(ctx)?, loaders::StageById(stage_id)).await?.into_iter().next().map(LegislativeStage))
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

/// "up to 4 years", "more than 700 inmates", "600–900 persons", "about 15".
fn display_quantity(qualifier: model::Qualifier, value: f64, max: Option<f64>, unit: Option<&str>) -> String {
    let number = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    let amount = match max {
        Some(max) if max != value => format!("{}–{}", number(value), number(max)),
        _ => number(value),
    };
    let plural = max.unwrap_or(value) != 1.0;
    let unit = unit.map(|u| if plural { format!(" {u}s") } else { format!(" {u}") }).unwrap_or_default();
    let prefix = match qualifier {
        model::Qualifier::Exactly => "",
        model::Qualifier::UpTo => "up to ",
        model::Qualifier::About => "about ",
        model::Qualifier::AtLeast => "at least ",
        model::Qualifier::MoreThan => "more than ",
        model::Qualifier::Between => "",
    };
    format!("{prefix}{amount}{unit}")
}

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
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<Provision> {
        Ok(Provision::current(one(loaders(ctx)?, self.0.provision_id).await?))
    }
    async fn incident(&self, ctx: &Context<'_>) -> async_graphql::Result<Incident> {
        Ok(Incident(one(loaders(ctx)?, self.0.incident_id).await?))
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
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<Provision> {
        Ok(Provision::current(one(loaders(ctx)?, self.0.provision_id).await?))
    }
    async fn criticism(&self, ctx: &Context<'_>) -> async_graphql::Result<Criticism> {
        Ok(Criticism(one(loaders(ctx)?, self.0.criticism_id).await?))
    }
    /// The quotes that establish the link (at least one).
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::ProvisionCriticism(self.0.id)).await
    }
    async fn corroboration(&self, ctx: &Context<'_>) -> async_graphql::Result<Corroboration> {
        corroboration(ctx, CitationTarget::ProvisionCriticism(self.0.id)).await
    }
}

/// A prison, a school of the prison service, or staff housing.
pub struct Facility(pub model::Facility);

#[Object]
impl Facility {
    async fn id(&self) -> ID {
        gid::<model::Facility>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Facility, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> FacilityKind {
        self.0.kind.into()
    }
    async fn city(&self) -> Option<&str> {
        self.0.city.as_deref()
    }
    /// Every other name sources use for it ("AixenProvence", "Luynes", ...).
    async fn aliases(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        Ok(many(loaders(ctx)?, loaders::AliasesOf(self.0.id)).await?.into_iter().map(|a| a.alias).collect())
    }
    /// WGS 84 latitude; null unless a public source gives it (see `coordinatesNote`).
    async fn latitude(&self) -> Option<f64> {
        self.0.latitude
    }
    async fn longitude(&self) -> Option<f64> {
        self.0.longitude
    }
    /// Where the coordinates come from and what point they mark (the facility or its commune).
    async fn coordinates_note(&self) -> Option<&str> {
        self.0.coordinates_note.as_deref()
    }
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn incidents(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Incident>> {
        let args = PageArgs::parse(first, after)?;
        let filter = IncidentFilter { facility_id: Some(self.0.id), ..Default::default() };
        let page = ctx.data::<Store>()?.incidents(&filter, args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Incidents(filter), Incident))
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Facility(self.0.id)).await
    }
    async fn claims(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ClaimQuestion>> {
        questions_about(ctx, model::SubjectKind::Facility, &self.0.slug).await
    }
}

/// Something that happened: an attack on a prison, a riot, an arson.
pub struct Incident(pub model::Incident);

#[Object]
impl Incident {
    async fn id(&self) -> ID {
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
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn summary(&self) -> &str {
        &self.0.summary
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
        Ok(many(loaders(ctx)?, loaders::KindsOf(self.0.id)).await?.into_iter().map(|k| k.kind.into()).collect())
    }
    async fn facility(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Facility>> {
        match self.0.facility_id {
            Some(id) => Ok(Some(Facility(one(loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    /// Where exactly, in words (e.g. "staff car park").
    async fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }
    /// Measured results: bullet impacts, vehicles burned, ...
    async fn outcomes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Outcome>> {
        Ok(many(loaders(ctx)?, loaders::OutcomesOf(self.0.id)).await?.into_iter().map(Outcome).collect())
    }
    async fn investigating_body(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Actor>> {
        match self.0.investigating_body_id {
            Some(id) => Ok(Some(Actor(one(loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    /// The wave of incidents this one belongs to, e.g. `april-2025-prison-attacks`.
    async fn campaign(&self) -> Option<&str> {
        self.0.campaign.as_deref()
    }
    /// Provisions this incident is linked to, with the relation and its evidence.
    async fn provisions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<IncidentLink>> {
        Ok(many(loaders(ctx)?, loaders::IncidentLinksOfIncident(self.0.id))
            .await?
            .into_iter()
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
    async fn display(&self) -> String {
        display_quantity(self.0.qualifier, self.0.value, None, self.0.unit.as_deref())
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Outcome(self.0.id)).await
    }
}

/// A person, organisation or public body.
pub struct Actor(pub model::Actor);

#[Object]
impl Actor {
    async fn id(&self) -> ID {
        gid::<model::Actor>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Actor, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> ActorKind {
        self.0.kind.into()
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn criticisms(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Criticism>> {
        let args = PageArgs::parse(first, after)?;
        let filter = CriticismFilter { actor_id: Some(self.0.id), ..Default::default() };
        let page = ctx.data::<Store>()?.criticisms(&filter, args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Criticisms(filter), Criticism))
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Actor(self.0.id)).await
    }
}

/// An actor's stance on one or more provisions: a criticism, a concern, support or a call for action.
pub struct Criticism(pub model::Criticism);

#[Object]
impl Criticism {
    async fn id(&self) -> ID {
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
        Ok(Actor(one(loaders(ctx)?, self.0.actor_id).await?))
    }
    async fn stance(&self) -> Stance {
        self.0.stance.into()
    }
    /// Rights invoked, as slugs (`defence_rights`, `privacy`, `family_life`, ...).
    async fn rights(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        Ok(many(loaders(ctx)?, loaders::RightsOf(self.0.id)).await?.into_iter().map(|r| r.right_slug).collect())
    }
    async fn summary(&self) -> &str {
        &self.0.summary
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
    async fn provisions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CriticismLink>> {
        Ok(many(loaders(ctx)?, loaders::CriticismLinksOfCriticism(self.0.id))
            .await?
            .into_iter()
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

/// A question on which sources give answers, each kept with its own sources instead
/// of being merged into one story ("How many prisons were attacked?").
pub struct ClaimQuestion(pub model::ClaimQuestion);

#[Object]
impl ClaimQuestion {
    async fn id(&self) -> ID {
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
        Ok(many(loaders(ctx)?, loaders::ClaimsOf(self.0.id)).await?.into_iter().map(|c| Claim { claim: c }).collect())
    }
    /// True when the sources' answers differ.
    async fn contested(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let claims = many(loaders(ctx)?, loaders::ClaimsOf(self.0.id)).await?;
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

async fn questions_about(
    ctx: &Context<'_>,
    kind: model::SubjectKind,
    slug: &str,
) -> async_graphql::Result<Vec<ClaimQuestion>> {
    let key = loaders::QuestionsAbout(kind, slug.to_string());
    Ok(many(loaders(ctx)?, key).await?.into_iter().map(ClaimQuestion).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_as_the_sources_state_them() {
        use model::Qualifier::*;
        assert_eq!(display_quantity(UpTo, 4.0, None, Some("year")), "up to 4 years");
        assert_eq!(display_quantity(MoreThan, 700.0, None, Some("inmate")), "more than 700 inmates");
        assert_eq!(display_quantity(Exactly, 600.0, Some(900.0), Some("person")), "600–900 persons");
        assert_eq!(display_quantity(Exactly, 1.0, None, Some("year")), "1 year");
        assert_eq!(display_quantity(About, 15.0, None, None), "about 15");
        assert_eq!(display_quantity(Exactly, 2.5, None, Some("hour")), "2.5 hours");
    }
}

/// One committed write: who, when, what, and the entity before and after.
pub struct Revision(pub model::Revision);

#[Object]
impl Revision {
    /// Position in the revision feed (increasing).
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// When it was committed (RFC 3339, UTC).
    async fn at(&self) -> &str {
        &self.0.at
    }
    /// The name of the token that made the change.
    async fn author(&self) -> &str {
        &self.0.author
    }
    async fn operation(&self) -> Operation {
        self.0.operation.into()
    }
    async fn entity_type(&self) -> EntityType {
        self.0.entity_type.into()
    }
    /// The entity's slug; for links, `provision~incident~relation` or `provision~criticism`.
    async fn entity_slug(&self) -> &str {
        &self.0.entity_slug
    }
    /// Other entities the change touches (a link's ends, a provision's law).
    async fn related(&self) -> Vec<&str> {
        self.0.related_slugs().collect()
    }
    /// The entity before the change (null for a creation), in the shape of `data/FORMAT.md`.
    async fn before(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        self.0.before.as_deref().and_then(|t| serde_json::from_str(t).ok()).map(async_graphql::Json)
    }
    /// The entity after the change (null for a deletion).
    async fn after(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        self.0.after.as_deref().and_then(|t| serde_json::from_str(t).ok()).map(async_graphql::Json)
    }
}

pub async fn history(ctx: &Context<'_>, entity: model::EntityType, slug: &str) -> async_graphql::Result<Vec<Revision>> {
    Ok(ctx.data::<Store>()?.history(entity, slug).await.gql()?.into_iter().map(Revision).collect())
}

/// A measure as it stood, shown as a parameter (its citations are the parameter's).
fn measure_parameter(rows: &[model::Parameter], state: versions::MeasureState) -> Parameter {
    let row = rows.iter().find(|p| p.id == state.parameter_id).cloned().expect("a state comes from a row");
    Parameter(
        model::Parameter {
            label: state.label,
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
    fn valid_from_day(&self, stages: &[model::LawStage]) -> Option<chrono::NaiveDate> {
        let stage = stages.iter().find(|s| Some(s.id) == self.0.stage_id)?;
        lawtracker_core::dates::PartialDate::parse(&stage.occurred_on).ok().map(|d| d.end)
    }
}

#[Object]
impl ProvisionText {
    /// The legislative stage this text belongs to; null for the rule before the law.
    async fn stage(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LegislativeStage>> {
        let Some(id) = self.0.stage_id else { return Ok(None) };
        Ok(many(loaders(ctx)?, loaders::StageById(id)).await?.into_iter().next().map(LegislativeStage))
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
        Ok(Source(one(loaders(ctx)?, self.0.source_id).await?))
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
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    /// Places or detainees, for a facility opening, where a source gives them.
    async fn capacity(&self) -> Option<i64> {
        self.0.capacity
    }
    async fn law(&self, ctx: &Context<'_>) -> async_graphql::Result<Law> {
        Ok(Law(one(loaders(ctx)?, self.0.law_id).await?))
    }
    /// The provision concerned; null for events of the whole law.
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Provision>> {
        match self.0.provision_id {
            Some(id) => Ok(Some(Provision::current(one(loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    async fn facility(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Facility>> {
        match self.0.facility_id {
            Some(id) => Ok(Some(Facility(one(loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Event(self.0.id)).await
    }
}

/// The language a request prefers, from its `Accept-Language` header.
#[derive(Clone, Copy, Default)]
pub struct PreferredLanguage(pub Option<Language>);

/// Text in one language, marked with that language and whether it is the original
/// (a translation otherwise; when the requested language is missing, the original).
#[derive(async_graphql::SimpleObject)]
pub struct LocalizedText {
    pub text: String,
    pub language: Language,
    pub original: bool,
}
