//! Relay connections over the store's keyset pages. Page size is capped here:
//! async-graphql's connection helper only rejects negative sizes.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Object, OutputType};
use lawtracker_core::model;
use lawtracker_core::store::queries::{CriticismFilter, Cursor, IncidentFilter, Ordered, Page, ProvisionFilter};
use lawtracker_core::Store;

use crate::error::{code, user_error, ResultExt};

pub const DEFAULT_PAGE_SIZE: usize = 20;
pub const MAX_PAGE_SIZE: usize = 100;

/// A Relay connection whose `totalCount` is only computed when asked for.
pub type Conn<N> = Connection<String, N, TotalCount>;

/// Validated `first` / `after` arguments.
pub struct PageArgs {
    pub limit: usize,
    pub after: Option<Cursor>,
}

impl PageArgs {
    pub fn parse(first: Option<i32>, after: Option<String>) -> async_graphql::Result<Self> {
        let limit = match first {
            None => DEFAULT_PAGE_SIZE,
            Some(n) if (0..=MAX_PAGE_SIZE as i32).contains(&n) => n as usize,
            Some(n) => {
                return Err(user_error(
                    code::BAD_USER_INPUT,
                    Some("first"),
                    format!("first must be between 0 and {MAX_PAGE_SIZE}, got {n}"),
                ))
            }
        };
        let after = after.as_deref().map(Cursor::decode).transpose().gql()?;
        Ok(PageArgs { limit, after })
    }

    /// The size of a plain list of links (`Provision.incidents(first:)`, `criticisms`):
    /// `first`, by default and at most a full page. Resolvers and the look-ahead
    /// prefetch both use it, since it is part of the links' loader key.
    pub fn links_limit(first: Option<i32>) -> async_graphql::Result<usize> {
        Ok(Self::parse(Some(first.unwrap_or(MAX_PAGE_SIZE as i32)), None)?.limit)
    }
}

/// What `totalCount` counts: the same filter as the page.
#[derive(Clone)]
pub enum CountOf {
    Provisions(ProvisionFilter),
    Incidents(IncidentFilter),
    Criticisms(CriticismFilter),
    Laws,
    Facilities,
    Actors,
    Sources,
    Conflicts,
    Revisions {
        since: Option<String>,
    },
    /// Already known (lists computed whole, like search results).
    Known(i64),
}

pub struct TotalCount(CountOf);

#[Object]
impl TotalCount {
    /// How many items all pages hold together.
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i64> {
        let store = ctx.data::<Store>()?;
        match &self.0 {
            CountOf::Provisions(filter) => store.count_provisions(filter).await,
            CountOf::Incidents(filter) => store.count_incidents(filter).await,
            CountOf::Criticisms(filter) => store.count_criticisms(filter).await,
            CountOf::Laws => store.count_all::<model::Law>().await,
            CountOf::Facilities => store.count_all::<model::Facility>().await,
            CountOf::Actors => store.count_all::<model::Actor>().await,
            CountOf::Sources => store.count_all::<model::Source>().await,
            CountOf::Conflicts => store.count_contested_questions().await,
            CountOf::Revisions { since } => store.count_revisions(since.as_deref()).await,
            CountOf::Known(count) => Ok(*count),
        }
        .gql()
    }
}

/// Builds the connection for one page, wrapping each row in its GraphQL type.
pub fn connection<T: Ordered, N: OutputType>(
    page: Page<T>,
    args: &PageArgs,
    count: CountOf,
    wrap: impl Fn(T) -> N,
) -> Conn<N> {
    let mut conn = Connection::with_additional_fields(args.after.is_some(), page.has_next, TotalCount(count));
    conn.edges.extend(page.items.into_iter().map(|row| Edge::new(row.cursor().encode(), wrap(row))));
    conn
}
