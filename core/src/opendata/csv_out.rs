//! One table as CSV: UTF-8, a header row, RFC 4180 quoting (the `csv` crate's, CRLF
//! line ends), empty cells for nulls, list items joined with [`LIST_SEPARATOR`].

use super::{Cell, TableData, LIST_SEPARATOR};

/// A cell as CSV text: numbers in Rust's shortest round-trip form, booleans as
/// `true`/`false` (the Table Schema's defaults), nulls empty.
pub(super) fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Text(text) => text.clone(),
        Cell::Integer(n) => n.to_string(),
        Cell::Number(n) => n.to_string(),
        Cell::Bool(b) => b.to_string(),
        Cell::List(items) => items.join(LIST_SEPARATOR),
    }
}

/// The table as CSV bytes, header first.
pub fn to_csv(table: &TableData) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    // Writing into memory cannot fail: the only errors are the sink's.
    writer.write_record(table.table.columns.iter().map(|c| c.name)).expect("writing CSV into memory cannot fail");
    for row in &table.rows {
        debug_assert_eq!(row.len(), table.table.columns.len(), "a {} row has a cell per column", table.table.name);
        writer.write_record(row.iter().map(cell_text)).expect("writing CSV into memory cannot fail");
    }
    writer.into_inner().expect("flushing into memory cannot fail")
}
