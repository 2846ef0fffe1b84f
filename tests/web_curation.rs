//! Curation in a real browser: an editor links a criticism to a clause by selecting
//! the passage in the source reader while a second window sees the link arrive live
//! (the `changes` subscription), and a stale edit meets a CONFLICT it can resolve.

use lawtracker_core::auth::Role;
use lawtracker_core::Backend;
use lawtracker_e2e::browser::Browser;
use lawtracker_e2e::TestServer;
use serde_json::{json, Value};

const QUOTE: &str = "régime d'isolement quasi-total";
const SOURCE: &str = "law-facts-2026-11-22";

/// Selects `needle` in the page's source text as a user's drag would: a DOM selection
/// from its first character to its last, across highlights and line breaks.
const SELECT: &str = "
  const [needle] = arguments;
  const root = document.querySelector('.source-text');
  const at = root.textContent.indexOf(needle);
  if (at < 0) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = seen + node.data.length;
    if (seen <= at && at < next) range.setStart(node, at - seen);
    if (seen < at + needle.length && at + needle.length <= next) { range.setEnd(node, at + needle.length - seen); break; }
    seen = next;
  }
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return true;";

async fn sign_in(browser: &Browser, token: &str) {
    browser.goto("/app/curation").await;
    browser.wait_for("#token").await.send_keys(token).await.unwrap();
    browser.wait_for("button[type=submit]").await.click().await.unwrap();
    browser.wait_for_text("main", "Connecté").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_editor_links_a_criticism_by_selecting_text_and_another_window_sees_it_live() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let Some(editor) = Browser::open(&server.base).await else { return server.stop().await };
    let reader = Browser::open(&server.base).await.expect("a second window");
    let token = server.store.create_token("NGO editor", Role::Editor).await.unwrap();

    // The reader watches the clause; the oip criticism is not linked to it yet.
    reader.goto("/app/provisions/qlco-visits-and-recreation").await;
    reader.wait_for("h1").await;
    reader.wait_for("html[data-live=connected]").await;
    assert!(reader.client.find(fantoccini::Locator::Css("li[data-slug=oip-qlco-analysis]")).await.is_err());

    sign_in(&editor, &token).await;
    editor.wait_for("#target").await.select_by_value("oip-qlco-analysis").await.unwrap();
    editor.wait_for("#provision").await.select_by_value("qlco-visits-and-recreation").await.unwrap();
    editor.wait_for("#source").await.select_by_value(SOURCE).await.unwrap();
    editor.wait_for(".source-text").await;
    assert_eq!(editor.run(SELECT, vec![json!(QUOTE)]).await, true, "the passage is in the source text");
    editor.wait_for("#use-selection").await.click().await.unwrap();
    let quote = editor.wait_for("#quote").await.prop("value").await.unwrap().unwrap();
    assert_eq!(quote, QUOTE, "the selection becomes the quote, exactly");
    editor.assert_accessible("curation").await;
    editor.screenshot("curation").await;
    editor.wait_for("#link").await.click().await.unwrap();
    editor.wait_for_text("[role=status]", "Lien enregistré").await;

    // The other window shows it without a reload, with the quote as evidence.
    reader.wait_for("li[data-slug=oip-qlco-analysis]").await;
    reader.wait_for_text("li[data-slug=oip-qlco-analysis] .evidence", QUOTE).await;
    reader.screenshot("provision-live-update").await;

    // And the API holds exactly that quote, from that source.
    let data = server
        .data(
            r#"{ provision(id: "qlco-visits-and-recreation") { criticisms { criticism { slug } citations { quote source { slug } } } } }"#,
            json!({}),
        )
        .await;
    let links = data["provision"]["criticisms"].as_array().unwrap();
    let link = links.iter().find(|l| l["criticism"]["slug"] == "oip-qlco-analysis").expect("the link is stored");
    assert_eq!(link["citations"], json!([{ "quote": QUOTE, "source": { "slug": SOURCE } }]));

    // From the source reader itself: a passage over two highlights and a line break
    // becomes the quote of an incident's link, exactly.
    let passage = "a staff car burned.\n  - Nîmes, 21:10: a car burned by 3 people.";
    editor.goto(&format!("/app/sources/{SOURCE}")).await;
    editor.wait_for_text(".passage-count", "passage").await;
    assert_eq!(editor.run(SELECT, vec![json!(passage)]).await, true, "the passage is in the source text");
    editor.wait_for("#link-selection").await.click().await.unwrap();
    editor.wait_for("#target").await;
    assert_eq!(editor.wait_for("#quote").await.prop("value").await.unwrap().unwrap(), passage);
    editor.wait_for("select[name=what]").await.select_by_value("incident").await.unwrap();
    editor.wait_for("#target option[value=nimes-car-arson-2025-04-14]").await;
    editor.wait_for("#target").await.select_by_value("nimes-car-arson-2025-04-14").await.unwrap();
    editor.wait_for("select[name=relation]").await.select_by_value("COINCIDED_WITH_DEBATE").await.unwrap();
    editor.wait_for("#provision").await.select_by_value("new-high-security-prisons").await.unwrap();
    editor.wait_for("#link").await.click().await.unwrap();
    editor.wait_for_text("[role=status]", "Lien enregistré").await;
    let data = server
        .data(
            r#"{ incident(id: "nimes-car-arson-2025-04-14") { provisions { relation provision { slug } citations { quote } } } }"#,
            json!({}),
        )
        .await;
    let links = data["incident"]["provisions"].as_array().unwrap();
    let link =
        links.iter().find(|l| l["provision"]["slug"] == "new-high-security-prisons").expect("the link is stored");
    assert_eq!(link["relation"], "COINCIDED_WITH_DEBATE");
    assert_eq!(link["citations"], json!([{ "quote": passage }]));

    editor.close().await;
    reader.close().await;
    server.stop().await;
}

