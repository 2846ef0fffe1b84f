//! Releases: dated, versioned snapshots of the data package, ready to deposit in a
//! repository that mints a DOI. A release is written once into its own directory
//! (`ROOT/VERSION/`) and never changed: the package and its CSVs, `SHA256SUMS`
//! (one line per file, as `sha256sum -c` reads it), `release.json` (version, date,
//! the number of records of each kind, every file's checksum) and `CHANGELOG.md`:
//! what was added, changed and removed in each table since the previous release,
//! by primary key.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{datapackage, to_csv, OpenData, WriteError};
use crate::transfer::Document;

/// What `release.json` says about a release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseManifest {
    pub version: String,
    /// The day it was made (UTC), `YYYY-MM-DD`.
    pub released_on: String,
    /// The version it is compared with in its changelog, if any.
    pub previous: Option<String>,
    /// Records per table.
    pub records: BTreeMap<String, usize>,
    /// SHA-256 (hex) of every file of the release but `release.json` and `SHA256SUMS`.
    pub files: BTreeMap<String, String>,
    /// Per table: keys added, changed and removed since `previous`.
    pub changes: BTreeMap<String, TableChanges>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableChanges {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    #[error("version {0:?}: use letters, digits, '.', '-' and '_' only (e.g. 2026.12 or v1.0.0), at most 64")]
    BadVersion(String),
    #[error("release {version:?} exists already in {}: releases never change; choose a new version", .root.display())]
    Exists { version: String, root: PathBuf },
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("the previous release {version:?} is unreadable: {reason}")]
    Previous { version: String, reason: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ReleaseError {
    let path = path.to_path_buf();
    move |source| ReleaseError::Write(WriteError::Io { path, source })
}

fn valid_version(version: &str) -> bool {
    !version.is_empty()
        && version.len() <= 64
        && !version.starts_with('.')
        && version.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// The releases under `root`, oldest first (by date, then version).
pub fn releases(root: &Path) -> Result<Vec<ReleaseManifest>, ReleaseError> {
    let Ok(entries) = std::fs::read_dir(root) else { return Ok(Vec::new()) };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path().join("release.json");
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let version = entry.file_name().to_string_lossy().into_owned();
        let manifest: ReleaseManifest = serde_json::from_str(&text)
            .map_err(|e| ReleaseError::Previous { version: version.clone(), reason: e.to_string() })?;
        found.push(manifest);
    }
    found.sort_by(|a, b| (&a.released_on, &a.version).cmp(&(&b.released_on, &b.version)));
    Ok(found)
}

/// Each table's rows of a release's CSVs (or of the current data), by primary key.
type Keyed = BTreeMap<String, BTreeMap<String, Vec<u8>>>;

fn keyed_now(data: &OpenData) -> Keyed {
    let mut out = Keyed::new();
    for table in &data.tables {
        let bytes = to_csv(table);
        out.insert(table.table.name.to_string(), keyed_csv(&bytes, table.table.primary_key()));
    }
    out
}

/// Rows of one CSV by the value of its `key` column; each row as its CSV record's bytes.
fn keyed_csv(bytes: &[u8], key: &str) -> BTreeMap<String, Vec<u8>> {
    let mut reader = csv::Reader::from_reader(bytes);
    let position = reader.headers().ok().and_then(|h| h.iter().position(|name| name == key));
    let mut rows = BTreeMap::new();
    for record in reader.byte_records().flatten() {
        let Some(id) = position.and_then(|p| record.get(p)) else { continue };
        rows.insert(String::from_utf8_lossy(id).into_owned(), record.as_slice().to_vec());
    }
    rows
}

fn keyed_release(root: &Path, previous: &ReleaseManifest, data: &OpenData) -> Result<Keyed, ReleaseError> {
    let mut out = Keyed::new();
    for table in &data.tables {
        let path = root.join(&previous.version).join(format!("{}.csv", table.table.name));
        // A table the previous release did not have: everything in it is new.
        let bytes = std::fs::read(&path).unwrap_or_default();
        out.insert(table.table.name.to_string(), keyed_csv(&bytes, table.table.primary_key()));
    }
    Ok(out)
}

fn diff(before: &Keyed, after: &Keyed) -> BTreeMap<String, TableChanges> {
    let names: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let empty = BTreeMap::new();
    names
        .into_iter()
        .map(|name| {
            let (old, new) = (before.get(name).unwrap_or(&empty), after.get(name).unwrap_or(&empty));
            let changes = TableChanges {
                added: new.keys().filter(|k| !old.contains_key(*k)).cloned().collect(),
                changed: new
                    .iter()
                    .filter(|(k, row)| old.get(*k).is_some_and(|was| was != *row))
                    .map(|(k, _)| k.clone())
                    .collect(),
                removed: old.keys().filter(|k| !new.contains_key(*k)).cloned().collect(),
            };
            (name.clone(), changes)
        })
        .collect()
}

fn changelog(manifest: &ReleaseManifest) -> String {
    let mut out = format!("# Release {} ({})\n\n", manifest.version, manifest.released_on);
    match &manifest.previous {
        Some(previous) => out.push_str(&format!("Changes since release {previous}, by primary key.\n\n")),
        None => out.push_str("The first release: every record is new.\n\n"),
    }
    out.push_str("| table | records | added | changed | removed |\n| --- | ---: | ---: | ---: | ---: |\n");
    for (table, count) in &manifest.records {
        let changes = manifest.changes.get(table).cloned().unwrap_or_default();
        out.push_str(&format!(
            "| {table} | {count} | {} | {} | {} |\n",
            changes.added.len(),
            changes.changed.len(),
            changes.removed.len()
        ));
    }
    for (table, changes) in &manifest.changes {
        for (what, keys) in [("Added", &changes.added), ("Changed", &changes.changed), ("Removed", &changes.removed)] {
            if !keys.is_empty() && manifest.previous.is_some() {
                out.push_str(&format!("\n## {table}: {what}\n\n"));
                for key in keys {
                    out.push_str(&format!("- `{key}`\n"));
                }
            }
        }
    }
    out
}

/// Writes release `version` of `document` under `root`, dated `released_on`, and
/// compares it with the latest release before it. Refuses a version that exists.
pub fn write_release(
    document: &Document,
    version: &str,
    released_on: &str,
    root: &Path,
) -> Result<ReleaseManifest, ReleaseError> {
    if !valid_version(version) {
        return Err(ReleaseError::BadVersion(version.to_string()));
    }
    let dir = root.join(version);
    if dir.exists() {
        return Err(ReleaseError::Exists { version: version.to_string(), root: root.to_path_buf() });
    }
    let data = OpenData::from_document(document);
    let previous = releases(root)?.pop();
    let now = keyed_now(&data);
    let before = match &previous {
        Some(previous) => keyed_release(root, previous, &data)?,
        None => Keyed::new(),
    };
    let mut package: serde_json::Value = serde_json::from_str(&datapackage(&data)).expect("the package is JSON");
    package["version"] = serde_json::json!(version);
    package["created"] = serde_json::json!(format!("{released_on}T00:00:00Z"));
    let mut files: Vec<(String, Vec<u8>)> =
        vec![("datapackage.json".into(), serde_json::to_vec_pretty(&package).expect("JSON serialises"))];
    for table in &data.tables {
        files.push((format!("{}.csv", table.table.name), to_csv(table)));
    }
    let mut manifest = ReleaseManifest {
        version: version.to_string(),
        released_on: released_on.to_string(),
        previous: previous.map(|p| p.version),
        records: data.tables.iter().map(|t| (t.table.name.to_string(), t.rows.len())).collect(),
        files: BTreeMap::new(),
        changes: diff(&before, &now),
    };
    files.push(("CHANGELOG.md".into(), Vec::new()));
    let last = files.len() - 1;
    files[last].1 = changelog(&manifest).into_bytes();
    for (name, bytes) in &files {
        manifest.files.insert(name.clone(), hex::encode(Sha256::digest(bytes)));
    }
    // Written beside the final directory, then moved into place: a release that
    // stops half-way is never mistaken for a whole one.
    let staging = root.join(format!(".{version}.partial"));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging).map_err(io(&staging))?;
    for (name, bytes) in &files {
        let path = staging.join(name);
        std::fs::write(&path, bytes).map_err(io(&path))?;
    }
    let sums: String = manifest.files.iter().map(|(name, sum)| format!("{sum}  {name}\n")).collect();
    std::fs::write(staging.join("SHA256SUMS"), sums).map_err(io(&staging))?;
    let json = serde_json::to_vec_pretty(&manifest).expect("JSON serialises");
    std::fs::write(staging.join("release.json"), json).map_err(io(&staging))?;
    std::fs::rename(&staging, &dir).map_err(io(&dir))?;
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_safe_directory_names() {
        for good in ["2026.12", "v1.0.0", "2026-12-07_a"] {
            assert!(valid_version(good), "{good}");
        }
        for bad in ["", "../x", "a/b", ".hidden", "v 1", &"x".repeat(65)] {
            assert!(!valid_version(bad), "{bad}");
        }
    }

    #[test]
    fn the_diff_names_added_changed_and_removed_keys() {
        let table = |rows: &[(&str, &str)]| {
            let rows = rows.iter().map(|(k, v)| (k.to_string(), v.as_bytes().to_vec())).collect();
            Keyed::from([("actors".to_string(), rows)])
        };
        let changes = diff(&table(&[("a", "1"), ("b", "1")]), &table(&[("b", "2"), ("c", "1")]));
        let actors = &changes["actors"];
        assert_eq!(
            (actors.added.clone(), actors.changed.clone(), actors.removed.clone()),
            (vec!["c".to_string()], vec!["b".to_string()], vec!["a".to_string()])
        );
    }
}
