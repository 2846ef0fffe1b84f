//! Export and import: lossless between backends, all-or-nothing on bad input.

use std::path::PathBuf;

use lawtracker_core::auth::{Principal, Role};
use lawtracker_core::dataset::{self, Dataset};
use lawtracker_core::input::Draft;
use lawtracker_core::model::{EntityType, Incident, Source};
use lawtracker_core::transfer::{self, Document};
use lawtracker_core::{Backend, Store, StoreError};
use lawtracker_e2e::TestDb;

fn mini() -> Dataset {
    Dataset::from_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/mini")).unwrap()
}

async fn exported(store: &Store) -> String {
    transfer::to_json(&transfer::export(store).await.unwrap())
}

async fn loaded(backend: Backend, data: &Dataset) -> Option<(TestDb, Store)> {
    let db = TestDb::fresh(backend).await?;
    let store = Store::open(&db.url).await.unwrap();
    dataset::load(&store, data).await.unwrap();
    Some((db, store))
}

/// SQLite → export → PostgreSQL → export gives the same bytes, and so does PostgreSQL → SQLite.
#[tokio::test]
async fn sqlite_to_postgres_and_back_is_byte_identical() {
    let data = Dataset::embedded().expect("the shipped dataset parses");
    let (_sqlite_db, sqlite) = loaded(Backend::Sqlite, &data).await.unwrap();
    let from_sqlite = exported(&sqlite).await;

    let Some(pg_db) = TestDb::fresh(Backend::Postgres).await else { return };
    let postgres = Store::open(&pg_db.url).await.unwrap();
    transfer::import(&postgres, &from_sqlite).await.unwrap();
    let from_postgres = exported(&postgres).await;
    assert!(from_sqlite == from_postgres, "SQLite and PostgreSQL exports differ");

    let back_db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let back = Store::open(&back_db.url).await.unwrap();
    transfer::import(&back, &from_postgres).await.unwrap();
    assert!(exported(&back).await == from_sqlite, "the second SQLite export differs");

    // Lossless: the document holds everything the dataset holds.
    let document: Document = serde_json::from_str(&from_sqlite).unwrap();
    assert_eq!(document.content.incidents.len(), data.content.incidents.len());
    assert_eq!(document.dataset_loads.len(), 1);
    assert_eq!(document.dataset_loads[0].digest, data.digest);
    let citations = |json: &str| json.matches("\"quote\"").count();
    assert!(citations(&from_sqlite) > 50, "citations are exported");
    for store in [sqlite, postgres, back] {
        store.close().await;
    }
}

macro_rules! on_both {
    ($($name:ident),+ $(,)?) => {
        mod sqlite { $(
            #[tokio::test]
            async fn $name() { super::$name(lawtracker_core::Backend::Sqlite).await }
        )+ }
        mod postgres { $(
            #[tokio::test]
            async fn $name() { super::$name(lawtracker_core::Backend::Postgres).await }
        )+ }
    };
}

on_both!(
    an_import_with_a_false_quote_names_the_record_and_writes_nothing,
    malformed_or_foreign_documents_are_refused,
    an_import_into_a_database_holding_data_is_refused,
);

async fn an_import_with_a_false_quote_names_the_record_and_writes_nothing(backend: Backend) {
    let Some((_db, source)) = loaded(backend, &mini()).await else { return };
    let mut document = transfer::export(&source).await.unwrap();
    document.content.incidents[1].citations[0].quote = "Fresnes prison was attacked on April 13, 2024".into();
    let json = transfer::to_json(&document);

    let Some(target_db) = TestDb::fresh(backend).await else { return };
    let target = Store::open(&target_db.url).await.unwrap();
    let err = transfer::import(&target, &json).await.unwrap_err();
    let StoreError::Invalid(problems) = &err else { panic!("expected Invalid, got {err}") };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].record, "incident \"fresnes-attack\"");
    assert_eq!(problems[0].field, "citations[0].quote");
    assert!(problems[0].message.contains("source \"rumour\""), "{}", problems[0].message);
    assert_eq!(target.count_all::<Source>().await.unwrap(), 0, "nothing written");
    assert_eq!(target.count_all::<Incident>().await.unwrap(), 0, "nothing written");
    source.close().await;
    target.close().await;
}

async fn malformed_or_foreign_documents_are_refused(backend: Backend) {
    let Some(db) = TestDb::fresh(backend).await else { return };
    let store = Store::open(&db.url).await.unwrap();
    let cases = [
        ("{\"format\": \"lawtracker-export\", \"version\": 1,", "not a lawtracker export"),
        ("{\"format\": \"something-else\", \"version\": 1, \"dataset_loads\": [], \"content\": {\"sources\": [], \"laws\": [], \"facilities\": [], \"actors\": [], \"incidents\": [], \"criticisms\": [], \"provision_incidents\": [], \"claims\": []}, \"revisions\": []}", "expected \"lawtracker-export\""),
        ("{\"format\": \"lawtracker-export\", \"version\": 99, \"dataset_loads\": [], \"content\": {\"sources\": [], \"laws\": [], \"facilities\": [], \"actors\": [], \"incidents\": [], \"criticisms\": [], \"provision_incidents\": [], \"claims\": []}, \"revisions\": []}", "version 99"),
        ("{\"format\": \"lawtracker-export\", \"version\": 1, \"dataset_loads\": [], \"content\": {\"sources\": [{\"slug\": \"x\"}]}}", "missing field"),
    ];
    for (json, expected) in cases {
        let err = transfer::import(&store, json).await.unwrap_err().to_string();
        assert!(err.contains(expected), "{expected:?} not in {err}");
    }
    assert_eq!(store.count_all::<Source>().await.unwrap(), 0);
    store.close().await;
}

async fn an_import_into_a_database_holding_data_is_refused(backend: Backend) {
    let Some((_db, store)) = loaded(backend, &mini()).await else { return };
    let json = exported(&store).await;
    let err = transfer::import(&store, &json).await.unwrap_err().to_string();
    assert!(err.contains("not empty"), "{err}");
    assert_eq!(store.count_all::<Source>().await.unwrap(), 2, "nothing duplicated");

    // A database whose every record was deleted still holds their history: an
    // import would splice the document's history into it, so it is refused too.
    let Some(emptied_db) = TestDb::fresh(backend).await else { return };
    let emptied = Store::open(&emptied_db.url).await.unwrap();
    let admin = Principal { name: "admin".into(), role: Role::Admin };
    let source = mini().content.sources[0].clone();
    emptied.create(&admin, Draft::Source(source.clone())).await.unwrap();
    emptied.delete(&admin, EntityType::Source, &source.slug, 1).await.unwrap();
    assert_eq!(emptied.count_all::<Source>().await.unwrap(), 0);
    let err = transfer::import(&emptied, &json).await.unwrap_err().to_string();
    assert!(err.contains("not empty"), "a database holding only history is not empty: {err}");
    assert_eq!(emptied.count_all::<Source>().await.unwrap(), 0, "nothing imported");
    emptied.close().await;
    store.close().await;
}
