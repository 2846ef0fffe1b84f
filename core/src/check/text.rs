//! Text the database cannot hold, refused before anything is written, the same way
//! on both backends. PostgreSQL's `text` refuses NUL (U+0000) outright, where SQLite
//! would store it; every other Unicode scalar value (all a Rust `String` can hold,
//! control characters included) is stored as sent by both. Refusing NUL up front
//! keeps the backends' answers identical and names the field at fault.

use serde_json::Value;

use crate::error::Problem;
use crate::input::*;

/// Why `text` cannot be stored, or `None` when it can.
pub fn unstorable(text: &str) -> Option<&'static str> {
    text.contains('\0').then_some("contains a NUL character (U+0000), which the database cannot store; remove it")
}

impl Content {
    /// Every text field that could not be stored, named as the checker names fields
    /// (`record`, then the path within it, e.g. `citations[0].quote`). Checked before
    /// any statement binds the text: PostgreSQL would refuse even a lookup with it.
    pub fn unstorable_text(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut record = |record: String, item: &dyn ToJson| walk(&record, "", &item.to_json(), &mut problems);
        self.sources.iter().for_each(|s| record(format!("source {:?}", s.slug), s));
        for law in &self.laws {
            let mut alone = law.clone();
            alone.provisions.clear();
            alone.stages.clear();
            record(format!("law {:?}", law.slug), &alone);
            law.stages.iter().for_each(|s| record(format!("stage {:?}", s.slug), s));
            law.provisions.iter().for_each(|p| record(format!("provision {:?}", p.slug), p));
        }
        self.facilities.iter().for_each(|f| record(format!("facility {:?}", f.slug), f));
        self.actors.iter().for_each(|a| record(format!("actor {:?}", a.slug), a));
        self.incidents.iter().for_each(|i| record(format!("incident {:?}", i.slug), i));
        self.criticisms.iter().for_each(|c| record(format!("criticism {:?}", c.slug), c));
        for link in &self.provision_incidents {
            record(format!("link {:?} ~ {:?}", link.provision, link.incident), link);
        }
        self.claims.iter().for_each(|q| record(format!("claim question {:?}", q.slug), q));
        self.events.iter().for_each(|e| record(format!("event {:?}", e.slug), e));
        problems
    }
}

fn walk(record: &str, path: &str, value: &Value, problems: &mut Vec<Problem>) {
    match value {
        Value::String(text) => {
            if let Some(why) = unstorable(text) {
                problems.push(Problem { record: record.to_string(), field: path.to_string(), message: why.into() });
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(record, &format!("{path}[{i}]"), item, problems);
            }
        }
        Value::Object(fields) => {
            for (name, item) in fields {
                let path = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
                walk(record, &path, item, problems);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nul_anywhere_is_named_by_its_path_and_other_controls_pass() {
        let content: Content = serde_json::from_value(serde_json::json!({
            "sources": [], "laws": [], "facilities": [], "incidents": [], "criticisms": [],
            "provision_incidents": [], "claims": [],
            "actors": [{ "slug": "a", "name": "tab\there, bell\u{7}, escape\u{1b}, del\u{7f}", "kind": "person",
                         "description": "line\nbreak",
                         "citations": [{ "source": "s", "quote": "q\u{0}" }] }]
        }))
        .unwrap();
        let problems = content.unstorable_text();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].record, "actor \"a\"");
        assert_eq!(problems[0].field, "citations[0].quote");
    }
}
