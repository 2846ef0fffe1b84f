//! lawtracker's API: the GraphQL schema (async-graphql) and the HTTP server (axum).
//! Resolvers call the store in `lawtracker-core`; no SQL lives here.

pub mod access;
pub mod account_admin;
pub mod accounts_cli;
pub mod cite;
pub mod cost;
pub mod enums;
pub mod error;
pub mod feeds;
pub mod graphiql;
pub mod http;
pub mod inputs;
pub mod listen;
pub mod loaders;
pub mod measures;
pub mod metrics;
pub mod mutation;
pub mod net_policy;
pub mod opendata;
pub mod order;
pub mod pagination;
pub mod prefetch;
pub mod proposals;
pub mod query;
pub mod rate_limit;
pub mod scalars;
pub mod schema;
pub mod serve_flags;
pub mod server;
pub mod session;
pub mod subscription;
pub mod sync;
pub mod types;
pub mod web_app;
pub mod webhooks;
pub mod ws;
