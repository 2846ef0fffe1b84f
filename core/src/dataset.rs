//! The curated dataset in `data/` (format: `data/FORMAT.md`): read and parsed into
//! `input` records, checked as a whole (`check`), then written in one transaction. A dataset with any problem is refused
//! entirely, with every problem named, so users never see half of it.

use std::path::Path;

use include_dir::{include_dir, Dir};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::coverage::DatasetReport;
use crate::error::{Problem, StoreError};
use crate::input::*;
use crate::model::DatasetLoad;
use crate::revision::record_load;
use crate::store::{Store, Tx};
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
/// The curated dataset of `data/`, parsed, with its sources' texts read.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub content: Content,
    /// SHA-256 of every file read, in a fixed order: which dataset a database holds.
    pub digest: String,
    /// `FORMAT.md`, where the directory has one: its table of parameter names is
    /// what `check_shipped` holds the data's names to. Not part of the digest: the
    /// documentation is not the data.
    pub format_doc: Option<String>,
}

/// The file of `data/` a record named as problems name it (`incident "…"`) lives in.
pub fn file_of_record(record: &str) -> Option<&'static str> {
    let kind = record.split([' ', '[']).next()?;
    Some(match kind {
        "source" => "sources.json",
        "law" | "stage" | "provision" => "law.json",
        "facility" => "facilities.json",
        "actor" => "actors.json",
        "incident" => "incidents.json",
        "criticism" => "criticisms.json",
        "provision_incidents" => "links.json",
        "claim" => "claims.json",
        "event" => "events.json",
        _ => return None,
    })
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
        let format_doc = (files.read)("FORMAT.md").ok();
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
                format_doc,
            }),
            _ => Err(StoreError::Invalid(problems)),
        }
    }

    /// Every problem in the dataset: dangling references, duplicate or malformed
    /// slugs, malformed dates, missing citations, quotes not in their sources.
    pub fn check(&self) -> Vec<Problem> {
        self.content.check()
    }

    /// [`Dataset::check`] plus what the shipped dataset must also meet (`coverage`:
    /// every article of the law, every facility placed or explained, no internal
    /// file names shown to users, every record's curation instant). What
    /// `lawtracker check-data` runs; test fixtures need not cover a whole law.
    pub fn check_shipped(&self) -> Vec<Problem> {
        let mut problems = self.check();
        problems.extend(self.content.check_coverage());
        problems.extend(self.report().problems());
        problems
    }

    /// What the dataset covers, counted (see [`DatasetReport`]).
    pub fn report(&self) -> DatasetReport {
        DatasetReport::of(&self.content, self.format_doc.as_deref())
    }
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

/// Loads the dataset into `store` unless it, or any other data, is already there.
pub async fn load(store: &Store, data: &Dataset) -> Result<LoadOutcome, StoreError> {
    let problems = data.check();
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    let mut tx = store.begin_write().await?;
    tx.lock_for_bulk_write().await?;
    if let Some(DatasetLoad { digest, .. }) = tx.dataset_loads().await?.pop() {
        if digest != data.digest {
            tracing::warn!(held = %digest, shipped = %data.digest, "the database holds an earlier curated dataset; not reloading over it");
        }
        return Ok(LoadOutcome::AlreadyLoaded { digest });
    }
    if tx.holds_sources().await? {
        return Ok(LoadOutcome::Skipped {
            reason: "the database already holds sources that did not come from the shipped dataset".into(),
        });
    }
    write_content(&mut tx, &data.content).await?;
    record_load(&mut tx, store.backend(), &format!("dataset {}", &data.digest[..12]), &data.content).await?;
    tx.insert_dataset_load(&data.digest, &chrono::Utc::now().to_rfc3339()).await?;
    tx.commit().await?;
    Ok(LoadOutcome::Loaded { digest: data.digest.clone() })
}

/// Writes checked content inside `tx`.
pub(crate) async fn write_content(tx: &mut Tx, content: &Content) -> Result<(), StoreError> {
    Writer::new(tx).write(content).await
}
