//! Revisions: the history of every change.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model;
use lawtracker_core::Store;

use crate::enums::*;
use crate::error::ResultExt;

/// One committed write: who, when, what, and the entity before and after.
pub struct Revision(pub model::Revision);

#[Object]
impl Revision {
    /// The revision's id: stable, increasing as rows were inserted, which is not
    /// always commit order (see `sequence`).
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// Its place in commit order: 1, 2, 3 … with no gap, the same on every process
    /// serving the database (ids are not: two writers may commit in the other order).
    async fn sequence(&self) -> i64 {
        self.0.commit_seq
    }
    /// Pass as `after` to `revisions` or to the `changes` subscription to resume
    /// right after this revision, on any process, with nothing missed or repeated.
    async fn cursor(&self) -> String {
        lawtracker_core::store::queries::Cursor { sort: None, id: self.0.commit_seq }.encode()
    }
    /// When it was committed (RFC 3339, UTC).
    async fn at(&self) -> &str {
        &self.0.at
    }
    /// Who made the change: the name of the API token, or the login of the account.
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
        stored_json(self.0.before.as_deref())
    }
    /// The entity after the change (null for a deletion).
    async fn after(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        stored_json(self.0.after.as_deref())
    }
}

pub async fn history(ctx: &Context<'_>, entity: model::EntityType, slug: &str) -> async_graphql::Result<Vec<Revision>> {
    Ok(ctx.data::<Store>()?.history(entity, slug).await.gql()?.into_iter().map(Revision).collect())
}

/// A record's state as stored with a revision or a proposal (JSON text), for GraphQL.
pub(crate) fn stored_json(text: Option<&str>) -> Option<async_graphql::Json<serde_json::Value>> {
    text.and_then(|t| serde_json::from_str(t).ok()).map(async_graphql::Json)
}
