//! Curation in a real browser: an editor links a criticism to a clause by selecting
//! the passage in the source reader while a second window sees the link arrive live
//! (the `changes` subscription), and a stale edit meets a CONFLICT it can resolve.
//! People sign in with a password or an invitation link, write as themselves, and
//! sign out. A contributor's writes are sent for review: an editor approves or
//! rejects them on the proposals page, and the contributor reads the outcome there.

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

/// Signs in with an API token: the secondary way in, folded under "Utiliser un jeton d'API".
async fn sign_in(browser: &Browser, token: &str) {
    browser.goto("/app/curation").await;
    browser.wait_for("#token-option summary").await.click().await.unwrap();
    browser.wait_for("#token").await.send_keys(token).await.unwrap();
    browser.wait_for("#token-form button[type=submit]").await.click().await.unwrap();
    browser.wait_for_text("main", "Connecté").await;
}

/// Links the oip criticism to the visits clause with `QUOTE`, selected in the source reader.
async fn link_criticism_by_selection(editor: &Browser) {
    editor.wait_for("#target").await.select_by_value("oip-qlco-analysis").await.unwrap();
    editor.wait_for("#provision").await.select_by_value("qlco-visits-and-recreation").await.unwrap();
    editor.wait_for("#source").await.select_by_value(SOURCE).await.unwrap();
    editor.wait_for(".source-text").await;
    assert_eq!(editor.run(SELECT, vec![json!(QUOTE)]).await, true, "the passage is in the source text");
    editor.wait_for("#use-selection").await.click().await.unwrap();
    let quote = editor.wait_for("#quote").await.prop("value").await.unwrap().unwrap();
    assert_eq!(quote, QUOTE, "the selection becomes the quote, exactly");
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
    link_criticism_by_selection(&editor).await;
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

const ANA: &str = "ana@ngo.example";
const PASSPHRASE: &str = "a long enough passphrase";

/// Fills and sends the sign-in form (login and password) of the page shown.
async fn sign_in_with_password(browser: &Browser, login: &str, password: &str) {
    let field = browser.wait_for("#sign-in-login").await;
    field.clear().await.unwrap();
    field.send_keys(login).await.unwrap();
    let field = browser.wait_for("#sign-in-password").await;
    field.clear().await.unwrap();
    field.send_keys(password).await.unwrap();
    browser.wait_for("#sign-in button[type=submit]").await.click().await.unwrap();
}

/// What a page script can read of the session: its cookies and both storages.
const READABLE: &str = "return document.cookie + JSON.stringify(localStorage) + JSON.stringify(sessionStorage);";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_signs_in_with_a_password_writes_as_herself_and_signs_out() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let Some(browser) = Browser::open(&server.base).await else { return server.stop().await };
    server.store.create_account(ANA, PASSPHRASE, Role::Editor).await.unwrap();

    // A wrong password is refused in the reader's language, without a code.
    browser.goto("/app/curation").await;
    let field = browser.wait_for("#sign-in-login").await;
    assert_eq!(field.attr("autocomplete").await.unwrap().as_deref(), Some("username"));
    let field = browser.wait_for("#sign-in-password").await;
    assert_eq!(field.attr("autocomplete").await.unwrap().as_deref(), Some("current-password"));
    sign_in_with_password(&browser, ANA, "not her passphrase").await;
    let error = browser.wait_for_text("#sign-in-error", "Identifiant ou mot de passe incorrect").await;
    assert!(!error.contains("UNAUTHENTICATED") && !error.contains("wrong login"), "{error}");
    browser.assert_accessible("sign-in with an error").await;
    browser.screenshot("sign-in-error").await;
    browser.goto("/app/curation?lang=en").await;
    sign_in_with_password(&browser, ANA, "not her passphrase").await;
    let error = browser.wait_for_text("#sign-in-error", "Wrong login or password").await;
    assert!(!error.contains("UNAUTHENTICATED"), "{error}");

    // The right one signs her in; the page says who she is, in English here.
    sign_in_with_password(&browser, ANA, PASSPHRASE).await;
    browser.wait_for_text("#signed-in", "Signed in as ana@ngo.example (editor)").await;
    let readable = browser.run(READABLE, vec![]).await;
    let readable = readable.as_str().unwrap();
    assert!(!readable.contains("lts_") && !readable.contains(PASSPHRASE), "a script can read {readable:?}");

    // A reload in French finds the session again (GET /auth/session).
    browser.goto("/app/curation").await;
    browser.wait_for_text("#signed-in", "Connecté en tant que ana@ngo.example (éditeur)").await;

    // Her write goes with the cookie and the CSRF token, and names her.
    let before = chrono::Utc::now().to_rfc3339();
    link_criticism_by_selection(&browser).await;
    browser.wait_for("#link").await.click().await.unwrap();
    browser.wait_for_text("[role=status]", "Lien enregistré").await;
    let feed = server
        .data(
            "query($since: DateTime) { revisions(since: $since) { nodes { author entityType entitySlug } } }",
            json!({ "since": before }),
        )
        .await;
    assert_eq!(
        feed["revisions"]["nodes"],
        json!([{ "author": ANA, "entityType": "PROVISION_CRITICISM", "entitySlug": "qlco-visits-and-recreation~oip-qlco-analysis" }])
    );
    browser.wait_for("#edit-criticism").await.select_by_value("ldh-criticism").await.unwrap();
    browser.wait_for_text("#seen-version", "1").await;
    let summary = browser.wait_for("#edit-summary").await;
    summary.clear().await.unwrap();
    summary.send_keys("Ana's summary.").await.unwrap();
    browser.wait_for("#save").await.click().await.unwrap();
    browser.wait_for_text("#edit-status", "Enregistré").await;
    let history = server.data(r#"{ criticism(id: "ldh-criticism") { history { author } } }"#, json!({})).await;
    let history = history["criticism"]["history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["author"], ANA, "{history:?}");

    // Signing out ends the session on the server: a reload shows the sign-in form.
    browser.wait_for("#sign-out").await.click().await.unwrap();
    browser.wait_for_text("[role=status]", "Vous êtes déconnecté").await;
    browser.goto("/app/curation?lang=en").await;
    browser.wait_for("#sign-in-login").await;
    assert!(browser.client.find(fantoccini::Locator::Css("#signed-in")).await.is_err());

    // Guessing is throttled (five tries per login per minute), and the page says how long to wait.
    for _ in 0..5 {
        sign_in_with_password(&browser, "nobody@ngo.example", "a guess at a passphrase").await;
        browser.wait_for_text("#sign-in-error", "Wrong login or password").await;
    }
    sign_in_with_password(&browser, "nobody@ngo.example", "a guess at a passphrase").await;
    let error = browser.wait_for_text("#sign-in-error", "Too many attempts: try again in").await;
    assert!(!error.contains("RATE_LIMITED"), "{error}");

    browser.close().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invitation_in_the_link_creates_the_account_and_signs_it_in() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let Some(browser) = Browser::open(&server.base).await else { return server.stop().await };
    server.store.create_account(ANA, PASSPHRASE, Role::Editor).await.unwrap();
    let code = server.store.invite(Role::Editor, "admin").await.unwrap();

    // The link opens the invitation form with the code filled in.
    browser.goto(&format!("/app/curation?invite={code}")).await;
    let field = browser.wait_for("#invite-code").await;
    assert_eq!(field.prop("value").await.unwrap().as_deref(), Some(code.as_str()));
    let password = browser.wait_for("#invite-password").await;
    assert_eq!(password.attr("autocomplete").await.unwrap().as_deref(), Some("new-password"));
    password.send_keys("bea's own passphrase").await.unwrap();

    // A login that is taken: the server's answer, in French, next to the login.
    let login = browser.wait_for("#invite-login").await;
    login.send_keys(ANA).await.unwrap();
    browser.wait_for("#accept-invitation button[type=submit]").await.click().await.unwrap();
    let error = browser.wait_for_text("#invite-login-error", "Un compte existe déjà avec cet identifiant").await;
    assert!(!error.contains("BAD_USER_INPUT") && !error.contains("login:"), "{error}");
    browser.assert_accessible("invitation with an error").await;
    browser.screenshot("invitation-error").await;

    login.clear().await.unwrap();
    login.send_keys("bea@ngo.example").await.unwrap();
    browser.wait_for("#accept-invitation button[type=submit]").await.click().await.unwrap();
    browser.wait_for_text("#signed-in", "Connecté en tant que bea@ngo.example (éditeur)").await;
    let url = browser.client.current_url().await.unwrap();
    assert!(!url.as_str().contains(&code), "the spent code left the address bar: {url}");
    let accounts = server.store.accounts().await.unwrap();
    assert!(accounts.iter().any(|a| a.login == "bea@ngo.example" && a.role == Role::Editor), "{accounts:?}");

    // The code works once: used again, the answer names the code, in English here.
    browser.wait_for("#sign-out").await.click().await.unwrap();
    browser.goto(&format!("/app/curation?lang=en&invite={code}")).await;
    browser.wait_for("#invite-login").await.send_keys("cid@ngo.example").await.unwrap();
    browser.wait_for("#invite-password").await.send_keys("cid's own passphrase").await.unwrap();
    browser.wait_for("#accept-invitation button[type=submit]").await.click().await.unwrap();
    browser
        .wait_for_text("#invite-code-error", "This invitation does not exist, was used already, or has expired")
        .await;

    browser.close().await;
    server.stop().await;
}

const VOLUNTEER: &str = "vol@ngo.example";
const REVIEWER: &str = "ed@ngo.example";
const LINK_SLUG: &str = "qlco-visits-and-recreation~oip-qlco-analysis";
const LINKS: &str =
    r#"{ provision(id: "qlco-visits-and-recreation") { criticisms { criticism { slug } citations { quote } } } }"#;

/// Whether the public API shows the oip criticism on the visits clause.
async fn oip_link_is_public(server: &TestServer) -> bool {
    let data = server.data(LINKS, json!({})).await;
    data["provision"]["criticisms"].as_array().unwrap().iter().any(|l| l["criticism"]["slug"] == "oip-qlco-analysis")
}

/// The proposal card of `slug` on the proposals page.
fn card(slug: &str) -> String {
    format!("article.proposal[data-slug=\"{slug}\"]")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contributors_writes_wait_for_review_and_an_editor_approves_one_and_rejects_one() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let Some(volunteer) = Browser::open(&server.base).await else { return server.stop().await };
    let editor = Browser::open(&server.base).await.expect("a second window");
    server.store.create_account(VOLUNTEER, PASSPHRASE, Role::Contributor).await.unwrap();
    server.store.create_account(REVIEWER, PASSPHRASE, Role::Editor).await.unwrap();
    let colleague = server.store.create_token("colleague", Role::Editor).await.unwrap();

    // The contributor links by selecting the quote: the page says it went to review.
    volunteer.goto("/app/curation").await;
    sign_in_with_password(&volunteer, VOLUNTEER, PASSPHRASE).await;
    volunteer.wait_for_text("#signed-in", "(contributeur)").await;
    link_criticism_by_selection(&volunteer).await;
    volunteer.wait_for("#link").await.click().await.unwrap();
    let said = volunteer.wait_for_text("#link-status", "Envoyé pour relecture").await;
    assert!(!said.contains("Lien enregistré"), "{said}");
    volunteer.assert_accessible("curation, sent for review").await;
    assert!(!oip_link_is_public(&server).await, "a proposal is not published");

    // Their summary edit (in English this time) is a proposal too; the record is unchanged.
    volunteer.goto("/app/curation?lang=en").await;
    volunteer.wait_for("#edit-criticism").await.select_by_value("ldh-criticism").await.unwrap();
    volunteer.wait_for_text("#seen-version", "1").await;
    let summary = volunteer.wait_for("#edit-summary").await;
    summary.clear().await.unwrap();
    summary.send_keys("The volunteer's summary.").await.unwrap();
    volunteer.wait_for("#save").await.click().await.unwrap();
    volunteer.wait_for_text("#edit-status", "Sent for review").await;
    let stored = server.data(CRITICISM, json!({ "slug": "ldh-criticism" })).await["criticism"].clone();
    assert_ne!(stored["summary"], "The volunteer's summary.");
    assert_eq!(stored["version"], 1);

    // Their proposals page (in the language they were using): both waiting, in words, and no review buttons.
    volunteer.wait_for("#proposals-link").await.click().await.unwrap();
    volunteer.wait_for_count("article.proposal[data-status=PENDING]", 2).await;
    volunteer.wait_for_text(&format!("{} .status", card("ldh-criticism")), "waiting for review").await;
    assert!(volunteer.client.find(fantoccini::Locator::Css("button.approve")).await.is_err());

    // The public provision page does not show the proposed link.
    editor.goto("/app/provisions/qlco-visits-and-recreation").await;
    editor.wait_for_text("main", "Critiques et soutiens").await;
    assert!(editor.client.find(fantoccini::Locator::Css("li[data-slug=oip-qlco-analysis]")).await.is_err());

    // The editor signs in and opens the queue: who, what, and the diff.
    editor.goto("/app/curation").await;
    sign_in_with_password(&editor, REVIEWER, PASSPHRASE).await;
    editor.wait_for("#proposals-link").await.click().await.unwrap();
    let link = editor.wait_for_text(&card(LINK_SLUG), QUOTE).await;
    assert!(link.contains(&format!("Proposée par {VOLUNTEER}")), "{link}");
    assert!(link.contains("Lier") && link.contains("lien disposition–critique"), "{link}");
    let edit = editor
        .wait_for_text(&format!("{} tr[data-field=summary] td.new", card("ldh-criticism")), "The volunteer's summary.")
        .await;
    assert!(!edit.is_empty());
    let old = editor
        .wait_for(&format!("{} tr[data-field=summary] td.old", card("ldh-criticism")))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(old, stored["summary"].as_str().unwrap(), "the old value beside the new one");
    for enum_value in ["PENDING", "PROVISION_CRITICISM", "LINK", "UPDATE"] {
        let main = editor.wait_for("main").await.text().await.unwrap();
        assert!(!main.contains(enum_value), "{enum_value} shown: {main}");
    }
    editor.assert_accessible("proposals queue").await;
    editor.screenshot("proposals-queue").await;

    // Approved: the link is published in its author's name, and shows on the public page.
    let before = chrono::Utc::now().to_rfc3339();
    editor.wait_for(&format!("{} button.approve", card(LINK_SLUG))).await.click().await.unwrap();
    editor.wait_for_text("#review-status", "Proposition approuvée").await;
    assert!(oip_link_is_public(&server).await, "approved: published");
    let feed = server
        .data(
            "query($since: DateTime) { revisions(since: $since) { nodes { author entitySlug } } }",
            json!({ "since": before }),
        )
        .await;
    assert_eq!(feed["revisions"]["nodes"], json!([{ "author": VOLUNTEER, "entitySlug": LINK_SLUG }]));

    // The criticism moves on meanwhile: approving the edit is refused, in words.
    server
        .data_as(
            &colleague,
            UPDATE,
            json!({ "id": "ldh-criticism", "version": 1, "input": input_with_summary(&stored, "Edited meanwhile.") }),
        )
        .await;
    editor.wait_for(&format!("{} button.approve", card("ldh-criticism"))).await.click().await.unwrap();
    let refused = editor
        .wait_for_text(&format!("{} .review-error", card("ldh-criticism")), "a changé depuis cette proposition")
        .await;
    assert!(!refused.contains("CONFLICT"), "{refused}");
    assert!(editor.client.find(fantoccini::Locator::Css("#review-status")).await.is_err(), "the last notice is gone");
    // Beside it, the record as it now stands against what was proposed.
    let now = format!("{} .current-record tr[data-field=summary]", card("ldh-criticism"));
    editor.wait_for_text(&format!("{now} td.old"), "Edited meanwhile.").await;
    editor.wait_for_text(&format!("{now} td.new"), "The volunteer's summary.").await;
    editor.assert_accessible("proposals queue with a conflict").await;
    editor.screenshot("proposals-conflict").await;

    // Rejected, with the reason its author will read (required).
    editor.wait_for(&format!("{} button.reject", card("ldh-criticism"))).await.click().await.unwrap();
    editor.wait_for(&format!("{} button.send-rejection", card("ldh-criticism"))).await.click().await.unwrap();
    editor.wait_for_text(&format!("{} .review-error", card("ldh-criticism")), "Dites pourquoi").await;
    let reason = "The summary drops the report's key finding.";
    editor.wait_for(&format!("{} .reject-reason", card("ldh-criticism"))).await.send_keys(reason).await.unwrap();
    editor.wait_for(&format!("{} button.send-rejection", card("ldh-criticism"))).await.click().await.unwrap();
    editor.wait_for_text("#review-status", "Proposition refusée").await;
    editor.wait_for_text(&card("ldh-criticism"), reason).await;
    let stored = server.data(CRITICISM, json!({ "slug": "ldh-criticism" })).await;
    assert_eq!(stored["criticism"]["summary"], "Edited meanwhile.", "a rejected proposal writes nothing");

    editor.goto("/app/provisions/qlco-visits-and-recreation").await;
    editor.wait_for_text("li[data-slug=oip-qlco-analysis] .evidence", QUOTE).await;

    // The contributor reads both outcomes, in French then in English.
    volunteer.goto("/app/proposals").await;
    volunteer.wait_for_text(&format!("{} .status", card(LINK_SLUG)), "approuvée").await;
    let rejected = volunteer.wait_for_text(&card("ldh-criticism"), "refusée").await;
    assert!(rejected.contains(reason) && rejected.contains(&format!("Relue par {REVIEWER}")), "{rejected}");
    let published = volunteer.wait_for(&format!("{} a.published", card(LINK_SLUG))).await;
    assert_eq!(published.attr("href").await.unwrap().as_deref(), Some("/app/provisions/qlco-visits-and-recreation"));
    volunteer.assert_accessible("own proposals").await;
    volunteer.screenshot("own-proposals").await;
    volunteer.goto("/app/proposals?lang=en").await;
    volunteer.wait_for_text(&format!("{} .status", card(LINK_SLUG)), "approved").await;
    let rejected = volunteer.wait_for_text(&format!("{} .status", card("ldh-criticism")), "rejected").await;
    assert_eq!(rejected, "rejected");
    let main = volunteer.wait_for("main").await.text().await.unwrap();
    assert!(main.contains(reason) && main.contains("Reviewed by") && !main.contains("APPROVED"), "{main}");

    volunteer.close().await;
    editor.close().await;
    server.stop().await;
}
