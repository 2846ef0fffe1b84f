//! Atom 1.0 (RFC 4287) documents, written with quick-xml so that every text and
//! attribute is escaped by the writer, never by hand. What the feeds say about each
//! revision is [`super::words`]'s; this module only writes the document.

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

pub const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
pub const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

/// A feed: its permanent id, title, language and links; `updated` is RFC 3339.
#[derive(Debug, Clone)]
pub struct Feed {
    pub id: String,
    pub title: String,
    pub subtitle: String,
    /// `en` or `fr`: the language of every title and summary in it.
    pub lang: &'static str,
    /// The feed's own URL (`rel="self"`).
    pub self_href: String,
    /// The page it follows, in the front end (`rel="alternate"`).
    pub alternate_href: String,
    pub updated: String,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub title: String,
    pub updated: String,
    pub author: String,
    /// The record's page (`rel="alternate"`).
    pub href: String,
    /// The revision itself, as the sync feed serves it (`rel="related"`).
    pub related_href: String,
    pub summary: String,
    /// The entity type, as an Atom category.
    pub category: &'static str,
}

/// XML 1.0 cannot carry most control characters, even escaped: they are dropped
/// (a feed reader refuses the whole document for one of them).
fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
        .collect()
}

/// The feed as an Atom document.
pub fn write(feed: &Feed) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing into a Vec cannot fail.
    write_feed(&mut writer, feed).expect("writing into memory does not fail");
    String::from_utf8(writer.into_inner()).expect("quick-xml writes the UTF-8 it is given")
}

fn text_element(writer: &mut Writer<Vec<u8>>, name: &str, text: &str) -> std::io::Result<()> {
    writer.create_element(name).write_text_content(BytesText::new(&xml_text(text)))?;
    Ok(())
}

fn link(writer: &mut Writer<Vec<u8>>, rel: &str, kind: &str, href: &str) -> std::io::Result<()> {
    writer
        .create_element("link")
        .with_attribute(("rel", rel))
        .with_attribute(("type", kind))
        .with_attribute(("href", xml_text(href).as_str()))
        .write_empty()?;
    Ok(())
}

fn write_feed(writer: &mut Writer<Vec<u8>>, feed: &Feed) -> std::io::Result<()> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    writer
        .create_element("feed")
        .with_attribute(("xmlns", ATOM_NS))
        .with_attribute(("xml:lang", feed.lang))
        .write_inner_content(|w| {
            text_element(w, "id", &feed.id)?;
            text_element(w, "title", &feed.title)?;
            text_element(w, "subtitle", &feed.subtitle)?;
            text_element(w, "updated", &feed.updated)?;
            link(w, "self", "application/atom+xml", &feed.self_href)?;
            link(w, "alternate", "text/html", &feed.alternate_href)?;
            w.create_element("generator").write_text_content(BytesText::new("lawtracker"))?;
            for entry in &feed.entries {
                write_entry(w, entry)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_entry(writer: &mut Writer<Vec<u8>>, entry: &Entry) -> std::io::Result<()> {
    writer.create_element("entry").write_inner_content(|w| {
        text_element(w, "id", &entry.id)?;
        text_element(w, "title", &entry.title)?;
        text_element(w, "updated", &entry.updated)?;
        w.create_element("author").write_inner_content(|w| text_element(w, "name", &entry.author))?;
        link(w, "alternate", "text/html", &entry.href)?;
        link(w, "related", "application/x-ndjson", &entry.related_href)?;
        w.create_element("category").with_attribute(("term", entry.category)).write_empty()?;
        text_element(w, "summary", &entry.summary)?;
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specials_are_escaped_and_control_characters_dropped() {
        let entry = Entry {
            id: "http://x/changes?since=a&limit=1".into(),
            title: "<b>Tom & \"Jerry\"</b>\u{1}".into(),
            updated: "2025-01-01T00:00:00Z".into(),
            author: "a<b".into(),
            href: "/app/x?a=1&b=2".into(),
            related_href: "/changes".into(),
            summary: "ok".into(),
            category: "incident",
        };
        let feed = Feed {
            id: "http://x/feeds/changes.atom".into(),
            title: "T".into(),
            subtitle: "S".into(),
            lang: "en",
            self_href: "http://x/feeds/changes.atom".into(),
            alternate_href: "http://x/app/".into(),
            updated: "2025-01-01T00:00:00Z".into(),
            entries: vec![entry],
        };
        let xml = write(&feed);
        assert!(xml.contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</title>"), "{xml}");
        assert!(xml.contains("href=\"/app/x?a=1&amp;b=2\""), "{xml}");
        assert!(xml.contains("<name>a&lt;b</name>"), "{xml}");
        assert!(!xml.contains('\u{1}'));
    }
}
