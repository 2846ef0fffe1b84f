//! Atom feeds of the latest changes, for feed readers: the whole tracker
//! (`/feeds/changes.atom`), one provision (`/feeds/provisions/{slug}.atom`: its own
//! edits and the links that name it) and one entity type (`/feeds/{type}.atom`, the
//! data package's table names: `incidents`, `criticisms`, ...). `?lang=fr|en`, else
//! the `Accept-Language` header, else English. Each entry links to the record's page
//! in the front end and, as `related`, to the revision in the sync feed.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use lawtracker_core::model::{self, EntityType, Revision};
use lawtracker_core::opendata::atom::{self, Entry, Feed};
use lawtracker_core::opendata::changes::cursor_after;
use lawtracker_core::opendata::words::{self, Lang};
use lawtracker_core::Store;
use strum::VariantArray;

use crate::enums::Language;
use crate::sync::{bad_parameter, json_error, unreadable, Refusal};

/// How many of the latest changes a feed holds: readers poll, and the sync feed has the rest.
pub const ENTRIES: usize = 50;

pub fn routes<S: Clone + Send + Sync + 'static>(store: Store) -> Router<S> {
    Router::new()
        .route("/feeds/changes.atom", get(everything))
        .route("/feeds/provisions/{file}", get(provision))
        .route("/feeds/{file}", get(of_type))
        .with_state(store)
}

/// What every feed request carries: its language, whether it was asked in the URL,
/// and the site's address as the client reached it.
struct Asked {
    lang: Lang,
    explicit: bool,
    base: String,
}

fn asked(params: &HashMap<String, String>, headers: &HeaderMap) -> Result<Asked, Refusal> {
    if let Some(name) = params.keys().find(|name| *name != "lang") {
        return Err(bad_parameter(
            name,
            format!("Unknown parameter {name:?}: feeds take only lang=fr or lang=en."),
            format!("Paramètre inconnu « {name} » : les flux ne prennent que lang=fr ou lang=en."),
        ));
    }
    let lang = match params.get("lang").map(String::as_str) {
        Some("fr") => Lang::Fr,
        Some("en") => Lang::En,
        Some(other) => {
            return Err(bad_parameter(
                "lang",
                format!("lang must be fr or en, not {other:?}."),
                format!("lang doit valoir fr ou en, pas « {other} »."),
            ))
        }
        None => match crate::http::preferred_language(headers).0 {
            Some(Language::Fr) => Lang::Fr,
            _ => Lang::En,
        },
    };
    Ok(Asked { lang, explicit: params.contains_key("lang"), base: site_base(headers) })
}

/// The site's address as the client reached it, for absolute links (Atom ids,
/// citations' URLs): HTTPS behind a proxy is told as session cookies tell it
/// (X-Forwarded-Proto).
pub(crate) fn site_base(headers: &HeaderMap) -> String {
    let https = headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    format!("{}://{host}", if https { "https" } else { "http" })
}

fn entry(revision: &Revision, asked: &Asked) -> Entry {
    let base = &asked.base;
    // The revision as one line of the sync feed: a permanent URL that serves it.
    let revision_url = format!("{base}/changes?since={}&limit=1", cursor_after(revision.commit_seq - 1));
    let href = if revision.after.is_some() {
        format!("{base}{}", words::page_path(revision.entity_type, &revision.entity_slug))
    } else {
        // A deleted record has no page any more: the tombstone is what remains.
        revision_url.clone()
    };
    Entry {
        id: revision_url.clone(),
        title: words::title(revision, asked.lang),
        updated: revision.at.clone(),
        author: revision.author.clone(),
        href,
        related_href: revision_url,
        summary: words::summary(revision, asked.lang),
        category: words::feed_name(revision.entity_type),
    }
}

