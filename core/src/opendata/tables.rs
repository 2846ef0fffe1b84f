//! Every table's declaration, once: the CSV header, the NDJSON keys and the Table
//! Schema all come from here. `rows.rs` fills the cells in the same order.
//!
//! Records with a slug are keyed by it. Records without one (a parameter, an
//! outcome, ...) get an `id` made from their parent's key and their 1-based position
//! in it (`parent#position`), stages `law/slug` (a stage's slug is unique only
//! within its law), links the names revisions give them; citations, revisions and
//! dataset loads are numbered in the document's order.

use strum::VariantArray;

use super::Kind::*;
use super::{Column, Table};
use crate::model::*;

/// Every value of a closed vocabulary, as stored and exported.
fn values<T: VariantArray + Copy + Into<&'static str>>() -> Vec<&'static str> {
    T::VARIANTS.iter().map(|v| (*v).into()).collect()
}

fn col(name: &'static str, kind: super::Kind, description: &'static str) -> Column {
    Column::new(name, kind, description)
}

fn slug(what: &'static str) -> Column {
    col("slug", String, what).primary()
}

fn version() -> Column {
    col("version", Integer, "The record's version: 1 when created, one more at each edit.").required()
}

fn id(how: &'static str) -> Column {
    col("id", String, how).primary()
}

fn position(within: &'static str) -> Column {
    col("position", Integer, within).required()
}

/// Where each citation's target is: the table it names and the column of `citations` that holds its key.
pub(super) const CITATION_TARGETS: [(&str, &str); 13] = [
    ("laws", "law"),
    ("stages", "stage"),
    ("provisions", "provision"),
    ("parameters", "parameter"),
    ("facilities", "facility"),
    ("actors", "actor"),
    ("incidents", "incident"),
    ("outcomes", "outcome"),
    ("criticisms", "criticism"),
    ("incident_links", "incident_link"),
    ("criticism_links", "criticism_link"),
    ("claims", "claim"),
    ("events", "event"),
];

