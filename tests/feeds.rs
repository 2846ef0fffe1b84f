//! Following and citing the tracker from researchers' own tools, on both backends:
//! the plain-HTTP sync feed (`GET /changes`), read as a copy-keeping script would;
//! the Atom feeds (`/feeds/`), read by an Atom parser; citations (`/cite/`).

use chrono::Datelike;
use lawtracker_core::auth::Role;
use lawtracker_e2e::{criticism_input, on_both_backends, TestServer};
use serde_json::{json, Value};

const CREATE_CRITICISM: &str = r#"mutation($input: CriticismInput!) {
  createCriticism(input: $input) { node { ... on Criticism { slug version } } }
}"#;

on_both_backends!(
    the_sync_feed_replays_every_write_once_with_deletions_as_tombstones,
    the_sync_feed_refuses_bad_parameters,
    atom_feeds_carry_a_fresh_write_in_both_languages,
    atom_feeds_refuse_what_does_not_exist,
    a_provision_and_a_source_are_cited_in_every_format,
    citations_refuse_what_does_not_exist,
);

/// A page of `/changes`: its lines, the `Link` rel="next" URL and `Resume-Cursor`.
async fn page(server: &TestServer, path_and_query: &str) -> (Vec<Value>, Option<String>, String) {
    let response = server.client.get(format!("{}{path_and_query}", server.base)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path_and_query}");
    assert_eq!(response.headers()["content-type"], "application/x-ndjson");
    let next = response.headers().get("link").map(|link| {
        let link = link.to_str().unwrap();
        assert!(link.ends_with("; rel=\"next\""), "{link}");
        link.trim_start_matches('<').split('>').next().unwrap().to_string()
    });
    let resume = response.headers()["resume-cursor"].to_str().unwrap().to_string();
    let body = response.text().await.unwrap();
    let lines = body.lines().map(|line| serde_json::from_str(line).expect("every line is JSON")).collect();
    (lines, next, resume)
}

/// The whole feed from `start`, page after page as the `Link` headers lead.
async fn replay(server: &TestServer, start: &str) -> Vec<Value> {
    let mut all = Vec::new();
    let mut url = Some(start.to_string());
    while let Some(current) = url {
        let (lines, next, _) = page(server, &current).await;
        all.extend(lines);
        url = next;
    }
    all
}

fn sequences(lines: &[Value]) -> Vec<i64> {
    lines.iter().map(|l| l["sequence"].as_i64().unwrap()).collect()
}

