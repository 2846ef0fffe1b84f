//! The document flattened into rows, cells in the order `tables.rs` declares them,
//! rows in the document's own order (so a download is as stable as the export).

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::tables::CITATION_TARGETS;
use super::Cell;
use crate::input::{incident_link_slug, CitationIn};
use crate::transfer::Document;

type Row = Vec<Cell>;

/// Rows by table name.
#[derive(Default)]
struct Rows {
    tables: HashMap<&'static str, Vec<Row>>,
}

impl Rows {
    fn push(&mut self, table: &'static str, row: Row) {
        self.tables.entry(table).or_default().push(row);
    }

    /// One row of `citations` per quote, keyed to its target by the target's column.
    fn cite(&mut self, target_table: &'static str, key: &str, citations: &[CitationIn]) {
        let target = CITATION_TARGETS
            .iter()
            .position(|(table, _)| *table == target_table)
            .expect("citations only target tables CITATION_TARGETS lists");
        for citation in citations {
            let id = self.tables.get("citations").map_or(0, Vec::len) as i64 + 1;
            let mut row: Row =
                vec![id.into(), (&citation.source).into(), (&citation.quote).into(), citation.note.clone().into()];
            row.push(target_table.into());
            row.extend((0..CITATION_TARGETS.len()).map(|i| if i == target { key.into() } else { Cell::Null }));
            self.push("citations", row);
        }
    }
}

fn nth(parent: &str, index: usize) -> String {
    format!("{parent}#{}", index + 1)
}

fn pos(index: usize) -> Cell {
    Cell::Integer(index as i64 + 1)
}

fn text<T: Into<&'static str>>(value: T) -> Cell {
    Cell::Text(value.into().to_string())
}

fn sorted(mut items: Vec<String>) -> Vec<String> {
    items.sort();
    items
}

