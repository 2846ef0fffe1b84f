//! Costs that follow the page, not the data. The benchmark's own queries
//! (`bench/queries/lawtracker/`) run on two synthetic databases, one ten times the
//! other; each query must run no more SQL statements on the larger (the fewest of
//! several runs, see `RUNS`) and return the same bounded number of rows on both. A
//! query that loaded a provision's every link, or one statement per row, would fail
//! here long before anyone ran the benchmark at a million incidents.

use lawtracker_core::synthetic::{self, Spec};
use lawtracker_core::{Backend, Store};
use lawtracker_e2e::{TestDb, TestServer};
use serde_json::{json, Value};

const QUERIES: [(&str, &str); 5] = [
    ("Q1", include_str!("../bench/queries/lawtracker/q1-provision.graphql")),
    ("Q2", include_str!("../bench/queries/lawtracker/q2-nested.graphql")),
    ("Q3", include_str!("../bench/queries/lawtracker/q3-incidents-by-date.graphql")),
    ("Q4", include_str!("../bench/queries/lawtracker/q4-search.graphql")),
    ("Q5", include_str!("../bench/queries/lawtracker/q5-criticisms-by-right.graphql")),
];

/// A server over a fresh database filled by the generator.
async fn synthetic_server(backend: Backend, incidents: u64) -> Option<(TestServer, TestDb)> {
    let db = TestDb::fresh(backend).await?;
    let store = Store::open(&db.url).await.expect("open the database");
    let spec = Spec { provisions: 20, facilities: 30, actors: 40, sources: 50, ..Spec::new(incidents) };
    synthetic::generate(&store, &spec, |_, _| {}).await.expect("generate");
    store.close().await;
    Some((TestServer::start_on(&db.url, false).await, db))
}

/// The benchmark's variables, picked much as `bench/harness.py` picks them: the
/// provision with the most links (here counted in full), a date range that fills a
/// page, a word of a title, a right that criticisms invoke.
async fn variables(server: &TestServer) -> Value {
    let data = server
        .data(
            "{ provisions(first: 20) { nodes { slug } }
               incidents(first: 100) { nodes { title earliestDate latestDate } }
               criticisms(first: 1) { nodes { rights } } }",
            json!({}),
        )
        .await;
    let mut busiest = (0, String::new());
    for provision in data["provisions"]["nodes"].as_array().unwrap() {
        let slug = provision["slug"].as_str().unwrap().to_string();
        busiest = busiest.max((links(server, &slug).await, slug));
    }
    let incidents = data["incidents"]["nodes"].as_array().unwrap();
    let title = incidents[0]["title"].as_str().unwrap();
    let word = title.split(|c: char| !c.is_alphabetic()).find(|w| w.chars().count() >= 5).unwrap();
    json!({
        "slug": busiest.1,
        "links": busiest.0,
        "from": incidents[10]["earliestDate"],
        "to": incidents[99]["latestDate"],
        "query": word,
        "right": data["criticisms"]["nodes"][0]["rights"][0],
    })
}

/// How many incidents this provision is linked to.
async fn links(server: &TestServer, slug: &str) -> i64 {
    let data = server
        .data("query($slug: ID!) { incidents(filter: { provision: $slug }) { totalCount } }", json!({ "slug": slug }))
        .await;
    data["incidents"]["totalCount"].as_i64().unwrap()
}

/// How many times each query runs; its cost is the fewest statements of any run.
/// A DataLoader batch closes after a time window, so on a busy machine a request
/// can split one batch in two: that costs a statement, but says nothing about how
/// the query is built (with four busy loops on two cores, a quarter of Q2's runs
/// took 7 or 8 statements instead of 6). The fewest of several runs is the query's
/// own cost; a query that runs a statement per row pays it on every run.
const RUNS: usize = 7;

/// Statements each benchmark query ran, and the rows of its main list.
async fn costs(server: &TestServer, vars: &Value) -> Vec<(&'static str, u64, usize)> {
    let mut costs = Vec::new();
    for (name, query) in QUERIES {
        let mut statements = u64::MAX;
        let mut data = Value::Null;
        for _ in 0..RUNS {
            let before = server.store.read_statements();
            data = server.data(query, vars.clone()).await;
            statements = statements.min(server.store.read_statements() - before);
        }
        let rows = match name {
            // The provision itself and its parameters.
            "Q1" => data["provision"]["parameters"].as_array().map_or(0, |p| 1 + p.len()),
            "Q2" => data["provision"]["incidents"].as_array().unwrap().len(),
            "Q3" => data["incidents"]["nodes"].as_array().unwrap().len(),
            "Q4" => data["search"]["nodes"].as_array().unwrap().len(),
            _ => data["criticisms"]["nodes"].as_array().unwrap().len(),
        };
        costs.push((name, statements, rows));
    }
    costs
}

