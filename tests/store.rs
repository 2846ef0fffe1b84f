//! The store's guarantees, on both backends: the dataset loads once and only once,
//! a false quote is refused with the citation and source named, and a refused
//! dataset leaves nothing behind.

use std::path::PathBuf;

use lawtracker_core::dataset::{self, Dataset, LoadOutcome};
use lawtracker_core::model::{Criticism, EntityType, Facility, Incident, Law, Provision, Source};
use lawtracker_core::search::query_words;
use lawtracker_core::store::search::candidates;
use lawtracker_core::store::sql::Sql;
use lawtracker_core::{Backend, Store, StoreError};
use lawtracker_e2e::TestDb;

fn mini() -> Dataset {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/mini");
    Dataset::from_dir(&dir).expect("the mini fixture parses")
}

async fn counts(store: &Store) -> [i64; 6] {
    [
        store.count_all::<Source>().await.unwrap(),
        store.count_all::<Law>().await.unwrap(),
        store.count_all::<Provision>().await.unwrap(),
        store.count_all::<Facility>().await.unwrap(),
        store.count_all::<Incident>().await.unwrap(),
        store.count_all::<Criticism>().await.unwrap(),
    ]
}

macro_rules! store_tests {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let db = lawtracker_e2e::TestDb::fresh(lawtracker_core::Backend::Sqlite).await.unwrap();
                    super::$name(&db).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    let Some(db) = lawtracker_e2e::TestDb::fresh(lawtracker_core::Backend::Postgres).await else { return };
                    super::$name(&db).await;
                }
            )+
        }
    };
}

store_tests!(
    loading_is_idempotent,
    a_false_quote_is_refused_naming_citation_and_source_and_nothing_is_written,
    a_near_miss_quote_says_what_differed,
    the_database_itself_refuses_a_false_quote,
    a_source_text_cannot_be_changed_under_its_quotes,
    the_shipped_dataset_is_consistent_and_loads,
    search_narrows_through_a_trigram_index_not_a_scan,
);

async fn loading_is_idempotent(db: &TestDb) {
    let store = Store::open(&db.url).await.unwrap();
    let data = mini();
    assert_eq!(dataset::load(&store, &data).await.unwrap(), LoadOutcome::Loaded { digest: data.digest.clone() });
    let after_first = counts(&store).await;
    assert_eq!(after_first, [2, 1, 2, 2, 2, 1]);
    assert_eq!(dataset::load(&store, &data).await.unwrap(), LoadOutcome::AlreadyLoaded { digest: data.digest.clone() });
    assert_eq!(counts(&store).await, after_first, "a second load adds nothing");
    // Migrating again on an up-to-date database is a no-op too.
    store.migrate().await.unwrap();
    assert_eq!(counts(&store).await, after_first);
    store.close().await;
}

async fn a_false_quote_is_refused_naming_citation_and_source_and_nothing_is_written(db: &TestDb) {
    let store = Store::open(&db.url).await.unwrap();
    let mut data = mini();
    // The last record written: if anything before it were committed, we would see it.
    data.content.claims[1].claims[0].citations[0].quote = "In Marseille".into();
    data.content.incidents[0].outcomes[0].citations[0].quote = "16 bullet impacts".into();
    let err = dataset::load(&store, &data).await.unwrap_err();
    let StoreError::Invalid(problems) = &err else { panic!("expected Invalid, got {err}") };
    assert_eq!(problems.len(), 2, "every problem is reported, not only the first: {problems:?}");
    let outcome = &problems[0];
    assert_eq!(outcome.record, "incident \"toulon-gunfire\"");
    assert_eq!(outcome.field, "outcomes[0].citations[0].quote");
    assert!(outcome.message.contains("source \"report\""), "{}", outcome.message);
    assert!(outcome.message.contains("does not occur"), "{}", outcome.message);
    assert_eq!(problems[1].record, "claim question \"agreed\"");
    assert_eq!(counts(&store).await, [0; 6], "a refused dataset writes nothing");
    store.close().await;
}

async fn a_near_miss_quote_says_what_differed(db: &TestDb) {
    let store = Store::open(&db.url).await.unwrap();
    let mut data = mini();
    // The source has curly quotation marks; a curator typed straight ones.
    data.content.criticisms[0].citations[0].quote = "the isolation regime is \"disproportionate\"".into();
    let StoreError::Invalid(problems) = dataset::load(&store, &data).await.unwrap_err() else { panic!() };
    let message = &problems[0].message;
    assert!(message.contains("punctuation"), "{message}");
    assert!(message.contains("the source has \"the isolation regime is “disproportionate”\""), "{message}");
    store.close().await;
}

