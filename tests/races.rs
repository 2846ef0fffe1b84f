//! Writers racing over HTTP, on both backends: N editors send the same write at the
//! same moment. Exactly one wins; the others are told why (CONFLICT naming the
//! current version, NOT_FOUND, or the field at fault), never INTERNAL; and history
//! holds exactly one new revision. Also: constraint violations and text the
//! database cannot hold are the caller's errors, with the field named.

use futures_util::future::join_all;
use lawtracker_core::auth::Role;
use lawtracker_core::model::EntityType;
use lawtracker_e2e::{code, on_both_backends, TestServer};
use serde_json::{json, Value};

const WRITERS: usize = 16;

const RIGHTS_QUOTE: &str =
    "has faced criticism from civil rights groups concerned about human rights and the potential for abuse";
const ISOLATION_QUOTE: &str = "aims to isolate around 600 to 900 high-risk individuals";
const SLUG: &str = "race-rights-concern";
const PROVISION: &str = "high-security-prison-wings";

const CREATE: &str = r#"mutation($input: CriticismInput!) {
  createCriticism(input: $input) { revision { id } node { ... on Criticism { version } } }
}"#;
const UPDATE: &str = r#"mutation($version: Int!, $input: CriticismInput!) {
  updateCriticism(id: "race-rights-concern", expectedVersion: $version, input: $input) { revision { id } }
}"#;
const DELETE: &str =
    r#"mutation { deleteCriticism(id: "race-rights-concern", expectedVersion: 1) { revision { id } } }"#;
const LINK: &str = r#"mutation($input: CriticismLinkInput!) {
  linkCriticism(criticism: "race-rights-concern", input: $input) { revision { id } }
}"#;
const UNLINK: &str = r#"mutation {
  unlinkCriticism(provision: "high-security-prison-wings", criticism: "race-rights-concern") { revision { id } }
}"#;

fn criticism(summary: &str) -> Value {
    json!({
        "slug": SLUG,
        "actor": "civil-rights-groups",
        "stance": "CONCERNED",
        "rights": ["human_rights"],
        "summary": summary,
        "citations": [{ "source": "seed-001-forum-post", "quote": RIGHTS_QUOTE }]
    })
}

fn link() -> Value {
    json!({ "provision": PROVISION, "citations": [{ "source": "seed-001-forum-post", "quote": ISOLATION_QUOTE }] })
}

/// Sends `WRITERS` copies of a mutation at once (`vary(i)` gives each its variables)
/// and splits the answers into the winners' bodies and the losers' first errors.
async fn race(
    server: &TestServer,
    token: &str,
    query: &str,
    vary: impl Fn(usize) -> Value,
) -> (Vec<Value>, Vec<Value>) {
    let answers = join_all((0..WRITERS).map(|i| server.post_as(token, query, vary(i)))).await;
    let (won, lost): (Vec<Value>, Vec<Value>) = answers.into_iter().partition(|a| a.get("errors").is_none());
    (won, lost.into_iter().map(|a| a["errors"][0].clone()).collect())
}

fn codes(errors: &[Value]) -> Vec<&str> {
    errors.iter().map(code).collect()
}

on_both_backends!(
    concurrent_updates_at_one_version_one_wins_the_rest_conflict,
    concurrent_deletes_one_wins_the_rest_are_told_it_is_gone,
    concurrent_links_and_unlinks_one_wins_each,
    concurrent_creates_of_one_slug_one_wins_the_rest_name_the_slug,
    a_nul_character_is_refused_with_the_field_named_and_nothing_written,
    other_control_characters_are_stored_as_sent,
);