/// The feed at `path`, titled in the asked language, over `revisions` (newest first).
fn answer(asked: &Asked, path: &str, page: &str, title: (String, String), revisions: &[Revision]) -> Response {
    let (title, subtitle) = title;
    let query = if asked.explicit { format!("?lang={}", asked.lang.code()) } else { String::new() };
    let updated = revisions.first().map(|r| r.at.clone()).unwrap_or_else(|| {
        // An empty feed still needs an `updated`: now is when it was last checked.
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    });
    let feed = Feed {
        // One id per language: the two are different documents.
        id: format!("{}{path}{}", asked.base, if asked.lang == Lang::Fr { "?lang=fr" } else { "" }),
        title,
        subtitle,
        lang: asked.lang.code(),
        self_href: format!("{}{path}{query}", asked.base),
        alternate_href: format!("{}{page}", asked.base),
        updated,
        entries: revisions.iter().map(|r| entry(r, asked)).collect(),
    };
    (
        [
            (header::CONTENT_TYPE, atom::CONTENT_TYPE),
            (header::CONTENT_LANGUAGE, asked.lang.code()),
            (header::VARY, "Accept-Language"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        atom::write(&feed),
    )
        .into_response()
}

fn subtitle(lang: Lang, english: &str, french: &str) -> String {
    if lang == Lang::Fr { french } else { english }.to_string()
}

async fn everything(
    State(store): State<Store>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let asked = asked(&params, &headers)?;
    let revisions = store.latest_revisions(&[], None, ENTRIES).await.map_err(unreadable)?;
    let title = match asked.lang {
        Lang::En => "lawtracker: every change".to_string(),
        Lang::Fr => "lawtracker : toutes les modifications".to_string(),
    };
    let sub = subtitle(
        asked.lang,
        "The latest changes to every record of the tracker. The whole history is at /changes.",
        "Les dernières modifications de toutes les fiches du suivi. Tout l'historique est sur /changes.",
    );
    Ok(answer(&asked, "/feeds/changes.atom", "/app/", (title, sub), &revisions))
}

/// `{name}.atom`'s name, or a 404 saying what to ask for.
fn feed_file(file: &str) -> Result<&str, Refusal> {
    file.strip_suffix(".atom").filter(|name| !name.is_empty()).ok_or_else(|| {
        json_error(
            StatusCode::NOT_FOUND,
            crate::error::code::NOT_FOUND,
            format!("No feed {file:?}: feeds end in .atom."),
            format!("Aucun flux « {file} » : les flux se terminent par .atom."),
        )
    })
}

async fn provision(
    State(store): State<Store>,
    Path(file): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let asked = asked(&params, &headers)?;
    let slug = feed_file(&file)?;
    let provision = match store.by_slug::<model::Provision>(slug).await.map_err(unreadable)? {
        Some(provision) => provision,
        None => {
            return Err(json_error(
                StatusCode::NOT_FOUND,
                crate::error::code::NOT_FOUND,
                format!("No provision {slug:?}."),
                format!("Aucune disposition « {slug} »."),
            ))
        }
    };
    let revisions =
        store.latest_revisions(&[], Some((EntityType::Provision, slug)), ENTRIES).await.map_err(unreadable)?;
    let heading = match asked.lang {
        Lang::Fr => provision.heading_fr.clone().unwrap_or_else(|| provision.heading.clone()),
        Lang::En => provision.heading.clone(),
    };
    let title = match asked.lang {
        Lang::En => format!("lawtracker: {heading}"),
        Lang::Fr => format!("lawtracker : {heading}"),
    };
    let sub = subtitle(
        asked.lang,
        "Edits to this provision, and the incidents and criticisms linked to it or unlinked from it.",
        "Les modifications de cette disposition, et les incidents et critiques qui y sont liés ou en sont déliés.",
    );
    let path = format!("/feeds/provisions/{slug}.atom");
    Ok(answer(&asked, &path, &words::page_path(EntityType::Provision, slug), (title, sub), &revisions))
}

async fn of_type(
    State(store): State<Store>,
    Path(file): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let asked = asked(&params, &headers)?;
    let name = feed_file(&file)?;
    let Some(entity) = EntityType::VARIANTS.iter().copied().find(|t| words::feed_name(*t) == name) else {
        let list: Vec<&str> = EntityType::VARIANTS.iter().map(|t| words::feed_name(*t)).collect();
        let list = list.join(", ");
        return Err(json_error(
            StatusCode::NOT_FOUND,
            crate::error::code::NOT_FOUND,
            format!("No feed {file:?}. The feeds are changes.atom, provisions/SLUG.atom and one per type: {list}."),
            format!("Aucun flux « {file} ». Les flux sont changes.atom, provisions/SLUG.atom et un par type : {list}."),
        ));
    };
    let revisions = store.latest_revisions(&[entity], None, ENTRIES).await.map_err(unreadable)?;
    let kind = words::kind_label(entity, asked.lang);
    let title = match asked.lang {
        Lang::En => format!("lawtracker: changes — {kind}"),
        Lang::Fr => format!("lawtracker : modifications — {kind}"),
    };
    let sub = subtitle(
        asked.lang,
        "The latest changes to records of this kind.",
        "Les dernières modifications des fiches de ce type.",
    );
    Ok(answer(&asked, &format!("/feeds/{name}.atom"), "/app/", (title, sub), &revisions))
}