const CRITICISM: &str = r#"query($slug: ID!) { criticism(id: $slug) {
  slug version stance rights summary quote statedOn author { slug } citations { quote note source { slug } } } }"#;
const UPDATE: &str = r#"mutation($id: ID!, $version: Int!, $input: CriticismInput!) {
  updateCriticism(id: $id, expectedVersion: $version, input: $input) { revision { id } } }"#;

/// The criticism as an update input, with `summary` replaced.
fn input_with_summary(criticism: &Value, summary: &str) -> Value {
    json!({
        "slug": criticism["slug"], "actor": criticism["author"]["slug"], "stance": criticism["stance"],
        "rights": criticism["rights"], "summary": summary, "quote": criticism["quote"], "statedOn": criticism["statedOn"],
        "citations": criticism["citations"].as_array().unwrap().iter()
            .map(|c| json!({ "source": c["source"]["slug"], "quote": c["quote"], "note": c["note"] })).collect::<Vec<_>>(),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_edit_shows_the_conflict_and_the_editor_can_reapply() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let Some(browser) = Browser::open(&server.base).await else { return server.stop().await };
    let token = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let colleague = server.store.create_token("colleague", Role::Editor).await.unwrap();

    sign_in(&browser, &token).await;
    browser.wait_for("#edit-criticism").await.select_by_value("ldh-criticism").await.unwrap();
    browser.wait_for_text("#seen-version", "1").await;
    let summary = browser.wait_for("#edit-summary").await;
    summary.clear().await.unwrap();
    summary.send_keys("My summary, written on version 1.").await.unwrap();

    // Meanwhile a colleague saves a change: the editor's version 1 is now stale.
    let before = server.data(CRITICISM, json!({ "slug": "ldh-criticism" })).await["criticism"].clone();
    let theirs = "The colleague's summary, version 2.";
    server
        .data_as(
            &colleague,
            UPDATE,
            json!({ "id": "ldh-criticism", "version": 1, "input": input_with_summary(&before, theirs) }),
        )
        .await;

    browser.wait_for("#save").await.click().await.unwrap();
    browser.wait_for_text("#edit-status", "Conflit").await;
    browser.wait_for_text("#conflict .current-summary", theirs).await;
    browser.wait_for_text("#conflict h3", "2").await;
    let stored = server.data(CRITICISM, json!({ "slug": "ldh-criticism" })).await;
    assert_eq!(stored["criticism"]["summary"], theirs, "the stale edit wrote nothing");
    browser.assert_accessible("curation conflict").await;
    browser.screenshot("curation-conflict").await;

    // Reapplying sends the editor's text over the current version.
    browser.wait_for("#reapply").await.click().await.unwrap();
    browser.wait_for_text("#edit-status", "Enregistré").await;
    let stored = server.data(CRITICISM, json!({ "slug": "ldh-criticism" })).await;
    assert_eq!(stored["criticism"]["summary"], "My summary, written on version 1.");
    assert_eq!(stored["criticism"]["version"], 3);

    browser.close().await;
    server.stop().await;
}
