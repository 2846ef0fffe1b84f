//! Full-text search across provisions, incidents, criticisms, actors, facilities
//! and sources, French and English alike: accents and case are folded ("Nimes"
//! finds Nîmes), facility aliases are searched ("AixenProvence" finds Aix-Luynes).
//!
//! Each searchable row keeps a folded copy of its text (`search_text`, written with
//! the row). Matching (every query word occurs) runs in SQL; ranking and snippets
//! run here in Rust, so both backends return the same hits in the same order with
//! the same snippets, which SQLite's FTS5 bm25 and PostgreSQL's ts_rank could not.

use unicode_normalization::UnicodeNormalization;

use crate::error::StoreError;
use crate::model::EntityType;
use crate::store::sql::Sql;
use crate::store::{Backend, Store};

/// Candidates read per type before ranking; a query matching more ranks only these.
pub const MAX_CANDIDATES: usize = 1_000;

/// Lowercase, accents removed, anything but letters and digits a single space.
pub fn fold(text: &str) -> String {
    folded_chars(text).into_iter().map(|(c, _)| c).collect::<String>().trim().to_string()
}

/// Folded characters with the byte offset of the original character each came
/// from, so a match in folded text maps back to the original words.
fn folded_chars(text: &str) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        // Most text is ASCII, which decomposes to itself: skip the per-character
        // allocation of the Unicode path (titles of a thousand candidates per query).
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push((c.to_ascii_lowercase(), offset));
            } else if out.last().is_some_and(|(p, _)| *p != ' ') {
                out.push((' ', offset));
            }
            continue;
        }
        for d in c.to_string().nfd().filter(|d| !unicode_normalization::char::is_combining_mark(*d)) {
            for lower in d.to_lowercase() {
                if lower.is_alphanumeric() {
                    out.push((lower, offset));
                } else if out.last().is_some_and(|(p, _)| *p != ' ') {
                    out.push((' ', offset));
                }
            }
        }
    }
    out
}

/// The words of a query, folded; empty words dropped.
pub fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = fold(query).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
    words.sort();
    words.dedup();
    words
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub entity: EntityType,
    /// The row's id in its table.
    pub id: i64,
    pub slug: String,
    pub title: String,
    /// The best matching passage, matches wrapped in `[[` and `]]`; only the
    /// hits of the requested page carry one.
    pub snippet: String,
    pub score: f64,
}

/// A row that holds every word, with what ranking needs: the database counts the
/// matches in its folded text, so the text itself (kilobytes for a source) stays there.
#[derive(sqlx::FromRow)]
struct Candidate {
    id: i64,
    slug: String,
    title: String,
    /// Occurrences of the query's words in `search_text`, summed.
    text_matches: i64,
    /// `search_text`'s length in characters.
    text_length: i64,
}

/// The text a snippet is cut from.
#[derive(sqlx::FromRow)]
struct Excerpt {
    id: i64,
    title: String,
    body: String,
}

/// One page of results, and how many there are in all.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// Per type: the table, its title and body expressions (trusted SQL).
fn searched(entity: EntityType) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match entity {
        EntityType::Provision => ("provisions", "heading", "summary || ' ' || COALESCE(body, '')"),
        EntityType::Incident => ("incidents", "title", "summary || ' ' || COALESCE(place, '')"),
        EntityType::Criticism => ("criticisms", "summary", "COALESCE(quote, '')"),
        EntityType::Actor => ("actors", "name", "description"),
        EntityType::Facility => ("facilities", "name", "COALESCE(city, '')"),
        EntityType::Source => ("sources", "title", "body"),
        _ => return None,
    })
}

pub const SEARCHABLE: [EntityType; 6] = [
    EntityType::Provision,
    EntityType::Incident,
    EntityType::Criticism,
    EntityType::Actor,
    EntityType::Facility,
    EntityType::Source,
];

/// Occurrences of `word` in folded `text`.
fn count(text: &str, word: &str) -> usize {
    text.matches(word).count()
}

/// The score of a row: two per match in the title, one per match in the whole
/// folded text, over 1 + ln(its length in characters), so that for the same
/// matches a short text ranks above a long one that mentions the words in passing.
fn score(title: &str, words: &[String], text_matches: i64, text_length: i64) -> f64 {
    let title_folded = fold(title);
    let in_title: usize = words.iter().map(|w| count(&title_folded, w)).sum();
    (2 * in_title as i64 + text_matches) as f64 / (1.0 + (text_length.max(1) as f64).ln())
}

