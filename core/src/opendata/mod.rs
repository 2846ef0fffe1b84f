//! Open data: the export document ([`crate::transfer::Document`]) as flat tables that
//! researchers' tools read — a Frictionless Data Package (`datapackage.json` and one
//! CSV per table) and NDJSON.
//!
//! Each table's columns are declared once ([`tables`]): the same declaration names
//! the CSV header, the NDJSON keys and the Table Schema's fields, so the three can
//! never disagree. [`rows`] flattens the document into rows in the document's own
//! stable order, so two downloads of an unchanged database are byte-identical.

pub mod atom;
pub mod changes;
pub mod cite;
mod csv_out;
pub mod jsonld;
mod ndjson;
mod package;
pub mod release;
mod rows;
mod tables;
pub mod words;
pub mod works;

use std::path::{Path, PathBuf};

use crate::transfer::Document;

pub use csv_out::to_csv;
pub use ndjson::to_ndjson;
pub use package::datapackage;
pub use tables::tables;

/// What a cell holds, typed as its column declares.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Integer(i64),
    Number(f64),
    Bool(bool),
    /// A list-valued field: one CSV cell, items joined with [`LIST_SEPARATOR`]; a JSON array in NDJSON.
    List(Vec<String>),
}

/// How list items are joined in a CSV cell (documented in each list column's description).
pub const LIST_SEPARATOR: &str = ";";

impl From<&str> for Cell {
    fn from(value: &str) -> Cell {
        Cell::Text(value.to_string())
    }
}
impl From<&String> for Cell {
    fn from(value: &String) -> Cell {
        Cell::Text(value.clone())
    }
}
impl From<String> for Cell {
    fn from(value: String) -> Cell {
        Cell::Text(value)
    }
}
impl From<i64> for Cell {
    fn from(value: i64) -> Cell {
        Cell::Integer(value)
    }
}
impl From<f64> for Cell {
    fn from(value: f64) -> Cell {
        Cell::Number(value)
    }
}
impl From<bool> for Cell {
    fn from(value: bool) -> Cell {
        Cell::Bool(value)
    }
}
impl From<Vec<String>> for Cell {
    fn from(value: Vec<String>) -> Cell {
        Cell::List(value)
    }
}
impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Null, Into::into)
    }
}

/// A column's type, as the Table Schema names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    String,
    Integer,
    Number,
    Boolean,
    /// An RFC 3339 instant.
    Datetime,
    /// A date as sources give it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see `crate::dates`).
    /// The Table Schema has no type for "a year, a month or a day", so it is a string
    /// with a pattern; a `date` column would refuse "2025-04".
    PartialDate,
    /// Several strings: one CSV cell joined with [`LIST_SEPARATOR`], a JSON array in NDJSON.
    List,
}

/// One column of a table: its name, type, meaning and constraints.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub description: &'static str,
    /// Never empty.
    pub required: bool,
    /// The table's primary key (one column per table).
    pub primary: bool,
    /// A closed vocabulary: every value (every item, for a list) is one of these.
    pub values: Option<Vec<&'static str>>,
    /// A foreign key: the table whose primary key this column holds.
    pub references: Option<&'static str>,
}

impl Column {
    pub fn new(name: &'static str, kind: Kind, description: &'static str) -> Column {
        Column { name, kind, description, required: false, primary: false, values: None, references: None }
    }
    pub fn required(mut self) -> Column {
        self.required = true;
        self
    }
    pub fn primary(mut self) -> Column {
        self.primary = true;
        self.required = true;
        self
    }
    pub fn one_of(mut self, values: Vec<&'static str>) -> Column {
        self.values = Some(values);
        self
    }
    pub fn references(mut self, table: &'static str) -> Column {
        self.references = Some(table);
        self
    }
}

/// A table's declaration: its name (the file's stem), titles and columns.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: &'static str,
    pub title: &'static str,
    pub title_fr: &'static str,
    pub description: &'static str,
    pub description_fr: &'static str,
    pub columns: Vec<Column>,
}

impl Table {
    pub fn primary_key(&self) -> &'static str {
        self.columns.iter().find(|c| c.primary).map(|c| c.name).expect("every table declares a primary key")
    }
}

/// A table and its rows, each row's cells in the order of the table's columns.
#[derive(Debug, Clone)]
pub struct TableData {
    pub table: Table,
    pub rows: Vec<Vec<Cell>>,
}

/// The whole document as tables, plus what the package says about where the data comes from.
#[derive(Debug, Clone)]
pub struct OpenData {
    pub tables: Vec<TableData>,
    /// Titles of the laws tracked, for the package's description.
    pub laws: Vec<String>,
    /// Every source's title and URL (the package's `sources`).
    pub sources: Vec<(String, Option<String>)>,
}

impl OpenData {
    pub fn from_document(document: &Document) -> OpenData {
        let mut by_name = rows::rows(document);
        let tables = tables()
            .into_iter()
            .map(|table| {
                let rows = by_name.remove(table.name).unwrap_or_default();
                TableData { table, rows }
            })
            .collect();
        let content = &document.content;
        OpenData {
            tables,
            laws: content.laws.iter().map(|l| l.title_en.clone().unwrap_or_else(|| l.title_fr.clone())).collect(),
            sources: content.sources.iter().map(|s| (s.title.clone(), s.url.clone())).collect(),
        }
    }

    /// The table called `name`, if there is one.
    pub fn table(&self, name: &str) -> Option<&TableData> {
        self.tables.iter().find(|t| t.table.name == name)
    }
}

/// The names of every table, in the package's order.
pub fn table_names() -> Vec<&'static str> {
    tables().into_iter().map(|t| t.name).collect()
}

/// What `lawtracker export --format` writes into its directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `datapackage.json` and one CSV per table.
    DataPackage,
    /// One CSV per table.
    Csv,
    /// One NDJSON file per table.
    Ndjson,
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{} is not empty: write the files into a new or empty directory", .0.display())]
    NotEmpty(PathBuf),
    #[error("{} exists and is not a directory", .0.display())]
    NotADirectory(PathBuf),
    #[error("cannot write {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError {
    let path = path.to_path_buf();
    move |source| WriteError::Io { path, source }
}

/// Whether files may be written into `dir`: it is missing, or an empty directory.
/// Never writes over a previous download, whose files may be another version's.
pub fn check_dir(dir: &Path) -> Result<(), WriteError> {
    if !dir.exists() {
        return Ok(());
    }
    if !dir.is_dir() {
        return Err(WriteError::NotADirectory(dir.to_path_buf()));
    }
    if std::fs::read_dir(dir).map_err(io(dir))?.next().is_some() {
        return Err(WriteError::NotEmpty(dir.to_path_buf()));
    }
    Ok(())
}

/// Writes the document into `dir` (created if missing, refused if not empty) in
/// `format`, and returns the files written, in order.
pub fn write_dir(document: &Document, format: Format, dir: &Path) -> Result<Vec<PathBuf>, WriteError> {
    check_dir(dir)?;
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let data = OpenData::from_document(document);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    if format == Format::DataPackage {
        files.push(("datapackage.json".into(), datapackage(&data).into_bytes()));
    }
    for table in &data.tables {
        match format {
            Format::DataPackage | Format::Csv => files.push((format!("{}.csv", table.table.name), to_csv(table))),
            Format::Ndjson => files.push((format!("{}.ndjson", table.table.name), to_ndjson(table).into_bytes())),
        }
    }
    let mut written = Vec::new();
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(io(&path))?;
        written.push(path);
    }
    Ok(written)
}
