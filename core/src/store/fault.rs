//! Failures of the database itself, told apart from errors in what was asked: the
//! server is gone or unreachable, a connection was cut under a statement, or a
//! statement ran past its timeout. Each reaches clients as its own error (see
//! [`StoreError::DatabaseUnavailable`]), never as an internal error.

use crate::error::{StoreError, WriteOutcome};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    /// A connection that worked was cut: the server restarted or stopped, or an
    /// administrator ended the session. A fresh connection may well work.
    Lost,
    /// No connection could be had: the server refuses or does not answer, is starting
    /// or shutting down, or has no connection slot left.
    Unreachable,
    /// The statement was cancelled: it ran past `statement_timeout`.
    TimedOut,
}

/// The fault `err` reports, or `None` when the database answered (with a result or a
/// refusal of what was asked).
pub(crate) fn fault(err: &sqlx::Error) -> Option<Fault> {
    match err {
        // A socket that fails or a message that does not parse, mid-conversation.
        sqlx::Error::Io(_) | sqlx::Error::Protocol(_) => Some(Fault::Lost),
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Tls(_) => Some(Fault::Unreachable),
        sqlx::Error::Database(db) if db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>().is_some() => {
            // SQLSTATEs: PostgreSQL's appendix A.
            match db.code().as_deref()? {
                "57P01" | "57P02" => Some(Fault::Lost), // admin_shutdown (incl. pg_terminate_backend), crash_shutdown
                "57P03" | "53300" => Some(Fault::Unreachable), // cannot_connect_now (starting), too_many_connections
                "57014" => Some(Fault::TimedOut),       // query_canceled: statement_timeout
                code if code.starts_with("08") => Some(Fault::Lost), // connection_exception
                _ => None,
            }
        }
        _ => None,
    }
}

/// The error a fault becomes, given what is known of a write it interrupted.
pub(crate) fn into_error(fault: Fault, outcome: WriteOutcome) -> StoreError {
    match fault {
        Fault::Lost | Fault::Unreachable => StoreError::DatabaseUnavailable { outcome },
        Fault::TimedOut => StoreError::StatementTimeout { outcome },
    }
}

/// The error a failed `COMMIT` becomes. Before `COMMIT` is sent, a failure leaves
/// the transaction rolled back on the server; once sent, a lost answer says nothing
/// about whether it was applied, and the client must be told so, never "failed".
pub(crate) fn commit_error(err: sqlx::Error) -> StoreError {
    match fault(&err) {
        Some(fault) => into_error(fault, WriteOutcome::Unknown),
        None => StoreError::from(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_and_socket_failures_are_faults_and_other_errors_are_not() {
        assert_eq!(fault(&sqlx::Error::PoolTimedOut), Some(Fault::Unreachable));
        let reset = std::io::Error::from(std::io::ErrorKind::ConnectionReset);
        assert_eq!(fault(&sqlx::Error::Io(reset)), Some(Fault::Lost));
        assert_eq!(fault(&sqlx::Error::RowNotFound), None);
        assert!(matches!(
            commit_error(sqlx::Error::Protocol("unexpected end".into())),
            StoreError::DatabaseUnavailable { outcome: WriteOutcome::Unknown }
        ));
        assert!(matches!(
            StoreError::from(sqlx::Error::PoolTimedOut),
            StoreError::DatabaseUnavailable { outcome: WriteOutcome::NotWritten }
        ));
    }
}
