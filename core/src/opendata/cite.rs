//! "Cite this": one record as CSL-JSON (what Zotero and citeproc read), BibTeX and
//! RIS. A [`Work`] says what is cited once (see [`super::works`] for how each kind
//! of record becomes one); each writer escapes for its own syntax.

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

/// The formats `GET /cite/...?format=` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteFormat {
    CslJson,
    Bibtex,
    Ris,
}

impl CiteFormat {
    pub const NAMES: &'static str = "csl-json, bibtex or ris";

    pub fn parse(text: &str) -> Option<CiteFormat> {
        match text {
            "csl-json" => Some(CiteFormat::CslJson),
            "bibtex" => Some(CiteFormat::Bibtex),
            "ris" => Some(CiteFormat::Ris),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            CiteFormat::CslJson => "application/vnd.citationstyles.csl+json",
            CiteFormat::Bibtex => "application/x-bibtex; charset=utf-8",
            CiteFormat::Ris => "application/x-research-info-systems; charset=utf-8",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            CiteFormat::CslJson => "json",
            CiteFormat::Bibtex => "bib",
            CiteFormat::Ris => "ris",
        }
    }

    pub fn write(self, work: &Work) -> String {
        match self {
            CiteFormat::CslJson => csl_json(work),
            CiteFormat::Bibtex => bibtex(work),
            CiteFormat::Ris => ris(work),
        }
    }
}

/// What kind of work is cited; each format has its own name for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkKind {
    /// A clause of a law.
    Legislation,
    /// A news report.
    Article,
    /// A web page: a forum post, generated content, or a record of the tracker itself.
    Webpage,
    /// A research compilation or an official report.
    Report,
}

/// One cited work.
#[derive(Debug, Clone)]
pub struct Work {
    /// The citation key: stable, ASCII, unique in the tracker (`lawtracker-provision-SLUG`).
    pub key: String,
    pub kind: WorkKind,
    pub title: String,
    /// The law a provision belongs to, the outlet of an article, the tracker for its own records.
    pub container_title: Option<String>,
    /// People or bodies, as one name each (CSL "literal").
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub issued: Option<String>,
    pub url: String,
    pub accessed: NaiveDate,
    /// The law's number (`2025-532`).
    pub number: Option<String>,
    /// The article within the law (`art. 61`).
    pub section: Option<String>,
    pub language: Option<String>,
    pub abstract_text: Option<String>,
    /// What a reader needs beyond the fields: the as-of day and stage, the hash of the stored text.
    pub note: Option<String>,
}

/// A partial date's parts as numbers: `2025-04` → `[2025, 4]`.
fn date_parts(date: &str) -> Vec<i64> {
    date.split('-').map_while(|part| part.parse().ok()).take(3).collect()
}

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The CSL-JSON document: an array holding the one item, as Zotero exports it.
pub fn csl_json(work: &Work) -> String {
    let kind = match work.kind {
        WorkKind::Legislation => "legislation",
        WorkKind::Article => "article-newspaper",
        WorkKind::Webpage => "webpage",
        WorkKind::Report => "report",
    };
    let mut item = Map::new();
    item.insert("id".into(), json!(work.key));
    item.insert("type".into(), json!(kind));
    item.insert("title".into(), json!(work.title));
    let optional = [
        ("container-title", &work.container_title),
        ("publisher", &work.publisher),
        ("number", &work.number),
        ("section", &work.section),
        ("language", &work.language),
        ("abstract", &work.abstract_text),
        ("note", &work.note),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            item.insert(name.into(), json!(value));
        }
    }
    if !work.authors.is_empty() {
        let authors: Vec<Value> = work.authors.iter().map(|a| json!({ "literal": a })).collect();
        item.insert("author".into(), Value::Array(authors));
    }
    if let Some(issued) = work.issued.as_deref().map(date_parts).filter(|p| !p.is_empty()) {
        item.insert("issued".into(), json!({ "date-parts": [issued] }));
    }
    item.insert("accessed".into(), json!({ "date-parts": [date_parts(&day(work.accessed))] }));
    item.insert("URL".into(), json!(work.url));
    let mut text = serde_json::to_string_pretty(&Value::Array(vec![Value::Object(item)])).expect("JSON serialises");
    text.push('\n');
    text
}

/// Text for a BibTeX field: the characters TeX treats specially are escaped, so that
/// braces stay balanced and nothing is read as a command.
pub fn bibtex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '#' | '$' | '%' | '&' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A URL for BibTeX's `url` field, which is read verbatim: only what would unbalance
/// the field's braces (or end it) is percent-encoded.
fn bibtex_url(url: &str) -> String {
    url.replace('{', "%7B").replace('}', "%7D").replace('\\', "%5C")
}

