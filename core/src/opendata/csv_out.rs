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

#[cfg(test)]
mod tests {
    use super::super::{Column, Kind, Table, TableData};
    use super::*;

    /// Commas, double quotes and line breaks are quoted as RFC 4180 says; nulls are empty.
    #[test]
    fn awkward_text_is_quoted() {
        let table = Table {
            name: "t",
            title: "T",
            title_fr: "T",
            description: "",
            description_fr: "",
            columns: vec![
                Column::new("id", Kind::Integer, "").primary(),
                Column::new("text", Kind::String, ""),
                Column::new("items", Kind::List, ""),
            ],
        };
        let rows = vec![
            vec![Cell::Integer(1), Cell::Text("a, \"b\"\nc".into()), Cell::List(vec!["x".into(), "y".into()])],
            vec![Cell::Integer(2), Cell::Null, Cell::List(vec![])],
        ];
        let csv = to_csv(&TableData { table, rows });
        assert_eq!(String::from_utf8(csv).unwrap(), "id,text,items\r\n1,\"a, \"\"b\"\"\nc\",x;y\r\n2,,\r\n");
    }
}
