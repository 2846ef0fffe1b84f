//! End-to-end tests: the real server on a free port, a fresh database holding the
//! shipped dataset, and GraphQL over HTTP, on SQLite and on PostgreSQL.

mod accounts;
mod amendments;
mod api_contract;
mod corrected_dataset;
mod dataset_queries;
mod law_measures;
mod proposals;

/// One file of the shipped data (`data/`), parsed as plain JSON: what the tests compare
/// the API's answers and `check-data`'s counts with, read directly rather than through
/// the loader they check.
fn data_file(name: &str) -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data").join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `schema.graphql` is what `lawtracker schema` prints. Run with `UPDATE_SCHEMA=1`
/// to rewrite it after an intended change, and review the diff.
#[test]
fn schema_graphql_matches_the_served_schema() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.graphql");
    let generated = lawtracker_api::schema::sdl();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema.graphql");
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "schema.graphql differs from the schema the server serves; rerun with UPDATE_SCHEMA=1 and review the diff"
    );
}
