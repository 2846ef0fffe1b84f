//! Text that reads like the shipped data: English accounts with French names and
//! phrases, French sources, of the lengths curators write (titles of ~50
//! characters, summaries of ~200, source bodies of a few thousand). Words are
//! drawn with a skew, as in real text, so that search finds some words often and
//! most rarely.

use rand::Rng;

pub use super::words::*;

/// An index in `0..len`, skewed toward the start (the common words).
pub fn skewed(rng: &mut impl Rng, len: usize) -> usize {
    let u: f64 = rng.random();
    ((u * u * u) * len as f64) as usize % len.max(1)
}

pub fn pick<'a>(rng: &mut impl Rng, items: &[&'a str]) -> &'a str {
    items[rng.random_range(0..items.len())]
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub use crate::lang::Lang;

impl Lang {
    fn words(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Lang::En => (EN_WORDS, EN_GLUE),
            Lang::Fr => (FR_WORDS, FR_GLUE),
        }
    }
}

/// One sentence of `min..=max` words, capitalised, ending with a full stop; now and
/// then it names a city, a number or a date, as accounts do.
pub fn sentence(rng: &mut impl Rng, lang: Lang, min: usize, max: usize) -> String {
    let (words, glue) = lang.words();
    let count = rng.random_range(min..=max.max(min));
    let mut out = String::with_capacity(count * 8);
    for i in 0..count {
        if i > 0 {
            out.push(if i + 1 < count && rng.random_bool(0.06) { ',' } else { ' ' });
            if out.ends_with(',') {
                out.push(' ');
            }
        }
        let roll: f64 = rng.random();
        if roll < 0.3 {
            out.push_str(glue[skewed(rng, glue.len())]);
        } else if roll < 0.34 {
            out.push_str(pick(rng, CITIES));
        } else if roll < 0.37 {
            out.push_str(&rng.random_range(2..=40u32).to_string());
        } else {
            out.push_str(words[skewed(rng, words.len())]);
        }
    }
    let mut out = capitalise(&out);
    out.push('.');
    out
}

/// Sentences until the text is at least `min` characters long, cut back to at most
/// `max` at a word boundary (then ended with a full stop).
pub fn text(rng: &mut impl Rng, lang: Lang, min: usize, max: usize) -> String {
    let target = rng.random_range(min..=max.max(min));
    let mut out = String::with_capacity(target + 64);
    while out.len() < target {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&sentence(rng, lang, 6, 22));
    }
    if out.len() > max {
        let mut cut = max.min(out.len());
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        let end = out[..cut].rfind(' ').unwrap_or(cut);
        out.truncate(end);
        let trimmed = out.trim_end_matches([',', ' ', '.']).len();
        out.truncate(trimmed);
        out.push('.');
    }
    out
}

/// A source's body, in paragraphs, with the byte span of every sentence (quotes are
/// cut from those spans, so every quote occurs in its source by construction).
pub struct Body {
    pub text: String,
    pub sentences: Vec<(u32, u32)>,
}

pub fn body(rng: &mut impl Rng, lang: Lang, min: usize, max: usize) -> Body {
    let target = rng.random_range(min..=max.max(min));
    let mut text = String::with_capacity(target + 256);
    let mut sentences = Vec::with_capacity(target / 80);
    while text.len() < target {
        if !text.is_empty() {
            text.push_str(if rng.random_bool(0.2) { "\n\n" } else { " " });
        }
        let start = text.len();
        text.push_str(&sentence(rng, lang, 8, 28));
        sentences.push((start as u32, text.len() as u32));
    }
    Body { text, sentences }
}

/// A verbatim passage of `body`: mostly a whole sentence, sometimes two, sometimes
/// a clause of one (of at least a few words). Never empty, never padded by spaces.
pub fn quote<'b>(rng: &mut impl Rng, body: &'b Body) -> &'b str {
    let n = body.sentences.len();
    let i = rng.random_range(0..n);
    let (start, end) = body.sentences[i];
    let (start, end) = (start as usize, end as usize);
    let roll: f64 = rng.random();
    if roll < 0.15 && i + 1 < n {
        return &body.text[start..body.sentences[i + 1].1 as usize];
    }
    let sentence = &body.text[start..end];
    if roll < 0.45 {
        // A clause: from one word boundary to another, at least 5 words.
        let spaces: Vec<usize> = sentence.match_indices(' ').map(|(at, _)| at).collect();
        if spaces.len() >= 6 {
            let from = rng.random_range(0..spaces.len() - 5);
            let to = rng.random_range(from + 5..spaces.len());
            let clause = sentence[spaces[from] + 1..spaces[to]].trim_matches([',', ' ']);
            if !clause.is_empty() {
                return clause;
            }
        }
    }
    sentence
}

/// A person's name.
pub fn person(rng: &mut impl Rng) -> String {
    format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn texts_keep_within_their_lengths() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for _ in 0..500 {
            let t = text(&mut rng, Lang::En, 120, 260);
            assert!(t.len() <= 261 && t.len() >= 40, "{} chars: {t}", t.len());
            assert!(t.ends_with('.'), "{t}");
            assert!(!t.contains("  "), "{t}");
        }
    }

    #[test]
    fn quotes_are_passages_of_their_body() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for lang in [Lang::En, Lang::Fr] {
            let body = body(&mut rng, lang, 2_000, 4_000);
            assert!(body.text.len() >= 2_000);
            for _ in 0..2_000 {
                let q = quote(&mut rng, &body);
                assert!(!q.trim().is_empty());
                assert_eq!(q, q.trim(), "no padding");
                assert!(body.text.contains(q), "{q:?}");
            }
        }
    }

    #[test]
    fn the_same_seed_writes_the_same_text() {
        let a = text(&mut ChaCha8Rng::seed_from_u64(11), Lang::Fr, 100, 300);
        let b = text(&mut ChaCha8Rng::seed_from_u64(11), Lang::Fr, 100, 300);
        let c = text(&mut ChaCha8Rng::seed_from_u64(12), Lang::Fr, 100, 300);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn skewed_picks_favour_the_first_words() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut counts = [0u32; 10];
        for _ in 0..10_000 {
            counts[skewed(&mut rng, 10)] += 1;
        }
        assert!(counts[0] > 4 * counts[9], "{counts:?}");
    }
}
