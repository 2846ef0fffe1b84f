//! What a reader must never meet in our own words (summaries, titles, descriptions,
//! notes, labels; never in quotes, which are a source's words): our file names and
//! internal labels, the compilations' line keys, and doubled words left by edits.

use serde_json::Value;

/// Fields whose text users read. Everything else is an identifier (slugs, files,
/// source slugs in citations), a quote of a source (checked verbatim elsewhere) or
/// a source's full text.
const NOT_PROSE: [&str; 14] = [
    "slug",
    "file",
    "source",
    "quote",
    "text",
    "provision",
    "incident",
    "actor",
    "facility",
    "stage",
    "law",
    "campaign",
    "investigating_body",
    "curated_at",
];

/// Words a language legitimately doubles ("nous nous opposons", "he had had").
const DOUBLED_ON_PURPOSE: [&str; 4] = ["nous", "vous", "had", "that"];

/// Every prose field of `value` with what is wrong with it, by field path.
pub(super) fn prose_problems(value: &Value, file_stems: &[String]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    walk(value, "", file_stems, &mut found);
    found
}

fn walk(value: &Value, path: &str, file_stems: &[String], found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if !NOT_PROSE.contains(&key.as_str()) {
                    let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    walk(child, &path, file_stems, found);
                }
            }
        }
        Value::Array(items) => {
            for (n, item) in items.iter().enumerate() {
                walk(item, &format!("{path}[{n}]"), file_stems, found);
            }
        }
        Value::String(text) => {
            if let Some(name) = internal_name(text, file_stems) {
                found.push((
                    path.to_string(),
                    format!("names an internal file ({name:?}); name the source by its title or publisher"),
                ));
            }
            if let Some(key) = compilation_key(text) {
                found.push((
                    path.to_string(),
                    format!(
                        "shows a compilation's line key ({key}), which a reader cannot resolve; name the public source"
                    ),
                ));
            }
            if let Some(word) = doubled_word(text) {
                found.push((path.to_string(), format!("repeats a word ({word:?} twice in a row)")));
            }
        }
        _ => {}
    }
}

/// The first internal name in `text`: a file name (`….txt`, `….md`, `….json`), a
/// source file's stem, the research compilation's file stem, or a "seed 00N" label.
pub(super) fn internal_name(text: &str, file_stems: &[String]) -> Option<String> {
    let lower = text.to_lowercase();
    for word in lower.split(|c: char| c.is_whitespace() || "(),;:'\"[]«»“”`".contains(c)) {
        let word = word.trim_end_matches('.');
        if [".txt", ".md", ".json"].iter().any(|ext| word.len() > ext.len() && word.ends_with(ext))
            || word.starts_with("law-facts")
        {
            return Some(word.to_string());
        }
    }
    if let Some(stem) = file_stems.iter().find(|stem| lower.contains(stem.as_str())) {
        return Some(stem.clone());
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("seed") {
        let after = rest[at + 4..].trim_start_matches('s').trim_start_matches([' ', '-', '_']);
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            return Some(format!("seed {digits}"));
        }
        rest = &rest[at + 4..];
    }
    None
}

/// The first key like `[L5]`, `[D1]` or `[A12]` (one or two capitals, then digits,
/// in brackets): how our compilations label their lines, meaningless to a reader.
pub(super) fn compilation_key(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let letters = after.chars().take_while(char::is_ascii_uppercase).count();
        let digits = after[letters..].chars().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&letters) && digits > 0 && after[letters + digits..].starts_with(']') {
            return Some(format!("[{}]", &after[..letters + digits]));
        }
        rest = after;
    }
    None
}

/// The first word written twice in a row ("the the"), ignoring case; words doubled
/// on purpose (see [`DOUBLED_ON_PURPOSE`]) pass.
pub(super) fn doubled_word(text: &str) -> Option<String> {
    let mut previous: Option<String> = None;
    // Words are runs of letters; anything else (digits, punctuation) separates them
    // and a punctuation mark between two words breaks the run ("so, so").
    let mut word = String::new();
    let mut separated_by_space_only = true;
    for c in text.chars().chain(std::iter::once('.')) {
        if c.is_alphabetic() {
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            if separated_by_space_only
                && previous.as_deref() == Some(word.as_str())
                && !DOUBLED_ON_PURPOSE.contains(&word.as_str())
            {
                return Some(word);
            }
            previous = Some(std::mem::take(&mut word));
            separated_by_space_only = true;
        }
        if !c.is_whitespace() {
            separated_by_space_only = false;
            previous = None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_names_are_found_and_titles_are_not() {
        let stems = vec!["000_a9036a8681d4dfcc".to_string()];
        assert_eq!(internal_name("as seed 002 reports", &stems).as_deref(), Some("seed 002"));
        assert_eq!(internal_name("Seeds 001 and 002 list it", &stems).as_deref(), Some("seed 001"));
        assert_eq!(internal_name("see law-facts section 4", &stems).as_deref(), Some("law-facts"));
        assert_eq!(internal_name("(in sources/002_fad.txt)", &stems).as_deref(), Some("sources/002_fad.txt"));
        assert_eq!(internal_name("file 000_A9036A8681D4DFCC", &stems).as_deref(), Some("000_a9036a8681d4dfcc"));
        assert_eq!(internal_name("as recorded in claims.json.", &stems).as_deref(), Some("claims.json"));
        assert_eq!(internal_name("the two counts (see `facilities.json`)", &stems).as_deref(), Some("facilities.json"));
        assert_eq!(internal_name("the 'Prisons Under Siege' news report", &stems), None);
        assert_eq!(internal_name("the research compilation of 22 November 2026", &stems), None);
        assert_eq!(internal_name("seeded 20 times; no seeds", &stems), None);
        assert_eq!(internal_name("JSON and .json alone name no file", &stems), None);
    }

    #[test]
    fn compilation_keys_are_found_and_other_brackets_are_not() {
        assert_eq!(compilation_key("64 articles [L12][L18]").as_deref(), Some("[L12]"));
        assert_eq!(compilation_key("per [D1], the decree").as_deref(), Some("[D1]"));
        assert_eq!(compilation_key("as [AB3] says").as_deref(), Some("[AB3]"));
        assert_eq!(compilation_key("the [sic] text, [1] note, [L] and [ABC1]"), None);
        assert_eq!(compilation_key("[L5 is open"), None);
    }

    #[test]
    fn doubled_words_are_found_across_case_and_spacing() {
        assert_eq!(doubled_word("the the research compilation").as_deref(), Some("the"));
        assert_eq!(doubled_word("The  the law").as_deref(), Some("the"));
        assert_eq!(doubled_word("un régime régime dérogatoire").as_deref(), Some("régime"));
        assert_eq!(doubled_word("nous nous opposons; he had had enough"), None);
        assert_eq!(doubled_word("so, so many; 10 10 cells; the theme"), None);
        assert_eq!(doubled_word("end. End of story"), None);
    }
}
