//! Which media type a response is sent as, from the request's `Accept` header
//! (GraphQL over HTTP, "Accept" and "Body").

use axum::http::{header, HeaderMap};

pub const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";
pub const JSON: &str = "application/json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MediaType {
    /// `application/graphql-response+json`: status codes tell request errors apart.
    GraphQLResponseJson,
    /// `application/json`: every GraphQL answer is a `200`, as legacy clients expect.
    Json,
}

impl MediaType {
    pub fn content_type(self) -> &'static str {
        match self {
            MediaType::GraphQLResponseJson => "application/graphql-response+json; charset=utf-8",
            MediaType::Json => "application/json; charset=utf-8",
        }
    }
}

/// The media type to answer with: `application/graphql-response+json` when the
/// client accepts it (with a non-zero quality), else `application/json` when it
/// accepts that, `application/*` or `*/*`, or sends no `Accept` at all (the
/// specification's defaults); `None` when it accepts neither (a `406`).
pub fn response_media(headers: &HeaderMap) -> Option<MediaType> {
    let values: Vec<&str> = headers.get_all(header::ACCEPT).iter().filter_map(|v| v.to_str().ok()).collect();
    if values.is_empty() {
        return Some(MediaType::Json);
    }
    let mut best: Option<(f32, MediaType)> = None;
    for range in values.iter().flat_map(|v| v.split(',')) {
        let mut parts = range.split(';');
        let essence = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality =
            parts.filter_map(|p| p.trim().strip_prefix("q=")).find_map(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
        let media = match essence.as_str() {
            GRAPHQL_RESPONSE_JSON => MediaType::GraphQLResponseJson,
            JSON | "application/*" | "*/*" => MediaType::Json,
            _ => continue,
        };
        // Higher quality wins; on a tie, the more precise graphql-response+json.
        let better = match best {
            None => quality > 0.0,
            Some((q, m)) => {
                quality > q || (quality == q && m == MediaType::Json && media == MediaType::GraphQLResponseJson)
            }
        };
        if better {
            best = Some((quality, media));
        }
    }
    best.map(|(_, media)| media)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn media(accept: Option<&str>) -> Option<MediaType> {
        let mut headers = HeaderMap::new();
        if let Some(accept) = accept {
            headers.insert(header::ACCEPT, accept.parse().unwrap());
        }
        response_media(&headers)
    }

    #[test]
    fn accept_picks_the_media_type() {
        assert_eq!(media(None), Some(MediaType::Json));
        assert_eq!(media(Some("*/*")), Some(MediaType::Json));
        assert_eq!(media(Some("application/json")), Some(MediaType::Json));
        assert_eq!(media(Some("application/graphql-response+json")), Some(MediaType::GraphQLResponseJson));
        assert_eq!(
            media(Some("application/json;q=0.9, application/graphql-response+json")),
            Some(MediaType::GraphQLResponseJson)
        );
        assert_eq!(media(Some("application/graphql-response+json;q=0.5, application/json")), Some(MediaType::Json));
        assert_eq!(media(Some("text/html")), None);
        assert_eq!(media(Some("application/json;q=0")), None);
    }
}
