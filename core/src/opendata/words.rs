//! What a revision did, in words a feed reader shows, in English or in French, and
//! the front end's page of the record it changed (the routes of `web/src/main.tsx`).

use serde_json::Value;

use crate::model::{EntityType, Operation, Revision};

pub use crate::lang::Lang;

/// The name of a kind of record, and in French whether it is feminine (for agreement).
fn kind_name(entity: EntityType, lang: Lang) -> (&'static str, bool) {
    use EntityType::*;
    match (lang, entity) {
        (Lang::En, Source) => ("Source", false),
        (Lang::En, Law) => ("Law", false),
        (Lang::En, Provision) => ("Provision", false),
        (Lang::En, Facility) => ("Facility", false),
        (Lang::En, Actor) => ("Actor", false),
        (Lang::En, Incident) => ("Incident", false),
        (Lang::En, Criticism) => ("Criticism", false),
        (Lang::En, ClaimQuestion) => ("Disputed question", false),
        (Lang::En, ProvisionIncident) => ("Link between a provision and an incident", false),
        (Lang::En, ProvisionCriticism) => ("Link between a provision and a criticism", false),
        (Lang::Fr, Source) => ("Source", true),
        (Lang::Fr, Law) => ("Loi", true),
        (Lang::Fr, Provision) => ("Disposition", true),
        (Lang::Fr, Facility) => ("Établissement", false),
        (Lang::Fr, Actor) => ("Acteur", false),
        (Lang::Fr, Incident) => ("Incident", false),
        (Lang::Fr, Criticism) => ("Critique", true),
        (Lang::Fr, ClaimQuestion) => ("Question contestée", true),
        (Lang::Fr, ProvisionIncident) => ("Lien entre une disposition et un incident", false),
        (Lang::Fr, ProvisionCriticism) => ("Lien entre une disposition et une critique", false),
    }
}

/// The name of a kind of record, in `lang`.
pub fn kind_label(entity: EntityType, lang: Lang) -> &'static str {
    kind_name(entity, lang).0
}

/// What was done, as a past participle agreeing with the kind's gender in French.
fn done(operation: Operation, lang: Lang, feminine: bool) -> String {
    let (en, fr) = match operation {
        Operation::Create => ("created", "créé"),
        Operation::Update => ("edited", "modifié"),
        Operation::Delete => ("deleted", "supprimé"),
        Operation::Link => ("recorded", "établi"),
        Operation::Unlink => ("removed", "retiré"),
        Operation::Load => ("loaded from the curated dataset", "chargé depuis le jeu de données curé"),
    };
    match lang {
        Lang::En => en.to_string(),
        Lang::Fr if feminine => match operation {
            // The participle comes first in the phrase; agreement applies to it alone.
            Operation::Load => fr.replacen("chargé", "chargée", 1),
            _ => format!("{fr}e"),
        },
        Lang::Fr => fr.to_string(),
    }
}

/// The record's name as a reader knows it, in `lang` where the record has one, from
/// its JSON (after the change, else before): its title, heading or name, else the
/// start of its summary (criticisms have no title); the slug where it has none.
fn label(revision: &Revision, lang: Lang) -> String {
    let record = [revision.after.as_deref(), revision.before.as_deref()]
        .into_iter()
        .flatten()
        .find_map(|text| serde_json::from_str::<Value>(text).ok());
    let keys: &[&str] = match lang {
        Lang::Fr => {
            &["title_fr", "heading_fr", "title", "heading", "title_en", "name", "question", "summary_fr", "summary"]
        }
        Lang::En => &["title_en", "title", "heading", "name", "question", "title_fr", "summary"],
    };
    let found = record.as_ref().and_then(|r| keys.iter().find_map(|k| r.get(*k)?.as_str().filter(|s| !s.is_empty())));
    match found {
        Some(name) => shorten(name, 90),
        // A link's slug is `provision~target[~relation]`: its two ends, and how they relate.
        None => {
            let mut parts = revision.entity_slug.split('~');
            let ends: Vec<&str> = parts.by_ref().take(2).collect();
            let relation: Vec<String> = parts.map(|r| r.replace('_', " ")).collect();
            match relation.is_empty() {
                true => ends.join(" ↔ "),
                false => format!("{} ({})", ends.join(" ↔ "), relation.join(", ")),
            }
        }
    }
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut short: String = text.chars().take(max - 1).collect();
    short.push('…');
    short
}

/// The top-level fields whose values differ between the record before and after.
fn changed_fields(revision: &Revision) -> Vec<String> {
    let parse = |text: Option<&str>| text.and_then(|t| serde_json::from_str::<Value>(t).ok());
    let (Some(Value::Object(before)), Some(Value::Object(after))) =
        (parse(revision.before.as_deref()), parse(revision.after.as_deref()))
    else {
        return Vec::new();
    };
    let mut fields: Vec<String> =
        before.keys().chain(after.keys()).filter(|k| before.get(*k) != after.get(*k)).cloned().collect();
    fields.sort();
    fields.dedup();
    fields
}

