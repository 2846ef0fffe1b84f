//! The rule the whole tracker rests on: a citation's quote occurs, character for
//! character, in its source's text. When it does not, say what differed (case,
//! spacing, typographic punctuation) and what the source actually says, so that a
//! curator can fix the quote instead of guessing.

use std::fmt;

/// Why a quote was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteMismatch {
    Empty,
    /// The passage is in the source, but written differently.
    Differs {
        aspects: Vec<&'static str>,
        source_has: String,
    },
    /// Nothing like it is in the source.
    Absent,
}

impl fmt::Display for QuoteMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuoteMismatch::Empty => write!(f, "the quote is empty"),
            QuoteMismatch::Absent => write!(f, "the quote does not occur in the source text"),
            QuoteMismatch::Differs { aspects, source_has } => write!(
                f,
                "the quote does not occur verbatim in the source text: its {} differ(s); the source has {:?}",
                aspects.join(" and "),
                source_has
            ),
        }
    }
}

/// Checks that `quote` occurs verbatim in `source_text`.
pub fn verify_quote(source_text: &str, quote: &str) -> Result<(), QuoteMismatch> {
    if quote.trim().is_empty() {
        return Err(QuoteMismatch::Empty);
    }
    if source_text.contains(quote) {
        return Ok(());
    }
    let all = Fold { case: true, space: true, punctuation: true };
    let Some(source_has) = find_folded(source_text, quote, all) else {
        return Err(QuoteMismatch::Absent);
    };
    // An aspect differs when folding everything but it no longer makes the two equal.
    let mut aspects = Vec::new();
    for (name, without) in [
        ("letter case", Fold { case: false, ..all }),
        ("spacing", Fold { space: false, ..all }),
        ("punctuation (apostrophes, quotation marks or dashes)", Fold { punctuation: false, ..all }),
    ] {
        if fold(source_has, without).0 != fold(quote, without).0 {
            aspects.push(name);
        }
    }
    Err(QuoteMismatch::Differs { aspects, source_has: source_has.to_string() })
}

#[derive(Clone, Copy)]
struct Fold {
    case: bool,
    space: bool,
    punctuation: bool,
}

/// Folds `text` and returns, for each folded char, the byte offset of the original
/// char it came from, so a match in folded text maps back to the source's own words.
fn fold(text: &str, how: Fold) -> (Vec<char>, Vec<usize>) {
    let mut chars = Vec::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    let mut last_was_space = false;
    for (offset, c) in text.char_indices() {
        if how.space && c.is_whitespace() {
            if !last_was_space {
                chars.push(' ');
                offsets.push(offset);
            }
            last_was_space = true;
            continue;
        }
        last_was_space = false;
        let c = if how.punctuation {
            match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                other => other,
            }
        } else {
            c
        };
        if how.case {
            for lower in c.to_lowercase() {
                chars.push(lower);
                offsets.push(offset);
            }
        } else {
            chars.push(c);
            offsets.push(offset);
        }
    }
    (chars, offsets)
}

fn find_folded<'a>(source_text: &'a str, quote: &str, how: Fold) -> Option<&'a str> {
    let (hay, offsets) = fold(source_text, how);
    let (needle, _) = fold(quote.trim(), how);
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    let start = hay.windows(needle.len()).position(|w| w == needle.as_slice())?;
    let last = start + needle.len() - 1;
    let begin = offsets[start];
    let end_char = source_text[offsets[last]..].chars().next().map_or(0, char::len_utf8);
    Some(&source_text[begin..offsets[last] + end_char])
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str =
        "“Attempts have been made to intimidate staff in several prisons,” Darmanin stated.\nThe  union’s call.";

    #[test]
    fn a_verbatim_quote_passes() {
        assert_eq!(verify_quote(SOURCE, "intimidate staff in several prisons"), Ok(()));
    }

    #[test]
    fn an_invented_quote_is_absent() {
        assert_eq!(verify_quote(SOURCE, "staff were unharmed"), Err(QuoteMismatch::Absent));
        assert_eq!(verify_quote(SOURCE, "  "), Err(QuoteMismatch::Empty));
    }

    #[test]
    fn a_near_miss_says_what_differed_and_what_the_source_has() {
        match verify_quote(SOURCE, "The union's call") {
            Err(QuoteMismatch::Differs { aspects, source_has }) => {
                assert_eq!(source_has, "The  union’s call");
                assert!(aspects.iter().any(|a| a.starts_with("punctuation")), "{aspects:?}");
                assert!(aspects.contains(&"spacing"), "{aspects:?}");
                assert!(!aspects.contains(&"letter case"), "{aspects:?}");
            }
            other => panic!("expected a near miss, got {other:?}"),
        }
        match verify_quote(SOURCE, "attempts HAVE been made") {
            Err(QuoteMismatch::Differs { aspects, source_has }) => {
                assert_eq!(aspects, vec!["letter case"]);
                assert_eq!(source_has, "Attempts have been made");
            }
            other => panic!("expected a case difference, got {other:?}"),
        }
    }
}
