//! DataLoaders: every nested field loads through here, so a page of 50 incidents
//! with their facilities, citations and sources costs a handful of `IN` queries,
//! not one query per row. One loader is made per request (its cache must not
//! outlive the request, or a client would see stale rows after a write).
//!
//! The cache lets `prefetch` hand a subtree's rows to the resolvers below it; a
//! mutation turns it off for the rest of its request (see `mutation::done`), so what
//! a write returns is read after the write.

use std::collections::HashMap;
use std::hash::Hash;
use std::marker::PhantomData;
use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};
use async_graphql::Context;
use lawtracker_core::model::*;
use lawtracker_core::store::queries::Table;
use lawtracker_core::{Store, StoreError};
use strum::VariantArray;

use crate::error::ResultExt;

pub type Loaders = DataLoader<StoreLoader, HashMapCache>;

pub fn loaders(store: Store) -> Loaders {
    DataLoader::with_cache(StoreLoader { store }, tokio::spawn, HashMapCache::default())
}

/// The loaders of the request `ctx` belongs to (the HTTP layer puts one in each request's data).
pub(crate) fn request_loaders<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Loaders> {
    ctx.data::<Loaders>()
}

pub struct StoreLoader {
    store: Store,
}

impl StoreLoader {
    pub fn store(&self) -> &Store {
        &self.store
    }
}

/// Key: the row with this id in `T`'s table.
pub struct ById<T>(pub i64, PhantomData<fn() -> T>);

impl<T> ById<T> {
    pub fn new(id: i64) -> Self {
        ById(id, PhantomData)
    }
}
impl<T> Clone for ById<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ById<T> {}
impl<T> PartialEq for ById<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl<T> Eq for ById<T> {}
impl<T> Hash for ById<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

impl<T: Table + Clone + Sync> Loader<ById<T>> for StoreLoader {
    type Value = T;
    type Error = Arc<StoreError>;

    async fn load(&self, keys: &[ById<T>]) -> Result<HashMap<ById<T>, T>, Self::Error> {
        let ids: Vec<i64> = keys.iter().map(|k| k.0).collect();
        let rows = self.store.by_ids::<T>(&ids).await?;
        Ok(rows.into_iter().map(|row| (ById::new(row.id()), row)).collect())
    }
}

/// Groups child rows under their parent key; parents without children get nothing
/// here and an empty list from [`many`].
fn group<K: Eq + Hash, V>(rows: Vec<V>, key: impl Fn(&V) -> K) -> HashMap<K, Vec<V>> {
    let mut map: HashMap<K, Vec<V>> = HashMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}

