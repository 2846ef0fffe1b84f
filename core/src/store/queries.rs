//! Reads. Lists use keyset pagination (`WHERE (sort, id) > (cursor)`), which costs
//! the same on page 1 and page 10 000, and every batch load is one `IN` query, which
//! is what the API's DataLoaders call instead of one query per row.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::sql::Sql;
use super::{Record, Store};
use crate::error::StoreError;
use crate::model::*;

pub use super::filters::{CriticismFilter, IncidentFilter, ParameterBound, ProvisionFilter};

/// A table whose rows have a slug and a row id.
pub trait Table: Record {
    /// The entity's name in messages and global IDs.
    const KIND: &'static str;
    /// `SELECT ... FROM table alias`, to which `WHERE` clauses are appended.
    const SELECT: &'static str;
    /// The table alias used in `SELECT`.
    const ALIAS: &'static str;
    fn id(&self) -> i64;
}

macro_rules! table {
    ($ty:ty, $kind:literal, $table:literal, $alias:literal) => {
        table!($ty, $kind, $table, $alias, concat!($alias, ".*"));
    };
    ($ty:ty, $kind:literal, $table:literal, $alias:literal, $columns:expr) => {
        impl Table for $ty {
            const KIND: &'static str = $kind;
            const SELECT: &'static str = concat!("SELECT ", $columns, " FROM ", $table, " ", $alias);
            const ALIAS: &'static str = $alias;
            fn id(&self) -> i64 {
                self.id
            }
        }
    };
}

// Every table with a `search_text` column lists what it reads: that folded copy of
// the row's words serves `WHERE` clauses only, and at ~300 bytes an incident it was
// a third of what Q2's incidents sent over the wire, for nothing.
table!(Law, "Law", "laws", "l");
table!(
    Provision,
    "Provision",
    "provisions",
    "p",
    "p.id, p.version, p.law_id, p.slug, p.position, p.article, p.heading, p.heading_fr, p.summary, p.summary_fr, p.body, p.theme, p.status, \
     p.entry_into_force"
);
table!(
    Facility,
    "Facility",
    "facilities",
    "f",
    "f.id, f.version, f.slug, f.name, f.kind, f.city, f.latitude, f.longitude, f.coordinates_note"
);
table!(Actor, "Actor", "actors", "a", "a.id, a.version, a.slug, a.name, a.kind, a.description");
/// An incident's columns under the alias `i`, for every read that joins incidents to
/// something else (the map's `geo` read) as well as for `Incident::SELECT`.
macro_rules! incident_columns {
    () => {
        "i.id, i.version, i.slug, i.title, i.title_fr, i.summary, i.summary_fr, i.occurred_on, i.date_precision, i.occurred_start, \
         i.occurred_end, i.time_of_day, i.facility_id, i.place, i.investigating_body_id, i.investigating_body_as_of, i.campaign, i.disputed"
    };
}
pub(crate) use incident_columns;
table!(Incident, "Incident", "incidents", "i", incident_columns!());
table!(
    Criticism,
    "Criticism",
    "criticisms",
    "c",
    "c.id, c.version, c.slug, c.actor_id, c.stance, c.summary, c.summary_fr, c.quote, c.stated_on, c.date_precision"
);
// Not `body` (nor `search_text`): see `SourceWithText`.
table!(
    Source,
    "Source",
    "sources",
    "s",
    "s.id, s.version, s.slug, s.title, s.title_is_editorial, s.publisher, s.published_on, s.language, s.url, \
     s.kind, s.reliability, s.reliability_note"
);
table!(ClaimQuestion, "ClaimQuestion", "claim_questions", "q");

/// Where a page starts: just after the row with this sort key and id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    #[serde(rename = "s", skip_serializing_if = "Option::is_none", default)]
    pub sort: Option<String>,
    #[serde(rename = "i")]
    pub id: i64,
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).expect("a cursor always serialises"))
    }

    pub fn decode(text: &str) -> Result<Self, StoreError> {
        let bad = || StoreError::BadArgument {
            field: "after",
            message: format!("{text:?} is not a cursor returned by this API"),
        };
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| bad())?;
        serde_json::from_slice(&bytes).map_err(|_| bad())
    }
}

