//! Synthetic data at scale (`lawtracker generate`): a law of many provisions and
//! up to millions of incidents, criticisms and citations, shaped like the shipped
//! data, for benchmarks and scale tests.
//!
//! Every row is what the normal writer would store for the same record (the same
//! column functions compute folded search text and date intervals), every quote is
//! a passage of its source (the database's quote triggers check each one), and the
//! same [`Spec`] (seed included) always makes the same database. Rows go in by
//! many-row `INSERT`s, committed every [`COMMIT_ROWS`] rows, while a second thread
//! generates the next ones; memory stays flat whatever the size.

mod batches;
mod rows;
mod shape;
pub mod text;
mod words;
pub mod world;

use std::time::{Duration, Instant};

use crate::error::StoreError;
use crate::store::Store;

pub use batches::TABLES;
pub use rows::{actor_slug, criticism_slug, facility_slug, incident_slug, provision_slug, source_slug, LAW_SLUG};

/// Rows written between two commits.
pub const COMMIT_ROWS: u64 = 50_000;

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    pub incidents: u64,
    pub provisions: u64,
    pub facilities: u64,
    pub actors: u64,
    pub sources: u64,
    pub criticisms: u64,
    pub seed: u64,
}

/// Most sources: their texts stay in memory for the whole run (citations quote them).
pub const MAX_SOURCES: u64 = 20_000;
/// Most provisions (the link skew keeps a table of them).
pub const MAX_PROVISIONS: u64 = 1_000_000;
/// Most records of one kind: record indices fit a random stream's 40 bits with room.
pub const MAX_RECORDS: u64 = 100_000_000;

impl Spec {
    /// `incidents` incidents with the default shape: 200 provisions, 200
    /// facilities, 500 actors, 1000 sources, one criticism per ten incidents, seed 1.
    pub fn new(incidents: u64) -> Self {
        Spec {
            incidents,
            provisions: 200,
            facilities: 200,
            actors: 500,
            sources: 1_000,
            criticisms: incidents / 10,
            seed: 1,
        }
    }

    /// Every problem with the spec, as one error naming the flag to change.
    pub fn validate(&self) -> Result<(), StoreError> {
        let bad = |field: &'static str, message: String| Err(StoreError::BadArgument { field, message });
        if self.incidents == 0 {
            return bad("incidents", "must be at least 1: incidents are what the generator makes".into());
        }
        if self.provisions == 0 {
            return bad("provisions", "must be at least 1: every incident is linked to a provision".into());
        }
        if self.sources == 0 {
            return bad("sources", "must be at least 1: every fact cites a source".into());
        }
        if self.criticisms > 0 && self.actors == 0 {
            return bad("actors", "must be at least 1 when there are criticisms: every criticism has an author".into());
        }
        if self.sources > MAX_SOURCES {
            return bad("sources", format!("at most {MAX_SOURCES} (their texts are kept in memory while generating)"));
        }
        if self.provisions > MAX_PROVISIONS {
            return bad("provisions", format!("at most {MAX_PROVISIONS}"));
        }
        for (field, value) in [
            ("incidents", self.incidents),
            ("facilities", self.facilities),
            ("actors", self.actors),
            ("criticisms", self.criticisms),
        ] {
            if value > MAX_RECORDS {
                return bad(field, format!("at most {MAX_RECORDS}"));
            }
        }
        Ok(())
    }
}

/// What [`generate`] wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Rows written per table, in [`TABLES`] order.
    pub rows_by_table: Vec<(&'static str, u64)>,
    pub total_rows: u64,
    pub elapsed: Duration,
}

impl Report {
    pub fn rows(&self, table: &str) -> u64 {
        self.rows_by_table.iter().find(|(t, _)| *t == table).map_or(0, |(_, n)| *n)
    }
}

