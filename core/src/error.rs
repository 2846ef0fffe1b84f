//! One error type for the store. Every variant but `Database` and `Migrate` is the
//! caller's to fix and says exactly what was wrong; those two are ours, and their
//! details go to the log, never to API clients (see `is_internal`).

use crate::evidence::QuoteMismatch;

/// A problem with one field of one record, as reported to whoever submitted it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The record, e.g. `incident "toulon-gunfire-2025-04-15"`.
    pub record: String,
    /// The field, in the submitted document's own naming, e.g. `citations[0].quote`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.record, self.field, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no {entity} with {key}")]
    NotFound { entity: &'static str, key: String },

    #[error("citation {citation} of source {source_slug:?} refused: {mismatch}")]
    FalseQuote { citation: String, source_slug: String, mismatch: QuoteMismatch },

    /// All problems found in a submitted record or document, reported together.
    #[error("{} problem(s): {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),

    /// Optimistic concurrency: the entity changed since the editor read it.
    #[error("{entity} {slug:?} is at version {current}, not {expected}: someone changed it since you read it; reload and reapply your change")]
    Conflict { entity: &'static str, slug: String, expected: i64, current: i64 },

    #[error("{0}")]
    Forbidden(String),

    #[error("invalid {field}: {message}")]
    BadArgument { field: &'static str, message: String },

    #[error("unsupported database URL {0:?}: use sqlite://FILE or postgres://USER@HOST/DB")]
    UnsupportedUrl(String),

    #[error("invalid database URL {url:?}: {reason}")]
    BadUrl { url: String, reason: String },

    #[error("cannot connect to {url:?}: {reason}")]
    Connect { url: String, reason: String },

    /// The database's disk is full (SQLite's `SQLITE_FULL`, or `SQLITE_IOERR_SHMSIZE`,
    /// which SQLite raises when it cannot grow the WAL index for want of space). The
    /// write was rolled back whole; reads go on, and writes work again once space is freed.
    #[error("the database's disk is full: the change was not saved; it can be retried once space is freed")]
    StorageFull,

    /// The database could not be reached, or the connection to it was lost: the
    /// request can be retried in a few seconds. `outcome` says what became of a write.
    #[error("{}", unavailable_message(*.outcome))]
    DatabaseUnavailable { outcome: WriteOutcome },

    /// The database cancelled a statement that ran past the statement timeout.
    #[error("{}", timeout_message(*.outcome))]
    StatementTimeout { outcome: WriteOutcome },

    #[error("database error: {0}")]
    Database(sqlx::Error),

    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// What became of a write that a database failure interrupted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteOutcome {
    /// Nothing was changed: the failure came before the commit was sent (or the
    /// request only read).
    NotWritten,
    /// The commit was sent and its answer lost: the change may or may not be saved.
    Unknown,
}

fn unavailable_message(outcome: WriteOutcome) -> &'static str {
    match outcome {
        WriteOutcome::NotWritten => "the database is unavailable: nothing was changed; retry in a few seconds",
        WriteOutcome::Unknown => {
            "the connection to the database was lost while the change was being saved: it may or may not \
             have been saved; read the record again before retrying"
        }
    }
}

fn timeout_message(outcome: WriteOutcome) -> &'static str {
    match outcome {
        WriteOutcome::NotWritten => {
            "the database took too long and the statement was cancelled: nothing was changed; \
             narrow the request (a smaller page, a tighter filter) or retry later"
        }
        WriteOutcome::Unknown => {
            "the database took too long to confirm the change: it may or may not have been saved; \
             read the record again before retrying"
        }
    }
}

impl StoreError {
    /// True when the error is ours, not the caller's: clients get a generic message.
    pub fn is_internal(&self) -> bool {
        matches!(self, StoreError::Database(_) | StoreError::Migrate(_))
    }
}
