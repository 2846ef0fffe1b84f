//! `GET /cite/{type}/{slug}?format=csl-json|bibtex|ris&asOf=YYYY-MM-DD&lang=en|fr`:
//! "cite this" for a provision, an incident, a criticism or a source (see
//! `lawtracker_core::opendata::cite` and `works`). `asOf` pins a provision to a day
//! (its status and stage then); `lang` is the language of the words the citation
//! adds (notes, and titles where a record has both). `format` defaults to CSL-JSON.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::NaiveDate;
use lawtracker_core::model::{Actor, Criticism, Incident, Law, Provision, Source};
use lawtracker_core::opendata::cite::{CiteFormat, Work};
use lawtracker_core::opendata::words::Lang;
use lawtracker_core::opendata::works::{self, Site};
use lawtracker_core::{Store, StoreError};

use crate::error::code;
use crate::feeds::site_base;
use crate::sync::{bad_parameter, json_error, unreadable, Refusal};

pub fn routes<S: Clone + Send + Sync + 'static>(store: Store) -> Router<S> {
    Router::new().route("/cite/{kind}/{slug}", get(cite)).with_state(store)
}

/// The kinds of record that can be cited, as the URL names them.
const KINDS: &str = "provision, incident, criticism, source";

fn not_found(english: String, french: String) -> Refusal {
    json_error(StatusCode::NOT_FOUND, code::NOT_FOUND, english, french)
}

/// What the query asks for, or the 400 naming the first bad parameter.
struct Asked {
    format: CiteFormat,
    as_of: Option<NaiveDate>,
    lang: Lang,
}

fn asked(params: &HashMap<String, String>) -> Result<Asked, Refusal> {
    if let Some(name) = params.keys().find(|name| !matches!(name.as_str(), "format" | "asOf" | "lang")) {
        return Err(bad_parameter(
            name,
            format!("Unknown parameter {name:?}: /cite takes format, asOf and lang."),
            format!("Paramètre inconnu « {name} » : /cite prend format, asOf et lang."),
        ));
    }
    let format = match params.get("format") {
        None => CiteFormat::CslJson,
        Some(text) => CiteFormat::parse(text).ok_or_else(|| {
            bad_parameter(
                "format",
                format!("format must be {}, not {text:?}.", CiteFormat::NAMES),
                format!("format doit valoir csl-json, bibtex ou ris, pas « {text} »."),
            )
        })?,
    };
    let as_of = match params.get("asOf") {
        None => None,
        Some(text) => Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            bad_parameter(
                "asOf",
                format!("asOf must be a day, YYYY-MM-DD, not {text:?}."),
                format!("asOf doit être un jour, AAAA-MM-JJ, pas « {text} »."),
            )
        })?),
    };
    let lang = match params.get("lang").map(String::as_str) {
        None | Some("en") => Lang::En,
        Some("fr") => Lang::Fr,
        Some(other) => {
            return Err(bad_parameter(
                "lang",
                format!("lang must be fr or en, not {other:?}."),
                format!("lang doit valoir fr ou en, pas « {other} »."),
            ))
        }
    };
    Ok(Asked { format, as_of, lang })
}

/// Why a record could not be cited: it does not exist, or the database did not answer.
enum Missing {
    NotFound,
    Store(StoreError),
}

impl From<StoreError> for Missing {
    fn from(error: StoreError) -> Missing {
        Missing::Store(error)
    }
}

fn found<T>(row: Option<T>) -> Result<T, Missing> {
    row.ok_or(Missing::NotFound)
}

async fn provision_work(store: &Store, slug: &str, as_of: Option<NaiveDate>, site: &Site) -> Result<Work, Missing> {
    let provision = found(store.by_slug::<Provision>(slug).await?)?;
    let law = found(store.by_ids::<Law>(&[provision.law_id]).await?.into_iter().next())?;
    let stages = store.stages_of_laws(&[law.id]).await?;
    Ok(works::provision(&provision, &law, &stages, as_of, site))
}

async fn criticism_work(store: &Store, slug: &str, site: &Site) -> Result<Work, Missing> {
    let criticism = found(store.by_slug::<Criticism>(slug).await?)?;
    let actor = found(store.by_ids::<Actor>(&[criticism.actor_id]).await?.into_iter().next())?;
    Ok(works::criticism(&criticism, &actor, site))
}

async fn source_work(store: &Store, slug: &str, site: &Site) -> Result<Work, Missing> {
    let source = found(store.by_slug::<Source>(slug).await?)?;
    let body = store.source_texts(&[source.id]).await?.into_iter().next().map(|t| t.body).unwrap_or_default();
    Ok(works::source(&source, &body, site))
}

async fn cite(
    State(store): State<Store>,
    Path((kind, slug)): Path<(String, String)>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let asked = asked(&params)?;
    if asked.as_of.is_some() && kind != "provision" {
        // Only a provision has stages to be pinned to; other records are cited as they are now.
        return Err(bad_parameter(
            "asOf",
            "asOf applies to provisions only.".into(),
            "asOf ne s'applique qu'aux dispositions.".into(),
        ));
    }
    let site = Site { base: site_base(&headers), accessed: chrono::Utc::now().date_naive(), lang: asked.lang };
    let work = match kind.as_str() {
        "provision" => provision_work(&store, &slug, asked.as_of, &site).await,
        "incident" => {
            async {
                let incident = found(store.by_slug::<Incident>(&slug).await?)?;
                Ok(works::incident(&incident, &site))
            }
            .await
        }
        "criticism" => criticism_work(&store, &slug, &site).await,
        "source" => source_work(&store, &slug, &site).await,
        _ => {
            return Err(not_found(
                format!("Nothing to cite of type {kind:?}: the types are {KINDS}."),
                format!("Rien à citer de type « {kind} » : les types sont provision, incident, criticism, source."),
            ))
        }
    };
    let work = match work {
        Ok(work) => work,
        Err(Missing::NotFound) => {
            return Err(not_found(format!("No {kind} {slug:?}."), format!("Aucune fiche {kind} « {slug} ».")))
        }
        Err(Missing::Store(error)) => return Err(unreadable(error)),
    };
    let filename = format!("{}.{}", work.key, asked.format.extension());
    Ok((
        [
            (header::CONTENT_TYPE, asked.format.content_type().to_string()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{filename}\"")),
            // `accessed` is today's date: a cache may keep it for a while, not for days.
            (header::CACHE_CONTROL, "max-age=3600".to_string()),
        ],
        asked.format.write(&work),
    )
        .into_response())
}
