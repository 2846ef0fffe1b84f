//! One table as NDJSON: one JSON object per line, keyed by the table's column names
//! in their declared order; lists stay JSON arrays, nulls stay `null`.

use serde_json::Value;

use super::{Cell, TableData};

fn cell_json(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::Null,
        Cell::Text(text) => Value::String(text.clone()),
        Cell::Integer(n) => Value::from(*n),
        // Not finite numbers have no JSON form; the store never holds one.
        Cell::Number(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
        Cell::Bool(b) => Value::Bool(*b),
        Cell::List(items) => Value::Array(items.iter().cloned().map(Value::String).collect()),
    }
}

/// The table's rows, one object per line, each line ending in `\n`.
pub fn to_ndjson(table: &TableData) -> String {
    let mut out = String::new();
    for row in &table.rows {
        debug_assert_eq!(row.len(), table.table.columns.len(), "a {} row has a cell per column", table.table.name);
        // serde_json keeps insertion order only with `preserve_order`; build the line
        // by hand so the keys follow the declaration whatever features are on.
        out.push('{');
        for (i, (column, cell)) in table.table.columns.iter().zip(row).enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&Value::String(column.name.to_string()).to_string());
            out.push(':');
            out.push_str(&cell_json(cell).to_string());
        }
        out.push_str("}\n");
    }
    out
}
