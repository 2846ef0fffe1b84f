//! Rules only the shipped dataset must meet, beyond what `check` asks of any content
//! (a curator's single write does not restate the whole law): it covers every
//! article of the law, places every facility or says why not, names sources to
//! users by title rather than by our file names, and dates every record's curation.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::error::Problem;
use crate::input::*;
use crate::revision::revision_instant;
use crate::versions::e_id;

mod prose;
mod report;

use prose::prose_problems;
pub use report::DatasetReport;

/// Laws the dataset must cover article by article, with their article count.
/// Loi n° 2025-532 has 64 articles ("64 articles [L12][L18]" in the research
/// compilation `data/sources/law-facts-2026-11-22.md`).
const WHOLE_LAWS: [(&str, u32); 1] = [("loi-2025-532", 64)];

impl Content {
    /// Problems with this content as the shipped dataset (see the module doc).
    pub fn check_coverage(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |record: String, field: &str, message: String| {
            problems.push(Problem { record, field: field.to_string(), message })
        };
        for (slug, articles) in WHOLE_LAWS {
            let Some(law) = self.laws.iter().find(|l| l.slug == slug) else { continue };
            let present: BTreeSet<String> = law.provisions.iter().filter_map(|p| e_id(p.article.as_deref()?)).collect();
            let missing: Vec<String> =
                (1..=articles).filter(|n| !present.contains(&format!("art_{n}"))).map(|n| n.to_string()).collect();
            if !missing.is_empty() {
                problem(
                    format!("law {slug:?}"),
                    "provisions",
                    format!(
                        "every article 1–{articles} is a provision (unknown content says so, never guessed); missing: art. {}",
                        missing.join(", art. ")
                    ),
                );
            }
        }
        for facility in &self.facilities {
            if facility.latitude.is_none() && facility.coordinates_note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                problem(
                    format!("facility {:?}", facility.slug),
                    "coordinates_note",
                    "a facility without coordinates says why in coordinates_note".into(),
                );
            }
        }
        let file_stems: Vec<String> = self
            .sources
            .iter()
            .filter_map(|s| s.file.as_deref())
            .filter_map(|f| f.rsplit('/').next()?.split('.').next().map(str::to_lowercase))
            .filter(|stem| stem.len() >= 6)
            .collect();
        let mut records: Vec<(String, Value, Option<&String>)> = Vec::new();
        for s in &self.sources {
            records.push((format!("source {:?}", s.slug), value(s), s.curated_at.as_ref()));
        }
        for law in &self.laws {
            let mut summary = law.clone();
            summary.provisions.clear();
            records.push((format!("law {:?}", law.slug), value(&summary), law.curated_at.as_ref()));
            for p in &law.provisions {
                records.push((format!("provision {:?}", p.slug), value(p), p.curated_at.as_ref()));
            }
        }
        for f in &self.facilities {
            records.push((format!("facility {:?}", f.slug), value(f), f.curated_at.as_ref()));
        }
        for a in &self.actors {
            records.push((format!("actor {:?}", a.slug), value(a), a.curated_at.as_ref()));
        }
        for i in &self.incidents {
            records.push((format!("incident {:?}", i.slug), value(i), i.curated_at.as_ref()));
        }
        for c in &self.criticisms {
            records.push((format!("criticism {:?}", c.slug), value(c), c.curated_at.as_ref()));
        }
        for (n, l) in self.provision_incidents.iter().enumerate() {
            records.push((format!("provision_incidents[{n}]"), value(l), l.curated_at.as_ref()));
        }
        for q in &self.claims {
            records.push((format!("claim question {:?}", q.slug), value(q), q.curated_at.as_ref()));
        }
        for (record, _, curated_at) in &records {
            match curated_at {
                None => problem(record.clone(), "curated_at", "every shipped record says when it was curated".into()),
                Some(at) if revision_instant(at).is_none() => {
                    problem(record.clone(), "curated_at", format!("{at:?} is not an RFC 3339 instant"))
                }
                Some(_) => {}
            }
        }
        // Events have no revisions, so no curation stamp; their text is shown all the same.
        let events = self.events.iter().map(|e| (format!("event {:?}", e.slug), value(e), None));
        for (record, json, _) in records.into_iter().chain(events) {
            for (field, message) in prose_problems(&json, &file_stems) {
                problem(record.clone(), &field, message);
            }
        }
        problems
    }
}

