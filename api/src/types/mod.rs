//! The GraphQL object types, one file per entity (or small group of closely related
//! ones). Each wraps a core record; nested fields load through the request's
//! DataLoaders (see `loaders`), never with a query of their own per row.
//!
//! This file holds only what several of them share; `crate::types::X` names every type.

use async_graphql::ID;
use lawtracker_core::ids::global_id;
use lawtracker_core::model;
use lawtracker_core::store::queries::Table;

mod actor;
mod claim;
mod criticism;
mod event;
mod facility;
mod incident;
mod language;
mod law;
mod links;
mod node;
mod parameter;
mod provision;
mod revision;
mod source;
mod versions;

pub use actor::Actor;
pub use claim::{Claim, ClaimQuestion};
pub use criticism::Criticism;
pub use event::LifecycleEvent;
pub use facility::Facility;
pub use incident::{Incident, Outcome};
pub use language::{ours, requested, LocalizedText, PreferredLanguage};
pub use law::{Law, LegislativeStage};
pub use links::{CriticismLink, IncidentLink};
pub use node::Node;
pub use parameter::Parameter;
pub use provision::Provision;
pub use revision::{history, Revision};
pub use source::{Citation, Corroboration, Source};
pub use versions::{MeasureChange, ProvisionDiff, ProvisionText, TextRun};

fn gid<T: Table>(slug: &str) -> ID {
    ID(global_id(T::KIND, slug))
}

/// "up to 4 years", "more than 700 inmates", "600–900 persons", "about 15".
fn display_quantity(qualifier: model::Qualifier, value: f64, max: Option<f64>, unit: Option<&str>) -> String {
    let number = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    let amount = match max {
        Some(max) if max != value => format!("{}–{}", number(value), number(max)),
        _ => number(value),
    };
    let plural = max.unwrap_or(value) != 1.0;
    let unit = unit.map(|u| if plural { format!(" {u}s") } else { format!(" {u}") }).unwrap_or_default();
    let prefix = match qualifier {
        model::Qualifier::Exactly => "",
        model::Qualifier::UpTo => "up to ",
        model::Qualifier::About => "about ",
        model::Qualifier::AtLeast => "at least ",
        model::Qualifier::MoreThan => "more than ",
        model::Qualifier::Between => "",
    };
    format!("{prefix}{amount}{unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_as_the_sources_state_them() {
        use model::Qualifier::*;
        assert_eq!(display_quantity(UpTo, 4.0, None, Some("year")), "up to 4 years");
        assert_eq!(display_quantity(MoreThan, 700.0, None, Some("inmate")), "more than 700 inmates");
        assert_eq!(display_quantity(Exactly, 600.0, Some(900.0), Some("person")), "600–900 persons");
        assert_eq!(display_quantity(Exactly, 1.0, None, Some("year")), "1 year");
        assert_eq!(display_quantity(About, 15.0, None, None), "about 15");
        assert_eq!(display_quantity(Exactly, 2.5, None, Some("hour")), "2.5 hours");
    }
}
