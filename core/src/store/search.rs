//! The statements of full-text search: which rows of a type hold every query word
//! (counted in their folded `search_text`, so ranking needs no text), and the
//! original text of a page's hits for their snippets. Folding, ranking and
//! snippets are `search`'s, in Rust, so that both backends answer alike.

use super::sql::Sql;
use super::{Backend, Store};
use crate::error::StoreError;
use crate::model::EntityType;

/// Candidates read per type before ranking; a query matching more ranks only these.
pub const MAX_CANDIDATES: usize = 1_000;

/// A row that holds every word, with what ranking needs: the database counts the
/// matches in its folded text, so the text itself (kilobytes for a source) stays there.
#[derive(sqlx::FromRow)]
pub struct Candidate {
    pub id: i64,
    pub slug: String,
    pub title: String,
    /// Occurrences of the query's words in `search_text`, summed.
    pub text_matches: i64,
    /// `search_text`'s length in characters.
    pub text_length: i64,
}

/// The text a snippet is cut from.
#[derive(sqlx::FromRow)]
pub struct Excerpt {
    pub id: i64,
    pub title: String,
    pub body: String,
}

/// Per type: the table, its title and body expressions (trusted SQL).
fn searched(entity: EntityType) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match entity {
        // The French texts too: rows are found by them (`search_text`), so a snippet
        // must be able to show the words that matched.
        EntityType::Provision => (
            "provisions",
            "heading",
            "summary || ' ' || COALESCE(heading_fr, '') || ' ' || COALESCE(summary_fr, '') || ' ' || COALESCE(body, '')",
        ),
        EntityType::Incident => (
            "incidents",
            "title",
            "summary || ' ' || COALESCE(title_fr, '') || ' ' || COALESCE(summary_fr, '') || ' ' || COALESCE(place, '')",
        ),
        EntityType::Criticism => ("criticisms", "summary", "COALESCE(summary_fr, '') || ' ' || COALESCE(quote, '')"),
        EntityType::Actor => ("actors", "name", "description"),
        EntityType::Facility => ("facilities", "name", "COALESCE(city, '')"),
        EntityType::Source => ("sources", "title", "body"),
        _ => return None,
    })
}

impl Store {
    /// The rows of `entity` holding every word (see [`candidates`]); none for a type
    /// that is not searched.
    pub async fn search_candidates(
        &self,
        entity: EntityType,
        words: &[String],
        include_disputed: bool,
    ) -> Result<Vec<Candidate>, StoreError> {
        match candidates(self.backend(), entity, words, include_disputed) {
            Some(sql) => self.fetch_all(sql).await,
            None => Ok(Vec::new()),
        }
    }

    /// The title and body of these rows of `entity`, which snippets are cut from.
    pub async fn search_excerpts(&self, entity: EntityType, ids: &[i64]) -> Result<Vec<Excerpt>, StoreError> {
        let Some((table, title, body)) = searched(entity) else { return Ok(Vec::new()) };
        let mut sql = Sql::new("SELECT id, ");
        sql.push(title).push(" AS title, ").push(body).push(" AS body FROM ").push(table);
        sql.push(" WHERE id IN ").bind_list(ids);
        self.fetch_all(sql).await
    }
}

/// The statement that finds the rows of one type holding every word (at most
/// `MAX_CANDIDATES`, in id order), disputed incidents only when `include_disputed`;
/// None for a type that is not searched.
pub fn candidates(backend: Backend, entity: EntityType, words: &[String], include_disputed: bool) -> Option<Sql> {
    let (table, title, _) = searched(entity)?;
    let mut sql = Sql::new("SELECT id, slug, ");
    sql.push(title).push(" AS title, CAST(0");
    // Occurrences of a word: how much shorter the text gets without it, over the
    // word's length (characters on both backends; the length is a trusted number).
    for word in words {
        sql.push(" + (LENGTH(search_text) - LENGTH(REPLACE(search_text, ").bind(word.clone());
        sql.push(", ''))) / ").push(&word.chars().count().to_string());
    }
    sql.push(" AS BIGINT) AS text_matches, CAST(LENGTH(search_text) AS BIGINT) AS text_length FROM ");
    sql.push(table).push(" WHERE 1 = 1");
    if entity == EntityType::Incident && !include_disputed {
        sql.push(" AND NOT disputed");
    }
    if backend == Backend::Sqlite {
        sqlite_trigram_candidates(&mut sql, table, words);
    }
    // The test itself, on both backends (PostgreSQL's planner serves it from the
    // pg_trgm index; on SQLite it confirms what the trigram index found).
    for word in words {
        sql.push(" AND search_text LIKE ").bind(format!("%{word}%"));
    }
    sql.push(" ORDER BY id LIMIT ").bind(MAX_CANDIDATES as i64);
    Some(sql)
}

/// SQLite finds rows through the table's FTS5 trigram index (migration 0005), which
/// can only narrow by words of three characters or more, and yields row ids in
/// order: asking it for the first `MAX_CANDIDATES` stops the index walk there, so a
/// common word costs the same on a thousand rows as on a million. (Rows it returns
/// that lack a shorter query word are dropped afterwards: such a query may rank
/// fewer candidates than exist.)
fn sqlite_trigram_candidates(sql: &mut Sql, table: &'static str, words: &[String]) {
    let indexed: Vec<&String> = words.iter().filter(|w| w.chars().count() >= 3).collect();
    if indexed.is_empty() {
        return;
    }
    sql.push(" AND id IN (SELECT rowid FROM ").push(table).push("_search WHERE 1 = 1");
    for word in indexed {
        sql.push(" AND search_text LIKE ").bind(format!("%{word}%"));
    }
    sql.push(" ORDER BY rowid LIMIT ").bind(MAX_CANDIDATES as i64).push(")");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_asks_the_trigram_index_for_at_most_the_candidates_it_ranks() {
        // The LIMIT belongs inside the FTS5 subquery: outside it, the index hands
        // back every matching row id first (590 ms for a common word at 100k
        // incidents, against 6.8 ms inside; BENCHMARKS.md).
        let words = ["prison".to_string(), "nimes".to_string()];
        let sql = candidates(Backend::Sqlite, EntityType::Incident, &words, false).unwrap();
        let text = sql.text();
        let subquery = text.split("id IN (SELECT rowid FROM incidents_search").nth(1).expect("the FTS5 subquery");
        let subquery = &subquery[..subquery.find(')').expect("the subquery closes")];
        assert!(subquery.contains("ORDER BY rowid LIMIT"), "{text}");
        assert!(text.trim_end().ends_with(&format!("ORDER BY id LIMIT ${}", text.matches('$').count())), "{text}");
        // PostgreSQL's planner uses pg_trgm for the LIKE itself: no subquery.
        let pg = candidates(Backend::Postgres, EntityType::Incident, &words, false).unwrap();
        assert!(!pg.text().contains("_search"), "{}", pg.text());
    }
}
