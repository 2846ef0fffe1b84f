//! The timeline's entries: one chronology across stages, incidents, statements and
//! lifecycle events, each pointing to the record it is about.

use async_graphql::{Context, Object};
use lawtracker_core::model;
use lawtracker_core::Store;

use super::{ours, Criticism, Incident, Law, LocalizedText, Node, Provision};
use crate::enums::*;
use crate::error::ResultExt;

fn store<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Store> {
    ctx.data::<Store>()
}

/// One entry of the timeline.
pub struct TimelineEntry(pub lawtracker_core::timeline::TimelineEntry);

#[Object]
impl TimelineEntry {
    #[graphql(name = "type")]
    async fn kind(&self) -> TimelineEntryType {
        self.0.kind.into()
    }
    /// As precise as the sources allow: `2025`, `2025-04` or `2025-04-14`.
    async fn date(&self) -> &str {
        &self.0.date
    }
    async fn date_precision(&self) -> DatePrecision {
        self.0.precision.into()
    }
    /// First day `date` may mean; the timeline is ordered by it.
    async fn earliest_date(&self) -> &str {
        &self.0.earliest
    }
    async fn latest_date(&self) -> &str {
        &self.0.latest
    }
    /// The entry's title in `lang` (else the request's `Accept-Language`, else English).
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
    /// The entity's slug (a stage's slug is unique within its law).
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    /// The entity the entry is about: the law (for a stage), the incident, the
    /// criticism, or the provision (or law) an event concerns.
    async fn node(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Node>> {
        let store = store(ctx)?;
        Ok(match self.0.kind {
            model::TimelineKind::LegislativeStage => match &self.0.law {
                Some(law) => store.by_slug::<model::Law>(law).await.gql()?.map(|l| Node::Law(Law(l))),
                None => None,
            },
            model::TimelineKind::Incident => {
                store.by_slug::<model::Incident>(&self.0.slug).await.gql()?.map(|i| Node::Incident(Incident(i)))
            }
            model::TimelineKind::Statement => {
                store.by_slug::<model::Criticism>(&self.0.slug).await.gql()?.map(|c| Node::Criticism(Criticism(c)))
            }
            // An event points to its provision, or to its law when it concerns the whole law.
            model::TimelineKind::LifecycleEvent => match (&self.0.provision, &self.0.law) {
                (Some(provision), _) => store
                    .by_slug::<model::Provision>(provision)
                    .await
                    .gql()?
                    .map(|p| Node::Provision(Provision::current(p))),
                (None, Some(law)) => store.by_slug::<model::Law>(law).await.gql()?.map(|l| Node::Law(Law(l))),
                (None, None) => None,
            },
        })
    }
}
