//! Facilities: prisons, schools of the prison service, staff housing.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};
use lawtracker_core::store::queries::IncidentFilter;
use lawtracker_core::Store;

use super::claim::questions_about;
use super::source::citations;
use super::{gid, history, Citation, ClaimQuestion, Incident, Revision};
use crate::enums::*;
use crate::error::ResultExt;
use crate::loaders::{self, many, request_loaders};
use crate::pagination::{connection, Conn, CountOf, PageArgs};

/// A prison, a school of the prison service, or staff housing.
pub struct Facility(pub model::Facility);

#[Object]
impl Facility {
    pub(super) async fn id(&self) -> ID {
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
        Ok(many(request_loaders(ctx)?, loaders::AliasesOf(self.0.id)).await?.into_iter().map(|a| a.alias).collect())
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
