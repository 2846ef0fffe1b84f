//! The front end at /app, in a real browser (headless Debian chromium): a reader's
//! paths through search, provisions, the map and the source reader, each page checked
//! with axe-core and photographed under target/web-screenshots/.

use fantoccini::Locator;
use lawtracker_core::Backend;
use lawtracker_e2e::browser::Browser;
use lawtracker_e2e::TestServer;

async fn start() -> Option<(TestServer, Browser)> {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    match Browser::open(&server.base).await {
        Some(browser) => Some((server, browser)),
        None => {
            server.stop().await;
            None
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_search_for_nimes_leads_to_the_quoted_passage_in_the_source_reader() {
    let Some((server, browser)) = start().await else { return };
    browser.goto("/app/search").await;
    browser.wait_for("#q").await.send_keys("Nimes").await.unwrap();
    // As you type: the results and the URL follow without a submit.
    let facility = browser.wait_for("li[data-type=FACILITY] a").await;
    assert!(browser.wait_for_text(".hits", "Nîmes").await.contains("Nîmes"));
    let highlighted = browser.wait_for(".hits mark").await.text().await.unwrap();
    assert!(!highlighted.is_empty(), "the API's [[snippet]] marks are shown highlighted");
    assert!(browser.client.current_url().await.unwrap().as_str().ends_with("/app/search?q=Nimes"));
    browser.assert_accessible("search").await;
    browser.screenshot("search").await;

    facility.click().await.unwrap();
    browser.wait_for_text("h1", "Maison d'arrêt de Nîmes").await;
    browser.assert_accessible("facility").await;
    browser.screenshot("facility").await;
    let incident = browser.wait_for("ul.incidents a").await;
    let incident_title = incident.text().await.unwrap();
    incident.click().await.unwrap();
    browser.wait_for_text("h1", &incident_title).await;
    browser.assert_accessible("incident").await;
    browser.screenshot("incident").await;

    // A quote naming Nîmes, verbatim, links to its source.
    let mut chosen = None;
    for link in browser.client.find_all(Locator::Css(".evidence a.quote")).await.unwrap() {
        let text = link.text().await.unwrap();
        if text.contains("Nîmes") {
            chosen = Some((link, text));
            break;
        }
    }
    let (link, text) = chosen.expect("the incident shows a quote naming Nîmes");
    let quote = text.trim().trim_start_matches(['«', '“']).trim_end_matches(['»', '”']).trim().to_string();
    link.click().await.unwrap();

    // The source reader highlights that passage (and every other cited one).
    browser.wait_for("mark.focus").await;
    let focused = browser
        .run("return [...document.querySelectorAll('mark.focus')].map(m => m.textContent).join('')", vec![])
        .await;
    assert_eq!(focused.as_str().unwrap(), quote, "the highlighted passage is exactly the quote");
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.path(), "/app/sources/law-facts-2026-11-22");
    browser.wait_for_text(".passage-count", "passage").await;
    let cited = browser.client.find_all(Locator::Css("mark.cited")).await.unwrap().len();
    assert!(cited > 10, "every cited passage of the source is highlighted, got {cited}");
    // Each highlight links to what it supports.
    let target = browser.wait_for("mark.focus a").await.attr("href").await.unwrap().unwrap();
    assert!(target.starts_with("/app/"), "a highlight links into the app, got {target}");
    browser.assert_accessible("source reader").await;
    browser.screenshot("source-reader").await;

    browser.close().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_isolation_provision_diffs_across_stages_in_both_languages() {
    let Some((server, browser)) = start().await else { return };
    browser.goto("/app/provisions/isolation-regime?from=2025-01-01&to=an-committee-text").await;
    let row = "tr.measure-change[data-name=isolation_initial_placement_max]";
    // In French, as the page is: the values in words of its language.
    browser.wait_for_text(&format!("{row} .measure-from"), "3 mois").await;
    browser.wait_for_text(&format!("{row} .measure-to"), "jusqu'à 4 ans").await;
    // The parameters table shows each stage's value.
    browser.wait_for_text("table.parameters", "1 an").await;

    // Another pair of moments, chosen in the form: the committee's 4 years became 1 year.
    let from = browser.wait_for("input[name=from]").await;
    from.clear().await.unwrap();
    from.send_keys("an-committee-text").await.unwrap();
    let to = browser.wait_for("input[name=to]").await;
    to.clear().await.unwrap();
    to.send_keys("promulgation").await.unwrap();
    browser.wait_for(".diff-form button[type=submit]").await.click().await.unwrap();
    browser.wait_for_text(&format!("{row} .measure-from"), "jusqu'à 4 ans").await;
    browser.wait_for_text(&format!("{row} .measure-to"), "1 an").await;
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.query(), Some("from=an-committee-text&to=promulgation"), "the diff is in the shareable URL");
    browser.assert_accessible("provision").await;
    browser.run("document.querySelector('.parameters').scrollIntoView()", vec![]).await;
    browser.screenshot("provision").await;

    // The language switch keeps the page and puts the language in the URL.
    browser.wait_for("header .lang").await.click().await.unwrap();
    browser.wait_for_text(".diff-form button[type=submit]", "Compare two moments").await;
    let url = browser.client.current_url().await.unwrap();
    assert!(url.query().unwrap().contains("lang=en"), "lang=en in {url}");
    browser.wait_for_text(&format!("{row} .measure-to"), "1 year").await;
    assert_eq!(browser.run("return document.documentElement.lang", vec![]).await, "en");
    browser.run("document.querySelector('.parameters').scrollIntoView()", vec![]).await;
    browser.screenshot("provision-en").await;

    browser.close().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_shows_one_marker_per_feature_of_incidents_geojson() {
    let Some((server, browser)) = start().await else { return };
    let geojson = |query: &'static str| {
        let url = format!("{}/incidents.geojson{query}", server.base);
        let client = server.client.clone();
        async move { client.get(url).send().await.unwrap().json::<serde_json::Value>().await.unwrap() }
    };
    let all = geojson("").await;
    let features = all["features"].as_array().unwrap().len();
    assert!(features > 0, "the shipped dataset has placed incidents");
    browser.goto("/app/map").await;
    browser.wait_for("svg.map path.land-fr").await;
    browser.wait_for_count("svg.map a.marker", features).await;
    browser.wait_for_count("ol.map-list li", features).await;
    let without = all["withoutCoordinates"].as_u64().unwrap();
    browser.wait_for_text(".map-count", &format!("{without}")).await;
    browser.assert_accessible("map").await;
    browser.screenshot("map").await;

    // Filtered by kind and dates, through the URL the filter form writes.
    let arson = geojson("?kind=arson&from=2025-04-13&to=2025-04-16").await;
    let arson = arson["features"].as_array().unwrap().len();
    assert!(arson < features, "the filter narrows the map");
    browser.wait_for("select[name=kind]").await.select_by_value("ARSON").await.unwrap();
    browser.wait_for("input[name=from]").await.send_keys("04132025").await.unwrap();
    browser.wait_for("input[name=to]").await.send_keys("04162025").await.unwrap();
    browser.wait_for(".filters button[type=submit]").await.click().await.unwrap();
    browser.wait_for_count("svg.map a.marker", arson).await;
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.query(), Some("from=2025-04-13&to=2025-04-16&kind=ARSON"));

    browser.close().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_law_timeline_and_actor_pages_render_accessibly() {
    let Some((server, browser)) = start().await else { return };
    browser.goto("/app").await;
    browser.wait_for_text("h1", "narcotrafic").await;
    let stages = browser.client.find_all(Locator::Css(".axis circle.dot-stage")).await.unwrap().len();
    assert!(stages >= 10, "every legislative stage is on the time axis, got {stages}");
    assert!(!browser.client.find_all(Locator::Css(".axis circle.dot-event")).await.unwrap().is_empty());
    // The isolation regime (art. 61) under its theme, named in words, not as the enum.
    let theme = browser.wait_for_text("section.theme:has(a[href$='/provisions/isolation-regime'])", "art. 61").await;
    assert!(theme.starts_with("Régime de détention") || theme.starts_with("Detention regime"), "{theme}");
    let last = browser.client.find_all(Locator::Css("section.theme h3")).await.unwrap();
    let last = last.last().expect("themes are listed").text().await.unwrap();
    assert!(!last.contains("UNKNOWN") && !last.contains("DETENTION"), "every theme is named in words: {last}");
    browser.assert_accessible("law").await;
    browser.screenshot("law").await;

    // The timeline, narrowed to the week of the April 2025 attacks through its URL.
    let api =
        server.data(r#"{ timeline(from: "2025-04-13", to: "2025-04-19") { slug } }"#, serde_json::json!({})).await;
    let entries = api["timeline"].as_array().unwrap().len();
    assert!(entries > 3, "the shipped dataset has that week's events");
    browser.goto("/app/timeline?lang=en&from=2025-04-13&to=2025-04-19").await;
    browser.wait_for_text("h1", "Timeline").await;
    browser.wait_for_count("ol.timeline li", entries).await;
    browser.wait_for("ol.timeline li a").await;
    browser.assert_accessible("timeline").await;
    browser.screenshot("timeline").await;

    browser.goto("/app/actors/oip").await;
    browser.wait_for_text("main h2", "droit").await;
    browser.wait_for("section.right li").await;
    browser.assert_accessible("actor").await;
    browser.screenshot("actor").await;

    browser.goto("/app/criticisms/oip-qlco-analysis").await;
    browser.wait_for(".evidence a.quote").await;
    // The provision it criticises, by its French heading (data/law.json).
    browser.wait_for_text("main", "Régime des quartiers de lutte contre la criminalité organisée").await;
    browser.assert_accessible("criticism").await;
    browser.screenshot("criticism").await;

    // Keyboard: the first Tab reaches the skip link, which leads to the content.
    browser.run("document.activeElement && document.activeElement.blur()", vec![]).await;
    browser.wait_for("body").await.send_keys("\u{E004}").await.unwrap();
    let focused = browser.run("return document.activeElement.className", vec![]).await;
    assert_eq!(focused, "skip");

    browser.close().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn app_paths_serve_the_page_with_a_self_only_policy_and_missing_files_are_404() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let get = |path: &str| server.client.get(format!("{}{path}", server.base)).send();
    // A shared link to any page of the app opens the app (routing is in the browser).
    for path in ["/app", "/app/", "/app/provisions/isolation-regime", "/app/sources/x?quote=y"] {
        let response = get(path).await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], "text/html; charset=utf-8", "{path}");
        let csp = response.headers()["content-security-policy"].to_str().unwrap().to_string();
        assert!(csp.starts_with("default-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe") && !csp.contains("http"), "only the server's own origin: {csp}");
        let body = response.text().await.unwrap();
        assert!(body.contains(r#"<script type="module" crossorigin src="/app/assets/index.js">"#), "{path}: {body}");
    }
    let script = get("/app/assets/index.js").await.unwrap();
    assert_eq!(script.status(), 200);
    assert_eq!(script.headers()["content-type"], "text/javascript; charset=utf-8");
    let basemap: serde_json::Value = get("/app/basemap.json").await.unwrap().json().await.unwrap();
    assert!(basemap["features"].as_array().unwrap().iter().any(|f| f["properties"]["name"] == "France"));
    // A missing file is a 404, never the page (a broken asset must not parse HTML as JS).
    assert_eq!(get("/app/assets/missing.js").await.unwrap().status(), 404);
    server.stop().await;
}

/// The visible text of the page once every query has answered (no `aria-busy`
/// placeholder left and the page's heading shown).
async fn settled_text(browser: &Browser, path: &str) -> String {
    browser.goto(path).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let ready = browser
            .run(
                "return document.querySelector('main h1') !== null && document.querySelector('[aria-busy=true]') === null",
                vec![],
            )
            .await;
        if ready == true {
            // One more tick for queries a rendered page starts (a diff, the source's passages).
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            if browser.run("return document.querySelector('[aria-busy=true]') === null", vec![]).await == true {
                break;
            }
        }
        assert!(std::time::Instant::now() < deadline, "{path} never finished loading");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    browser.run("return document.body.innerText", vec![]).await.as_str().unwrap().to_string()
}

/// Every value of every enum in schema.graphql.
fn enum_values() -> std::collections::HashSet<String> {
    let schema = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql")).unwrap();
    let mut values = std::collections::HashSet::new();
    for block in schema.split("\nenum ").skip(1) {
        let body = block.split_once('{').unwrap().1.split_once('}').unwrap().0;
        for line in body.lines().map(str::trim) {
            if !line.is_empty() && line.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit()) {
                values.insert(line.to_string());
            }
        }
    }
    values
}

/// Words in capitals that look like constants, from `text`: runs of capitals joined by
/// underscores (`IN_FORCE_WITH_RESERVATION`), and lone capital words that are enum values.
fn raw_constants(text: &str, enums: &std::collections::HashSet<String>) -> Vec<String> {
    // Not ours: a CSV column our coordinate notes name (`REF_INSEE`) and a committee's
    // code in an Assemblée nationale address quoted by a source (`CION_LOIS`).
    const SOURCES_WORDS: [&str; 2] = ["REF_INSEE", "CION_LOIS"];
    // Enum values that are also acronyms a sentence may use.
    const ACRONYMS: [&str; 3] = ["NGO", "FR", "EN"];
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| {
            let constant = word.contains('_')
                && word.split('_').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_uppercase()));
            let lone_enum = enums.contains(*word) && !ACRONYMS.contains(word);
            (constant && !SOURCES_WORDS.contains(word)) || lone_enum
        })
        .map(str::to_string)
        .collect()
}

