//! What the shipped dataset covers, counted: the law's articles with content, the
//! provisions with typed parameters and whether every parameter name is documented,
//! our texts written in both languages, and the facts that cite a source. What
//! `lawtracker check-data` reports; its gaps are problems of the shipped dataset.

use std::collections::BTreeSet;
use std::fmt;

use crate::error::Problem;
use crate::input::*;
use crate::model::Theme;
use crate::versions::e_id;

use super::WHOLE_LAWS;

/// The heading of `data/FORMAT.md`'s table of parameter names.
const PARAMETER_NAMES_HEADING: &str = "## Parameter names";

/// The counts, and the records behind each gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetReport {
    /// The law covered article by article, its article count, and which of its
    /// articles have content (a provision whose theme is not `unknown`).
    pub law: Option<ArticleCoverage>,
    pub provisions: usize,
    pub provisions_with_parameters: usize,
    pub parameters: usize,
    /// Every parameter name the data uses.
    pub parameter_names: BTreeSet<String>,
    /// `(record, field, name)` of each use of a name `FORMAT.md` does not document;
    /// every use when `FORMAT.md` could not be read.
    pub undocumented: Vec<(String, String, String)>,
    /// Whether `FORMAT.md`'s table of parameter names was found.
    pub format_doc_found: bool,
    /// Our texts that exist in two languages (English and its `_fr`).
    pub translated_fields: usize,
    /// `(record, field)` of each French text that is missing.
    pub missing_french: Vec<(String, String)>,
    /// Facts (records and their parts that carry `citations`) and those citing nothing.
    pub facts: usize,
    pub uncited: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleCoverage {
    pub slug: String,
    pub articles: u32,
    pub with_content: BTreeSet<u32>,
}

impl ArticleCoverage {
    pub fn without_content(&self) -> Vec<u32> {
        (1..=self.articles).filter(|n| !self.with_content.contains(n)).collect()
    }
}

impl DatasetReport {
    /// Counts `content`; `format_doc` is the text of `data/FORMAT.md`.
    pub fn of(content: &Content, format_doc: Option<&str>) -> Self {
        let documented = format_doc.and_then(documented_parameter_names);
        let mut report = DatasetReport {
            law: None,
            provisions: 0,
            provisions_with_parameters: 0,
            parameters: 0,
            parameter_names: BTreeSet::new(),
            undocumented: Vec::new(),
            format_doc_found: documented.is_some(),
            translated_fields: 0,
            missing_french: Vec::new(),
            facts: 0,
            uncited: Vec::new(),
        };
        if let Some((slug, articles)) = WHOLE_LAWS.first() {
            if let Some(law) = content.laws.iter().find(|l| l.slug == *slug) {
                let with_content = law
                    .provisions
                    .iter()
                    .filter(|p| p.theme != Theme::Unknown)
                    .filter_map(|p| e_id(p.article.as_deref()?)?.strip_prefix("art_")?.parse::<u32>().ok())
                    .filter(|n| (1..=*articles).contains(n))
                    .collect();
                report.law = Some(ArticleCoverage { slug: slug.to_string(), articles: *articles, with_content });
            }
        }
        for law in &content.laws {
            report.cited(format!("law {:?}", law.slug), "citations", &law.citations);
            for stage in &law.stages {
                report.cited(format!("stage {:?}", stage.slug), "citations", &stage.citations);
            }
            for p in &law.provisions {
                let record = format!("provision {:?}", p.slug);
                report.provisions += 1;
                report.provisions_with_parameters += usize::from(!p.parameters.is_empty());
                report.translated(&record, "heading_fr", &p.heading, &p.heading_fr);
                report.translated(&record, "summary_fr", &p.summary, &p.summary_fr);
                report.cited(record.clone(), "citations", &p.citations);
                for (i, parameter) in p.parameters.iter().enumerate() {
                    report.parameters += 1;
                    report.translated(
                        &record,
                        &format!("parameters[{i}].label_fr"),
                        &parameter.label,
                        &parameter.label_fr,
                    );
                    report.parameter_names.insert(parameter.name.clone());
                    if !documented.as_ref().is_some_and(|names| names.contains(&parameter.name)) {
                        report.undocumented.push((
                            record.clone(),
                            format!("parameters[{i}].name"),
                            parameter.name.clone(),
                        ));
                    }
                    report.cited(record.clone(), &format!("parameters[{i}].citations"), &parameter.citations);
                }
            }
        }
        for f in &content.facilities {
            report.cited(format!("facility {:?}", f.slug), "citations", &f.citations);
        }
        for a in &content.actors {
            report.cited(format!("actor {:?}", a.slug), "citations", &a.citations);
        }
        for i in &content.incidents {
            let record = format!("incident {:?}", i.slug);
            report.translated(&record, "title_fr", &i.title, &i.title_fr);
            report.translated(&record, "summary_fr", &i.summary, &i.summary_fr);
            report.cited(record.clone(), "citations", &i.citations);
            for (n, outcome) in i.outcomes.iter().enumerate() {
                report.cited(record.clone(), &format!("outcomes[{n}].citations"), &outcome.citations);
            }
        }
        for c in &content.criticisms {
            let record = format!("criticism {:?}", c.slug);
            report.translated(&record, "summary_fr", &c.summary, &c.summary_fr);
            report.cited(record.clone(), "citations", &c.citations);
            for (n, link) in c.provisions.iter().enumerate() {
                report.cited(record.clone(), &format!("provisions[{n}].citations"), &link.citations);
            }
        }
        for (n, link) in content.provision_incidents.iter().enumerate() {
            report.cited(format!("provision_incidents[{n}]"), "citations", &link.citations);
        }
        for q in &content.claims {
            for (n, claim) in q.claims.iter().enumerate() {
                report.cited(
                    format!("claim question {:?}", q.slug),
                    &format!("claims[{n}].citations"),
                    &claim.citations,
                );
            }
        }
        for e in &content.events {
            let record = format!("event {:?}", e.slug);
            report.translated(&record, "title_fr", &e.title, &e.title_fr);
            report.translated(&record, "description_fr", &e.description, &e.description_fr);
            report.cited(record, "citations", &e.citations);
        }
        report
    }

