//! The language a request prefers, and text marked with its language.

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
