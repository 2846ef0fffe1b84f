//! A provision as linked data: schema.org's `Legislation`, whose legislation terms
//! were drawn from the European Legislation Identifier (ELI) ontology, with a few ELI
//! terms beside them for readers that speak only ELI. Served at
//! `/provisions/{slug}.jsonld`.
//!
//! The context is inline, not a link to schema.org's: a JSON-LD processor then
//! expands the document without fetching anything.

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use super::words::{page_path, Lang};
use super::works::{self, Site};
use crate::model::{EntityType, Law, LawStage, LegalStatus, Provision, ProvisionCode, ProvisionText, TextKind};
use crate::versions;

pub const CONTENT_TYPE: &str = "application/ld+json";

pub const SCHEMA: &str = "http://schema.org/";
pub const ELI: &str = "http://data.europa.eu/eli/ontology#";

/// What schema.org's `LegalForceStatus` says of a status: a clause struck down in
/// part keeps the rest in force; one proposed, adopted but not promulgated, struck
/// down, dropped or repealed is not in force.
pub fn legal_force(status: LegalStatus) -> &'static str {
    use LegalStatus::*;
    match status {
        InForce | InForceWithReservation => "InForce",
        PartlyCensured => "PartiallyInForce",
        Proposed | Adopted | Censured | Dropped | Repealed => "NotInForce",
    }
}

/// The same, in ELI's in-force vocabulary.
fn eli_in_force(force: &str) -> &'static str {
    match force {
        "InForce" => "eli:InForce-inForce",
        "PartiallyInForce" => "eli:InForce-partiallyInForce",
        _ => "eli:InForce-notInForce",
    }
}

/// A text in both languages where it has both (JSON-LD language-tagged values).
fn bilingual(english: &str, french: Option<&str>) -> Value {
    match french.filter(|f| !f.is_empty()) {
        Some(french) => json!([{ "@value": english, "@language": "en" }, { "@value": french, "@language": "fr" }]),
        None => json!({ "@value": english, "@language": "en" }),
    }
}

/// The law the provision belongs to: identified by its ELI where one is known.
fn law_node(law: &Law) -> Value {
    let mut node = Map::new();
    let eli = law.eli_uri.clone().filter(|u| !u.is_empty());
    if let Some(eli) = &eli {
        node.insert("@id".into(), json!(eli));
        node.insert("url".into(), json!(eli));
    }
    node.insert("@type".into(), json!("Legislation"));
    // The official title is French; the English one is a translation.
    let mut names = vec![json!({ "@value": law.title_fr, "@language": "fr" })];
    if let Some(english) = law.title_en.as_deref().filter(|t| !t.is_empty()) {
        names.push(json!({ "@value": english, "@language": "en" }));
    }
    node.insert("name".into(), Value::Array(names));
    if let Some(number) = law.number.as_deref().filter(|n| !n.is_empty()) {
        node.insert("legislationIdentifier".into(), json!(number));
        node.insert("eli:id_local".into(), json!(number));
    }
    node.insert("legislationJurisdiction".into(), json!("FR"));
    Value::Object(node)
}

/// The law's own wording, as the latest source quoting it gives it; a source's
/// account of what a clause says is never presented as its text.
fn wording(texts: &[ProvisionText]) -> Option<&ProvisionText> {
    texts.iter().filter(|t| t.kind == TextKind::Wording).max_by_key(|t| t.position)
}

