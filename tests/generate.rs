//! `lawtracker generate`: synthetic data that is deterministic, counted, valid as
//! curated data (every quote in its source), stored exactly as the normal writer
//! stores it, served by the real server, skewed like real links, and never
//! written over existing data. On SQLite, and on PostgreSQL when it answers.

use lawtracker_core::dataset::{self, Dataset};
use lawtracker_core::synthetic::{self, Report, Spec, TABLES};
use lawtracker_core::transfer;
use lawtracker_core::{Backend, Store, StoreError};
use lawtracker_e2e::{TestDb, TestServer};
use serde_json::json;

/// Small enough for a fast suite, big enough for several commits' worth of blocks
/// and for the link skew to show.
fn spec(seed: u64) -> Spec {
    Spec { incidents: 2_500, provisions: 40, facilities: 25, actors: 30, sources: 20, criticisms: 300, seed }
}

async fn generated(backend: Backend, spec: &Spec) -> Option<(TestDb, Store, Report)> {
    let db = TestDb::fresh(backend).await?;
    let store = Store::open(&db.url).await.unwrap();
    let mut calls = 0u64;
    let mut last = (0, 0);
    let report = synthetic::generate(&store, spec, |done, total| {
        assert!(done >= last.0 && done <= total, "progress goes forward within its total");
        last = (done, total);
        calls += 1;
    })
    .await
    .unwrap();
    assert!(calls > 2, "progress is reported as rows go in");
    assert_eq!(last, (report.total_rows, report.total_rows), "progress ends at its total");
    Some((db, store, report))
}

async fn exported(store: &Store) -> String {
    transfer::to_json(&transfer::export(store).await.unwrap())
}

/// One number from SQL, on either backend (`{instr}` becomes the dialect's substring search).
async fn scalar(url: &str, sql: &str) -> i64 {
    if url.starts_with("sqlite") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        let value = sqlx::query_scalar(&sql.replace("{instr}", "instr")).fetch_one(&pool).await.unwrap();
        pool.close().await;
        value
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        let value = sqlx::query_scalar(&sql.replace("{instr}", "strpos")).fetch_one(&pool).await.unwrap();
        pool.close().await;
        value
    }
}

async fn rows_per_provision(url: &str) -> Vec<i64> {
    let sql = "SELECT COUNT(l.id) FROM provisions p LEFT JOIN provision_incidents l ON l.provision_id = p.id \
               GROUP BY p.id ORDER BY 1";
    if url.starts_with("sqlite") {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        let counts = sqlx::query_scalar(sql).fetch_all(&pool).await.unwrap();
        pool.close().await;
        counts
    } else {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        let counts = sqlx::query_scalar(sql).fetch_all(&pool).await.unwrap();
        pool.close().await;
        counts
    }
}

async fn same_seed_same_database(backend: Backend) {
    let Some((_a_db, a, report)) = generated(backend, &spec(7)).await else { return };
    let (_b_db, b, _) = generated(backend, &spec(7)).await.unwrap();
    let (_c_db, c, _) = generated(backend, &spec(8)).await.unwrap();
    let first = exported(&a).await;
    assert!(first == exported(&b).await, "the same seed made different databases");
    assert!(first != exported(&c).await, "another seed made the same database");

    // Valid as curated data: slugs, references, dates, citations on every fact,
    // every quote verbatim in its source, a critic's words in a cited source.
    let document: transfer::Document = serde_json::from_str(&first).unwrap();
    let problems = document.content.check();
    assert!(problems.is_empty(), "{} problem(s), first: {}", problems.len(), problems[0]);
    let content = &document.content;
    assert_eq!(content.incidents.len(), 2_500);
    assert_eq!(content.laws[0].provisions.len(), 40);
    assert_eq!(content.facilities.len(), 25);
    assert_eq!(content.actors.len(), 30);
    assert_eq!(content.sources.len(), 20);
    assert_eq!(content.criticisms.len(), 300);
    assert_eq!(content.laws[0].slug, "syn-law");
    assert_eq!(content.incidents[0].slug, "syn-incident-0000001");
    assert_eq!(report.rows("incidents"), 2_500);
    assert_eq!(report.rows("provision_incidents") as usize, content.provision_incidents.len());
    for store in [a, b, c] {
        store.close().await;
    }
}

