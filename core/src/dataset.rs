//! The curated dataset in `data/` (format: `data/FORMAT.md`): parsed, checked as a
//! whole, then written in one transaction. A dataset with any problem is refused
//! entirely, with every problem named, so users never see half of it.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use include_dir::{include_dir, Dir};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::dates::PartialDate;
use crate::error::{Problem, StoreError};
use crate::evidence::verify_quote;
use crate::ids::is_valid_slug;
use crate::model::*;
use crate::store::sql::Sql;
use crate::store::{Backend, Store, Tx};
use crate::write::Writer;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../data");

const FILES: [&str; 9] = [
    "sources.json",
    "law.json",
    "facilities.json",
    "actors.json",
    "incidents.json",
    "criticisms.json",
    "links.json",
    "claims.json",
    "events.json",
];

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationIn {
    pub source: String,
    pub quote: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    /// In `data/`: the text file, relative to `data/`. Absent in exports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    pub title: String,
    #[serde(default)]
    pub title_is_editorial: bool,
    pub publisher: Option<String>,
    pub published_on: Option<String>,
    pub language: String,
    pub url: Option<String>,
    pub kind: SourceKind,
    pub reliability: Reliability,
    pub reliability_note: String,
    /// The full text: inline in exports, read from `file` in `data/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    pub title_fr: String,
    pub title_en: Option<String>,
    pub number: Option<String>,
    pub eli_uri: Option<String>,
    pub status: LegalStatus,
    pub summary: String,
    pub citations: Vec<CitationIn>,
    pub stages: Vec<StageIn>,
    pub provisions: Vec<ProvisionIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageIn {
    pub slug: String,
    pub occurred_on: String,
    pub chamber: Option<Chamber>,
    pub kind: StageKind,
    pub outcome: Option<String>,
    pub description: String,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    pub article: Option<String>,
    pub heading: String,
    pub summary: String,
    pub text: Option<String>,
    pub theme: Theme,
    pub status: LegalStatus,
    pub citations: Vec<CitationIn>,
    #[serde(default)]
    pub parameters: Vec<ParameterIn>,
    /// The text at each stage a source documents, oldest first; loaded from data
    /// and imports (the API does not edit them yet).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<ProvisionTextIn>,
}

/// A provision's text at a stage (`stage: null` for the rule before the law): the
/// quote is the text, so it is checked against its source like any citation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionTextIn {
    pub stage: Option<String>,
    pub kind: TextKind,
    pub source: String,
    pub quote: String,
    pub note: Option<String>,
}

