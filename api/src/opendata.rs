//! `GET /data/`: the dataset as downloads, made from the current database on each
//! request (always current): a bilingual index page, `datapackage.json`, and each
//! table as `{table}.csv` or `{table}.ndjson` (see `lawtracker_core::opendata`).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use lawtracker_core::opendata::{self, OpenData};
use lawtracker_core::store::standby::Standbys;
use lawtracker_core::{transfer, Store};

use crate::enums::Language;

pub const CSV: &str = "text/csv; charset=utf-8; header=present";
pub const NDJSON: &str = "application/x-ndjson";
pub const JSON: &str = "application/json";

/// Downloads are made from the database as it is now: a cache must ask again each time.
const ALWAYS_CURRENT: (header::HeaderName, &str) = (header::CACHE_CONTROL, "no-cache");

/// The routes, with their own state: they need the store and nothing else.
/// Where downloads read from: a hot standby within the lag threshold when there is
/// one (the whole export is a long read the primary need not do), else the primary.
#[derive(Clone)]
struct Downloads {
    primary: Store,
    standbys: Option<Standbys>,
}

pub fn routes<S: Clone + Send + Sync + 'static>(store: Store, standbys: Option<Standbys>) -> Router<S> {
    Router::new()
        .route("/data", get(index))
        .route("/data/", get(index))
        .route("/data/datapackage.json", get(datapackage))
        .route("/data/lawtracker.sqlite", get(sqlite))
        .route("/data/{file}", get(file))
        .with_state(Downloads { primary: store, standbys })
}

/// A plain-text answer in both languages (these are read by people at a terminal or a browser).
fn plain(status: StatusCode, english: &str, french: &str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], format!("{english}\n{french}\n")).into_response()
}

/// The whole database as tables, or the answer to send when it cannot be read.
/// The current data, and who read it (`X-Lawtracker-Served-By`, when standbys are
/// configured: `primary` or the standby's label).
async fn current(downloads: &Downloads) -> Result<(OpenData, Option<String>), Response> {
    if let Some(chosen) = downloads.standbys.as_ref().and_then(Standbys::choose) {
        match transfer::export(&chosen.store).await {
            Ok(document) => return Ok((OpenData::from_document(&document), Some(chosen.label))),
            // Left for a while; this download reads from the primary.
            Err(error) => {
                tracing::warn!(%error, standby = %chosen.label, "open data: the standby failed the export");
                if let Some(standbys) = &downloads.standbys {
                    standbys.mark_failed(chosen.index);
                }
            }
        }
    }
    let served_by = downloads.standbys.as_ref().map(|_| "primary".to_string());
    match transfer::export(&downloads.primary).await {
        Ok(document) => Ok((OpenData::from_document(&document), served_by)),
        Err(error) => {
            tracing::error!(%error, "open data: cannot read the database");
            Err(plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The data cannot be read right now; try again shortly.",
                "Les données ne peuvent pas être lues pour le moment ; réessayez dans un instant.",
            ))
        }
    }
}

async fn datapackage(State(downloads): State<Downloads>) -> Response {
    match current(&downloads).await {
        Ok((data, by)) => served_by(
            by,
            ([(header::CONTENT_TYPE, JSON), ALWAYS_CURRENT], opendata::datapackage(&data)).into_response(),
        ),
        Err(response) => response,
    }
}

pub const SQLITE: &str = "application/vnd.sqlite3";

/// Every table in one SQLite file, made like the CSVs from the current database.
async fn sqlite(State(downloads): State<Downloads>) -> Response {
    let (data, by) = match current(&downloads).await {
        Ok(answer) => answer,
        Err(response) => return response,
    };
    match lawtracker_core::store::opendata_sqlite::sqlite_bytes(&data).await {
        Ok(bytes) => served_by(
            by,
            (
                [
                    (header::CONTENT_TYPE, SQLITE),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"lawtracker.sqlite\""),
                    ALWAYS_CURRENT,
                ],
                bytes,
            )
                .into_response(),
        ),
        Err(error) => {
            tracing::error!(%error, "open data: cannot write the SQLite download");
            plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The SQLite file cannot be made right now; try again shortly, or download the CSV files.",
                "Le fichier SQLite ne peut pas être produit pour le moment ; réessayez dans un instant, ou téléchargez les fichiers CSV.",
            )
        }
    }
}

