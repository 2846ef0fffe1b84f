//! Look-ahead prefetch. A list field that is not itself inside a list reads the
//! selection below it and loads the whole subtree it asks for in set-based steps: one
//! statement per table and level, the steps of one level run together. The rows go
//! into the request's loader cache, so the children resolve from memory: no DataLoader
//! round per object (its batching window, spawned task and channels), which cost Q2
//! most of its time (bench: `cargo run --release -p lawtracker-api --example q2_split`).
//!
//! Lists inside lists (every provision of a page with its incidents) are warmed once,
//! by the outer list ([`provision_page`]): the links of every provision on the page in
//! one statement, then their subtree as for one provision. Warming each sibling on its
//! own would cost a statement per parent. A page of criticisms likewise warms its
//! rights, authors and citations at once ([`criticism_page`]).
//!
//! Nothing here decides what a field returns: resolvers still load through
//! [`crate::loaders`], and a shape this module does not know simply takes the loader
//! path. One code path per resolver; this only makes its loads hit the cache.

use std::collections::{BTreeSet, HashMap};
use std::hash::Hash;

use async_graphql::context::QueryPathSegment;
use async_graphql::{Context, Lookahead};
use futures_util::future::{try_join, try_join3};
use lawtracker_core::model::{
    Actor, Citation, CitationTarget, Criticism, CriticismRight, Facility, Incident, ProvisionIncident, Source,
};

use crate::error::ResultExt;
use crate::loaders::{request_loaders, ById, IncidentLinksOfProvision, Loaders, RightsOf};
use crate::pagination::PageArgs;

/// True when the field being resolved is not below a list element: only then does
/// warming its subtree save statements rather than add them.
pub fn is_outermost_list(ctx: &Context<'_>) -> bool {
    ctx.path_node.is_none_or(|node| {
        !std::iter::once(&node).chain(node.parents()).any(|n| matches!(n.segment, QueryPathSegment::Index(_)))
    })
}

/// A provision's incident links, with what the selection asks below them: the
/// incidents (and their facilities and citations) and the links' own citations.
pub async fn incident_links(ctx: &Context<'_>, links: &[ProvisionIncident]) -> async_graphql::Result<()> {
    below_incident_links(request_loaders(ctx)?, &ctx.look_ahead(), links).await
}

/// A page of provisions (a connection: `nodes` or `edges { node }`) whose selection
/// reads `incidents`: every provision's links in one statement, fed to the loader
/// cache under the key the resolver will ask for, then the subtree below them.
/// Several `incidents` selections with their own page sizes are left to the loaders.
pub async fn provision_page(ctx: &Context<'_>, provision_ids: &[i64]) -> async_graphql::Result<()> {
    if provision_ids.is_empty() {
        return Ok(());
    }
    let loaders = request_loaders(ctx)?;
    for node in connection_nodes(&ctx.look_ahead()) {
        let selection = node.field("incidents");
        let fields = selection.selection_fields();
        let [field] = fields.as_slice() else { continue };
        let first =
            field.arguments()?.into_iter().find(|(name, _)| name.as_str() == "first").and_then(|(_, v)| match v {
                async_graphql::Value::Number(n) => n.as_i64().map(|n| n.clamp(i32::MIN as i64, i32::MAX as i64) as i32),
                _ => None,
            });
        let limit = PageArgs::links_limit(first)?;
        let keys: Vec<IncidentLinksOfProvision> =
            provision_ids.iter().map(|&id| IncidentLinksOfProvision(id, limit)).collect();
        let pages = loaders.load_many(keys.iter().copied()).await.gql()?;
        let links: Vec<ProvisionIncident> = pages.values().flatten().cloned().collect();
        // A provision without links gets its empty page too, so none asks again.
        let empty: Vec<_> = keys.into_iter().filter(|k| !pages.contains_key(k)).map(|k| (k, Vec::new())).collect();
        loaders.feed_many(empty).await;
        below_incident_links(loaders, &selection, &links).await?;
    }
    Ok(())
}

/// A page of criticisms (a connection): for every node at once, the rights, the
/// authors and the citations the selection reads, one statement each, together.
/// An NGO's commonest question ("criticisms invoking this right, by whom") then
/// resolves from memory instead of waiting on two DataLoader rounds.
pub async fn criticism_page(ctx: &Context<'_>, criticisms: &[Criticism]) -> async_graphql::Result<()> {
    if criticisms.is_empty() {
        return Ok(());
    }
    let loaders = request_loaders(ctx)?;
    let author_ids: BTreeSet<i64> = criticisms.iter().map(|c| c.actor_id).collect();
    let targets: Vec<CitationTarget> = criticisms.iter().map(|c| CitationTarget::Criticism(c.id)).collect();
    for node in connection_nodes(&ctx.look_ahead()) {
        try_join3(
            rights(loaders, &node.field("rights"), criticisms),
            by_id::<Actor>(loaders, &node.field("author"), author_ids.clone()),
            citations(loaders, &node, targets.clone()),
        )
        .await?;
    }
    Ok(())
}

