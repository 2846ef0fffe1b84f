//! GraphiQL at `/`, served from the binary: the page and its assets are embedded at
//! build time from `api/assets/graphiql/` (built from npm packages by
//! `tools/graphiql/build.mjs`, production React, no CDN), under a
//! Content-Security-Policy that admits only this server, so it works offline and
//! behind a strict firewall.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use include_dir::{include_dir, Dir};

static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets/graphiql");

/// Only this server: scripts, styles, fonts, images and connections (`/graphql`,
/// and `/ws` for subscriptions) come from the page's own origin; nothing inline.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     font-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// `GET /`: the GraphiQL page.
pub async fn page() -> Response {
    asset_response("index.html", "no-cache")
}

/// `GET /graphiql/{*path}`: the page's script, stylesheets, fonts and images.
pub async fn asset(Path(path): Path<String>) -> Response {
    // The built files change only with the binary; an hour is short enough for an upgrade.
    asset_response(&path, "public, max-age=3600")
}

fn asset_response(path: &str, cache_control: &'static str) -> Response {
    let Some(file) = ASSETS.get_file(path) else {
        return (StatusCode::NOT_FOUND, "no such GraphiQL asset").into_response();
    };
    let content_type = match path.rsplit_once('.').map(|(_, extension)| extension) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("png") => "image/png",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache_control)),
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        ],
        file.contents(),
    )
        .into_response()
}