/// A window of the original text around the first match, matches marked.
fn snippet(text: &str, words: &[String]) -> String {
    const BEFORE: usize = 60;
    const LENGTH: usize = 200;
    let folded = folded_chars(text);
    let folded_text: String = folded.iter().map(|(c, _)| *c).collect();
    let folded_chars: Vec<char> = folded_text.chars().collect();
    // Byte offsets of the original text that start a match, and where it ends.
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for word in words {
        let wlen = word.chars().count();
        let wchars: Vec<char> = word.chars().collect();
        let mut i = 0;
        while i + wlen <= folded_chars.len() {
            if folded_chars[i..i + wlen] == wchars[..] {
                let start = folded[i].1;
                let last = folded[i + wlen - 1].1;
                let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
                marks.push((start, end));
                i += wlen;
            } else {
                i += 1;
            }
        }
    }
    marks.sort_unstable();
    let first = marks.first().map_or(0, |m| m.0);
    let mut from = first.saturating_sub(BEFORE);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (from + LENGTH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let mut at = from;
    for (start, end) in marks.into_iter().filter(|(s, e)| *s >= from && *e <= to) {
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str("[[");
        out.push_str(&text[start..end]);
        out.push_str("]]");
        at = end;
    }
    out.push_str(&text[at..to]);
    if to < text.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Store {
    /// The rows of the wanted types whose text holds all the query's words, best
    /// first (a match in the title weighs more; shorter texts rank higher for the
    /// same matches; ties in type then slug order): `take` of them from rank
    /// `skip`, with snippets. Ranking reads only the folded text; the original
    /// text is read for the page alone.
    /// Disputed incidents only when `include_disputed`, as in every list.
    pub async fn search(
        &self,
        query: &str,
        types: &[EntityType],
        include_disputed: bool,
        skip: usize,
        take: usize,
    ) -> Result<Results, StoreError> {
        let words = query_words(query);
        if words.is_empty() {
            return Err(StoreError::BadArgument {
                field: "query",
                message: "the query has no letters or digits".into(),
            });
        }
        let mut hits = Vec::new();
        for entity in SEARCHABLE.into_iter().filter(|t| types.is_empty() || types.contains(t)) {
            let Some(sql) = candidates(self.backend(), entity, &words, include_disputed) else { continue };
            let rows: Vec<Candidate> = self.fetch_all(sql).await?;
            for row in rows {
                let score = score(&row.title, &words, row.text_matches, row.text_length);
                hits.push(Hit { entity, id: row.id, slug: row.slug, title: row.title, snippet: String::new(), score });
            }
        }
        hits.sort_by(|a, b| {
            b.score.total_cmp(&a.score).then_with(|| (a.entity, a.slug.as_str()).cmp(&(b.entity, b.slug.as_str())))
        });
        let total = hits.len();
        let mut page: Vec<Hit> = hits.into_iter().skip(skip).take(take).collect();
        self.add_snippets(&mut page, &words).await?;
        Ok(Results { total, hits: page })
    }

    /// Cuts each hit's snippet from its title, if a word is there, else its body:
    /// one statement per type on the page.
    async fn add_snippets(&self, page: &mut [Hit], words: &[String]) -> Result<(), StoreError> {
        for entity in SEARCHABLE {
            let ids: Vec<i64> = page.iter().filter(|h| h.entity == entity).map(|h| h.id).collect();
            let Some((table, title, body)) = searched(entity).filter(|_| !ids.is_empty()) else { continue };
            let mut sql = Sql::new("SELECT id, ");
            sql.push(title).push(" AS title, ").push(body).push(" AS body FROM ").push(table);
            sql.push(" WHERE id IN ").bind_list(&ids);
            let excerpts: Vec<Excerpt> = self.fetch_all(sql).await?;
            for hit in page.iter_mut().filter(|h| h.entity == entity) {
                let Some(row) = excerpts.iter().find(|e| e.id == hit.id) else { continue };
                let in_title = words.iter().any(|w| fold(&row.title).contains(w.as_str()));
                let excerpt_of = if in_title || row.body.trim().is_empty() { &row.title } else { &row.body };
                hit.snippet = snippet(excerpt_of, words);
            }
        }
        Ok(())
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

/// The folded text a row is found by: every field a reader would search it by.
pub(crate) fn search_text<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    fold(&parts.into_iter().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_case_and_punctuation() {
        assert_eq!(fold("Nîmes"), "nimes");
        assert_eq!(fold("Aix-Luynes, CENTRE pénitentiaire"), "aix luynes centre penitentiaire");
        assert_eq!(fold("l’isolement « quasi-total »"), "l isolement quasi total");
        assert_eq!(query_words("  Nimes NIMES  prison "), vec!["nimes", "prison"]);
        assert!(query_words("…!").is_empty());
    }

    #[test]
    fn ascii_folds_like_the_unicode_path() {
        assert_eq!(fold("Hello, World -- 2025!"), "hello world 2025");
        assert_eq!(fold("Évry: CP d'Évry-Courcouronnes"), "evry cp d evry courcouronnes");
    }

    #[test]
    fn title_matches_weigh_more_and_long_texts_rank_lower() {
        let words = ["prison".to_string()];
        let in_title = score("Prison de Toulon", &words, 1, 100);
        let in_text = score("Toulon", &words, 1, 100);
        let in_long_text = score("Toulon", &words, 1, 10_000);
        assert!(in_title > in_text && in_text > in_long_text, "{in_title} {in_text} {in_long_text}");
    }

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

    #[test]
    fn snippets_mark_matches_in_the_original_words() {
        let text = "Attacks hit the prison in Nîmes and the one in Valence.";
        assert_eq!(
            snippet(text, &["nimes".to_string()]),
            "Attacks hit the prison in [[Nîmes]] and the one in Valence."
        );
    }
}