/// The provision as a JSON-LD document, its status as of `today`. `codes` are the
/// code articles it creates or amends, `texts` its texts (any provision's: only its
/// own are read).
pub fn provision(
    provision: &Provision,
    law: &Law,
    stages: &[LawStage],
    codes: &[ProvisionCode],
    texts: &[ProvisionText],
    base: &str,
    today: NaiveDate,
) -> Value {
    let page = format!("{base}{}", page_path(EntityType::Provision, &provision.slug));
    // The citation's dates are the JSON-LD's: the law's promulgation, else its first stage.
    let site = Site { base: base.to_string(), accessed: today, lang: Lang::En };
    let work = works::provision(provision, law, stages, None, &site);
    let status = versions::status_as_of(provision.status, stages, today).unwrap_or(LegalStatus::Proposed);
    let force = legal_force(status);

    let mut doc = Map::new();
    doc.insert("@context".into(), json!({ "@vocab": SCHEMA, "schema": SCHEMA, "eli": ELI }));
    doc.insert("@id".into(), json!(page));
    doc.insert("@type".into(), json!("Legislation"));
    doc.insert("url".into(), json!(page));
    doc.insert("name".into(), bilingual(&provision.heading, provision.heading_fr.as_deref()));
    let identifier = match (law.number.as_deref().filter(|n| !n.is_empty()), provision.article.as_deref()) {
        (Some(number), Some(article)) => format!("{number} {article}"),
        // Without a law number and an article, the tracker's own key is the only identifier.
        _ => format!("lawtracker:provision:{}", provision.slug),
    };
    doc.insert("legislationIdentifier".into(), json!(identifier));
    if let Some(article) = provision.article.as_deref().filter(|a| !a.is_empty()) {
        doc.insert("eli:id_local".into(), json!(article));
    }
    if let Some(date) = &work.issued {
        doc.insert("legislationDate".into(), json!(date));
    }
    if let Some(date) = provision.entry_into_force.as_deref().filter(|d| !d.is_empty()) {
        doc.insert("legislationDateOfApplicability".into(), json!(date));
    }
    doc.insert("legislationLegalForce".into(), json!({ "@id": format!("schema:{force}") }));
    doc.insert("eli:in_force".into(), json!({ "@id": eli_in_force(force) }));
    doc.insert("legislationJurisdiction".into(), json!("FR"));
    doc.insert("inLanguage".into(), json!("fr"));
    doc.insert("isPartOf".into(), law_node(law));
    if let Some(eli) = law.eli_uri.as_deref().filter(|u| !u.is_empty()) {
        doc.insert("eli:is_part_of".into(), json!({ "@id": eli }));
    }
    let mut own_codes: Vec<&ProvisionCode> = codes.iter().filter(|c| c.provision_id == provision.id).collect();
    own_codes.sort_by_key(|c| c.position);
    if !own_codes.is_empty() {
        // The code articles it creates or amends. `legislationConsolidates` is the
        // other direction (a consolidated code naming the acts it takes in), so it
        // belongs on the code's record, not here.
        let changed: Vec<Value> = own_codes
            .iter()
            .map(|c| json!({ "@type": "Legislation", "name": c.code, "legislationIdentifier": c.code }))
            .collect();
        doc.insert("legislationChanges".into(), Value::Array(changed));
    }
    let own_texts: Vec<ProvisionText> = texts.iter().filter(|t| t.provision_id == provision.id).cloned().collect();
    if let Some(text) = wording(&own_texts) {
        doc.insert("text".into(), json!({ "@value": text.quote, "@language": "fr" }));
    }
    doc.insert("abstract".into(), bilingual(&provision.summary, provision.summary_fr.as_deref()));
    Value::Object(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DatePrecision, StageKind, Theme};

    fn law() -> Law {
        Law {
            id: 1,
            version: 1,
            slug: "loi".into(),
            title_fr: "Loi n° 1".into(),
            title_en: Some("Law No. 1".into()),
            number: Some("2025-1".into()),
            eli_uri: None,
            status: LegalStatus::InForce,
            summary: String::new(),
        }
    }

    fn provision(status: LegalStatus) -> Provision {
        Provision {
            id: 7,
            version: 1,
            law_id: 1,
            slug: "loi-art-3".into(),
            position: 1,
            article: Some("art. 3".into()),
            heading: "Article 3".into(),
            heading_fr: None,
            summary: "What it does.".into(),
            summary_fr: Some("Ce qu'il fait.".into()),
            body: None,
            theme: Theme::DetentionRegime,
            status,
            entry_into_force: None,
        }
    }

    fn promulgated() -> Vec<LawStage> {
        vec![LawStage {
            id: 1,
            law_id: 1,
            slug: "promulgation".into(),
            position: 1,
            occurred_on: "2025-06-13".into(),
            date_precision: DatePrecision::Day,
            chamber: None,
            kind: StageKind::Promulgation,
            outcome: None,
            description: String::new(),
        }]
    }

    fn text(kind: TextKind, position: i64, quote: &str) -> ProvisionText {
        ProvisionText {
            id: position,
            provision_id: 7,
            position,
            stage_id: None,
            kind,
            source_id: 1,
            quote: quote.into(),
            note: None,
        }
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn statuses_map_to_schema_org_legal_force() {
        assert_eq!(legal_force(LegalStatus::InForceWithReservation), "InForce");
        assert_eq!(legal_force(LegalStatus::PartlyCensured), "PartiallyInForce");
        assert_eq!(legal_force(LegalStatus::Adopted), "NotInForce");
        assert_eq!(legal_force(LegalStatus::Repealed), "NotInForce");
    }

    /// Before promulgation the clause was a proposal, whatever it became.
    #[test]
    fn legal_force_is_the_status_on_the_day() {
        let p = provision(LegalStatus::InForce);
        let before = super::provision(&p, &law(), &promulgated(), &[], &[], "http://x", day("2025-06-01"));
        let after = super::provision(&p, &law(), &promulgated(), &[], &[], "http://x", day("2025-07-01"));
        assert_eq!(before["legislationLegalForce"]["@id"], "schema:NotInForce");
        assert_eq!(after["legislationLegalForce"]["@id"], "schema:InForce");
        assert_eq!(after["legislationDate"], "2025-06-13");
        assert_eq!(after["legislationIdentifier"], "2025-1 art. 3");
        assert_eq!(after["url"], "http://x/app/provisions/loi-art-3");
    }

    /// Only the law's own wording is `text`; code articles are what it changes.
    #[test]
    fn text_is_the_wording_and_codes_are_changes() {
        let p = provision(LegalStatus::InForce);
        let codes = vec![ProvisionCode { provision_id: 7, position: 1, code: "CSI L. 333-2".into() }];
        let account = vec![text(TextKind::SourceAccount, 1, "in our words")];
        let doc = super::provision(&p, &law(), &promulgated(), &codes, &account, "http://x", day("2025-07-01"));
        assert!(doc.get("text").is_none());
        assert_eq!(doc["legislationChanges"][0]["legislationIdentifier"], "CSI L. 333-2");
        let both = vec![text(TextKind::Wording, 1, "old"), text(TextKind::Wording, 2, "new"), account[0].clone()];
        let doc = super::provision(&p, &law(), &promulgated(), &[], &both, "http://x", day("2025-07-01"));
        assert_eq!(doc["text"]["@value"], "new");
        assert!(doc.get("legislationChanges").is_none());
    }
}