/// One page of a list, fetched with one row more than asked to learn whether more follow.
#[derive(Clone, Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next: bool,
}

/// How each list is ordered; its sort key goes into the cursor.
pub trait Ordered {
    fn cursor(&self) -> Cursor;
}

macro_rules! ordered_by_id {
    ($($ty:ty),+) => {$(
        impl Ordered for $ty {
            fn cursor(&self) -> Cursor {
                Cursor { sort: None, id: self.id }
            }
        }
    )+};
}
ordered_by_id!(Law, Provision, Facility, Actor, Criticism, Source, ClaimQuestion);

/// Incidents are listed in date order, earliest first; ties in insertion order.
impl Ordered for Incident {
    fn cursor(&self) -> Cursor {
        Cursor { sort: Some(self.occurred_start.clone()), id: self.id }
    }
}

/// Adds the keyset condition and order for a list sorted by `sort_column` (or id
/// alone), fetching `limit + 1` rows.
fn keyset(sql: &mut Sql, alias: &str, sort_column: Option<&str>, after: Option<&Cursor>, limit: usize) {
    let id = format!("{alias}.id");
    match (sort_column, after) {
        (Some(sort), Some(Cursor { sort: Some(key), id: after_id })) => {
            sql.push(" AND (").push(sort).push(" > ").bind(key.as_str());
            sql.push(" OR (").push(sort).push(" = ").bind(key.as_str());
            sql.push(" AND ").push(&id).push(" > ").bind(*after_id).push("))");
        }
        (_, Some(cursor)) => {
            sql.push(" AND ").push(&id).push(" > ").bind(cursor.id);
        }
        (_, None) => {}
    }
    sql.push(" ORDER BY ");
    if let Some(sort) = sort_column {
        sql.push(sort).push(", ");
    }
    sql.push(&id).push(" LIMIT ").bind((limit + 1) as i64);
}

fn into_page<T>(mut rows: Vec<T>, limit: usize) -> Page<T> {
    let has_next = rows.len() > limit;
    rows.truncate(limit);
    Page { items: rows, has_next }
}

fn select_where<R: Table>() -> Sql {
    let mut sql = Sql::new(R::SELECT);
    sql.push(" WHERE 1 = 1");
    sql
}

fn count_where(table: &'static str, alias: &'static str) -> Sql {
    let mut sql = Sql::new("SELECT COUNT(*) FROM ");
    sql.push(table).push(" ").push(alias).push(" WHERE 1 = 1");
    sql
}

impl Store {
    pub async fn by_slug<R: Table>(&self, slug: &str) -> Result<Option<R>, StoreError> {
        let mut sql = Sql::new(R::SELECT);
        sql.push(" WHERE ").push(R::ALIAS).push(".slug = ").bind(slug);
        self.fetch_optional(sql).await
    }

    /// Like [`Store::by_slug`], but absence is an error naming what was missing.
    pub async fn require_slug<R: Table>(&self, slug: &str) -> Result<R, StoreError> {
        self.by_slug(slug).await?.ok_or_else(|| StoreError::NotFound { entity: R::KIND, key: format!("slug {slug:?}") })
    }

    pub async fn by_ids<R: Table>(&self, ids: &[i64]) -> Result<Vec<R>, StoreError> {
        let mut sql = Sql::new(R::SELECT);
        sql.push(" WHERE ").push(R::ALIAS).push(".id IN ").bind_list(ids);
        self.fetch_all(sql).await
    }

    /// An unfiltered list in id order.
    pub async fn list<R: Table + Ordered>(&self, after: Option<&Cursor>, limit: usize) -> Result<Page<R>, StoreError> {
        let mut sql = select_where::<R>();
        keyset(&mut sql, R::ALIAS, None, after, limit);
        Ok(into_page(self.fetch_all(sql).await?, limit))
    }