async fn benchmark_queries_cost_the_same_at_ten_times_the_data(backend: Backend) {
    let Some((small, _small_db)) = synthetic_server(backend, 600).await else { return };
    let Some((large, _large_db)) = synthetic_server(backend, 6_000).await else { return };
    let (small_vars, large_vars) = (variables(&small).await, variables(&large).await);
    let (small_links, large_links) = (small_vars["links"].as_i64().unwrap(), large_vars["links"].as_i64().unwrap());
    assert!(small_links > 100, "the busiest provision has more links than a page ({small_links})");
    assert!(large_links > 5 * small_links, "ten times the incidents, many times the links ({large_links})");

    let (small_costs, large_costs) = (costs(&small, &small_vars).await, costs(&large, &large_vars).await);
    eprintln!("{backend:?}: {small_links} and {large_links} links; (query, statements, rows) {small_costs:?} and {large_costs:?}");
    for ((name, small_statements, small_rows), (_, large_statements, large_rows)) in
        small_costs.iter().zip(&large_costs)
    {
        // No more statements at ten times the data: one per row would be a hundred more.
        assert!(
            large_statements <= small_statements,
            "{name}: {small_statements} statements at 600 incidents, {large_statements} at 6000"
        );
        // Q4 is the largest: six searched types, then snippets and nodes per type on the page.
        assert!(*large_statements <= 20, "{name}: {large_statements} statements for one request");
        assert!(*large_rows > 0, "{name} found something to return");
        match *name {
            "Q2" => assert_eq!((*small_rows, *large_rows), (100, 100), "Q2 returns one page of links"),
            "Q3" => assert_eq!((*small_rows, *large_rows), (50, 50), "Q3 returns one page of incidents"),
            _ => assert!(*large_rows <= 50, "{name}: {large_rows} rows"),
        }
    }
    small.stop().await;
    large.stop().await;
}

