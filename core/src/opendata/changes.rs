//! The change feed as NDJSON (`GET /changes?since=CURSOR`): one line per revision in
//! commit order, so that a copy replaying it stays exact. A deletion is a line whose
//! `after` is null (a tombstone).
//!
//! The cursor is the same opaque text the GraphQL `Revision.cursor` gives, so a
//! client may switch between the two feeds without losing its place.

use serde::Serialize;
use serde_json::Value;

use crate::model::Revision;
use crate::store::queries::Cursor;

/// The page size when none is asked for, and the most one page may hold.
pub const DEFAULT_LIMIT: usize = 1000;
pub const MAX_LIMIT: usize = 10_000;

/// The cursor that resumes right after the revision at place `sequence` in commit
/// order (0: from the start).
pub fn cursor_after(sequence: i64) -> String {
    Cursor { sort: None, id: sequence }.encode()
}

/// The place in commit order a cursor resumes after, or why the text is not a cursor
/// of the revision feed (a cursor of a sorted list carries a sort key; a place is never negative).
pub fn parse_cursor(text: &str) -> Result<i64, String> {
    match Cursor::decode(text) {
        Ok(Cursor { sort: None, id }) if id >= 0 => Ok(id),
        _ => Err(format!("{text:?} is not a cursor of the revision feed")),
    }
}

/// One line of the feed; field names as the GraphQL `Revision` spells them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Line<'a> {
    cursor: String,
    sequence: i64,
    at: &'a str,
    author: &'a str,
    /// snake_case, as the data package's `revisions` table and `data/FORMAT.md` write them.
    operation: &'static str,
    entity_type: &'static str,
    entity_slug: &'a str,
    related: Vec<&'a str>,
    before: Value,
    after: Value,
}

/// A stored record (JSON text) as JSON; text that does not parse is kept as a string
/// rather than dropped, so that a copy never loses what the database holds.
fn record(text: Option<&str>) -> Value {
    match text {
        None => Value::Null,
        Some(text) => serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_string())),
    }
}

/// The revision as one NDJSON line, newline included.
pub fn change_line(revision: &Revision) -> String {
    let line = Line {
        cursor: cursor_after(revision.commit_seq),
        sequence: revision.commit_seq,
        at: &revision.at,
        author: &revision.author,
        operation: revision.operation.as_str(),
        entity_type: revision.entity_type.as_str(),
        entity_slug: &revision.entity_slug,
        related: revision.related_slugs().collect(),
        before: record(revision.before.as_deref()),
        after: record(revision.after.as_deref()),
    };
    let mut text = serde_json::to_string(&line).expect("a feed line always serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_and_foreign_text_is_refused() {
        assert_eq!(parse_cursor(&cursor_after(42)), Ok(42));
        assert_eq!(parse_cursor(&cursor_after(0)), Ok(0));
        assert!(parse_cursor("not a cursor").is_err());
        let sorted = Cursor { sort: Some("2025".into()), id: 3 }.encode();
        assert!(parse_cursor(&sorted).is_err(), "a sorted list's cursor is not a feed place");
        assert!(parse_cursor(&cursor_after(-1)).is_err());
    }
}
