//! Standard GraphQL clients against the real server: introspection, the
//! GraphQL-over-HTTP specification (graphql-http's audits), costs, response
//! order, HTTP caching and persisted queries, the README's queries, and GraphiQL
//! in a headless browser with no network.

mod caching;
mod cost_and_order;
mod graphiql;
mod introspection;
mod protocol;
mod readme;
