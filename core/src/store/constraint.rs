//! Constraint violations as the caller's errors. The store checks every write before
//! making it, but two writers can race past a check (two creates of one slug, a
//! reference deleted meanwhile); the database's constraints then refuse the second.
//! That refusal is the caller's to fix, so it becomes a [`Problem`] naming the field,
//! the same answer the check gives when there is no race: never an internal error.
//!
//! Recognised by sqlx's backend-neutral [`ErrorKind`] and, on PostgreSQL, the
//! constraint name. SQLite reports neither a constraint name nor a trigger's code,
//! only its message, so for SQLite the columns and our triggers' fixed messages are
//! read from the message.

use sqlx::error::ErrorKind;

use crate::error::{Problem, StoreError};

/// Our triggers that refuse quotes: (constraint name on PostgreSQL, message on
/// SQLite, field at fault, what to tell the caller).
const TRIGGERS: [(&str, &str, &str, &str); 4] = [
    (
        "citation_quote_in_source",
        "citation quote does not occur in its source text",
        "citations",
        "a quote does not occur in its source's text (did the source change meanwhile?)",
    ),
    (
        "provision_text_in_source",
        "provision text does not occur in its source text",
        "texts",
        "a provision text does not occur in its source's text (did the source change meanwhile?)",
    ),
    (
        "source_body_keeps_quotes",
        "source text change would orphan a citation quote",
        "text",
        "the new text no longer contains a quote that a citation relies on",
    ),
    (
        "source_body_keeps_provision_texts",
        "source text change would orphan a provision text",
        "text",
        "the new text no longer contains a quote that a provision text relies on",
    ),
];

/// A constraint violation is the caller's error, with the field named; a full disk
/// or an unavailable database is its own error (see `fault`); anything else the
/// database says is ours. (Here rather than in `error`, so that `error`
/// does not depend on the store.)
impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        if storage_full(&err) {
            return StoreError::StorageFull;
        }
        if let Some(fault) = super::fault::fault(&err) {
            return super::fault::into_error(fault, crate::error::WriteOutcome::NotWritten);
        }
        match violation(&err) {
            Some(problem) => StoreError::Invalid(vec![problem]),
            None => StoreError::Database(err),
        }
    }
}

/// SQLite out of space: `SQLITE_FULL` (13, what its VFS answers when `write` fails
/// with ENOSPC) and `SQLITE_IOERR_SHMSIZE` (4874, growing the `-shm` WAL index
/// failed, which SQLite documents as a full volume). Other `SQLITE_IOERR` codes are
/// not mapped: sqlx does not expose the errno that would tell ENOSPC from EIO.
fn storage_full(err: &sqlx::Error) -> bool {
    const SQLITE_FULL: i64 = 13;
    const SQLITE_IOERR_SHMSIZE: i64 = 10 | (19 << 8);
    let sqlx::Error::Database(db) = err else { return false };
    if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_none() {
        return false;
    }
    let code = db.code().and_then(|code| code.parse::<i64>().ok()).unwrap_or_default();
    code & 0xff == SQLITE_FULL || code == SQLITE_IOERR_SHMSIZE
}