/// The BibTeX entry: `@legislation` for a clause of a law (biblatex's type; BibTeX
/// styles without it fall back to `@misc`), `@article`, `@techreport` or `@misc`.
pub fn bibtex(work: &Work) -> String {
    let (entry, container) = match work.kind {
        WorkKind::Legislation => ("legislation", "journaltitle"),
        WorkKind::Article => ("article", "journal"),
        WorkKind::Report => ("techreport", "institution"),
        WorkKind::Webpage => ("misc", "howpublished"),
    };
    let mut fields: Vec<(&str, String)> = Vec::new();
    // Doubled braces keep the title's capitals as written (names, acronyms).
    fields.push(("title", format!("{{{{{}}}}}", bibtex_escape(&work.title))));
    if !work.authors.is_empty() {
        // Each name braced whole: a body ("Observatoire international des prisons") is not split into first and last names.
        let names: Vec<String> = work.authors.iter().map(|a| format!("{{{}}}", bibtex_escape(a))).collect();
        fields.push(("author", format!("{{{}}}", names.join(" and "))));
    }
    let container_value = match work.kind {
        WorkKind::Report => work.publisher.as_ref().or(work.container_title.as_ref()),
        _ => work.container_title.as_ref(),
    };
    if let Some(value) = container_value {
        fields.push((container, format!("{{{}}}", bibtex_escape(value))));
    }
    if let (Some(publisher), false) = (&work.publisher, work.kind == WorkKind::Report) {
        fields.push(("publisher", format!("{{{}}}", bibtex_escape(publisher))));
    }
    if let Some(issued) = &work.issued {
        let parts = date_parts(issued);
        if let Some(year) = parts.first() {
            fields.push(("year", format!("{{{year}}}")));
        }
        if let Some(month) = parts.get(1) {
            fields.push(("month", format!("{{{month}}}")));
        }
        fields.push(("date", format!("{{{}}}", bibtex_escape(issued))));
    }
    for (name, value) in [("number", &work.number), ("chapter", &work.section), ("language", &work.language)] {
        if let Some(value) = value {
            fields.push((name, format!("{{{}}}", bibtex_escape(value))));
        }
    }
    fields.push(("url", format!("{{{}}}", bibtex_url(&work.url))));
    fields.push(("urldate", format!("{{{}}}", day(work.accessed))));
    if let Some(note) = &work.note {
        fields.push(("note", format!("{{{}}}", bibtex_escape(note))));
    }
    let body: Vec<String> = fields.into_iter().map(|(name, value)| format!("  {name} = {value}")).collect();
    format!("@{entry}{{{},\n{}\n}}\n", work.key, body.join(",\n"))
}

/// A RIS value: one line (the format has no way to continue a value).
fn ris_value(text: &str) -> String {
    text.split(['\r', '\n']).map(str::trim).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The RIS record (`TY  - ` … `ER  - `), lines ending in CR LF as the format's specification has them.
pub fn ris(work: &Work) -> String {
    let kind = match work.kind {
        WorkKind::Legislation => "STAT",
        WorkKind::Article => "NEWS",
        WorkKind::Report => "RPRT",
        WorkKind::Webpage => "ELEC",
    };
    let mut lines: Vec<(&str, String)> =
        vec![("TY", kind.into()), ("ID", work.key.clone()), ("TI", work.title.clone())];
    for author in &work.authors {
        lines.push(("AU", author.clone()));
    }
    if let Some(container) = &work.container_title {
        lines.push(("T2", container.clone()));
    }
    if let Some(issued) = &work.issued {
        let parts = date_parts(issued);
        if let Some(year) = parts.first() {
            lines.push(("PY", year.to_string()));
        }
        // RIS dates: YYYY/MM/DD/ with the unknown parts left empty.
        let part = |i: usize| parts.get(i).map(|p| format!("{p:02}")).unwrap_or_default();
        if let Some(year) = parts.first() {
            lines.push(("DA", format!("{year}/{}/{}/", part(1), part(2))));
        }
    }
    let optional = [
        ("PB", &work.publisher),
        ("SN", &work.number),
        ("SE", &work.section),
        ("LA", &work.language),
        ("AB", &work.abstract_text),
        ("N1", &work.note),
    ];
    for (tag, value) in optional {
        if let Some(value) = value {
            lines.push((tag, value.clone()));
        }
    }
    lines.push(("UR", work.url.clone()));
    lines.push(("Y2", work.accessed.format("%Y/%m/%d/").to_string()));
    lines.push(("ER", String::new()));
    lines.into_iter().map(|(tag, value)| format!("{tag}  - {}\r\n", ris_value(&value))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work() -> Work {
        Work {
            key: "lawtracker-source-s1".into(),
            kind: WorkKind::Article,
            title: "100% {braced} #1 & co_op ~ \\ ^".into(),
            container_title: Some("Le Monde".into()),
            authors: vec!["Jane Doe".into()],
            publisher: Some("Le Monde".into()),
            issued: Some("2025-04".into()),
            url: "https://example.org/a?b=1&c={x}".into(),
            accessed: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
            number: None,
            section: None,
            language: Some("fr".into()),
            abstract_text: Some("line one\nline two".into()),
            note: None,
        }
    }

    #[test]
    fn bibtex_escapes_every_special_and_keeps_braces_balanced() {
        let text = bibtex(&work());
        assert!(text.contains(r"title = {{100\% \{braced\} \#1 \& co\_op \~{} \textbackslash{} \^{}}}"), "{text}");
        assert!(text.contains("url = {https://example.org/a?b=1&c=%7Bx%7D}"), "{text}");
        let mut depth = 0i32;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            assert!(depth >= 0, "{text}");
        }
        assert_eq!(depth, 0, "{text}");
    }

    #[test]
    fn ris_and_csl_carry_the_dates() {
        let text = ris(&work());
        assert!(text.starts_with("TY  - NEWS\r\n") && text.ends_with("ER  - \r\n"), "{text}");
        assert!(text.contains("DA  - 2025/04//\r\n") && text.contains("Y2  - 2025/06/01/\r\n"), "{text}");
        assert!(text.contains("AB  - line one line two\r\n"), "{text}");
        let csl: Value = serde_json::from_str(&csl_json(&work())).unwrap();
        assert_eq!(csl[0]["issued"]["date-parts"], json!([[2025, 4]]));
        assert_eq!(csl[0]["accessed"]["date-parts"], json!([[2025, 6, 1]]));
    }
}
