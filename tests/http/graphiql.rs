//! GraphiQL at `/`, from the binary, with no network and a Content-Security-Policy
//! of 'self' alone: rendered in a real browser with the schema's types.

use std::time::Duration;

use fantoccini::Locator;
use lawtracker_core::Backend;
use lawtracker_e2e::browser::Browser;
use lawtracker_e2e::{node, TestServer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphiql_renders_offline_with_the_schema_types() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    // The page and its assets come from this server, under a CSP of 'self'.
    let page = server.client.get(format!("{}/", server.base)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("default-src 'self'") && !csp.contains("unsafe") && !csp.contains("http"), "{csp}");
    let html = page.text().await.unwrap();
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("<style"), "{html}");

    let Some(browser) = Browser::offline(&server.base).await else { return server.stop().await };
    let result = drive(&browser, &server.base).await;
    browser.close().await;
    server.stop().await;
    result.unwrap();
}

async fn drive(browser: &Browser, base: &str) -> Result<(), String> {
    let client = &browser.client;
    client.goto(&format!("{base}/")).await.map_err(|e| e.to_string())?;
    // GraphiQL replaces the "Loading…" placeholder with its editor.
    let wait = client.wait().at_most(Duration::from_secs(30));
    wait.for_element(Locator::Css(".graphiql-container")).await.map_err(|e| format!("GraphiQL did not render: {e}"))?;
    // The documentation explorer, opened from the sidebar, lists the root types once
    // the schema has been read over introspection.
    let docs = client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("button[aria-label='Show Documentation Explorer']"))
        .await
        .map_err(|e| format!("no documentation button: {e}"))?;
    docs.click().await.map_err(|e| e.to_string())?;
    let query_link = client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::XPath("//*[contains(@class,'graphiql-doc-explorer')]//a[text()='Query']"))
        .await
        .map_err(|e| format!("the explorer does not show the Query type: {e}"))?;
    query_link.click().await.map_err(|e| e.to_string())?;
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::XPath("//*[contains(@class,'graphiql-doc-explorer')]//a[contains(text(),'Provision')]"))
        .await
        .map_err(|e| format!("the Query type does not show Provision: {e}"))?;
    // Every resource the page loaded came from the server itself.
    let origins = client
        .execute(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).origin).concat([location.origin]);",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    let origins: Vec<String> = serde_json::from_value(origins).map_err(|e| e.to_string())?;
    if let Some(foreign) = origins.iter().find(|o| o.as_str() != base) {
        return Err(format!("the page loaded from {foreign}, not only from {base}: {origins:?}"));
    }
    Ok(())
}

#[tokio::test]
async fn committed_graphiql_assets_match_a_fresh_build() {
    let Some(dir) = node::tool_dir("graphiql") else { return };
    let (ok, stdout, stderr) =
        tokio::task::spawn_blocking(move || node::run(&dir, "build.mjs", &["--check"], b"")).await.unwrap();
    assert!(ok, "{stdout}{stderr}");
}
