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
mod timeline;
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
pub(crate) use revision::stored_json;
pub use revision::{history, Revision};
pub use source::{Citation, Corroboration, Source};
pub use timeline::TimelineEntry;
pub use versions::{MeasureChange, ProvisionDiff, ProvisionText, TextRun};

fn gid<T: Table>(slug: &str) -> ID {
    ID(global_id(T::KIND, slug))
}

/// "up to 4 years", "more than 700 inmates", "600–900 persons", "about 15".
/// A quantity in words, in English or French: "up to 4 years", "jusqu'à 4 ans".
/// Units are free text in the data; a unit without its French here stays as written.
fn display_quantity(
    language: crate::enums::Language,
    qualifier: model::Qualifier,
    value: f64,
    max: Option<f64>,
    unit: Option<&str>,
) -> String {
    let french = language == crate::enums::Language::Fr;
    let number = |v: f64| {
        let text = if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") };
        if french {
            text.replace('.', ",")
        } else {
            text
        }
    };
    let amount = match max {
        Some(max) if max != value => format!("{}–{}", number(value), number(max)),
        _ => number(value),
    };
    let largest = max.unwrap_or(value);
    // French takes the singular below two ("1,5 an"), English only at one.
    let plural = if french { largest >= 2.0 } else { largest != 1.0 };
    let unit = unit
        .map(|u| match (french, french_unit(u)) {
            (true, Some((one, many))) => format!(" {}", if plural { many } else { one }),
            _ if plural => format!(" {u}s"),
            _ => format!(" {u}"),
        })
        .unwrap_or_default();
    let prefix = match (qualifier, french) {
        (model::Qualifier::Exactly | model::Qualifier::Between, _) => "",
        (model::Qualifier::UpTo, false) => "up to ",
        (model::Qualifier::UpTo, true) => "jusqu'à ",
        (model::Qualifier::About, false) => "about ",
        (model::Qualifier::About, true) => "environ ",
        (model::Qualifier::AtLeast, false) => "at least ",
        (model::Qualifier::AtLeast, true) => "au moins ",
        (model::Qualifier::MoreThan, false) => "more than ",
        (model::Qualifier::MoreThan, true) => "plus de ",
    };
    format!("{prefix}{amount}{unit}")
}

/// The French of the units the data uses (`FORMAT.md`'s table), singular and plural.
fn french_unit(unit: &str) -> Option<(&'static str, &'static str)> {
    Some(match unit {
        "year" => ("an", "ans"),
        "month" => ("mois", "mois"),
        "day" => ("jour", "jours"),
        "hour" => ("heure", "heures"),
        "person" => ("personne", "personnes"),
        "inmate" => ("détenu", "détenus"),
        "facility" => ("établissement", "établissements"),
        "euro" => ("euro", "euros"),
        "place" => ("place", "places"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_as_the_sources_state_them() {
        use crate::enums::Language::{En, Fr};
        use model::Qualifier::*;
        assert_eq!(display_quantity(En, UpTo, 4.0, None, Some("year")), "up to 4 years");
        assert_eq!(display_quantity(En, MoreThan, 700.0, None, Some("inmate")), "more than 700 inmates");
        assert_eq!(display_quantity(En, Exactly, 600.0, Some(900.0), Some("person")), "600–900 persons");
        assert_eq!(display_quantity(En, Exactly, 1.0, None, Some("year")), "1 year");
        assert_eq!(display_quantity(En, About, 15.0, None, None), "about 15");
        assert_eq!(display_quantity(En, Exactly, 2.5, None, Some("hour")), "2.5 hours");
        assert_eq!(display_quantity(Fr, UpTo, 4.0, None, Some("year")), "jusqu'à 4 ans");
        assert_eq!(display_quantity(Fr, Exactly, 1.0, None, Some("year")), "1 an");
        assert_eq!(display_quantity(Fr, Exactly, 1.5, None, Some("year")), "1,5 an");
        assert_eq!(display_quantity(Fr, MoreThan, 700.0, None, Some("inmate")), "plus de 700 détenus");
        assert_eq!(display_quantity(Fr, Between, 600.0, Some(900.0), Some("person")), "600–900 personnes");
        assert_eq!(display_quantity(Fr, About, 15.0, None, Some("furlong")), "environ 15 furlongs");
    }
}
