//! The language a request prefers, and text marked with its language.

use async_graphql::Context;

use crate::enums::*;

/// The language a request prefers, from its `Accept-Language` header.
#[derive(Clone, Copy, Default)]
pub struct PreferredLanguage(pub Option<Language>);

/// Text in one language, marked with that language and whether it is the original
/// (a translation otherwise; when the requested language is missing, the original).
#[derive(async_graphql::SimpleObject)]
pub struct LocalizedText {
    pub text: String,
    pub language: Language,
    pub original: bool,
}

/// The language a field was asked in: its `lang` argument, else the request's
/// `Accept-Language`; `None` when neither names a language we serve.
pub fn requested(ctx: &Context<'_>, lang: Option<Language>) -> Option<Language> {
    lang.or_else(|| ctx.data_opt::<PreferredLanguage>().and_then(|p| p.0))
}

/// One of our own texts (written in English, with a French translation where a
/// curator wrote one) in the language asked for, English by default. A missing
/// French is never passed off as French: the English comes back marked `EN`, so a
/// client asking for French sees which records lack it.
pub fn ours(ctx: &Context<'_>, lang: Option<Language>, english: &str, french: Option<&str>) -> LocalizedText {
    match (requested(ctx, lang), french.filter(|t| !t.trim().is_empty())) {
        (Some(Language::Fr), Some(french)) => {
            LocalizedText { text: french.to_string(), language: Language::Fr, original: false }
        }
        _ => LocalizedText { text: english.to_string(), language: Language::En, original: true },
    }
}
