//! The root query. `id` arguments take a global ID or a slug.

use async_graphql::{Context, InputObject, Object, ID};
use lawtracker_core::dates::parse_iso_duration;
use lawtracker_core::ids::{decode_global_id, slug_from_id_or_slug};
use lawtracker_core::model;
use lawtracker_core::store::queries::{
    CriticismFilter, Cursor, IncidentFilter, Ordered, Page, ParameterBound, ProvisionFilter, Table,
};
use lawtracker_core::Store;

use crate::enums::*;
use crate::error::{code, id_error, user_error, ResultExt};
use crate::loaders::{one, request_loaders};
use crate::pagination::{connection, Conn, CountOf, PageArgs};
use crate::scalars::{Date, DateTime};
use crate::types::*;

/// The reads; merged with the other query roots into the schema's `Query` (see `schema`).
#[derive(Default)]
pub struct ReadQuery;

fn store<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Store> {
    ctx.data::<Store>()
}

/// The row a global ID or slug names, or null; a malformed ID is an error naming `field`.
async fn find<T: Table>(ctx: &Context<'_>, field: &str, id: &str) -> async_graphql::Result<Option<T>> {
    let slug = slug_from_id_or_slug(T::KIND, id).map_err(|e| id_error(field, e))?;
    store(ctx)?.by_slug::<T>(&slug).await.gql()
}

/// Like [`find`], for filters: an unknown ID there is an error, not an empty result.
async fn require<T: Table>(ctx: &Context<'_>, field: &str, id: Option<&ID>) -> async_graphql::Result<Option<i64>> {
    let Some(id) = id else { return Ok(None) };
    match find::<T>(ctx, field, id).await? {
        Some(row) => Ok(Some(row.id())),
        None => {
            Err(user_error(code::NOT_FOUND, Some(field), format!("no {} with ID or slug {:?}", T::KIND, id.as_str())))
        }
    }
}

/// Which provisions to list. All fields are optional and combine with AND.
#[derive(InputObject, Default)]
pub struct ProvisionFilterInput {
    /// Global ID or slug of a law.
    pub law: Option<ID>,
    pub theme: Option<Theme>,
    pub status: Option<LegalStatus>,
    /// Provisions with a parameter of this name within these bounds (at any stage).
    pub parameter: Option<ParameterFilterInput>,
    /// Provisions that create or amend an article of a code: matches the start of a
    /// reference in `codes`, e.g. `CSI`, `CPP 706-74-2` or `code pénitentiaire`.
    pub code: Option<String>,
}

/// Bounds on a named parameter. Each bound is an ISO 8601 duration (`P1Y`, `P3M`,
/// `PT120H`: durations are compared as lengths, whatever unit the data uses) or a
/// plain number (`700`) for counts, capacities and money; not a mix.
#[derive(InputObject)]
pub struct ParameterFilterInput {
    /// e.g. `isolation_initial_placement_max`.
    pub name: String,
    pub gt: Option<String>,
    pub gte: Option<String>,
    pub lt: Option<String>,
    pub lte: Option<String>,
    pub eq: Option<String>,
}

impl ParameterFilterInput {
    fn into_bound(self) -> async_graphql::Result<ParameterBound> {
        let mut kinds = Vec::new();
        let mut parse = |field: &str, text: Option<String>| -> async_graphql::Result<Option<f64>> {
            let Some(text) = text else { return Ok(None) };
            let field = format!("filter.parameter.{field}");
            if text.starts_with('P') {
                kinds.push(true);
                parse_iso_duration(&text).map(Some).map_err(|m| user_error(code::BAD_USER_INPUT, Some(&field), m))
            } else {
                kinds.push(false);
                text.trim().parse::<f64>().map(Some).map_err(|_| {
                    user_error(
                        code::BAD_USER_INPUT,
                        Some(&field),
                        format!("{text:?} is neither an ISO 8601 duration nor a number"),
                    )
                })
            }
        };
        let bound = ParameterBound {
            gt: parse("gt", self.gt)?,
            gte: parse("gte", self.gte)?,
            lt: parse("lt", self.lt)?,
            lte: parse("lte", self.lte)?,
            eq: parse("eq", self.eq)?,
            duration: false,
            name: self.name,
        };
        match (kinds.iter().all(|d| *d), kinds.iter().any(|d| *d)) {
            (_, _) if kinds.is_empty() => Err(user_error(
                code::BAD_USER_INPUT,
                Some("filter.parameter"),
                "give at least one of gt, gte, lt, lte, eq",
            )),
            (true, _) => Ok(ParameterBound { duration: true, ..bound }),
            (false, false) => Ok(bound),
            (false, true) => Err(user_error(
                code::BAD_USER_INPUT,
                Some("filter.parameter"),
                "bounds mix durations and plain numbers; use one kind",
            )),
        }
    }
}