/// `{table}.csv` or `{table}.ndjson`; anything else is a 404 that names what exists.
async fn file(State(downloads): State<Downloads>, Path(file): Path<String>) -> Response {
    let (name, extension) = file.rsplit_once('.').unwrap_or((file.as_str(), ""));
    if extension != "csv" && extension != "ndjson" {
        return plain(
            StatusCode::NOT_FOUND,
            &format!("No download {file:?}: ask for datapackage.json, TABLE.csv or TABLE.ndjson (the list is at /data/)."),
            &format!(
                "Aucun téléchargement « {file} » : demandez datapackage.json, TABLE.csv ou TABLE.ndjson (la liste est sur /data/)."
            ),
        );
    }
    let names = opendata::table_names();
    if !names.contains(&name) {
        let list = names.join(", ");
        return plain(
            StatusCode::NOT_FOUND,
            &format!("Unknown table {name:?}. The tables are: {list}."),
            &format!("Table inconnue « {name} ». Les tables sont : {list}."),
        );
    }
    let (data, by) = match current(&downloads).await {
        Ok(answer) => answer,
        Err(response) => return response,
    };
    let Some(table) = data.table(name) else {
        // table_names() and OpenData list the same declarations.
        return plain(StatusCode::NOT_FOUND, "Unknown table.", "Table inconnue.");
    };
    let response = if extension == "csv" {
        ([(header::CONTENT_TYPE, CSV), ALWAYS_CURRENT], opendata::to_csv(table)).into_response()
    } else {
        ([(header::CONTENT_TYPE, NDJSON), ALWAYS_CURRENT], opendata::to_ndjson(table)).into_response()
    };
    served_by(by, response)
}

fn served_by(by: Option<String>, mut response: Response) -> Response {
    if let Some(value) = by.and_then(|by| axum::http::HeaderValue::from_str(&by).ok()) {
        response.headers_mut().insert(crate::http::replica_route::SERVED_BY, value);
    }
    response
}

/// The page's language: `?lang=fr|en`, else the `Accept-Language` header, else
/// English. A bad parameter is refused with its message in English and in French.
fn language(params: &HashMap<String, String>, headers: &HeaderMap) -> Result<Language, (String, String)> {
    if let Some(name) = params.keys().find(|name| *name != "lang") {
        return Err((
            format!("Unknown parameter {name:?}: this page takes only lang=fr or lang=en."),
            format!("Paramètre inconnu « {name} » : cette page ne prend que lang=fr ou lang=en."),
        ));
    }
    match params.get("lang").map(String::as_str) {
        Some("fr") => Ok(Language::Fr),
        Some("en") => Ok(Language::En),
        Some(other) => Err((
            format!("lang must be fr or en, not {other:?}."),
            format!("lang doit valoir fr ou en, pas « {other} »."),
        )),
        None => Ok(crate::http::preferred_language(headers).0.unwrap_or(Language::En)),
    }
}

/// Escapes text for HTML content and attribute values.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The page's own words, in each language.
struct Words {
    code: &'static str,
    title: &'static str,
    intro: &'static str,
    licence: &'static str,
    package: &'static str,
    notes: &'static str,
    table: &'static str,
    description: &'static str,
    records: &'static str,
    other: (&'static str, &'static str),
    /// The other ways to take the data: (link, what it is).
    elsewhere: [(&'static str, &'static str); 5],
}

const ENGLISH: Words = Words {
    code: "en",
    title: "Open data",
    intro: "The whole dataset, made from the current database each time you download it.",
    licence: "No licence is stated for this dataset.",
    package: "Frictionless Data Package (the Table Schema of every table: types, keys, allowed values; it describes the CSV files)",
    notes: "CSV files are UTF-8 with a header row. Cells that hold several values separate them with “;”. Dates may be partial: YYYY, YYYY-MM or YYYY-MM-DD. Disputed incidents and links are included and flagged in their “disputed” column. NDJSON files hold one JSON object per line, with the same columns.",
    table: "Table",
    description: "What it holds",
    records: "Records",
    other: ("fr", "Version française"),
    elsewhere: [
        ("/data/lawtracker.sqlite", "Every table in one SQLite file (same columns, keys and allowed values)"),
        ("/data/releases/", "Releases: dated, versioned snapshots that never change, with checksums and a changelog (to cite, or deposit for a DOI)"),
        ("/changes", "Every change since a cursor, as NDJSON, deletions included: keeps a copy in sync (GET /changes?since=CURSOR)"),
        ("/feeds/changes.atom", "Atom feed of the latest changes (also per provision: /feeds/provisions/SLUG.atom, and per type)"),
        ("/cite/source/seed-001-forum-post?format=bibtex", "How to cite a record: /cite/TYPE/SLUG?format=csl-json, bibtex or ris (TYPE: provision, incident, criticism, source)"),
    ],
};