    fn translated(&mut self, record: &str, field: &str, english: &str, french: &Option<String>) {
        if english.trim().is_empty() {
            return;
        }
        self.translated_fields += 1;
        if french.as_deref().is_none_or(|f| f.trim().is_empty()) {
            self.missing_french.push((record.to_string(), field.to_string()));
        }
    }

    fn cited(&mut self, record: String, field: &str, citations: &[CitationIn]) {
        self.facts += 1;
        if citations.is_empty() {
            self.uncited.push((record, field.to_string()));
        }
    }

    /// The gaps the shipped dataset may not have. Uncited facts are `check`'s
    /// problems already; articles without content are counted, not refused (the
    /// dataset test holds the bar).
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if !self.format_doc_found {
            problems.push(Problem {
                record: "data/FORMAT.md".into(),
                field: String::new(),
                message: format!("has no {PARAMETER_NAMES_HEADING:?} table: parameter names cannot be checked"),
            });
        }
        for (record, field, name) in &self.undocumented {
            problems.push(Problem {
                record: record.clone(),
                field: field.clone(),
                message: format!(
                    "the parameter name {name:?} is not in data/FORMAT.md's \"Parameter names\" table; use a \
                     documented name or add a row"
                ),
            });
        }
        for (record, field) in &self.missing_french {
            let english = field.trim_end_matches("_fr");
            problems.push(Problem {
                record: record.clone(),
                field: field.clone(),
                message: format!("missing French: write {field}, the French of {english}"),
            });
        }
        problems
    }
}

/// The names in `FORMAT.md`'s table of parameter names (its rows' first cells,
/// in backquotes); `None` without the table.
fn documented_parameter_names(format_doc: &str) -> Option<BTreeSet<String>> {
    let (_, after) = format_doc.split_once(PARAMETER_NAMES_HEADING)?;
    let section = after.split("\n## ").next().unwrap_or(after);
    Some(
        section
            .lines()
            .filter_map(|line| line.trim().strip_prefix("| `")?.split_once('`').map(|(name, _)| name.to_string()))
            .collect(),
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The counts in sentences, as `check-data` prints them.
impl fmt::Display for DatasetReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(law) = &self.law {
            let without = law.without_content();
            write!(
                f,
                "Articles: {} of the {} articles of {} have content (a theme other than unknown)",
                law.with_content.len(),
                law.articles,
                law.slug
            )?;
            if without.is_empty() {
                writeln!(f, ".")?;
            } else {
                let list: Vec<String> = without.iter().map(|n| format!("art. {n}")).collect();
                writeln!(f, "; {} without: {}.", list.len(), list.join(", "))?;
            }
        }
        write!(
            f,
            "Typed parameters: {} of the {} carry them ({} under {}); ",
            self.provisions_with_parameters,
            plural(self.provisions, "provision", "provisions"),
            plural(self.parameters, "parameter", "parameters"),
            plural(self.parameter_names.len(), "name", "names"),
        )?;
        let undocumented: BTreeSet<&str> = self.undocumented.iter().map(|(_, _, name)| name.as_str()).collect();
        if undocumented.is_empty() {
            writeln!(f, "every name is documented in data/FORMAT.md.")?;
        } else {
            let names: Vec<&str> = undocumented.into_iter().collect();
            writeln!(f, "not documented in data/FORMAT.md: {}.", names.join(", "))?;
        }
        writeln!(
            f,
            "French and English: {} of the {} translated fields exist in both languages ({} missing French).",
            self.translated_fields - self.missing_french.len(),
            self.translated_fields,
            self.missing_french.len()
        )?;
        write!(f, "Citations: {} of the {} facts cite a source", self.facts - self.uncited.len(), self.facts)?;
        if self.uncited.is_empty() {
            writeln!(f, "; every fact is cited.")
        } else {
            writeln!(f, "; {} cite none.", self.uncited.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_names_are_the_first_cells_of_the_table_only() {
        let doc = "# F\n| `not_this` | x |\n## Parameter names\ntext\n| name | kind |\n| --- | --- |\n\
                   | `fine_max` | money |\n| `prison_term_max` | duration |\n## Next\n| `later` | x |\n";
        let names = documented_parameter_names(doc).unwrap();
        assert_eq!(names.into_iter().collect::<Vec<_>>(), ["fine_max", "prison_term_max"]);
        assert_eq!(documented_parameter_names("# no table here"), None);
    }
}