/// Which incidents to list. All fields are optional and combine with AND.
#[derive(InputObject, Default)]
pub struct IncidentFilterInput {
    /// Incidents that may have happened on or after this day. An incident known only
    /// to the month or year matches when its period overlaps the range.
    pub from: Option<Date>,
    /// Incidents that may have happened on or before this day.
    pub to: Option<Date>,
    /// Global ID or slug of a facility.
    pub facility: Option<ID>,
    pub kind: Option<IncidentKind>,
    /// e.g. `april-2025-prison-attacks`.
    pub campaign: Option<String>,
    /// Global ID or slug of a provision the incident is linked to.
    pub provision: Option<ID>,
    /// Also disputed incidents: those only a contradicted source asserts, which
    /// lists, counts, the map and the timeline leave out otherwise.
    #[graphql(default)]
    pub include_disputed: bool,
}

/// Which criticisms to list. All fields are optional and combine with AND.
#[derive(InputObject, Default)]
pub struct CriticismFilterInput {
    /// Global ID or slug of a provision the criticism is about.
    pub provision: Option<ID>,
    /// Global ID or slug of the author.
    pub actor: Option<ID>,
    /// A right invoked, e.g. `defence_rights` or `privacy`.
    pub right: Option<String>,
    pub stance: Option<Stance>,
    /// With `provision`: also criticisms whose link to it is disputed (its claim
    /// rests only on a source that cannot carry it), left out otherwise.
    #[graphql(default)]
    pub include_disputed: bool,
}

/// The entity type and slug a global ID names (for history and known-at views).
fn entity_of(id: &ID) -> async_graphql::Result<(model::EntityType, String)> {
    let Some((kind, slug)) = decode_global_id(id) else {
        return Err(user_error(code::BAD_USER_INPUT, Some("id"), format!("{:?} is not a global ID", id.as_str())));
    };
    let entity = match kind.as_str() {
        "Law" => model::EntityType::Law,
        "Provision" => model::EntityType::Provision,
        "Facility" => model::EntityType::Facility,
        "Incident" => model::EntityType::Incident,
        "Actor" => model::EntityType::Actor,
        "Criticism" => model::EntityType::Criticism,
        "Source" => model::EntityType::Source,
        "ClaimQuestion" => model::EntityType::ClaimQuestion,
        other => return Err(user_error(code::BAD_USER_INPUT, Some("id"), format!("no type {other:?} has a history"))),
    };
    Ok((entity, slug))
}

/// The store's incident filter from the API's, resolving IDs and checking the range.
async fn incident_filter(
    ctx: &Context<'_>,
    input: Option<IncidentFilterInput>,
) -> async_graphql::Result<IncidentFilter> {
    let input = input.unwrap_or_default();
    if let (Some(from), Some(to)) = (input.from, input.to) {
        if from.0 > to.0 {
            return Err(user_error(code::BAD_USER_INPUT, Some("filter.to"), "filter.to is before filter.from"));
        }
    }
    Ok(IncidentFilter {
        from: input.from.map(|d| d.0),
        to: input.to.map(|d| d.0),
        facility_id: require::<model::Facility>(ctx, "filter.facility", input.facility.as_ref()).await?,
        kind: input.kind.map(Into::into),
        campaign: input.campaign,
        provision_id: require::<model::Provision>(ctx, "filter.provision", input.provision.as_ref()).await?,
        include_disputed: input.include_disputed,
    })
}

#[Object]
impl ReadQuery {
    /// Legislative stages, incidents and statements merged in date order (earliest
    /// possible day first; on one day, the more precisely dated first).
    async fn timeline(
        &self,
        ctx: &Context<'_>,
        from: Option<Date>,
        to: Option<Date>,
        #[graphql(default)] types: Vec<TimelineEntryType>,
        #[graphql(default = 100)] first: i32,
        #[graphql(default, desc = "Also disputed incidents (only a contradicted source asserts them).")]
        include_disputed: bool,
    ) -> async_graphql::Result<Vec<TimelineEntry>> {
        if !(0..=500).contains(&first) {
            return Err(user_error(
                code::BAD_USER_INPUT,
                Some("first"),
                format!("first must be between 0 and 500, got {first}"),
            ));
        }
        let kinds: Vec<model::TimelineKind> = types.into_iter().map(Into::into).collect();
        let entries = store(ctx)?
            .timeline(from.map(|d| d.0), to.map(|d| d.0), &kinds, include_disputed, first as usize)
            .await
            .gql()?;
        Ok(entries.into_iter().map(TimelineEntry).collect())
    }