async fn the_sync_feed_replays_every_write_once_with_deletions_as_tombstones(server: &TestServer) {
    let admin = server.store.create_token("feed admin", Role::Admin).await.unwrap();
    server
        .data_as(&admin, CREATE_CRITICISM, json!({ "input": criticism_input("feed-doomed", "To be deleted.") }))
        .await;
    server
        .data_as(
            &admin,
            r#"mutation($input: CriticismInput!) { updateCriticism(id: "feed-doomed", expectedVersion: 1, input: $input) { node { __typename } } }"#,
            json!({ "input": criticism_input("feed-doomed", "Edited before deletion.") }),
        )
        .await;
    server
        .data_as(
            &admin,
            r#"mutation { deleteCriticism(id: "feed-doomed", expectedVersion: 2) { node { __typename } } }"#,
            json!({}),
        )
        .await;
    server.data_as(&admin, CREATE_CRITICISM, json!({ "input": criticism_input("feed-kept", "Stays.") })).await;

    let total =
        server.data("{ revisions { totalCount } }", json!({})).await["revisions"]["totalCount"].as_i64().unwrap();
    // Small pages, so that the replay crosses many page boundaries.
    let all = replay(server, "/changes?limit=7").await;
    assert_eq!(sequences(&all), (1..=total).collect::<Vec<_>>(), "every revision once, in commit order");
    let whole = replay(server, "/changes").await;
    assert_eq!(whole, all, "the default page size gives the same feed");

    let ours: Vec<&Value> = all.iter().filter(|l| l["entitySlug"] == "feed-doomed").collect();
    let operations: Vec<&str> = ours.iter().map(|l| l["operation"].as_str().unwrap()).collect();
    assert_eq!(operations, ["create", "update", "delete"]);
    let tombstone = ours[2];
    assert_eq!(tombstone["after"], Value::Null, "a deletion is a tombstone: {tombstone}");
    assert_eq!(tombstone["before"]["summary"], "Edited before deletion.", "{tombstone}");
    assert_eq!(tombstone["entityType"], "criticism");
    assert_eq!(tombstone["author"], "feed admin");
    assert!(tombstone["at"].as_str().unwrap().contains('T'), "{tombstone}");
    assert_eq!(ours[1]["after"]["summary"], "Edited before deletion.");
    assert_eq!(all.last().unwrap()["entitySlug"], "feed-kept");

    // A copy made by replaying the feed holds exactly the records the tracker holds:
    // the last line of each record is its state, a tombstone removes it.
    let mut copy: std::collections::BTreeMap<(String, String), Value> = Default::default();
    for line in &all {
        let key = (line["entityType"].as_str().unwrap().to_string(), line["entitySlug"].as_str().unwrap().to_string());
        match &line["after"] {
            Value::Null => copy.remove(&key),
            after => copy.insert(key, after.clone()),
        };
    }
    let criticisms: Vec<&String> = copy.keys().filter(|(t, _)| t == "criticism").map(|(_, s)| s).collect();
    let listed = server.data("{ criticisms(first: 100) { totalCount edges { node { slug } } } }", json!({})).await;
    let mut expected: Vec<String> = listed["criticisms"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["slug"].as_str().unwrap().to_string())
        .collect();
    expected.sort();
    assert_eq!(
        listed["criticisms"]["totalCount"].as_u64().unwrap() as usize,
        expected.len(),
        "one page holds them all"
    );
    assert_eq!(criticisms, expected.iter().collect::<Vec<_>>(), "the replayed copy has the tracker's criticisms");
    assert!(!copy.contains_key(&("criticism".to_string(), "feed-doomed".to_string())));
    assert_eq!(copy[&("criticism".to_string(), "feed-kept".to_string())]["summary"], "Stays.");

    // From a cursor in the middle: exactly what follows it.
    let middle = all.len() - 3;
    let cursor = all[middle]["cursor"].as_str().unwrap();
    let (rest, next, resume) = page(server, &format!("/changes?since={cursor}")).await;
    assert_eq!(rest, all[middle + 1..], "nothing missing or repeated after a middle cursor");
    assert!(next.is_none(), "the last page links no further");
    assert_eq!(resume, all.last().unwrap()["cursor"], "resume from the last line");
    // Nothing new: an empty page that resumes from the same place.
    let (none, _, again) = page(server, &format!("/changes?since={resume}")).await;
    assert!(none.is_empty());
    assert_eq!(again, resume);

    // GraphQL's Revision.cursor is the same cursor.
    let first = server.data("{ revisions(first: 2) { edges { node { cursor sequence } } } }", json!({})).await;
    let edges = first["revisions"]["edges"].as_array().unwrap();
    assert_eq!(edges[0]["node"]["cursor"], all[0]["cursor"]);
    let (after_first, _, _) =
        page(server, &format!("/changes?since={}&limit=1", all[0]["cursor"].as_str().unwrap())).await;
    assert_eq!(after_first[0]["sequence"], edges[1]["node"]["sequence"]);
}

async fn the_sync_feed_refuses_bad_parameters(server: &TestServer) {
    for (query, field) in [
        ("since=not-a-cursor", "since"),
        ("since=", "since"),
        ("limit=0", "limit"),
        ("limit=10001", "limit"),
        ("limit=ten", "limit"),
        ("sinse=x", "sinse"),
    ] {
        let response = server.client.get(format!("{}/changes?{query}", server.base)).send().await.unwrap();
        assert_eq!(response.status(), 400, "{query}");
        let body: Value = response.json().await.unwrap();
        let error = &body["errors"][0];
        assert_eq!(error["extensions"]["field"], field, "{query}: {body}");
        assert_eq!(error["extensions"]["code"], "BAD_USER_INPUT", "{query}: {body}");
        assert!(error["message"].as_str().unwrap().contains(field), "{body}");
        assert!(!error["extensions"]["messageFr"].as_str().unwrap().is_empty(), "{body}");
    }
    let (lines, _, _) = page(server, "/changes?limit=10000").await;
    assert!(!lines.is_empty(), "the shipped dataset's load is in the feed");
}

// Atom feeds, read back with an Atom parser other than the writer (atom_syndication).