const FRENCH: Words = Words {
    code: "fr",
    title: "Données ouvertes",
    intro: "L'ensemble des données, produit à partir de la base actuelle à chaque téléchargement.",
    licence: "Aucune licence n'est indiquée pour ce jeu de données.",
    package: "Data Package Frictionless (le Table Schema de chaque table : types, clés, valeurs permises ; il décrit les fichiers CSV)",
    notes: "Les fichiers CSV sont en UTF-8, avec une ligne d'en-tête. Les cellules à plusieurs valeurs les séparent par « ; ». Les dates peuvent être partielles : AAAA, AAAA-MM ou AAAA-MM-JJ. Les incidents et liens contestés sont inclus et signalés dans leur colonne « disputed ». Les fichiers NDJSON contiennent un objet JSON par ligne, avec les mêmes colonnes.",
    table: "Table",
    description: "Contenu",
    records: "Enregistrements",
    other: ("en", "English version"),
    elsewhere: [
        ("/data/lawtracker.sqlite", "Toutes les tables dans un seul fichier SQLite (mêmes colonnes, clés et valeurs permises)"),
        ("/data/releases/", "Versions publiées : des instantanés datés qui ne changent jamais, avec sommes de contrôle et journal des modifications (à citer, ou à déposer pour un DOI)"),
        ("/changes", "Toutes les modifications depuis un curseur, en NDJSON, suppressions comprises : pour tenir une copie à jour (GET /changes?since=CURSEUR)"),
        ("/feeds/changes.atom", "Flux Atom des dernières modifications (aussi par disposition : /feeds/provisions/SLUG.atom, et par type)"),
        ("/cite/source/seed-001-forum-post?format=bibtex", "Citer un enregistrement : /cite/TYPE/SLUG?format=csl-json, bibtex ou ris (TYPE : provision, incident, criticism, source)"),
    ],
};

async fn index(
    State(downloads): State<Downloads>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let language = match language(&params, &headers) {
        Ok(language) => language,
        Err((english, french)) => return plain(StatusCode::BAD_REQUEST, &english, &french),
    };
    let data = match current(&downloads).await {
        Ok((data, _)) => data,
        Err(response) => return response,
    };
    let words = if language == Language::Fr { &FRENCH } else { &ENGLISH };
    let mut rows = String::new();
    for t in &data.tables {
        let (title, description) = match language {
            Language::Fr => (t.table.title_fr, t.table.description_fr),
            Language::En => (t.table.title, t.table.description),
        };
        let name = t.table.name;
        rows.push_str(&format!(
            "<tr><th scope=\"row\">{title}<br><code>{name}</code></th><td>{description}</td><td>{count}</td>\
             <td><a href=\"/data/{name}.csv\">{name}.csv</a></td><td><a href=\"/data/{name}.ndjson\">{name}.ndjson</a></td></tr>\n",
            title = escape(title),
            description = escape(description),
            count = t.rows.len(),
        ));
    }
    let page = format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} — lawtracker</title>\
         <link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/changes.atom\"></head>\n<body>\n<main>\n\
         <p><a href=\"/data/?lang={other_code}\" hreflang=\"{other_code}\" lang=\"{other_code}\">{other_label}</a></p>\n\
         <h1>{title}</h1>\n<p>{intro}</p>\n<p><strong>{licence}</strong></p>\n\
         <p><a href=\"/data/datapackage.json\">datapackage.json</a> — {package}</p>\n<p>{notes}</p>\n\
         <ul>\n{elsewhere}</ul>\n\
         <table>\n<thead><tr><th scope=\"col\">{table}</th><th scope=\"col\">{description}</th>\
         <th scope=\"col\">{records}</th><th scope=\"col\">CSV</th><th scope=\"col\">NDJSON</th></tr></thead>\n\
         <tbody>\n{rows}</tbody>\n</table>\n</main>\n</body>\n</html>\n",
        code = words.code,
        title = escape(words.title),
        other_code = words.other.0,
        other_label = escape(words.other.1),
        intro = escape(words.intro),
        licence = escape(words.licence),
        package = escape(words.package),
        notes = escape(words.notes),
        table = escape(words.table),
        description = escape(words.description),
        records = escape(words.records),
        elsewhere = words
            .elsewhere
            .iter()
            .map(|(href, what)| format!("<li><a href=\"{}\">{}</a> — {}</li>\n", escape(href), escape(href), escape(what)))
            .collect::<String>(),
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_LANGUAGE, words.code),
            (header::VARY, "Accept-Language"),
            ALWAYS_CURRENT,
        ],
        page,
    )
        .into_response()
}