/// Declares a key type for "the children of parent N" and its loader.
macro_rules! one_to_many {
    ($(#[$doc:meta])* $key:ident => $value:ty, |$store:ident, $ids:ident| $query:expr, |$row:ident| $parent:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $key(pub i64);

        impl Loader<$key> for StoreLoader {
            type Value = Vec<$value>;
            type Error = Arc<StoreError>;

            async fn load(&self, keys: &[$key]) -> Result<HashMap<$key, Vec<$value>>, Self::Error> {
                let $store = &self.store;
                let $ids: Vec<i64> = keys.iter().map(|k| k.0).collect();
                let rows: Vec<$value> = $query.await?;
                Ok(group(rows, |$row: &$value| $key($parent)))
            }
        }
    };
}

one_to_many!(StagesOfLaw => LawStage, |store, ids| store.stages_of_laws(&ids), |row| row.law_id);
one_to_many!(
    /// A stage by its own id, as a list of at most one (parameters point at stages).
    StageById => LawStage, |store, ids| store.stages_by_ids(&ids), |row| row.id
);
one_to_many!(
    /// A source's full text, as a list of one: `Source` rows leave it out.
    TextOfSource => SourceText, |store, ids| store.source_texts(&ids), |row| row.id
);
one_to_many!(ParametersOf => Parameter, |store, ids| store.parameters_of(&ids), |row| row.provision_id);
one_to_many!(TextsOf => ProvisionText, |store, ids| store.texts_of(&ids), |row| row.provision_id);
one_to_many!(CodesOf => ProvisionCode, |store, ids| store.codes_of(&ids), |row| row.provision_id);
one_to_many!(DecreesOf => ProvisionDecree, |store, ids| store.decrees_of(&ids), |row| row.provision_id);
one_to_many!(OutcomesOf => Outcome, |store, ids| store.outcomes_of(&ids), |row| row.incident_id);
one_to_many!(KindsOf => IncidentKindRow, |store, ids| store.kinds_of(&ids), |row| row.incident_id);
one_to_many!(AliasesOf => FacilityAlias, |store, ids| store.aliases_of(&ids), |row| row.facility_id);
one_to_many!(RightsOf => CriticismRight, |store, ids| store.rights_of(&ids), |row| row.criticism_id);
/// Declares a key type for "the first `limit` children of parent N" and its loader:
/// for lists that grow with the data (a provision's incidents), so a page costs
/// the same however many children a parent has.
macro_rules! first_of_many {
    ($(#[$doc:meta])* $key:ident => $value:ty, $table:literal, $parent_column:literal, |$row:ident| $parent:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $key(pub i64, pub usize);

        impl Loader<$key> for StoreLoader {
            type Value = Vec<$value>;
            type Error = Arc<StoreError>;

            async fn load(&self, keys: &[$key]) -> Result<HashMap<$key, Vec<$value>>, Self::Error> {
                let mut limits: Vec<usize> = keys.iter().map(|k| k.1).collect();
                limits.sort_unstable();
                limits.dedup();
                let mut pages = HashMap::new();
                for limit in limits {
                    let ids: Vec<i64> = keys.iter().filter(|k| k.1 == limit).map(|k| k.0).collect();
                    let rows: Vec<$value> =
                        self.store.first_children($table, $parent_column, &ids, "id", limit).await?;
                    pages.extend(group(rows, |$row: &$value| $key($parent, limit)));
                }
                Ok(pages)
            }
        }
    };
}

first_of_many!(IncidentLinksOfProvision => ProvisionIncident, "provision_incidents", "provision_id", |row| row.provision_id);
first_of_many!(CriticismLinksOfProvision => ProvisionCriticism, "provision_criticisms", "provision_id", |row| row.provision_id);
one_to_many!(IncidentLinksOfIncident => ProvisionIncident, |store, ids| store.incident_links("incident_id", &ids), |row| row.incident_id);
one_to_many!(CriticismLinksOfCriticism => ProvisionCriticism, |store, ids| store.criticism_links("criticism_id", &ids), |row| row.criticism_id);
one_to_many!(EventsOfLaw => LifecycleEvent, |store, ids| store.events_of("law_id", &ids), |row| row.law_id);
one_to_many!(EventsOfProvision => LifecycleEvent, |store, ids| store.events_of("provision_id", &ids), |row| row.provision_id.unwrap_or_default());
one_to_many!(ClaimsOf => Claim, |store, ids| store.claims_of(&ids), |row| row.question_id);

impl Loader<CitationTarget> for StoreLoader {
    type Value = Vec<Citation>;
    type Error = Arc<StoreError>;

    async fn load(&self, keys: &[CitationTarget]) -> Result<HashMap<CitationTarget, Vec<Citation>>, Self::Error> {
        let rows = self.store.citations_of(keys).await?;
        Ok(group(rows, |c| c.target.expect("citations_of sets the target")))
    }
}

/// Key: the claim questions about one subject.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct QuestionsAbout(pub SubjectKind, pub String);

impl Loader<QuestionsAbout> for StoreLoader {
    type Value = Vec<ClaimQuestion>;
    type Error = Arc<StoreError>;

    async fn load(&self, keys: &[QuestionsAbout]) -> Result<HashMap<QuestionsAbout, Vec<ClaimQuestion>>, Self::Error> {
        let mut found = HashMap::new();
        for kind in SubjectKind::VARIANTS {
            let slugs: Vec<String> = keys.iter().filter(|k| k.0 == *kind).map(|k| k.1.clone()).collect();
            if slugs.is_empty() {
                continue;
            }
            let rows = self.store.questions_about(*kind, &slugs).await?;
            found.extend(group(rows, |q| QuestionsAbout(*kind, q.subject_slug.clone().unwrap_or_default())));
        }
        Ok(found)
    }
}

/// Loads the children of one parent; none is an empty list.
pub async fn many<K, V>(loaders: &Loaders, key: K) -> async_graphql::Result<Vec<V>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    V: Send + Sync + Clone + 'static,
    StoreLoader: Loader<K, Value = Vec<V>, Error = Arc<StoreError>>,
{
    Ok(loaders.load_one(key).await.gql()?.unwrap_or_default())
}

/// Loads one row by id; a dangling id is an internal error (foreign keys forbid it).
pub async fn one<T: Table + Clone + Sync>(loaders: &Loaders, id: i64) -> async_graphql::Result<T> {
    loaders
        .load_one(ById::<T>::new(id))
        .await
        .gql()?
        .ok_or_else(|| crate::error::store_error(&StoreError::NotFound { entity: T::KIND, key: format!("id {id}") }))
}