async fn concurrent_updates_at_one_version_one_wins_the_rest_conflict(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    server.data_as(&editor, CREATE, json!({ "input": criticism("Rights concerns.") })).await;

    let (won, lost) =
        race(server, &editor, UPDATE, |i| json!({ "version": 1, "input": criticism(&format!("Wording {i}.")) })).await;
    assert_eq!(won.len(), 1, "exactly one of {WRITERS} editors at version 1 wins; losers: {lost:?}");
    assert!(codes(&lost).iter().all(|c| *c == "CONFLICT"), "the rest get CONFLICT: {lost:?}");
    for error in &lost {
        assert_eq!(error["extensions"]["currentVersion"], 2, "naming the current version: {error}");
        assert_eq!(error["extensions"]["field"], "expectedVersion");
    }
    let history = server.store.history(EntityType::Criticism, SLUG).await.unwrap();
    assert_eq!(history.len(), 2, "create and exactly one update: {history:?}");
    let now = server.data(r#"{ criticism(id: "race-rights-concern") { version summary } }"#, json!({})).await;
    assert_eq!(now["criticism"]["version"], 2);
    let winner_summary = &history[1].after.as_deref().map(|a| serde_json::from_str::<Value>(a).unwrap()).unwrap();
    assert_eq!(now["criticism"]["summary"], winner_summary["summary"], "what is stored is what the winner sent");
}

async fn concurrent_deletes_one_wins_the_rest_are_told_it_is_gone(server: &TestServer) {
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    server.data_as(&admin, CREATE, json!({ "input": criticism("Rights concerns.") })).await;

    let (won, lost) = race(server, &admin, DELETE, |_| json!({})).await;
    assert_eq!(won.len(), 1, "exactly one delete wins; losers: {lost:?}");
    assert!(codes(&lost).iter().all(|c| *c == "NOT_FOUND"), "the rest are told it is gone: {lost:?}");
    let history = server.store.history(EntityType::Criticism, SLUG).await.unwrap();
    assert_eq!(history.len(), 2, "create and exactly one delete: {history:?}");
}

async fn concurrent_links_and_unlinks_one_wins_each(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    server.data_as(&editor, CREATE, json!({ "input": criticism("Rights concerns.") })).await;

    let (won, lost) = race(server, &editor, LINK, |_| json!({ "input": link() })).await;
    assert_eq!(won.len(), 1, "exactly one link wins; losers: {lost:?}");
    for error in &lost {
        assert_eq!(code(error), "BAD_USER_INPUT", "a raced duplicate link is the caller's error: {error}");
        assert_eq!(error["extensions"]["field"], "input.provision", "{error}");
    }
    let link_slug = format!("{PROVISION}~{SLUG}");
    assert_eq!(server.store.history(EntityType::ProvisionCriticism, &link_slug).await.unwrap().len(), 1);

    let (won, lost) = race(server, &editor, UNLINK, |_| json!({})).await;
    assert_eq!(won.len(), 1, "exactly one unlink wins; losers: {lost:?}");
    assert!(codes(&lost).iter().all(|c| *c == "NOT_FOUND"), "{lost:?}");
    let history = server.store.history(EntityType::ProvisionCriticism, &link_slug).await.unwrap();
    assert_eq!(history.len(), 2, "one link and exactly one unlink: {history:?}");
}

async fn concurrent_creates_of_one_slug_one_wins_the_rest_name_the_slug(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let (won, lost) = race(server, &editor, CREATE, |i| json!({ "input": criticism(&format!("Wording {i}.")) })).await;
    assert_eq!(won.len(), 1, "exactly one create wins; losers: {lost:?}");
    for error in &lost {
        assert_eq!(code(error), "BAD_USER_INPUT", "a raced duplicate slug is the caller's error: {error}");
        assert_eq!(error["extensions"]["field"], "input.slug", "{error}");
    }
    assert_eq!(server.store.history(EntityType::Criticism, SLUG).await.unwrap().len(), 1);

    // And not raced: the same answer.
    let error = server.error_as(&editor, CREATE, json!({ "input": criticism("Once more.") })).await;
    assert_eq!((code(&error), &error["extensions"]["field"]), ("BAD_USER_INPUT", &json!("input.slug")));
}

async fn a_nul_character_is_refused_with_the_field_named_and_nothing_written(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let revisions = server.store.count_revisions(None).await.unwrap();

    let error = server.error_as(&editor, CREATE, json!({ "input": criticism("a\u{0}b") })).await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "{error}");
    assert_eq!(error["extensions"]["field"], "input.summary", "{error}");
    assert!(error["message"].as_str().unwrap().contains("NUL"), "{error}");

    let mut input = criticism("Fine.");
    input["citations"][0]["note"] = json!("note\u{0}");
    let error = server.error_as(&editor, CREATE, json!({ "input": input })).await;
    assert_eq!(error["extensions"]["field"], "input.citations[0].note", "{error}");

    server.data_as(&editor, CREATE, json!({ "input": criticism("Fine.") })).await;
    let mut bad_link = link();
    bad_link["citations"][0]["quote"] = json!("\u{0}");
    let error = server.error_as(&editor, LINK, json!({ "input": bad_link })).await;
    assert_eq!(error["extensions"]["field"], "input.citations[0].quote", "{error}");
    let error = server.error_as(&editor, UPDATE, json!({ "version": 1, "input": criticism("x\u{0}") })).await;
    assert_eq!(error["extensions"]["field"], "input.summary", "{error}");

    assert_eq!(server.store.count_revisions(None).await.unwrap(), revisions + 1, "only the good create was recorded");
}

async fn other_control_characters_are_stored_as_sent(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let summary = "tab\t, bell\u{7}, escape\u{1b}, delete\u{7f}, C1\u{85}, BOM\u{feff}, max\u{10ffff}, \u{1}";
    server.data_as(&editor, CREATE, json!({ "input": criticism(summary) })).await;
    let now = server.data(r#"{ criticism(id: "race-rights-concern") { summary } }"#, json!({})).await;
    assert_eq!(now["criticism"]["summary"], summary);
}