async fn the_database_itself_refuses_a_false_quote(db: &TestDb) {
    let store = Store::open(&db.url).await.unwrap();
    dataset::load(&store, &mini()).await.unwrap();
    let source = store.require_slug::<Source>("report").await.unwrap();
    let incident = store.require_slug::<Incident>("toulon-gunfire").await.unwrap();
    let mut tx = store.begin_write().await.unwrap();
    let mut sql = Sql::new("INSERT INTO citations (source_id, quote, incident_id) VALUES (");
    sql.bind(source.id).push(", ").bind("sixteen bullet impacts").push(", ").bind(incident.id).push(")");
    // The trigger's refusal is the caller's error, naming the field (not INTERNAL).
    let StoreError::Invalid(problems) = tx.execute(sql).await.unwrap_err() else { panic!("not a user error") };
    assert_eq!(problems[0].field, "citations", "{problems:?}");
    assert!(problems[0].message.contains("does not occur in its source's text"), "{problems:?}");
    drop(tx);
    store.close().await;
}

async fn a_source_text_cannot_be_changed_under_its_quotes(db: &TestDb) {
    let store = Store::open(&db.url).await.unwrap();
    dataset::load(&store, &mini()).await.unwrap();
    let mut tx = store.begin_write().await.unwrap();
    let mut sql = Sql::new("UPDATE sources SET body = ");
    sql.bind("Nothing happened in Toulon.").push(" WHERE slug = ").bind("report");
    let StoreError::Invalid(problems) = tx.execute(sql).await.unwrap_err() else { panic!("not a user error") };
    assert_eq!(problems[0].field, "text", "{problems:?}");
    assert!(problems[0].message.contains("no longer contains a quote that a citation relies on"), "{problems:?}");
    drop(tx);
    let source = store.require_slug::<Source>("report").await.unwrap();
    let text = store.source_texts(&[source.id]).await.unwrap().pop().unwrap();
    assert!(text.body.contains("15 bullet impacts"), "the text is unchanged");
    store.close().await;
}

async fn the_shipped_dataset_is_consistent_and_loads(db: &TestDb) {
    let data = Dataset::embedded().expect("the shipped dataset parses");
    let problems = data.check();
    assert!(problems.is_empty(), "the shipped dataset has problems:\n{problems:#?}");
    let store = Store::open(&db.url).await.unwrap();
    assert!(matches!(dataset::load(&store, &data).await.unwrap(), LoadOutcome::Loaded { .. }));
    let [sources, laws, provisions, facilities, incidents, criticisms] = counts(&store).await;
    assert_eq!(sources as usize, data.content.sources.len());
    assert_eq!(laws, 1);
    let content = &data.content;
    assert_eq!(provisions as usize, content.laws[0].provisions.len());
    assert_eq!(facilities as usize, content.facilities.len());
    assert_eq!(incidents as usize, content.incidents.len());
    assert_eq!(criticisms as usize, content.criticisms.len());
    store.close().await;
}

/// At a million incidents a LIKE over every row is the slowest query there is:
/// search must find its candidates through the trigram index (migration 0005),
/// whatever the planner would pick for a table this small.
async fn search_narrows_through_a_trigram_index_not_a_scan(db: &TestDb) {
    let store = Store::open(&db.url).await.unwrap();
    dataset::load(&store, &mini()).await.unwrap();
    let words = query_words("Toulon gunfire");
    let sql = candidates(store.backend(), EntityType::Incident, &words, false).unwrap();
    let mut tx = store.begin_read().await.unwrap();
    let (plan, index) = match store.backend() {
        Backend::Sqlite => {
            let rows: Vec<(i64, i64, i64, String)> = tx.fetch_all(sql.prefixed("EXPLAIN QUERY PLAN ")).await.unwrap();
            (rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n"), "VIRTUAL TABLE INDEX")
        }
        Backend::Postgres => {
            tx.execute(Sql::new("SET LOCAL enable_seqscan = off")).await.unwrap();
            let rows: Vec<(String,)> = tx.fetch_all(sql.prefixed("EXPLAIN ")).await.unwrap();
            (rows.into_iter().map(|r| r.0).collect::<Vec<_>>().join("\n"), "incidents_search_trgm")
        }
    };
    tx.commit().await.unwrap();
    assert!(plan.contains(index), "search does not use {index}:\n{plan}");
    let hits = store.search("toulon", &[EntityType::Incident], false, 0, 20).await.unwrap().hits;
    assert_eq!(
        hits.iter().map(|h| h.slug.as_str()).collect::<Vec<_>>(),
        ["toulon-gunfire"],
        "and finds what the LIKE finds"
    );
    store.close().await;
}

/// The server dropping the pool's connections (a restart, an administrator's
/// `pg_terminate_backend`) costs no failed read once they have sat idle: the pool
/// pings a connection idle for a second or more before lending it out and replaces
/// a dead one. (In steady use connections are not pinged; see `PING_IDLE_AFTER`.)
#[tokio::test]
async fn postgres_reads_survive_the_server_dropping_idle_connections() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    let store = Store::open(&db.url).await.expect("open the database");
    let [sources, ..] = counts(&store).await;
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(&db.url).await.expect("an admin connection");
    let dropped: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .fetch_all(&mut admin)
    .await
    .expect("terminate the pool's connections");
    assert!(dropped.iter().any(|&d| d), "the pool had connections to drop: {dropped:?}");
    admin.close().await.unwrap();

    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    for _ in 0..3 {
        let now = store.count_all::<Source>().await.expect("a read after the server dropped the connections");
        assert_eq!(now, sources, "the same answer as before");
    }
    store.close().await;
}