/// The problem a constraint violation reports, or `None` for any other failure.
pub(crate) fn violation(err: &sqlx::Error) -> Option<Problem> {
    let sqlx::Error::Database(db) = err else { return None };
    let constraint = db.constraint().unwrap_or_default();
    let message = db.message();
    let record = db.table().map(str::to_string).or_else(|| sqlite_table(message)).unwrap_or_else(|| "record".into());
    let problem = |field: &str, message: String| Some(Problem { record: record.clone(), field: field.into(), message });
    if let Some((_, _, field, text)) =
        TRIGGERS.iter().find(|(name, sqlite_message, ..)| *name == constraint || message.contains(sqlite_message))
    {
        return problem(field, text.to_string());
    }
    // PostgreSQL refuses text it cannot hold (NUL) and index entries over a page's
    // third; the input checks refuse both first, this names any path they missed.
    match db.code().as_deref() {
        Some("22021") => return problem("", "contains a character the database cannot store (NUL, U+0000)".into()),
        Some("54000") => return problem("", "a value is too long for the database to index; shorten it".into()),
        _ => {}
    }
    let columns = columns(&record, constraint, message);
    match db.kind() {
        ErrorKind::UniqueViolation => {
            // Named as the check names it: a slug, or a link's relation or provision.
            let named = columns.iter().find(|c| *c == "slug" || *c == "relation").or(columns.first());
            let field = named.map(|c| field_of(c)).unwrap_or_default();
            let what = if columns.iter().any(|c| c == "slug") { "an entity with this slug" } else { "this link" };
            problem(&field, format!("{what} exists already (written by someone else meanwhile)"))
        }
        ErrorKind::ForeignKeyViolation => {
            let field = columns.first().map(|c| field_of(c)).unwrap_or_default();
            problem(
                &field,
                "refers to a record that does not exist (deleted meanwhile?), or the record is still referred to"
                    .into(),
            )
        }
        ErrorKind::NotNullViolation | ErrorKind::CheckViolation => {
            let field = columns.first().map(|c| field_of(c)).unwrap_or_default();
            problem(&field, format!("refused by the database's rule {:?}", nonempty(constraint, message)))
        }
        _ => None,
    }
}

/// `facility_id` → `facility`: the input names a reference by the entity, not the row id.
fn field_of(column: &str) -> String {
    column.strip_suffix("_id").unwrap_or(column).to_string()
}

fn nonempty<'a>(constraint: &'a str, message: &'a str) -> &'a str {
    if constraint.is_empty() {
        message
    } else {
        constraint
    }
}

/// The columns of a violated constraint. PostgreSQL's default names are
/// `table_col1_col2_key` / `_fkey` / `_check`; SQLite's message ends with
/// `table.col1, table.col2`.
fn columns(table: &str, constraint: &str, message: &str) -> Vec<String> {
    if !constraint.is_empty() {
        let bare = constraint.strip_prefix(table).and_then(|c| c.strip_prefix('_')).unwrap_or(constraint);
        let bare = ["_key", "_fkey", "_check", "_pkey"].iter().find_map(|s| bare.strip_suffix(s)).unwrap_or(bare);
        // Column names hold underscores too: rebuild them from the known suffix `_id`.
        let mut out: Vec<String> = Vec::new();
        let mut current = String::new();
        for part in bare.split('_') {
            if !current.is_empty() {
                current.push('_');
            }
            current.push_str(part);
            if part == "id" || matches!(part, "slug" | "relation" | "position" | "name") {
                out.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        return out;
    }
    match message.split_once(": ") {
        Some((_, list)) => list.split(", ").filter_map(|c| c.split_once('.').map(|(_, col)| col.to_string())).collect(),
        None => Vec::new(),
    }
}

/// The table SQLite names in `UNIQUE constraint failed: table.column`.
fn sqlite_table(message: &str) -> Option<String> {
    let (_, list) = message.split_once(": ")?;
    list.split(", ").next()?.split_once('.').map(|(table, _)| table.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraint_names_give_their_columns() {
        assert_eq!(columns("sources", "sources_slug_key", ""), ["slug"]);
        assert_eq!(
            columns("provision_incidents", "provision_incidents_provision_id_incident_id_relation_key", ""),
            ["provision_id", "incident_id", "relation"]
        );
        assert_eq!(columns("incidents", "incidents_investigating_body_id_fkey", ""), ["investigating_body_id"]);
        assert_eq!(
            columns(
                "provision_criticisms",
                "",
                "UNIQUE constraint failed: provision_criticisms.provision_id, provision_criticisms.criticism_id"
            ),
            ["provision_id", "criticism_id"]
        );
        assert_eq!(field_of("investigating_body_id"), "investigating_body");
    }

    #[test]
    fn sqlite_out_of_space_is_storage_full_and_other_errors_are_not() {
        assert!(!storage_full(&sqlx::Error::RowNotFound));
        assert!(matches!(StoreError::from(sqlx::Error::RowNotFound), StoreError::Database(_)));
    }
}