    /// The incidents matching `filter` as an RFC 7946 GeoJSON FeatureCollection of
    /// Points at their facilities' sourced coordinates (also at `GET /incidents.geojson`).
    /// Each feature's `title` is in `lang` (else the request's `Accept-Language`,
    /// else English), with `titleLanguage` saying which it is; `titleFr` is the
    /// French, null where none is written.
    async fn incidents_geojson(
        &self,
        ctx: &Context<'_>,
        filter: Option<IncidentFilterInput>,
        lang: Option<Language>,
    ) -> async_graphql::Result<async_graphql::Json<serde_json::Value>> {
        let filter = incident_filter(ctx, filter).await?;
        let mut collection = store(ctx)?.incidents_geojson(&filter).await.gql()?;
        for feature in collection["features"].as_array_mut().into_iter().flatten() {
            let properties = &mut feature["properties"];
            let english = properties["title"].as_str().unwrap_or_default().to_string();
            let title = ours(ctx, lang, &english, properties["titleFr"].as_str());
            properties["title"] = title.text.into();
            properties["titleLanguage"] = match title.language {
                Language::Fr => "FR",
                Language::En => "EN",
            }
            .into();
        }
        Ok(async_graphql::Json(collection))
    }

    /// Any entity by global ID.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Node>> {
        let Some((kind, slug)) = decode_global_id(&id) else {
            return Err(user_error(code::BAD_USER_INPUT, Some("id"), format!("{:?} is not a global ID", id.as_str())));
        };
        let store = store(ctx)?;
        let node = match kind.as_str() {
            "Law" => store.by_slug::<model::Law>(&slug).await.gql()?.map(|r| Node::Law(Law(r))),
            "Provision" => {
                store.by_slug::<model::Provision>(&slug).await.gql()?.map(|r| Node::Provision(Provision::current(r)))
            }
            "Facility" => store.by_slug::<model::Facility>(&slug).await.gql()?.map(|r| Node::Facility(Facility(r))),
            "Incident" => store.by_slug::<model::Incident>(&slug).await.gql()?.map(|r| Node::Incident(Incident(r))),
            "Actor" => store.by_slug::<model::Actor>(&slug).await.gql()?.map(|r| Node::Actor(Actor(r))),
            "Criticism" => store.by_slug::<model::Criticism>(&slug).await.gql()?.map(|r| Node::Criticism(Criticism(r))),
            "Source" => store.by_slug::<model::Source>(&slug).await.gql()?.map(|r| Node::Source(Source(r))),
            "ClaimQuestion" => {
                store.by_slug::<model::ClaimQuestion>(&slug).await.gql()?.map(|r| Node::ClaimQuestion(ClaimQuestion(r)))
            }
            other => {
                return Err(user_error(code::BAD_USER_INPUT, Some("id"), format!("no type {other:?} has global IDs")))
            }
        };
        Ok(node)
    }

    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn laws(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Law>> {
        let args = PageArgs::parse(first, after)?;
        let page = store(ctx)?.list::<model::Law>(args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Laws, Law))
    }

    async fn law(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Law>> {
        Ok(find::<model::Law>(ctx, "id", &id).await?.map(Law))
    }

    /// Provisions in the order of their law, filtered.
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn provisions(
        &self,
        ctx: &Context<'_>,
        filter: Option<ProvisionFilterInput>,
        #[graphql(desc = "Show each provision as it stood on this day (status and measures).")] as_of: Option<Date>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Provision>> {
        let args = PageArgs::parse(first, after)?;
        let input = filter.unwrap_or_default();
        let filter = ProvisionFilter {
            law_id: require::<model::Law>(ctx, "filter.law", input.law.as_ref()).await?,
            theme: input.theme.map(Into::into),
            status: input.status.map(Into::into),
            parameter: input.parameter.map(ParameterFilterInput::into_bound).transpose()?,
            code: input.code,
        };
        let page = store(ctx)?.provisions(&filter, args.after.as_ref(), args.limit).await.gql()?;
        let ids: Vec<i64> = page.items.iter().map(|row| row.id).collect();
        crate::prefetch::provision_page(ctx, &ids).await?;
        let as_of = as_of.map(|d| d.0);
        Ok(connection(page, &args, CountOf::Provisions(filter), |row| Provision(row, as_of)))
    }

    /// A provision now, or with `asOf` as it stood on that day (status and measures).
    async fn provision(
        &self,
        ctx: &Context<'_>,
        id: ID,
        as_of: Option<Date>,
    ) -> async_graphql::Result<Option<Provision>> {
        Ok(find::<model::Provision>(ctx, "id", &id).await?.map(|row| Provision(row, as_of.map(|d| d.0))))
    }

    /// Incidents in date order, earliest first, filtered.
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn incidents(
        &self,
        ctx: &Context<'_>,
        filter: Option<IncidentFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Incident>> {
        let args = PageArgs::parse(first, after)?;
        let filter = incident_filter(ctx, filter).await?;
        let page = store(ctx)?.incidents(&filter, args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Incidents(filter), Incident))
    }

    async fn incident(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Incident>> {
        Ok(find::<model::Incident>(ctx, "id", &id).await?.map(Incident))
    }

    /// Criticisms and statements of support, filtered.
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn criticisms(
        &self,
        ctx: &Context<'_>,
        filter: Option<CriticismFilterInput>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Criticism>> {
        let args = PageArgs::parse(first, after)?;
        let input = filter.unwrap_or_default();
        let filter = CriticismFilter {
            provision_id: require::<model::Provision>(ctx, "filter.provision", input.provision.as_ref()).await?,
            actor_id: require::<model::Actor>(ctx, "filter.actor", input.actor.as_ref()).await?,
            right: input.right,
            stance: input.stance.map(Into::into),
            include_disputed: input.include_disputed,
        };
        let page = store(ctx)?.criticisms(&filter, args.after.as_ref(), args.limit).await.gql()?;
        crate::prefetch::criticism_page(ctx, &page.items).await?;
        Ok(connection(page, &args, CountOf::Criticisms(filter), Criticism))
    }

    async fn criticism(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Criticism>> {
        Ok(find::<model::Criticism>(ctx, "id", &id).await?.map(Criticism))
    }

    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn facilities(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Facility>> {
        let args = PageArgs::parse(first, after)?;
        let page = store(ctx)?.list::<model::Facility>(args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Facilities, Facility))
    }

    async fn facility(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Facility>> {
        Ok(find::<model::Facility>(ctx, "id", &id).await?.map(Facility))
    }

    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn actors(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Actor>> {
        let args = PageArgs::parse(first, after)?;
        let page = store(ctx)?.list::<model::Actor>(args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Actors, Actor))
    }

    async fn actor(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Actor>> {
        Ok(find::<model::Actor>(ctx, "id", &id).await?.map(Actor))
    }

    /// The documents every fact is quoted from, with their reliability.
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn sources(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Source>> {
        let args = PageArgs::parse(first, after)?;
        let page = store(ctx)?.list::<model::Source>(args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Sources, Source))
    }

    async fn source(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Source>> {
        Ok(find::<model::Source>(ctx, "id", &id).await?.map(Source))
    }

    /// Every recorded change to the entity with this global ID, oldest first.
    async fn history(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Vec<Revision>> {
        let (entity, slug) = entity_of(&id)?;
        crate::types::history(ctx, entity, &slug).await
    }

    /// What the tracker had recorded of an entity at an instant (bitemporal "known
    /// at"): the revision in force then, whose `after` is the entity as recorded,
    /// with its citations. Null if it was not recorded yet, or deleted by then.
    /// Reproduces an earlier analysis exactly, whatever was corrected since.
    async fn known_at(&self, ctx: &Context<'_>, id: ID, at: DateTime) -> async_graphql::Result<Option<Revision>> {
        let (entity, slug) = entity_of(&id)?;
        let revision = store(ctx)?.revision_as_of(entity, &slug, &at.to_rfc3339()).await.gql()?;
        Ok(revision.filter(|r| r.after.is_some()).map(Revision))
    }

    /// The feed of committed writes, oldest first: poll it with the last `endCursor`
    /// to follow every change (or subscribe to `changes`).
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn revisions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only revisions committed at or after this instant (RFC 3339).")] since: Option<DateTime>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Revision>> {
        let args = PageArgs::parse(first, after)?;
        let since = since.map(|d| d.to_rfc3339());
        let rows =
            store(ctx)?.revisions(since.as_deref(), args.after.as_ref().map(|c| c.id), args.limit + 1).await.gql()?;
        let has_next = rows.len() > args.limit;
        let page = Page { items: rows.into_iter().take(args.limit).map(FeedItem).collect(), has_next };
        Ok(connection(page, &args, CountOf::Revisions { since }, |item: FeedItem| Revision(item.0)))
    }

    /// Full-text search across provisions, incidents, criticisms, actors,
    /// facilities (with their aliases) and sources, French or English, accents and
    /// case folded: every word of the query must occur. Best matches first, each
    /// with a snippet where matches are wrapped in `[[` and `]]`.
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn search(
        &self,
        ctx: &Context<'_>,
        query: String,
        #[graphql(desc = "Types to search; all searchable types when empty.", default)] types: Vec<EntityType>,
        first: Option<i32>,
        after: Option<String>,
        #[graphql(default, desc = "Also disputed incidents (only a contradicted source asserts them).")]
        include_disputed: bool,
    ) -> async_graphql::Result<Conn<SearchHit>> {
        let args = PageArgs::parse(first, after)?;
        let types: Vec<model::EntityType> = types.into_iter().map(Into::into).collect();
        if let Some(t) = types.iter().find(|t| !lawtracker_core::search::SEARCHABLE.contains(t)) {
            return Err(user_error(code::BAD_USER_INPUT, Some("types"), format!("{t} is not searchable")));
        }
        let start = args.after.as_ref().map_or(0, |c| c.id.max(-1) as usize + 1);
        let results = store(ctx)?.search(&query, &types, include_disputed, start, args.limit + 1).await.gql()?;
        let total = results.total as i64;
        let items: Vec<Ranked> = results.hits.into_iter().enumerate().map(|(i, h)| Ranked(start + i, h)).collect();
        let has_next = items.len() > args.limit;
        let page = Page { items: items.into_iter().take(args.limit).collect(), has_next };
        Ok(connection(page, &args, CountOf::Known(total), |r: Ranked| SearchHit(r.1)))
    }

    /// Registered webhooks and their deliveries (admin).
    async fn webhooks(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<crate::webhooks::WebhookObject>> {
        crate::webhooks::webhooks(ctx).await
    }

    /// Who is asking: the token's or account's name and role; null when anonymous.
    async fn viewer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<crate::account_admin::Viewer>> {
        crate::account_admin::viewer(ctx).await
    }

    /// Everyone who can sign in to the front end (admin).
    async fn accounts(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<crate::account_admin::AccountObject>> {
        crate::account_admin::accounts(ctx).await
    }

    /// Proposals waiting for review, or reviewed (newest first, at most 500): needs a
    /// token or session; contributors see their own, editors and admins everyone's.
    async fn proposals(
        &self,
        ctx: &Context<'_>,
        status: Option<crate::proposals::ProposalStatus>,
    ) -> async_graphql::Result<Vec<crate::proposals::ProposalObject>> {
        crate::proposals::list(ctx, status).await
    }

    /// Questions on which sources disagree, each answer with its own sources.
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn conflicts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<ClaimQuestion>> {
        let args = PageArgs::parse(first, after)?;
        let page = store(ctx)?.contested_questions(args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Conflicts, ClaimQuestion))
    }
}

/// A revision in the feed, ordered by id.
struct FeedItem(model::Revision);

impl Ordered for FeedItem {
    fn cursor(&self) -> Cursor {
        Cursor { sort: None, id: self.0.commit_seq }
    }
}

/// A search hit with its rank, which is its cursor.
struct Ranked(usize, lawtracker_core::search::Hit);

impl Ordered for Ranked {
    fn cursor(&self) -> Cursor {
        Cursor { sort: None, id: self.0 as i64 }
    }
}

/// One search result.
pub struct SearchHit(lawtracker_core::search::Hit);

#[Object]
impl SearchHit {
    #[graphql(name = "type")]
    async fn entity_type(&self) -> EntityType {
        self.0.entity.into()
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The best passage, matches wrapped in `[[` and `]]`.
    async fn snippet(&self) -> &str {
        &self.0.snippet
    }
    /// Higher is better; comparable within one search only.
    async fn score(&self) -> f64 {
        self.0.score
    }
    /// The entity found (loaded in one batch per type for the whole page).
    async fn node(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Node>> {
        let (loaders, id) = (request_loaders(ctx)?, self.0.id);
        Ok(Some(match self.0.entity {
            model::EntityType::Provision => Node::Provision(Provision::current(one(loaders, id).await?)),
            model::EntityType::Incident => Node::Incident(Incident(one(loaders, id).await?)),
            model::EntityType::Criticism => Node::Criticism(Criticism(one(loaders, id).await?)),
            model::EntityType::Actor => Node::Actor(Actor(one(loaders, id).await?)),
            model::EntityType::Facility => Node::Facility(Facility(one(loaders, id).await?)),
            model::EntityType::Source => Node::Source(Source(one(loaders, id).await?)),
            _ => return Ok(None),
        }))
    }
}
