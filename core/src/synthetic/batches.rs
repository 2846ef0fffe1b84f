//! Rows on their way to the database: grouped per table and column list, cut into
//! multi-row `INSERT` statements within the backend's parameter limit, sent parents
//! first. Row ids are assigned here, in order, from 1.

use crate::store::sql::{insert_rows, Columns, Sql};
use crate::store::Backend;
use crate::write;

/// Tables in the order rows must reach them (parents before children).
pub const TABLES: [&str; 16] = [
    "sources",
    "laws",
    "law_stages",
    "provisions",
    "parameters",
    "facilities",
    "facility_aliases",
    "actors",
    "incidents",
    "incident_kinds",
    "outcomes",
    "criticisms",
    "criticism_rights",
    "provision_incidents",
    "provision_criticisms",
    "citations",
];

#[derive(Clone, Copy)]
#[repr(usize)]
pub(super) enum T {
    Sources,
    Laws,
    Stages,
    Provisions,
    Parameters,
    Facilities,
    Aliases,
    Actors,
    Incidents,
    Kinds,
    Outcomes,
    Criticisms,
    Rights,
    IncidentLinks,
    CriticismLinks,
    Citations,
}

/// Rows per statement at most, whatever the parameter limit allows: bigger
/// statements stop paying off and cost memory.
const MAX_ROWS_PER_STATEMENT: usize = 500;

/// One statement ready to run.
pub struct Statement {
    pub sql: Sql,
    pub table: usize,
    pub rows: u64,
}

/// What the generator sends to the writer.
pub enum Msg {
    /// How many rows there will be in all, sent first.
    Total(u64),
    Rows(Statement),
}

/// The writer has stopped (it failed); the generator stops too.
#[derive(Debug)]
pub struct Stopped;

/// Rows waiting to be sent, per table, grouped by their columns (a citation row
/// has the target column of what it backs).
pub(super) struct Batches<'s> {
    pub(super) backend: Backend,
    pub(super) pending: Vec<Vec<Vec<Columns>>>,
    pub(super) send: &'s mut dyn FnMut(Msg) -> Result<(), Stopped>,
}

fn same_columns(a: &Columns, b: &Columns) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|((x, _), (y, _))| x == y)
}

impl Batches<'_> {
    pub(super) fn push(&mut self, table: T, columns: Columns) {
        let groups = &mut self.pending[table as usize];
        match groups.iter_mut().find(|group| same_columns(&group[0], &columns)) {
            Some(group) => group.push(columns),
            None => groups.push(vec![columns]),
        }
    }

    /// Sends every pending row, parents first.
    pub(super) fn flush(&mut self) -> Result<(), Stopped> {
        for (table, name) in TABLES.iter().enumerate() {
            for mut rows in std::mem::take(&mut self.pending[table]) {
                let width = rows[0].len();
                let per_statement = (self.backend.max_bind_params() / width).clamp(1, MAX_ROWS_PER_STATEMENT);
                while !rows.is_empty() {
                    let rest = rows.split_off(per_statement.min(rows.len()));
                    let count = rows.len() as u64;
                    let sql = insert_rows(self.backend, name, rows);
                    (self.send)(Msg::Rows(Statement { sql, table, rows: count }))?;
                    rows = rest;
                }
            }
        }
        Ok(())
    }
}

/// Next row id of each table with one.
#[derive(Default)]
pub(super) struct Ids([i64; TABLES.len()]);

impl Ids {
    pub(super) fn next(&mut self, table: T) -> i64 {
        self.0[table as usize] += 1;
        self.0[table as usize]
    }
}

pub(super) fn with_id(id: i64, columns: Columns) -> Columns {
    let mut row = Vec::with_capacity(columns.len() + 1);
    row.push(("id", id.into()));
    row.extend(columns);
    row
}

pub(super) fn with_slug(id: i64, slug: &str, columns: Columns) -> Columns {
    with_id(id, write::with_identity(slug, 1, columns))
}