    pub async fn count_all<R: Table>(&self) -> Result<i64, StoreError> {
        let select = R::SELECT;
        // "SELECT x.* FROM table x" -> "table x"
        let from = &select[select.find(" FROM ").map_or(0, |i| i + 6)..];
        let mut sql = Sql::new("SELECT COUNT(*) FROM ");
        sql.push(from);
        self.fetch_count(sql).await
    }

    pub async fn provisions(
        &self,
        filter: &ProvisionFilter,
        after: Option<&Cursor>,
        limit: usize,
    ) -> Result<Page<Provision>, StoreError> {
        let mut sql = select_where::<Provision>();
        filter.apply(&mut sql);
        keyset(&mut sql, "p", None, after, limit);
        Ok(into_page(self.fetch_all(sql).await?, limit))
    }

    pub async fn count_provisions(&self, filter: &ProvisionFilter) -> Result<i64, StoreError> {
        let mut sql = count_where("provisions", "p");
        filter.apply(&mut sql);
        self.fetch_count(sql).await
    }

    pub async fn incidents(
        &self,
        filter: &IncidentFilter,
        after: Option<&Cursor>,
        limit: usize,
    ) -> Result<Page<Incident>, StoreError> {
        let mut sql = select_where::<Incident>();
        filter.apply(&mut sql);
        keyset(&mut sql, "i", Some("i.occurred_start"), after, limit);
        Ok(into_page(self.fetch_all(sql).await?, limit))
    }

    pub async fn count_incidents(&self, filter: &IncidentFilter) -> Result<i64, StoreError> {
        let mut sql = count_where("incidents", "i");
        filter.apply(&mut sql);
        self.fetch_count(sql).await
    }

    pub async fn criticisms(
        &self,
        filter: &CriticismFilter,
        after: Option<&Cursor>,
        limit: usize,
    ) -> Result<Page<Criticism>, StoreError> {
        let mut sql = select_where::<Criticism>();
        filter.apply(&mut sql, Some((after, limit)));
        keyset(&mut sql, "c", None, after, limit);
        Ok(into_page(self.fetch_all(sql).await?, limit))
    }

    pub async fn count_criticisms(&self, filter: &CriticismFilter) -> Result<i64, StoreError> {
        let mut sql = count_where("criticisms", "c");
        filter.apply(&mut sql, None);
        self.fetch_count(sql).await
    }

    /// Every row of a table, in `order` (trusted): for exports.
    pub async fn all_rows<R: Record>(&self, select: &'static str, order: &'static str) -> Result<Vec<R>, StoreError> {
        let mut sql = Sql::new(select);
        sql.push(" ORDER BY ").push(order);
        self.fetch_all(sql).await
    }

    /// Rows of a child table whose `parent_column` is one of `parent_ids`, in
    /// `order` (a trusted column list). The one query behind every one-to-many loader.
    pub async fn children<R: Record>(
        &self,
        select: &'static str,
        parent_column: &'static str,
        parent_ids: &[i64],
        order: &'static str,
    ) -> Result<Vec<R>, StoreError> {
        let mut sql = Sql::new(select);
        sql.push(" WHERE ").push(parent_column).push(" IN ").bind_list(parent_ids);
        sql.push(" ORDER BY ").push(order);
        self.fetch_all(sql).await
    }