/// Issue 24: the French interface shows a provision's French summary (the data's
/// `summary_fr`), the English one its English summary, and no page of the app, in
/// either language, shows a raw enum value.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_language_shows_its_own_texts_and_no_page_shows_a_raw_enum_value() {
    let Some((server, browser)) = start().await else { return };
    let law: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/law.json")).unwrap(),
    )
    .unwrap();
    let provision = law["provisions"].as_array().unwrap().iter().find(|p| p["slug"] == "isolation-regime").unwrap();
    let (english, french) = (provision["summary"].as_str().unwrap(), provision["summary_fr"].as_str().unwrap());

    browser.goto("/app/provisions/isolation-regime").await;
    let shown = browser.wait_for_text("main p.summary", &french[..40]).await;
    assert_eq!(shown.trim(), french, "the French page shows the data's summary_fr");
    let heading = browser.wait_for("main h1").await.text().await.unwrap();
    assert!(heading.contains(provision["heading_fr"].as_str().unwrap()), "{heading}");
    let lang = browser.run("return document.querySelector('main p.summary').lang", vec![]).await;
    assert_eq!(lang, "fr", "the summary says the language it is in");
    browser.goto("/app/provisions/isolation-regime?lang=en").await;
    let shown = browser.wait_for_text("main p.summary", &english[..40]).await;
    assert_eq!(shown.trim(), english, "the English page shows the data's summary");
    browser.screenshot("provision-summary-en").await;

    // Every route of the app, with records of each kind, in both languages.
    let ids = server
        .data(
            "{ sources(first: 1) { nodes { slug } } incidents(first: 1) { nodes { slug } } \
             facilities(first: 1) { nodes { slug } } criticisms(first: 1) { nodes { slug author { slug } } } \
             provisions(first: 100) { nodes { slug status } } }",
            serde_json::json!({}),
        )
        .await;
    let first = |list: &str| ids[list]["nodes"][0]["slug"].as_str().unwrap().to_string();
    let mut paths = vec![
        "/app".to_string(),
        "/app/map".into(),
        "/app/timeline".into(),
        "/app/search?q=prison".into(),
        "/app/curation".into(),
        format!("/app/sources/{}", first("sources")),
        format!("/app/incidents/{}", first("incidents")),
        format!("/app/facilities/{}", first("facilities")),
        format!("/app/criticisms/{}", first("criticisms")),
        format!("/app/actors/{}", ids["criticisms"]["nodes"][0]["author"]["slug"].as_str().unwrap()),
    ];
    // One provision of each status, and the isolation regime with its measures and diff.
    let mut statuses = std::collections::HashSet::new();
    for p in ids["provisions"]["nodes"].as_array().unwrap() {
        if statuses.insert(p["status"].as_str().unwrap().to_string()) {
            paths.push(format!("/app/provisions/{}", p["slug"].as_str().unwrap()));
        }
    }
    paths.push("/app/provisions/isolation-regime".into());
    let enums = enum_values();
    assert!(enums.contains("IN_FORCE_WITH_RESERVATION") && enums.contains("SOURCE_ACCOUNT"), "{enums:?}");
    for path in &paths {
        for suffix in ["", "lang=en"] {
            let url = match (suffix, path.contains('?')) {
                ("", _) => path.clone(),
                (_, true) => format!("{path}&{suffix}"),
                (_, false) => format!("{path}?{suffix}"),
            };
            let text = settled_text(&browser, &url).await;
            let raw = raw_constants(&text, &enums);
            assert!(raw.is_empty(), "{url} shows raw enum values {raw:?}");
        }
    }
    browser.close().await;
    server.stop().await;
}

/// The check above can fail: constants and lone enum values are caught, the named
/// exceptions (a CSV column, acronyms) and ordinary capitals are not.
#[test]
fn raw_constants_are_caught_and_words_in_capitals_are_not() {
    let enums = enum_values();
    let text = "Statut : IN_FORCE_WITH_RESERVATION · UNRATED · NOT the facility (row REF_INSEE 13055), an NGO, PNACO";
    assert_eq!(raw_constants(text, &enums), ["IN_FORCE_WITH_RESERVATION", "UNRATED"]);
}