#[tokio::test]
async fn sqlite_benchmark_queries_cost_the_same_at_ten_times_the_data() {
    benchmark_queries_cost_the_same_at_ten_times_the_data(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_benchmark_queries_cost_the_same_at_ten_times_the_data() {
    benchmark_queries_cost_the_same_at_ten_times_the_data(Backend::Postgres).await;
}

/// Criticisms by right page through the right's own index: pages of 7 must add up
/// to the whole list, in order, without a gap or a repeat.
async fn criticisms_by_right_page_without_gaps(backend: Backend) {
    let Some((server, _db)) = synthetic_server(backend, 600).await else { return };
    let right = variables(&server).await["right"].clone();
    let query = "query($right: String!, $first: Int, $after: String) {
        criticisms(filter: { right: $right }, first: $first, after: $after) {
          totalCount nodes { slug rights } pageInfo { hasNextPage endCursor } } }";
    let whole = server.data(query, json!({ "right": right, "first": 100 })).await;
    let expected: Vec<Value> =
        whole["criticisms"]["nodes"].as_array().unwrap().iter().map(|n| n["slug"].clone()).collect();
    let total = whole["criticisms"]["totalCount"].as_u64().unwrap() as usize;
    assert!(expected.len() > 7 && expected.len() == total.min(100), "{} of {total}", expected.len());
    assert!(whole["criticisms"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["rights"].as_array().unwrap().contains(&right)));

    let (mut paged, mut after) = (Vec::new(), Value::Null);
    loop {
        let page = server.data(query, json!({ "right": right, "first": 7, "after": after })).await;
        paged.extend(page["criticisms"]["nodes"].as_array().unwrap().iter().map(|n| n["slug"].clone()));
        if !page["criticisms"]["pageInfo"]["hasNextPage"].as_bool().unwrap() || paged.len() >= expected.len() {
            break;
        }
        after = page["criticisms"]["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(paged[..expected.len()], expected[..], "pages of 7 give the same criticisms in the same order");
    server.stop().await;
}

#[tokio::test]
async fn sqlite_criticisms_by_right_page_without_gaps() {
    criticisms_by_right_page_without_gaps(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_criticisms_by_right_page_without_gaps() {
    criticisms_by_right_page_without_gaps(Backend::Postgres).await;
}

/// The statements `query` runs for each page size in `sizes`, `runs` times each, as
/// (page size, statements) pairs; `check` asserts on every answer that the page is
/// whole, so a count cannot come from a query that skipped part of its work.
/// `page` is the query's page-size argument as a pattern (`{}` for the number) and
/// the number the query's text gives it.
async fn statements_per_page_size(
    server: &TestServer,
    query: &str,
    (page, default): (&str, usize),
    vars: &Value,
    sizes: [usize; 2],
    runs: usize,
    check: impl Fn(usize, &Value),
) -> Vec<(usize, u64)> {
    let argument = |size: usize| page.replace("{}", &size.to_string());
    assert!(query.contains(&argument(default)), "the query has {}", argument(default));
    let mut seen = Vec::new();
    for size in sizes {
        let sized = query.replace(&argument(default), &argument(size));
        for _ in 0..runs {
            let before = server.store.read_statements();
            let data = server.data(&sized, vars.clone()).await;
            seen.push((size, server.store.read_statements() - before));
            check(size, &data);
        }
    }
    seen
}

/// Q2's subtree (links → incidents → facilities, citations → sources) is fetched by
/// look-ahead in one statement per table, so its cost is the same for a page of 5
/// links as for 100, and the same on every run: no DataLoader window can split it.
async fn q2_statements_do_not_grow_with_the_links_returned(backend: Backend) {
    let Some((server, _db)) = synthetic_server(backend, 600).await else { return };
    let vars = json!({ "slug": variables(&server).await["slug"] });
    let seen = statements_per_page_size(
        &server,
        QUERIES[1].1,
        ("incidents(first: {})", 100),
        &vars,
        [5, 100],
        5,
        |first, data| {
            let links = data["provision"]["incidents"].as_array().unwrap();
            assert_eq!(links.len(), first, "a page of {first} links");
            assert!(links.iter().all(|l| l["citations"][0]["source"]["title"].is_string()), "sources are there");
        },
    )
    .await;
    // The provision, its links, their incidents, the links' citations, facilities, sources.
    assert!(seen.iter().all(|&(_, statements)| statements == 6), "(first, statements) per run: {seen:?}");
    server.stop().await;
}

/// Q6, the whole law with its evidence: the page of provisions warms every
/// provision's links and their subtree at once, so 5 provisions cost what 20 do.
async fn q6_statements_do_not_grow_with_the_provisions_returned(backend: Backend) {
    let Some((server, _db)) = synthetic_server(backend, 600).await else { return };
    let q6 = include_str!("../bench/queries/lawtracker/q6-law-with-incidents.graphql");
    let seen =
        statements_per_page_size(&server, q6, ("provisions(first: {})", 100), &json!({}), [5, 20], 3, |first, data| {
            let provisions = data["provisions"]["edges"].as_array().unwrap();
            assert_eq!(provisions.len(), first, "a page of {first} provisions");
            let links: usize = provisions.iter().map(|p| p["node"]["incidents"].as_array().unwrap().len()).sum();
            assert!(links > first, "the provisions have links ({links})");
            let quoted = provisions
                .iter()
                .flat_map(|p| p["node"]["incidents"].as_array().unwrap())
                .all(|l| l["incident"]["title"].is_string() && l["citations"].is_array());
            assert!(quoted, "every link has its incident and its citations");
        })
        .await;
    // The page of provisions, their links, the links' incidents, the links' citations.
    assert!(seen.iter().all(|&(_, statements)| statements == 4), "(first, statements) per run: {seen:?}");
    server.stop().await;
}

/// Q5, criticisms invoking a right with their rights and authors: the page warms
/// every criticism's rights and authors at once, so a page of 5 costs what 20 do and
/// no DataLoader window can split a batch (the same count on every run).
async fn q5_statements_do_not_grow_with_the_criticisms_returned(backend: Backend) {
    let Some((server, _db)) = synthetic_server(backend, 600).await else { return };
    let right = variables(&server).await["right"].clone();
    let vars = json!({ "right": right });
    // The busiest right of this small database has a few dozen criticisms: pages of 5 and 20.
    let seen = statements_per_page_size(&server, QUERIES[4].1, ("first: {}", 50), &vars, [5, 20], 5, |first, data| {
        let criticisms = data["criticisms"]["nodes"].as_array().unwrap();
        assert_eq!(criticisms.len(), first, "a page of {first} criticisms");
        let complete = criticisms
            .iter()
            .all(|c| c["author"]["name"].is_string() && c["rights"].as_array().is_some_and(|r| r.contains(&right)));
        assert!(complete, "every criticism has its author and invokes the right: {criticisms:?}");
    })
    .await;
    // The page, the page's rights, the page's authors.
    assert!(seen.iter().all(|&(_, statements)| statements == 3), "(first, statements) per run: {seen:?}");
    server.stop().await;
}

#[tokio::test]
async fn sqlite_q5_statements_do_not_grow_with_the_criticisms_returned() {
    q5_statements_do_not_grow_with_the_criticisms_returned(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_q5_statements_do_not_grow_with_the_criticisms_returned() {
    q5_statements_do_not_grow_with_the_criticisms_returned(Backend::Postgres).await;
}

#[tokio::test]
async fn sqlite_q6_statements_do_not_grow_with_the_provisions_returned() {
    q6_statements_do_not_grow_with_the_provisions_returned(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_q6_statements_do_not_grow_with_the_provisions_returned() {
    q6_statements_do_not_grow_with_the_provisions_returned(Backend::Postgres).await;
}

#[tokio::test]
async fn sqlite_q2_statements_do_not_grow_with_the_links_returned() {
    q2_statements_do_not_grow_with_the_links_returned(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_q2_statements_do_not_grow_with_the_links_returned() {
    q2_statements_do_not_grow_with_the_links_returned(Backend::Postgres).await;
}
