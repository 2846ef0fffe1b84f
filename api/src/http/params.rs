//! A GraphQL-over-HTTP request's parameters, from a `GET` query string or a `POST`
//! JSON body, with a clear refusal for anything else.

use std::collections::HashMap;

use axum::extract::Query;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use serde_json::{Map, Value};

/// `query`, `operationName`, `variables` and `extensions`, as sent.
#[derive(Debug, Default)]
pub struct Params {
    pub query: Option<String>,
    pub operation_name: Option<String>,
    pub variables: Map<String, Value>,
    pub extensions: Map<String, Value>,
}

/// A request that is not a GraphQL request: its status and what was wrong.
#[derive(Debug)]
pub struct Refusal {
    pub status: StatusCode,
    pub message: String,
}

fn bad_request(message: impl Into<String>) -> Refusal {
    Refusal { status: StatusCode::BAD_REQUEST, message: message.into() }
}

/// From a `GET` query string: `variables` and `extensions` are JSON texts.
pub fn from_query_string(uri: &Uri) -> Result<Params, Refusal> {
    let Query(pairs) = Query::<HashMap<String, String>>::try_from_uri(uri)
        .map_err(|e| bad_request(format!("the query string does not decode: {e}")))?;
    let json_map = |name: &str| -> Result<Map<String, Value>, Refusal> {
        match pairs.get(name).map(|text| serde_json::from_str::<Value>(text)) {
            None => Ok(Map::new()),
            Some(Ok(value)) => map_or_null(name, value),
            Some(Err(e)) => Err(bad_request(format!("`{name}` is not JSON: {e}"))),
        }
    };
    Ok(Params {
        query: pairs.get("query").cloned(),
        operation_name: pairs.get("operationName").filter(|n| !n.is_empty()).cloned(),
        variables: json_map("variables")?,
        extensions: json_map("extensions")?,
    })
}

/// From a `POST` body, which must be a JSON object sent as `application/json`.
pub fn from_body(headers: &HeaderMap, body: &[u8]) -> Result<Params, Refusal> {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let essence = content_type.map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
    if essence.as_deref() != Some("application/json") {
        let sent = content_type.map_or("no content-type".to_string(), |c| format!("content-type {c:?}"));
        return Err(Refusal {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            message: format!("a POST must send its request as application/json; got {sent}"),
        });
    }
    if body.is_empty() {
        return Err(bad_request("the request body is empty; send {\"query\": \"...\"}"));
    }
    let value: Value =
        serde_json::from_slice(body).map_err(|e| bad_request(format!("the request body is not JSON: {e}")))?;
    let Value::Object(mut object) = value else {
        let what = if value.is_array() { "an array (batches are not supported)" } else { "not an object" };
        return Err(bad_request(format!("the request body is {what}; send one {{\"query\": \"...\"}}")));
    };
    let query = match object.remove("query") {
        None | Some(Value::Null) => None,
        Some(Value::String(query)) => Some(query),
        Some(other) => return Err(bad_request(format!("`query` must be a string, got {}", kind(&other)))),
    };
    let operation_name = match object.remove("operationName") {
        None | Some(Value::Null) => None,
        Some(Value::String(name)) => Some(name).filter(|n| !n.is_empty()),
        Some(other) => return Err(bad_request(format!("`operationName` must be a string, got {}", kind(&other)))),
    };
    let variables = map_or_null("variables", object.remove("variables").unwrap_or(Value::Null))?;
    let extensions = map_or_null("extensions", object.remove("extensions").unwrap_or(Value::Null))?;
    Ok(Params { query, operation_name, variables, extensions })
}

fn map_or_null(name: &str, value: Value) -> Result<Map<String, Value>, Refusal> {
    match value {
        Value::Null => Ok(Map::new()),
        Value::Object(map) => Ok(map),
        other => Err(bad_request(format!("`{name}` must be an object, got {}", kind(&other)))),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
