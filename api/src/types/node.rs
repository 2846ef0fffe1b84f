//! The `Node` interface: every type with a global ID.

use async_graphql::{Interface, ID};

use super::{Actor, ClaimQuestion, Criticism, Facility, Incident, Law, Provision, Source};

/// Anything with a global ID. `node(id:)` fetches any of them.
#[derive(Interface)]
#[graphql(field(
    name = "id",
    ty = "ID",
    desc = "Global ID: stable across databases, derived from the type and the slug."
))]
pub enum Node {
    Law(Law),
    Provision(Provision),
    Facility(Facility),
    Incident(Incident),
    Actor(Actor),
    Criticism(Criticism),
    Source(Source),
    ClaimQuestion(ClaimQuestion),
}
