//! The front end at `/app`: the built assets of `web/` (committed in `web/dist`),
//! embedded in the binary so that `lawtracker serve` alone serves it, with no Node and
//! nothing fetched from elsewhere at run time.
//!
//! Every `/app/...` path that is not a file answers `index.html`: the front end routes
//! in the browser, and a shared link such as `/app/provisions/isolation-regime` must
//! open that page.

use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use include_dir::{include_dir, Dir};

static DIST: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../web/dist");

/// Only this origin: scripts, styles, images, the basemap and the API (`connect-src
/// 'self'` covers the same-origin WebSocket at /ws in CSP Level 3 browsers).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
     frame-ancestors 'none'";

/// The service mounted at `/app` (it sees paths with `/app` stripped).
pub fn service() -> Router {
    Router::new().fallback(get(asset))
}

async fn asset(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let (file, status) = match DIST.get_file(path) {
        Some(file) if !path.is_empty() => (file, StatusCode::OK),
        // A path with an extension is a file: a missing one is a 404, not the page.
        _ if path.rsplit('/').next().is_some_and(|name| name.contains('.')) => {
            return (StatusCode::NOT_FOUND, "no such file in the front end").into_response()
        }
        _ => match DIST.get_file("index.html") {
            Some(index) => (index, StatusCode::OK),
            None => return (StatusCode::NOT_FOUND, "the front end was not built (web/dist is empty)").into_response(),
        },
    };
    let mut response = (status, file.contents()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(file.path().to_str().unwrap_or(""))));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // File names carry no content hash (so builds are byte-identical): revalidate.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}