async fn counts_match_the_report_and_quotes_their_sources(backend: Backend) {
    let Some((db, store, report)) = generated(backend, &spec(3)).await else { return };
    let mut total = 0;
    for table in TABLES {
        let held = scalar(&db.url, &format!("SELECT COUNT(*) FROM {table}")).await as u64;
        assert_eq!(held, report.rows(table), "{table}");
        assert!(held > 0, "{table} has rows");
        total += held;
    }
    assert_eq!(total, report.total_rows);
    assert!(report.total_rows > 10 * 2_500 / 2, "about ten rows per incident: {}", report.total_rows);
    let orphans =
        "SELECT COUNT(*) FROM citations c JOIN sources s ON s.id = c.source_id WHERE {instr}(s.body, c.quote) = 0";
    assert_eq!(scalar(&db.url, orphans).await, 0);
    let unquoted = "SELECT COUNT(*) FROM criticisms WHERE quote IS NOT NULL AND NOT EXISTS (SELECT 1 FROM citations c \
                    JOIN sources s ON s.id = c.source_id WHERE c.criticism_id = criticisms.id \
                    AND {instr}(s.body, criticisms.quote) > 0)";
    assert_eq!(scalar(&db.url, unquoted).await, 0);
    assert!(scalar(&db.url, "SELECT COUNT(*) FROM criticisms WHERE quote IS NOT NULL").await > 0);
    // Dates of every precision, each with the interval it covers.
    for precision in ["day", "month", "year"] {
        let n = format!("SELECT COUNT(*) FROM incidents WHERE date_precision = '{precision}'");
        assert!(scalar(&db.url, &n).await > 0, "{precision}");
    }
    let wrong = "SELECT COUNT(*) FROM incidents WHERE occurred_start > occurred_end \
                 OR substr(occurred_start, 1, length(occurred_on)) <> occurred_on";
    assert_eq!(scalar(&db.url, wrong).await, 0);
    // Reliability varies.
    let levels = "SELECT COUNT(DISTINCT reliability) FROM sources";
    assert!(scalar(&db.url, levels).await >= 3);
    store.close().await;
}

async fn links_are_skewed(backend: Backend) {
    let Some((db, store, _)) = generated(backend, &spec(5)).await else { return };
    let counts = rows_per_provision(&db.url).await;
    let top = *counts.last().unwrap();
    let median = counts[counts.len() / 2];
    assert!(top >= 10 * median.max(1), "top provision {top} links, median {median}");
    let first = scalar(&db.url, "SELECT COUNT(*) FROM provision_incidents WHERE provision_id = 1").await;
    assert_eq!(first, top, "the first provision draws the most links");
    let per_incident = scalar(&db.url, "SELECT COUNT(*) FROM provision_incidents").await as f64 / 2_500.0;
    assert!((1.3..=2.2).contains(&per_incident), "{per_incident} links per incident");
    store.close().await;
}

async fn a_non_empty_database_is_refused_untouched(backend: Backend) {
    let Some(db) = TestDb::fresh(backend).await else { return };
    let store = Store::open(&db.url).await.unwrap();
    dataset::load(&store, &Dataset::embedded().unwrap()).await.unwrap();
    let before = exported(&store).await;
    let err = synthetic::generate(&store, &spec(1), |_, _| {}).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::BadArgument { field: "database", message } if message.contains("empty database")),
        "{err}"
    );
    assert!(exported(&store).await == before, "a refused generate wrote something");
    // Bad specs are refused before the database is touched.
    let err = synthetic::generate(&store, &Spec { provisions: 0, ..spec(1) }, |_, _| {}).await.unwrap_err();
    assert!(err.to_string().contains("provisions"), "{err}");
    store.close().await;
}

