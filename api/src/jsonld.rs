//! `GET /provisions/{slug}.jsonld`: a provision as schema.org `Legislation` in
//! JSON-LD, with ELI terms (see `lawtracker_core::opendata::jsonld`).

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use lawtracker_core::model::{Law, Provision};
use lawtracker_core::opendata::jsonld;
use lawtracker_core::Store;

use crate::error::code;
use crate::feeds::site_base;
use crate::sync::{json_error, unreadable, Refusal};

pub fn routes<S: Clone + Send + Sync + 'static>(store: Store) -> Router<S> {
    // One segment with its extension: the path syntax has no suffix after a parameter.
    Router::new().route("/provisions/{file}", get(provision)).with_state(store)
}

fn not_found(english: String, french: String) -> Refusal {
    json_error(StatusCode::NOT_FOUND, code::NOT_FOUND, english, french)
}

async fn provision(
    State(store): State<Store>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let Some(slug) = file.strip_suffix(".jsonld").filter(|s| !s.is_empty()) else {
        return Err(not_found(
            format!("No document {file:?}: a provision is at /provisions/SLUG.jsonld."),
            format!("Aucun document « {file} » : une disposition est à /provisions/SLUG.jsonld."),
        ));
    };
    let missing = || not_found(format!("No provision {slug:?}."), format!("Aucune disposition « {slug} »."));
    let provision = store.by_slug::<Provision>(slug).await.map_err(unreadable)?.ok_or_else(missing)?;
    let law =
        store.by_ids::<Law>(&[provision.law_id]).await.map_err(unreadable)?.into_iter().next().ok_or_else(missing)?;
    let stages = store.stages_of_laws(&[law.id]).await.map_err(unreadable)?;
    let codes = store.codes_of(&[provision.id]).await.map_err(unreadable)?;
    let texts = store.texts_of(&[provision.id]).await.map_err(unreadable)?;
    let today = chrono::Utc::now().date_naive();
    let doc = jsonld::provision(&provision, &law, &stages, &codes, &texts, &site_base(&headers), today);
    Ok((
        [
            (header::CONTENT_TYPE, jsonld::CONTENT_TYPE),
            // The status is today's: a cache may keep it for a while, not for days.
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        doc.to_string(),
    )
        .into_response())
}
