//! `datapackage.json`: a Frictionless Tabular Data Package describing the CSVs, one
//! Table Schema per table, made from the same declarations the CSVs are written from.

use serde_json::{json, Map, Value};

use super::{Column, Kind, OpenData, Table, LIST_SEPARATOR};

/// The package name (lowercase, as the spec requires) and its English title.
pub const NAME: &str = "lawtracker";
pub const TITLE: &str = "lawtracker: laws clause by clause, with the incidents, criticisms and sources around them";

/// Said in the package and on `/data/`: no licence for the dataset is stated
/// anywhere in the repository, and we do not invent one.
pub const LICENCE_NOTE: &str = "No licence is stated for this dataset.";

/// A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (Table Schema patterns match the whole value).
const PARTIAL_DATE: &str = r"\d{4}(-\d{2}(-\d{2})?)?";

fn field(column: &Column) -> Value {
    let kind = match column.kind {
        Kind::String | Kind::PartialDate | Kind::List => "string",
        Kind::Integer => "integer",
        Kind::Number => "number",
        Kind::Boolean => "boolean",
        Kind::Datetime => "datetime",
    };
    let mut constraints = Map::new();
    if column.required {
        constraints.insert("required".into(), Value::Bool(true));
    }
    if column.primary {
        constraints.insert("unique".into(), Value::Bool(true));
    }
    match (column.kind, &column.values) {
        // A list's cell is items joined by `;`: each item one of the values.
        (Kind::List, Some(values)) => {
            let item = format!("({})", values.join("|"));
            constraints.insert("pattern".into(), Value::String(format!("{item}({LIST_SEPARATOR}{item})*")));
        }
        (_, Some(values)) => {
            constraints.insert("enum".into(), json!(values));
        }
        (Kind::PartialDate, None) => {
            constraints.insert("pattern".into(), Value::String(PARTIAL_DATE.into()));
        }
        _ => {}
    }
    let mut field = json!({ "name": column.name, "type": kind, "description": column.description });
    if !constraints.is_empty() {
        field["constraints"] = Value::Object(constraints);
    }
    field
}

/// A table's Table Schema; `tables` resolves foreign keys to their tables' primary keys.
pub fn table_schema(table: &Table, tables: &[&Table]) -> Value {
    let foreign_keys: Vec<Value> = table
        .columns
        .iter()
        .filter_map(|c| {
            let target = c.references?;
            let key = tables.iter().find(|t| t.name == target).map(|t| t.primary_key())?;
            Some(json!({ "fields": [c.name], "reference": { "resource": target, "fields": [key] } }))
        })
        .collect();
    json!({
        "fields": table.columns.iter().map(field).collect::<Vec<_>>(),
        "primaryKey": [table.primary_key()],
        "foreignKeys": foreign_keys,
        "missingValues": [""],
    })
}

/// `datapackage.json`, pretty-printed with a final newline; resources point at `{table}.csv` beside it.
pub fn datapackage(data: &OpenData) -> String {
    let tables: Vec<&Table> = data.tables.iter().map(|t| &t.table).collect();
    let resources: Vec<Value> = tables
        .iter()
        .map(|table| {
            json!({
                "name": table.name,
                "path": format!("{}.csv", table.name),
                "profile": "tabular-data-resource",
                "title": table.title,
                "description": table.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true },
                "schema": table_schema(table, &tables),
            })
        })
        .collect();
    let sources: Vec<Value> = data
        .sources
        .iter()
        .map(|(title, url)| match url {
            Some(url) => json!({ "title": title, "path": url }),
            None => json!({ "title": title }),
        })
        .collect();
    let laws = if data.laws.is_empty() { "no law yet".to_string() } else { data.laws.join("; ") };
    let description = format!(
        "Everything the tracker holds about {laws}: provisions and their parameters, legislative stages, \
         incidents, facilities, actors, criticisms, the links between them, disputed questions and \
         lifecycle events, each fact and link backed by verbatim quotes from its sources (table \
         citations), and the whole edit history. Dates may be partial (YYYY, YYYY-MM or YYYY-MM-DD). \
         List-valued columns are joined with \"{LIST_SEPARATOR}\" in CSV. Disputed incidents and links \
         are included, flagged in their `disputed` column. {LICENCE_NOTE}"
    );
    let package = json!({
        "profile": "tabular-data-package",
        "name": NAME,
        "title": TITLE,
        "description": description,
        "sources": sources,
        "resources": resources,
    });
    let mut text = serde_json::to_string_pretty(&package).expect("a package always serialises");
    text.push('\n');
    text
}