/// Every table, in the package's order (a table before the tables that refer to it).
pub fn tables() -> Vec<Table> {
    vec![
        Table {
            name: "sources",
            title: "Sources",
            title_fr: "Sources",
            description: "Every source the data cites, with its metadata, reliability rating and full text.",
            description_fr: "Toutes les sources citées, avec leurs métadonnées, leur fiabilité et leur texte intégral.",
            columns: vec![
                slug("The source's identifier."),
                version(),
                col("title", String, "The source's title.").required(),
                col("title_is_editorial", Boolean, "True when the title is ours, not the source's own.").required(),
                col("publisher", String, "Who published it."),
                col("published_on", PartialDate, "When it was published: YYYY, YYYY-MM or YYYY-MM-DD."),
                col("language", String, "The language of its text (ISO 639-1, e.g. fr).").required(),
                col("url", String, "Where it was published."),
                col("kind", String, "What kind of source it is.").required().one_of(values::<SourceKind>()),
                col("reliability", String, "How far it can be trusted.").required().one_of(values::<Reliability>()),
                col("reliability_note", String, "Why it is rated so."),
                col("text", String, "Its full text, as stored: every quote in `citations` occurs in it verbatim."),
                col("text_sha256", String, "The SHA-256 of `text` (UTF-8), in hexadecimal.").required(),
            ],
        },
        Table {
            name: "laws",
            title: "Laws",
            title_fr: "Lois",
            description: "The laws tracked.",
            description_fr: "Les lois suivies.",
            columns: vec![
                slug("The law's identifier."),
                version(),
                col("title_fr", String, "Its title in French.").required(),
                col("title_en", String, "Its title in English."),
                col("number", String, "Its official number (e.g. 2025-532)."),
                col("eli_uri", String, "Its European Legislation Identifier."),
                col("status", String, "Where it stands.").required().one_of(values::<LegalStatus>()),
                col("summary", String, "Our summary of it."),
            ],
        },
        Table {
            name: "stages",
            title: "Legislative stages",
            title_fr: "Étapes législatives",
            description: "The steps of each law's passage, oldest first within each law.",
            description_fr: "Les étapes de l'adoption de chaque loi, de la plus ancienne à la plus récente.",
            columns: vec![
                id("The stage's key: its law's slug and its own, as law/slug (a stage slug is unique only within its law)."),
                col("law", String, "The law.").required().references("laws"),
                col("slug", String, "The stage's slug within its law.").required(),
                position("Its 1-based position among its law's stages."),
                col("occurred_on", PartialDate, "When: YYYY, YYYY-MM or YYYY-MM-DD.").required(),
                col("chamber", String, "Where it happened.").one_of(values::<Chamber>()),
                col("kind", String, "What happened.").required().one_of(values::<StageKind>()),
                col("outcome", String, "Its outcome, in words."),
                col("description", String, "What happened, in our words."),
            ],
        },
        Table {
            name: "provisions",
            title: "Provisions",
            title_fr: "Dispositions",
            description: "Each law's clauses (articles or parts of articles).",
            description_fr: "Les dispositions de chaque loi (articles ou parties d'articles).",
            columns: vec![
                slug("The provision's identifier."),
                col("law", String, "The law it belongs to.").required().references("laws"),
                position("Its 1-based position within its law."),
                version(),
                col("article", String, "Its article number in the law."),
                col("heading", String, "Its heading in English.").required(),
                col("heading_fr", String, "Its heading in French."),
                col("summary", String, "Our summary in English."),
                col("summary_fr", String, "Our summary in French."),
                col("text", String, "Its text, where a source gives it."),
                col("theme", String, "What it is about.").required().one_of(values::<Theme>()),
                col("status", String, "Where it stands.").required().one_of(values::<LegalStatus>()),
                col("codes", List, "Code articles it creates or amends (e.g. CSI L. 333-2), separated by ; in CSV."),
                col("entry_into_force", PartialDate, "The day it takes effect: YYYY, YYYY-MM or YYYY-MM-DD."),
                col("decrees", List, "Implementing decrees a source names, separated by ; in CSV."),
            ],
        },
        Table {
            name: "provision_texts",
            title: "Provision texts",
            title_fr: "Textes des dispositions",
            description: "A provision's text at each stage a source documents, oldest first.",
            description_fr: "Le texte d'une disposition à chaque étape qu'une source documente.",
            columns: vec![
                id("The text's key: provision#position."),
                col("provision", String, "The provision.").required().references("provisions"),
                position("Its 1-based position among the provision's texts."),
                col("stage", String, "The stage (law/slug); empty for the rule before the law.").references("stages"),
                col("kind", String, "The law's own wording, or a source's account of it.")
                    .required()
                    .one_of(values::<TextKind>()),
                col("source", String, "The source quoted.").required().references("sources"),
                col("quote", String, "The text, verbatim from the source.").required(),
                col("note", String, "A curator's note."),
            ],
        },
        Table {
            name: "parameters",
            title: "Parameters",
            title_fr: "Paramètres",
            description: "The measures a provision sets (durations, counts, capacities, sums, rates).",
            description_fr: "Les mesures qu'une disposition fixe (durées, nombres, capacités, montants, taux).",
            columns: vec![
                id("The parameter's key: provision#position."),
                col("provision", String, "The provision.").required().references("provisions"),
                position("Its 1-based position among the provision's parameters."),
                col("name", String, "What it measures (the names are listed in data/FORMAT.md).").required(),
                col("label", String, "What it is, in English.").required(),
                col("label_fr", String, "What it is, in French."),
                col("kind", String, "Its kind of quantity.").required().one_of(values::<ParameterKind>()),
                col("value", Number, "Its value (the lower bound for `between`).").required(),
                col("value_max", Number, "The upper bound, for `between`."),
                col("unit", String, "The unit of `value`.").required(),
                col("qualifier", String, "How the number is stated.").required().one_of(values::<Qualifier>()),
                col("stage", String, "The stage the value is from (law/slug).").references("stages"),
                col("baseline", String, "What the value was before, in words."),
                col("baseline_value", Number, "The value before."),
                col("baseline_unit", String, "The unit of `baseline_value`."),
            ],
        },
        Table {
            name: "facilities",
            title: "Facilities",
            title_fr: "Établissements",
            description: "Prisons and other sites incidents happen at.",
            description_fr: "Les prisons et autres lieux où les incidents se produisent.",
            columns: vec![
                slug("The facility's identifier."),
                version(),
                col("name", String, "Its name.").required(),
                col("kind", String, "What it is.").required().one_of(values::<FacilityKind>()),
                col("city", String, "Its city."),
                col("aliases", List, "Other names it goes by, separated by ; in CSV."),
                col("latitude", Number, "WGS 84 latitude."),
                col("longitude", Number, "WGS 84 longitude."),
                col("coordinates_note", String, "Where the coordinates come from, or why there are none."),
            ],
        },
        Table {
            name: "actors",
            title: "Actors",
            title_fr: "Acteurs",
            description: "People and bodies: authors of criticisms, investigating bodies.",
            description_fr: "Personnes et organismes : auteurs de critiques, services d'enquête.",
            columns: vec![
                slug("The actor's identifier."),
                version(),
                col("name", String, "Its name.").required(),
                col("kind", String, "What it is.").required().one_of(values::<ActorKind>()),
                col("description", String, "Who it is, in our words."),
            ],
        },
        Table {
            name: "incidents",
            title: "Incidents",
            title_fr: "Incidents",
            description: "Events around the law (attacks on prisons, riots, ...). Disputed ones are included and flagged.",
            description_fr: "Les faits autour de la loi (attaques de prisons, émeutes…). Les faits contestés sont inclus et signalés.",
            columns: vec![
                slug("The incident's identifier."),
                version(),
                col("title", String, "Its title in English.").required(),
                col("title_fr", String, "Its title in French."),
                col("summary", String, "Our summary in English."),
                col("summary_fr", String, "Our summary in French."),
                col("occurred_on", PartialDate, "When: YYYY, YYYY-MM or YYYY-MM-DD.").required(),
                col("time_of_day", String, "When in the day, as a source gives it."),
                col("facility", String, "Where it happened.").references("facilities"),
                col("place", String, "Where it happened, when not at a facility."),
                col("kinds", List, "What happened, separated by ; in CSV.").one_of(values::<IncidentKind>()),
                col("investigating_body", String, "Who investigates it.").references("actors"),
                col("investigating_body_as_of", PartialDate, "When a source reported that body in charge."),
                col("campaign", String, "The campaign it belongs to, if any."),
                col("disputed", Boolean, "True when only a contradicted source asserts it.").required(),
            ],
        },
        Table {
            name: "outcomes",
            title: "Incident outcomes",
            title_fr: "Bilans des incidents",
            description: "What incidents caused, counted (vehicles burnt, people hurt, ...).",
            description_fr: "Ce que les incidents ont causé, chiffré (véhicules brûlés, blessés…).",
            columns: vec![
                id("The outcome's key: incident#position."),
                col("incident", String, "The incident.").required().references("incidents"),
                position("Its 1-based position among the incident's outcomes."),
                col("name", String, "What is counted.").required(),
                col("value", Number, "How many.").required(),
                col("qualifier", String, "How the number is stated.").required().one_of(values::<Qualifier>()),
                col("unit", String, "The unit of `value`."),
            ],
        },
        Table {
            name: "criticisms",
            title: "Criticisms",
            title_fr: "Critiques",
            description: "Statements by actors about the law.",
            description_fr: "Les prises de position des acteurs sur la loi.",
            columns: vec![
                slug("The criticism's identifier."),
                version(),
                col("actor", String, "Who said it.").required().references("actors"),
                col("stance", String, "Their stance.").required().one_of(values::<Stance>()),
                col("rights", List, "The rights it invokes, separated by ; in CSV."),
                col("summary", String, "Our summary in English."),
                col("summary_fr", String, "Our summary in French."),
                col("quote", String, "Their words, in their language."),
                col("stated_on", PartialDate, "When: YYYY, YYYY-MM or YYYY-MM-DD."),
            ],
        },
        Table {
            name: "incident_links",
            title: "Links between provisions and incidents",
            title_fr: "Liens entre dispositions et incidents",
            description: "How an incident relates to a provision. Disputed links are included and flagged.",
            description_fr: "Le rapport d'un incident à une disposition. Les liens contestés sont inclus et signalés.",
            columns: vec![
                id("The link's key: provision~incident~relation."),
                col("provision", String, "The provision.").required().references("provisions"),
                col("incident", String, "The incident.").required().references("incidents"),
                col("relation", String, "How the incident relates to the provision.")
                    .required()
                    .one_of(values::<LinkRelation>()),
                col("note", String, "A curator's note."),
                col("disputed", Boolean, "True when the link rests only on a source that cannot carry it.").required(),
                col("disputed_note", String, "Why it is disputed."),
            ],
        },
        Table {
            name: "criticism_links",
            title: "Links between criticisms and provisions",
            title_fr: "Liens entre critiques et dispositions",
            description: "The provisions a criticism is about. Disputed links are included and flagged.",
            description_fr: "Les dispositions que vise une critique. Les liens contestés sont inclus et signalés.",
            columns: vec![
                id("The link's key: criticism~provision."),
                col("criticism", String, "The criticism.").required().references("criticisms"),
                col("provision", String, "The provision.").required().references("provisions"),
                position("Its 1-based position among the criticism's links."),
                col("note", String, "A curator's note."),
                col("disputed", Boolean, "True when the link rests only on a source that cannot carry it.").required(),
                col("disputed_note", String, "Why it is disputed."),
            ],
        },
        Table {
            name: "claim_questions",
            title: "Disputed questions",
            title_fr: "Questions disputées",
            description: "Questions sources answer differently; each answer is a row of `claims`.",
            description_fr: "Les questions auxquelles les sources répondent différemment ; chaque réponse est une ligne de `claims`.",
            columns: vec![
                slug("The question's identifier."),
                version(),
                col("question", String, "The question.").required(),
                col("subject_kind", String, "What kind of record it is about.").one_of(values::<SubjectKind>()),
                col("subject_slug", String, "The record it is about (a slug in the table `subject_kind` names)."),
            ],
        },
        Table {
            name: "claims",
            title: "Claims",
            title_fr: "Affirmations",
            description: "Each answer a source gives to a disputed question.",
            description_fr: "Chaque réponse qu'une source donne à une question disputée.",
            columns: vec![
                id("The claim's key: question#position."),
                col("question", String, "The question.").required().references("claim_questions"),
                position("Its 1-based position among the question's answers."),
                col("value", String, "The answer, in words.").required(),
                col("value_number", Number, "The answer as a number, where it is one."),
            ],
        },
        Table {
            name: "events",
            title: "Lifecycle events",
            title_fr: "Événements de la vie de la loi",
            description: "Changes in a law's or a provision's life (amendments, censures, decrees, ...).",
            description_fr: "Les changements dans la vie d'une loi ou d'une disposition (modifications, censures, décrets…).",
            columns: vec![
                slug("The event's identifier."),
                col("occurred_on", PartialDate, "When: YYYY, YYYY-MM or YYYY-MM-DD.").required(),
                col("kind", String, "What happened.").required().one_of(values::<EventKind>()),
                col("law", String, "The law.").required().references("laws"),
                col("provision", String, "The provision, if it is about one.").references("provisions"),
                col("facility", String, "The facility, for a facility opening.").references("facilities"),
                col("title", String, "Its title in English.").required(),
                col("title_fr", String, "Its title in French."),
                col("description", String, "What happened, in English."),
                col("description_fr", String, "What happened, in French."),
                col("capacity", Integer, "Places or detainees, for a facility opening."),
            ],
        },
        citations(),
        Table {
            name: "revisions",
            title: "Revisions",
            title_fr: "Révisions",
            description: "The whole edit history, oldest first.",
            description_fr: "Tout l'historique des modifications, du plus ancien au plus récent.",
            columns: vec![
                col("id", Integer, "Its 1-based position in the history.").primary(),
                col("at", Datetime, "When (RFC 3339, UTC).").required(),
                col("author", String, "Who made it.").required(),
                col("operation", String, "What was done.").required().one_of(values::<Operation>()),
                col("entity_type", String, "What kind of record it changed.").required().one_of(values::<EntityType>()),
                col("entity_slug", String, "The record it changed.").required(),
                col("related", String, "The other record of a link or unlink."),
                col("before", String, "The record before, as JSON; empty for a creation."),
                col("after", String, "The record after, as JSON; empty for a deletion."),
            ],
        },
        Table {
            name: "dataset_loads",
            title: "Dataset loads",
            title_fr: "Chargements du jeu de données",
            description: "Which curated datasets were loaded into the database, and when.",
            description_fr: "Les jeux de données curés chargés dans la base, et quand.",
            columns: vec![
                col("id", Integer, "Its 1-based position.").primary(),
                col("digest", String, "The dataset's SHA-256 digest.").required(),
                col("loaded_at", Datetime, "When it was loaded (RFC 3339).").required(),
            ],
        },
    ]
}

