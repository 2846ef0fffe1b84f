//! lawtracker's core: the domain model, its validation and the store. No HTTP and no
//! GraphQL here; the `lawtracker-api` crate builds on this one.

pub mod accounts;
pub mod auth;
pub mod backup;
pub mod check;
pub mod coverage;
pub mod curation;
pub mod dataset;
pub mod dates;
pub mod error;
pub mod evidence;
pub mod geo;
pub mod ids;
pub mod input;
pub mod lang;
pub mod model;
pub mod opendata;
pub mod proposals;
pub mod revision;
pub mod search;
pub mod store;
pub mod synthetic;
pub mod timeline;
pub mod transfer;
pub mod versions;
pub mod webhooks;
mod write;

pub use error::{Problem, StoreError, WriteOutcome};
pub use store::{Backend, Store};
