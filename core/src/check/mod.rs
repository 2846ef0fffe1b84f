//! The checker: every problem in content, reported together (dangling references,
//! duplicate or malformed slugs, malformed dates, missing citations, quotes not in
//! their sources), before anything is written.

use std::collections::{HashMap, HashSet};

use crate::dates::PartialDate;
use crate::error::Problem;
use crate::evidence::verify_quote;
use crate::ids::is_valid_slug;
use crate::input::*;
use crate::model::*;

mod text;
pub use text::unstorable;

impl Content {
    /// Every problem: dangling references, duplicate or malformed slugs, malformed
    /// dates, missing citations, quotes not in their sources.
    pub fn check(&self) -> Vec<Problem> {
        self.check_with(&Known::default())
    }

    /// Like [`Content::check`], for content written into a database that already
    /// holds the `known` entities it may refer to.
    pub fn check_with(&self, known: &Known) -> Vec<Problem> {
        Checker::new(self, known).run()
    }
}

/// Entities already in the database that content being written may refer to.
#[derive(Debug, Default, Clone)]
pub struct Known {
    /// Source slug → full text, for checking quotes.
    pub source_texts: HashMap<String, String>,
    /// Laws that exist already: content may add provisions to them without restating them.
    pub laws: HashSet<String>,
    /// Stage slugs of the law that provisions are written into.
    pub stages: HashSet<String>,
    pub provisions: HashSet<String>,
    pub facilities: HashSet<String>,
    pub actors: HashSet<String>,
    pub incidents: HashSet<String>,
    /// Campaign names incidents in the database carry.
    pub campaigns: HashSet<String>,
}

