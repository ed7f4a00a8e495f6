//! `--format table`: comfy-table, sized to the terminal, UTF-8 borders or
//! `--ascii`. Cells are already neutralised for terminals (see [`super`]).

use std::io::{self, Write};

use comfy_table::presets::{ASCII_FULL_CONDENSED, UTF8_FULL_CONDENSED};
use comfy_table::{CellAlignment, ContentArrangement, Table};

use super::Sheet;

pub fn write(
    sheets: &[Sheet],
    legend: Option<&str>,
    width: u16,
    ascii: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    for (i, sheet) in sheets.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}", sheet.title)?;
        writeln!(out, "{}", layout(sheet, width, ascii))?;
        if sheet.name == "proposals"
            && let Some(legend) = legend
        {
            writeln!(out, "{legend}")?;
        }
    }
    Ok(())
}

fn layout(sheet: &Sheet, width: u16, ascii: bool) -> Table {
    let mut table = Table::new();
    table
        .load_style(if ascii {
            ASCII_FULL_CONDENSED
        } else {
            UTF8_FULL_CONDENSED
        })
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(sheet.header.clone());
    for row in &sheet.rows {
        table.add_row(row.clone());
    }
    for (index, numeric) in sheet.numeric.iter().enumerate() {
        if *numeric && let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}
