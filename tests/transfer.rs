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

/// The French texts of a content, by record and field, to compare what survives a move.
fn french(content: &lawtracker_core::input::Content) -> Vec<(String, Option<String>)> {
    let mut texts = Vec::new();
    for p in content.laws.iter().flat_map(|l| &l.provisions) {
        texts.push((format!("{}.heading_fr", p.slug), p.heading_fr.clone()));
        texts.push((format!("{}.summary_fr", p.slug), p.summary_fr.clone()));
    }
    for i in &content.incidents {
        texts.push((format!("{}.title_fr", i.slug), i.title_fr.clone()));
        texts.push((format!("{}.summary_fr", i.slug), i.summary_fr.clone()));
    }
    for c in &content.criticisms {
        texts.push((format!("{}.summary_fr", c.slug), c.summary_fr.clone()));
    }
    for e in &content.events {
        texts.push((format!("{}.title_fr", e.slug), e.title_fr.clone()));
        texts.push((format!("{}.description_fr", e.slug), e.description_fr.clone()));
    }
    texts
}

/// The French texts of every kind of record survive SQLite → export → PostgreSQL →
/// export, and an update's revision records them before and after.
#[tokio::test]
async fn french_texts_move_with_their_records_and_into_revisions() {
    let mut data = Dataset::embedded().expect("the shipped dataset parses");
    let content = &mut data.content;
    let provision = &mut content.laws[0].provisions[0];
    provision.heading_fr = Some("Intitulé en français".into());
    provision.summary_fr = Some("Résumé en français".into());
    content.incidents[0].title_fr = Some("Titre de l'incident".into());
    content.incidents[0].summary_fr = Some("Résumé de l'incident".into());
    content.criticisms[0].summary_fr = Some("Résumé de la critique".into());
    let event = content.events.first_mut().expect("the shipped dataset has events");
    event.title_fr = Some("Titre de l'événement".into());
    event.description_fr = Some("Description de l'événement".into());
    let expected = french(&data.content);
    let set = ["Intitulé en français", "Résumé de l'incident", "Résumé de la critique", "Description de l'événement"];
    assert!(set.iter().all(|text| expected.iter().any(|(_, t)| t.as_deref() == Some(*text))));

    let (_sqlite_db, sqlite) = loaded(Backend::Sqlite, &data).await.unwrap();
    let from_sqlite = transfer::export(&sqlite).await.unwrap();
    assert_eq!(french(&from_sqlite.content), expected, "SQLite export");
    let json = transfer::to_json(&from_sqlite);
    assert!(json.contains("\"heading_fr\": \"Intitulé en français\""), "exports write the field by its data name");
    if let Some(pg_db) = TestDb::fresh(Backend::Postgres).await {
        let postgres = Store::open(&pg_db.url).await.unwrap();
        transfer::import(&postgres, &json).await.unwrap();
        assert_eq!(french(&transfer::export(&postgres).await.unwrap().content), expected, "PostgreSQL export");
        postgres.close().await;
    }

    let admin = Principal::new("admin", Role::Admin);
    let mut incident = data.content.incidents[0].clone();
    incident.title_fr = Some("Nouveau titre".into());
    let revision = sqlite.update(&admin, incident.version, Draft::Incident(incident.clone())).await.unwrap();
    let before: serde_json::Value = serde_json::from_str(revision.before.as_deref().unwrap()).unwrap();
    let after: serde_json::Value = serde_json::from_str(revision.after.as_deref().unwrap()).unwrap();
    assert_eq!(before["title_fr"], "Titre de l'incident");
    assert_eq!(after["title_fr"], "Nouveau titre");
    assert_eq!(after["summary_fr"], "Résumé de l'incident");
    sqlite.close().await;
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
    let admin = Principal::new("admin", Role::Admin);
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