/// An entry's title: what kind of record, what was done, and which.
pub fn title(revision: &Revision, lang: Lang) -> String {
    let (kind, feminine) = kind_name(revision.entity_type, lang);
    let separator = if lang == Lang::Fr { " : " } else { ": " };
    format!("{kind} {}{separator}{}", done(revision.operation, lang, feminine), label(revision, lang))
}

/// An entry's summary: who, when, and for an edit which fields changed.
pub fn summary(revision: &Revision, lang: Lang) -> String {
    let fields = changed_fields(revision);
    let slug = &revision.entity_slug;
    let (author, at) = (&revision.author, &revision.at);
    let mut text = match lang {
        Lang::En => format!("By {author} at {at} (record {slug})."),
        Lang::Fr => format!("Par {author} le {at} (fiche {slug})."),
    };
    if revision.operation == Operation::Update && !fields.is_empty() {
        match lang {
            Lang::En => text.push_str(&format!(" Fields changed: {}.", fields.join(", "))),
            Lang::Fr => text.push_str(&format!(" Champs modifiés : {}.", fields.join(", "))),
        }
    }
    if revision.after.is_none() {
        match lang {
            Lang::En => text.push_str(" The record is no longer in the tracker."),
            Lang::Fr => text.push_str(" La fiche n'est plus dans le suivi."),
        }
    }
    text
}

/// The front end's page of the record a revision changed: a link's page is its
/// provision's (its slug starts with the provision's). Records with no page of their
/// own (laws, disputed questions) link to the law's page.
pub fn page_path(entity: EntityType, slug: &str) -> String {
    let first = slug.split('~').next().unwrap_or(slug);
    match entity {
        EntityType::Provision | EntityType::ProvisionIncident | EntityType::ProvisionCriticism => {
            format!("/app/provisions/{first}")
        }
        EntityType::Source => format!("/app/sources/{slug}"),
        EntityType::Facility => format!("/app/facilities/{slug}"),
        EntityType::Actor => format!("/app/actors/{slug}"),
        EntityType::Incident => format!("/app/incidents/{slug}"),
        EntityType::Criticism => format!("/app/criticisms/{slug}"),
        EntityType::Law | EntityType::ClaimQuestion => "/app/".to_string(),
    }
}

/// How feeds name each entity type in their URL (`/feeds/incidents.atom`): the
/// data package's table names.
pub fn feed_name(entity: EntityType) -> &'static str {
    use EntityType::*;
    match entity {
        Source => "sources",
        Law => "laws",
        Provision => "provisions",
        Facility => "facilities",
        Actor => "actors",
        Incident => "incidents",
        Criticism => "criticisms",
        ClaimQuestion => "claim_questions",
        ProvisionIncident => "provision_incidents",
        ProvisionCriticism => "provision_criticisms",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revision(operation: Operation, before: Option<&str>, after: Option<&str>) -> Revision {
        Revision {
            id: 1,
            commit_seq: 1,
            at: "2025-05-01T10:00:00Z".into(),
            author: "editor".into(),
            operation,
            entity_type: EntityType::Criticism,
            entity_slug: "c1".into(),
            related: String::new(),
            before: before.map(String::from),
            after: after.map(String::from),
        }
    }

    #[test]
    fn an_edit_says_what_changed_in_both_languages() {
        let r = revision(
            Operation::Update,
            Some(r#"{"summary":"a","stance":"x"}"#),
            Some(r#"{"summary":"b","stance":"x"}"#),
        );
        assert_eq!(title(&r, Lang::En), "Criticism edited: b");
        assert_eq!(title(&r, Lang::Fr), "Critique modifiée : b");
        assert!(summary(&r, Lang::En).ends_with("Fields changed: summary."), "{}", summary(&r, Lang::En));
        assert!(summary(&r, Lang::Fr).ends_with("Champs modifiés : summary."));
        let deleted = revision(Operation::Delete, Some(r#"{"title":"T"}"#), None);
        assert_eq!(title(&deleted, Lang::En), "Criticism deleted: T");
        assert!(summary(&deleted, Lang::Fr).contains("n'est plus"));
    }

    #[test]
    fn pages_follow_the_front_end_routes() {
        assert_eq!(page_path(EntityType::ProvisionIncident, "p~i~rel"), "/app/provisions/p");
        let mut link = revision(Operation::Link, None, Some("{}"));
        link.entity_type = EntityType::ProvisionIncident;
        link.entity_slug = "p~i~reaction_to_provision".into();
        assert_eq!(
            title(&link, Lang::En),
            "Link between a provision and an incident recorded: p ↔ i (reaction to provision)"
        );
        assert_eq!(page_path(EntityType::Incident, "i"), "/app/incidents/i");
    }
}