/// Fills an empty, migrated database with the world `spec` describes, calling
/// `progress(rows done, rows in all)` as rows are written. Refuses a database that
/// holds any data, before writing anything. A failure part-way leaves the rows of
/// the commits made so far: start again on a fresh database.
pub async fn generate(store: &Store, spec: &Spec, mut progress: impl FnMut(u64, u64)) -> Result<Report, StoreError> {
    spec.validate()?;
    let started = Instant::now();
    let mut tx = store.begin_write().await?;
    tx.lock_for_bulk_write().await?;
    if tx.holds_data().await? {
        return Err(StoreError::BadArgument {
            field: "database",
            message: "it already holds data; generate writes only into an empty database \
                      (use a new SQLite file, or create an empty PostgreSQL database)"
                .into(),
        });
    }

    let backend = store.backend();
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<batches::Msg>(8);
    let world_spec = spec.clone();
    let producer = tokio::task::spawn_blocking(move || {
        let world = world::World::new(&world_spec);
        rows::produce(&world, backend, &mut |msg| sender.blocking_send(msg).map_err(|_| batches::Stopped))
    });

    let mut counts = vec![0u64; TABLES.len()];
    let (mut done, mut total, mut uncommitted) = (0u64, 0u64, 0u64);
    while let Some(msg) = receiver.recv().await {
        match msg {
            batches::Msg::Total(n) => {
                total = n;
                progress(done, total);
            }
            batches::Msg::Rows(statement) => {
                tx.execute(statement.sql).await?;
                counts[statement.table] += statement.rows;
                done += statement.rows;
                uncommitted += statement.rows;
                if uncommitted >= COMMIT_ROWS {
                    tx.commit().await?;
                    tx = store.begin_write().await?;
                    uncommitted = 0;
                }
                progress(done, total);
            }
        }
    }
    match producer.await {
        Ok(result) => result?,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    }

    // Ids were given explicitly (every table but the three keyed by their parent).
    let with_ids: Vec<&'static str> = TABLES
        .iter()
        .copied()
        .filter(|t| !["facility_aliases", "incident_kinds", "criticism_rights"].contains(t))
        .collect();
    tx.after_explicit_ids(&with_ids).await?;
    tx.commit().await?;
    store.end_bulk_load().await?;
    let total_rows = counts.iter().sum();
    Ok(Report { rows_by_table: TABLES.iter().copied().zip(counts).collect(), total_rows, elapsed: started.elapsed() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Backend;

    #[test]
    fn bad_specs_name_the_flag_to_change() {
        let cases = [
            (Spec::new(0), "incidents"),
            (Spec { provisions: 0, ..Spec::new(10) }, "provisions"),
            (Spec { sources: 0, ..Spec::new(10) }, "sources"),
            (Spec { sources: MAX_SOURCES + 1, ..Spec::new(10) }, "sources"),
            (Spec { actors: 0, criticisms: 1, ..Spec::new(10) }, "actors"),
            (Spec { incidents: MAX_RECORDS + 1, ..Spec::new(10) }, "incidents"),
        ];
        for (spec, field) in cases {
            let err = spec.validate().unwrap_err().to_string();
            assert!(err.starts_with(&format!("invalid {field}:")), "{err}");
        }
        assert!(Spec { actors: 0, criticisms: 0, facilities: 0, ..Spec::new(1) }.validate().is_ok());
    }

    #[test]
    fn row_counts_are_known_before_generating_and_match_what_is_sent() {
        let spec = Spec { provisions: 7, facilities: 5, actors: 4, sources: 6, ..Spec::new(5_000) };
        let world = world::World::new(&spec);
        let counted = rows::count(&world);
        let mut sent = vec![0u64; TABLES.len()];
        let mut total = 0;
        rows::produce(&world, Backend::Sqlite, &mut |msg| {
            match msg {
                batches::Msg::Total(n) => total = n,
                batches::Msg::Rows(statement) => {
                    assert!(statement.sql.args.len() <= Backend::Sqlite.max_bind_params());
                    sent[statement.table] += statement.rows;
                }
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(counted, sent);
        assert_eq!(total, sent.iter().sum::<u64>());
        assert_eq!(sent[TABLES.iter().position(|t| *t == "incidents").unwrap()], 5_000);
        assert_eq!(sent[TABLES.iter().position(|t| *t == "criticisms").unwrap()], 500);
    }
}