impl ProvisionTextIn {
    /// The text as a citation of its source, for the checks every quote gets.
    pub fn as_citation(&self) -> CitationIn {
        CitationIn { source: self.source.clone(), quote: self.quote.clone(), note: self.note.clone() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterIn {
    pub name: String,
    pub label: String,
    pub kind: ParameterKind,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    pub stage: Option<String>,
    pub baseline: Option<String>,
    pub baseline_value: Option<f64>,
    pub baseline_unit: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FacilityIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    pub name: String,
    pub kind: FacilityKind,
    pub city: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub coordinates_note: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    pub name: String,
    pub kind: ActorKind,
    pub description: String,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    pub title: String,
    pub summary: String,
    pub occurred_on: String,
    pub time_of_day: Option<String>,
    pub facility: Option<String>,
    pub place: Option<String>,
    pub kinds: Vec<IncidentKind>,
    #[serde(default)]
    pub outcomes: Vec<OutcomeIn>,
    pub investigating_body: Option<String>,
    pub campaign: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeIn {
    pub name: String,
    pub value: f64,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriticismIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    pub actor: String,
    pub stance: Stance,
    pub rights: Vec<String>,
    pub summary: String,
    pub quote: Option<String>,
    pub stated_on: Option<String>,
    pub citations: Vec<CitationIn>,
    pub provisions: Vec<CriticismLinkIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriticismLinkIn {
    pub provision: String,
    pub note: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinksIn {
    pub provision_incidents: Vec<ProvisionIncidentIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionIncidentIn {
    pub provision: String,
    pub incident: String,
    pub relation: LinkRelation,
    pub note: Option<String>,
    pub citations: Vec<CitationIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimQuestionIn {
    pub slug: String,
    /// Omitted in `data/` (1); exports carry it so that an import keeps it.
    #[serde(default = "first_version")]
    pub version: i64,
    pub question: String,
    pub subject: Option<SubjectIn>,
    pub claims: Vec<ClaimIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectIn {
    pub kind: SubjectKind,
    pub slug: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimIn {
    pub value: String,
    pub value_number: Option<f64>,
    pub citations: Vec<CitationIn>,
}

fn first_version() -> i64 {
    1
}

/// Everything the tracker holds, in the shape curators write and exports carry.
/// Slugs, not row ids, tie records together, so content moves between databases.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub sources: Vec<SourceIn>,
    pub laws: Vec<LawIn>,
    pub facilities: Vec<FacilityIn>,
    pub actors: Vec<ActorIn>,
    pub incidents: Vec<IncidentIn>,
    pub criticisms: Vec<CriticismIn>,
    pub provision_incidents: Vec<ProvisionIncidentIn>,
    pub claims: Vec<ClaimQuestionIn>,
    /// Lifecycle events of laws and provisions.
    #[serde(default)]
    pub events: Vec<EventIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventIn {
    pub slug: String,
    pub occurred_on: String,
    pub kind: EventKind,
    pub law: String,
    pub provision: Option<String>,
    pub facility: Option<String>,
    pub title: String,
    pub description: String,
    /// Places or detainees, for a facility opening.
    pub capacity: Option<i64>,
    pub citations: Vec<CitationIn>,
}

/// The curated dataset of `data/`, parsed, with its sources' texts read.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub content: Content,
    /// SHA-256 of every file read, in a fixed order: which dataset a database holds.
    pub digest: String,
}

/// What [`load`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    Loaded {
        digest: String,
    },
    AlreadyLoaded {
        digest: String,
    },
    /// The database holds data that did not come from this dataset; it was left alone.
    Skipped {
        reason: String,
    },
}

impl Dataset {
    /// The dataset compiled into the binary.
    pub fn embedded() -> Result<Self, StoreError> {
        Self::parse(|name| {
            EMBEDDED
                .get_file(name)
                .and_then(|f| f.contents_utf8())
                .map(str::to_string)
                .ok_or_else(|| format!("data/{name} is not embedded in this binary"))
        })
    }

    /// A dataset directory on disk laid out like `data/`, for curators checking their work.
    pub fn from_dir(dir: &Path) -> Result<Self, StoreError> {
        Self::parse(|name| {
            std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()))
        })
    }

    fn parse(read: impl Fn(&str) -> Result<String, String>) -> Result<Self, StoreError> {
        let mut files = FileReader { read, hasher: Sha256::new(), problems: Vec::new() };
        let sources: Option<Vec<SourceIn>> = files.json(FILES[0]);
        let law: Option<LawIn> = files.json(FILES[1]);
        let facilities = files.json(FILES[2]);
        let actors = files.json(FILES[3]);
        let incidents = files.json(FILES[4]);
        let criticisms = files.json(FILES[5]);
        let links: Option<LinksIn> = files.json(FILES[6]);
        let claims = files.json(FILES[7]);
        let events: Option<Vec<EventIn>> = files.json(FILES[8]);
        let mut with_text = Vec::new();
        for mut source in sources.into_iter().flatten() {
            let Some(file) = source.file.clone() else {
                files.problems.push(Problem {
                    record: format!("source {:?}", source.slug),
                    field: "file".into(),
                    message: "a source in data/ names the file holding its text".into(),
                });
                continue;
            };
            source.text = files.text(&file);
            with_text.push(source);
        }
        let FileReader { hasher, problems, .. } = files;
        let digest = format!("{:x}", hasher.finalize());
        match (law, facilities, actors, incidents, criticisms, links, claims, events) {
            (
                Some(law),
                Some(facilities),
                Some(actors),
                Some(incidents),
                Some(criticisms),
                Some(links),
                Some(claims),
                Some(events),
            ) if problems.is_empty() => Ok(Dataset {
                content: Content {
                    sources: with_text,
                    laws: vec![law],
                    facilities,
                    actors,
                    incidents,
                    criticisms,
                    provision_incidents: links.provision_incidents,
                    claims,
                    events,
                },
                digest,
            }),
            _ => Err(StoreError::Invalid(problems)),
        }
    }

    /// Every problem in the dataset: dangling references, duplicate or malformed
    /// slugs, malformed dates, missing citations, quotes not in their sources.
    pub fn check(&self) -> Vec<Problem> {
        self.content.check()
    }
}

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

/// Reads dataset files, hashing what it reads and collecting every problem.
struct FileReader<F> {
    read: F,
    hasher: Sha256,
    problems: Vec<Problem>,
}

impl<F: Fn(&str) -> Result<String, String>> FileReader<F> {
    fn text(&mut self, name: &str) -> Option<String> {
        match (self.read)(name) {
            Ok(text) => {
                for part in [name.as_bytes(), &[0], text.as_bytes(), &[0]] {
                    self.hasher.update(part);
                }
                Some(text)
            }
            Err(message) => {
                self.problems.push(Problem { record: format!("file {name}"), field: String::new(), message });
                None
            }
        }
    }

    fn json<T: DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let text = self.text(name)?;
        serde_json::from_str(&text)
            .map_err(|e| {
                self.problems.push(Problem {
                    record: format!("file {name}"),
                    field: String::new(),
                    message: e.to_string(),
                })
            })
            .ok()
    }
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

/// Loads the dataset into `store` unless it, or any other data, is already there.
pub async fn load(store: &Store, data: &Dataset) -> Result<LoadOutcome, StoreError> {
    let problems = data.check();
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    let mut tx = store.begin_write().await?;
    lock_for_bulk_write(store, &mut tx).await?;
    let loaded: Vec<(String,)> = tx.fetch_all(Sql::new("SELECT digest FROM dataset_loads ORDER BY loaded_at")).await?;
    if let Some((digest,)) = loaded.into_iter().last() {
        if digest != data.digest {
            tracing::warn!(held = %digest, shipped = %data.digest, "the database holds an earlier curated dataset; not reloading over it");
        }
        return Ok(LoadOutcome::AlreadyLoaded { digest });
    }
    if tx.fetch_count(Sql::new("SELECT COUNT(*) FROM sources")).await? > 0 {
        return Ok(LoadOutcome::Skipped {
            reason: "the database already holds sources that did not come from the shipped dataset".into(),
        });
    }
    write_content(&mut tx, &data.content).await?;
    record_load(&mut tx, store.backend(), &format!("dataset {}", &data.digest[..12]), &data.content).await?;
    tx.execute(crate::write::insert_into(
        "dataset_loads",
        vec![("digest", data.digest.clone().into()), ("loaded_at", chrono::Utc::now().to_rfc3339().into())],
    ))
    .await?;
    tx.commit().await?;
    Ok(LoadOutcome::Loaded { digest: data.digest.clone() })
}

/// Writes checked content inside `tx`.
pub(crate) async fn write_content(tx: &mut Tx, content: &Content) -> Result<(), StoreError> {
    Writer::new(tx).write(content).await
}

/// Records one `load` revision per entity written by a bulk load, so every
/// entity's history starts with where it came from.
pub(crate) async fn record_load(
    tx: &mut Tx,
    backend: Backend,
    author: &str,
    content: &Content,
) -> Result<(), StoreError> {
    use crate::curation::{incident_link_slug, record, Change};
    let json = |value: &dyn erased::Json| Some(value.to_json());
    let mut entries: Vec<(EntityType, String, Vec<String>, Option<serde_json::Value>)> = Vec::new();
    for source in &content.sources {
        entries.push((EntityType::Source, source.slug.clone(), vec![], json(source)));
    }
    for law in &content.laws {
        let mut summary = law.clone();
        summary.provisions.clear();
        entries.push((EntityType::Law, law.slug.clone(), vec![], json(&summary)));
        for provision in &law.provisions {
            entries.push((EntityType::Provision, provision.slug.clone(), vec![law.slug.clone()], json(provision)));
        }
    }
    for facility in &content.facilities {
        entries.push((EntityType::Facility, facility.slug.clone(), vec![], json(facility)));
    }
    for actor in &content.actors {
        entries.push((EntityType::Actor, actor.slug.clone(), vec![], json(actor)));
    }
    for incident in &content.incidents {
        entries.push((EntityType::Incident, incident.slug.clone(), vec![], json(incident)));
    }
    for criticism in &content.criticisms {
        let related = criticism.provisions.iter().map(|l| l.provision.clone()).collect();
        entries.push((EntityType::Criticism, criticism.slug.clone(), related, json(criticism)));
    }
    for link in &content.provision_incidents {
        let slug = incident_link_slug(&link.provision, &link.incident, link.relation);
        let related = vec![link.provision.clone(), link.incident.clone()];
        entries.push((EntityType::ProvisionIncident, slug, related, json(link)));
    }
    for question in &content.claims {
        entries.push((EntityType::ClaimQuestion, question.slug.clone(), vec![], json(question)));
    }
    for (entity, slug, related, after) in entries {
        let change = Change { operation: Operation::Load, entity, slug: &slug, related: &related, before: None, after };
        record(tx, backend, author, change).await?;
    }
    Ok(())
}

/// Serialising any of the input structs to JSON through one function.
mod erased {
    pub trait Json {
        fn to_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Json for T {
        fn to_json(&self) -> serde_json::Value {
            serde_json::to_value(self).expect("input structs always serialise")
        }
    }
}

/// Takes the write lock that serialises whole-database loads: on PostgreSQL, replicas
/// starting together against one database queue here, so one loads and the others
/// then see it loaded. (SQLite's `BEGIN IMMEDIATE` already serialises writers.)
pub(crate) async fn lock_for_bulk_write(store: &Store, tx: &mut Tx) -> Result<(), StoreError> {
    if store.backend() == Backend::Postgres {
        tx.execute(Sql::new("SELECT pg_advisory_xact_lock(7419001)")).await?;
    }
    Ok(())
}
