//! `--format csv`: one table, RFC 4180 (every field quoted, CRLF), UTF-8 with a
//! byte-order mark so that Excel reads the accents, `--delimiter ';'` for a
//! French-locale spreadsheet. No cell can start a formula: a text cell that
//! begins with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed gets
//! a leading `'` (OWASP "CSV Injection", ASVS 5.0 V1.2.10). Counts are our own
//! numbers, never negative, so they are written as they are.

use std::io::{self, Write};

use csv::{QuoteStyle, Terminator, WriterBuilder};

use super::Sheet;
use crate::text::escape;

const BOM: &str = "\u{FEFF}";

pub fn write(sheet: &Sheet, delimiter: u8, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(BOM.as_bytes())?;
    let mut writer = WriterBuilder::new()
        .delimiter(delimiter)
        .quote_style(QuoteStyle::Always)
        .terminator(Terminator::CRLF)
        .from_writer(out);
    writer.write_record(sheet.header.iter().map(|h| neutralise(h)))?;
    for row in &sheet.rows {
        writer.write_record(row.iter().map(|c| neutralise(c)))?;
    }
    writer.flush()
}

/// A cell that a spreadsheet shows as text, never runs as a formula.
pub fn neutralise(text: &str) -> String {
    let safe = escape::terminal(text);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']) {
        format!("'{safe}")
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(start).starts_with('\''), "{start:?}");
        }
        assert_eq!(neutralise("Axe 1 - accueil"), "Axe 1 - accueil");
    }
}
