//! A Markdown summary of a run (GitHub job summary): counts per file and per
//! rule, then every finding as a table row. Text from proposals is escaped so
//! that it cannot break the table, inject HTML, ping people or link issues.

use std::io::{self, Write};

use crate::text::escape::is_dangerous;

use super::Report;
use crate::i18n::{Args, Lang};

pub fn write_summary(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let t = |id: &str| lang.message(id, &Args::new());
    writeln!(out, "## canevas\n\n{}\n", cell(&report.summary_line(lang)))?;
    let (by_file, by_code) = report.tallies();
    if by_file.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "| {} | {} | {} |\n|---|---:|---:|",
        t("md-file"),
        t("md-errors"),
        t("md-warnings")
    )?;
    for (file, counts) in &by_file {
        writeln!(
            out,
            "| {} | {} | {} |",
            cell(file),
            counts.errors,
            counts.warnings
        )?;
    }
    writeln!(
        out,
        "\n| {} | {} | {} |\n|---|---|---:|",
        t("md-code"),
        t("md-rule"),
        t("md-count")
    )?;
    for (code, count) in &by_code {
        let title = lang.message(&format!("{code}-title"), &Args::new());
        writeln!(out, "| {code} | {} | {count} |", cell(&title))?;
    }
    writeln!(
        out,
        "\n| {} | {} | {} | {} |\n|---|---|---|---|",
        t("md-place"),
        t("md-severity"),
        t("md-code"),
        t("md-message")
    )?;
    for d in &report.diagnostics {
        let place = format!("{}:{}", d.path.display(), d.line());
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&place),
            d.severity,
            d.code,
            cell(&d.message)
        )?;
    }
    writeln!(out)
}

/// One table cell: no line break, no `|`, no HTML, no mention or issue link.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("@\u{2060}"),
            '#' => out.push_str("&#35;"),
            '`' | '*' | '_' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() || is_dangerous(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(
            cell("a|b\nc <script> @x #1"),
            "a\\|b c &lt;script&gt; @\u{2060}x &#35;1"
        );
        assert_eq!(
            cell("a\u{202E}b\u{200B}c\u{1b}"),
            "a\\u{202e}b\\u{200b}c\\u{1b}"
        );
    }
}
