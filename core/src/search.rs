//! Full-text search across provisions, incidents, criticisms, actors, facilities
//! and sources, French and English alike: accents and case are folded ("Nimes"
//! finds Nîmes), facility aliases are searched ("AixenProvence" finds Aix-Luynes).
//!
//! Each searchable row keeps a folded copy of its text (`search_text`, written with
//! the row). Matching (every query word occurs) runs in SQL (`store::search`);
//! ranking and snippets run here in Rust, so both backends return the same hits
//! in the same order with the same snippets, which SQLite's FTS5 bm25 and
//! PostgreSQL's ts_rank could not.

use unicode_normalization::UnicodeNormalization;

use crate::error::StoreError;
use crate::model::EntityType;
use crate::store::Store;

pub use crate::store::search::MAX_CANDIDATES;

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

/// One page of results, and how many there are in all.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
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
            for row in self.search_candidates(entity, &words, include_disputed).await? {
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
            if ids.is_empty() {
                continue;
            }
            let excerpts = self.search_excerpts(entity, &ids).await?;
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
    fn snippets_mark_matches_in_the_original_words() {
        let text = "Attacks hit the prison in Nîmes and the one in Valence.";
        assert_eq!(
            snippet(text, &["nimes".to_string()]),
            "Attacks hit the prison in [[Nîmes]] and the one in Valence."
        );
    }
}