const ISOLATION_QUOTE: &str = "aims to isolate around 600 to 900 high-risk individuals";
const PROVISION: &str = "high-security-prison-wings";
/// Text with every XML special, to see it escaped on the way and back.
const SPECIAL_SUMMARY: &str = "Rights <b>concerns</b> & \"abuse\" — l'isolement";

/// GETs a feed, checks it is served as Atom and parses it.
async fn feed(server: &TestServer, path: &str) -> atom_syndication::Feed {
    let response = server.client.get(format!("{}{path}", server.base)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"), "{path}");
    let body = response.text().await.unwrap();
    let feed: atom_syndication::Feed = body.parse().unwrap_or_else(|e| panic!("{path} is not Atom: {e}\n{body}"));
    // What RFC 4287 requires of a feed and of each entry (the parser fills in defaults).
    assert!(feed.id().starts_with("http://"), "{path}: feed id {:?}", feed.id());
    assert!(!feed.title().value.is_empty());
    let self_link = feed.links().iter().find(|l| l.rel() == "self").expect("a rel=self link");
    assert!(self_link.href().starts_with(&server.base) && self_link.href().contains(path.split('?').next().unwrap()));
    assert_eq!(body.matches("<entry>").count(), feed.entries().len());
    assert_eq!(body.matches("<updated>").count(), feed.entries().len() + 1, "feed and every entry: updated");
    for entry in feed.entries() {
        assert!(entry.id().starts_with(&format!("{}/changes?since=", server.base)), "{}", entry.id());
        assert!(!entry.title().value.is_empty() && entry.summary().is_some_and(|s| !s.value.is_empty()));
        assert!(!entry.authors().is_empty() && !entry.authors()[0].name().is_empty());
        assert!(entry.links().iter().any(|l| l.rel() == "alternate" && l.href().starts_with(&server.base)));
    }
    feed
}

async fn atom_feeds_carry_a_fresh_write_in_both_languages(server: &TestServer) {
    let admin = server.store.create_token("feed editor", Role::Admin).await.unwrap();
    server
        .data_as(&admin, CREATE_CRITICISM, json!({ "input": criticism_input("feed-special", SPECIAL_SUMMARY) }))
        .await;
    server
        .data_as(
            &admin,
            r#"mutation($criticism: ID!, $input: CriticismLinkInput!) { linkCriticism(criticism: $criticism, input: $input) { node { __typename } } }"#,
            json!({
                "criticism": "feed-special",
                "input": { "provision": PROVISION, "citations": [{ "source": "seed-001-forum-post", "quote": ISOLATION_QUOTE }] }
            }),
        )
        .await;

    // The whole tracker: newest first, the link, then the criticism, in English by default.
    let all = feed(server, "/feeds/changes.atom").await;
    assert_eq!(all.lang(), Some("en"));
    let entries = all.entries();
    assert_eq!(
        entries[0].title().value,
        format!("Link between a provision and a criticism recorded: {PROVISION} ↔ feed-special")
    );
    assert_eq!(
        entries[1].title().value,
        format!("Criticism created: {SPECIAL_SUMMARY}"),
        "escaped and read back whole"
    );
    assert_eq!(entries[1].authors()[0].name(), "feed editor");
    let page = entries[1].links().iter().find(|l| l.rel() == "alternate").unwrap();
    assert_eq!(page.href(), format!("{}/app/criticisms/feed-special", server.base));
    let link_page = entries[0].links().iter().find(|l| l.rel() == "alternate").unwrap();
    assert_eq!(link_page.href(), format!("{}/app/provisions/{PROVISION}", server.base));
    assert_eq!(all.updated(), entries[0].updated(), "the feed is as recent as its newest entry");

    // The entry's id is the revision in the sync feed: it serves exactly that revision.
    let line = server.client.get(entries[1].id()).send().await.unwrap().text().await.unwrap();
    let line: Value = serde_json::from_str(line.trim_end()).unwrap();
    assert_eq!((line["entitySlug"].as_str(), line["operation"].as_str()), (Some("feed-special"), Some("create")));

    // In French, by the parameter or by the browser's language.
    let french = feed(server, "/feeds/changes.atom?lang=fr").await;
    assert_eq!(french.lang(), Some("fr"));
    assert_eq!(french.entries()[1].title().value, format!("Critique créée : {SPECIAL_SUMMARY}"));
    assert_ne!(french.id(), all.id(), "each language's feed is its own document");
    let response = server
        .client
        .get(format!("{}/feeds/changes.atom", server.base))
        .header("accept-language", "fr-FR,fr;q=0.9")
        .send()
        .await
        .unwrap();
    let by_header: atom_syndication::Feed = response.text().await.unwrap().parse().unwrap();
    assert_eq!(by_header.entries()[1].title().value, french.entries()[1].title().value);

    // One provision: the link naming it is there, and nothing that does not touch it.
    let provision = feed(server, &format!("/feeds/provisions/{PROVISION}.atom")).await;
    let first = &provision.entries()[0];
    assert!(first.title().value.contains("feed-special"), "{}", first.title().value);
    assert!(
        provision.entries().iter().all(|e| !e.title().value.starts_with("Criticism created")),
        "the criticism's own creation does not name the provision"
    );
    // Every entry is the provision's own revision or one naming it (read from the
    // revision itself, which the entry's id serves).
    for entry in provision.entries() {
        let line = server.client.get(entry.id()).send().await.unwrap().text().await.unwrap();
        let line: Value = serde_json::from_str(line.trim_end()).unwrap();
        let own = line["entityType"] == "provision" && line["entitySlug"] == PROVISION;
        let names = line["related"].as_array().unwrap().iter().any(|r| r == PROVISION);
        assert!(own || names, "{} does not touch {PROVISION}: {line}", entry.title().value);
    }

    // One entity type: only criticisms, ours first.
    let criticisms = feed(server, "/feeds/criticisms.atom").await;
    assert_eq!(criticisms.entries()[0].title().value, format!("Criticism created: {SPECIAL_SUMMARY}"));
    for entry in criticisms.entries() {
        assert_eq!(entry.categories()[0].term(), "criticisms");
    }
    let links = feed(server, "/feeds/provision_criticisms.atom").await;
    assert!(links.entries()[0].title().value.contains("feed-special"));
}

async fn atom_feeds_refuse_what_does_not_exist(server: &TestServer) {
    for (path, status) in [
        ("/feeds/nope.atom", 404),
        ("/feeds/incidents.rss", 404),
        ("/feeds/provisions/no-such-provision.atom", 404),
        ("/feeds/changes.atom?lang=de", 400),
        ("/feeds/incidents.atom?colour=red", 400),
    ] {
        let response = server.client.get(format!("{}{path}", server.base)).send().await.unwrap();
        assert_eq!(response.status(), status, "{path}");
        let body: Value = response.json().await.unwrap();
        assert!(!body["errors"][0]["message"].as_str().unwrap().is_empty(), "{body}");
        assert!(!body["errors"][0]["extensions"]["messageFr"].as_str().unwrap().is_empty(), "{body}");
    }
}

// Citations: CSL-JSON read as JSON, BibTeX and RIS read field by field.

const SOURCE_TEXT: &str = "Le texte intégral de l'article, tel que la source le publie.";
/// A title with every BibTeX special.
const SOURCE_TITLE: &str = "Prisons {haute} sécurité: 100% & #1_sur ~ $5 \\ ^";

/// GETs a citation: its status, content type and body.
async fn cite(server: &TestServer, path: &str) -> (u16, String, String) {
    let response = server.client.get(format!("{}{path}", server.base)).send().await.unwrap();
    let status = response.status().as_u16();
    let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

/// A BibTeX entry read as a parser would: its type, key and fields (braces
/// balanced, escapes skipped; a field's value is what lies between its outer braces).
fn read_bibtex(text: &str) -> (String, String, std::collections::HashMap<String, String>) {
    let text = text.trim();
    let (head, rest) = text.split_once('{').expect("@type{");
    let (key, body) = rest.split_once(",\n").expect("a key then fields");
    let body = body.strip_suffix('}').expect("the entry closes");
    let mut fields = std::collections::HashMap::new();
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while chars[i] != '=' {
            i += 1;
        }
        let name: String = chars[start..i].iter().collect::<String>().trim().trim_start_matches(',').trim().to_string();
        i += 1;
        while chars[i] == ' ' {
            i += 1;
        }
        assert_eq!(chars[i], '{', "{name}: a braced value");
        let (mut depth, value_start) = (0, i + 1);
        loop {
            match chars[i] {
                '\\' => i += 1,
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            i += 1;
            if depth == 0 {
                break;
            }
        }
        fields.insert(name, chars[value_start..i - 1].iter().collect());
        while i < chars.len() && (chars[i] == ',' || chars[i].is_whitespace()) {
            i += 1;
        }
    }
    (head.trim_start_matches('@').to_string(), key.to_string(), fields)
}

/// A RIS record as (tag, value) pairs, checking each line's shape.
fn read_ris(text: &str) -> Vec<(String, String)> {
    assert!(text.ends_with("ER  - \r\n"), "{text}");
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|line| {
            assert_eq!(&line[2..6], "  - ", "{line:?}");
            (line[..2].to_string(), line[6..].to_string())
        })
        .collect()
}

fn ris_value<'a>(record: &'a [(String, String)], tag: &str) -> Option<&'a str> {
    record.iter().find(|(t, _)| t == tag).map(|(_, v)| v.as_str())
}