struct Checker<'a> {
    data: &'a Content,
    known: &'a Known,
    problems: Vec<Problem>,
    source_text: HashMap<&'a str, &'a str>,
    provisions: HashSet<&'a str>,
    stages: HashSet<&'a str>,
    facilities: HashSet<&'a str>,
    actors: HashSet<&'a str>,
    incidents: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn new(data: &'a Content, known: &'a Known) -> Self {
        let names = |set: &'a HashSet<String>| set.iter().map(String::as_str);
        Checker {
            data,
            known,
            problems: Vec::new(),
            source_text: data
                .sources
                .iter()
                .filter_map(|s| Some((s.slug.as_str(), s.text.as_deref()?)))
                .chain(known.source_texts.iter().map(|(slug, text)| (slug.as_str(), text.as_str())))
                .collect(),
            provisions: data
                .laws
                .iter()
                .flat_map(|l| &l.provisions)
                .map(|p| p.slug.as_str())
                .chain(names(&known.provisions))
                .collect(),
            stages: HashSet::new(),
            facilities: data.facilities.iter().map(|f| f.slug.as_str()).chain(names(&known.facilities)).collect(),
            actors: data.actors.iter().map(|a| a.slug.as_str()).chain(names(&known.actors)).collect(),
            incidents: data.incidents.iter().map(|i| i.slug.as_str()).chain(names(&known.incidents)).collect(),
        }
    }

    fn problem(&mut self, record: &str, field: &str, message: impl Into<String>) {
        self.problems.push(Problem { record: record.to_string(), field: field.to_string(), message: message.into() });
    }

    fn slugs<'s>(&mut self, kind: &str, slugs: impl Iterator<Item = &'s str>) {
        let mut seen = HashSet::new();
        for slug in slugs {
            let record = format!("{kind} {slug:?}");
            if !is_valid_slug(slug) {
                self.problem(&record, "slug", "a slug is lowercase ASCII letters, digits and single hyphens");
            }
            if !seen.insert(slug) {
                self.problem(&record, "slug", format!("another {kind} has the same slug"));
            }
        }
    }

    fn reference(&mut self, record: &str, field: &str, kind: &str, slug: &str, known: bool) {
        if !known {
            self.problem(record, field, format!("no {kind} has the slug {slug:?}"));
        }
    }

    fn date(&mut self, record: &str, field: &str, text: &str) {
        if let Err(message) = PartialDate::parse(text) {
            self.problem(record, field, message);
        }
    }

    fn citations(&mut self, record: &str, field: &str, citations: &[CitationIn]) {
        if citations.is_empty() {
            self.problem(record, field, "at least one citation is required: every fact names its evidence");
        }
        for (i, citation) in citations.iter().enumerate() {
            self.quote(record, &format!("{field}[{i}]"), citation);
        }
    }

    /// A quote must name a known source and occur in its text, verbatim.
    fn quote(&mut self, record: &str, field: &str, citation: &CitationIn) {
        match self.source_text.get(citation.source.as_str()) {
            None => self.problem(
                record,
                &format!("{field}.source"),
                format!("no source has the slug {:?}", citation.source),
            ),
            Some(text) => {
                if let Err(mismatch) = verify_quote(text, &citation.quote) {
                    self.problem(
                        record,
                        &format!("{field}.quote"),
                        format!("source {:?}: {mismatch}", citation.source),
                    );
                }
            }
        }
    }

    fn run(mut self) -> Vec<Problem> {
        let data = self.data;
        self.problems.extend(data.unstorable_text());
        self.slugs("source", data.sources.iter().map(|s| s.slug.as_str()));
        self.slugs("provision", data.laws.iter().flat_map(|l| &l.provisions).map(|p| p.slug.as_str()));
        self.slugs("facility", data.facilities.iter().map(|f| f.slug.as_str()));
        self.slugs("actor", data.actors.iter().map(|a| a.slug.as_str()));
        self.slugs("incident", data.incidents.iter().map(|i| i.slug.as_str()));
        self.slugs("criticism", data.criticisms.iter().map(|c| c.slug.as_str()));
        self.slugs("claim question", data.claims.iter().map(|q| q.slug.as_str()));
        self.slugs("law", data.laws.iter().map(|l| l.slug.as_str()));
        for law in data.laws.iter().filter(|l| self.known.laws.contains(&l.slug)) {
            // Written into an existing law: its stages are the database's, not restated.
            if !law.stages.is_empty() {
                self.problem(
                    &format!("law {:?}", law.slug),
                    "stages",
                    "stages of an existing law are not rewritten here",
                );
            }
        }

        for source in &data.sources {
            let record = format!("source {:?}", source.slug);
            if let Some(date) = &source.published_on {
                self.date(&record, "published_on", date);
            }
            if source.text.as_deref().is_none_or(str::is_empty) {
                self.problem(&record, "text", "a source needs its full text: citations are checked against it");
            }
        }
        for law in &data.laws {
            self.law(law);
        }
        self.rest()
    }

    fn law(&mut self, law: &'a LawIn) {
        // Stage slugs are unique within their law, and parameters name stages of their own law.
        self.slugs("stage", law.stages.iter().map(|s| s.slug.as_str()));
        self.stages =
            law.stages.iter().map(|s| s.slug.as_str()).chain(self.known.stages.iter().map(String::as_str)).collect();
        let record = format!("law {:?}", law.slug);
        if !self.known.laws.contains(&law.slug) {
            self.citations(&record, "citations", &law.citations);
        }
        for stage in &law.stages {
            let record = format!("stage {:?}", stage.slug);
            self.date(&record, "occurred_on", &stage.occurred_on);
            self.citations(&record, "citations", &stage.citations);
        }
        for provision in &law.provisions {
            let record = format!("provision {:?}", provision.slug);
            self.citations(&record, "citations", &provision.citations);
            if let Some(day) = &provision.entry_into_force {
                self.date(&record, "entry_into_force", day);
            }
            for (field, values) in [("codes", &provision.codes), ("decrees", &provision.decrees)] {
                if values.iter().any(|v| v.trim().is_empty()) {
                    self.problem(&record, field, "an empty reference names nothing");
                }
            }
            for (i, parameter) in provision.parameters.iter().enumerate() {
                let field = format!("parameters[{i}]");
                if let Some(stage) = &parameter.stage {
                    let known = self.stages.contains(stage.as_str());
                    self.reference(&record, &format!("{field}.stage"), "stage", stage, known);
                }
                if parameter.value_max.is_some_and(|max| max < parameter.value) {
                    self.problem(&record, &format!("{field}.value_max"), "value_max is below value");
                }
                self.citations(&record, &format!("{field}.citations"), &parameter.citations);
            }
            for (i, text) in provision.texts.iter().enumerate() {
                let field = format!("texts[{i}]");
                if let Some(stage) = &text.stage {
                    let known = self.stages.contains(stage.as_str());
                    self.reference(&record, &format!("{field}.stage"), "stage", stage, known);
                }
                self.quote(&record, &field, &text.as_citation());
            }
        }
    }

    fn rest(mut self) -> Vec<Problem> {
        let data = self.data;
        for facility in &data.facilities {
            let record = format!("facility {:?}", facility.slug);
            match (facility.latitude, facility.longitude) {
                (Some(lat), Some(lon)) => {
                    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                        self.problem(&record, "latitude", "coordinates out of range");
                    }
                    if facility.coordinates_note.as_deref().is_none_or(str::is_empty) {
                        self.problem(&record, "coordinates_note", "coordinates need a note naming their public source");
                    }
                }
                (None, None) => {}
                _ => self.problem(&record, "longitude", "latitude and longitude go together"),
            }
            self.citations(&record, "citations", &facility.citations);
        }
        for actor in &data.actors {
            self.citations(&format!("actor {:?}", actor.slug), "citations", &actor.citations);
        }
        for incident in &data.incidents {
            let record = format!("incident {:?}", incident.slug);
            self.date(&record, "occurred_on", &incident.occurred_on);
            if let Some(facility) = &incident.facility {
                let known = self.facilities.contains(facility.as_str());
                self.reference(&record, "facility", "facility", facility, known);
            }
            if let Some(actor) = &incident.investigating_body {
                let known = self.actors.contains(actor.as_str());
                self.reference(&record, "investigating_body", "actor", actor, known);
            }
            if incident.kinds.is_empty() {
                self.problem(&record, "kinds", "at least one kind is required");
            }
            self.citations(&record, "citations", &incident.citations);
            for (i, outcome) in incident.outcomes.iter().enumerate() {
                self.citations(&record, &format!("outcomes[{i}].citations"), &outcome.citations);
            }
        }
        for criticism in &data.criticisms {
            let record = format!("criticism {:?}", criticism.slug);
            let known = self.actors.contains(criticism.actor.as_str());
            self.reference(&record, "actor", "actor", &criticism.actor, known);
            if let Some(date) = &criticism.stated_on {
                self.date(&record, "stated_on", date);
            }
            self.citations(&record, "citations", &criticism.citations);
            if let Some(quote) = &criticism.quote {
                // The critic's own words must be in one of the sources cited for them.
                let found = criticism.citations.iter().any(|c| {
                    self.source_text.get(c.source.as_str()).is_some_and(|text| verify_quote(text, quote).is_ok())
                });
                if !found {
                    self.problem(&record, "quote", "the quote occurs in none of the criticism's cited sources");
                }
            }
            for (i, link) in criticism.provisions.iter().enumerate() {
                let known = self.provisions.contains(link.provision.as_str());
                self.reference(&record, &format!("provisions[{i}].provision"), "provision", &link.provision, known);
                self.citations(&record, &format!("provisions[{i}].citations"), &link.citations);
            }
        }
        self.slugs("event", data.events.iter().map(|e| e.slug.as_str()));
        for event in &data.events {
            let record = format!("event {:?}", event.slug);
            self.date(&record, "occurred_on", &event.occurred_on);
            let known = data.laws.iter().any(|l| l.slug == event.law) || self.known.laws.contains(&event.law);
            self.reference(&record, "law", "law", &event.law, known);
            if let Some(provision) = &event.provision {
                let known = self.provisions.contains(provision.as_str());
                self.reference(&record, "provision", "provision", provision, known);
            }
            if let Some(facility) = &event.facility {
                let known = self.facilities.contains(facility.as_str());
                self.reference(&record, "facility", "facility", facility, known);
            }
            if event.capacity.is_some_and(|c| c <= 0) {
                self.problem(&record, "capacity", "a capacity is a positive number of places");
            }
            self.citations(&record, "citations", &event.citations);
        }
        let mut seen_links = HashSet::new();
        for (i, link) in data.provision_incidents.iter().enumerate() {
            let record = format!("provision_incidents[{i}] ({} ~ {})", link.provision, link.incident);
            let known = self.provisions.contains(link.provision.as_str());
            self.reference(&record, "provision", "provision", &link.provision, known);
            let known = self.incidents.contains(link.incident.as_str());
            self.reference(&record, "incident", "incident", &link.incident, known);
            if !seen_links.insert((&link.provision, &link.incident, link.relation)) {
                self.problem(&record, "relation", "the same link is listed twice");
            }
            if data.incidents.iter().any(|i| i.slug == link.incident && i.disputed) {
                self.problem(
                    &record,
                    "incident",
                    "a disputed incident is not linked to a clause: no source establishes it",
                );
            }
            self.citations(&record, "citations", &link.citations);
        }
        for question in &data.claims {
            let record = format!("claim question {:?}", question.slug);
            if let Some(subject) = &question.subject {
                let known = match subject.kind {
                    SubjectKind::Incident => self.incidents.contains(subject.slug.as_str()),
                    SubjectKind::Provision => self.provisions.contains(subject.slug.as_str()),
                    SubjectKind::Facility => self.facilities.contains(subject.slug.as_str()),
                    SubjectKind::Law => {
                        data.laws.iter().any(|l| l.slug == subject.slug) || self.known.laws.contains(&subject.slug)
                    }
                    SubjectKind::Campaign => {
                        data.incidents.iter().any(|i| i.campaign.as_deref() == Some(subject.slug.as_str()))
                            || self.known.campaigns.contains(&subject.slug)
                    }
                };
                self.reference(&record, "subject.slug", subject.kind.as_str(), &subject.slug, known);
            }
            if question.claims.is_empty() {
                self.problem(&record, "claims", "a question needs at least one claim");
            }
            for (i, claim) in question.claims.iter().enumerate() {
                self.citations(&record, &format!("claims[{i}].citations"), &claim.citations);
            }
        }
        self.problems
    }
}