fn value<T: serde::Serialize>(record: &T) -> Value {
    serde_json::to_value(record).expect("input structs always serialise")
}

#[cfg(test)]
mod tests {
    use crate::dataset::Dataset;

    fn problems_after(change: impl FnOnce(&mut crate::input::Content)) -> Vec<String> {
        let mut data = Dataset::embedded().expect("the shipped dataset parses");
        change(&mut data.content);
        data.check_shipped().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_shipped_dataset_meets_every_rule() {
        assert_eq!(problems_after(|_| {}), Vec::<String>::new());
    }

    #[test]
    fn a_missing_article_is_named() {
        let problems = problems_after(|c| c.laws[0].provisions.retain(|p| p.article.as_deref() != Some("art. 7")));
        assert!(problems.iter().any(|p| p.contains("missing: art. 7") && !p.contains("art. 8")), "{problems:?}");
    }

    #[test]
    fn a_facility_with_neither_coordinates_nor_a_reason_is_refused() {
        let problems = problems_after(|c| {
            let facility = c.facilities.iter_mut().find(|f| f.slug == "meaux-prison").unwrap();
            facility.coordinates_note = None;
        });
        assert!(problems.iter().any(|p| p.contains("meaux-prison") && p.contains("says why")), "{problems:?}");
    }

    #[test]
    fn internal_file_names_in_user_facing_text_are_refused() {
        let problems = problems_after(|c| {
            c.incidents[0].summary.push_str(" (per seed 002)");
            c.facilities[0].coordinates_note = Some("from law-facts-2026-11-22.md".into());
        });
        assert!(problems.iter().any(|p| p.contains("summary") && p.contains("seed 002")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("coordinates_note") && p.contains("law-facts")), "{problems:?}");
    }

    #[test]
    fn file_names_compilation_keys_and_doubled_words_are_named_by_record_and_field() {
        let mut slugs = (String::new(), String::new(), String::new());
        let problems = problems_after(|c| {
            c.criticisms[0].summary.push_str(" The two accounts are kept in claims.json.");
            c.incidents[1].summary_fr = Some("Selon [L44], une attaque.".into());
            let event = &mut c.events[0];
            event.description = format!("As the the compilation says, {}", event.description);
            slugs = (c.criticisms[0].slug.clone(), c.incidents[1].slug.clone(), c.events[0].slug.clone());
        });
        let (criticism, incident, event) = slugs;
        let has = |record: String, field: &str, what: &str| {
            problems.iter().any(|p| p.starts_with(&format!("{record} {field}:")) && p.contains(what))
        };
        assert!(has(format!("criticism {criticism:?}"), "summary", "\"claims.json\""), "{problems:?}");
        assert!(has(format!("incident {incident:?}"), "summary_fr", "[L44]"), "{problems:?}");
        assert!(has(format!("event {event:?}"), "description", "\"the\" twice"), "{problems:?}");
        assert_eq!(crate::dataset::file_of_record(&format!("event {event:?}")), Some("events.json"));
    }

    #[test]
    fn an_undocumented_parameter_name_and_a_missing_french_are_named() {
        let problems = problems_after(|c| {
            let p = c.laws[0].provisions.iter_mut().find(|p| !p.parameters.is_empty()).unwrap();
            p.parameters[0].name = "prison_sentence_longest".into();
            c.incidents[0].title_fr = None;
        });
        assert!(
            problems.iter().any(|p| p.contains("parameters[0].name") && p.contains("\"prison_sentence_longest\"")),
            "{problems:?}"
        );
        assert!(problems.iter().any(|p| p.contains("title_fr: missing French")), "{problems:?}");
    }

    #[test]
    fn every_record_says_when_it_was_curated() {
        let problems = problems_after(|c| {
            c.actors[0].curated_at = None;
            c.claims[0].curated_at = Some("yesterday".into());
        });
        assert!(problems.iter().any(|p| p.contains("curated_at") && p.contains("says when")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("\"yesterday\" is not an RFC 3339 instant")), "{problems:?}");
    }

    #[test]
    fn a_disputed_incident_is_not_linked_to_a_clause() {
        let problems = problems_after(|c| {
            let linked = c.provision_incidents[0].incident.clone();
            c.incidents.iter_mut().find(|i| i.slug == linked).unwrap().disputed = true;
        });
        assert!(problems.iter().any(|p| p.contains("disputed incident is not linked")), "{problems:?}");
    }
}