/// The node selections of a connection field that the query makes: `nodes`,
/// `edges { node }`, or both (then each warms what it reads; the second finds most of
/// it already cached only if it reads the same, so both are walked).
fn connection_nodes<'a>(connection: &Lookahead<'a>) -> impl Iterator<Item = Lookahead<'a>> {
    [connection.field("nodes"), connection.field("edges").field("node")].into_iter().filter(Lookahead::exists)
}

/// The rights invoked by each criticism, when the selection reads them.
async fn rights(loaders: &Loaders, look: &Lookahead<'_>, criticisms: &[Criticism]) -> async_graphql::Result<()> {
    if !look.exists() {
        return Ok(());
    }
    let ids: Vec<i64> = criticisms.iter().map(|c| c.id).collect();
    let rows: Vec<CriticismRight> = loaders.loader().store().rights_of(&ids).await.gql()?;
    loaders.feed_many(grouped(ids.into_iter().map(RightsOf), rows, |r| Some(RightsOf(r.criticism_id)))).await;
    Ok(())
}

async fn below_incident_links(
    loaders: &Loaders,
    look: &Lookahead<'_>,
    links: &[ProvisionIncident],
) -> async_graphql::Result<()> {
    let incident_ids: BTreeSet<i64> = links.iter().map(|l| l.incident_id).collect();
    let targets: Vec<CitationTarget> = links.iter().map(|l| CitationTarget::ProvisionIncident(l.id)).collect();
    try_join(incidents(loaders, &look.field("incident"), incident_ids), citations(loaders, look, targets)).await?;
    Ok(())
}

/// Incidents by id, then their facilities and citations if asked for.
async fn incidents(loaders: &Loaders, look: &Lookahead<'_>, ids: BTreeSet<i64>) -> async_graphql::Result<()> {
    if !look.exists() || ids.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = ids.into_iter().collect();
    let rows: Vec<Incident> = loaders.loader().store().by_ids(&ids).await.gql()?;
    let facility_ids: BTreeSet<i64> = rows.iter().filter_map(|i| i.facility_id).collect();
    loaders.feed_many(rows.into_iter().map(|row| (ById::new(row.id), row))).await;
    let targets = ids.into_iter().map(CitationTarget::Incident).collect();
    try_join(by_id::<Facility>(loaders, &look.field("facility"), facility_ids), citations(loaders, look, targets))
        .await?;
    Ok(())
}

/// The citations of `targets` when the selection under `parent` reads them (directly
/// or through `corroboration`), then their sources when asked for.
async fn citations(
    loaders: &Loaders,
    parent: &Lookahead<'_>,
    targets: Vec<CitationTarget>,
) -> async_graphql::Result<()> {
    let (listed, corroboration) = (parent.field("citations"), parent.field("corroboration"));
    if !(listed.exists() || corroboration.exists()) || targets.is_empty() {
        return Ok(());
    }
    let rows = loaders.loader().store().citations_of(&targets).await.gql()?;
    let source_ids: BTreeSet<i64> = rows.iter().map(|c| c.source_id).collect();
    loaders.feed_many(grouped(targets, rows, |c: &Citation| c.target)).await;
    // Corroboration reads every cited source's reliability.
    let source = listed.field("source");
    by_id::<Source>(loaders, if source.exists() { &source } else { &corroboration }, source_ids).await
}

/// `rows` under their keys, for the loader cache. Every key gets an entry, an empty
/// list included, so none falls back to the loader.
fn grouped<K: Eq + Hash, V>(
    keys: impl IntoIterator<Item = K>,
    rows: Vec<V>,
    key_of: impl Fn(&V) -> Option<K>,
) -> HashMap<K, Vec<V>> {
    let mut map: HashMap<K, Vec<V>> = keys.into_iter().map(|key| (key, Vec::new())).collect();
    for row in rows {
        if let Some(list) = key_of(&row).and_then(|key| map.get_mut(&key)) {
            list.push(row);
        }
    }
    map
}

/// Rows of one table by id, when the selection reads them.
async fn by_id<T>(loaders: &Loaders, look: &Lookahead<'_>, ids: BTreeSet<i64>) -> async_graphql::Result<()>
where
    T: lawtracker_core::store::queries::Table + Clone + Sync,
{
    if !look.exists() || ids.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = ids.into_iter().collect();
    let rows: Vec<T> = loaders.loader().store().by_ids(&ids).await.gql()?;
    loaders.feed_many(rows.into_iter().map(|row| (ById::new(row.id()), row))).await;
    Ok(())
}