/// Every table's rows, by table name (a table with no records has none).
pub(super) fn rows(document: &Document) -> HashMap<&'static str, Vec<Row>> {
    let content = &document.content;
    let mut out = Rows::default();
    for s in &content.sources {
        let body = s.text.clone().unwrap_or_default();
        let digest = hex::encode(Sha256::digest(body.as_bytes()));
        out.push(
            "sources",
            vec![
                (&s.slug).into(),
                s.version.into(),
                (&s.title).into(),
                s.title_is_editorial.into(),
                s.publisher.clone().into(),
                s.published_on.clone().into(),
                (&s.language).into(),
                s.url.clone().into(),
                text(s.kind),
                text(s.reliability),
                (&s.reliability_note).into(),
                s.text.clone().into(),
                digest.into(),
            ],
        );
    }
    for law in &content.laws {
        out.push(
            "laws",
            vec![
                (&law.slug).into(),
                law.version.into(),
                (&law.title_fr).into(),
                law.title_en.clone().into(),
                law.number.clone().into(),
                law.eli_uri.clone().into(),
                text(law.status),
                (&law.summary).into(),
            ],
        );
        out.cite("laws", &law.slug, &law.citations);
        let stage_id = |slug: &str| format!("{}/{slug}", law.slug);
        for (i, stage) in law.stages.iter().enumerate() {
            let id = stage_id(&stage.slug);
            out.push(
                "stages",
                vec![
                    (&id).into(),
                    (&law.slug).into(),
                    (&stage.slug).into(),
                    pos(i),
                    (&stage.occurred_on).into(),
                    stage.chamber.map(text).into(),
                    text(stage.kind),
                    stage.outcome.clone().into(),
                    (&stage.description).into(),
                ],
            );
            out.cite("stages", &id, &stage.citations);
        }
        for (i, p) in law.provisions.iter().enumerate() {
            out.push(
                "provisions",
                vec![
                    (&p.slug).into(),
                    (&law.slug).into(),
                    pos(i),
                    p.version.into(),
                    p.article.clone().into(),
                    (&p.heading).into(),
                    p.heading_fr.clone().into(),
                    (&p.summary).into(),
                    p.summary_fr.clone().into(),
                    p.text.clone().into(),
                    text(p.theme),
                    text(p.status),
                    p.codes.clone().into(),
                    p.entry_into_force.clone().into(),
                    p.decrees.clone().into(),
                ],
            );
            out.cite("provisions", &p.slug, &p.citations);
            for (j, t) in p.texts.iter().enumerate() {
                out.push(
                    "provision_texts",
                    vec![
                        nth(&p.slug, j).into(),
                        (&p.slug).into(),
                        pos(j),
                        t.stage.as_deref().map(stage_id).into(),
                        text(t.kind),
                        (&t.source).into(),
                        (&t.quote).into(),
                        t.note.clone().into(),
                    ],
                );
            }
            for (j, m) in p.parameters.iter().enumerate() {
                let id = nth(&p.slug, j);
                out.push(
                    "parameters",
                    vec![
                        (&id).into(),
                        (&p.slug).into(),
                        pos(j),
                        (&m.name).into(),
                        (&m.label).into(),
                        m.label_fr.clone().into(),
                        text(m.kind),
                        m.value.into(),
                        m.value_max.into(),
                        (&m.unit).into(),
                        text(m.qualifier),
                        m.stage.as_deref().map(stage_id).into(),
                        m.baseline.clone().into(),
                        m.baseline_value.into(),
                        m.baseline_unit.clone().into(),
                    ],
                );
                out.cite("parameters", &id, &m.citations);
            }
        }
    }
    for f in &content.facilities {
        out.push(
            "facilities",
            vec![
                (&f.slug).into(),
                f.version.into(),
                (&f.name).into(),
                text(f.kind),
                f.city.clone().into(),
                sorted(f.aliases.clone()).into(),
                f.latitude.into(),
                f.longitude.into(),
                f.coordinates_note.clone().into(),
            ],
        );
        out.cite("facilities", &f.slug, &f.citations);
    }
    for a in &content.actors {
        out.push(
            "actors",
            vec![(&a.slug).into(), a.version.into(), (&a.name).into(), text(a.kind), (&a.description).into()],
        );
        out.cite("actors", &a.slug, &a.citations);
    }
    for inc in &content.incidents {
        out.push(
            "incidents",
            vec![
                (&inc.slug).into(),
                inc.version.into(),
                (&inc.title).into(),
                inc.title_fr.clone().into(),
                (&inc.summary).into(),
                inc.summary_fr.clone().into(),
                (&inc.occurred_on).into(),
                inc.time_of_day.clone().into(),
                inc.facility.clone().into(),
                inc.place.clone().into(),
                Cell::List(inc.kinds.iter().map(|k| k.as_str().to_string()).collect()),
                inc.investigating_body.clone().into(),
                inc.investigating_body_as_of.clone().into(),
                inc.campaign.clone().into(),
                inc.disputed.into(),
            ],
        );
        out.cite("incidents", &inc.slug, &inc.citations);
        for (j, o) in inc.outcomes.iter().enumerate() {
            let id = nth(&inc.slug, j);
            out.push(
                "outcomes",
                vec![
                    (&id).into(),
                    (&inc.slug).into(),
                    pos(j),
                    (&o.name).into(),
                    o.value.into(),
                    text(o.qualifier),
                    o.unit.clone().into(),
                ],
            );
            out.cite("outcomes", &id, &o.citations);
        }
    }
    for c in &content.criticisms {
        out.push(
            "criticisms",
            vec![
                (&c.slug).into(),
                c.version.into(),
                (&c.actor).into(),
                text(c.stance),
                sorted(c.rights.clone()).into(),
                (&c.summary).into(),
                c.summary_fr.clone().into(),
                c.quote.clone().into(),
                c.stated_on.clone().into(),
            ],
        );
        out.cite("criticisms", &c.slug, &c.citations);
        for (j, link) in c.provisions.iter().enumerate() {
            let id = format!("{}~{}", c.slug, link.provision);
            out.push(
                "criticism_links",
                vec![
                    (&id).into(),
                    (&c.slug).into(),
                    (&link.provision).into(),
                    pos(j),
                    link.note.clone().into(),
                    link.disputed.into(),
                    link.disputed_note.clone().into(),
                ],
            );
            out.cite("criticism_links", &id, &link.citations);
        }
    }
    for link in &content.provision_incidents {
        let id = incident_link_slug(&link.provision, &link.incident, link.relation);
        out.push(
            "incident_links",
            vec![
                (&id).into(),
                (&link.provision).into(),
                (&link.incident).into(),
                text(link.relation),
                link.note.clone().into(),
                link.disputed.into(),
                link.disputed_note.clone().into(),
            ],
        );
        out.cite("incident_links", &id, &link.citations);
    }
    for q in &content.claims {
        out.push(
            "claim_questions",
            vec![
                (&q.slug).into(),
                q.version.into(),
                (&q.question).into(),
                q.subject.as_ref().map(|s| text(s.kind)).into(),
                q.subject.as_ref().map(|s| s.slug.clone()).into(),
            ],
        );
        for (j, claim) in q.claims.iter().enumerate() {
            let id = nth(&q.slug, j);
            out.push(
                "claims",
                vec![(&id).into(), (&q.slug).into(), pos(j), (&claim.value).into(), claim.value_number.into()],
            );
            out.cite("claims", &id, &claim.citations);
        }
    }
    for e in &content.events {
        out.push(
            "events",
            vec![
                (&e.slug).into(),
                (&e.occurred_on).into(),
                text(e.kind),
                (&e.law).into(),
                e.provision.clone().into(),
                e.facility.clone().into(),
                (&e.title).into(),
                e.title_fr.clone().into(),
                (&e.description).into(),
                e.description_fr.clone().into(),
                e.capacity.into(),
            ],
        );
        out.cite("events", &e.slug, &e.citations);
    }
    for (i, r) in document.revisions.iter().enumerate() {
        out.push(
            "revisions",
            vec![
                pos(i),
                (&r.at).into(),
                (&r.author).into(),
                text(r.operation),
                text(r.entity_type),
                (&r.entity_slug).into(),
                (&r.related).into(),
                r.before.clone().into(),
                r.after.clone().into(),
            ],
        );
    }
    for (i, load) in document.dataset_loads.iter().enumerate() {
        out.push("dataset_loads", vec![pos(i), (&load.digest).into(), (&load.loaded_at).into()]);
    }
    out.tables
}