async fn a_provision_and_a_source_are_cited_in_every_format(server: &TestServer) {
    let today = chrono::Utc::now().date_naive();
    let known = server
        .data(
            &format!(r#"{{ provision(id: "{PROVISION}") {{ heading article law {{ titleFr number eliUri }} }} }}"#),
            json!({}),
        )
        .await;
    let provision = &known["provision"];
    let heading = provision["heading"].as_str().unwrap();

    // CSL-JSON: legislation, in its law, with the day accessed.
    let (status, kind, body) = cite(server, &format!("/cite/provision/{PROVISION}?format=csl-json")).await;
    assert_eq!((status, kind.as_str()), (200, "application/vnd.citationstyles.csl+json"), "{body}");
    let csl: Value = serde_json::from_str(&body).unwrap();
    let item = &csl[0];
    assert_eq!(item["type"], "legislation");
    assert_eq!(item["title"], heading);
    assert_eq!(item["container-title"], provision["law"]["titleFr"]);
    assert_eq!(item["accessed"]["date-parts"], json!([[today.year(), today.month(), today.day()]]));
    let url = item["URL"].as_str().unwrap();
    match provision["law"]["eliUri"].as_str() {
        Some(eli) => assert_eq!(url, eli),
        None => assert!(url.ends_with(&format!("/app/provisions/{PROVISION}")), "{url}"),
    }
    assert!(item["issued"]["date-parts"][0][0].as_i64().unwrap() >= 2024, "{item}");
    // As of a day before the law existed: a proposal, with the record's page.
    let (_, _, before) = cite(server, &format!("/cite/provision/{PROVISION}?asOf=2000-01-01")).await;
    let before: Value = serde_json::from_str(&before).unwrap();
    let note = before[0]["note"].as_str().unwrap();
    assert!(note.starts_with("As of 2000-01-01: proposed."), "{note}");
    assert!(note.ends_with(&format!("{}/app/provisions/{PROVISION}", server.base)), "{note}");
    let (_, _, french) = cite(server, &format!("/cite/provision/{PROVISION}?asOf=2000-01-01&lang=fr")).await;
    assert!(french.contains("Au 2000-01-01 : proposée."), "{french}");

    // BibTeX.
    let (status, kind, body) = cite(server, &format!("/cite/provision/{PROVISION}?format=bibtex")).await;
    assert_eq!((status, kind.as_str()), (200, "application/x-bibtex; charset=utf-8"));
    let (entry, key, fields) = read_bibtex(&body);
    assert_eq!((entry.as_str(), key.as_str()), ("legislation", format!("lawtracker-provision-{PROVISION}").as_str()));
    assert_eq!(fields["title"], format!("{{{heading}}}"));
    assert_eq!(fields["urldate"], today.format("%Y-%m-%d").to_string());
    assert_eq!(fields["url"], url);

    // RIS.
    let (status, kind, body) = cite(server, &format!("/cite/provision/{PROVISION}?format=ris")).await;
    assert_eq!((status, kind.as_str()), (200, "application/x-research-info-systems; charset=utf-8"));
    let record = read_ris(&body);
    assert_eq!(record[0], ("TY".to_string(), "STAT".to_string()));
    assert_eq!(ris_value(&record, "TI"), Some(heading));
    assert_eq!(ris_value(&record, "UR"), Some(url));
    assert_eq!(ris_value(&record, "Y2"), Some(today.format("%Y/%m/%d/").to_string().as_str()));
    assert_eq!(ris_value(&record, "SE"), provision["article"].as_str());

    // A source of our own, its title full of TeX specials.
    let admin = server.store.create_token("cite admin", Role::Admin).await.unwrap();
    let input = json!({
        "slug": "cite-news", "title": SOURCE_TITLE, "publisher": "Le Journal", "publishedOn": "2025-04-16",
        "language": "fr", "url": "https://news.example/prisons?id=1&x=2", "kind": "NEWS_REPORT", "text": SOURCE_TEXT
    });
    server
        .data_as(
            &admin,
            "mutation($input: SourceInput!) { createSource(input: $input) { revision { id } } }",
            json!({ "input": input }),
        )
        .await;
    let hash = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(SOURCE_TEXT.as_bytes()));

    let (status, _, body) = cite(server, "/cite/source/cite-news?format=csl-json").await;
    assert_eq!(status, 200, "{body}");
    let item = &serde_json::from_str::<Value>(&body).unwrap()[0];
    assert_eq!(item["type"], "article-newspaper", "a news report");
    assert_eq!(item["title"], SOURCE_TITLE);
    assert_eq!(item["container-title"], "Le Journal");
    assert_eq!(item["URL"], "https://news.example/prisons?id=1&x=2", "the original URL");
    assert_eq!(item["issued"]["date-parts"], json!([[2025, 4, 16]]));
    assert!(item["note"].as_str().unwrap().contains(&hash), "the stored text's SHA-256: {item}");

    let (_, _, body) = cite(server, "/cite/source/cite-news?format=bibtex").await;
    let (entry, _, fields) = read_bibtex(&body);
    assert_eq!(entry, "article");
    assert_eq!(
        fields["title"], r"{Prisons \{haute\} sécurité: 100\% \& \#1\_sur \~{} \$5 \textbackslash{} \^{}}",
        "every special escaped"
    );
    assert_eq!(fields["journal"], "Le Journal");
    assert_eq!((fields["year"].as_str(), fields["month"].as_str()), ("2025", "4"));
    assert_eq!(fields["url"], "https://news.example/prisons?id=1&x=2");

    let (_, _, body) = cite(server, "/cite/source/cite-news?format=ris").await;
    let record = read_ris(&body);
    assert_eq!(ris_value(&record, "TY"), Some("NEWS"));
    assert_eq!(ris_value(&record, "TI"), Some(SOURCE_TITLE));
    assert_eq!(ris_value(&record, "DA"), Some("2025/04/16/"));
    assert_eq!(ris_value(&record, "PB"), Some("Le Journal"));
    assert_eq!(ris_value(&record, "LA"), Some("fr"));

    // The other kinds answer too.
    for path in ["/cite/incident/toulon-gunfire-2025-04-15", "/cite/criticism/oip-qlco-analysis?format=ris"] {
        let (status, _, body) = cite(server, path).await;
        assert_eq!(status, 200, "{path}: {body}");
    }
}

async fn citations_refuse_what_does_not_exist(server: &TestServer) {
    for (path, status, field) in [
        ("/cite/provision/no-such-provision", 404, None),
        ("/cite/source/no-such-source?format=ris", 404, None),
        ("/cite/law/loi-2025-532", 404, None),
        (&format!("/cite/provision/{PROVISION}?format=docx") as &str, 400, Some("format")),
        (&format!("/cite/provision/{PROVISION}?asOf=2025-13-01"), 400, Some("asOf")),
        (&format!("/cite/provision/{PROVISION}?lang=de"), 400, Some("lang")),
        ("/cite/source/seed-001-forum-post?asOf=2025-01-01", 400, Some("asOf")),
        (&format!("/cite/provision/{PROVISION}?style=apa"), 400, Some("style")),
    ] {
        let response = server.client.get(format!("{}{path}", server.base)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{path}");
        let body: Value = response.json().await.unwrap();
        let error = &body["errors"][0];
        if let Some(field) = field {
            assert_eq!(error["extensions"]["field"], field, "{path}: {body}");
            assert!(error["message"].as_str().unwrap().contains(field), "{body}");
        }
        assert!(!error["extensions"]["messageFr"].as_str().unwrap().is_empty(), "{body}");
    }
}