    /// The first `limit` children of each parent, in `order`. Each parent's branch
    /// stops at `limit` rows (`UNION ALL` of per-parent pages), so the cost follows
    /// the page, not how many children a parent has.
    pub async fn first_children<R: Record>(
        &self,
        table: &'static str,
        parent_column: &'static str,
        parent_ids: &[i64],
        order: &'static str,
        limit: usize,
    ) -> Result<Vec<R>, StoreError> {
        // SQLite caps a compound SELECT at 500 terms.
        const PARENTS_PER_STATEMENT: usize = 400;
        let mut rows = Vec::new();
        for chunk in parent_ids.chunks(PARENTS_PER_STATEMENT) {
            let mut sql = Sql::new("");
            for (i, parent_id) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(" UNION ALL ");
                }
                sql.push("SELECT * FROM (SELECT * FROM ").push(table).push(" WHERE ").push(parent_column).push(" = ");
                sql.bind(*parent_id)
                    .push(" ORDER BY ")
                    .push(order)
                    .push(" LIMIT ")
                    .bind(limit as i64)
                    .push(") AS page");
            }
            rows.extend(self.fetch_all::<R>(sql).await?);
        }
        Ok(rows)
    }

    /// The full texts of these sources (`Source` rows leave them out).
    pub async fn source_texts(&self, ids: &[i64]) -> Result<Vec<SourceText>, StoreError> {
        self.children("SELECT id, body FROM sources", "id", ids, "id").await
    }

    pub async fn stages_of_laws(&self, law_ids: &[i64]) -> Result<Vec<LawStage>, StoreError> {
        self.children("SELECT * FROM law_stages", "law_id", law_ids, "law_id, position").await
    }

    pub async fn stages_by_ids(&self, ids: &[i64]) -> Result<Vec<LawStage>, StoreError> {
        self.children("SELECT * FROM law_stages", "id", ids, "id").await
    }

    pub async fn parameters_of(&self, provision_ids: &[i64]) -> Result<Vec<Parameter>, StoreError> {
        self.children("SELECT * FROM parameters", "provision_id", provision_ids, "provision_id, position").await
    }

    pub async fn codes_of(&self, provision_ids: &[i64]) -> Result<Vec<ProvisionCode>, StoreError> {
        self.children("SELECT * FROM provision_codes", "provision_id", provision_ids, "provision_id, position").await
    }

    pub async fn decrees_of(&self, provision_ids: &[i64]) -> Result<Vec<ProvisionDecree>, StoreError> {
        self.children("SELECT * FROM provision_decrees", "provision_id", provision_ids, "provision_id, position").await
    }

    pub async fn texts_of(&self, provision_ids: &[i64]) -> Result<Vec<ProvisionText>, StoreError> {
        self.children("SELECT * FROM provision_texts", "provision_id", provision_ids, "provision_id, position").await
    }

    pub async fn outcomes_of(&self, incident_ids: &[i64]) -> Result<Vec<Outcome>, StoreError> {
        self.children("SELECT * FROM outcomes", "incident_id", incident_ids, "incident_id, position").await
    }

    pub async fn kinds_of(&self, incident_ids: &[i64]) -> Result<Vec<IncidentKindRow>, StoreError> {
        self.children("SELECT * FROM incident_kinds", "incident_id", incident_ids, "incident_id, kind").await
    }

    pub async fn aliases_of(&self, facility_ids: &[i64]) -> Result<Vec<FacilityAlias>, StoreError> {
        self.children("SELECT * FROM facility_aliases", "facility_id", facility_ids, "facility_id, alias").await
    }

    pub async fn rights_of(&self, criticism_ids: &[i64]) -> Result<Vec<CriticismRight>, StoreError> {
        self.children("SELECT * FROM criticism_rights", "criticism_id", criticism_ids, "criticism_id, right_slug").await
    }

    /// Provision-incident links by `provision_id` or `incident_id`.
    pub async fn incident_links(&self, by: &'static str, ids: &[i64]) -> Result<Vec<ProvisionIncident>, StoreError> {
        self.children("SELECT * FROM provision_incidents", by, ids, "id").await
    }

    /// Provision-criticism links by `provision_id` or `criticism_id`.
    pub async fn criticism_links(&self, by: &'static str, ids: &[i64]) -> Result<Vec<ProvisionCriticism>, StoreError> {
        self.children("SELECT * FROM provision_criticisms", by, ids, "id").await
    }

    /// Lifecycle events by `law_id` or `provision_id`, in date order.
    pub async fn events_of(&self, by: &'static str, ids: &[i64]) -> Result<Vec<LifecycleEvent>, StoreError> {
        self.children("SELECT * FROM lifecycle_events", by, ids, "occurred_start, id").await
    }

    pub async fn claims_of(&self, question_ids: &[i64]) -> Result<Vec<Claim>, StoreError> {
        self.children("SELECT * FROM claims", "question_id", question_ids, "question_id, position").await
    }

    /// Claim questions whose claims give more than one distinct answer.
    pub async fn contested_questions(
        &self,
        after: Option<&Cursor>,
        limit: usize,
    ) -> Result<Page<ClaimQuestion>, StoreError> {
        let mut sql = select_where::<ClaimQuestion>();
        sql.push(" AND (SELECT COUNT(DISTINCT cl.value) FROM claims cl WHERE cl.question_id = q.id) > 1");
        keyset(&mut sql, "q", None, after, limit);
        Ok(into_page(self.fetch_all(sql).await?, limit))
    }

    pub async fn count_contested_questions(&self) -> Result<i64, StoreError> {
        let mut sql = count_where("claim_questions", "q");
        sql.push(" AND (SELECT COUNT(DISTINCT cl.value) FROM claims cl WHERE cl.question_id = q.id) > 1");
        self.fetch_count(sql).await
    }

    /// Claim questions about one subject (e.g. a provision's slug).
    pub async fn questions_about(&self, kind: SubjectKind, slugs: &[String]) -> Result<Vec<ClaimQuestion>, StoreError> {
        let mut sql = select_where::<ClaimQuestion>();
        sql.and_eq("q.subject_kind", Some(kind.as_str())).push(" AND q.subject_slug IN ").bind_list(slugs);
        sql.push(" ORDER BY q.id");
        self.fetch_all(sql).await
    }

    /// The citations backing each target, in insertion order. One query per kind of
    /// target present in `targets` (at most one per `citations` column).
    pub async fn citations_of(&self, targets: &[CitationTarget]) -> Result<Vec<Citation>, StoreError> {
        let mut by_column: Vec<(CitationTarget, Vec<i64>)> = Vec::new();
        for target in targets {
            match by_column.iter_mut().find(|(t, _)| t.column() == target.column()) {
                Some((_, ids)) => ids.push(target.id()),
                None => by_column.push((*target, vec![target.id()])),
            }
        }
        let mut citations = Vec::new();
        for (kind, ids) in by_column {
            let column = kind.column();
            let mut sql = Sql::new("SELECT c.*, c.");
            sql.push(column).push(" AS target_id FROM citations c WHERE c.").push(column).push(" IN ").bind_list(&ids);
            sql.push(" ORDER BY c.id");
            let rows: Vec<CitationWithTarget> = self.fetch_all(sql).await?;
            citations.extend(
                rows.into_iter().map(|row| Citation { target: Some(kind.with_id(row.target_id)), ..row.citation }),
            );
        }
        Ok(citations)
    }
}

#[derive(sqlx::FromRow)]
struct CitationWithTarget {
    #[sqlx(flatten)]
    citation: Citation,
    target_id: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_garbage_is_a_named_error() {
        let cursor = Cursor { sort: Some("2025-04-14".into()), id: 42 };
        assert_eq!(Cursor::decode(&cursor.encode()).unwrap(), cursor);
        let err = Cursor::decode("not-a-cursor").unwrap_err();
        assert!(matches!(err, StoreError::BadArgument { field: "after", .. }), "{err}");
    }

    #[test]
    fn keyset_pages_continue_strictly_after_the_cursor() {
        let mut sql = Sql::new("SELECT * FROM incidents i WHERE 1 = 1");
        let after = Cursor { sort: Some("2025-04-14".into()), id: 7 };
        keyset(&mut sql, "i", Some("i.occurred_start"), Some(&after), 20);
        assert_eq!(
            sql.text(),
            "SELECT * FROM incidents i WHERE 1 = 1 AND (i.occurred_start > $1 OR (i.occurred_start = $2 AND i.id > $3)) \
             ORDER BY i.occurred_start, i.id LIMIT $4"
        );
    }
}