async fn the_server_serves_it(backend: Backend) {
    let Some((db, store, _)) = generated(backend, &spec(9)).await else { return };
    store.close().await;
    let server = TestServer::start_on(&db.url, false).await;
    let links = scalar(&db.url, "SELECT COUNT(*) FROM provision_incidents WHERE provision_id = 1").await;
    let data = server
        .data(
            "query($slug: ID!) { provision(id: $slug) { slug heading parameters { name unit }
               incidents(first: 100) { relation incident { slug title occurredOn facility { name } }
                 citations { quote source { title reliability } } } } }",
            json!({ "slug": "syn-provision-00001" }),
        )
        .await;
    let provision = &data["provision"];
    assert_eq!(provision["slug"], "syn-provision-00001");
    let incidents = provision["incidents"].as_array().unwrap();
    assert_eq!(incidents.len() as i64, links.min(100));
    for link in incidents {
        assert!(link["incident"]["slug"].as_str().unwrap().starts_with("syn-incident-"));
        let citations = link["citations"].as_array().unwrap();
        assert!((1..=3).contains(&citations.len()), "{link}");
        for citation in citations {
            assert!(!citation["quote"].as_str().unwrap().is_empty());
            assert!(citation["source"]["title"].is_string());
        }
    }
    assert!(incidents.iter().any(|l| l["incident"]["facility"]["name"].is_string()));

    let data = server
        .data(
            r#"{ incidents(filter: { from: "2023-01-01", to: "2023-03-31" }, first: 50) { totalCount nodes { slug occurredOn } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["incidents"]["nodes"].as_array().unwrap().len(), 50);
    let data =
        server.data(r#"{ search(query: "prison", first: 20) { nodes { type slug snippet } } }"#, json!({})).await;
    assert_eq!(data["search"]["nodes"].as_array().unwrap().len(), 20);
    let data = server
        .data(
            r#"{ criticisms(filter: { right: "privacy" }, first: 50) { nodes { slug rights author { name } } } }"#,
            json!({}),
        )
        .await;
    let nodes = data["criticisms"]["nodes"].as_array().unwrap();
    assert!(!nodes.is_empty());
    for node in nodes {
        assert!(node["rights"].as_array().unwrap().contains(&json!("privacy")));
        assert!(node["author"]["name"].is_string());
    }
    server.stop().await;
}

macro_rules! on_both {
    ($($name:ident),+ $(,)?) => {
        mod sqlite { $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(lawtracker_core::Backend::Sqlite).await }
        )+ }
        mod postgres { $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(lawtracker_core::Backend::Postgres).await }
        )+ }
    };
}

on_both!(
    same_seed_same_database,
    counts_match_the_report_and_quotes_their_sources,
    links_are_skewed,
    a_non_empty_database_is_refused_untouched,
    the_server_serves_it,
);

/// The generator stores exactly what the normal writer stores for the same records:
/// importing its export (which goes through the writer, row by row) gives the same
/// derived columns (folded search text, date precision and interval).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rows_are_what_the_normal_writer_stores() {
    let small = Spec { incidents: 400, criticisms: 40, ..spec(11) };
    let (generated_db, store, _) = generated(Backend::Sqlite, &small).await.unwrap();
    let json = exported(&store).await;
    let imported_db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let imported = Store::open(&imported_db.url).await.unwrap();
    transfer::import(&imported, &json).await.unwrap();
    for (table, columns) in [
        ("incidents", "slug, search_text, occurred_on, date_precision, occurred_start, occurred_end"),
        ("criticisms", "slug, search_text, stated_on, date_precision"),
        ("sources", "slug, search_text"),
        ("provisions", "slug, search_text"),
        ("facilities", "slug, search_text"),
        ("actors", "slug, search_text"),
        ("law_stages", "slug, occurred_on, date_precision"),
    ] {
        let sql = format!("SELECT {columns} FROM {table} ORDER BY slug");
        let read = |url: String| {
            let sql = sql.clone();
            async move {
                let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
                let rows: Vec<Vec<Option<String>>> = sqlx::query(&sql)
                    .fetch_all(&pool)
                    .await
                    .unwrap()
                    .iter()
                    .map(|row| {
                        use sqlx::Row;
                        (0..row.len()).map(|i| row.get::<Option<String>, _>(i)).collect()
                    })
                    .collect();
                pool.close().await;
                rows
            }
        };
        let ours = read(generated_db.url.clone()).await;
        assert!(!ours.is_empty(), "{table}");
        assert!(ours == read(imported_db.url.clone()).await, "{table}: generated rows differ from the writer's");
    }
    let fts = "SELECT COUNT(*) FROM incidents_search WHERE incidents_search MATCH 'prison'";
    assert!(scalar(&generated_db.url, fts).await > 0, "the trigram index was filled by its triggers");
    store.close().await;
    imported.close().await;
}

/// SQLite and PostgreSQL generate the same content from the same seed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_generate_the_same_content() {
    let small = Spec { incidents: 600, criticisms: 60, ..spec(13) };
    let Some((_pg_db, pg, _)) = generated(Backend::Postgres, &small).await else { return };
    let (_sqlite_db, sqlite, _) = generated(Backend::Sqlite, &small).await.unwrap();
    assert!(exported(&pg).await == exported(&sqlite).await, "the backends' exports differ");
    pg.close().await;
    sqlite.close().await;
}
