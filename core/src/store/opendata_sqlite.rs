//! The open-data tables as one SQLite file (`lawtracker export --format sqlite`,
//! `GET /data/lawtracker.sqlite`): a table per declaration in
//! `opendata::tables`, with its columns, types, primary key, foreign keys,
//! required columns and closed vocabularies, filled with the rows the CSVs hold.
//! It is a download, not the tracker's own database: its schema is the package's.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{ConnectOptions, Connection, SqliteConnection};

use crate::opendata::{Cell, Column, Kind, OpenData, Table, LIST_SEPARATOR};

#[derive(Debug, thiserror::Error)]
pub enum SqliteExportError {
    #[error("{} exists: write the SQLite file to a new path", .0.display())]
    Exists(PathBuf),
    #[error("cannot write the SQLite file {}: {source}", path.display())]
    Database { path: PathBuf, source: sqlx::Error },
    #[error("cannot read back the SQLite file {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

/// SQLite's type for a column: it has no boolean (0 and 1, as SQLite itself does)
/// and no date type (dates stay the text the CSV holds, partial ones included).
fn sql_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Integer | Kind::Boolean => "INTEGER",
        Kind::Number => "REAL",
        Kind::String | Kind::Datetime | Kind::PartialDate | Kind::List => "TEXT",
    }
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn column_sql(column: &Column, tables: &[&Table]) -> String {
    let mut sql = format!("{} {}", quoted(column.name), sql_type(column.kind));
    if column.primary {
        sql.push_str(" PRIMARY KEY");
    }
    if column.required {
        sql.push_str(" NOT NULL");
    }
    // A list cell joins several values: a CHECK could only test the whole text.
    if let (Some(values), false) = (&column.values, column.kind == Kind::List) {
        let list: Vec<String> = values.iter().map(|v| literal(v)).collect();
        sql.push_str(&format!(" CHECK ({} IN ({}))", quoted(column.name), list.join(", ")));
    }
    if let Some(target) = column.references {
        // The package orders a table before those that refer to it, so the target is declared.
        if let Some(table) = tables.iter().find(|t| t.name == target) {
            sql.push_str(&format!(" REFERENCES {}({})", quoted(target), quoted(table.primary_key())));
        }
    }
    sql
}

/// The `CREATE TABLE` statement of one declaration.
pub fn create_table(table: &Table, tables: &[&Table]) -> String {
    let columns: Vec<String> = table.columns.iter().map(|c| format!("  {}", column_sql(c, tables))).collect();
    format!("CREATE TABLE {} (\n{}\n) STRICT", quoted(table.name), columns.join(",\n"))
}

/// Writes `data` into a new SQLite file at `path` (refused if something is there).
pub async fn write_sqlite(data: &OpenData, path: &Path) -> Result<(), SqliteExportError> {
    if path.exists() {
        return Err(SqliteExportError::Exists(path.to_path_buf()));
    }
    let failed = |source| SqliteExportError::Database { path: path.to_path_buf(), source };
    // One self-contained file: no write-ahead log beside it. Foreign keys are
    // enforced while writing, so a download whose links do not hold is never made.
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Delete)
        .foreign_keys(true);
    let mut connection = options.connect().await.map_err(failed)?;
    let written = fill(&mut connection, data).await;
    let closed = connection.close().await;
    written.and(closed).map_err(failed)
}

async fn fill(connection: &mut SqliteConnection, data: &OpenData) -> Result<(), sqlx::Error> {
    let tables: Vec<&Table> = data.tables.iter().map(|t| &t.table).collect();
    let mut tx = connection.begin().await?;
    for table in &data.tables {
        sqlx::query(&create_table(&table.table, &tables)).execute(&mut *tx).await?;
        let names: Vec<String> = table.table.columns.iter().map(|c| quoted(c.name)).collect();
        let marks: Vec<String> = (1..=names.len()).map(|n| format!("${n}")).collect();
        let insert =
            format!("INSERT INTO {} ({}) VALUES ({})", quoted(table.table.name), names.join(", "), marks.join(", "));
        for row in &table.rows {
            let mut query = sqlx::query(&insert);
            for cell in row {
                query = match cell {
                    Cell::Null => query.bind(None::<String>),
                    Cell::Text(text) => query.bind(text.as_str()),
                    Cell::Integer(n) => query.bind(*n),
                    Cell::Number(n) => query.bind(*n),
                    Cell::Bool(b) => query.bind(i64::from(*b)),
                    Cell::List(items) => query.bind(items.join(LIST_SEPARATOR)),
                };
            }
            query.execute(&mut *tx).await?;
        }
    }
    tx.commit().await
}

static SCRATCH: AtomicU64 = AtomicU64::new(0);

/// `data` as the bytes of a SQLite file (for serving it): written to a scratch file
/// in the system's temporary directory, read back and removed.
pub async fn sqlite_bytes(data: &OpenData) -> Result<Vec<u8>, SqliteExportError> {
    let name = format!("lawtracker-download-{}-{}.sqlite", std::process::id(), SCRATCH.fetch_add(1, Ordering::Relaxed));
    let path = std::env::temp_dir().join(name);
    let result = match write_sqlite(data, &path).await {
        Ok(()) => tokio::fs::read(&path).await.map_err(|source| SqliteExportError::Io { path: path.clone(), source }),
        Err(error) => Err(error),
    };
    let _ = tokio::fs::remove_file(&path).await;
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opendata::tables;

    /// Types, keys, required columns and vocabularies come from the declaration.
    #[test]
    fn the_schema_follows_the_declarations() {
        let all = tables();
        let refs: Vec<&Table> = all.iter().collect();
        let provisions = all.iter().find(|t| t.name == "provisions").unwrap();
        let sql = create_table(provisions, &refs);
        assert!(sql.contains("\"slug\" TEXT PRIMARY KEY NOT NULL"), "{sql}");
        assert!(sql.contains("\"law\" TEXT NOT NULL REFERENCES \"laws\"(\"slug\")"), "{sql}");
        assert!(sql.contains("\"position\" INTEGER NOT NULL"), "{sql}");
        assert!(sql.contains("\"status\" TEXT NOT NULL CHECK (\"status\" IN ('proposed', "), "{sql}");
        assert!(sql.contains("\"codes\" TEXT,"), "{sql}");
    }
}
