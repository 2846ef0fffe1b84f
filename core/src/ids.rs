//! Public identifiers. Every entity has a slug (stable, readable, unique within its
//! kind) and a Relay global ID derived from kind and slug, so IDs survive an export
//! into another database, unlike row numbers.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// True for lowercase ASCII words joined by single hyphens: `isolation-regime`.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `base64url("Provision:isolation-regime")`.
pub fn global_id(kind: &str, slug: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{kind}:{slug}"))
}

/// Why an ID argument could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("{id:?} is a {found} ID, but a {expected} ID or slug was expected")]
    WrongKind { id: String, expected: String, found: String },
    #[error("{0:?} is neither a global ID nor a slug (lowercase letters, digits and single hyphens)")]
    Malformed(String),
}

/// Decodes a global ID into `(kind, slug)`, or `None` when `id` is not one.
pub fn decode_global_id(id: &str) -> Option<(String, String)> {
    let bytes = URL_SAFE_NO_PAD.decode(id.trim_end_matches('=')).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (kind, slug) = text.split_once(':')?;
    let kind_ok = !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_alphabetic());
    (kind_ok && is_valid_slug(slug)).then(|| (kind.to_string(), slug.to_string()))
}

/// Accepts either a global ID of the `expected` kind or a bare slug, and returns the slug.
///
/// The two cannot be confused: a global ID begins with the base64 of an uppercase
/// letter (`Q` to `W` for `A` to `Z`), and a slug has no uppercase letter at all.
pub fn slug_from_id_or_slug(expected: &str, id: &str) -> Result<String, IdError> {
    if let Some((kind, slug)) = decode_global_id(id) {
        return if kind == expected {
            Ok(slug)
        } else {
            Err(IdError::WrongKind { id: id.to_string(), expected: expected.to_string(), found: kind })
        };
    }
    if is_valid_slug(id) {
        Ok(id.to_string())
    } else {
        Err(IdError::Malformed(id.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_ids_round_trip_and_name_their_kind() {
        let id = global_id("Provision", "isolation-regime");
        assert_eq!(decode_global_id(&id), Some(("Provision".into(), "isolation-regime".into())));
        assert_eq!(slug_from_id_or_slug("Provision", &id), Ok("isolation-regime".into()));
        assert_eq!(slug_from_id_or_slug("Provision", "isolation-regime"), Ok("isolation-regime".into()));
        assert!(matches!(slug_from_id_or_slug("Incident", &id), Err(IdError::WrongKind { .. })));
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in ["", "Isolation Regime", "a--b", "-a", "x;drop table", "é"] {
            assert!(matches!(slug_from_id_or_slug("Provision", bad), Err(IdError::Malformed(_))), "{bad}");
        }
    }
}
