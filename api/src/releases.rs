//! Releases over HTTP: `GET /data/releases/` lists them (JSON, newest first) and
//! `GET /data/releases/{version}/{file}` serves their files, which never change
//! (`Cache-Control: immutable`). The directory is `serve --releases-dir`; without
//! it these routes answer 404. `lawtracker release` writes releases there.

use std::path::PathBuf;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use lawtracker_core::opendata::release::releases;

#[derive(Clone)]
struct ReleasesDir(Option<PathBuf>);

pub fn routes<S: Clone + Send + Sync + 'static>(dir: Option<PathBuf>) -> Router<S> {
    Router::new()
        .route("/data/releases/", get(list))
        .route("/data/releases/{version}/{file}", get(file))
        .with_state(ReleasesDir(dir))
}

fn not_found(english: &str, french: &str) -> Response {
    let body = format!("{english}\n{french}\n");
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

async fn list(State(ReleasesDir(dir)): State<ReleasesDir>) -> Response {
    let Some(dir) = dir else {
        return not_found("No releases are published here.", "Aucune version n'est publiée ici.");
    };
    match releases(&dir) {
        Ok(mut found) => {
            found.reverse();
            Json(found).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "the releases directory is unreadable");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error; it has been logged").into_response()
        }
    }
}

async fn file(State(ReleasesDir(dir)): State<ReleasesDir>, Path((version, file)): Path<(String, String)>) -> Response {
    let Some(dir) = dir else {
        return not_found("No releases are published here.", "Aucune version n'est publiée ici.");
    };
    // Only names a release lists: never a path out of the directory.
    let listed = releases(&dir).ok().and_then(|all| all.into_iter().find(|r| r.version == version));
    let Some(release) = listed else {
        return not_found(&format!("No release {version:?}."), &format!("Pas de version {version:?}."));
    };
    let known = release.files.contains_key(&file) || file == "release.json" || file == "SHA256SUMS";
    if !known {
        return not_found(
            &format!("Release {version} has no file {file:?}."),
            &format!("La version {version} n'a pas de fichier {file:?}."),
        );
    }
    let content_type = match file.rsplit('.').next() {
        Some("csv") => "text/csv; charset=utf-8; header=present",
        Some("json") => "application/json",
        Some("md") => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
    match tokio::fs::read(dir.join(&version).join(&file)).await {
        Ok(bytes) => {
            let headers =
                [(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=31536000, immutable")];
            (headers, bytes).into_response()
        }
        Err(_) => not_found(
            &format!("Release {version} lacks {file:?}."),
            &format!("La version {version} n'a plus {file:?}."),
        ),
    }
}
