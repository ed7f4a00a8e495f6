//! `--format markdown`: one GitHub-flavoured table a view. Cells go through the
//! escaping of the job summary ([`crate::report::markdown::cell`]): no `|` or
//! line break can break the table, no HTML, mention or link comes alive.

use std::io::{self, Write};

use super::Sheet;
use crate::report::markdown::cell;

pub fn write(sheets: &[Sheet], out: &mut dyn Write) -> io::Result<()> {
    for (i, sheet) in sheets.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "## {}\n", cell(&sheet.title))?;
        write_table(sheet, out)?;
    }
    Ok(())
}

/// The header, the alignment row and the rows of one table.
pub fn write_table(sheet: &Sheet, out: &mut dyn Write) -> io::Result<()> {
    let row = |cells: &[String]| {
        let cells: Vec<_> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |", cells.join(" | "))
    };
    writeln!(out, "{}", row(&sheet.header))?;
    let rule: Vec<_> = sheet
        .numeric
        .iter()
        .map(|n| if *n { "---:" } else { "---" })
        .collect();
    writeln!(out, "| {} |", rule.join(" | "))?;
    for cells in &sheet.rows {
        writeln!(out, "{}", row(cells))?;
    }
    Ok(())
}
