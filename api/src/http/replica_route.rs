//! Which database answers one GraphQL request over HTTP, with `serve --replica-url`.
//!
//! Mutations, and every request made with a token (a curator must read their own
//! writes, payloads included), go to the primary; anonymous queries go to the first
//! standby whose last measured replay lag is within `--max-replica-lag` (see
//! `lawtracker_core::store::standby`), else to the primary. A standby read that fails
//! (the standby went away, or cancelled the statement for a recovery conflict) is run
//! again on the primary, and that standby is left alone for a few seconds, so a
//! standby's trouble costs a request time, never an error.
//!
//! The choice is made once, before the data version (the `ETag`) is read, so that the
//! tag and the answer come from the same server. The chosen store reaches resolvers as
//! request data, which async-graphql looks up before schema data
//! (`ContextBase::data_opt`: execute data, then query data, then session data, then
//! schema data), together with loaders of its own.

use async_graphql::{Executor, Value};
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use lawtracker_core::store::standby::{Chosen, Standbys};
use lawtracker_core::{Store, StoreError};

use crate::error::code;
use crate::schema::CodedSchema;

/// Says which server answered: `primary` or `standby-N` (N: the position of its
/// `--replica-url`). Sent only when standbys are configured.
pub const SERVED_BY: HeaderName = HeaderName::from_static("x-lawtracker-served-by");
pub const PRIMARY: &str = "primary";

/// One request's database: the standby chosen for it, if any, else the primary.
pub struct Route<'a> {
    primary: &'a Store,
    standbys: Option<&'a Standbys>,
    chosen: Option<Chosen>,
}

impl<'a> Route<'a> {
    /// `needs_primary`: the request runs a mutation or carries a token.
    pub fn choose(primary: &'a Store, standbys: Option<&'a Standbys>, needs_primary: bool) -> Self {
        let chosen = match standbys {
            Some(standbys) if !needs_primary => standbys.choose(),
            _ => None,
        };
        Route { primary, standbys, chosen }
    }

    /// Whether routing is on at all (some `--replica-url` was given).
    pub fn enabled(&self) -> bool {
        self.standbys.is_some()
    }

    pub fn on_standby(&self) -> bool {
        self.chosen.is_some()
    }

    pub fn store(&self) -> &Store {
        self.chosen.as_ref().map_or(self.primary, |chosen| &chosen.store)
    }

    fn label(&self) -> &str {
        self.chosen.as_ref().map_or(PRIMARY, |chosen| chosen.label.as_str())
    }

    /// The chosen standby failed this request: it is skipped for a while, and the
    /// request goes to the primary.
    pub fn fall_back(&mut self) {
        if let (Some(chosen), Some(standbys)) = (self.chosen.take(), self.standbys) {
            standbys.mark_failed(chosen.index);
            crate::metrics::record_replica_fallback(&chosen.label);
        }
    }

    /// The data version of the routed server; a standby that cannot say falls back
    /// to the primary, as any other failed read.
    pub async fn data_version(&mut self) -> Result<i64, StoreError> {
        if self.on_standby() {
            match self.store().data_version().await {
                Ok(version) => return Ok(version),
                Err(error) => {
                    tracing::warn!(%error, "a standby could not read the data version");
                    self.fall_back();
                }
            }
        }
        self.primary.data_version().await
    }

    /// The request's data for the routed server: nothing on the primary (the schema's
    /// data is the primary store already); on a standby, its store.
    fn attach(&self, request: async_graphql::Request) -> async_graphql::Request {
        match &self.chosen {
            Some(chosen) => request.data(chosen.store.clone()),
            None => request,
        }
    }

    /// Whether `response`, answered by a standby, holds a failure of the standby's
    /// own (see `has_internal_error`): then
    /// it is worth asking the primary. A client's mistakes are answered as they are.
    fn standby_failed(&self, response: &async_graphql::Response) -> bool {
        self.on_standby() && has_internal_error(response)
    }

    /// Routes the rest of the request to the primary after [`Route::standby_failed`];
    /// what it returns goes, with the primary's answer, to [`Route::settle`].
    fn retry_on_primary(&mut self) -> Option<Chosen> {
        self.chosen.take()
    }

    /// The primary answered a request its standby failed: unless the primary failed
    /// the same way (then the fault is the request's or ours, not the standby's), the
    /// standby is left alone for a while.
    fn settle(&self, failed: Option<Chosen>, primary_response: &async_graphql::Response) {
        if let (Some(chosen), Some(standbys)) = (failed, self.standbys) {
            crate::metrics::record_replica_fallback(&chosen.label);
            if !has_internal_error(primary_response) {
                standbys.mark_failed(chosen.index);
            }
        }
    }

    /// Runs the request `make` builds for a store (with that store's loaders) on the
    /// routed server; a read the standby fails is built again and run on the primary.
    /// Returns whether it was (an `ETag` taken from the standby no longer fits).
    pub async fn execute(
        &mut self,
        schema: &CodedSchema,
        mut make: impl FnMut(&Store) -> async_graphql::Request,
    ) -> (async_graphql::Response, bool) {
        let response = schema.execute(self.attach(make(self.store()))).await;
        if !self.standby_failed(&response) {
            return (response, false);
        }
        // Only reads run on a standby, so running the request again is safe.
        let failed = self.retry_on_primary();
        let response = schema.execute(make(self.store())).await;
        self.settle(failed, &response);
        (response, true)
    }

    /// Adds `X-Lawtracker-Served-By` (when routing is on) and counts the answer.
    pub fn finish(&self, headers: &mut HeaderMap) {
        if !self.enabled() {
            return;
        }
        let label = self.label();
        crate::metrics::record_served_by(label);
        if let Ok(value) = HeaderValue::from_str(label) {
            headers.insert(SERVED_BY, value);
        }
    }
}

/// Whether the standby failed the request itself: it was unreachable or lost the
/// connection (`DATABASE_UNAVAILABLE`), or failed otherwise, e.g. a query cancelled for
/// a recovery conflict (`INTERNAL_SERVER_ERROR`).
fn has_internal_error(response: &async_graphql::Response) -> bool {
    response.errors.iter().any(|error| {
        let code = error.extensions.as_ref().and_then(|ext| ext.get("code"));
        matches!(code, Some(Value::String(code)) if code == code::INTERNAL || code == code::DATABASE_UNAVAILABLE)
    })
}