/// Citations: one row per quote, with one key column per kind of target (exactly
/// one of them is set), so that each is a plain foreign key.
fn citations() -> Table {
    let mut columns = vec![
        col("id", Integer, "Its 1-based position in the document's order.").primary(),
        col("source", String, "The source quoted.").required().references("sources"),
        col("quote", String, "The quote, verbatim from the source's text.").required(),
        col("note", String, "A curator's note."),
        col(
            "target_table",
            String,
            "The table of the record the citation supports; its key is in the column of that name below.",
        )
        .required()
        .one_of(CITATION_TARGETS.iter().map(|(table, _)| *table).collect()),
    ];
    for (table, column) in CITATION_TARGETS {
        columns.push(
            col(column, String, "The cited record's key: set only when target_table is the table this column refers to (see foreignKeys), empty otherwise.").references(table),
        );
    }
    Table {
        name: "citations",
        title: "Citations",
        title_fr: "Citations",
        description: "Every quote that backs a fact or a link, with the record it backs.",
        description_fr: "Chaque citation qui étaye un fait ou un lien, avec l'enregistrement qu'elle étaye.",
        columns,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// The declarations hold together: unique table and column names, one primary key
    /// per table, foreign keys and citation targets that name declared tables, and a
    /// table declared before any table that refers to it (a reader loading the CSVs in
    /// order never meets a key it has not seen).
    #[test]
    fn declarations_are_consistent() {
        let tables = tables();
        let mut seen: HashSet<&str> = HashSet::new();
        for table in &tables {
            let names: HashSet<&str> = table.columns.iter().map(|c| c.name).collect();
            assert_eq!(names.len(), table.columns.len(), "{}: column names are unique", table.name);
            assert_eq!(table.columns.iter().filter(|c| c.primary).count(), 1, "{}: one primary key", table.name);
            for column in &table.columns {
                if let Some(target) = column.references {
                    assert!(
                        seen.contains(target),
                        "{}.{} refers to {target}, declared later or not at all",
                        table.name,
                        column.name
                    );
                }
                if let Some(values) = &column.values {
                    assert!(
                        !values.is_empty() && values.iter().all(|v| !v.contains(';')),
                        "{}.{}",
                        table.name,
                        column.name
                    );
                }
            }
            assert!(seen.insert(table.name), "{} is declared twice", table.name);
        }
        for (table, column) in CITATION_TARGETS {
            assert!(seen.contains(table), "citations target {table}, which is not declared");
            let citations = tables.iter().find(|t| t.name == "citations").unwrap();
            let declared = citations.columns.iter().find(|c| c.name == column).expect("a column per target");
            assert_eq!(declared.references, Some(table));
        }
    }

    /// Stored spellings, not Rust names: `censured` (not `Censured`, nor the old `censored`).
    #[test]
    fn enum_values_are_the_stored_spellings() {
        let statuses = values::<LegalStatus>();
        assert!(statuses.contains(&"censured") && statuses.contains(&"in_force_with_reservation"));
        assert!(!statuses.contains(&"censored"));
    }
}
